/**
 * The whole article a page shows (its record and body HTML): its copy in the cache folder,
 * checked against the hash its listing keeps, else made again from its file. Making it again
 * needs the parsing and extraction pipeline, which is imported only then: a render thread that
 * finds every copy in the cache never loads it (about half a second and 15 MiB of heap each).
 */
import { readFileSync } from 'node:fs';
import { readWholeArticle, readWholeHtml, type WholeLocation } from '../cache/entries.ts';
import type { FullArticle } from '../index/plan.ts';

/** Where the whole article of a page is kept, and how to make it again. */
export interface WholeArticleRef {
  whole: WholeLocation;
  fullHash: string;
  /** The article file, absolute, its path in the articles folder and as shown: to process it again when its cached copy is gone. */
  file: string;
  path: string;
  displayPath: string;
  maxBytes: number;
}

export async function wholeArticle(cacheDir: string, ref: WholeArticleRef): Promise<FullArticle> {
  const cached = readWholeArticle(cacheDir, ref.whole, ref.fullHash);
  if (cached) return cached;
  // The cached copy is gone or damaged: make it again from the file (the same bytes give the same record).
  const { processSafely } = await import('../article/load.ts');
  const { article } = processSafely(readFileSync(ref.file), ref.path, ref.displayPath, { maxBytes: ref.maxBytes });
  if (!article) throw new Error(`${ref.displayPath} changed while the site was being built; build again`);
  return { record: article.record, html: article.html };
}

/** The body HTML of the article (the search index's text): its cached copy's, without parsing the record. */
export async function wholeArticleHtml(cacheDir: string, ref: WholeArticleRef): Promise<string> {
  return readWholeHtml(cacheDir, ref.whole, ref.fullHash) ?? (await wholeArticle(cacheDir, ref)).html;
}
