/**
 * The task a pool worker runs (tinypool calls the default export): read and process a batch of
 * article files, pure per file, and return the results in order.
 */
import { type ArticleLimits, type LoadedArticle, loadArticle } from './load.ts';

export interface WorkerTask {
  articlesDir: string;
  paths: string[];
  limits: ArticleLimits;
}

export default async function processBatch({ articlesDir, paths, limits }: WorkerTask): Promise<LoadedArticle[]> {
  const results: LoadedArticle[] = [];
  for (const path of paths) results.push(await loadArticle(articlesDir, path, limits));
  return results;
}
