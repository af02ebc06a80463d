// Feeds are read back with a real feed parser (@extractus/feed-extractor: RSS, Atom, JSON Feed).
import { resolve } from 'node:path';
import { extractFromJson, extractFromXml } from '@extractus/feed-extractor';
import { describe, expect, it } from 'vitest';
import { kenya, politics, record, siteArticle } from '../index/fixtures/records.ts';
import { planSite } from '../index/plan.ts';
import { createRenderer } from './engine.ts';

const renderer = createRenderer({ templatesDir: resolve(import.meta.dirname, '../../templates'), baseUrl: 'https://example.org/news/', language: 'en', site: { title: 'Test digest', description: 'Tests' } });
const articles = [
  record('newer', { date: '2026-10-03', headline: 'Ties & <script>alert("x")</script> ]]> in a headline', topics: [politics], countries: [kenya], authors: ['Jane Doe'] }),
  record('older', { date: '2026-10-01', topics: [politics] }),
  record('undated', { date: null, topics: [politics] }),
].map((r) => siteArticle(r));
const plan = planSite(articles, { pageSize: 20, language: 'en' });
const file = (output: string): string => {
  const page = plan.pages.find((p) => p.output === output);
  if (!page) throw new Error(`no ${output}`);
  return renderer.render(page);
};

describe('feeds', () => {
  for (const [name, parse] of [
    ['atom.xml', extractFromXml],
    ['rss.xml', extractFromXml],
    ['feed.json', (text: string) => extractFromJson(JSON.parse(text) as Record<string, unknown>)],
  ] as const) {
    it(`writes the site's ${name}: dated articles, latest first, absolute links, text kept as text`, () => {
      const feed = parse(file(name));
      expect(feed.title).toBe('Test digest');
      expect(feed.entries?.map((e) => e.link)).toEqual(['https://example.org/news/articles/newer/', 'https://example.org/news/articles/older/']);
      expect(feed.entries?.[0]?.title).toBe('Ties & <script>alert("x")</script> ]]> in a headline');
      expect(new Date(feed.entries?.[0]?.published ?? '').toISOString()).toBe('2026-10-03T00:00:00.000Z');
    });
  }

  it('writes a feed for a topic and a country, titled with the term', () => {
    expect(extractFromXml(file('topics/politics/atom.xml')).title).toBe('Politics · Test digest');
    expect(extractFromXml(file('countries/ke/rss.xml')).entries?.map((e) => e.link)).toEqual(['https://example.org/news/articles/newer/']);
  });

  it('lists every page in the sitemap with absolute URLs and points robots.txt at it', () => {
    const sitemap = file('sitemap.xml');
    expect(sitemap).toContain('<loc>https://example.org/news/articles/newer/</loc>');
    expect(sitemap).not.toContain('404');
    expect(file('robots.txt')).toContain('Sitemap: https://example.org/news/sitemap.xml');
  });
});
