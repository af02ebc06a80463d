import { createHash } from 'node:crypto';
import type { ArticleRecord } from '../record/types.ts';
import { compareByDate, summarize, type ArticleSummary } from './summary.ts';
import { actorProfile, buildTaxonomies, type ActorTerm, type Taxonomies, type Term } from './taxonomies.ts';

/** An article as the site sees it: its record, its body HTML and the digest of its file. */
export interface SiteArticle {
  record: ArticleRecord;
  html: string;
  digest: string;
}

export type TemplateName = 'home' | 'article' | 'terms' | 'term' | 'actor' | '404';

/** One output file of the site, before rendering. */
export interface PageSpec {
  /** Site-relative URL ("/topics/politics/page/2/"); JSON files end with ".json". */
  url: string;
  /** Output path relative to the output folder ("topics/politics/page/2/index.html"). */
  output: string;
  kind: 'html' | 'json';
  template: TemplateName | null;
  /** What the template (or JSON writer) receives. */
  data: Record<string, unknown>;
  /** Ids of the articles whose change can change this page: the dependency graph. */
  sources: string[];
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
}

export interface PlanOptions {
  /** Articles per list page. */
  pageSize: number;
  /** UI language, for labels. */
  language: string;
  /** Memory of the previous plan of the same site (watch mode). Default: none, plan from scratch. */
  cache?: PlanCache;
}

export type TaxonomyName = 'topics' | 'countries' | 'actors';

export interface SitePlan {
  pages: PageSpec[];
  taxonomies: Taxonomies;
  /** Articles in site order, latest first. */
  order: string[];
}

// Summaries depend on the record only; records of unchanged articles are the same objects from
// one watch-mode rebuild to the next, so each is summarised once.
const summaryCache = new WeakMap<ArticleRecord, ArticleSummary>();
function summaryOf(record: ArticleRecord): ArticleSummary {
  let summary = summaryCache.get(record);
  if (!summary) summaryCache.set(record, (summary = summarize(record)));
  return summary;
}

/**
 * Pure: every article → every page of the site and what each page depends on. Watch mode diffs
 * two plans by fingerprint to re-render only what changed, so planning must stay cheap: page
 * data is computed lazily (only pages that are rendered need it) and fingerprints hash ids and
 * digests, never page contents.
 */
export function planSite(articles: readonly SiteArticle[], options: PlanOptions): SitePlan {
  const cache = options.cache ?? new PlanCache();
  cache.useFor(`${options.pageSize}\u0000${options.language}`);
  const sorted = [...articles].sort((a, b) => compareByDate(a.record, b.record));
  const records = sorted.map((a) => a.record);
  const byId = new Map(sorted.map((a) => [a.record.id, a]));
  // What a page's fingerprint knows of each article it lists. Cached per article, so that the
  // same article gives the very same string and comparisons with the previous plan are cheap.
  const versions = new Map(sorted.map((a) => [a.record.id, cache.version(a)]));
  const versionOf = (id: string): string => versions.get(id) ?? id;
  const summariesOf = (ids: readonly string[]): ArticleSummary[] => ids.flatMap((id) => {
    const article = byId.get(id);
    return article ? [summaryOf(article.record)] : [];
  });
  const taxonomies = buildTaxonomies(records, { language: options.language });
  const pages: PageSpec[] = [];

  /**
   * Paginated list pages. A list whose articles (ids and versions, in order) and key are those of
   * the previous plan reuses its pages as they were: an edit re-plans only the lists it is in.
   * `extra` takes the page index, and `profile` marks page 1 as depending on every article.
   */
  const listPages = (base: string, ids: string[], template: TemplateName, key: string, extra: (index: number) => Record<string, unknown>, profile = false): void => {
    const listVersions = ids.map(versionOf);
    const cached = cache.lists.get(base);
    if (cached && cached.key === key && sameStrings(cached.versions, listVersions)) {
      cache.nextLists.set(base, cached);
      for (const spec of cached.pages) pages.push(spec);
      return;
    }
    const chunks = paginate(ids, options.pageSize);
    const urls = chunks.map((_, i) => (i === 0 ? base : `${base}page/${i + 1}/`));
    const listPagesBuilt: PageSpec[] = [];
    chunks.forEach((chunk, i) => {
      const pagination: Pagination = { current: i + 1, total: chunks.length, urls, previous: urls[i - 1] ?? null, next: urls[i + 1] ?? null };
      const url = urls[i] ?? base;
      const dependsOn = profile && i === 0 ? listVersions : chunk.map(versionOf);
      listPagesBuilt.push(page(url, 'html', template, () => ({ ...extra(i), articles: summariesOf(chunk), pagination }), chunk,
        fingerprint(template, key, String(chunks.length), String(i), ...dependsOn)));
    });
    cache.nextLists.set(base, { key, versions: listVersions, pages: listPagesBuilt });
    for (const spec of listPagesBuilt) pages.push(spec);
  };

  listPages('/', sorted.map((a) => a.record.id), 'home', '', () => ({}));

  for (const article of sorted) pages.push(...cache.articlePages(article, versionOf(article.record.id)));

  const taxonomyPages = (name: TaxonomyName, terms: readonly Term[]): void => {
    const listed = terms.map((t) => ({ slug: t.slug, label: t.label, count: t.articles.length, ...('type' in t ? { type: (t as ActorTerm).type } : {}) }));
    pages.push(page(`/${name}/`, 'html', 'terms', () => ({ taxonomy: name, terms: listed }), terms.flatMap((t) => t.articles), fingerprint('terms', JSON.stringify(listed))));
    for (const term of terms) {
      if (name === 'actors') {
        const actor = term as ActorTerm;
        // Page 1 shows the actor's profile (roles, countries, co-actors), which reads every
        // article of the actor: only that page depends on all of them. Later pages list articles.
        const data = (index: number) => ({
          taxonomy: name,
          term: index === 0 ? { ...actor, ...actorProfile(actor.slug, actor.articles.flatMap((id) => byId.get(id)?.record ?? []), options) } : actor,
        });
        listPages(`/actors/${term.slug}/`, term.articles, 'actor', `${term.label}\u0000${actor.type}\u0000${actor.country ?? ''}`, data, true);
      } else {
        listPages(`/${name}/${term.slug}/`, term.articles, 'term', term.label, () => ({ taxonomy: name, term }));
      }
    }
  };
  taxonomyPages('topics', taxonomies.topics);
  taxonomyPages('countries', taxonomies.countries);
  taxonomyPages('actors', taxonomies.actors);

  const ids = sorted.map((a) => a.record.id);
  pages.push(page('/data/index.json', 'json', null, () => ({ json: { schemaVersion: 1, count: ids.length, articles: summariesOf(ids) } }), ids, fingerprint('index', ...ids.map(versionOf))));
  pages.push(page('/404.html', 'html', '404', () => ({}), [], '404'));

  cache.commit();
  return { pages, taxonomies, order: ids };
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
  readonly #articlePages = new WeakMap<SiteArticle['record'], { version: string; html: string; pages: PageSpec[] }>();

  #options = '';

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

  articlePages(article: SiteArticle, version: string): PageSpec[] {
    const { record, html } = article;
    const cached = this.#articlePages.get(record);
    if (cached && cached.version === version && cached.html === html) return cached.pages;
    const pages = [
      page(`/articles/${record.id}/`, 'html', 'article', () => ({ record, html }), [record.id], `article\u0000${version}`),
      page(`/data/articles/${record.id}.json`, 'json', null, () => ({ json: record }), [record.id], `json\u0000${version}`),
    ];
    this.#articlePages.set(record, { version, html, pages });
    return pages;
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

function sameStrings(a: readonly string[], b: readonly string[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/** A page whose data is computed on first use and kept. */
function page(url: string, kind: PageSpec['kind'], template: TemplateName | null, data: () => Record<string, unknown>, sources: string[], fingerprint: string): PageSpec {
  const spec = { url, output: outputOf(url), kind, template, sources, fingerprint } as PageSpec;
  Object.defineProperty(spec, 'data', {
    enumerable: true,
    configurable: true,
    get(this: PageSpec) {
      const value = data();
      Object.defineProperty(this, 'data', { value, enumerable: true });
      return value;
    },
  });
  return spec;
}

/** The pages an article's change touches: its own pages and every page that lists it. */
export function pagesTouchedBy(plan: SitePlan, articleId: string): PageSpec[] {
  return plan.pages.filter((page) => page.sources.includes(articleId));
}

export function outputOf(url: string): string {
  return url.endsWith('/') ? `${url.slice(1)}index.html` : url.slice(1);
}

function paginate<T>(items: readonly T[], size: number): T[][] {
  if (items.length === 0) return [[]];
  const chunks: T[][] = [];
  for (let i = 0; i < items.length; i += size) chunks.push(items.slice(i, i + size));
  return chunks;
}

function fingerprint(...parts: string[]): string {
  return createHash('sha1').update(parts.join('\u0000')).digest('base64url');
}
