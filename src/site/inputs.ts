/**
 * The build's inputs as bytes: every article file (read once and hashed for the cache, or known
 * unchanged by the stat the last build saw) and every asset file. Reading is the I/O edge of a
 * build; everything after works from these bytes and hashes.
 */
import type { Stats } from 'node:fs';
import { readdir, readFile, stat } from 'node:fs/promises';
import { join, relative, resolve, sep } from 'node:path';
import { type ArticleLimits, displayPathOf, readArticleFile } from '../article/files.ts';
import type { FileStamp, FileStamps } from '../cache/site-cache.ts';
import type { Diagnostic } from '../diagnostics/diagnostic.ts';
import { contentDigest } from '../read/digest.ts';
import { assetDirs } from '../render/theme.ts';

export interface ArticleFile {
  /** Path relative to the articles folder, with / separators. */
  path: string;
  displayPath: string;
  /** The file's bytes; null when it could not be read (see `problem`) or was known unchanged by its stamp (read it with readArticleFile when needed). */
  bytes: Uint8Array | null;
  /** Hash of the bytes ("" when unread). */
  digest: string;
  problem: Diagnostic | null;
  /** What to know the file by next time (null when it could not be read). */
  stamp: FileStamp | null;
}

export interface ReadOptions {
  /** The last build's stamps: a file whose stat matches its settled stamp is not read again. Default: none, every file is read. */
  known?: FileStamps | null;
  /**
   * How long before the last build began reading a file must have last changed for its stamp to
   * be trusted, in ms. A file changed within the resolution of its dates just after being read
   * would keep the stat it was read with (git calls such entries racily clean); dates are at
   * worst 2 s coarse (FAT). Default: SETTLED_MS.
   */
  settledMs?: number;
  /** Told how many files are done. Default: none. */
  onRead?: (done: number) => void;
}

/** Files read at once: enough to keep the disk busy, few enough to keep file handles. */
const CONCURRENT_READS = 32;
/** The default of ReadOptions.settledMs. */
export const SETTLED_MS = 2000;

/**
 * Every article file, in `paths` order: read and hashed, or, when its stat is the one the last
 * build stamped it with and it had settled then, known by that stamp's hash without a read
 * (`bytes` null): a build with one article changed then reads one file, not the site.
 */
export async function readArticleFiles(articlesDir: string, paths: readonly string[], limits: ArticleLimits, options: ReadOptions = {}): Promise<{ files: ArticleFile[]; stamps: FileStamps }> {
  const stamps: FileStamps = { dir: resolve(articlesDir), readAt: Date.now(), files: {} };
  const known = options.known?.dir === stamps.dir ? options.known : null;
  const trustedBefore = known ? known.readAt - (options.settledMs ?? SETTLED_MS) : Number.NEGATIVE_INFINITY;
  const maxBytes = limits.maxBytes ?? Number.POSITIVE_INFINITY;
  const files: ArticleFile[] = new Array(paths.length);
  let next = 0;
  let done = 0;
  const reader = async (): Promise<void> => {
    while (next < paths.length) {
      const i = next++;
      const path = paths[i] as string;
      const displayPath = displayPathOf(articlesDir, path);
      const file = join(articlesDir, path);
      const stamp = known?.files[path];
      const stats = stamp ? await stat(file).catch(() => null) : null;
      if (stamp && stats?.isFile() && stats.size <= maxBytes && sameStat(stamp, stats) && stamp.ctimeMs < trustedBefore && stamp.mtimeMs < trustedBefore) {
        files[i] = { path, displayPath, bytes: null, digest: stamp.digest, problem: null, stamp };
      } else {
        const read = await readArticleFile(file, displayPath, limits);
        if ('bytes' in read) {
          const digest = contentDigest(read.bytes);
          files[i] = { path, displayPath, bytes: read.bytes, digest, problem: null, stamp: stampOf(read.stats, digest) };
        } else files[i] = { path, displayPath, bytes: null, digest: '', problem: read.problem, stamp: null };
      }
      const made = files[i]?.stamp;
      if (made) stamps.files[path] = made;
      options.onRead?.(++done);
    }
  };
  await Promise.all(Array.from({ length: Math.min(CONCURRENT_READS, paths.length) }, reader));
  return { files, stamps };
}

function stampOf(stats: Stats, digest: string): FileStamp {
  return { size: stats.size, mtimeMs: stats.mtimeMs, ctimeMs: stats.ctimeMs, ino: stats.ino, digest };
}

function sameStat(stamp: FileStamp, stats: Stats): boolean {
  return stamp.size === stats.size && stamp.mtimeMs === stats.mtimeMs && stamp.ctimeMs === stats.ctimeMs && stamp.ino === stats.ino;
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
