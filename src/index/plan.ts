import { createHash } from 'node:crypto';
import type { ArticleRecord } from '../record/types.ts';
import { compareByDate, summarize, type ArticleSummary } from './summary.ts';
import { buildTaxonomies, type ActorTerm, type Taxonomies, type Term } from './taxonomies.ts';

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
}

export type TaxonomyName = 'topics' | 'countries' | 'actors';

export interface SitePlan {
  pages: PageSpec[];
  taxonomies: Taxonomies;
  /** Articles in site order, latest first. */
  order: string[];
}

/**
 * Pure: every article → every page of the site and what each page depends on. Watch mode diffs
 * two plans by fingerprint to re-render only what changed.
 */
export function planSite(articles: readonly SiteArticle[], options: PlanOptions): SitePlan {
  const sorted = [...articles].sort((a, b) => compareByDate(a.record, b.record));
  const records = sorted.map((a) => a.record);
  const byId = new Map(sorted.map((a) => [a.record.id, a]));
  const summaries = new Map<string, ArticleSummary>(sorted.map((a) => [a.record.id, summarize(a.record)]));
  const digestOf = (id: string): string => byId.get(id)?.digest ?? '';
  const taxonomies = buildTaxonomies(records, { language: options.language });
  const pages: PageSpec[] = [];

  const listPages = (base: string, ids: string[], template: TemplateName, extra: Record<string, unknown>, extraKey: string): void => {
    const chunks = paginate(ids, options.pageSize);
    const urls = chunks.map((_, i) => (i === 0 ? base : `${base}page/${i + 1}/`));
    chunks.forEach((chunk, i) => {
      const pagination: Pagination = { current: i + 1, total: chunks.length, urls, previous: urls[i - 1] ?? null, next: urls[i + 1] ?? null };
      const url = urls[i] ?? base;
      pages.push({
        url,
        output: outputOf(url),
        kind: 'html',
        template,
        data: { ...extra, articles: chunk.map((id) => summaries.get(id)), pagination },
        sources: chunk,
        fingerprint: fingerprint(template, url, extraKey, String(chunks.length), ...chunk.map((id) => `${id}:${digestOf(id)}`)),
      });
    });
  };

  listPages('/', sorted.map((a) => a.record.id), 'home', {}, '');

  for (const article of sorted) {
    const { record } = article;
    const url = `/articles/${record.id}/`;
    pages.push({ url, output: outputOf(url), kind: 'html', template: 'article', data: { record, html: article.html }, sources: [record.id], fingerprint: fingerprint('article', url, article.digest) });
    const json = `/data/articles/${record.id}.json`;
    pages.push({ url: json, output: json.slice(1), kind: 'json', template: null, data: { json: record }, sources: [record.id], fingerprint: fingerprint('json', json, article.digest) });
  }

  const taxonomyPages = (name: TaxonomyName, terms: readonly Term[], termKey: (term: Term) => string): void => {
    const url = `/${name}/`;
    const listed = terms.map((t) => ({ slug: t.slug, label: t.label, count: t.articles.length, ...('type' in t ? { type: (t as ActorTerm).type } : {}) }));
    pages.push({
      url, output: outputOf(url), kind: 'html', template: 'terms',
      data: { taxonomy: name, terms: listed },
      sources: terms.flatMap((t) => t.articles),
      fingerprint: fingerprint('terms', url, JSON.stringify(listed)),
    });
    for (const term of terms) {
      const template: TemplateName = name === 'actors' ? 'actor' : 'term';
      listPages(`/${name}/${term.slug}/`, term.articles, template, { taxonomy: name, term }, termKey(term));
    }
  };
  taxonomyPages('topics', taxonomies.topics, (t) => t.label);
  taxonomyPages('countries', taxonomies.countries, (t) => t.label);
  taxonomyPages('actors', taxonomies.actors, (t) => JSON.stringify(t));

  const index = sorted.map((a) => summaries.get(a.record.id));
  pages.push({
    url: '/data/index.json', output: 'data/index.json', kind: 'json', template: null,
    data: { json: { schemaVersion: 1, count: index.length, articles: index } },
    sources: sorted.map((a) => a.record.id),
    fingerprint: fingerprint('json', '/data/index.json', ...sorted.map((a) => `${a.record.id}:${a.digest}`)),
  });
  pages.push({ url: '/404.html', output: '404.html', kind: 'html', template: '404', data: {}, sources: [], fingerprint: fingerprint('404') });

  return { pages, taxonomies, order: sorted.map((a) => a.record.id) };
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
