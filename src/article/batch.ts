/**
 * The `load` task of a pool thread: read and process a batch of article files, pure per file,
 * and return the whole results in order (check and watch mode keep every article whole).
 */
import { type ArticleLimits, type LoadedArticle, loadArticle } from './load.ts';

export interface LoadTask {
  articlesDir: string;
  paths: string[];
  limits: ArticleLimits;
}

export async function run({ articlesDir, paths, limits }: LoadTask): Promise<LoadedArticle[]> {
  const results: LoadedArticle[] = [];
  for (const path of paths) results.push(await loadArticle(articlesDir, path, limits));
  return results;
}
