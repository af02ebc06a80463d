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
});
