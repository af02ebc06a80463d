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
  country: string | null;
}

/** What an actor page shows beyond the article list: computed from the actor's own articles. */
export interface ActorProfile {
  /** Roles as written across articles, most frequent first. */
  roles: string[];
  /** Countries of the articles the actor appears in, most frequent first. */
  countries: { code: string; name: string; count: number }[];
  /** Actors appearing in the same articles, most frequent first (at most 12). */
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
 * article count, then label; slugs come from ids, never from display names. One pass, one map
 * update per mention: this runs on every save in watch mode.
 */
export function buildTaxonomies(records: readonly ArticleRecord[], options: TaxonomyOptions): Taxonomies {
  const topics = new Map<string, Term>();
  const countries = new Map<string, Term>();
  const actors = new Map<string, ActorTerm & { names: Map<string, number> }>();
  const topicLabels = new Map(TOPICS.map((t) => [t.id, topicLabel(t, options.language)]));

  for (const record of records) {
    for (const topic of record.topics) addTo(topics, topic.id, topicLabels.get(topic.id) ?? topic.label, record.id);
    for (const country of record.countries) addTo(countries, country.code.toLowerCase(), country.code, record.id);
    for (const actor of record.actors) {
      let term = actors.get(actor.id);
      if (!term) {
        term = { slug: actor.id, label: actor.name, articles: [], type: actor.type, country: actor.country, names: new Map() };
        actors.set(actor.id, term);
      }
      // Records arrive one at a time, so a repeat can only be the last one added.
      if (term.articles.at(-1) !== record.id) term.articles.push(record.id);
      term.country ??= actor.country;
      increment(term.names, actor.name);
    }
  }
  // Country names are looked up once per country, not once per mention.
  for (const term of countries.values()) term.label = countryName(term.label, options.language);
  const actorTerms: ActorTerm[] = [...actors.values()].map(({ names, ...term }) => ({ ...term, label: top(names) ?? term.label }));
  return { topics: sortTerms([...topics.values()]), countries: sortTerms([...countries.values()]), actors: sortTerms(actorTerms) };
}

/**
 * The roles, countries and co-actors of an actor, from the records of the articles it appears in.
 * Depends on those records only, so an actor page changes exactly when one of its articles does.
 */
export function actorProfile(actorId: string, records: readonly ArticleRecord[], options: TaxonomyOptions): ActorProfile {
  const roles = new Map<string, number>();
  const countries = new Map<string, number>();
  const coActors = new Map<string, number>();
  const coNames = new Map<string, Map<string, number>>();
  for (const record of records) {
    for (const actor of record.actors) {
      if (actor.id === actorId) {
        for (const role of actor.roles) increment(roles, role);
        continue;
      }
      increment(coActors, actor.id);
      let names = coNames.get(actor.id);
      if (!names) coNames.set(actor.id, (names = new Map()));
      increment(names, actor.name);
    }
    for (const country of record.countries) increment(countries, country.code);
  }
  return {
    roles: ranked(roles),
    countries: ranked(countries).map((code) => ({ code, name: countryName(code, options.language), count: countries.get(code) ?? 0 })),
    coActors: ranked(coActors, 12).map((slug) => ({ slug, label: top(coNames.get(slug) ?? new Map()) ?? slug, count: coActors.get(slug) ?? 0 })),
  };
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

const byCountThenKey = (a: [string, number], b: [string, number]): number => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0);

function ranked(counts: Map<string, number>, limit = Infinity): string[] {
  return [...counts.entries()].sort(byCountThenKey).slice(0, limit).map(([key]) => key);
}

function top(counts: Map<string, number>): string | undefined {
  let best: [string, number] | undefined;
  for (const entry of counts) if (!best || byCountThenKey(entry, best) < 0) best = entry;
  return best?.[0];
}

function sortTerms<T extends Term>(terms: T[]): T[] {
  return terms.sort((a, b) => b.articles.length - a.articles.length || a.label.localeCompare(b.label) || (a.slug < b.slug ? -1 : a.slug > b.slug ? 1 : 0));
}
