/**
 * The items that pages list (article summaries on term pages, the home page and related
 * stories; terms on term indexes) cross to a render thread once, not with every page that lists
 * them. An article's summary is on a dozen pages or more (its topics', countries', actors' and
 * tags' lists, the home page, other articles' related stories), and a page's data reaches a
 * thread as a structured clone: at 10,000 articles the summaries were most of the bytes the main
 * thread copied to the render threads and the threads decoded again.
 *
 * The main thread sends each item to a thread under its card key (render/cards.ts: a hash of its
 * JSON, so two items of one key look the same to any template) the first time that thread needs
 * it, and after that the key alone; the thread puts the items back in each page's data before
 * rendering it, as one shared object per key. Only a top-level array of the data whose every
 * item is an object with a key is sent this way; any other value is sent as it is.
 */
/** What packing reads and writes of a render job (render-task.ts's RenderJob). */
export interface ListedJob {
  page: { url: string; data: Record<string, unknown> };
  /** Top-level arrays of the page's data sent as the keys of their items: null in the data until the thread puts them back. */
  lists?: Record<string, string[]>;
}

/** Items a thread keeps before both sides start again: a bound on memory for very large sites only. */
export const MAX_LIST_ITEMS = 50_000;

/** The items of a batch as sent to one thread. */
export interface PackedItems {
  /** Items the thread does not hold yet, by key. */
  items: [string, object][];
  /** The thread is to forget the items it holds before taking these (the sender's bound was reached). */
  forget: boolean;
}

/** What the main thread knows each render thread holds. */
export class ListItemSender {
  readonly #held: Set<string>[];
  readonly #max: number;

  constructor(threads: number, max = MAX_LIST_ITEMS) {
    this.#held = Array.from({ length: threads }, () => new Set<string>());
    this.#max = max;
  }

  /**
   * The jobs as sent to `thread`: each top-level array of a page's data whose items all have a
   * key in `keys` is left as null in a copy of the data, its items' keys in the job's `lists`.
   * The page data of the plan is never changed.
   */
  pack<J extends ListedJob>(thread: number, jobs: readonly J[], keys: ReadonlyMap<object, string>): { jobs: J[] } & PackedItems {
    let held = this.#held[thread] as Set<string>;
    // The batch's keys bound what it can add: past the bound, the thread starts again with this batch.
    const forget = held.size + keys.size > this.#max;
    if (forget) {
      held = new Set();
      this.#held[thread] = held;
    }
    const items: [string, object][] = [];
    const packed = jobs.map((job): J => {
      const lists: Record<string, string[]> = {};
      // Values only: a value computed on access (the data index's text) is computed once, by the copy.
      const properties = Object.getOwnPropertyDescriptors(job.page.data);
      for (const [name, property] of Object.entries(properties)) {
        const value: unknown = property.value;
        if (!Array.isArray(value) || value.length === 0) continue;
        const listKeys: string[] = [];
        for (const item of value as unknown[]) {
          const key = item !== null && typeof item === 'object' ? keys.get(item) : undefined;
          if (key === undefined) break;
          listKeys.push(key);
        }
        if (listKeys.length !== value.length) continue;
        lists[name] = listKeys;
        property.value = null;
        for (const [i, key] of listKeys.entries()) {
          if (held.has(key)) continue;
          held.add(key);
          items.push([key, (value as object[])[i] as object]);
        }
      }
      if (Object.keys(lists).length === 0) return job;
      return { ...job, page: { ...job.page, data: Object.defineProperties({}, properties) as Record<string, unknown> }, lists };
    });
    return { jobs: packed, items, forget };
  }
}

/** A render thread's items by key, which it puts back into the pages' data. */
export class ListItemTable {
  #items = new Map<string, object>();

  /** Takes a batch's new items (after forgetting the held ones when told to); returns the new items by object, for the renderer's card keys. */
  take(packed: PackedItems): Map<object, string> {
    if (packed.forget) this.#items = new Map();
    const added = new Map<object, string>();
    for (const [key, item] of packed.items) {
      this.#items.set(key, item);
      added.set(item, key);
    }
    return added;
  }

  /** Puts each packed list back into its page's data, in place. */
  unpack(jobs: readonly ListedJob[]): void {
    for (const job of jobs) {
      for (const [name, keys] of Object.entries(job.lists ?? {})) {
        job.page.data[name] = keys.map((key) => {
          const item = this.#items.get(key);
          if (item === undefined) throw new Error(`The render thread was not sent the list item ${key} of ${job.page.url}`);
          return item;
        });
      }
    }
  }
}
