/**
 * An article file as a build keeps it between stages and from one build to the next: what the
 * index stage reads (its listing), its problems, and the hash of its whole record and body,
 * which wait in a file of their own until its page is rendered.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
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
  /** sha1 of the whole-article file: the file is used only when it still hashes to this. */
  fullHash: string;
}

/** Where the whole article of `key` is kept under a cache folder. */
export function wholeArticlePath(dir: string, key: string): string {
  return join(dir, 'articles', key.slice(0, 2), key);
}

/**
 * Writes an article's whole record and body: a line of JSON with the body, then the record as
 * its record file holds it (so that file is a copy, never serialised twice). Returns the hash
 * the listing keeps.
 */
export function writeWholeArticle(dir: string, key: string, html: string, recordJson: string): string {
  // Encoded once, for both the file and its hash.
  const bytes = Buffer.from(`${JSON.stringify({ html })}\n${recordJson}`);
  const path = wholeArticlePath(dir, key);
  try {
    writeFileSync(path, bytes);
  } catch (error) {
    // Its folder (one of 256) is made only when the write finds none, rather than asked for
    // before every article's write: a system call per article saved.
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, bytes);
  }
  return createHash('sha1').update(bytes).digest('hex');
}

/** The whole article of `key`, or null when its file is missing or is not the one the listing hashed. */
export function readWholeArticle(dir: string, key: string, fullHash: string): FullArticle | null {
  const bytes = readWholeBytes(dir, key, fullHash);
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
 * The body HTML alone of the whole article of `key` (the search index's text), or null as
 * readWholeArticle: the record, most of the file, is not parsed.
 */
export function readWholeHtml(dir: string, key: string, fullHash: string): string | null {
  const bytes = readWholeBytes(dir, key, fullHash);
  // Only the first line is decoded: the record after it is about two thirds of the file.
  return bytes === null ? null : htmlLine(bytes.toString('utf8', 0, bytes.indexOf(0x0a)));
}

/** The body HTML from the first line of a whole article's file, or null when that line is not what writeWholeArticle writes. */
function htmlLine(line: string): string | null {
  try {
    const { html } = JSON.parse(line) as { html: unknown };
    return typeof html === 'string' ? html : null;
  } catch {
    return null;
  }
}

/** The file's bytes when they hash as writeWholeArticle's did (hashed as read: a string would be encoded again to hash it). */
function readWholeBytes(dir: string, key: string, fullHash: string): Buffer | null {
  let bytes: Buffer;
  try {
    bytes = readFileSync(wholeArticlePath(dir, key));
  } catch {
    return null;
  }
  return createHash('sha1').update(bytes).digest('hex') === fullHash ? bytes : null;
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
      typeof article.draft === 'boolean' &&
      article.record &&
      typeof article.record.id === 'string' &&
      typeof article.record.headline === 'string' &&
      Array.isArray(article.record.actors) &&
      Array.isArray(article.record.topics),
  );
}
