import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CodeUnitClass, fold, foldWord, internal } from './text.ts';

describe('fold', () => {
  it('folds a word of plain ASCII as the whole rule does: one letter past ASCII sends the same word through the rule', () => {
    // Printable ASCII with and without what the rule replaces (a backquote, spaces inside).
    const ascii = fc.array(fc.constantFrom(...'aZ09-.,;:!?\'"()/&%$€#`AbCdEfXy \t'.split('')), { maxLength: 24 }).map((units) => units.join('').trim());
    fc.assert(
      fc.property(ascii, (text) => {
        // "é" folds to "e", after the rest of the text went through NFD, marks, apostrophes, spaces and case.
        const throughRule = fold(`${text}é`).slice(0, -1);
        expect(fold(text)).toBe(throughRule);
        expect(foldWord(text)).toBe(throughRule);
      }),
      { numRuns: 500 },
    );
  });

  it('straightens a backquote and squeezes spaces, as the rule says, for ASCII words too', () => {
    expect(fold('Don`t')).toBe("don't");
    expect(fold('New \t York')).toBe('new york');
    expect(foldWord('Kyiv-2024')).toBe('kyiv-2024');
    expect(foldWord('À')).toBe('à');
  });
});

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

describe('internal', () => {
  it('gives back the same characters for any text: cut from a longer one, joined, two bytes a character, digits, a name objects keep', () => {
    const long = 'Le ministère de l’Économie a publié 1 200 pages.';
    const samples = [long.slice(3, 19), `${long.slice(0, 9)}${long.slice(20)}`, '“', '2024', '__proto__', 'constructor', '', long];
    for (const text of samples) expect(internal(text)).toBe(text);
    fc.assert(fc.property(fc.string({ unit: 'binary' }), (text) => internal(text) === text));
  });
});
