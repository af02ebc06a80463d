import { join } from 'node:path';
import { collectArticles, loadArticles } from '../article/load.ts';
import type { SiteConfig } from '../config/config.ts';
import { type Diagnostic, diagnostic, hasErrors, sortDiagnostics } from '../diagnostics/diagnostic.ts';
import type { FullArticle, SiteArticle } from '../index/plan.ts';
import { type PageSpec, planSite, type SitePlan } from '../index/plan.ts';
import { scanArticleFiles } from '../read/find.ts';
import { createRenderer, hasHostName, type Renderer, TemplateError } from '../render/engine.ts';
import { assetDirs } from '../render/theme.ts';
import { buildSearchIndex, SEARCH_DIR, searchRecords } from '../search/index.ts';
import { assertSafeOutDir, type OutputFile, writeSiteAtomically } from '../write/site.ts';

export interface BuildResult {
  /** Whether the site was written (false when templates failed: the previous site stays). */
  written: boolean;
  articles: number;
  pages: number;
  /** Output files by kind: html and json pages. */
  counts: Record<string, number>;
  diagnostics: Diagnostic[];
  /** Milliseconds per stage. */
  timings: Record<string, number>;
  plan: SitePlan | null;
}

export function rendererFor(config: SiteConfig, bodyEnd?: string): Renderer {
  return createRenderer({
    templatesDir: config.templatesDir,
    baseUrl: config.baseUrl,
    language: config.language,
    site: { title: config.title, description: config.description },
    minConfidence: config.factbox.minConfidence,
    ...(bodyEnd ? { bodyEnd } : {}),
  });
}

/** How a configuration shapes the plan: feeds and the sitemap need a base URL with a host. */
export function planOptions(config: SiteConfig): { pageSize: number; language: string; feeds: boolean } {
  return { pageSize: config.pageSize, language: config.language, feeds: hasHostName(config.baseUrl) };
}

/** Renders pages lazily, so a large site is never held in memory twice; `fullOf` gives the whole article a page shows. */
export function* renderPages(pages: readonly PageSpec[], renderer: Renderer, fullOf: (id: string) => FullArticle | undefined): Generator<OutputFile> {
  for (const page of pages) yield { path: page.output, content: renderer.render(page, page.article === undefined ? undefined : fullOf(page.article)) };
}

/** The whole articles of articles held whole, by id. */
export function fullOf(articles: readonly SiteArticle[]): (id: string) => FullArticle | undefined {
  const byId = new Map(articles.map((a) => [a.record.id, a.full]));
  return (id) => byId.get(id);
}

/**
 * The search index's files; a Pagefind failure (its binary missing for this platform, say) is
 * reported and the site is written without search rather than not at all.
 */
export async function searchIndexFiles(config: SiteConfig, articles: readonly SiteArticle[]): Promise<{ files: OutputFile[]; problem: Diagnostic | null }> {
  const options = { language: config.language, minConfidence: config.factbox.minConfidence };
  try {
    return { files: await buildSearchIndex(searchRecords(articles, options), options), problem: null };
  } catch (error) {
    const reason = (error instanceof Error ? error.message : String(error)).split('\n')[0];
    return { files: [], problem: diagnostic(join(config.outDir, SEARCH_DIR), 1, 1, 'warning', 'search-index', `Search index not built: ${reason}. The site is written without search`) };
  }
}

async function* withSearch(pages: Iterable<OutputFile>, search: Promise<{ files: OutputFile[] }>): AsyncGenerator<OutputFile> {
  yield* pages;
  yield* (await search).files;
}

export interface BuildOptions {
  /** Threads that read, parse and extract articles. Default: one per core from WORKER_THRESHOLD articles on, else 1. */
  workers?: number;
  /** Called as each stage ends, with its milliseconds (`--timings` prints them as they come). Default: none. */
  onStage?: (stage: string, ms: number) => void;
}

/** The whole build: find → read/parse/extract → plan → render → write (atomically). */
export async function buildSite(config: SiteConfig, options: BuildOptions = {}): Promise<BuildResult> {
  const timings: Record<string, number> = {};
  const time = async <T>(stage: string, run: () => Promise<T> | T): Promise<T> => {
    const start = performance.now();
    try {
      return await run();
    } finally {
      timings[stage] = Math.round((performance.now() - start) * 10) / 10;
      options.onStage?.(stage, timings[stage]);
    }
  };
  assertSafeOutDir(config.outDir, [config.articlesDir, config.templatesDir, process.cwd()]);

  const { paths, problems } = await time('find', () => scanArticleFiles(config.articlesDir));
  const loaded = await time('read+parse+extract', () => loadArticles(config.articlesDir, paths, { maxBytes: config.maxArticleBytes, ...(options.workers === undefined ? {} : { workers: options.workers }) }));
  const collected = collectArticles(loaded, { drafts: config.drafts });
  const { articles } = collected;
  const diagnostics = [...problems, ...collected.diagnostics];
  const plan = await time('plan', () => planSite(articles, planOptions(config)));
  const counts: Record<string, number> = {};
  for (const page of plan.pages) counts[page.kind] = (counts[page.kind] ?? 0) + 1;

  // The search index is made by Pagefind's own process while this one renders: its files join
  // the site at the end of the same atomic write.
  const search = time('search', () => searchIndexFiles(config, articles));
  try {
    const renderer = rendererFor(config);
    await time('render+write', () => writeSiteAtomically(config.outDir, withSearch(renderPages(plan.pages, renderer, fullOf(articles)), search), { assetsDirs: assetDirs(config.templatesDir) }));
  } catch (error) {
    await search;
    if (error instanceof TemplateError) {
      return { written: false, articles: articles.length, pages: 0, counts, diagnostics: sortDiagnostics([...diagnostics, error.diagnostic]), timings, plan };
    }
    throw error;
  }
  const { files, problem } = await search;
  if (files.length > 0) counts.search = files.length;
  return { written: true, articles: articles.length, pages: plan.pages.length, counts, diagnostics: sortDiagnostics(problem ? [...diagnostics, problem] : diagnostics), timings, plan };
}

export { hasErrors };
