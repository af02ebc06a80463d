import { availableParallelism } from 'node:os';
import { WorkerPool } from '../workers/pool.ts';
import type { ArticleLimits, LoadedArticle } from './load.ts';

/** How many files a thread gets per task: small enough to balance, large enough to amortise messaging. */
const BATCH = 64;

/**
 * Processes article files on worker threads (one per core): remark and extraction are
 * CPU-bound and per-file, so the work scales with cores. Results come back in the order of `paths`.
 */
export async function loadArticlesInWorkers(articlesDir: string, paths: readonly string[], workers = Math.max(1, availableParallelism()), limits: ArticleLimits = {}): Promise<LoadedArticle[]> {
  const batches: string[][] = [];
  for (let i = 0; i < paths.length; i += BATCH) batches.push(paths.slice(i, i + BATCH));
  const pool = new WorkerPool({ size: Math.max(1, Math.min(workers, batches.length)) });
  try {
    const results = await Promise.all(batches.map((batch) => pool.run('load', { articlesDir, paths: batch, limits })));
    return results.flat();
  } finally {
    await pool.close();
  }
}
