/** Comparisons of string lists that planning runs on every watch-mode rebuild. */

/** Whether two lists hold the same strings in the same order. */
export function sameStrings(a: readonly string[], b: readonly string[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/** Whether two lists hold the same strings from `start`, for `length` items. */
export function sameRange(a: readonly string[], b: readonly string[], start: number, length: number): boolean {
  for (let i = start; i < start + length; i++) if (a[i] !== b[i]) return false;
  return true;
}
