/**
 * The build's inputs as bytes: every article file (read once, hashed for the cache) and every
 * asset file. Reading is the I/O edge of a build; everything after works from these bytes.
 */
import { readdir, readFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { type ArticleLimits, displayPathOf, readArticleFile } from '../article/files.ts';
import type { Diagnostic } from '../diagnostics/diagnostic.ts';
import { contentDigest } from '../read/digest.ts';
import { assetDirs } from '../render/theme.ts';

export interface ArticleFile {
  /** Path relative to the articles folder, with / separators. */
  path: string;
  displayPath: string;
  /** The file's bytes; null when it could not be read (see `problem`). */
  bytes: Uint8Array | null;
  /** Hash of the bytes ("" when unread). */
  digest: string;
  problem: Diagnostic | null;
}

/** Files read at once: enough to keep the disk busy, few enough to keep file handles. */
const CONCURRENT_READS = 32;

/** Reads every article file, in `paths` order; `onRead` is told how many are done. */
export async function readArticleFiles(articlesDir: string, paths: readonly string[], limits: ArticleLimits, onRead?: (done: number) => void): Promise<ArticleFile[]> {
  const files: ArticleFile[] = new Array(paths.length);
  let next = 0;
  let done = 0;
  const reader = async (): Promise<void> => {
    while (next < paths.length) {
      const i = next++;
      const path = paths[i] as string;
      const displayPath = displayPathOf(articlesDir, path);
      const read = await readArticleFile(join(articlesDir, path), displayPath, limits);
      files[i] = 'bytes' in read ? { path, displayPath, bytes: read.bytes, digest: contentDigest(read.bytes), problem: null } : { path, displayPath, bytes: null, digest: '', problem: read.problem };
      onRead?.(++done);
    }
  };
  await Promise.all(Array.from({ length: Math.min(CONCURRENT_READS, paths.length) }, reader));
  return files;
}

export interface AssetFile {
  /** Path in the site ("assets/style.css"). */
  path: string;
  content: Uint8Array;
}

/** The site's asset files: the built-in theme's, each replaced by the site's own file of the same name. */
export async function readAssetFiles(templatesDir: string): Promise<AssetFile[]> {
  const byPath = new Map<string, string>();
  for (const dir of assetDirs(templatesDir)) {
    let entries: string[];
    try {
      entries = await readdir(dir, { recursive: true, encoding: 'utf8' });
    } catch {
      continue;
    }
    for (const entry of entries) byPath.set(`assets/${relative(dir, join(dir, entry)).split(sep).join('/')}`, join(dir, entry));
  }
  const assets: AssetFile[] = [];
  for (const [path, source] of [...byPath].sort(([a], [b]) => (a < b ? -1 : 1))) {
    try {
      assets.push({ path, content: await readFile(source) });
    } catch {
      // A folder (listed by the recursive read), or a file removed meanwhile: not an asset.
    }
  }
  return assets;
}
