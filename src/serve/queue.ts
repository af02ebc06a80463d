/**
 * The watch queue: a pure state machine from file events to rebuild batches, with no timers
 * and no file system, so it is tested by feeding it events and clock values (Eleventy's
 * WatchQueue, Hugo's watcher/batcher). The caller owns the clock: after every `push` or
 * `finish` it asks `nextDeadline()` and arms one timer for it; when the timer fires it calls
 * `take(now)`.
 *
 * Rules:
 * - events are coalesced per path: the last one wins, so an editor's burst (write temp, rename
 *   over, touch) on one path becomes one change, and add-then-delete becomes a removal;
 * - a batch is released once no event has arrived for `quietMs` (the debounce), or `maxWaitMs`
 *   after the first pending event even if events keep coming (a long `git checkout` still
 *   shows progress, a log file written every 10 ms does not starve the preview);
 * - one build at a time: while a batch is being built, new events wait for the next batch.
 */

/** What a file watcher reports, reduced to what a rebuild needs. */
export type WatchEventType = 'add' | 'change' | 'unlink' | 'addDir' | 'unlinkDir';

export interface WatchEvent {
  type: WatchEventType;
  /** Absolute path of the file or folder. */
  path: string;
}

/** The final state of one path in a batch: it exists with new content, or it is gone. */
export type PathChange = 'upsert' | 'remove';

export interface WatchBatch {
  /** Files by absolute path, each with its last known state. */
  files: Map<string, PathChange>;
  /** Folders removed as a whole: every known file under them is gone. */
  removedDirs: string[];
  /** Number of raw events merged into this batch (for tests and the terminal line). */
  events: number;
}

export interface WatchQueueOptions {
  /** Quiet time, in ms, after the last event before a batch is released. Default: 25. */
  quietMs?: number;
  /** Longest time, in ms, the first pending event waits for its batch. Default: 1000. */
  maxWaitMs?: number;
}

export const DEFAULT_QUIET_MS = 25;
export const DEFAULT_MAX_WAIT_MS = 1000;

export class WatchQueue {
  readonly quietMs: number;
  readonly maxWaitMs: number;
  #files = new Map<string, PathChange>();
  #removedDirs = new Set<string>();
  #events = 0;
  #firstAt: number | null = null;
  #lastAt: number | null = null;
  #building = false;

  constructor(options: WatchQueueOptions = {}) {
    this.quietMs = options.quietMs ?? DEFAULT_QUIET_MS;
    this.maxWaitMs = options.maxWaitMs ?? DEFAULT_MAX_WAIT_MS;
  }

  /** Whether a batch is being built (between `take` and `finish`). */
  get building(): boolean {
    return this.#building;
  }

  /** Whether events are waiting for a batch. */
  get pending(): boolean {
    return this.#events > 0;
  }

  push(event: WatchEvent, now: number): void {
    this.#events++;
    this.#firstAt ??= now;
    this.#lastAt = now;
    switch (event.type) {
      case 'add':
      case 'change':
        this.#files.set(event.path, 'upsert');
        break;
      case 'unlink':
        this.#files.set(event.path, 'remove');
        break;
      case 'unlinkDir':
        this.#removedDirs.add(event.path);
        break;
      case 'addDir':
        // A folder moved in brings its files as their own `add` events; a re-added folder
        // cancels its own earlier removal in this batch.
        this.#removedDirs.delete(event.path);
        break;
    }
  }

  /**
   * When `take` should next be called, or null when there is nothing to wait for (no events,
   * or a build is running: `finish` will say when to look again).
   */
  nextDeadline(): number | null {
    if (this.#building || this.#firstAt === null || this.#lastAt === null) return null;
    return Math.min(this.#lastAt + this.quietMs, this.#firstAt + this.maxWaitMs);
  }

  /** The pending batch if it is due at `now` and no build is running; it then counts as building. */
  take(now: number): WatchBatch | null {
    const deadline = this.nextDeadline();
    if (deadline === null || now < deadline) return null;
    const batch: WatchBatch = { files: this.#files, removedDirs: [...this.#removedDirs], events: this.#events };
    this.#files = new Map();
    this.#removedDirs = new Set();
    this.#events = 0;
    this.#firstAt = null;
    this.#lastAt = null;
    this.#building = true;
    return batch;
  }

  /**
   * The build of the last batch is over. Events that came during it form the next batch,
   * released `quietMs` from now at the earliest so a save made during a long build is not
   * split from its own follow-up events.
   */
  finish(now: number): void {
    this.#building = false;
    if (this.#firstAt !== null && this.#lastAt !== null) this.#lastAt = Math.max(this.#lastAt, now);
  }
}
