import type { ListedRecord } from './listing.ts';
import { compareByDate } from './summary.ts';

/** Past this share of the site changed at once, sorting it all again is cheaper than inserting. */
const RESORT_SHARE = 1 / 16;

/**
 * The site order (latest first, as `compareByDate` sorts) kept across watch-mode plans. A save
 * changes one record: the others keep their places, and the new record is put in place by binary
 * search, where sorting the site again would compare thousands of headlines by the locale's rules
 * on every save. Records are told apart by identity, as the plan cache does: a record that is
 * the same object as last time is the same article in the same place.
 */
export class SiteOrder {
  #order: ListedRecord[] = [];
  #known = new Set<ListedRecord>();

  /** `items` sorted as `[...items].sort((a, b) => compareByDate(recordOf(a), recordOf(b)))` sorts them. */
  sort<T>(items: readonly T[], recordOf: (item: T) => ListedRecord): T[] {
    const current = new Map<ListedRecord, T>();
    const added: ListedRecord[] = [];
    for (const item of items) {
      const record = recordOf(item);
      current.set(record, item);
      if (!this.#known.has(record)) added.push(record);
    }
    if (added.length > Math.max(1, items.length * RESORT_SHARE)) {
      this.#order = [...current.keys()].sort(compareByDate);
      this.#known = new Set(this.#order);
    } else {
      // compareByDate is a total order (ids are unique), so the places found are the ones a
      // whole sort gives.
      const order = this.#order.filter((record) => current.has(record) || !this.#known.delete(record));
      for (const record of added) {
        order.splice(insertionPoint(order, record), 0, record);
        this.#known.add(record);
      }
      this.#order = order;
    }
    return this.#order.map((record) => current.get(record) as T);
  }
}

/** The first index whose record sorts after `record`. */
function insertionPoint(order: readonly ListedRecord[], record: ListedRecord): number {
  let low = 0;
  let high = order.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (compareByDate(order[middle] as ListedRecord, record) <= 0) low = middle + 1;
    else high = middle;
  }
  return low;
}
