import { countryName } from '../data/country-names.ts';
import { TOPICS, topicLabel } from '../data/topics.ts';
import type { ActorType } from '../record/types.ts';
import { isCleanClaim } from './claims.ts';
import type { ListedRecord } from './listing.ts';

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
  /** What the actor said, latest article first (at most 40; claims whose bounds look wrong are left out). */
  statements: Statement[];
}

/** One thing an actor said, in one article. */
export interface Statement {
  claim: string;
  quote: boolean;
  confidence: number;
  /** The article's id, headline, date and language. */
  article: { id: string; headline: string; date: string | null; language: string };
}

/** What a country page shows beyond the article list: computed from the country's own articles. */
export interface CountryProfile {
  /** Topics of its articles, most frequent first (at most 8). */
  topics: { id: string; label: string; count: number }[];
  /** Actors of its articles, most frequent first (at most 12). */
  actors: { slug: string; label: string; type: ActorType; count: number }[];
  /** The countries its articles also name, most frequent first (at most 12). */
  countries: { code: string; name: string; count: number }[];
}

export interface Taxonomies {
  topics: Term[];
  countries: Term[];
  actors: ActorTerm[];
  /** Free-form tags (frontmatter `tags`, and `topics` that are not IPTC topics). */
  tags: Term[];
}

/**
 * A tag's URL slug: lower case, accents off, runs of anything but letters and digits as one
 * hyphen ("Amazon Fund" → "amazon-fund", "choléra" → "cholera"); "" when nothing is left.
 */
export function tagSlug(tag: string): string {
  return tag
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '');
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
export function buildTaxonomies(records: readonly ListedRecord[], options: TaxonomyOptions): Taxonomies {
  const topics = new Map<string, Term>();
  const countries = new Map<string, Term>();
  const actors = new Map<string, ActorTerm & { names: Map<string, number> }>();
  const tags = new Map<string, Term & { names: Map<string, number> }>();
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
    for (const tag of record.tags) {
      const slug = tagSlug(tag);
      if (!slug) continue;
      let term = tags.get(slug);
      if (!term) tags.set(slug, (term = { slug, label: tag, articles: [], names: new Map() }));
      if (term.articles.at(-1) !== record.id) term.articles.push(record.id);
      increment(term.names, tag);
    }
  }
  // Country names are looked up once per country, not once per mention.
  for (const term of countries.values()) term.label = countryName(term.label, options.language);
  const actorTerms: ActorTerm[] = [...actors.values()].map(({ names, ...term }) => ({ ...term, label: top(names) ?? term.label }));
  const tagTerms: Term[] = [...tags.values()].map(({ names, ...term }) => ({ ...term, label: top(names) ?? term.label }));
  return { topics: sortTerms([...topics.values()]), countries: sortTerms([...countries.values()]), actors: sortTerms(actorTerms), tags: sortTerms(tagTerms) };
}

/**
 * The roles, countries and co-actors of an actor, from the records of the articles it appears in.
 * Depends on those records only, so an actor page changes exactly when one of its articles does.
 */
export function actorProfile(actorId: string, records: readonly ListedRecord[], options: TaxonomyOptions): ActorProfile {
  const tally = newTally();
  for (const record of records) addToTally(tally, actorId, record, 1);
  return profileOf(actorId, tally, records, options);
}

/** What an actor's profile counts over its articles: sums, so that one record can be taken out and another put in. */
interface ActorTally {
  roles: Map<string, number>;
  countries: Map<string, number>;
  coActors: Map<string, number>;
  coNames: Map<string, Map<string, number>>;
}

const newTally = (): ActorTally => ({ roles: new Map(), countries: new Map(), coActors: new Map(), coNames: new Map() });

function addToTally(tally: ActorTally, actorId: string, record: ListedRecord, sign: 1 | -1): void {
  for (const actor of record.actors) {
    if (actor.id === actorId) {
      for (const role of actor.roles) increment(tally.roles, role, sign);
      continue;
    }
    increment(tally.coActors, actor.id, sign);
    let names = tally.coNames.get(actor.id);
    if (!names) tally.coNames.set(actor.id, (names = new Map()));
    increment(names, actor.name, sign);
    if (names.size === 0) tally.coNames.delete(actor.id);
  }
  for (const country of record.countries) increment(tally.countries, country.code, sign);
}

/** The profile from its tally; statements are read in site order, up to the first MAX_STATEMENTS. */
function profileOf(actorId: string, tally: ActorTally, records: readonly ListedRecord[], options: TaxonomyOptions): ActorProfile {
  const statements: Statement[] = [];
  for (const record of records) {
    if (statements.length >= MAX_STATEMENTS) break;
    for (const attribution of record.attributions) {
      if (attribution.actor !== actorId || statements.length >= MAX_STATEMENTS || !isCleanClaim(attribution.claim, attribution.source)) continue;
      statements.push({ claim: attribution.claim, quote: attribution.quote, confidence: attribution.confidence, article: { id: record.id, headline: record.headline, date: record.date, language: record.language } });
    }
  }
  const { roles, countries, coActors, coNames } = tally;
  return {
    roles: ranked(roles),
    countries: ranked(countries).map((code) => ({ code, name: countryName(code, options.language), count: countries.get(code) ?? 0 })),
    coActors: ranked(coActors, 12).map((slug) => ({ slug, label: top(coNames.get(slug) ?? new Map()) ?? slug, count: coActors.get(slug) ?? 0 })),
    statements,
  };
}

/**
 * Actor profiles kept across watch-mode rebuilds: each actor's tally is updated by the records
 * that changed, came or went since its last profile, instead of re-counting every article of
 * the actor (a large site's most cited actors have thousands). `profile` returns what
 * `actorProfile` would.
 */
export class ActorProfileIndex {
  readonly #options: TaxonomyOptions;
  readonly #actors = new Map<string, { tally: ActorTally; records: Map<string, ListedRecord> }>();

  constructor(options: TaxonomyOptions) {
    this.#options = options;
  }

  profile(actorId: string, records: readonly ListedRecord[]): ActorProfile {
    let state = this.#actors.get(actorId);
    if (!state) this.#actors.set(actorId, (state = { tally: newTally(), records: new Map() }));
    const { tally, records: counted } = state;
    for (const record of records) {
      const previous = counted.get(record.id);
      if (previous === record) continue;
      if (previous) addToTally(tally, actorId, previous, -1);
      addToTally(tally, actorId, record, 1);
      counted.set(record.id, record);
    }
    // Records counted before and not listed now: the actor left them, or they are gone.
    if (counted.size > records.length) {
      const listed = new Set(records.map((r) => r.id));
      for (const [id, previous] of counted) {
        if (listed.has(id)) continue;
        addToTally(tally, actorId, previous, -1);
        counted.delete(id);
      }
    }
    return profileOf(actorId, tally, records, this.#options);
  }
}

const MAX_STATEMENTS = 40;

/** The topics, actors and fellow countries of a country's articles (records in site order). */
export function countryProfile(code: string, records: readonly ListedRecord[], options: TaxonomyOptions): CountryProfile {
  const topics = new Map<string, number>();
  const actors = new Map<string, number>();
  const actorNames = new Map<string, Map<string, number>>();
  const actorTypes = new Map<string, ActorType>();
  const countries = new Map<string, number>();
  for (const record of records) {
    for (const topic of record.topics) increment(topics, topic.id);
    for (const actor of record.actors) {
      increment(actors, actor.id);
      let names = actorNames.get(actor.id);
      if (!names) actorNames.set(actor.id, (names = new Map()));
      increment(names, actor.name);
      if (!actorTypes.has(actor.id)) actorTypes.set(actor.id, actor.type);
    }
    for (const country of record.countries) if (country.code !== code) increment(countries, country.code);
  }
  const definitions = new Map(TOPICS.map((t) => [t.id, t]));
  return {
    topics: ranked(topics, 8).map((id) => {
      const definition = definitions.get(id);
      return { id, label: definition ? topicLabel(definition, options.language) : id, count: topics.get(id) ?? 0 };
    }),
    actors: ranked(actors, 12).map((slug) => ({ slug, label: top(actorNames.get(slug) ?? new Map()) ?? slug, type: actorTypes.get(slug) ?? 'person', count: actors.get(slug) ?? 0 })),
    countries: ranked(countries, 12).map((c) => ({ code: c, name: countryName(c, options.language), count: countries.get(c) ?? 0 })),
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

function increment(map: Map<string, number>, key: string, by = 1): void {
  const count = (map.get(key) ?? 0) + by;
  // A count taken back to nothing is no count: ranked lists would show it.
  if (count === 0) map.delete(key);
  else map.set(key, count);
}

const byCountThenKey = (a: [string, number], b: [string, number]): number => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0);

/** Whether a term's article list still holds exactly its members, in site order. */
function stillOrdered(articles: readonly string[], members: ReadonlySet<string>, rank: ReadonlyMap<string, number>): boolean {
  if (articles.length !== members.size) return false;
  let previous = -1;
  for (const id of articles) {
    const at = rank.get(id);
    if (at === undefined || at <= previous || !members.has(id)) return false;
    previous = at;
  }
  return true;
}

function ranked(counts: Map<string, number>, limit = Infinity): string[] {
  return [...counts.entries()]
    .sort(byCountThenKey)
    .slice(0, limit)
    .map(([key]) => key);
}

function top(counts: Map<string, number>): string | undefined {
  let best: [string, number] | undefined;
  for (const entry of counts) if (!best || byCountThenKey(entry, best) < 0) best = entry;
  return best?.[0];
}

const compareTerms = (a: Term, b: Term): number => b.articles.length - a.articles.length || a.label.localeCompare(b.label) || (a.slug < b.slug ? -1 : a.slug > b.slug ? 1 : 0);

function sortTerms<T extends Term>(terms: T[]): T[] {
  return terms.sort(compareTerms);
}

/** Whether `sorted`, in order before the terms of `changed` changed, still is: each changed term of it sorts between its neighbours. */
function stillSorted(sorted: readonly Term[], changed: ReadonlySet<TermState>): boolean {
  for (const { term } of changed) {
    const at = sorted.indexOf(term);
    if (at < 0) continue;
    const before = sorted[at - 1];
    const after = sorted[at + 1];
    if ((before && compareTerms(before, term) >= 0) || (after && compareTerms(term, after) >= 0)) return false;
  }
  return true;
}

interface TermState {
  term: Term | ActorTerm;
  members: Set<string>;
  /** For actors and tags: how often each name form is used, to label the term by the most frequent. */
  names?: Map<string, number>;
  /** For actors: the country each member article gives the actor, for those that give one. */
  countries?: Map<string, string>;
}

/**
 * The taxonomies of one site kept up to date across watch-mode rebuilds: a rebuild touches only
 * the terms of the records that changed, came or went, instead of re-indexing every mention.
 * `update(records)` returns what `buildTaxonomies(records)` would.
 */
export class TaxonomyIndex {
  readonly #options: TaxonomyOptions;
  readonly #records = new Map<string, ListedRecord>();
  readonly #topics = new Map<string, TermState>();
  readonly #countries = new Map<string, TermState>();
  readonly #actors = new Map<string, TermState>();
  readonly #tags = new Map<string, TermState>();
  readonly #topicLabels: Map<string, string>;
  /** Each taxonomy's terms in the order of the last update. */
  readonly #sorted = new Map<Map<string, TermState>, Term[]>();
  /** Taxonomies a term joined or left since the last update: their order is made again. */
  readonly #reshaped = new Set<Map<string, TermState>>();

  constructor(options: TaxonomyOptions) {
    this.#options = options;
    this.#topicLabels = new Map(TOPICS.map((t) => [t.id, topicLabel(t, options.language)]));
  }

  update(records: readonly ListedRecord[]): Taxonomies {
    const rank = new Map<string, number>();
    records.forEach((record, i) => {
      rank.set(record.id, i);
    });
    const dirty = new Set<TermState>();
    for (const [id, previous] of this.#records) {
      if (!rank.has(id)) {
        this.#remove(previous, dirty);
        this.#records.delete(id);
      }
    }
    for (const record of records) {
      const previous = this.#records.get(record.id);
      if (previous === record) continue;
      if (previous) this.#remove(previous, dirty);
      this.#add(record, dirty);
      this.#records.set(record.id, record);
    }
    const byRank = (a: string, b: string): number => (rank.get(a) ?? 0) - (rank.get(b) ?? 0);
    for (const state of dirty) {
      // A record edited in place leaves and rejoins its terms: their lists are usually still
      // right, and checking that is cheaper than sorting a term of thousands of articles again.
      if (!stillOrdered(state.term.articles, state.members, rank)) state.term.articles = [...state.members].sort(byRank);
      if (state.names) state.term.label = top(state.names) ?? state.term.label;
      if (state.countries) {
        // As in buildTaxonomies: the country of the latest article that gives one.
        const actor = state.term as ActorTerm;
        actor.country = null;
        if (state.countries.size > 0) {
          for (const id of state.term.articles) {
            const country = state.countries.get(id);
            if (country) {
              actor.country = country;
              break;
            }
          }
        }
      }
    }
    const live = (map: Map<string, TermState>): Term[] => {
      const terms: Term[] = [];
      for (const [slug, state] of map) {
        if (state.members.size > 0) terms.push(state.term);
        else {
          map.delete(slug);
          this.#reshaped.add(map);
        }
      }
      // An edit rarely moves a term in its list: when no term came or went and every term that
      // changed still sorts between its neighbours, the last order holds (a list is in order when
      // each pair of neighbours is), and the thousands of terms are not sorted again.
      const previous = this.#sorted.get(map);
      const sorted = previous && !this.#reshaped.has(map) && stillSorted(previous, dirty) ? [...previous] : sortTerms(terms);
      this.#sorted.set(map, sorted);
      this.#reshaped.delete(map);
      return [...sorted];
    };
    return { topics: live(this.#topics), countries: live(this.#countries), actors: live(this.#actors) as ActorTerm[], tags: live(this.#tags) };
  }

  #add(record: ListedRecord, dirty: Set<TermState>): void {
    for (const topic of record.topics) this.#join(this.#topics, topic.id, () => ({ slug: topic.id, label: this.#topicLabels.get(topic.id) ?? topic.label, articles: [] }), record.id, dirty);
    for (const country of record.countries) {
      const slug = country.code.toLowerCase();
      this.#join(this.#countries, slug, () => ({ slug, label: countryName(country.code, this.#options.language), articles: [] }), record.id, dirty);
    }
    const seen = new Set<string>();
    for (const actor of record.actors) {
      const state = this.#join(this.#actors, actor.id, () => ({ slug: actor.id, label: actor.name, articles: [], type: actor.type, country: actor.country }), record.id, dirty);
      increment((state.names ??= new Map()), actor.name);
      state.countries ??= new Map();
      // The record's first mention of the actor says its country, as in buildTaxonomies.
      if (!seen.has(actor.id) && actor.country) state.countries.set(record.id, actor.country);
      seen.add(actor.id);
    }
    for (const tag of record.tags) {
      const slug = tagSlug(tag);
      if (!slug) continue;
      const state = this.#join(this.#tags, slug, () => ({ slug, label: tag, articles: [] }), record.id, dirty);
      increment((state.names ??= new Map()), tag);
    }
  }

  #remove(record: ListedRecord, dirty: Set<TermState>): void {
    const leave = (map: Map<string, TermState>, slug: string): TermState | undefined => {
      const state = map.get(slug);
      if (!state) return undefined;
      state.members.delete(record.id);
      dirty.add(state);
      return state;
    };
    for (const topic of record.topics) leave(this.#topics, topic.id);
    for (const country of record.countries) leave(this.#countries, country.code.toLowerCase());
    const forget = (state: TermState | undefined, name: string): void => {
      const names = state?.names;
      if (!names) return;
      const count = (names.get(name) ?? 0) - 1;
      if (count > 0) names.set(name, count);
      else names.delete(name);
    };
    for (const actor of record.actors) {
      const state = leave(this.#actors, actor.id);
      forget(state, actor.name);
      state?.countries?.delete(record.id);
    }
    for (const tag of record.tags) {
      const slug = tagSlug(tag);
      if (slug) forget(leave(this.#tags, slug), tag);
    }
  }

  #join(map: Map<string, TermState>, slug: string, make: () => Term | ActorTerm, id: string, dirty: Set<TermState>): TermState {
    let state = map.get(slug);
    if (!state) {
      map.set(slug, (state = { term: make(), members: new Set() }));
      this.#reshaped.add(map);
    }
    state.members.add(id);
    dirty.add(state);
    return state;
  }
}
