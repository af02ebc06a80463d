import { describe, expect, it } from 'vitest';
import { lexicon } from './lexicon/index.ts';
import { parseDigits } from './numbers.ts';
import { extract } from './testing.ts';

const fr = lexicon('fr').numberFormat;
const en = lexicon('en').numberFormat;
const one = (text: string, lang = 'fr') => extract(text, { lang }).figures[0];

describe('number formats', () => {
  it('reads « 4.000 grévistes » as 4,000 in French (a dot before exactly three digits groups)', () => {
    expect(parseDigits('4.000', fr)).toBe(4000);
    expect(parseDigits('6.481', fr)).toBe(6481);
    expect(parseDigits('2.350.000', fr)).toBe(2350000);
    expect(one('Quelque 4.000 grévistes ont défilé à Rennes.')).toMatchObject({ value: 4000, qualifier: 'approximate' });
  });
  it('reads « 1.5 » in a French text as a decimal: the dot groups only before three digits', () => {
    expect(parseDigits('1.5', fr)).toBe(1.5);
    expect(parseDigits('12.75', fr)).toBe(12.75);
  });
  it('reads the French decimal comma with dot groups: « 1.250,5 »', () => {
    expect(parseDigits('1.250,5', fr)).toBe(1250.5);
    expect(parseDigits('3,75', fr)).toBe(3.75);
  });
  it('reads English commas as groups before three digits and as a decimal otherwise', () => {
    expect(parseDigits('8,412', en)).toBe(8412);
    expect(parseDigits('2,5', en)).toBe(2.5);
    expect(parseDigits('8,412.25', en)).toBe(8412.25);
  });
  it('reads Indian lakh groups "2,50,000" as 250,000', () => {
    expect(parseDigits('2,50,000', en)).toBe(250000);
  });
  it('reads no-break, narrow no-break and thin spaces, and Swiss apostrophes, as groups', () => {
    expect(parseDigits('7\u202f500', fr)).toBe(7500);
    expect(parseDigits('7\u2009500', fr)).toBe(7500);
    expect(one("Le canton compte 3'400 frontaliers de plus.")?.value).toBe(3400);
    expect(one('Some 2’600 delegates attended.', 'en')?.value).toBe(2600);
  });
  it('reads no date-like run of dots as a number: « 12.04.21 »', () => {
    expect(parseDigits('12.04.21', fr)).toBeNull();
  });
  it('reads decimals read out: "61-point-four billion", "nine-point-25 million", « deux virgule cinq milliards »', () => {
    expect(one('The agency set aside 61-point-four billion yen for repairs.', 'en')).toMatchObject({ value: 61.4e9, kind: 'money', unit: 'JPY' });
    expect(one('The club paid nine-point-25 million dollars.', 'en')).toMatchObject({ value: 9.25e6, kind: 'money' });
    expect(one('La commune emprunte deux virgule cinq milliards de francs CFA.')).toMatchObject({ value: 2.5e9, kind: 'money' });
  });
  it('reads no decimal in "at one point three riders fell"', () => {
    expect(extract('At one point three riders fell on the descent.', { lang: 'en' }).figures.map((f) => f.value)).not.toContain(1.3);
  });
});
