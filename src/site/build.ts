import type { SiteConfig } from '../config/config.ts';
import { hasErrors, sortDiagnostics, type Diagnostic } from '../diagnostics/diagnostic.ts';
import { planSite, type PageSpec, type SitePlan } from '../index/plan.ts';
import { scanArticleFiles } from '../read/find.ts';
import { createRenderer, TemplateError, type Renderer } from '../render/engine.ts';
import { assetDirs } from '../render/theme.ts';
import { assertSafeOutDir, writeSiteAtomically, type OutputFile } from '../write/site.ts';
import { collectArticles, loadArticles } from '../article/load.ts';

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
    ...(bodyEnd ? { bodyEnd } : {}),
  });
}

/** Renders pages lazily, so a large site is never held in memory twice. */
export function* renderPages(pages: readonly PageSpec[], renderer: Renderer): Generator<OutputFile> {
  for (const page of pages) yield { path: page.output, content: renderer.render(page) };
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
  const plan = await time('plan', () => planSite(articles, { pageSize: config.pageSize, language: config.language }));
  const counts: Record<string, number> = {};
  for (const page of plan.pages) counts[page.kind] = (counts[page.kind] ?? 0) + 1;

  try {
    const renderer = rendererFor(config);
    await time('render+write', () => writeSiteAtomically(config.outDir, renderPages(plan.pages, renderer), { assetsDirs: assetDirs(config.templatesDir) }));
  } catch (error) {
    if (error instanceof TemplateError) {
      return { written: false, articles: articles.length, pages: 0, counts, diagnostics: sortDiagnostics([...diagnostics, error.diagnostic]), timings, plan };
    }
    throw error;
  }
  return { written: true, articles: articles.length, pages: plan.pages.length, counts, diagnostics: sortDiagnostics(diagnostics), timings, plan };
}

export { hasErrors };
