import { readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { diagnostic, type Diagnostic } from '../diagnostics/diagnostic.ts';
import type { SiteArticle } from '../index/plan.ts';
import { availableParallelism } from 'node:os';
import { processArticle, type ProcessResult } from './process.ts';

/** One article file's latest result, keyed by its path relative to the articles folder. */
export interface LoadedArticle {
  path: string;
  displayPath: string;
  result: ProcessResult;
}

/** Path as the user knows it, relative to the working folder ("articles/2026/x.md"). */
export function displayPathOf(articlesDir: string, path: string): string {
  return relative(process.cwd(), join(articlesDir, path)) || path;
}

/** Reads and processes one file; an unreadable file becomes a diagnostic, never an exception. */
export async function loadArticle(articlesDir: string, path: string): Promise<LoadedArticle> {
  const displayPath = displayPathOf(articlesDir, path);
  let bytes: Uint8Array;
  try {
    bytes = await readFile(join(articlesDir, path));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? 'error';
    return { path, displayPath, result: { article: null, diagnostics: [diagnostic(displayPath, 1, 1, 'error', 'unreadable-file', `File could not be read (${code}). Check its permissions`)] } };
  }
  return loadArticleBytes(articlesDir, path, bytes);
}

/** Processes bytes already read from `path` (watch mode reads them to compare digests first). */
export function loadArticleBytes(articlesDir: string, path: string, bytes: Uint8Array): LoadedArticle {
  const displayPath = displayPathOf(articlesDir, path);
  try {
    return { path, displayPath, result: processArticle(bytes, path, displayPath) };
  } catch (error) {
    // A bug in a stage must not take the whole build down: report it against the file.
    const reason = error instanceof Error ? error.message : String(error);
    return { path, displayPath, result: { article: null, diagnostics: [diagnostic(displayPath, 1, 1, 'error', 'internal-error', `newsdigest failed on this file: ${reason}. Please report it`)] } };
  }
}

/** Below this many files, starting workers (≈300 ms each to load the pipeline) costs more than it saves. */
export const WORKER_THRESHOLD = 400;

export interface LoadOptions {
  /** Worker threads to use; 0 or 1 processes in this thread. Default: one per core for large sites. */
  workers?: number;
}

export async function loadArticles(articlesDir: string, paths: readonly string[], options: LoadOptions = {}): Promise<LoadedArticle[]> {
  const workers = options.workers ?? (paths.length >= WORKER_THRESHOLD ? availableParallelism() : 1);
  if (workers > 1) {
    // The pool (tinypool and its threads) loads only for sites large enough to use it.
    const { loadArticlesInWorkers } = await import('./pool.ts');
    return loadArticlesInWorkers(articlesDir, paths, workers);
  }
  const loaded: LoadedArticle[] = [];
  // Reads overlap with processing of the previous file; processing itself is synchronous CPU work.
  let next = paths[0] !== undefined ? loadArticle(articlesDir, paths[0]) : null;
  for (let i = 0; i < paths.length && next; i++) {
    const current = await next;
    const following = paths[i + 1];
    next = following !== undefined ? loadArticle(articlesDir, following) : null;
    loaded.push(current);
  }
  return loaded;
}

export interface CollectOptions {
  /** Include `draft: true` articles. */
  drafts: boolean;
}

/**
 * Pure: the articles that make the site, in path order, with every file's diagnostics. Drafts are
 * left out unless asked for; of two files with the same id, the first by path wins and the other
 * is reported with both paths.
 */
export function collectArticles(loaded: readonly LoadedArticle[], options: CollectOptions): { articles: SiteArticle[]; diagnostics: Diagnostic[] } {
  const articles: SiteArticle[] = [];
  const diagnostics: Diagnostic[] = [];
  const owners = new Map<string, string>();
  const sorted = [...loaded].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  for (const entry of sorted) {
    diagnostics.push(...entry.result.diagnostics);
    const article = entry.result.article;
    if (!article || (article.draft && !options.drafts)) continue;
    const id = article.record.id;
    const owner = owners.get(id);
    if (owner !== undefined) {
      diagnostics.push(diagnostic(entry.displayPath, 1, 1, 'error', 'duplicate-id', `Article id "${id}" is already used by ${owner}; this file is left out. Rename one file or give it a distinct "slug"`));
      continue;
    }
    owners.set(id, entry.displayPath);
    articles.push({ record: article.record, html: article.html, digest: article.digest });
  }
  return { articles, diagnostics };
}
