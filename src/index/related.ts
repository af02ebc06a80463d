/**
 * Related articles: those sharing the most actors, tags, countries and topics with an article.
 * Pure: taxonomies (term → articles, in site order) → article → related ids. It walks each
 * term's article list instead of comparing every pair, and skips terms so common that sharing
 * them says little (a topic carried by a third of a large site), which keeps it linear in the
 * number of mentions.
 */
import type { Taxonomies } from './taxonomies.ts';

export interface RelatedOptions {
  /** Related articles per article at most. Default: 4. */
  limit?: number;
  /**
   * Terms carried by more articles than this are not followed. Default: the larger of 40 and
   * 5 % of the site, so a small site relates through everything and a large one through what
   * is specific.
   */
  maxTermArticles?: number;
}

/** How much sharing one term of each taxonomy counts. */
const WEIGHTS = { actors: 3, tags: 2, countries: 1, topics: 1 } as const;

/** `order` is every article id in site order (latest first): ties go to the nearest in time. */
export function relatedArticles(order: readonly string[], taxonomies: Taxonomies, options: RelatedOptions = {}): Map<string, string[]> {
  const limit = options.limit ?? 4;
  const maxTermArticles = options.maxTermArticles ?? Math.max(40, Math.ceil(order.length * 0.05));
  // Articles are numbered by their place in `order`, so scores live in a typed array indexed by
  // that number instead of a map keyed by id: a large site walks tens of millions of mentions.
  const index = new Map<string, number>();
  const ids: string[] = [];
  const ranks: number[] = [];
  const numberOf = (id: string, rank: number): number => {
    let n = index.get(id);
    if (n === undefined) {
      n = ids.length;
      index.set(id, n);
      ids.push(id);
      ranks.push(rank);
    }
    return n;
  };
  for (const [i, id] of order.entries()) numberOf(id, i);
  // Each followed term as the numbers of its articles, and each article's terms with their weight.
  const termsOf: { members: Int32Array; weight: number }[][] = order.map(() => []);
  for (const name of Object.keys(WEIGHTS) as (keyof typeof WEIGHTS)[]) {
    for (const term of taxonomies[name]) {
      if (term.articles.length < 2 || term.articles.length > maxTermArticles) continue;
      // An id the order does not know counts as the latest, as a rank of 0 did before.
      const members = Int32Array.from(term.articles, (id) => numberOf(id, 0));
      const followed = { members, weight: WEIGHTS[name] };
      for (const n of members) termsOf[n]?.push(followed);
    }
  }
  const scores = new Float64Array(ids.length);
  const touched = new Int32Array(ids.length);
  const related = new Map<string, string[]>();
  const best: { n: number; score: number; distance: number }[] = [];
  // Higher score first, then nearer in time, then id: a total order, so the result does not
  // depend on the order candidates are met in.
  const before = (a: { n: number; score: number; distance: number }, b: typeof a): boolean =>
    a.score > b.score || (a.score === b.score && (a.distance < b.distance || (a.distance === b.distance && (ids[a.n] as string) < (ids[b.n] as string))));
  order.forEach((id, self) => {
    let count = 0;
    for (const { members, weight } of termsOf[self] ?? []) {
      for (const other of members) {
        if (other === self) continue;
        if (scores[other] === 0) touched[count++] = other;
        scores[other] = (scores[other] as number) + weight;
      }
    }
    if (count === 0) return;
    const here = ranks[self] as number;
    best.length = 0;
    for (let k = 0; k < count; k++) {
      const other = touched[k] as number;
      const candidate = { n: other, score: scores[other] as number, distance: Math.abs((ranks[other] as number) - here) };
      scores[other] = 0;
      const last = best[limit - 1];
      if (best.length === limit && last && !before(candidate, last)) continue;
      let at = best.length;
      while (at > 0 && before(candidate, best[at - 1] as typeof candidate)) at--;
      best.splice(at, 0, candidate);
      if (best.length > limit) best.pop();
    }
    related.set(
      id,
      best.map((b) => ids[b.n] as string),
    );
  });
  return related;
}
