/**
 * Watch mode's first load from what `build` kept: the articles whose cache key (the file's
 * bytes, path and display path, the size limit and newsdigest's code identity: version, rules,
 * lexicons, world data) has an entry in the build's cache, and whose whole record and body still
 * hash to what the entry says, are taken from there; only the others are read and extracted.
 * The cache is opened to read only: `dev` neither writes nor repairs it, and a cache that cannot
 * be trusted (corrupt, another version's, other code's) is ignored with a note.
 */
import { join } from 'node:path';
import { displayPathOf, type LoadedArticle, loadArticles, readArticleFile } from '../article/load.ts';
import { readWholeArticle } from '../cache/entries.ts';
import { codeIdentity, recordKey, recordKeyBase } from '../cache/keys.ts';
import { SiteCache } from '../cache/site-cache.ts';
import type { SiteConfig } from '../config/config.ts';
import { contentDigest } from '../read/digest.ts';

export interface CachedLoad {
  /** Every file's result, in the order of `paths`. */
  loaded: LoadedArticle[];
  /** Files whose result came from the cache. */
  cached: number;
  /** What the user should know about the cache (ignored as corrupt or foreign). */
  notes: string[];
}

/**
 * Loads `paths` (relative to the articles folder), each from the cache under `cacheRoot` when it
 * holds the file's current result, else by reading and extracting the file. `cacheRoot` null
 * extracts every file.
 */
export async function loadWithCache(config: SiteConfig, paths: readonly string[], cacheRoot: string | null): Promise<CachedLoad> {
  const limits = { maxBytes: config.maxArticleBytes };
  if (cacheRoot === null) return { loaded: await loadArticles(config.articlesDir, paths, limits), cached: 0, notes: [] };
  const code = codeIdentity();
  const cache = SiteCache.open({ root: cacheRoot, outDir: config.outDir, code, readOnly: true });
  // The keys build.ts gives records, from the same functions.
  const recordBase = recordKeyBase(code, config.maxArticleBytes);
  const loaded: (LoadedArticle | undefined)[] = new Array(paths.length);
  const missing: string[] = [];
  const missingAt: number[] = [];
  for (const [i, path] of paths.entries()) {
    const hit = cache.manifest ? await fromCache(cache, recordBase, config.articlesDir, path, limits) : null;
    if (hit) loaded[i] = hit;
    else {
      missing.push(path);
      missingAt.push(i);
    }
  }
  const extracted = await loadArticles(config.articlesDir, missing, limits);
  extracted.forEach((entry, j) => {
    loaded[missingAt[j] as number] = entry;
  });
  return { loaded: loaded as LoadedArticle[], cached: paths.length - missing.length, notes: cache.notes };
}

/** A file's result as the cache holds it for its current bytes, or null (no entry, a whole article missing or altered, the file unreadable). */
async function fromCache(cache: SiteCache, recordBase: string, articlesDir: string, path: string, limits: { maxBytes: number }): Promise<LoadedArticle | null> {
  const displayPath = displayPathOf(articlesDir, path);
  // An unreadable or too large file is extracted, which reports its problem as a first load does.
  const read = await readArticleFile(join(articlesDir, path), displayPath, limits);
  if ('problem' in read) return null;
  const digest = contentDigest(read.bytes);
  const key = recordKey(recordBase, path, displayPath, digest);
  const entry = cache.entry(key);
  if (!entry || entry.path !== path || entry.displayPath !== displayPath) return null;
  if (!entry.article) return { path, displayPath, result: { article: null, diagnostics: entry.diagnostics } };
  if (entry.article.digest !== digest) return null;
  const whole = readWholeArticle(cache.dir, entry.article.whole, entry.article.fullHash);
  if (!whole || whole.record.id !== entry.article.record.id) return null;
  const { draft, originalUrl, titleLine } = entry.article;
  return { path, displayPath, result: { article: { record: whole.record, html: whole.html, draft, originalUrl, titleLine, digest }, diagnostics: entry.diagnostics } };
}
