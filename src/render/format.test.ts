import { readFileSync } from 'node:fs';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import type { Figure } from '../record/types.ts';
import { createFormatter, frenchSpacing } from './format.ts';

const NBSP = '\u00A0';
const NNBSP = '\u202F';
const qualifiers = { en: { approximate: 'about', 'more-than': 'more than' }, fr: { approximate: 'environ', 'more-than': 'plus de' } };
const en = createFormatter({ language: 'en', qualifiers: qualifiers.en });
const fr = createFormatter({ language: 'fr', qualifiers: qualifiers.fr });
const es = createFormatter({ language: 'es', qualifiers: { approximate: 'unos', 'more-than': 'más de' } });
const fig = (value: number, unit: string | null, kind: Figure['kind'], counts: string | null = null, qualifier: Figure['qualifier'] = 'exact') => ({ value, unit, kind, qualifier, counts });

describe('createFormatter: figures', () => {
  it('writes "value · what it counts" with the number in the site language', () => {
    expect(en.figure(fig(58612, null, 'count', 'crowd at Optus Stadium'))).toEqual({ value: '58,612', what: 'crowd at Optus Stadium' });
    expect(fr.figure(fig(58612, null, 'count', 'spectateurs'))).toEqual({ value: `58${NNBSP}612`, what: 'spectateurs' });
  });

  it('writes large sums of money in words, with "de" in French, never as raw digits', () => {
    expect(fr.figure(fig(4_200_000_000_000, 'XOF', 'money')).value).toBe('4,2 billions de francs CFA');
    expect(en.figure(fig(4_200_000_000_000, 'XOF', 'money')).value).toBe(`4.2 trillion${NBSP}West African CFA francs`);
    expect(en.figure(fig(10940, 'USD', 'money')).value).toBe('$10,940');
    expect(fr.figure(fig(61_900_000_000, 'USD', 'money', null, 'more-than')).value).toBe(`plus de${NBSP}61,9 milliards de dollars des États-Unis`);
  });

  it('writes large sums in Spanish with « de » and Spanish digits: « 4,2 mil millones de dólares », « unos 58.612 »', () => {
    expect(es.figure(fig(4_200_000_000, 'USD', 'money')).value).toBe('4,2 mil millones de dólares estadounidenses');
    expect(es.figure(fig(58612, null, 'count', 'personas', 'approximate'))).toEqual({ value: `unos${NBSP}58.612`, what: 'personas' });
    expect(es.dateLong('2026-10-01')).toBe('1 de octubre de 2026');
  });

  it('writes percentages and durations as the language does', () => {
    expect(fr.figure(fig(3.25, '%', 'percent')).value).toBe(`3,25${NBSP}%`);
    expect(en.figure(fig(3.25, '%', 'percent')).value).toBe('3.25%');
    expect(fr.figure(fig(5, 'months', 'duration')).value).toBe(`5${NBSP}mois`);
    expect(en.figure(fig(1, 'centuries', 'duration')).value).toBe('100 years');
    expect(en.figure(fig(185, 'km / h', 'quantity')).value).toBe('185 km/h');
    expect(fr.figure(fig(3940, 'sq km', 'quantity')).value).toBe(`3${NNBSP}940${NBSP}km²`);
    expect(fr.figure(fig(1_500_000, 'years', 'duration')).value).toMatch(/^1,5 million/);
  });

  it('writes a speed written out in words in the site’s symbols: "40 miles per hour", « 90 km à l’heure »', () => {
    expect(en.figure(fig(40, 'miles per hour', 'quantity')).value).toBe('40 mph');
    expect(en.figure(fig(90, 'km à l’heure', 'quantity')).value).toBe('90 km/h');
    expect(fr.figure(fig(120, 'kilómetros por hora', 'quantity')).value).toMatch(/^120[\u00a0\u202f]km\/h$/u);
  });

  it('writes a unit that names a property of every object as a word: "12 constructor", "3 __proto__"', () => {
    expect(en.figure(fig(12, 'constructor', 'count')).value).toBe(`12${NBSP}constructor`);
    expect(en.figure(fig(3, '__proto__', 'quantity')).value).toBe(`3${NBSP}__proto__`);
  });

  it('writes a time in several parts back in its parts: « 2 h 8 min 41 s », "1 hr 59 min 2 sec"', () => {
    // ICU puts a no-break or a narrow no-break space between a number and its unit, by language.
    const spaced = (text: string) => text.replace(/[\u00A0\u202F]/gu, ' ');
    expect(spaced(fr.figure(fig(7721, 'seconds', 'duration')).value)).toBe('2 h 8 min 41 s');
    expect(spaced(en.figure(fig(7142, 'seconds', 'duration')).value)).toBe('1 hr 59 min 2 sec');
    expect(spaced(es.figure(fig(185, 'seconds', 'duration')).value)).toBe('3 min 5 s');
    expect(spaced(en.figure(fig(45, 'seconds', 'duration')).value)).toBe('45 seconds');
  });

  it('keeps a noun unit, with "d’" before a vowel, and drops a "what" that only repeats the unit', () => {
    expect(fr.figure(fig(12_000_000, 'personnes', 'count', 'personnes'))).toEqual({ value: '12 millions de personnes', what: null });
    expect(fr.figure(fig(2_000_000, 'électeurs', 'count')).value).toBe('2 millions d’électeurs');
    expect(en.figure(fig(200, 'factories', 'count', null, 'approximate')).value).toBe(`about${NBSP}200${NBSP}factories`);
  });

  it('formats dates in the site language', () => {
    expect(fr.dateLong('2026-10-02')).toBe('2 octobre 2026');
    expect(en.dateFull('2026-10-02')).toBe('Friday, October 2, 2026');
    expect(fr.dateFull('2026-10-02')).toBe('vendredi 2 octobre 2026');
    expect(fr.dateLong('not a date')).toBe('not a date');
  });
});

describe('French typography', () => {
  it('puts no-break spaces before ; : ! ? » % and after «, and holds digit groups together', () => {
    expect(frenchSpacing('jugeant : « encore fragile » ; vraiment ? 3,25 % et 1 843 cas')).toBe(`jugeant${NBSP}: «${NNBSP}encore fragile${NNBSP}»${NNBSP}; vraiment${NNBSP}? 3,25${NNBSP}% et 1${NNBSP}843 cas`);
    expect(frenchSpacing('«urgente»')).toBe(`«${NNBSP}urgente${NNBSP}»`);
  });

  it('adds no space where the text has none: addresses and clock times stay whole', () => {
    expect(frenchSpacing('voir https://example.org/a?b=1 à 10:30')).toBe('voir https://example.org/a?b=1 à 10:30');
  });

  it('applies to French text only, and to HTML text between tags only', () => {
    expect(en.typography('Why ?', 'en')).toBe('Why ?');
    expect(en.typography('Pourquoi ?', 'fr')).toBe(`Pourquoi${NNBSP}?`);
    expect(fr.typographyHtml('<a href="/x?y=1 :z">Oui !</a>', 'fr')).toBe(`<a href="/x?y=1 :z">Oui${NNBSP}!</a>`);
  });
});

describe('units.json', () => {
  it('follows its schema, and every Intl unit it names is one Intl knows', () => {
    const read = (name: string) => JSON.parse(readFileSync(new URL(`../data/${name}`, import.meta.url), 'utf8')) as Record<string, unknown>;
    const units = read('units.json') as { intl: Record<string, string>; scaled: Record<string, { unit: string }> };
    const validate = new Ajv2020({ allErrors: true }).compile(read('units.schema.json'));
    expect(validate(units), JSON.stringify(validate.errors)).toBe(true);
    for (const unit of [...Object.values(units.intl), ...Object.values(units.scaled).map((s) => s.unit)]) {
      expect(() => new Intl.NumberFormat('en', { style: 'unit', unit }), unit).not.toThrow();
    }
  });
});
