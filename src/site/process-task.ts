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
 * The batch's entries as JSON, one entry a line: a string crosses the thread boundary as one
 * copy, and waits in the main thread until extraction is over in about a third of the memory of
 * the objects it stands for (about 6 KB of text against 18 KB of objects per article, at 10,000
 * articles some 120 MiB less while the extraction threads' heaps are at their largest). An entry
 * is plain JSON data, and its line is the line the cache's listings keep of it
 * (SiteCache.takeExtracted): it is serialised once.
 */
export function run(task: ProcessTask): string {
  const pack = new PackWriter(task.cacheDir);
  try {
    return task.files.map((file) => JSON.stringify(processEntry(file, task, pack))).join('\n');
  } finally {
    pack.close();
  }
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
