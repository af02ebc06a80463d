/**
 * A fixed set of worker threads that run named tasks (tasks.ts): the build's CPU-bound stages
 * (read, parse and extract; render and write) spread over every core. A task goes to the first
 * idle thread, so threads that get easy batches take more of them. Each thread loads only the
 * code of the tasks it is given: a build whose articles all come from the cache never loads
 * extraction.
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { TaskInput, TaskName, TaskOutput } from './tasks.ts';

// From the compiled package the thread runs worker.js beside this file; from the TypeScript
// sources (vitest, scripts run through tsx) it runs the shim that registers tsx in the thread first.
/** Each thread's young generation, in MB (see #start). */
const YOUNG_GENERATION_MB = 24;
const WORKER_FILE = new URL(import.meta.url.endsWith('.ts') ? './worker-source.js' : './worker.js', import.meta.url);

export interface PoolOptions {
  /** Threads. Default: os.availableParallelism(). */
  size?: number;
  /**
   * How much lower than the process the threads run, as a nice value (0–19), and so do the
   * processes they start: for work in the background that must not slow what a reader waits
   * for. Linux only, where each thread has its own; elsewhere a thread's priority is its
   * process's, and the threads run as the process does. Default: 0.
   */
  niceness?: number;
}

interface Job {
  id: number;
  name: TaskName;
  /** The task's input, made for the thread that takes it. */
  input: (thread: number) => unknown;
  resolve: (output: unknown) => void;
  reject: (error: Error) => void;
}

interface Thread {
  worker: Worker;
  job: Job | null;
}

/** What a thread is started with. */
export interface WorkerSettings {
  niceness: number;
}

/** What a thread answers: the task's output, or the message of what it threw. */
export type Reply = { id: number; output: unknown } | { id: number; error: string };

export class WorkerPool {
  readonly size: number;
  readonly #niceness: number;
  readonly #threads: Thread[] = [];
  readonly #queue: Job[] = [];
  #next = 0;
  #broken: Error | null = null;

  constructor(options: PoolOptions = {}) {
    this.size = Math.max(1, options.size ?? availableParallelism());
    this.#niceness = options.niceness ?? 0;
    for (let i = 0; i < this.size; i++) this.#threads.push(this.#start());
  }

  /** Runs a task on the first idle thread. */
  run<N extends TaskName>(name: N, input: TaskInput<N>): Promise<TaskOutput<N>> {
    return this.runFor(name, () => input);
  }

  /**
   * Runs a task on the first idle thread, its input made when that thread takes it and for that
   * thread (its index, from 0 to size − 1): what a thread already holds need not be sent again.
   */
  runFor<N extends TaskName>(name: N, input: (thread: number) => TaskInput<N>): Promise<TaskOutput<N>> {
    if (this.#broken) return Promise.reject(this.#broken);
    return new Promise((resolve, reject) => {
      this.#queue.push({ id: this.#next++, name, input, resolve: resolve as (output: unknown) => void, reject });
      this.#dispatch();
    });
  }

  /** Stops every thread; tasks not done are rejected. */
  async close(): Promise<void> {
    this.#fail(new Error('The worker pool was closed'));
    await Promise.all(this.#threads.map((thread) => thread.worker.terminate()));
  }

  #start(): Thread {
    // Half V8's default young generation (48 MB) for each thread: the two extraction threads'
    // heaps are at their largest at the end of extraction, beside the main thread's; there the
    // larger young generation cost 30-50 MiB with no CPU time to show for it, and a thread
    // collecting its young generation half as often saved none either (docs/performance-log.md,
    // 2026-12-06).
    const workerData: WorkerSettings = { niceness: this.#niceness };
    const worker = new Worker(WORKER_FILE, { resourceLimits: { maxYoungGenerationSizeMb: YOUNG_GENERATION_MB }, workerData });
    const thread: Thread = { worker, job: null };
    worker.on('message', (reply: Reply) => {
      const job = thread.job;
      if (!job || job.id !== reply.id) return;
      thread.job = null;
      if ('error' in reply) job.reject(new Error(reply.error));
      else job.resolve(reply.output);
      this.#dispatch();
    });
    // A thread that dies (a bug, memory exhausted) takes the build with it: say what happened
    // rather than waiting forever for its answer.
    worker.on('error', (error) => this.#fail(error instanceof Error ? error : new Error(String(error))));
    worker.on('exit', (code) => {
      if (code !== 0) this.#fail(new Error(`A worker thread stopped (exit code ${code})`));
    });
    // Idle threads must not keep the process alive.
    worker.unref();
    return thread;
  }

  #dispatch(): void {
    for (const [index, thread] of this.#threads.entries()) {
      while (!thread.job) {
        const job = this.#queue.shift();
        if (!job) return;
        let input: unknown;
        try {
          input = job.input(index);
        } catch (error) {
          // The task's own failure: the thread takes the next one.
          job.reject(error instanceof Error ? error : new Error(String(error)));
          continue;
        }
        thread.job = job;
        thread.worker.ref();
        thread.worker.postMessage({ id: job.id, name: job.name, input });
      }
    }
    for (const thread of this.#threads) if (!thread.job) thread.worker.unref();
  }

  #fail(error: Error): void {
    this.#broken ??= error;
    for (const job of this.#queue.splice(0)) job.reject(error);
    for (const thread of this.#threads) {
      thread.job?.reject(error);
      thread.job = null;
    }
  }
}
