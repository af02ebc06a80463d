// Worker thread for builds: reads and processes the article files it is sent (read → parse →
// extract, pure per file) and posts the results back. Plain JavaScript so that it can register
// tsx for itself: a worker does not inherit the main thread's loaders.
import { parentPort } from 'node:worker_threads';
import { register } from 'tsx/esm/api';

register();
const { loadArticle } = await import('./load.ts');

parentPort.on('message', async ({ id, articlesDir, paths }) => {
  const results = [];
  for (const path of paths) results.push(await loadArticle(articlesDir, path));
  parentPort.postMessage({ id, results });
});
parentPort.postMessage({ ready: true });
