import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { RelatedIndex, relatedArticles } from './related.ts';
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

const PREFIXES = { topics: 't', countries: 'c', actors: 'p', tags: 'g' } as const;

describe('RelatedIndex', () => {
  /** A later state of a site: some articles join or leave terms, and sometimes the order changes. */
  const edits = (order: readonly string[]) =>
    fc.array(
      fc.record({
        article: fc.constantFrom(...order),
        taxonomy: fc.constantFrom('topics', 'countries', 'actors', 'tags' as const),
        term: fc.integer({ min: 0, max: 8 }),
        reorder: fc.boolean(),
        drop: fc.boolean(),
      }),
      { maxLength: 6 },
    );
  const apply = (order: readonly string[], taxonomies: Taxonomies, edit: { article: string; taxonomy: keyof Taxonomies; term: number; reorder: boolean; drop: boolean }): { order: string[]; taxonomies: Taxonomies } => {
    // Terms are rebuilt as new objects, as the taxonomy index does for the terms it touches.
    const next: Taxonomies = { topics: [...taxonomies.topics], countries: [...taxonomies.countries], actors: [...taxonomies.actors], tags: [...taxonomies.tags] };
    const terms = next[edit.taxonomy] as Term[];
    // The generated site's own slugs, so that edits mostly change existing terms.
    const slug = `${PREFIXES[edit.taxonomy]}${edit.term}`;
    const at = terms.findIndex((t) => t.slug === slug);
    const before = at >= 0 ? (terms[at] as Term) : { slug, label: slug, articles: [], ...(edit.taxonomy === 'actors' ? { type: 'person' as const, country: null } : {}) };
    const members = before.articles.includes(edit.article) ? before.articles.filter((id) => id !== edit.article) : [...before.articles, edit.article];
    const newOrder = edit.reorder ? [...order.slice(1), ...order.slice(0, 1)] : [...order];
    const term = { ...before, articles: newOrder.filter((id) => members.includes(id)) };
    // A term nobody carries any more is gone, as in the taxonomy index (`drop`: all at once).
    if (term.articles.length === 0 || edit.drop) {
      if (at >= 0) terms.splice(at, 1);
    } else if (at >= 0) terms[at] = term;
    else terms.push(term);
    return { order: newOrder, taxonomies: next };
  };

  it('gives what scoring the whole site gives, after every edit', () => {
    fc.assert(
      fc.property(
        site.chain((s) => fc.record({ start: fc.constant(s), edits: edits(s.order) })),
        ({ start, edits }) => {
          const options = { limit: start.limit, maxTermArticles: start.maxTermArticles };
          const index = new RelatedIndex(options);
          let { order, taxonomies } = start;
          expect(index.update(order, taxonomies)).toEqual(relatedArticles(order, taxonomies, options));
          for (const edit of edits) {
            ({ order, taxonomies } = apply(order, taxonomies, edit));
            expect(index.update(order, taxonomies)).toEqual(relatedArticles(order, taxonomies, options));
          }
        },
      ),
      { numRuns: 300 },
    );
  });

  it('scores nothing again when no membership changed', () => {
    const order = ['a', 'b', 'c'];
    const taxonomies: Taxonomies = {
      topics: [{ slug: 'health', label: 'Health', articles: ['a', 'b', 'c'] }],
      countries: [{ slug: 'ke', label: 'Kenya', articles: ['a', 'c'] }],
      actors: [],
      tags: [],
    };
    const index = new RelatedIndex();
    const first = index.update(order, taxonomies);
    // A new taxonomy object with equal members, as after a headline edit.
    const again = index.update([...order], { ...taxonomies, topics: [{ slug: 'health', label: 'Health', articles: ['a', 'b', 'c'] }] });
    expect(again).toBe(first);
    expect(again.get('a')).toEqual(['c', 'b']);
    // Kenya gains b: b now shares two terms with a and c.
    const moved = index.update(order, { ...taxonomies, countries: [{ slug: 'ke', label: 'Kenya', articles: ['a', 'b', 'c'] }] });
    expect(moved).not.toBe(first);
    expect(moved.get('a')).toEqual(['b', 'c']);
  });
});
