/** Comparisons of lists that planning runs on every watch-mode rebuild. */

/** Whether two lists hold the same items (the same strings, the very same objects) in the same order. */
export function sameItems<T>(a: readonly T[], b: readonly T[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/** Whether two lists hold the same strings in the same order. */
export const sameStrings: (a: readonly string[], b: readonly string[]) => boolean = sameItems;

/** Whether two lists hold the same strings from `start`, for `length` items. */
export function sameRange(a: readonly string[], b: readonly string[], start: number, length: number): boolean {
  for (let i = start; i < start + length; i++) if (a[i] !== b[i]) return false;
  return true;
}
