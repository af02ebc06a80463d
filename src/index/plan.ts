import { createHash } from 'node:crypto';
import type { ArticleRecord } from '../record/types.ts';
import { sameItems, sameRange, sameStrings } from './arrays.ts';
import { isListedAttribution, type ListedRecord } from './listing.ts';
import { SiteOrder } from './order.ts';
import { RelatedIndex, relatedArticles } from './related.ts';
import { type ArticleSummary, compareByDate, summarize } from './summary.ts';
import { type ActorProfile, ActorProfileIndex, type ActorTerm, actorProfile, buildTaxonomies, type CountryProfile, countryProfile, type Taxonomies, TaxonomyIndex, type Term } from './taxonomies.ts';

/**
 * An article as the index stage sees it: what lists, profiles and search read of its record
 * (a whole record will do), the digest of its file and, when it is held whole, its body.
 */
export interface SiteArticle {
  record: ListedRecord;
  digest: string;
  /** The original story's address (frontmatter `url`); null or absent when there is none. */
  originalUrl?: string | null;
  /** Plain text of the body, for the search index. Default: read from `full.html`. */
  text?: string;
  /** The whole record and body HTML, when the article is held whole (watch mode, tests). */
  full?: FullArticle;
}

/** What an article's own page and record file show: the whole record and the body HTML. */
export interface FullArticle {
  record: ArticleRecord;
  /** Sanitised body HTML. */
  html: string;
  /** The record as data/articles/<id>.json holds it, when it is already serialised. Default: serialised when written. */
  recordJson?: string;
}

/** Liquid templates of templates/pages/. */
export type TemplateName = 'home' | 'article' | 'terms' | 'term' | 'actor' | 'actors' | 'search' | '404';
/** Files the renderer writes in code, not with a template: feeds, the sitemap, robots.txt. */
export type SerializerName = 'atom' | 'rss' | 'jsonfeed' | 'sitemap' | 'robots';

/** One output file of the site, before rendering. */
export interface PageSpec {
  /** Site-relative URL ("/topics/politics/page/2/"); JSON files end with ".json". */
  url: string;
  /** Output path relative to the output folder ("topics/politics/page/2/index.html"). */
  output: string;
  kind: 'html' | 'json' | 'xml' | 'text';
  /** The Liquid template of an HTML page, the serializer of a feed or sitemap; null for data files. */
  template: TemplateName | SerializerName | null;
  /**
   * What the template or serializer receives; for data files, `json` (a value to serialise) or
   * `text` (the file's text, ready-made). Computed each time it is read.
   */
  data: Record<string, unknown>;
  /** Ids of the articles whose change can change this page: the dependency graph. */
  sources: string[];
  /**
   * The article whose whole record and body the page shows (its page, its record file): the
   * renderer is handed that article beside `data`, which holds the rest.
   */
  article?: string;
  /** Changes whenever the page's output would change under the same templates and config. */
  fingerprint: string;
}

export interface Pagination {
  current: number;
  total: number;
  /** URL of each page, index 0 = page 1. */
  urls: string[];
  previous: string | null;
  next: string | null;
  /** The page links to show: the first, the last and two either side of the current one, with gaps. */
  window: ({ number: number; url: string } | { gap: true })[];
}

/** A term index page lists this many times more terms than a list page lists articles. */
const TERMS_PER_ARTICLE_PAGE = 10;

/** Pages 1, total and current±2; a gap stands for each run of pages left out. */
export function paginationWindow(current: number, urls: readonly string[]): Pagination['window'] {
  const shown: Pagination['window'] = [];
  let last = 0;
  urls.forEach((url, i) => {
    const number = i + 1;
    if (number !== 1 && number !== urls.length && Math.abs(number - current) > 2) return;
    if (number > last + 1) shown.push({ gap: true });
    shown.push({ number, url });
    last = number;
  });
  return shown;
}

export interface PlanOptions {
  /** Articles per list page. */
  pageSize: number;
  /** UI language, for labels. */
  language: string;
  /**
   * Write feeds and the sitemap. They need absolute URLs, so only a site whose base URL has a
   * host can have them. Default: true.
   */
  feeds?: boolean;
  /** Memory of the previous plan of the same site (watch mode). Default: none, plan from scratch. */
  cache?: PlanCache;
}

export type TaxonomyName = 'topics' | 'countries' | 'actors' | 'tags';

/** Articles in each feed: the latest dated ones (a feed entry needs a date). */
export const FEED_ITEMS = 20;
/** Each feed is written in three formats, beside the page it follows. */
export const FEED_FILES = [
  { file: 'atom.xml', serializer: 'atom', kind: 'xml' },
  { file: 'rss.xml', serializer: 'rss', kind: 'xml' },
  { file: 'feed.json', serializer: 'jsonfeed', kind: 'json' },
] as const;
/** The sitemap protocol's limit of URLs per file. */
const SITEMAP_URLS = 50_000;
/** Summaries per block of the data index that watch mode keeps joined (plan cache). */
const INDEX_BLOCK = 256;
/** Between two summaries of the data index: one a line. */
const INDEX_SEPARATOR = ',\n';
/** Topics, countries and actors shown on the home page. */
const EXPLORE_TERMS = 8;

/** What a feed file receives: the followed page, its title (null for the whole site) and the entries. */
export interface FeedData {
  title: string | null;
  /** URL of the HTML page the feed follows ("/topics/politics/"); its files are beside it. */
  page: string;
  items: ArticleSummary[];
}

export interface SitePlan {
  pages: PageSpec[];
  taxonomies: Taxonomies;
  /** Articles in site order, latest first. */
  order: string[];
}

// Summaries depend on the record only; records of unchanged articles are the same objects from
// one watch-mode rebuild to the next, so each is summarised once.
const summaryCache = new WeakMap<ListedRecord, ArticleSummary>();
function summaryOf(record: ListedRecord): ArticleSummary {
  let summary = summaryCache.get(record);
  if (!summary) summaryCache.set(record, (summary = summarize(record)));
  return summary;
}

const summaryJsonCache = new WeakMap<ListedRecord, string>();
function summaryJsonOf(record: ListedRecord): string {
  let json = summaryJsonCache.get(record);
  if (json === undefined) summaryJsonCache.set(record, (json = JSON.stringify(summaryOf(record))));
  return json;
}

/**
 * Pure: every article → every page of the site and what each page depends on. Watch mode diffs
 * two plans by fingerprint to re-render only what changed, so planning must stay cheap: page
 * data is computed lazily (only pages that are rendered need it) and fingerprints hash ids and
 * digests, never page contents.
 */
export function planSite(articles: readonly SiteArticle[], options: PlanOptions): SitePlan {
  const steps = planSiteInSteps(articles, options);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/** Articles, or terms of a taxonomy, planned between two steps of planSiteInSteps. */
const STEP_ARTICLES = 500;
const STEP_TERMS = 100;

/**
 * planSite in steps, for watch mode: it yields between parts of the work (each a few
 * milliseconds at 10,000 articles, none proportional to the site as a whole), so that a caller
 * may let the event loop run, or drop the plan when a newer change makes it moot. A plan dropped
 * half-way leaves the cache as good as before it: the next plan made with it is the same as
 * without it. Run to its end, it returns what planSite does.
 */
export function* planSiteInSteps(articles: readonly SiteArticle[], options: PlanOptions): Generator<void, SitePlan> {
  const cache = options.cache ?? new PlanCache();
  const withFeeds = options.feeds ?? true;
  cache.useFor(`${options.pageSize}\u0000${options.language}\u0000${withFeeds}`);
  // Lists kept by a plan that was dropped before its end are not this plan's.
  cache.nextLists = new Map();
  const sorted = options.cache ? cache.order.sort(articles) : [...articles].sort((a, b) => compareByDate(a.record, b.record));
  const records = sorted.map((a) => a.record);
  const byId = new Map(sorted.map((a) => [a.record.id, a]));
  // What a page's fingerprint knows of each article it lists. Cached per article, so that the
  // same article gives the very same string and comparisons with the previous plan are cheap.
  const versions = new Map(sorted.map((a) => [a.record.id, cache.version(a)]));
  const versionOf = (id: string): string => versions.get(id) ?? id;
  const summariesOf = (ids: readonly string[]): ArticleSummary[] =>
    ids.flatMap((id) => {
      const article = byId.get(id);
      return article ? [summaryOf(article.record)] : [];
    });
  yield;
  const taxonomies = options.cache ? cache.taxonomies(options.language).update(records) : buildTaxonomies(records, { language: options.language });
  const pages: PageSpec[] = [];
  yield;

  /** Atom, RSS and JSON Feed files of a list: its latest dated articles. */
  function feedPages(base: string, title: string | null, listIds: readonly string[]): void {
    if (!withFeeds) return;
    const items = listIds.slice(0, FEED_ITEMS).filter((id) => byId.get(id)?.record.date);
    const key = fingerprint(base, title ?? '', ...items.map(versionOf));
    for (const { file, serializer, kind } of FEED_FILES) {
      pages.push(page(`${base}${file}`, kind, serializer, () => ({ feed: { title, page: base, items: summariesOf(items) } satisfies FeedData }), items, fingerprint(serializer, key)));
    }
  }

  /**
   * Paginated list pages. A list whose articles (ids and versions, in order) and key are those of
   * the previous plan reuses its pages as they were: an edit re-plans only the lists it is in.
   * `extra` takes the page index; `firstPageKey` is what page 1 depends on beyond its articles.
   */
  const listPages = (base: string, ids: string[], template: TemplateName, termKey: string, extra: (index: number) => Record<string, unknown>, firstPageKey?: () => string): void => {
    // List pages show how many articles the list holds: that count is part of every page.
    const key = `${termKey}\u0000${ids.length}`;
    const listVersions = ids.map(versionOf);
    const cached = cache.lists.get(base);
    if (cached && cached.key === key && sameStrings(cached.versions, listVersions)) {
      cache.nextLists.set(base, cached);
      for (const spec of cached.pages) pages.push(spec);
      return;
    }
    const chunks = paginate(ids, options.pageSize);
    const urls = chunks.map((_, i) => (i === 0 ? base : `${base}page/${i + 1}/`));
    // Within a list that changed, a page whose articles did not change keeps its spec (an edit
    // in a 500-page list re-plans one page), unless the number of pages changed: every page
    // shows the page count.
    const reusable = cached && cached.key === key && cached.pages.length === chunks.length ? cached : undefined;
    const built: PageSpec[] = [];
    chunks.forEach((chunk, i) => {
      const start = i * options.pageSize;
      const previous = reusable?.pages[i];
      if (previous && !(i === 0 && firstPageKey) && sameRange(reusable.versions, listVersions, start, chunk.length)) {
        built.push(previous);
        return;
      }
      const pagination = (): Pagination => ({ current: i + 1, total: chunks.length, urls, previous: urls[i - 1] ?? null, next: urls[i + 1] ?? null, window: paginationWindow(i + 1, urls) });
      const url = urls[i] ?? base;
      const extraKey = i === 0 && firstPageKey ? firstPageKey() : '';
      built.push(
        page(
          url,
          'html',
          template,
          () => ({ ...extra(i), articles: summariesOf(chunk), pagination: pagination() }),
          chunk,
          fingerprint(template, key, String(chunks.length), String(i), extraKey, ...listVersions.slice(start, start + chunk.length)),
        ),
      );
    });
    cache.nextLists.set(base, { key, versions: listVersions, pages: built });
    for (const spec of built) pages.push(spec);
  };

  const ids = sorted.map((a) => a.record.id);
  // The home page's way in to the rest of the site: the largest topics, countries and actors.
  const explore = {
    topics: taxonomies.topics.slice(0, EXPLORE_TERMS).map(listed),
    countries: taxonomies.countries.slice(0, EXPLORE_TERMS).map(listed),
    actors: taxonomies.actors.slice(0, EXPLORE_TERMS).map(listed),
  };
  const exploreKey = JSON.stringify(explore);
  listPages(
    '/',
    ids,
    'home',
    '',
    (i) => (i === 0 ? { explore, feed: '/' } : { feed: '/' }),
    () => exploreKey,
  );
  feedPages('/', null, ids);
  yield;

  const related = options.cache ? cache.related.update(ids, taxonomies) : relatedArticles(ids, taxonomies);
  for (const [i, article] of sorted.entries()) {
    if (i % STEP_ARTICLES === 0) yield;
    const relatedIds = related.get(article.record.id) ?? [];
    for (const spec of cache.articlePages(article, versionOf(article.record.id), relatedIds, versionOf, () => summariesOf(relatedIds))) pages.push(spec);
  }

  // Watch mode keeps each profile and what it counted, to update it by the records a save
  // changed; a build, planned once, makes each profile when its page is rendered and keeps
  // nothing (at 10,000 articles, the tallies of thousands of actors while every page renders).
  const kept = options.cache !== undefined;
  const profileOf = <T extends ActorProfile | CountryProfile>(termKey: string, key: () => string, compute: () => T): T => (kept ? cache.profile(termKey, key(), compute) : compute());

  function* taxonomyPages(name: TaxonomyName, terms: readonly Term[]): Generator<void> {
    yield;
    // A term index lists its terms by count (actors: A–Z), paginated too: a large site has
    // thousands of actors.
    const ordered = name === 'actors' ? alphabetical(terms as readonly ActorTerm[], options.language) : terms;
    const termChunks = paginate(ordered, options.pageSize * TERMS_PER_ARTICLE_PAGE);
    const termUrls = termChunks.map((_, i) => (i === 0 ? `/${name}/` : `/${name}/page/${i + 1}/`));
    // The countries index opens with a world map of every country's coverage.
    const map = name === 'countries' ? terms.map(listed) : null;
    termChunks.forEach((chunk, i) => {
      const terms = chunk.map(listed);
      const pagination: Pagination = { current: i + 1, total: termChunks.length, urls: termUrls, previous: termUrls[i - 1] ?? null, next: termUrls[i + 1] ?? null, window: paginationWindow(i + 1, termUrls) };
      const data: Record<string, unknown> = name === 'actors' ? { taxonomy: name, groups: byTypeAndLetter(terms), pagination } : { taxonomy: name, terms, pagination, ...(i === 0 && map ? { map } : {}) };
      // The page depends on every article that carries one of its terms (page 1 of the
      // countries index on every article that names a country: its map shows them all).
      const sources = () => [...new Set((i === 0 && map ? ordered : chunk).flatMap((t) => t.articles))];
      pages.push(
        page(termUrls[i] ?? `/${name}/`, 'html', name === 'actors' ? 'actors' : 'terms', () => data, sources, fingerprint('terms', String(termChunks.length), String(i), JSON.stringify(terms), i === 0 && map ? JSON.stringify(map) : '')),
      );
    });
    for (const [i, term] of terms.entries()) {
      if (i % STEP_TERMS === STEP_TERMS - 1) yield;
      const base = `/${name}/${term.slug}/`;
      const records = (): ListedRecord[] => term.articles.flatMap((id) => byId.get(id)?.record ?? []);
      if (name === 'actors') {
        const actor = term as ActorTerm;
        // Page 1 shows the actor's profile (roles, countries, co-actors, what they said), which
        // reads every article of the actor: only that page depends on all of them, and only on
        // the parts the profile reads.
        const profileKey = () => cache.profileKey(actor.articles.map((id) => byId.get(id)?.record));
        const profile = () => (kept ? cache.actorProfiles(options.language).profile(actor.slug, records()) : actorProfile(actor.slug, records(), options));
        const data = (index: number) => ({
          taxonomy: name,
          feed: base,
          term: index === 0 ? { ...actor, ...profileOf(`actor:${actor.slug}`, profileKey, profile) } : actor,
        });
        listPages(base, term.articles, 'actor', `${term.label}\u0000${actor.type}\u0000${actor.country ?? ''}`, data, profileKey);
      } else if (name === 'countries') {
        // Page 1 shows the country's locator map, its top actors and topics and the countries
        // it appears with: like an actor's profile, read from its articles.
        const profileKey = () => cache.profileKey(term.articles.map((id) => byId.get(id)?.record));
        const code = term.slug.toUpperCase();
        const data = (index: number) => ({
          taxonomy: name,
          feed: base,
          code,
          term: index === 0 ? { ...term, ...profileOf(`country:${term.slug}`, profileKey, () => countryProfile(code, records(), options)) } : term,
        });
        listPages(base, term.articles, 'term', term.label, data, profileKey);
      } else {
        listPages(base, term.articles, 'term', term.label, () => ({ taxonomy: name, term, ...(name === 'tags' ? {} : { feed: base }) }));
      }
      if (name !== 'tags') feedPages(base, term.label, term.articles);
    }
  }
  yield* taxonomyPages('topics', taxonomies.topics);
  yield* taxonomyPages('countries', taxonomies.countries);
  yield* taxonomyPages('actors', taxonomies.actors);
  yield* taxonomyPages('tags', taxonomies.tags);
  yield;

  // The index of all records is assembled from each summary's cached JSON: re-serialising
  // thousands of summaries on every save would dominate a watch-mode rebuild. With a cache, from
  // blocks of them, each joined again only when one of its records changed.
  const indexHead = `{"schemaVersion":2,"count":${ids.length},"articles":[\n`;
  const indexTail = '\n]}\n';
  const indexText = () => {
    const body = options.cache ? cache.indexBody(records) : records.map(summaryJsonOf).join(INDEX_SEPARATOR);
    return `${indexHead}${body}${indexTail}`;
  };
  // With a cache, the same file as bytes too (`bytes`, not enumerable: only watch mode asks).
  const indexData = (): Record<string, unknown> => {
    const data: Record<string, unknown> = {};
    Object.defineProperty(data, 'text', { enumerable: true, get: indexText });
    if (options.cache) Object.defineProperty(data, 'bytes', { enumerable: false, get: () => cache.indexBytes(records, indexHead, indexTail) });
    return data;
  };
  pages.push(page('/data/index.json', 'json', null, indexData, ids, fingerprint('index', ...ids.map(versionOf))));
  pages.push(page('/search/', 'html', 'search', () => ({}), [], 'search'));
  pages.push(page('/404.html', 'html', '404', () => ({}), [], '404'));

  // The sitemap lists every HTML page but the 404 page; it changes when pages come or go.
  const urls = pages.filter((p) => p.kind === 'html' && p.template !== '404').map((p) => p.url);
  const sitemaps = withFeeds ? paginate(urls, SITEMAP_URLS) : [];
  if (sitemaps.length === 1) pages.push(page('/sitemap.xml', 'xml', 'sitemap', () => ({ urls }), [], cache.fingerprint('sitemap', urls)));
  else if (sitemaps.length > 1) {
    const files = sitemaps.map((_, i) => `/sitemap-${i + 1}.xml`);
    pages.push(page('/sitemap.xml', 'xml', 'sitemap', () => ({ sitemaps: files }), [], fingerprint('sitemap-index', ...files)));
    sitemaps.forEach((chunk, i) => {
      pages.push(page(files[i] ?? '', 'xml', 'sitemap', () => ({ urls: chunk }), [], fingerprint('sitemap', ...chunk)));
    });
  }
  pages.push(page('/robots.txt', 'text', 'robots', () => ({}), [], 'robots'));

  cache.commit();
  return { pages, taxonomies, order: ids };
}

/**
 * One article's pages as planSite plans them when `relatedIds` are its related articles and
 * `articleOf` gives the site's articles by id. Watch mode writes a saved article's page from the
 * related articles of the last plan before planning the site again, and keeps it only when the
 * new plan gives the page the same fingerprint: made through the same cache, the two are then the
 * very same specs.
 */
export function planArticlePages(article: SiteArticle, relatedIds: readonly string[], articleOf: (id: string) => SiteArticle | undefined, cache: PlanCache): PageSpec[] {
  const versionOf = (id: string): string => {
    const found = articleOf(id);
    return found ? cache.version(found) : id;
  };
  const summaries = (): ArticleSummary[] =>
    relatedIds.flatMap((id) => {
      const found = articleOf(id);
      return found ? [summaryOf(found.record)] : [];
    });
  return cache.articlePages(article, versionOf(article.record.id), relatedIds, versionOf, summaries);
}

/**
 * Memory of earlier plans, so that watch mode re-plans only what an edit touches. Pass the same
 * cache to successive planSite calls of one site; a plan made with or without it is the same.
 */
export class PlanCache {
  /** List pages of the last plan, by base URL. */
  lists = new Map<string, CachedList>();
  /** List pages of the plan being made: lists that are gone are dropped at commit. */
  nextLists = new Map<string, CachedList>();
  readonly #versions = new WeakMap<SiteArticle['record'], { digest: string; version: string }>();
  readonly #articlePages = new WeakMap<SiteArticle['record'], { version: string; originalUrl: string | null; relatedVersions: string[]; pages: PageSpec[] }>();

  /** The site order of the last plan, updated by the records that changed. */
  readonly order = new SiteOrder<SiteArticle>((article) => article.record);

  /** Related articles of the last plan, re-scored only where memberships changed. */
  readonly related = new RelatedIndex();

  #options = '';
  #taxonomies: TaxonomyIndex | null = null;
  #taxonomyLanguage = '';

  #actorProfiles: ActorProfileIndex | null = null;
  #actorProfilesLanguage = '';

  /** Actor profiles, kept up to date record by record. */
  actorProfiles(language: string): ActorProfileIndex {
    if (!this.#actorProfiles || this.#actorProfilesLanguage !== language) this.#actorProfiles = new ActorProfileIndex({ language });
    this.#actorProfilesLanguage = language;
    return this.#actorProfiles;
  }

  /** The site's taxonomies, kept up to date record by record. */
  taxonomies(language: string): TaxonomyIndex {
    if (!this.#taxonomies || this.#taxonomyLanguage !== language) this.#taxonomies = new TaxonomyIndex({ language });
    this.#taxonomyLanguage = language;
    return this.#taxonomies;
  }

  /** Forgets every list when the options that shape lists (page size, language) change. */
  useFor(options: string): void {
    if (options !== this.#options) this.lists = new Map();
    this.#options = options;
  }

  version(article: SiteArticle): string {
    const cached = this.#versions.get(article.record);
    if (cached && cached.digest === article.digest) return cached.version;
    const version = `${article.record.id}:${article.digest}:${article.record.source.path}`;
    this.#versions.set(article.record, { digest: article.digest, version });
    return version;
  }

  /**
   * An article's page and record file; the page also shows its related articles, so it is made
   * again when their versions change. Comparing them one by one with the last plan's, rather than
   * joining them into a key, makes no garbage for the thousands of articles a save leaves alone.
   */
  articlePages(article: SiteArticle, version: string, relatedIds: readonly string[], versionOf: (id: string) => string, related: () => ArticleSummary[]): PageSpec[] {
    const { record } = article;
    const originalUrl = article.originalUrl ?? null;
    const cached = this.#articlePages.get(record);
    // The version holds the file's digest, and the body HTML is made from the file alone.
    if (cached && cached.version === version && cached.originalUrl === originalUrl && sameVersions(cached.relatedVersions, relatedIds, versionOf)) return cached.pages;
    const relatedVersions = relatedIds.map(versionOf);
    const pages = [
      page(`/articles/${record.id}/`, 'html', 'article', () => ({ originalUrl, related: related() }), [record.id, ...relatedIds], fingerprint('article', version, originalUrl ?? '', relatedVersions.join('\u0000')), record.id),
      page(`/data/articles/${record.id}.json`, 'json', null, () => ({}), [record.id], `json\u0000${version}`, record.id),
    ];
    this.#articlePages.set(record, { version, originalUrl, relatedVersions, pages });
    return pages;
  }

  readonly #profileKeys = new WeakMap<ListedRecord, [number, number]>();
  readonly #profiles = new Map<string, { key: string; profile: ActorProfile | CountryProfile }>();

  /**
   * What a profile (actor or country) reads of these records, as one key: their actors,
   * countries, topics, attributions and the headline and date its statements show. Sums of two
   * 32-bit hashes of each record's part, cached per record, so the key costs one addition per
   * article instead of re-hashing them all (statements are listed in site order, which the
   * article list of the same page already fixes).
   */
  profileKey(records: readonly (ListedRecord | undefined)[]): string {
    let a = 0;
    let b = 0;
    let n = 0;
    for (const record of records) {
      if (!record) continue;
      let key = this.#profileKeys.get(record);
      if (key === undefined) {
        const text = JSON.stringify([
          record.headline,
          record.date,
          record.language,
          record.actors.map((x) => [x.id, x.name, x.roles, x.type]),
          record.countries.map((c) => c.code),
          record.topics.map((t) => t.id),
          // Only what the profile shows, so that a whole record and its listing give one key.
          record.attributions.filter(isListedAttribution).map((a) => [a.actor, a.claim, a.quote, a.confidence, a.source]),
        ]);
        const digest = createHash('sha1').update(text).digest();
        key = [digest.readUInt32LE(0), digest.readUInt32LE(4)];
        this.#profileKeys.set(record, key);
      }
      a = (a + key[0]) >>> 0;
      b = (b + key[1]) >>> 0;
      n++;
    }
    return `${n}:${a.toString(36)}:${b.toString(36)}`;
  }

  /** A term's profile, recomputed only when what it reads changed. */
  profile<T extends ActorProfile | CountryProfile>(termKey: string, key: string, compute: () => T): T {
    const cached = this.#profiles.get(termKey);
    if (cached && cached.key === key) return cached.profile as T;
    const profile = compute();
    this.#profiles.set(termKey, { key, profile });
    return profile;
  }

  /** The data index's summaries in blocks of INDEX_BLOCK records, as the last index was made of them (their UTF-8 once asked for). */
  #indexBlocks: { records: ListedRecord[]; text: string; bytes?: Buffer }[] = [];

  /**
   * The blocks of the summaries of `records` (in site order) as the data index lists them, one
   * per line. An edit that keeps the order changes one block: the others are the last index's.
   */
  #blocksOf(records: readonly ListedRecord[]): { records: ListedRecord[]; text: string; bytes?: Buffer }[] {
    const blocks: { records: ListedRecord[]; text: string; bytes?: Buffer }[] = [];
    for (let start = 0; start < records.length; start += INDEX_BLOCK) {
      const block = records.slice(start, start + INDEX_BLOCK);
      const last = this.#indexBlocks[blocks.length];
      blocks.push(last && sameItems(last.records, block) ? last : { records: block, text: block.map(summaryJsonOf).join(INDEX_SEPARATOR) });
    }
    this.#indexBlocks = blocks;
    return blocks;
  }

  /** The data index's list of summaries: the megabytes of a large site's are joined from a few dozen blocks, not thousands of lines. */
  indexBody(records: readonly ListedRecord[]): string {
    return this.#blocksOf(records)
      .map((block) => block.text)
      .join(INDEX_SEPARATOR);
  }

  /**
   * The whole data index file as UTF-8, `head` + the summaries + `tail`, from each block's bytes
   * kept from the last save: watch mode writes it on every save, and encoding the megabytes of
   * its text again each time cost more than making it.
   */
  indexBytes(records: readonly ListedRecord[], head: string, tail: string): Buffer {
    const parts: Buffer[] = [Buffer.from(head)];
    const separator = Buffer.from(INDEX_SEPARATOR);
    this.#blocksOf(records).forEach((block, i) => {
      if (i > 0) parts.push(separator);
      block.bytes ??= Buffer.from(block.text);
      parts.push(block.bytes);
    });
    parts.push(Buffer.from(tail));
    return Buffer.concat(parts);
  }

  readonly #fingerprints = new Map<string, { parts: string[]; fingerprint: string }>();

  /**
   * `fingerprint(name, ...parts)`, kept while the parts stay the same: the sitemap's lists every
   * page of the site, and an edit rarely adds or removes one.
   */
  fingerprint(name: string, parts: string[]): string {
    const cached = this.#fingerprints.get(name);
    if (cached && sameStrings(cached.parts, parts)) return cached.fingerprint;
    const made = fingerprint(name, ...parts);
    this.#fingerprints.set(name, { parts, fingerprint: made });
    return made;
  }

  commit(): void {
    this.lists = this.nextLists;
    this.nextLists = new Map();
  }
}

interface CachedList {
  key: string;
  versions: string[];
  pages: PageSpec[];
}

/**
 * A page whose data is computed when read, not kept: a plan lives as long as the dev server, and
 * keeping the data of every page rendered would hold the whole site in memory twice.
 */
function page(url: string, kind: PageSpec['kind'], template: PageSpec['template'], data: () => Record<string, unknown>, sources: string[] | (() => string[]), fingerprint: string, article?: string): PageSpec {
  const spec = { url, output: outputOf(url), kind, template, fingerprint, ...(article === undefined ? {} : { article }) } as PageSpec;
  Object.defineProperty(spec, 'data', { enumerable: true, get: data });
  // Sources given as a function are the long ones (a term index's every article): worked out
  // only when asked, since planning runs on every watch-mode save and nothing but tools asks.
  if (typeof sources === 'function') Object.defineProperty(spec, 'sources', { enumerable: true, get: sources });
  else spec.sources = sources;
  return spec;
}

/** The pages an article's change touches: its own pages and every page that lists it. */
export function pagesTouchedBy(plan: SitePlan, articleId: string): PageSpec[] {
  return plan.pages.filter((page) => page.sources.includes(articleId));
}

export function outputOf(url: string): string {
  return url.endsWith('/') ? `${url.slice(1)}index.html` : url.slice(1);
}

/** What a term index shows of a term. */
function listed(term: Term): { slug: string; label: string; count: number; type?: ActorTerm['type'] } {
  return { slug: term.slug, label: term.label, count: term.articles.length, ...('type' in term ? { type: (term as ActorTerm).type } : {}) };
}

/** Actors A–Z in the site's language, people first, then organisations. */
function alphabetical(terms: readonly ActorTerm[], language: string): ActorTerm[] {
  const collator = new Intl.Collator(language, { sensitivity: 'base', numeric: true });
  return [...terms].sort((a, b) => (a.type === b.type ? 0 : a.type === 'person' ? -1 : 1) || collator.compare(a.label, b.label) || (a.slug < b.slug ? -1 : 1));
}

/** Listed actors (already A–Z, people first) grouped by type, then by initial. */
function byTypeAndLetter(terms: ReturnType<typeof listed>[]): { type: string; letters: { letter: string; terms: ReturnType<typeof listed>[] }[] }[] {
  const groups: { type: string; letters: { letter: string; terms: ReturnType<typeof listed>[] }[] }[] = [];
  for (const term of terms) {
    const type = term.type ?? 'person';
    let group = groups.at(-1);
    if (!group || group.type !== type) groups.push((group = { type, letters: [] }));
    const letter = initial(term.label);
    let bucket = group.letters.at(-1);
    if (!bucket || bucket.letter !== letter) group.letters.push((bucket = { letter, terms: [] }));
    bucket.terms.push(term);
  }
  return groups;
}

/** "Élodie" → "E"; "#" for a name that does not start with a Latin letter. */
function initial(label: string): string {
  const first = label.normalize('NFKD').replace(/\p{M}/gu, '').charAt(0).toUpperCase();
  return /[A-Z]/.test(first) ? first : '#';
}

function paginate<T>(items: readonly T[], size: number): T[][] {
  if (items.length === 0) return [[]];
  const chunks: T[][] = [];
  for (let i = 0; i < items.length; i += size) chunks.push(items.slice(i, i + size));
  return chunks;
}

/** Whether `ids`' versions are `versions`, in order. */
function sameVersions(versions: readonly string[], ids: readonly string[], versionOf: (id: string) => string): boolean {
  if (versions.length !== ids.length) return false;
  for (let i = 0; i < ids.length; i++) if (versionOf(ids[i] as string) !== versions[i]) return false;
  return true;
}

function fingerprint(...parts: string[]): string {
  return createHash('sha1').update(parts.join('\u0000')).digest('base64url');
}
