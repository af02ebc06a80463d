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
 * The batch's entries as JSON, one entry a line, in UTF-8. The bytes are moved to the main
 * thread, not copied (workers/worker.ts), and wait there until extraction is over outside the
 * JavaScript heap, in less memory than the objects they stand for or than their text: about 8 KB
 * an article, where the text, written with two bytes a character as soon as it holds one
 * character past Latin-1 (a narrow no-break space, a curly quotation mark: nearly every news
 * article), took twice that: at 10,000 articles some 75 MiB less while the extraction threads'
 * heaps are at their largest. An entry is plain JSON data, and its line is the line the cache's
 * listings keep of it (SiteCache.takeExtracted): it is serialised once.
 */
export function run(task: ProcessTask): Uint8Array {
  const pack = new PackWriter(task.cacheDir);
  try {
    return UTF8.encode(task.files.map((file) => JSON.stringify(processEntry(file, task, pack))).join('\n'));
  } finally {
    pack.close();
  }
}

const UTF8 = new TextEncoder();

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
