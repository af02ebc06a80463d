// Property tests for number parsing: any number written in digits, in the French or English
// format of its language (groups of three with spaces, no-break spaces, commas or dots; a decimal
// comma or point), reads back as the number written. Kept apart from numbers.ts's own tests.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { lexicon } from './lexicon/index.ts';
import { parseDigits } from './numbers.ts';

// Each language's number format, as its lexicon says.
const format = (lang: string) => lexicon(lang).numberFormat;

/** `n` with its integer part grouped by three with `separator`. */
function grouped(n: number, separator: string): string {
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, separator);
}

const integer = fc.integer({ min: 0, max: 999_999_999 });
const decimals = fc.integer({ min: 1, max: 99 }).map((d) => String(d).padStart(2, '0'));

describe('parseDigits', () => {
  it('reads French integers grouped with spaces, no-break or narrow no-break spaces', () => {
    fc.assert(
      fc.property(integer, fc.constantFrom(' ', '\u00a0', '\u202f', ''), (n, separator) => {
        expect(parseDigits(grouped(n, separator), format('fr'))).toBe(n);
      }),
    );
  });

  it('reads French decimals with a comma, and English ones with a point', () => {
    fc.assert(
      fc.property(integer, decimals, (n, d) => {
        expect(parseDigits(`${grouped(n, '\u00a0')},${d}`, format('fr'))).toBeCloseTo(Number(`${n}.${d}`), 6);
        expect(parseDigits(`${grouped(n, ',')}.${d}`, format('en'))).toBeCloseTo(Number(`${n}.${d}`), 6);
      }),
    );
  });

  it('reads English integers grouped with commas', () => {
    fc.assert(
      fc.property(integer, (n) => {
        expect(parseDigits(grouped(n, ','), format('en'))).toBe(n);
      }),
    );
  });

  it('reads French millions grouped with dots', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1_000_000, max: 999_999_999 }), (n) => {
        expect(parseDigits(grouped(n, '.'), format('fr'))).toBe(n);
      }),
    );
  });

  it('never throws, and gives a finite number or null, on any text', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 30 }), fc.constantFrom('fr', 'en', 'de'), (text, lang) => {
        const value = parseDigits(text, format(lang));
        expect(value === null || Number.isFinite(value)).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });
});
