import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { collectArticles, loadArticles } from '../article/load.ts';
import { findArticleFiles } from '../read/find.ts';
import { createRenderer } from '../render/engine.ts';
import { plainText } from '../render/html-text.ts';
import { BUILTIN_THEME_DIR } from '../render/theme.ts';
import { searchRecords } from '../search/index.ts';
import { listedRecord } from './listing.ts';
import { planSite, type SiteArticle } from './plan.ts';

const articlesDir = resolve(import.meta.dirname, '../../articles');

describe('listedRecord', () => {
  it('gives the pages, fingerprints and search records the whole records give (the sample site)', async () => {
    const loaded = await loadArticles(articlesDir, await findArticleFiles(articlesDir), { workers: 1 });
    const whole = collectArticles(loaded, { drafts: true }).articles;
    expect(whole.length).toBeGreaterThan(10);
    const listed: SiteArticle[] = whole.map((a) => {
      if (!a.full) throw new Error(`${a.record.id} is not held whole`);
      return { record: listedRecord(a.full.record), digest: a.digest, originalUrl: a.originalUrl ?? null, text: plainText(a.full.html) };
    });
    // The listing is much smaller than the record: facts, figures and most attributions stay out.
    const size = (articles: SiteArticle[]) => articles.reduce((sum, a) => sum + JSON.stringify(a.record).length, 0);
    expect(size(listed)).toBeLessThan(size(whole) * 0.8);

    const options = { pageSize: 3, language: 'en', feeds: true };
    const fromWhole = planSite(whole, options);
    const fromListed = planSite(listed, options);
    expect(fromListed.pages.map((p) => [p.output, p.fingerprint, p.article])).toEqual(fromWhole.pages.map((p) => [p.output, p.fingerprint, p.article]));

    const renderer = createRenderer({ templatesDir: BUILTIN_THEME_DIR, baseUrl: 'https://news.example.org/', language: 'en', site: { title: 'Sample', description: 'Sample site' } });
    const byId = new Map(whole.map((a) => [a.record.id, a.full]));
    fromWhole.pages.forEach((page, i) => {
      const other = fromListed.pages[i];
      if (!other) throw new Error(`no page ${page.output}`);
      const full = page.article === undefined ? undefined : byId.get(page.article);
      expect(renderer.render(other, full), page.output).toBe(renderer.render(page, full));
    });
    expect(searchRecords(listed, { language: 'en' })).toEqual(searchRecords(whole, { language: 'en' }));
  });
});
