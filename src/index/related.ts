/**
 * Related articles: those sharing the most actors, tags, countries and topics with an article.
 * Pure: taxonomies (term → articles, in site order) → article → related ids. It walks each
 * term's article list instead of comparing every pair, and skips terms so common that sharing
 * them says little (a topic carried by a third of a large site), which keeps it linear in the
 * number of mentions.
 */
import type { Taxonomies, Term } from './taxonomies.ts';

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
  const rank = new Map(order.map((id, i) => [id, i]));
  // Each article's followed terms with their weight.
  const termsOf = new Map<string, { term: Term; weight: number }[]>();
  for (const name of Object.keys(WEIGHTS) as (keyof typeof WEIGHTS)[]) {
    for (const term of taxonomies[name]) {
      if (term.articles.length < 2 || term.articles.length > maxTermArticles) continue;
      for (const id of term.articles) {
        let list = termsOf.get(id);
        if (!list) termsOf.set(id, (list = []));
        list.push({ term, weight: WEIGHTS[name] });
      }
    }
  }
  const related = new Map<string, string[]>();
  for (const id of order) {
    const scores = new Map<string, number>();
    for (const { term, weight } of termsOf.get(id) ?? []) {
      for (const other of term.articles) if (other !== id) scores.set(other, (scores.get(other) ?? 0) + weight);
    }
    if (scores.size === 0) continue;
    const here = rank.get(id) ?? 0;
    // Keep the best `limit` as they come: a full sort of every candidate of every article was
    // most of the plan's time on a large site.
    const best: { id: string; score: number; distance: number }[] = [];
    const before = (a: { id: string; score: number; distance: number }, b: typeof a): boolean => a.score > b.score || (a.score === b.score && (a.distance < b.distance || (a.distance === b.distance && a.id < b.id)));
    for (const [other, score] of scores) {
      const candidate = { id: other, score, distance: Math.abs((rank.get(other) ?? 0) - here) };
      const last = best[limit - 1];
      if (best.length === limit && last && !before(candidate, last)) continue;
      let at = best.length;
      while (at > 0 && before(candidate, best[at - 1] as typeof candidate)) at--;
      best.splice(at, 0, candidate);
      if (best.length > limit) best.pop();
    }
    related.set(
      id,
      best.map((b) => b.id),
    );
  }
  return related;
}
