/**
 * The persistent cache of one site (one output folder): `.cache/newsdigest/<out>-<hash>/` holds
 * the manifest of the last build (its keys, every output file's fingerprint and content hash,
 * its diagnostics), the listings of its articles (one JSON line each) and their whole records
 * in packs under articles/ (cache/entries.ts). Everything is keyed by content hashes; a cache that does not read back as
 * one this newsdigest wrote is thrown away with a note, never trusted. The cache is only ever a
 * shortcut: deleting it (or `--no-cache`) gives the same site, more slowly.
 */
import { createHash, randomUUID } from 'node:crypto';
import { closeSync, existsSync, ftruncateSync, mkdirSync, mkdtempSync, openSync, readdirSync, readFileSync, renameSync, rmSync, statSync, unlinkSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';
import type { Diagnostic } from '../diagnostics/diagnostic.ts';
import type { ShardedIndex } from '../search/shards.ts';
import { type ArticleEntry, isArticleEntry, PackWriter, packNameOf, packPath, packsDir, readWholeBytes } from './entries.ts';

/** Bumped whenever the layout of the cache changes: an older cache is then discarded. */
export const CACHE_FORMAT = 2;
const TOOL = 'newsdigest';

/** One output file as the last build wrote it. */
export interface OutputState {
  /** The planner's fingerprint of the page; "" for files that are not pages (search index, assets). */
  fingerprint: string;
  /** sha1 of the file's bytes. */
  hash: string;
}

/**
 * A file as a build saw it: its stat (size, dates, inode) and its bytes' hash. A later build
 * trusts the hash without reading the file only while all four are the same and the file had
 * settled when it was read (see readArticleFiles).
 */
export interface FileStamp {
  size: number;
  mtimeMs: number;
  /** The kernel sets the change time on every write and date change: tools that restore a file's modification date (tar, rsync -t) cannot restore it. */
  ctimeMs: number;
  ino: number;
  digest: string;
}

/** The stamps of a build's article files, by path, and when that build began reading them. */
export interface FileStamps {
  /** The articles folder, resolved: another folder's files of the same names are other files. */
  dir: string;
  /** Date.now() as reading began. */
  readAt: number;
  files: Record<string, FileStamp>;
}

export interface SiteManifest {
  tool: typeof TOOL;
  format: typeof CACHE_FORMAT;
  /** newsdigest's code identity when the cache was written. */
  code: string;
  /** The id the output folder's marker holds when it is the site this manifest describes. */
  buildId: string;
  /** Everything the whole site depends on: the same key means there is nothing to do. */
  siteKey: string;
  /** Templates, settings and code the pages were rendered with: fingerprints compare only under the same one. */
  pageKey: string;
  /** The search index's shard count and a hash of each shard's records (null: no index written; absent in older caches). */
  search?: ShardedIndex | null;
  /** The article files as this build read them: a file with the same stat is not read again (absent in older caches). */
  inputs?: FileStamps;
  /** Bytes of listings.jsonl this manifest stands for: what lies beyond (an append cut short) is no listing (absent in older caches: the whole file). */
  listingsBytes?: number;
  /** Every file of the output folder, by path relative to it. */
  files: Record<string, OutputState>;
  /** The build's problems, reported again by a build with nothing to do. */
  diagnostics: Diagnostic[];
  /** The build's counts, for the summary of a build with nothing to do. */
  result: { articles: number; pages: number; counts: Record<string, number> };
}

export interface CacheOptions {
  /** The cache root (`.cache` of the project); null keeps nothing between builds. */
  root: string | null;
  outDir: string;
  /** newsdigest's code identity: a cache written by other code is discarded. */
  code: string;
  /** Discard what is there and build it anew (`--no-cache`). Default: false. */
  fresh?: boolean;
  /**
   * Only read what a build kept (`newsdigest dev`, which keeps no cache of its own): nothing is
   * created, removed or written, and a cache that cannot be trusted is ignored with a note, left
   * for the next build to discard. Default: false.
   */
  readOnly?: boolean;
}

export class SiteCache {
  /** The folder of this site's cache (a temporary folder when nothing is kept). */
  readonly dir: string;
  /** The last build's manifest, when it is one this code wrote and it read back whole. */
  readonly manifest: SiteManifest | null;
  /** What the user should know about the cache (discarded, not writable). */
  readonly notes: string[];
  readonly #temporary: boolean;
  /** Opened only to read (CacheOptions.readOnly): save() and collectGarbage() do nothing. */
  readonly #readOnly: boolean;
  /** The last build's entries by key, read when first asked for: a build with nothing to do never reads them. */
  #listings: Map<string, ArticleEntry> | null = null;
  /** Bytes of listings.jsonl read as whole lines, where new listings can be appended; null: the file must be written anew. */
  #appendAt: number | null = null;

  private constructor(dir: string, temporary: boolean, manifest: SiteManifest | null, notes: string[], readOnly = false) {
    this.dir = dir;
    this.#temporary = temporary;
    this.#readOnly = readOnly;
    this.manifest = manifest;
    this.notes = notes;
  }

  static open(options: CacheOptions): SiteCache {
    const notes: string[] = [];
    if (options.root !== null) {
      const out = resolve(options.outDir);
      const dir = join(options.root, TOOL, `${basename(out)}-${createHash('sha1').update(out).digest('hex').slice(0, 12)}`);
      if (options.readOnly) {
        const read = readManifest(dir, options.code);
        if (read.problem) notes.push(`${read.problem}; it is ignored`);
        return new SiteCache(dir, false, read.manifest, notes, true);
      }
      try {
        if (options.fresh) rmSync(dir, { recursive: true, force: true });
        const read = readManifest(dir, options.code);
        if (read.problem) {
          notes.push(`${read.problem}; it was discarded and is being rebuilt`);
          rmSync(dir, { recursive: true, force: true });
        }
        mkdirSync(packsDir(dir), { recursive: true });
        return new SiteCache(dir, false, read.manifest, notes);
      } catch (error) {
        notes.push(`The cache folder ${dir} cannot be written (${(error as NodeJS.ErrnoException).code ?? String(error)}); this build keeps nothing for the next one`);
      }
    }
    return new SiteCache(mkdtempSync(join(tmpdir(), 'newsdigest-cache-')), true, null, notes);
  }

  /** Whether results are kept for the next build (false: a temporary folder, removed by dispose()). */
  get persistent(): boolean {
    return !this.#temporary;
  }

  /** The last build's entry for `key`. */
  entry(key: string): ArticleEntry | undefined {
    return this.#entries().get(key);
  }

  /**
   * Saves the listings of this build's articles, then the manifest (none: the last one stays,
   * told of the listings added), the manifest through a temporary file. Listings are appended:
   * a build with one article changed writes one line, not the tens of megabytes of the site's.
   * The manifest says how many bytes of the file are its listings, so an append cut short is
   * ignored and overwritten. The file is written anew once the listings of articles gone would
   * be more than a quarter of it.
   */
  save(entries: readonly ArticleEntry[], manifest: SiteManifest | null): void {
    if (this.#temporary || this.#readOnly) return;
    const listings = this.#entries();
    const file = join(this.dir, 'listings.jsonl');
    // An unreadable file has no key: it is read again next time anyway.
    const keyed = this.#compact(entries.filter((entry) => entry.key !== ''));
    const added = keyed.filter((entry) => listings.get(entry.key) !== entry);
    const kept = keyed.length - added.length;
    let bytes: number;
    // Listings of articles gone stay in an appended file until they would be a quarter of it.
    if (this.#appendAt !== null && (listings.size - kept) * 4 <= listings.size + added.length) {
      bytes = appendLines(file, this.#appendAt, added);
    } else {
      // Written line by line: the listings of a large site are tens of megabytes, and joining
      // them first would hold them twice at the build's busiest moment.
      bytes = writeAtomically(file, (write) => {
        for (const entry of keyed) write(`${JSON.stringify(entry)}\n`);
      });
    }
    this.#appendAt = bytes;
    for (const entry of added) listings.set(entry.key, entry);
    const told = manifest ?? (this.manifest ? { ...this.manifest } : null);
    if (told) writeAtomically(join(this.dir, 'manifest.json'), (write) => write(JSON.stringify({ ...told, listingsBytes: bytes })));
  }

  /**
   * The entries of articles just extracted, from the lines their threads serialised
   * (site/process-task.ts: one entry a line), each text emptied once read. The lines go to the
   * listings file as they are, so save() has none of these entries to serialise again; they are
   * appended beyond what the manifest vouches for, or start a new file when there is no manifest
   * (a cold build): either way a build killed before its manifest is written leaves nothing
   * trusted. Under a manifest whose listings are damaged, or with nothing kept, they are only
   * parsed, and save() writes them.
   */
  takeExtracted(texts: string[]): ArticleEntry[] {
    let at: number | null = null;
    if (!this.#temporary && !this.#readOnly) {
      const file = join(this.dir, 'listings.jsonl');
      // Reading the last build's listings first sets where new lines may go.
      this.#entries();
      const fill = (write: (text: string) => void): void => {
        for (const text of texts) if (text) write(`${text}\n`);
      };
      if (this.#appendAt !== null) at = appendWith(file, this.#appendAt, fill);
      else if (!this.manifest) at = writeAtomically(file, fill);
    }
    const entries: ArticleEntry[] = [];
    texts.forEach((text, i) => {
      // JSON.stringify escapes every line break inside a value: a raw one only ends an entry.
      if (text) entries.push(...(JSON.parse(`[${text.replaceAll('\n', ',')}]`) as ArticleEntry[]));
      texts[i] = '';
    });
    if (at !== null) {
      this.#appendAt = at;
      const listings = this.#entries();
      for (const entry of entries) listings.set(entry.key, entry);
    }
    return entries;
  }

  /**
   * Removes every pack that no kept entry's whole article is in: those of articles gone or
   * changed since, those emptied by compaction, those a build killed before its manifest left.
   * Called once the manifest that lists the kept entries is saved.
   */
  collectGarbage(kept: ReadonlySet<string>): void {
    if (this.#readOnly || this.#temporary) return;
    const listings = this.#entries();
    const live = new Set<string>();
    for (const key of kept) {
      const whole = listings.get(key)?.article?.whole;
      if (whole) live.add(whole.pack);
    }
    let files: string[];
    try {
      files = readdirSync(packsDir(this.dir));
    } catch {
      return;
    }
    for (const file of files) {
      const name = packNameOf(file);
      if (name === null || live.has(name)) continue;
      try {
        unlinkSync(packPath(this.dir, name));
      } catch {
        // Already gone: nothing to collect.
      }
    }
  }

  /**
   * The entries, the whole articles of sparse packs (less than half of them still listed) moved
   * into a new pack once those packs' dead bytes are more than a quarter of the live ones. A
   * pack's articles die one by one as their files change, so without this a site edited for
   * months would keep every old version of its articles beside the live ones; with it the packs
   * hold at most about twice the live bytes. A moved entry is a new object, so save() writes its
   * listing; the emptied packs go at collectGarbage(). A copy that no longer reads back as
   * hashed stays where it is: its page is made again from its file.
   */
  #compact(keyed: ArticleEntry[]): ArticleEntry[] {
    const liveBytes = new Map<string, number>();
    let live = 0;
    for (const entry of keyed) {
      const whole = entry.article?.whole;
      if (!whole) continue;
      liveBytes.set(whole.pack, (liveBytes.get(whole.pack) ?? 0) + whole.length);
      live += whole.length;
    }
    const sparse = new Set<string>();
    let dead = 0;
    for (const [pack, bytes] of liveBytes) {
      let size: number;
      try {
        size = statSync(packPath(this.dir, pack)).size;
      } catch {
        continue;
      }
      if (bytes * 2 < size) {
        sparse.add(pack);
        dead += size - bytes;
      }
    }
    if (sparse.size === 0 || dead * 4 <= live) return keyed;
    const pack = new PackWriter(this.dir);
    try {
      return keyed.map((entry) => {
        const article = entry.article;
        if (!article || !sparse.has(article.whole.pack)) return entry;
        const bytes = readWholeBytes(this.dir, article.whole, article.fullHash);
        return bytes ? { ...entry, article: { ...article, whole: pack.copy(bytes) } } : entry;
      });
    } finally {
      pack.close();
    }
  }

  /** Removes a temporary cache folder. */
  dispose(): void {
    if (this.#temporary) rmSync(this.dir, { recursive: true, force: true });
  }

  #entries(): Map<string, ArticleEntry> {
    if (this.#listings) return this.#listings;
    const listings = new Map<string, ArticleEntry>();
    this.#listings = listings;
    // Entries are kept only with the manifest of the build that wrote them.
    if (!this.manifest) return listings;
    let bytes: Buffer;
    try {
      bytes = readFileSync(join(this.dir, 'listings.jsonl'));
    } catch {
      return listings;
    }
    const vouched = this.manifest.listingsBytes ?? bytes.length;
    // Shorter than its manifest says: damaged; written anew at the end of this build.
    if (bytes.length >= vouched && (vouched === 0 || bytes[vouched - 1] === 0x0a)) this.#appendAt = vouched;
    let corrupt = 0;
    // Decoded line by line: the listings of a large site as one string are tens of megabytes
    // (twice that in memory once any line holds an accent), and making it costs more than parsing.
    const end = Math.min(vouched, bytes.length);
    for (let start = 0; start < end; ) {
      const newline = bytes.indexOf(0x0a, start);
      const stop = newline === -1 || newline > end ? end : newline;
      const line = bytes.toString('utf8', start, stop);
      start = stop + 1;
      if (!line) continue;
      let entry: unknown;
      try {
        entry = JSON.parse(line);
      } catch {
        corrupt++;
        continue;
      }
      if (isArticleEntry(entry)) listings.set(entry.key, entry);
      else corrupt++;
    }
    if (corrupt > 0) this.notes.push(`${corrupt} unreadable ${corrupt === 1 ? 'entry' : 'entries'} in the cache were discarded; those articles are read again`);
    return listings;
  }
}

/** A new id for the marker of a site folder and the manifest that describes it. */
export function newBuildId(): string {
  return randomUUID();
}

function readManifest(dir: string, code: string): { manifest: SiteManifest | null; problem: string | null } {
  const file = join(dir, 'manifest.json');
  if (!existsSync(file)) return { manifest: null, problem: null };
  let value: unknown;
  try {
    value = JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    return { manifest: null, problem: `The cache in ${dir} is corrupt (its manifest is not JSON)` };
  }
  const manifest = value as Partial<SiteManifest> | null;
  if (!manifest || manifest.tool !== TOOL || manifest.format !== CACHE_FORMAT) return { manifest: null, problem: `The cache in ${dir} was not written by this version of newsdigest` };
  if (manifest.code !== code) return { manifest: null, problem: `The cache in ${dir} was written by other newsdigest code or data` };
  if (typeof manifest.buildId !== 'string' || typeof manifest.siteKey !== 'string' || !manifest.files || typeof manifest.files !== 'object' || !Array.isArray(manifest.diagnostics) || !manifest.result) {
    return { manifest: null, problem: `The cache in ${dir} is corrupt (its manifest is incomplete)` };
  }
  return { manifest: manifest as SiteManifest, problem: null };
}

/** Characters gathered before one write to a cache file. */
const WRITE_CHUNK = 1 << 20;

/** Writes a file through a temporary one, renamed over it once complete; `fill` writes the text in pieces. Returns the file's length. */
function writeAtomically(file: string, fill: (write: (text: string) => void) => void): number {
  const temp = `${file}.${process.pid}.tmp`;
  const fd = openSync(temp, 'w');
  let length: number;
  try {
    const writer = pieceWriter(fd, 0);
    fill(writer.write);
    length = writer.end();
  } finally {
    closeSync(fd);
  }
  renameSync(temp, file);
  return length;
}

/** Appends the entries' lines to the listings at `at` (what lies beyond is cut off first); returns the file's new length. */
function appendLines(file: string, at: number, entries: readonly ArticleEntry[]): number {
  return appendWith(file, at, (write) => {
    for (const entry of entries) write(`${JSON.stringify(entry)}\n`);
  });
}

/** Appends what `fill` writes to a file at `at` (what lies beyond is cut off first); returns the file's new length. */
function appendWith(file: string, at: number, fill: (write: (text: string) => void) => void): number {
  const fd = openSync(file, 'r+');
  try {
    ftruncateSync(fd, at);
    const writer = pieceWriter(fd, at);
    fill(writer.write);
    return writer.end();
  } finally {
    closeSync(fd);
  }
}

/** Writes text at `position` of `fd`, gathering pieces up to about a megabyte per write call; `end()` writes what is left and returns the position reached. */
function pieceWriter(fd: number, position: number): { write: (text: string) => void; end: () => number } {
  let pending: string[] = [];
  let size = 0;
  let at = position;
  const flush = (): void => {
    const bytes = Buffer.from(pending.join(''));
    pending = [];
    size = 0;
    for (let done = 0; done < bytes.length; ) {
      const n = writeSync(fd, bytes, done, bytes.length - done, at);
      done += n;
      at += n;
    }
  };
  return {
    write: (text) => {
      pending.push(text);
      size += text.length;
      if (size >= WRITE_CHUNK) flush();
    },
    end: () => {
      flush();
      return at;
    },
  };
}
