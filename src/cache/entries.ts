/**
 * An article file as a build keeps it between stages and from one build to the next: what the
 * index stage reads (its listing), its problems, and where its whole record and body wait until
 * its page is rendered: a byte range of a pack file, which holds the whole articles of one batch.
 */
import { createHash, randomBytes } from 'node:crypto';
import { closeSync, mkdirSync, openSync, readSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import type { Diagnostic } from '../diagnostics/diagnostic.ts';
import type { ListedRecord } from '../index/listing.ts';
import type { FullArticle } from '../index/plan.ts';
import type { ArticleRecord } from '../record/types.ts';

export interface ArticleEntry {
  /** The cache key: the file's bytes, path and everything else the result depends on. */
  key: string;
  /** Path relative to the articles folder, with / separators. */
  path: string;
  /** Path for messages. */
  displayPath: string;
  diagnostics: Diagnostic[];
  /** Null when the file gave no article (broken frontmatter, unreadable, empty). */
  article: ListedArticle | null;
}

export interface ListedArticle {
  record: ListedRecord;
  /** Hash of the file's bytes. */
  digest: string;
  originalUrl: string | null;
  draft: boolean;
  titleLine: number | null;
  /** sha1 of the whole article's bytes: they are used only when they still hash to this. */
  fullHash: string;
  /** Where the whole article is kept. */
  whole: WholeLocation;
}

/** A byte range of a pack file in the cache folder's articles/. */
export interface WholeLocation {
  /** The pack's name: 16 hexadecimal digits. */
  pack: string;
  /** Offset of the first byte. */
  at: number;
  length: number;
}

/** A pack's name, checked before it is made a path: a damaged listing must not name another file. */
const PACK_NAME = /^[0-9a-f]{16}$/;
/** Larger than any whole article an article file within the size limits gives: a damaged length must not allocate gigabytes. */
const MAX_WHOLE_BYTES = 1 << 30;

/** The folder of the packs under a cache folder. */
export function packsDir(dir: string): string {
  return join(dir, 'articles');
}

/** The file of pack `name` under a cache folder. */
export function packPath(dir: string, name: string): string {
  return join(packsDir(dir), `${name}.pack`);
}

/** Whether a file name in packsDir is a pack's, and its pack name. */
export function packNameOf(file: string): string | null {
  const name = file.endsWith('.pack') ? file.slice(0, -'.pack'.length) : '';
  return PACK_NAME.test(name) ? name : null;
}

/**
 * Writes whole articles one after the other into a new pack file, each as a line of JSON with
 * the body, then the record as its record file holds it (so that file is a copy, never
 * serialised twice). One file per batch rather than per article: making a file costs the disk
 * far more than its bytes (on this project's test machine, 0.1 to 0.8 ms of system time per new
 * file, the more so after many deletions), and a build of 10,000 articles made 10,000 of them.
 * The pack is made at the first write, under a random name, so writers in several threads never
 * meet; `close` must follow the last write.
 */
export class PackWriter {
  readonly #dir: string;
  #name = '';
  #fd: number | null = null;
  #at = 0;

  constructor(dir: string) {
    this.#dir = dir;
  }

  /** Appends one whole article; returns where it is and the hash its listing keeps. */
  write(html: string, recordJson: string): { whole: WholeLocation; fullHash: string } {
    // Encoded once, for both the file and its hash.
    const bytes = Buffer.from(`${JSON.stringify({ html })}\n${recordJson}`);
    return { whole: this.copy(bytes), fullHash: createHash('sha1').update(bytes).digest('hex') };
  }

  /** Appends the bytes of a whole article read from another pack (their hash stays the same). */
  copy(bytes: Uint8Array): WholeLocation {
    const fd = this.#fd ?? this.#open();
    for (let written = 0; written < bytes.length; ) written += writeSync(fd, bytes, written, bytes.length - written, this.#at + written);
    const whole = { pack: this.#name, at: this.#at, length: bytes.length };
    this.#at += bytes.length;
    return whole;
  }

  close(): void {
    if (this.#fd !== null) closeSync(this.#fd);
    this.#fd = null;
  }

  #open(): number {
    this.#name = randomBytes(8).toString('hex');
    const path = packPath(this.#dir, this.#name);
    try {
      this.#fd = openSync(path, 'wx');
    } catch (error) {
      // The folder is made by the cache when it opens; one removed since is made again.
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
      mkdirSync(packsDir(this.#dir), { recursive: true });
      this.#fd = openSync(path, 'wx');
    }
    return this.#fd;
  }
}

/** The whole article at `whole`, or null when its bytes are missing or are not the ones the listing hashed. */
export function readWholeArticle(dir: string, whole: WholeLocation, fullHash: string): FullArticle | null {
  const bytes = readWholeBytes(dir, whole, fullHash);
  if (bytes === null) return null;
  const text = bytes.toString('utf8');
  const end = text.indexOf('\n');
  const html = htmlLine(text.slice(0, end));
  if (html === null) return null;
  try {
    const recordJson = text.slice(end + 1);
    return { record: JSON.parse(recordJson) as ArticleRecord, html, recordJson };
  } catch {
    return null;
  }
}

/**
 * The body HTML alone of the whole article at `whole` (the search index's text), or null as
 * readWholeArticle: the record, most of the bytes, is not parsed.
 */
export function readWholeHtml(dir: string, whole: WholeLocation, fullHash: string): string | null {
  const bytes = readWholeBytes(dir, whole, fullHash);
  // Only the first line is decoded: the record after it is about two thirds of the bytes.
  return bytes === null ? null : htmlLine(bytes.toString('utf8', 0, bytes.indexOf(0x0a)));
}

/** The body HTML from the first line of a whole article, or null when that line is not what PackWriter writes. */
function htmlLine(line: string): string | null {
  try {
    const { html } = JSON.parse(line) as { html: unknown };
    return typeof html === 'string' ? html : null;
  } catch {
    return null;
  }
}

/** The bytes at `whole` when they hash as PackWriter's did (hashed as read: a string would be encoded again to hash it). */
export function readWholeBytes(dir: string, whole: WholeLocation, fullHash: string): Buffer | null {
  if (!isWholeLocation(whole)) return null;
  let fd: number;
  try {
    fd = openSync(packPath(dir, whole.pack), 'r');
  } catch {
    return null;
  }
  const bytes = Buffer.allocUnsafe(whole.length);
  try {
    for (let read = 0; read < whole.length; ) {
      const got = readSync(fd, bytes, read, whole.length - read, whole.at + read);
      // The pack ends before the range does: not the pack the listing describes.
      if (got === 0) return null;
      read += got;
    }
  } catch {
    return null;
  } finally {
    closeSync(fd);
  }
  return createHash('sha1').update(bytes).digest('hex') === fullHash ? bytes : null;
}

function isWholeLocation(value: unknown): value is WholeLocation {
  if (!value || typeof value !== 'object') return false;
  const { pack, at, length } = value as Partial<WholeLocation>;
  return typeof pack === 'string' && PACK_NAME.test(pack) && Number.isSafeInteger(at) && (at as number) >= 0 && Number.isSafeInteger(length) && (length as number) > 0 && (length as number) <= MAX_WHOLE_BYTES;
}

/** Whether a parsed listing line has the shape of an entry (a corrupt or foreign line must never be used). */
export function isArticleEntry(value: unknown): value is ArticleEntry {
  if (!value || typeof value !== 'object') return false;
  const entry = value as Partial<ArticleEntry>;
  if (typeof entry.key !== 'string' || typeof entry.path !== 'string' || typeof entry.displayPath !== 'string' || !Array.isArray(entry.diagnostics)) return false;
  if (entry.article === null) return true;
  const article = entry.article as Partial<ListedArticle> | undefined;
  return Boolean(
    article &&
      typeof article.digest === 'string' &&
      typeof article.fullHash === 'string' &&
      isWholeLocation(article.whole) &&
      typeof article.draft === 'boolean' &&
      article.record &&
      typeof article.record.id === 'string' &&
      typeof article.record.headline === 'string' &&
      Array.isArray(article.record.actors) &&
      Array.isArray(article.record.topics),
  );
}
