import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { relatedArticles } from './related.ts';
import type { ActorTerm, Taxonomies, Term } from './taxonomies.ts';

const WEIGHTS = { actors: 3, tags: 2, countries: 1, topics: 1 } as const;

/** Every pair compared: slow, obviously right, the reference the fast walk must agree with. */
function everyPair(order: readonly string[], taxonomies: Taxonomies, limit: number, maxTermArticles: number): Map<string, string[]> {
  const related = new Map<string, string[]>();
  order.forEach((id, here) => {
    const scored = order
      .map((other, there) => {
        let score = 0;
        for (const name of Object.keys(WEIGHTS) as (keyof typeof WEIGHTS)[]) {
          for (const term of taxonomies[name]) {
            if (term.articles.length < 2 || term.articles.length > maxTermArticles) continue;
            if (other !== id && term.articles.includes(id) && term.articles.includes(other)) score += WEIGHTS[name];
          }
        }
        return { other, score, distance: Math.abs(there - here) };
      })
      .filter((c) => c.score > 0)
      .sort((a, b) => b.score - a.score || a.distance - b.distance || (a.other < b.other ? -1 : 1));
    if (scored.length > 0)
      related.set(
        id,
        scored.slice(0, limit).map((c) => c.other),
      );
  });
  return related;
}

/** Taxonomies whose terms list articles of `order` in site order, as buildTaxonomies makes them. */
const site = fc.integer({ min: 1, max: 30 }).chain((size) => {
  const order = Array.from({ length: size }, (_, i) => `a${String(i).padStart(2, '0')}`);
  const terms = (prefix: string) => fc.array(fc.subarray(order), { maxLength: 8 }).map((lists) => lists.map((articles, i): Term => ({ slug: `${prefix}${i}`, label: `${prefix}${i}`, articles })));
  return fc.record({
    order: fc.constant(order),
    taxonomies: fc.record({
      topics: terms('t'),
      countries: terms('c'),
      actors: terms('p').map((list) => list.map((t): ActorTerm => ({ ...t, type: 'person', country: null }))),
      tags: terms('g'),
    }),
    limit: fc.integer({ min: 1, max: 5 }),
    maxTermArticles: fc.integer({ min: 2, max: 40 }),
  });
});

describe('relatedArticles', () => {
  it('gives what comparing every pair of articles gives', () => {
    fc.assert(
      fc.property(site, ({ order, taxonomies, limit, maxTermArticles }) => {
        expect(relatedArticles(order, taxonomies, { limit, maxTermArticles })).toEqual(everyPair(order, taxonomies, limit, maxTermArticles));
      }),
      { numRuns: 300 },
    );
  });

  it('ranks shared actors over shared topics, then the nearest in time', () => {
    const order = ['a', 'b', 'c', 'd'];
    const taxonomies: Taxonomies = {
      topics: [{ slug: 'politics', label: 'Politics', articles: ['a', 'b', 'c', 'd'] }],
      countries: [],
      actors: [{ slug: 'ruto', label: 'Ruto', articles: ['a', 'd'], type: 'person', country: 'KE' }],
      tags: [],
    };
    expect(relatedArticles(order, taxonomies, { limit: 2 }).get('a')).toEqual(['d', 'b']);
    expect(relatedArticles(order, taxonomies, { limit: 2 }).get('c')).toEqual(['b', 'd']);
  });
});
