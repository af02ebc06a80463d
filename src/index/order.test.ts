import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ArticleRecord } from '../record/types.ts';
import { sameStrings } from './arrays.ts';
import { arbitraryEdit } from './fixtures/arbitrary.ts';
import { record, siteArticle } from './fixtures/records.ts';
import { SiteOrder } from './order.ts';
import { PlanCache, planArticlePages, planSite } from './plan.ts';
import { compareByDate } from './summary.ts';

const edits = fc.array(arbitraryEdit(), { minLength: 1, maxLength: 30 });

/** Replays saves on a site held as id → record, in path (id) order as watch mode holds it. */
function* replay(steps: readonly { id: string; record: ArticleRecord | null }[]): Generator<ArticleRecord[]> {
  const site = new Map<string, ArticleRecord>();
  for (const { id, record: next } of steps) {
    if (next) site.set(id, next);
    else site.delete(id);
    yield [...site.keys()].sort().map((key) => site.get(key) as ArticleRecord);
  }
}

describe('SiteOrder', () => {
  it('gives what sorting the whole site gives, after any sequence of edits, additions and removals', () => {
    fc.assert(
      fc.property(edits, (steps) => {
        const order = new SiteOrder<ArticleRecord>((r) => r);
        for (const records of replay(steps)) {
          expect(order.sort(records).map((r) => r.id)).toEqual([...records].sort(compareByDate).map((r) => r.id));
        }
      }),
      { numRuns: 200 },
    );
  });

  it('moves a re-dated record to its new place', () => {
    const order = new SiteOrder<ArticleRecord>((r) => r);
    const site = Array.from({ length: 40 }, (_, i) => record(`r${String(i).padStart(2, '0')}`, { date: `2026-10-${String((i % 9) + 1).padStart(2, '0')}` }));
    order.sort(site);
    const moved = record('r07', { date: '2026-11-30' });
    const next = site.map((r) => (r.id === 'r07' ? moved : r));
    expect(order.sort(next)[0]?.id).toBe('r07');
  });
});

describe('planSite with a PlanCache', () => {
  it('plans what planning from scratch plans, after any sequence of saves', () => {
    fc.assert(
      fc.property(edits, (steps) => {
        const cache = new PlanCache();
        for (const records of replay(steps)) {
          // A record edited is a new object with a new digest (of its file's bytes), as watch mode makes it.
          const articles = records.map((r) => siteArticle(r, JSON.stringify(r)));
          const kept = planSite(articles, { pageSize: 2, language: 'en', cache });
          const fresh = planSite(articles, { pageSize: 2, language: 'en' });
          expect(kept.order).toEqual(fresh.order);
          expect(kept.pages.map((p) => [p.output, p.fingerprint])).toEqual(fresh.pages.map((p) => [p.output, p.fingerprint]));
        }
      }),
      { numRuns: 100 },
    );
  });

  it('plans a saved article’s page from the last related articles as the plan then does, exactly when they stay the same', () => {
    fc.assert(
      fc.property(edits, (steps) => {
        const cache = new PlanCache();
        let planned = false;
        for (const [i, records] of [...replay(steps)].entries()) {
          const articles = records.map((r) => siteArticle(r, JSON.stringify(r)));
          const byId = new Map(articles.map((a) => [a.record.id, a]));
          const savedId = steps[i]?.id ?? '';
          const saved = byId.get(savedId);
          // Watch mode's early page: the related articles of the last plan, before this one is made.
          const early = saved && planned ? planArticlePages(saved, cache.related.last(savedId), (id) => byId.get(id), cache)[0] : undefined;
          const kept = planSite(articles, { pageSize: 2, language: 'en', cache });
          planned = true;
          const fresh = planSite(articles, { pageSize: 2, language: 'en' }).pages.find((p) => p.output === `articles/${savedId}/index.html`);
          if (!early || !fresh) continue;
          expect(early.fingerprint === fresh.fingerprint).toBe(sameStrings(early.sources, fresh.sources));
          // The same, the plan's page is the early one: it is not rendered again.
          if (early.fingerprint === fresh.fingerprint) expect(kept.pages.find((p) => p.output === fresh.output)).toBe(early);
        }
      }),
      { numRuns: 100 },
    );
  });
});
