/**
 * The item at `i` of a list, or undefined before the first and past the last: how a rule reads the
 * item before one it looks at ("itemAt(figures, i - 1)"). Not `figures[i - 1]`: in V8 a read at
 * index -1 is a lookup of a property named "-1", which takes the engine's slow path and makes the
 * site generic (megamorphic) for every read after it. (tokens.ts `tokenAt` reads a sentence's
 * tokens with it.)
 */
export function itemAt<T>(items: readonly T[], i: number): T | undefined {
  return i >= 0 ? items[i] : undefined;
}
