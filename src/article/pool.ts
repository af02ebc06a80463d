import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { LoadedArticle } from './load.ts';

/** Below this many files, starting workers (≈300 ms each to load the pipeline) costs more than it saves. */
export const WORKER_THRESHOLD = 400;

/** How many files a worker gets per message: small enough to balance, large enough to amortise messaging. */
const BATCH = 64;

/**
 * Processes article files on worker threads, one per core: remark and extraction are CPU-bound
 * and per-file, so a build scales with cores. Results come back in the order of `paths`.
 */
export async function loadArticlesInWorkers(articlesDir: string, paths: readonly string[], workers = Math.max(1, availableParallelism())): Promise<LoadedArticle[]> {
  const results = new Array<LoadedArticle | undefined>(paths.length);
  const batches: { start: number; paths: string[] }[] = [];
  for (let i = 0; i < paths.length; i += BATCH) batches.push({ start: i, paths: paths.slice(i, i + BATCH) });
  const threads = Array.from({ length: Math.min(workers, batches.length) }, () => new Worker(new URL('./worker.js', import.meta.url)));
  try {
    await Promise.all(threads.map((thread) => new Promise<void>((resolve, reject) => {
      let current: { start: number; paths: string[] } | undefined;
      const next = (): void => {
        current = batches.shift();
        if (!current) resolve();
        else thread.postMessage({ id: current.start, articlesDir, paths: current.paths });
      };
      thread.on('message', (message: { ready?: boolean; id?: number; results?: LoadedArticle[] }) => {
        if (message.results && current) message.results.forEach((result, k) => (results[(current?.start ?? 0) + k] = result));
        next();
      });
      thread.on('error', reject);
      thread.on('exit', (code) => {
        if (current || batches.length) reject(new Error(`article worker stopped (exit ${code}) before finishing`));
      });
    })));
  } finally {
    await Promise.all(threads.map((thread) => thread.terminate()));
  }
  return results.map((result, i) => {
    if (!result) throw new Error(`article worker lost ${paths[i]}`);
    return result;
  });
}
