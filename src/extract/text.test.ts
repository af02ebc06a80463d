import { describe, expect, it } from 'vitest';
import { CodeUnitClass } from './text.ts';

describe('CodeUnitClass', () => {
  it('answers for each code unit as its pattern does, the first time and once remembered', () => {
    const letters = new CodeUnitClass(/^\p{L}$/u);
    const units = ['a', 'é', 'Ж', 'ß', '中', '1', ' ', "'", '’', '-', '\u00a0'];
    for (let round = 0; round < 2; round++) {
      expect(units.map((u) => letters.has(u.charCodeAt(0)))).toEqual([true, true, true, true, true, false, false, false, false, false, false]);
    }
  });

  it('never counts a lone surrogate in, even when the pattern would take any character', () => {
    const any = new CodeUnitClass(/^[\s\S]$/u);
    expect(any.has('𝐀'.charCodeAt(0))).toBe(false);
    expect(any.has('𝐀'.charCodeAt(1))).toBe(false);
    expect(any.has(0)).toBe(true);
  });
});
