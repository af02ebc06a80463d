import type { ListedRecord } from './listing.ts';
import { compareByDate } from './summary.ts';

/** Past this share of the site changed at once, sorting it all again is cheaper than moving each. */
const RESORT_SHARE = 1 / 16;

/**
 * The site order (latest first, as `compareByDate` sorts) kept across watch-mode plans. Watch
 * mode hands over the same articles, in the same (path) order and as the same objects, save
 * after save, but for those the save changed: finding them takes one identity comparison per
 * article, and each is taken out of the order and put back in its new place by binary search,
 * where sorting the site again would compare thousands of dates and headlines. Articles come or
 * go, or many change at once: the whole site is sorted again.
 */
export class SiteOrder<T> {
  readonly #recordOf: (item: T) => ListedRecord;
  /** The items of the last call, in the order given. */
  #input: readonly T[] = [];
  #order: T[] = [];

  constructor(recordOf: (item: T) => ListedRecord) {
    this.#recordOf = recordOf;
  }

  /** `items` sorted as `[...items].sort((a, b) => compareByDate(recordOf(a), recordOf(b)))` sorts them. */
  sort(items: readonly T[]): T[] {
    this.#order = this.#moved(items) ?? [...items].sort((a, b) => compareByDate(this.#recordOf(a), this.#recordOf(b)));
    this.#input = [...items];
    return [...this.#order];
  }

  /** The last order with the changed items moved to their places; null when sorting again is the way. */
  #moved(items: readonly T[]): T[] | null {
    const previous = this.#input;
    if (items.length !== previous.length) return null;
    const limit = Math.max(1, items.length * RESORT_SHARE);
    const changed: number[] = [];
    for (let i = 0; i < items.length; i++) {
      if (items[i] !== previous[i] && changed.push(i) > limit) return null;
    }
    const order = [...this.#order];
    for (const i of changed) {
      // compareByDate is a total order (ids are unique), so an item's place is found exactly.
      const gone = previous[i] as T;
      const at = this.#placeOf(order, this.#recordOf(gone));
      if (order[at] !== gone) return null;
      order.splice(at, 1);
    }
    for (const i of changed) {
      const item = items[i] as T;
      order.splice(this.#placeOf(order, this.#recordOf(item)), 0, item);
    }
    return order;
  }

  /** The first index whose record does not sort before `record`. */
  #placeOf(order: readonly T[], record: ListedRecord): number {
    let low = 0;
    let high = order.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (compareByDate(this.#recordOf(order[middle] as T), record) < 0) low = middle + 1;
      else high = middle;
    }
    return low;
  }
}
