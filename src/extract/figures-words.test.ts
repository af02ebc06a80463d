import { describe, expect, it } from 'vitest';
import { extract } from './testing.ts';

const figures = (text: string, lang = 'fr') => extract(text, { lang }).figures;
const one = (text: string, lang = 'fr') => figures(text, lang)[0];

describe('figures: shares and proportions in words (F)', () => {
  it('reads "roughly a fifth of" and « environ un cinquième des » as 20 %, approximate', () => {
    expect(one('Roughly a fifth of the harvest was lost to pests.', 'en')).toMatchObject({ value: 20, kind: 'percent', qualifier: 'approximate' });
    expect(one('Environ un cinquième des élèves manque les cours.')).toMatchObject({ value: 20, kind: 'percent', qualifier: 'approximate' });
  });
  it('reads neither "a fifth straight win" nor « un cinquième mandat » as a share (an ordinal numbering an occurrence is no figure)', () => {
    expect(figures('It was a fifth straight win for the club.', 'en')).toEqual([]);
    expect(figures('Il brigue un cinquième mandat.')).toEqual([]);
  });
  it('reads "by a fifth next year" as a share: a period after the fraction is not what an ordinal counts', () => {
    expect(figures('The ministry will trim catch limits by roughly a fifth next year.', 'en')).toMatchObject([{ value: 20, kind: 'percent', qualifier: 'approximate' }]);
    expect(figures('Ticket sales grew by a third this season.', 'en')).toMatchObject([{ value: 33.33, kind: 'percent' }]);
    expect(figures('The bank made its third cut this year.', 'en')).toEqual([]);
  });
  it('reads « un enfant sur deux », « une femme sur trois », "one in three", "3 in 10" as percentages', () => {
    expect(one('Un enfant sur deux souffre de malnutrition.')).toMatchObject({ value: 50, kind: 'percent' });
    expect(one('Une femme sur trois a déjà subi des violences.')).toMatchObject({ value: 33.33, kind: 'percent' });
    expect(one('One in three households lacks clean water.', 'en')).toMatchObject({ value: 33.33, kind: 'percent' });
    expect(one('About 3 in 10 adults smoke.', 'en')).toMatchObject({ value: 30, kind: 'percent', qualifier: 'approximate' });
  });
  it('reads "half of what I earn" and « moitié de » as 50 %, never "first half of the year"', () => {
    expect(one('Rent takes half of what I earn, she said.', 'en')).toMatchObject({ value: 50, kind: 'percent' });
    expect(figures('Sales rose in the first half of the year.', 'en')).toEqual([]);
    expect(one('La moitié de la récolte est perdue.')).toMatchObject({ value: 50, kind: 'percent' });
    expect(figures('Les ventes ont progressé au cours de la première moitié de l’année.')).toEqual([]);
  });
  it('does not read "ranks 12th out of 40" as a proportion', () => {
    expect(figures('The country ranks 12th out of 40.', 'en').map((f) => f.kind)).not.toContain('percent');
  });
});

describe('figures: durations in words (G)', () => {
  it('reads « une décennie », "a decade", "a fortnight" as durations', () => {
    expect(one('Le barrage est en chantier depuis une décennie.')).toMatchObject({ value: 10, unit: 'years', kind: 'duration' });
    expect(one('The drought has lasted a decade.', 'en')).toMatchObject({ value: 10, unit: 'years', kind: 'duration' });
    expect(one('The talks will take a fortnight.', 'en')).toMatchObject({ value: 14, unit: 'days', kind: 'duration' });
  });
  it('reads "less than a day" as 1 day, less-than, and « deux semaines » as 2 weeks', () => {
    expect(one('The ferry crossing took less than a day.', 'en')).toMatchObject({ value: 1, unit: 'days', kind: 'duration', qualifier: 'less-than' });
    expect(one('Les travaux dureront deux semaines.')).toMatchObject({ value: 2, unit: 'weeks', kind: 'duration' });
  });
  it('keeps the amount’s own span exact: "1.5 billion pesos over a decade"', () => {
    expect(figures('The plan costs 1.5 billion pesos over a decade.', 'en')[1]).toMatchObject({ value: 10, kind: 'duration', qualifier: 'exact' });
  });
});

describe('figures: numbers that name things (H)', () => {
  it('ignores road numbers: « route nationale 2 », « RN4 », "Highway 9", "national road 3"', () => {
    expect(figures('Un camion s’est renversé sur la route nationale 2 puis sur la RN4.')).toEqual([]);
    expect(figures('Traffic was halted on Highway 9 and on national road 3.', 'en')).toEqual([]);
  });
  it('ignores periods of play: « seconde période », "second half", "2nd half"', () => {
    expect(figures('Les visiteurs ont égalisé en seconde période.')).toEqual([]);
    expect(figures('The visitors equalised in the second half and again in the 2nd half of extra time.', 'en')).toEqual([]);
  });
  it('ignores "Article 12", "Covid-19", "G7", "Boeing 787", « Airbus 330 » and match scores (RECORD.md)', () => {
    expect(figures('Under Article 12, Covid-19 rules at the G7 grounded a Boeing 787.', 'en')).toEqual([]);
    expect(figures('Les passagers de l’Airbus 330 ont été évacués.')).toEqual([]);
    expect(figures('Tonga beat Samoa 24-10 in Apia.', 'en')).toEqual([]);
  });
});

describe('figures: times (I) and seasons (K)', () => {
  it('reads "scored twice", "won four times", « a marqué deux fois » as counts of times', () => {
    expect(one('The striker scored twice before half-time.', 'en')).toMatchObject({ value: 2, unit: 'times', kind: 'count' });
    expect(one('The club has won the title four times.', 'en')).toMatchObject({ value: 4, kind: 'count' });
    expect(one('L’attaquant a marqué deux fois.')).toMatchObject({ value: 2, kind: 'count' });
  });
  it('keeps ratios as quantities: "five times more likely", « trois fois plus »', () => {
    expect(one('Floods are five times more likely now.', 'en')).toMatchObject({ value: 5, kind: 'quantity' });
    expect(one('Le prix est trois fois plus élevé.')).toMatchObject({ value: 3, kind: 'quantity' });
  });
  it('counts seasons: « deux saisons », "three seasons" are counts, not durations', () => {
    expect(one('Il a passé deux saisons au club.')).toMatchObject({ value: 2, kind: 'count' });
    expect(one('She spent three seasons in Lyon.', 'en')).toMatchObject({ value: 3, kind: 'count' });
  });
});

describe('figures: currencies as data (J)', () => {
  it('reads ISO 4217 currency names in French and English, singular and plural', () => {
    expect(one('Un kilo de riz coûte 5 000 ariary.')).toMatchObject({ value: 5000, kind: 'money', unit: 'MGA' });
    expect(one('Le ticket vaut 300 takas.')).toMatchObject({ kind: 'money', unit: 'BDT' });
    expect(one('Le salaire minimum atteint 60 000 francs CFA.')).toMatchObject({ kind: 'money', unit: 'XOF' });
    expect(one('A bag of maize costs 900 kwacha.', 'en')).toMatchObject({ kind: 'money', unit: 'ZMW' });
    expect(one('Fuel rose to 1,200 nairas a litre.', 'en')).toMatchObject({ kind: 'money', unit: 'NGN' });
    expect(one('Bread costs 4,000 soums.', 'en')).toMatchObject({ kind: 'money', unit: 'UZS' });
    expect(one('A meal costs 50,000 dongs.', 'en')).toMatchObject({ kind: 'money', unit: 'VND' });
    expect(one('Teachers earn 2,000 cedis.', 'en')).toMatchObject({ kind: 'money', unit: 'GHS' });
    expect(one('Le loyer est de 150 000 francs guinéens.')).toMatchObject({ kind: 'money', unit: 'GNF' });
  });
  it('reads an ISO code in capitals after the number: "2 500 MGA"', () => {
    expect(one('Le prix est de 2 500 MGA.')).toMatchObject({ value: 2500, kind: 'money', unit: 'MGA' });
  });
});
