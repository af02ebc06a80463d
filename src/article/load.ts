import { constants } from 'node:fs';
import { open } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { join, relative } from 'node:path';
import { DEFAULT_CONFIG } from '../config/config.ts';
import { type Diagnostic, diagnostic } from '../diagnostics/diagnostic.ts';
import type { ListedRecord } from '../index/listing.ts';
import type { SiteArticle } from '../index/plan.ts';
import { tooLarge } from '../read/article.ts';
import { type ProcessResult, processArticle } from './process.ts';

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

/** Limits on one article file. */
export interface ArticleLimits {
  /** Largest file read, in bytes. Default: the config's default, 5 MB. */
  maxBytes?: number;
}

const READ_PROBLEMS: Record<string, string> = {
  ENOENT: 'File was deleted before it could be read',
  EACCES: 'File could not be read (EACCES): check its permissions',
  EPERM: 'File could not be read (EPERM): check its permissions',
  ELOOP: 'File is a symbolic link that loops back on itself',
  EISDIR: 'This is a folder, not a file',
};

/**
 * An article file's bytes, or the diagnostic saying why there are none. The size is checked
 * before anything is read, so a huge file never fills memory; anything but a regular file (a
 * FIFO, a socket, a device named ".md") is refused, opened without blocking so a FIFO cannot
 * hang the build.
 */
export async function readArticleFile(file: string, displayPath: string, limits: ArticleLimits = {}): Promise<{ bytes: Uint8Array } | { problem: Diagnostic }> {
  const maxBytes = limits.maxBytes ?? DEFAULT_CONFIG.maxArticleBytes;
  const unreadable = (reason: string): { problem: Diagnostic } => ({ problem: diagnostic(displayPath, 1, 1, 'error', 'unreadable-file', reason) });
  let handle: Awaited<ReturnType<typeof open>> | undefined;
  try {
    handle = await open(file, constants.O_RDONLY | constants.O_NONBLOCK);
    const stats = await handle.stat();
    if (!stats.isFile()) return unreadable('Not a regular file (a FIFO, socket or device): only text files are articles. Move it out of the articles folder');
    if (stats.size > maxBytes) return { problem: tooLarge(displayPath, stats.size, maxBytes) };
    return { bytes: await handle.readFile() };
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? 'error';
    return unreadable(READ_PROBLEMS[code] ?? `File could not be read (${code})`);
  } finally {
    await handle?.close();
  }
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

export interface CollectOptions {
  /** Include `draft: true` articles. */
  drafts: boolean;
}

/** What collecting reads of a file's result: its problems and, when it gave one, its article. */
export interface Collectable {
  displayPath: string;
  path: string;
  diagnostics: readonly Diagnostic[];
  article: { record: Pick<ListedRecord, 'id' | 'headline' | 'headlineSource'>; draft: boolean; titleLine: number | null } | null;
}

/**
 * Pure: the files whose articles make the site, in path order, with every file's diagnostics.
 * Drafts are left out unless asked for; of two files with the same id, the first by path wins
 * and the other is reported with both paths.
 */
export function collectEntries<T>(entries: readonly T[], options: CollectOptions, view: (entry: T) => Collectable): { kept: T[]; diagnostics: Diagnostic[] } {
  const kept: T[] = [];
  const diagnostics: Diagnostic[] = [];
  const owners = new Map<string, string>();
  const titles = new Map<string, string>();
  const sorted = entries.map((entry) => ({ entry, file: view(entry) })).sort((a, b) => (a.file.path < b.file.path ? -1 : a.file.path > b.file.path ? 1 : 0));
  for (const { entry, file } of sorted) {
    diagnostics.push(...file.diagnostics);
    const article = file.article;
    if (!article || (article.draft && !options.drafts)) continue;
    const id = article.record.id;
    const owner = owners.get(id);
    if (owner !== undefined) {
      diagnostics.push(diagnostic(file.displayPath, 1, 1, 'error', 'duplicate-id', `Article id "${id}" is already used by ${owner}; this file is left out. Rename one file or give it a distinct "slug"`));
      continue;
    }
    owners.set(id, file.displayPath);
    // Two pages with one headline read as one story twice: worth a look, not worth failing.
    const title = article.record.headlineSource === 'generated' ? null : article.record.headline.trim().toLowerCase();
    const titleOwner = title ? titles.get(title) : undefined;
    if (title && titleOwner !== undefined)
      diagnostics.push(
        diagnostic(
          file.displayPath,
          article.titleLine ?? 1,
          1,
          'warning',
          'duplicate-title',
          `Title "${article.record.headline.slice(0, 80)}" is also the title of ${titleOwner}; both are published. Give one a distinct title if they are different stories`,
        ),
      );
    else if (title) titles.set(title, file.displayPath);
    kept.push(entry);
  }
  return { kept, diagnostics };
}

/** collectEntries for articles held whole (watch mode, check). */
export function collectArticles(loaded: readonly LoadedArticle[], options: CollectOptions): { articles: SiteArticle[]; diagnostics: Diagnostic[] } {
  const { kept, diagnostics } = collectEntries(loaded, options, (entry) => ({ path: entry.path, displayPath: entry.displayPath, diagnostics: entry.result.diagnostics, article: entry.result.article }));
  const articles = kept.flatMap(({ result: { article } }) => (article ? [{ record: article.record, digest: article.digest, originalUrl: article.originalUrl, full: { record: article.record, html: article.html } }] : []));
  return { articles, diagnostics };
}
