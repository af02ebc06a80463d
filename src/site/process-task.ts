/**
 * The `process` task: read → parse → extract the article files a build found no cached result
 * for. The whole records and bodies of a batch go to one pack file in the cache folder
 * (cache/entries.ts), where each page's renderer reads its article again; only the listing (what the index stage reads) comes back, as JSON, so whole records never
 * cross the thread boundary, and the record file's JSON is made once, here.
 */
import { processSafely } from '../article/load.ts';
import { type ArticleEntry, PackWriter } from '../cache/entries.ts';
import { listedRecord } from '../index/listing.ts';
import { recordJson } from '../record/json.ts';

export interface ProcessFile {
  /** Path relative to the articles folder. */
  path: string;
  displayPath: string;
  bytes: Uint8Array;
  /** Its cache key. */
  key: string;
}

export interface ProcessTask {
  files: ProcessFile[];
  /** Largest article file, in bytes. */
  maxBytes: number;
  /** The site's cache folder, where whole articles are written. */
  cacheDir: string;
}

/**
 * The batch's entries as JSON, one entry a line, in a string of one byte a character: the
 * characters past Latin-1 (a narrow no-break space, a curly quotation mark: nearly every news
 * article has some) written as JSON escapes. A string crosses the thread boundary as one copy
 * and waits in the main thread until extraction is over; with a single character past Latin-1 it
 * takes two bytes a character, twice the memory (at 10,000 articles 155 MB instead of 78, while
 * the extraction threads' heaps are at their largest). Bytes (UTF-8, moved rather than copied)
 * would take as little, but outside the engine's heap: memory the main thread's allocator kept
 * once they were freed (a 10,000-article build's rendering then took 60 MiB more). An entry is
 * plain JSON data, and its line is the line the cache's listings keep of it
 * (SiteCache.takeExtracted): it is serialised once.
 */
export function run(task: ProcessTask): string {
  const pack = new PackWriter(task.cacheDir);
  try {
    return oneByteJson(task.files.map((file) => JSON.stringify(processEntry(file, task, pack))).join('\n'));
  } finally {
    pack.close();
  }
}

// Code units past Latin-1, each of a surrogate pair apart (no `u` flag): JSON escapes them one by one.
const PAST_LATIN1 = /[\u0100-\uffff]/g;
const escapeUnit = (unit: string): string => `\\u${unit.charCodeAt(0).toString(16).padStart(4, '0')}`;

/** `json` with every character past Latin-1 escaped, as a string the engine keeps with one byte a character (made from Latin-1 bytes, whatever the representation `json` had). */
export function oneByteJson(json: string): string {
  return Buffer.from(json.replace(PAST_LATIN1, escapeUnit), 'latin1').toString('latin1');
}

/** One file's entry: its listing and problems; its whole record and body written to `pack`. */
export function processEntry(file: ProcessFile, task: Omit<ProcessTask, 'files' | 'cacheDir'>, pack: PackWriter): ArticleEntry {
  const { key, path, displayPath } = file;
  const { article, diagnostics } = processSafely(file.bytes, path, displayPath, { maxBytes: task.maxBytes });
  if (!article) return { key, path, displayPath, diagnostics, article: null };
  const { whole, fullHash } = pack.write(article.html, recordJson(article.record));
  return {
    key,
    path,
    displayPath,
    diagnostics,
    article: { record: listedRecord(article.record), digest: article.digest, originalUrl: article.originalUrl, draft: article.draft, titleLine: article.titleLine, fullHash, whole },
  };
}
