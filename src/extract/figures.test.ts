import { describe, expect, it } from 'vitest';
import { extract } from './testing.ts';

const figures = (text: string, lang = 'fr') => extract(text, { lang }).figures;
const one = (text: string, lang = 'fr') => figures(text, lang)[0];

describe('figures', () => {
  it('parses « 1 200 » with a no-break space as 1200', () => {
    expect(one('Environ 1\u00a0200 soldats ont été tués.')?.value).toBe(1200);
  });
  it('parses « 3,5 % » as a percentage of 3.5', () => {
    expect(one('Le taux a atteint 3,5 % en mars.')).toMatchObject({ value: 3.5, kind: 'percent', unit: '%' });
  });
  it('parses "1,200.5" the English way', () => {
    expect(one('They counted 1,200.5 tonnes of grain.', 'en')).toMatchObject({ value: 1200.5, kind: 'quantity' });
  });
  it('parses "$1.2bn" as 1,200,000,000 USD', () => {
    expect(one('The deal is worth $1.2bn, officials said.', 'en')).toMatchObject({ value: 1.2e9, kind: 'money', unit: 'USD' });
  });
  it('parses « 2,3 milliards d’euros » as money', () => {
    expect(one('Le plan coûte 2,3 milliards d’euros.')).toMatchObject({ value: 2.3e9, kind: 'money', unit: 'EUR' });
  });
  it('reads number words: « neuf millions de cartouches », "a dozen", "half a million", « trois »', () => {
    expect(one('Ils ont livré jusqu’à neuf millions de cartouches.')).toMatchObject({ value: 9e6, unit: 'cartouches', qualifier: 'up-to' });
    expect(one('A dozen soldiers were hurt.', 'en')?.value).toBe(12);
    expect(one('About half a million people need aid.', 'en')).toMatchObject({ value: 5e5, qualifier: 'approximate' });
    expect(one('Trois soldats ont été blessés.')?.value).toBe(3);
  });
  it('sets qualifiers: quelque, plus de, jusqu’à, au moins, more than, up to, at least', () => {
    expect(one('Quelque 600 soldats sont morts.')?.qualifier).toBe('approximate');
    expect(one('La guerre dure depuis plus de trois ans.')).toMatchObject({ value: 3, kind: 'duration', qualifier: 'more-than' });
    expect(one('Au moins 12 personnes sont mortes.')?.qualifier).toBe('at-least');
    expect(one('More than 20,000 refugees crossed.', 'en')).toMatchObject({ value: 20000, qualifier: 'more-than' });
    expect(one('Trucks take up to eight days.', 'en')).toMatchObject({ value: 8, kind: 'duration', qualifier: 'up-to' });
  });
  it('does not count years, dates, times, « l’an dernier », « la première fois »', () => {
    expect(figures('En 2024, il est venu le 5 mars à 14h30 pour la première fois, comme l’an dernier et depuis l’été 2024.')).toEqual([]);
    expect(figures('In 2023 he arrived on March 5 at 10:30.', 'en')).toEqual([]);
  });
  it('does not count articles: « un accord », "a deal", « les deux pays »', () => {
    expect(figures('Les deux pays ont signé un accord.')).toEqual([]);
    expect(figures('The two sides reached a deal.', 'en')).toEqual([]);
  });
  it('does not count ages: « Jean Dupont, 45 ans, », "a 45-year-old man"', () => {
    expect(figures('Jean Dupont, 45 ans, a été arrêté.')).toEqual([]);
    expect(figures('A 45-year-old man was arrested.', 'en')).toEqual([]);
  });
  it('reads an ordinal in a ranking as a rank ("189th out of 193") and one numbering an occurrence as no figure (« troisième visite »)', () => {
    expect(one('Chad ranks 189th out of 193 countries.', 'en')).toMatchObject({ value: 189, kind: 'rank' });
    expect(figures('C’est sa troisième visite.')).toEqual([]);
  });
  it('reads shares as percentages: « deux tiers »', () => {
    expect(one('Deux tiers des malades sont des enfants.')).toMatchObject({ kind: 'percent' });
  });
});

describe('figures: more shapes', () => {
  it('reads no figure in a match score "31-17" (RECORD.md)', () => {
    expect(figures('Fiji beat Samoa 31-17 in Suva.', 'en')).toEqual([]);
  });
  it('reads « moins 170 degrés » as -170 but « au moins 14 personnes » as at least 14', () => {
    expect(one('La température tombe à moins 170 degrés.')).toMatchObject({ value: -170, kind: 'quantity' });
    expect(one('Au moins 14 personnes sont mortes.')).toMatchObject({ value: 14, qualifier: 'at-least' });
  });
  it('tells "less than a third of" (a share) from "a third consecutive" (an ordinal, no figure)', () => {
    expect(one('It received less than a third of the money.', 'en')).toMatchObject({ kind: 'percent', qualifier: 'less-than' });
    expect(figures('It is a third consecutive failed season.', 'en')).toEqual([]);
  });
  it('reads hyphenated units: "five-day strike", "500-cubic-metre threshold"', () => {
    expect(one('Doctors began a five-day strike.', 'en')).toMatchObject({ value: 5, kind: 'duration' });
    expect(one('It is below the 500-cubic-metre threshold.', 'en')).toMatchObject({ value: 500, kind: 'quantity' });
  });
  it('does not count clock times: « vers 3 heures du matin », "at 7 a.m."', () => {
    expect(figures('La coulée s’est produite vers 3 heures du matin.')).toEqual([]);
    expect(figures('The strike began at 7 a.m. on Monday.', 'en')).toEqual([]);
  });
  it('reads "magnitude 6.1" as a quantity', () => {
    expect(one('A magnitude 6.1 earthquake struck.', 'en')).toMatchObject({ value: 6.1, kind: 'quantity' });
  });
});

describe('a fraction of a point', () => {
  it('reads "a quarter of a percentage point", « un cuarto de punto », « un quart de point » as 0.25 points', () => {
    for (const [text, lang] of [
      ['The bank cut its rate by a quarter of a percentage point.', 'en'],
      ['The bank cut its rate by a quarter point.', 'en'],
      ['El banco recortó la tasa en un cuarto de punto.', 'es'],
      ['La banque a relevé son taux d’un quart de point.', 'fr'],
    ] as const) {
      const [figure] = extract(text, { lang }).figures;
      expect([figure?.value, figure?.unit, figure?.kind]).toEqual([0.25, 'percentage points', 'percent']);
    }
    // A fraction of something else stays a share.
    expect(extract('Un quart des électeurs se sont abstenus.', { lang: 'fr' }).figures.map((f) => [f.value, f.unit])).toEqual([[25, '%']]);
  });
});

describe('a number word after a number', () => {
  it('is no unit of it: "1.1 million two decades ago"', () => {
    const found = extract('Attendance fell to 654,000, down from 1.1 million two decades ago.', { lang: 'en' }).figures.find((f) => f.value === 1.1e6);
    expect(found?.unit).toBeNull();
  });
});

describe('a range whose first bound is written whole', () => {
  it('does not scale « entre 180.000 y 1,2 millones de pesos » by the second bound’s million', () => {
    const found = extract('Las entradas costaban entre 180.000 y 1,2 millones de pesos colombianos.', { lang: 'es' }).figures.map((f) => f.value);
    expect(found).toEqual([180000, 1200000]);
  });
  it('still scales « de 20 à 80 millions d’euros »', () => {
    expect(extract('Le projet coûtera de 20 à 80 millions d’euros.').figures.map((f) => f.value)).toEqual([20e6, 80e6]);
  });
});

describe('how an article writes its digits, in a language written two ways', () => {
  const values = (text: string) => figures(text, 'es').map((f) => f.value);
  it('reads "2,700" as two thousand seven hundred where the article groups with commas (Mexican, Central American press)', () => {
    expect(values('La Secretaría informó que 2,700 clínicas recibirán 3,480 millones de pesos este año.')).toEqual([2700, 3480000000]);
  });
  it('reads « 2.700 » so where it groups with stops, and a decimal written either way as a decimal', () => {
    expect(values('El ministerio informó que 2.700 clínicas recibirán 3.480 millones de euros este año.')).toEqual([2700, 3480000000]);
    // A magnitude written with a stop beside thousands grouped with stops: both read right.
    expect(values('Tras el temblor de 6.8 grados, unas 12.000 familias durmieron a la intemperie.')).toEqual([6.8, 12000]);
  });
  it('asks the country the article names most where its digits group both ways', () => {
    expect(values('En México, 1,250 familias recibieron ayuda y 2.500 quedaron fuera, según el censo.')).toEqual([1250, 2.5]);
    expect(values('En España, 1,250 familias recibieron ayuda y 2.500 quedaron fuera, según el censo.')).toEqual([1.25, 2500]);
  });
});
