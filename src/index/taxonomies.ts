import { countryName } from '../data/country-names.ts';
import { TOPICS, topicLabel } from '../data/topics.ts';
import type { ActorType, ArticleRecord } from '../record/types.ts';

/** One term of a taxonomy (a topic, a country, an actor) with the articles that carry it. */
export interface Term {
  /** Slug used in URLs: IPTC id, lower-case ISO code, actor id. */
  slug: string;
  label: string;
  /** Ids of the articles, in site order (latest first). */
  articles: string[];
}

export interface ActorTerm extends Term {
  type: ActorType;
  /** Roles as written across articles, most frequent first. */
  roles: string[];
  country: string | null;
  /** Countries of the articles the actor appears in, most frequent first. */
  countries: { code: string; name: string; count: number }[];
  /** Actors appearing in the same articles, most frequent first. */
  coActors: { slug: string; label: string; count: number }[];
}

export interface Taxonomies {
  topics: Term[];
  countries: Term[];
  actors: ActorTerm[];
}

export interface TaxonomyOptions {
  /** Language of labels (the site's UI language). */
  language: string;
}

/**
 * Pure: records (already in site order) → topic, country and actor terms. Terms are sorted by
 * article count, then label; slugs come from ids, never from display names.
 */
export function buildTaxonomies(records: readonly ArticleRecord[], options: TaxonomyOptions): Taxonomies {
  const topics = new Map<string, Term>();
  const countries = new Map<string, Term>();
  const actors = new Map<string, ActorTerm & { roleCounts: Map<string, number>; countryCounts: Map<string, number>; coCounts: Map<string, number>; names: Map<string, number> }>();

  for (const record of records) {
    for (const topic of record.topics) {
      const definition = TOPICS.find((t) => t.id === topic.id);
      const label = definition ? topicLabel(definition, options.language) : topic.label;
      addTo(topics, topic.id, label, record.id);
    }
    for (const country of record.countries) {
      addTo(countries, country.code.toLowerCase(), countryName(country.code, options.language), record.id);
    }
    for (const actor of record.actors) {
      let term = actors.get(actor.id);
      if (!term) {
        term = {
          slug: actor.id, label: actor.name, articles: [], type: actor.type, roles: [], country: actor.country, countries: [], coActors: [],
          roleCounts: new Map(), countryCounts: new Map(), coCounts: new Map(), names: new Map(),
        };
        actors.set(actor.id, term);
      }
      // Records arrive one at a time, so a repeat can only be the last one added.
      if (term.articles.at(-1) !== record.id) term.articles.push(record.id);
      term.country ??= actor.country;
      increment(term.names, actor.name);
      for (const role of actor.roles) increment(term.roleCounts, role);
      for (const country of record.countries) increment(term.countryCounts, country.code);
      for (const other of record.actors) if (other.id !== actor.id) increment(term.coCounts, other.id);
    }
  }

  const actorTerms: ActorTerm[] = [...actors.values()].map(({ roleCounts, countryCounts, coCounts, names, ...term }) => ({
    ...term,
    // The fullest name seen most often names the actor on index pages.
    label: ranked(names)[0] ?? term.label,
    roles: ranked(roleCounts),
    countries: ranked(countryCounts).map((code) => ({ code, name: countryName(code, options.language), count: countryCounts.get(code) ?? 0 })),
    coActors: ranked(coCounts).slice(0, 12).map((slug) => ({ slug, label: actors.get(slug)?.label ?? slug, count: coCounts.get(slug) ?? 0 })),
  }));
  const labels = new Map(actorTerms.map((term) => [term.slug, term.label]));
  for (const term of actorTerms) {
    for (const co of term.coActors) co.label = labels.get(co.slug) ?? co.label;
  }

  return { topics: sortTerms([...topics.values()]), countries: sortTerms([...countries.values()]), actors: sortTerms(actorTerms) };
}

function addTo(map: Map<string, Term>, slug: string, label: string, articleId: string): void {
  let term = map.get(slug);
  if (!term) {
    term = { slug, label, articles: [] };
    map.set(slug, term);
  }
  if (term.articles.at(-1) !== articleId) term.articles.push(articleId);
}

function increment(map: Map<string, number>, key: string): void {
  map.set(key, (map.get(key) ?? 0) + 1);
}

function ranked(counts: Map<string, number>): string[] {
  return [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([key]) => key);
}

function sortTerms<T extends Term>(terms: T[]): T[] {
  return terms.sort((a, b) => b.articles.length - a.articles.length || a.label.localeCompare(b.label) || a.slug.localeCompare(b.slug));
}
