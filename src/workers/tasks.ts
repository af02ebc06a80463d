/**
 * The tasks a pool thread can run, by name, and the module of each: a thread imports a task's
 * module the first time it is asked to run it.
 */
const TASKS = {
  /** Read and process article files; whole results back (check, watch mode). */
  load: () => import('../article/batch.ts'),
  /** Process article files a build read; listings back, whole records into the cache. */
  process: () => import('../site/process-task.ts'),
  /** Render pages and write the files that changed. */
  render: () => import('../site/render-task.ts'),
  /** Index shards of search records with Pagefind; the index files back (watch mode's refresh). */
  search: () => import('../search/index-task.ts'),
};

export type TaskName = keyof typeof TASKS;
type TaskModule<N extends TaskName> = Awaited<ReturnType<(typeof TASKS)[N]>>;
export type TaskInput<N extends TaskName> = Parameters<TaskModule<N>['run']>[0];
export type TaskOutput<N extends TaskName> = Awaited<ReturnType<TaskModule<N>['run']>>;

export async function runTask<N extends TaskName>(name: N, input: TaskInput<N>): Promise<TaskOutput<N>> {
  const task = TASKS[name];
  if (!task) throw new Error(`Unknown task "${String(name)}"`);
  const module = (await task()) as { run: (input: TaskInput<N>) => TaskOutput<N> | Promise<TaskOutput<N>> };
  return module.run(input);
}
