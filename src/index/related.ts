/**
 * Related articles: those sharing the most actors, tags, countries and topics with an article.
 * Pure: taxonomies (term → articles, in site order) → article → related ids. It walks each
 * term's article list instead of comparing every pair, and skips terms so common that sharing
 * them says little (a topic carried by a third of a large site), which keeps it linear in the
 * number of mentions.
 */
import { sameStrings } from './arrays.ts';
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

const TAXONOMY_NAMES = Object.keys(WEIGHTS) as (keyof typeof WEIGHTS)[];

const maxTermArticlesFor = (order: readonly string[], options: RelatedOptions): number => options.maxTermArticles ?? Math.max(40, Math.ceil(order.length * 0.05));

/** An article met while scoring another: its number, its score and its distance in time (places in the order). */
interface Candidate {
  n: number;
  score: number;
  distance: number;
}

/** `order` is every article id in site order (latest first): ties go to the nearest in time. */
export function relatedArticles(order: readonly string[], taxonomies: Taxonomies, options: RelatedOptions = {}): Map<string, string[]> {
  return relatedOf(order, taxonomies, options, null);
}

/** The related articles of the articles in `only` (of all when null). */
function relatedOf(order: readonly string[], taxonomies: Taxonomies, options: RelatedOptions, only: ReadonlySet<string> | null): Map<string, string[]> {
  const limit = options.limit ?? 4;
  const maxTermArticles = maxTermArticlesFor(order, options);
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
  for (const name of TAXONOMY_NAMES) {
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
  const best: Candidate[] = [];
  // Higher score first, then nearer in time, then id: a total order, so the result does not
  // depend on the order candidates are met in.
  const beats = (n: number, score: number, distance: number, b: Candidate): boolean => score > b.score || (score === b.score && (distance < b.distance || (distance === b.distance && (ids[n] as string) < (ids[b.n] as string))));
  order.forEach((id, self) => {
    if (only && !only.has(id)) return;
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
      const score = scores[other] as number;
      const distance = Math.abs((ranks[other] as number) - here);
      scores[other] = 0;
      // Most candidates lose to the last of a full list: they are turned away before an object
      // is made for them (a large site meets tens of millions).
      const last = best[limit - 1];
      if (best.length === limit && last && !beats(other, score, distance, last)) continue;
      let at = best.length;
      while (at > 0 && beats(other, score, distance, best[at - 1] as Candidate)) at--;
      best.splice(at, 0, { n: other, score, distance });
      if (best.length > limit) best.pop();
    }
    related.set(
      id,
      best.map((b) => ids[b.n] as string),
    );
  });
  return related;
}

/**
 * Related articles kept across watch-mode rebuilds. An article's related list depends only on
 * the followed terms it carries, their members and the site order, so when the order is the
 * same (an edit that keeps the date) only the members of terms whose membership changed are
 * scored again; an edit that changes no membership (a headline, the body) scores nothing. Any
 * other change (an article added, removed or moved) scores the whole site, as
 * `relatedArticles` does, and gives the same result in every case.
 */
export class RelatedIndex {
  readonly #options: RelatedOptions;
  #order: readonly string[] = [];
  #maxTermArticles = -1;
  /** Each term's members when last scored, by taxonomy and slug (copies: the caller's arrays may change). */
  #members = new Map<string, readonly string[]>();
  #related = new Map<string, string[]>();

  constructor(options: RelatedOptions = {}) {
    this.#options = options;
  }

  /** An article's related articles as the last update gave them (none before the first). */
  last(id: string): readonly string[] {
    return this.#related.get(id) ?? [];
  }

  update(order: readonly string[], taxonomies: Taxonomies): Map<string, string[]> {
    const maxTermArticles = maxTermArticlesFor(order, this.#options);
    const followed = (articles: readonly string[] | undefined): boolean => articles !== undefined && articles.length >= 2 && articles.length <= maxTermArticles;
    if (maxTermArticles !== this.#maxTermArticles || !sameStrings(order, this.#order)) {
      this.#related = relatedOf(order, taxonomies, this.#options, null);
      this.#members = new Map();
      for (const name of TAXONOMY_NAMES) for (const term of taxonomies[name]) this.#members.set(`${name}\u0000${term.slug}`, [...term.articles]);
      this.#order = [...order];
      this.#maxTermArticles = maxTermArticles;
      return this.#related;
    }
    // Articles whose score can change: the members, before and after, of every followed term
    // whose membership changed.
    const affected = new Set<string>();
    const mark = (articles: readonly string[] | undefined): void => {
      if (articles && followed(articles)) for (const id of articles) affected.add(id);
    };
    const seen = new Set<string>();
    for (const name of TAXONOMY_NAMES) {
      for (const term of taxonomies[name]) {
        const key = `${name}\u0000${term.slug}`;
        seen.add(key);
        const before = this.#members.get(key);
        if (before && sameStrings(before, term.articles)) continue;
        mark(before);
        mark(term.articles);
        this.#members.set(key, [...term.articles]);
      }
    }
    for (const [key, before] of this.#members) {
      if (seen.has(key)) continue;
      mark(before);
      this.#members.delete(key);
    }
    if (affected.size === 0) return this.#related;
    const rescored = relatedOf(order, taxonomies, this.#options, affected);
    const related = new Map(this.#related);
    for (const id of affected) {
      const ids = rescored.get(id);
      if (ids) related.set(id, ids);
      else related.delete(id);
    }
    this.#related = related;
    return related;
  }
}
