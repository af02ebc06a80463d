import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { DEFAULT_CONFIG } from '../config/config.ts';
import { diagnostic } from '../diagnostics/diagnostic.ts';
import { type ArticleLimits, displayPathOf, readArticleFile } from './files.ts';
import { type ProcessResult, processArticle } from './process.ts';

export { type CollectOptions, collectArticles, collectEntries, siteArticleOf } from './collect.ts';
export { type ArticleLimits, displayPathOf, readArticleFile } from './files.ts';

/** One article file's latest result, keyed by its path relative to the articles folder. */
export interface LoadedArticle {
  path: string;
  displayPath: string;
  result: ProcessResult;
}

/** Reads and processes one file; an unreadable file becomes a diagnostic, never an exception. */
export async function loadArticle(articlesDir: string, path: string, limits: ArticleLimits = {}): Promise<LoadedArticle> {
  const displayPath = displayPathOf(articlesDir, path);
  const read = await readArticleFile(join(articlesDir, path), displayPath, limits);
  if ('problem' in read) return { path, displayPath, result: { article: null, diagnostics: [read.problem] } };
  return loadArticleBytes(articlesDir, path, read.bytes, limits);
}

/** Processes bytes already read from `path` (watch mode reads them to compare digests first). */
export function loadArticleBytes(articlesDir: string, path: string, bytes: Uint8Array, limits: ArticleLimits = {}): LoadedArticle {
  const displayPath = displayPathOf(articlesDir, path);
  return { path, displayPath, result: processSafely(bytes, path, displayPath, limits) };
}

/** processArticle, with a failure of any stage reported against the file instead of thrown. */
export function processSafely(bytes: Uint8Array, path: string, displayPath: string, limits: ArticleLimits = {}): ProcessResult {
  try {
    return processArticle(bytes, path, displayPath, { maxBytes: limits.maxBytes ?? DEFAULT_CONFIG.maxArticleBytes });
  } catch (error) {
    // A bug in a stage must not take the whole build down: report it against the file.
    const reason = error instanceof Error ? error.message : String(error);
    return { article: null, diagnostics: [diagnostic(displayPath, 1, 1, 'error', 'internal-error', `newsdigest failed on this file: ${reason}. Please report it`)] };
  }
}

/** Below this many files, starting workers (≈300 ms each to load the pipeline) costs more than it saves. */
export const WORKER_THRESHOLD = 400;

export interface LoadOptions extends ArticleLimits {
  /** Worker threads to use; 0 or 1 processes in this thread. Default: one per core for large sites. */
  workers?: number;
}

export async function loadArticles(articlesDir: string, paths: readonly string[], options: LoadOptions = {}): Promise<LoadedArticle[]> {
  const workers = options.workers ?? (paths.length >= WORKER_THRESHOLD ? availableParallelism() : 1);
  if (workers > 1) {
    // The pool and its threads load only for sites large enough to use them.
    const { loadArticlesInWorkers } = await import('./pool.ts');
    return loadArticlesInWorkers(articlesDir, paths, workers, limitsOf(options));
  }
  const loaded: LoadedArticle[] = [];
  // Reads overlap with processing of the previous file; processing itself is synchronous CPU work.
  let next = paths[0] !== undefined ? loadArticle(articlesDir, paths[0], options) : null;
  for (let i = 0; i < paths.length && next; i++) {
    const current = await next;
    const following = paths[i + 1];
    next = following !== undefined ? loadArticle(articlesDir, following, options) : null;
    loaded.push(current);
  }
  return loaded;
}

function limitsOf(options: ArticleLimits): ArticleLimits {
  return options.maxBytes === undefined ? {} : { maxBytes: options.maxBytes };
}
