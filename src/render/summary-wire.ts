/**
 * Page data on its way to a render thread. The article summaries list pages and article pages
 * show are most of what is copied to the threads: each goes in hundreds of batches, and
 * structured clone copies an object property by property at both ends. A summary goes instead as
 * the JSON the plan already made of it (the data index's line), which copies as one string and
 * parses faster than it deserialises, with its card key (cards.ts), so the thread hashes nothing.
 * JSON gives the summary back as it was: a summary holds only strings, numbers, null, arrays and
 * plain objects.
 */

/** The property that marks a summary sent as JSON; no page data has a property of this name. */
const JSON_PROPERTY = '\u0000summary';

/** A summary as sent: its JSON and its card key. */
export interface WiredSummary {
  [JSON_PROPERTY]: string;
  key: string;
}

/**
 * `data` with each summary in its arrays (its own properties' values, as card tags are given
 * them) replaced by its JSON and card key; `wire` gives them for the objects that are summaries.
 * `data` itself is left as it is (a page may hand out the same object each time); a property
 * computed on access stays so, to be computed when the data is copied.
 */
export function wireSummaries(data: Record<string, unknown>, wire: (item: object) => { json: string; key: string } | undefined): Record<string, unknown> {
  let copy: Record<string, unknown> | null = null;
  for (const [name, property] of Object.entries(Object.getOwnPropertyDescriptors(data))) {
    const value: unknown = property.value;
    if (!Array.isArray(value)) continue;
    let changed = false;
    const items = (value as unknown[]).map((item) => {
      const wired = item && typeof item === 'object' ? wire(item) : undefined;
      if (!wired) return item;
      changed = true;
      return { [JSON_PROPERTY]: wired.json, key: wired.key } satisfies WiredSummary;
    });
    if (!changed) continue;
    copy ??= Object.defineProperties({}, Object.getOwnPropertyDescriptors(data)) as Record<string, unknown>;
    copy[name] = items;
  }
  return copy ?? data;
}

/** The summaries of `data` sent as JSON made objects again, in place; `keys` gets each one's card key. */
export function unwireSummaries(data: Record<string, unknown>, keys: Map<object, string>): void {
  for (const [name, value] of Object.entries(data)) {
    if (!Array.isArray(value) || !value.some(isWired)) continue;
    data[name] = (value as unknown[]).map((item) => {
      if (!isWired(item)) return item;
      const summary = JSON.parse(item[JSON_PROPERTY]) as object;
      keys.set(summary, item.key);
      return summary;
    });
  }
}

function isWired(item: unknown): item is WiredSummary {
  return typeof item === 'object' && item !== null && typeof (item as Partial<WiredSummary>)[JSON_PROPERTY] === 'string';
}
