import { availableParallelism } from 'node:os';
import Tinypool from 'tinypool';
import type { ArticleLimits, LoadedArticle } from './load.ts';
import type { WorkerTask } from './worker.ts';

/** How many files a worker gets per task: small enough to balance, large enough to amortise messaging. */
const BATCH = 64;

// From the compiled package the worker is worker.js beside this file; from the TypeScript sources
// (vitest, scripts run through tsx) it is the shim that registers tsx in the worker thread first.
const WORKER_FILE = new URL(import.meta.url.endsWith('.ts') ? './worker-source.js' : './worker.js', import.meta.url);

/**
 * Processes article files on worker threads (a tinypool pool, one thread per core): remark and
 * extraction are CPU-bound and per-file, so a build scales with cores. Results come back in the
 * order of `paths`.
 */
export async function loadArticlesInWorkers(articlesDir: string, paths: readonly string[], workers = Math.max(1, availableParallelism()), limits: ArticleLimits = {}): Promise<LoadedArticle[]> {
  const batches: WorkerTask[] = [];
  for (let i = 0; i < paths.length; i += BATCH) batches.push({ articlesDir, paths: paths.slice(i, i + BATCH), limits });
  const threads = Math.max(1, Math.min(workers, batches.length));
  const pool = new Tinypool({ filename: WORKER_FILE.href, minThreads: threads, maxThreads: threads });
  try {
    const results = await Promise.all(batches.map((task) => pool.run(task) as Promise<LoadedArticle[]>));
    return results.flat();
  } finally {
    await pool.destroy();
  }
}
