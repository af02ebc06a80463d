/**
 * Related articles: those sharing the most actors, tags, countries and topics with an article.
 * Pure: taxonomies (term → articles, in site order) → article → related ids. It walks each
 * term's article list instead of comparing every pair, and skips terms so common that sharing
 * them says little (a topic carried by a third of a large site). Its work is still the sum of
 * the squares of the followed terms' sizes: with terms of up to 5 % of the site followed, it
 * grows with the square of a large site (74 % of planning's CPU time for 100,000 articles;
 * docs/performance-log.md, 2026-12-07).
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
  return new RelatedIndex(options).update(order, taxonomies);
}

/** A followed term: its articles by number, and what sharing it weighs. */
interface Followed {
  members: Int32Array;
  weight: number;
}

/**
 * Articles numbered by their place in `order`, so scores live in a typed array indexed by that
 * number instead of a map keyed by id: a large site walks tens of millions of mentions. An id the
 * order does not know is numbered after them and counts as the latest, as a rank of 0 did before.
 */
class Numbering {
  readonly index = new Map<string, number>();
  readonly ids: string[] = [];
  readonly ranks: number[] = [];

  constructor(order: readonly string[]) {
    for (const [i, id] of order.entries()) this.of(id, i);
  }

  of(id: string, rank = 0): number {
    let n = this.index.get(id);
    if (n === undefined) {
      n = this.ids.length;
      this.index.set(id, n);
      this.ids.push(id);
      this.ranks.push(rank);
    }
    return n;
  }
}

/**
 * Scores one article (by number) against the articles it shares followed terms with: its
 * related ids, best first, or null when it shares none.
 */
function scorer(numbers: Numbering, limit: number): (self: number, terms: Iterable<Followed>) => string[] | null {
  const { ids, ranks } = numbers;
  let scores = new Float64Array(ids.length);
  let touched = new Int32Array(ids.length);
  const best: Candidate[] = [];
  // Higher score first, then nearer in time, then id: a total order, so the result does not
  // depend on the order candidates are met in.
  const beats = (n: number, score: number, distance: number, b: Candidate): boolean => score > b.score || (score === b.score && (distance < b.distance || (distance === b.distance && (ids[n] as string) < (ids[b.n] as string))));
  return (self, terms) => {
    // Ids numbered since (an incremental update's new members) widen the arrays.
    if (scores.length < ids.length) {
      scores = new Float64Array(ids.length);
      touched = new Int32Array(ids.length);
    }
    let count = 0;
    for (const { members, weight } of terms) {
      for (const other of members) {
        if (other === self) continue;
        if (scores[other] === 0) touched[count++] = other;
        scores[other] = (scores[other] as number) + weight;
      }
    }
    if (count === 0) return null;
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
    return best.map((b) => ids[b.n] as string);
  };
}

/**
 * Related articles kept across watch-mode rebuilds. An article's related list depends only on
 * the followed terms it carries, their members and the site order, so when the order is the
 * same (an edit that keeps the date) only the members of terms whose membership changed are
 * scored again, from each article's followed terms kept from one update to the next (not the
 * whole site's terms indexed again); an edit that changes no membership (a headline, the body)
 * scores nothing. Any other change (an article added, removed or moved) scores the whole site,
 * as `relatedArticles` does, and gives the same result in every case.
 */
export class RelatedIndex {
  readonly #options: RelatedOptions;
  #order: readonly string[] = [];
  #maxTermArticles = -1;
  /** Each term's members when last scored, by taxonomy and slug (copies: the caller's arrays may change). */
  #members = new Map<string, readonly string[]>();
  #related = new Map<string, string[]>();
  /** The articles' numbers, kept while the order is. */
  #numbers = new Numbering([]);
  /** Each followed term by taxonomy and slug. */
  #followed = new Map<string, Followed>();
  /** Each article's followed terms, by its number. */
  #termsOf: Followed[][] = [];

  constructor(options: RelatedOptions = {}) {
    this.#options = options;
  }

  /** An article's related articles as the last update gave them (none before the first). */
  last(id: string): readonly string[] {
    return this.#related.get(id) ?? [];
  }

  update(order: readonly string[], taxonomies: Taxonomies): Map<string, string[]> {
    const maxTermArticles = maxTermArticlesFor(order, this.#options);
    if (maxTermArticles !== this.#maxTermArticles || !sameStrings(order, this.#order)) return this.#scoreAll(order, taxonomies, maxTermArticles);
    // Articles whose score can change: the members, before and after, of every followed term
    // whose membership changed.
    const affected = new Set<string>();
    const mark = (articles: readonly string[] | undefined): void => {
      if (articles && this.#follows(articles)) for (const id of articles) affected.add(id);
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
        this.#setTerm(key, term.articles, WEIGHTS[name]);
      }
    }
    for (const [key, before] of this.#members) {
      if (seen.has(key)) continue;
      mark(before);
      this.#setTerm(key, null, 0);
    }
    if (affected.size === 0) return this.#related;
    const score = scorer(this.#numbers, this.#options.limit ?? 4);
    const related = new Map(this.#related);
    for (const id of affected) {
      const self = this.#numbers.index.get(id);
      // Only the site's articles have related articles (an id the order does not know has none).
      const ids = self !== undefined && self < order.length ? score(self, this.#termsOf[self] ?? []) : null;
      if (ids) related.set(id, ids);
      else related.delete(id);
    }
    this.#related = related;
    return related;
  }

  #follows(articles: readonly string[]): boolean {
    return articles.length >= 2 && articles.length <= this.#maxTermArticles;
  }

  /** Scores every article anew, the numbers and terms kept for the updates that follow. */
  #scoreAll(order: readonly string[], taxonomies: Taxonomies, maxTermArticles: number): Map<string, string[]> {
    this.#order = [...order];
    this.#maxTermArticles = maxTermArticles;
    this.#numbers = new Numbering(order);
    this.#members = new Map();
    this.#followed = new Map();
    this.#termsOf = [];
    for (const name of TAXONOMY_NAMES) for (const term of taxonomies[name]) this.#setTerm(`${name}\u0000${term.slug}`, term.articles, WEIGHTS[name]);
    const score = scorer(this.#numbers, this.#options.limit ?? 4);
    const related = new Map<string, string[]>();
    order.forEach((id, self) => {
      const ids = score(self, this.#termsOf[self] ?? []);
      if (ids) related.set(id, ids);
    });
    this.#related = related;
    return related;
  }

  /** A term's members are now `articles` (null: the term is gone): its articles' followed terms follow. */
  #setTerm(key: string, articles: readonly string[] | null, weight: number): void {
    const old = this.#followed.get(key);
    if (old) {
      for (const n of old.members) {
        // An article carries a few terms: a list is quicker to make than a set, for the whole site's scoring.
        const terms = this.#termsOf[n];
        const at = terms ? terms.indexOf(old) : -1;
        if (terms && at >= 0) terms.splice(at, 1);
      }
      this.#followed.delete(key);
    }
    if (articles === null) {
      this.#members.delete(key);
      return;
    }
    this.#members.set(key, [...articles]);
    if (!this.#follows(articles)) return;
    const followed = { members: Int32Array.from(articles, (id) => this.#numbers.of(id)), weight };
    this.#followed.set(key, followed);
    for (const n of followed.members) (this.#termsOf[n] ??= []).push(followed);
  }
}
