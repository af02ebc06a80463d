import { describe, expect, it } from 'vitest';
import { france, kenya, politics, record, ruto, siteArticle, un } from '../index/fixtures/records.ts';
import { buildSearchIndex, searchRecords } from './index.ts';

const articles = [
  siteArticle(record('a', { language: 'fr', headline: 'Un titre', topics: [politics], countries: [kenya, france], actors: [ruto, { ...un, confidence: 0.2 }] })),
  siteArticle(record('b', { summary: 'Text with <tags> & entities.' })),
];

describe('searchRecords', () => {
  it('indexes every article in the site language, with its own language, topic, country and actor as filters', () => {
    const [a, b] = searchRecords(articles, { language: 'en', minConfidence: 0.5 });
    expect(a).toMatchObject({ url: '/articles/a/', language: 'en', meta: { title: 'Un titre', lang: 'fr', date: 'October 1, 2026' } });
    expect(a?.filters).toEqual({ topic: ['Politics'], country: ['Kenya', 'France'], actor: ['William Ruto'], language: ['French'] });
    // The body is indexed as text.
    expect(b?.content).toContain('Text with <tags> & entities.');
  });
});

describe('buildSearchIndex', () => {
  it('runs Pagefind and returns the index files under pagefind/, without the UI bundles it does not use', async () => {
    const files = await buildSearchIndex(searchRecords(articles, { language: 'en' }), { language: 'en' });
    const paths = files.map((f) => f.path);
    expect(paths).toContain('pagefind/pagefind.js');
    expect(paths).toContain('pagefind/pagefind-entry.json');
    expect(paths.some((p) => p.startsWith('pagefind/fragment/'))).toBe(true);
    expect(paths.some((p) => p.includes('pagefind-ui'))).toBe(false);
    const entry = JSON.parse(Buffer.from(files.find((f) => f.path === 'pagefind/pagefind-entry.json')?.content ?? '').toString()) as { languages: Record<string, { page_count: number }> };
    expect(Object.keys(entry.languages)).toEqual(['en']);
    expect(entry.languages.en?.page_count).toBe(2);
  }, 30_000);

  it('hands the records to Pagefind a slice at a time, letting the event loop run between slices', async () => {
    // What happened in order: a record read to be sent, or a turn of the event loop.
    const order: string[] = [];
    const records = Array.from({ length: 100 }, (_, i) => {
      const [made] = searchRecords([siteArticle(record(`r${i}`))], { language: 'en' });
      if (!made) throw new Error('no record');
      const { url, ...rest } = made;
      return {
        ...rest,
        get url() {
          order.push('record');
          return url;
        },
      };
    });
    let indexing = true;
    const turn = (): void => {
      order.push('turn');
      if (indexing) setImmediate(turn);
    };
    setImmediate(turn);
    const files = await buildSearchIndex(records, { language: 'en' }).finally(() => {
      indexing = false;
    });
    expect(files.some((f) => f.path === 'pagefind/pagefind-entry.json')).toBe(true);
    const sent = order.slice(order.indexOf('record'), order.lastIndexOf('record') + 1).join(' ');
    expect(sent.match(/record/g)).toHaveLength(100);
    // Never more than a slice (32) of records in one turn: the main thread is never held long.
    const runs = sent.split('turn').map((run) => run.match(/record/g)?.length ?? 0);
    expect(Math.max(...runs)).toBeLessThanOrEqual(32);
    expect(runs.filter((n) => n > 0).length).toBeGreaterThanOrEqual(4);
  }, 30_000);
});
