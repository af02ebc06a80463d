import { describe, expect, it } from 'vitest';
import { extract } from './testing.ts';

const codes = (t: string, lang = 'fr'): string[] => extract(t, { lang }).countries.map((c) => c.code);
const actors = (t: string, lang = 'fr'): string[] => extract(t, { lang }).actors.map((a) => `${a.name}:${a.type}`);
const figs = (t: string, lang = 'fr') => extract(t, { lang }).figures.map((f) => ({ value: f.value, unit: f.unit, kind: f.kind, qualifier: f.qualifier }));

describe('language names are not countries', () => {
  it('after "en"/"in", "parle"/"speaks", "traduit de"/"translated from", or coordinated', () => {
    expect(codes('Le livre, écrit en français, en anglais et en kirundi, a été présenté à Bujumbura.')).toEqual(['BI']);
    expect(codes('The report was published in English and French by the agency.', 'en')).toEqual([]);
    expect(codes('Il parle espagnol couramment. Le texte a été traduit de l’arabe.')).toEqual([]);
    expect(codes('She speaks Spanish at home. The poem was translated from Arabic.', 'en')).toEqual([]);
  });
  it('a demonym that qualifies a noun stays a country', () => {
    expect(codes('Le gouvernement français a réagi.')).toEqual(['FR']);
    expect(codes('French troops left Mali.', 'en')).toEqual(['FR', 'ML']);
    expect(codes('Interest in French bonds rose.', 'en')).toEqual(['FR']);
  });
});

describe('city names shared by several countries', () => {
  it('"George Town" resolves by the country the article names, else is dropped', () => {
    expect(codes('The factory in George Town, Penang, employs 500 people. Malaysia is a key exporter.', 'en')).toEqual(['MY']);
    expect(codes('L’usine de George Town, à Penang, emploie 500 personnes.')).toEqual(['MY']);
    expect(codes('A new hotel opened in George Town on Monday.', 'en')).toEqual([]);
  });
});

describe('organisations: institutions, descriptors, acronyms', () => {
  it('a lower-case French court named in full', () => {
    const a = actors('Le tribunal d’arrondissement de Luxembourg a condamné l’homme. La cour d’appel de Paris a confirmé. Le tribunal de commerce de Nanterre a tranché.');
    expect(a).toEqual(expect.arrayContaining(['Tribunal d’arrondissement de Luxembourg:organization', 'Cour d’appel de Paris:organization', 'Tribunal de commerce de Nanterre:organization']));
    expect(a).not.toContain('Luxembourg:organization');
    expect(a).toHaveLength(3);
  });
  it('a name after a company noun or in apposition to one', () => {
    expect(actors('L’opérateur du réseau moldave, Moldelectrica, a annoncé une coupure.')).toEqual(['Moldelectrica:organization']);
    expect(actors('The publisher, Kitabu Press, said sales rose. Chipmaker Arus Semikonduktor said it would expand.', 'en')).toEqual(expect.arrayContaining(['Kitabu Press:organization', 'Arus Semikonduktor:organization']));
    expect(actors('Shares of chipmaker Arus Semikonduktor rose, analysts said.', 'en')).toContain('Arus Semikonduktor:organization');
  });
  it('a French expansion starting with a plural common noun keeps its full name', () => {
    const r = extract('Les Centres africains de contrôle et de prévention des maladies (Africa CDC) ont alerté.', { lang: 'fr' });
    expect(r.actors.map((a) => a.name)).toEqual(['Centres africains de contrôle et de prévention des maladies']);
  });
  it('a person introduced by a role stays a person', () => {
    expect(actors('Council chair Niamh Corrigan said the plan would proceed.', 'en')).toEqual(['Niamh Corrigan:person']);
    expect(actors('La présidente du conseil, Niamh Corrigan, a déclaré que le plan avancerait.')).toEqual(['Niamh Corrigan:person']);
  });
  it('one court mentioned twice is one actor, without its city', () => {
    expect(actors('The Sofia City Court ruled on Monday. Later the Sofia City Court rejected the appeal.', 'en')).toEqual(['Sofia City Court:organization']);
  });
});

describe('figures: multiplications, ranges, units, subsets, shares', () => {
  it('"presque triplé", "nearly tripled", "doublé"', () => {
    expect(figs('Les exportations ont presque triplé en un an et les importations ont doublé.')).toEqual([
      { value: 3, unit: 'times', kind: 'quantity', qualifier: 'approximate' },
      { value: 2, unit: 'times', kind: 'quantity', qualifier: 'exact' },
    ]);
    expect(figs('Exports nearly tripled while imports doubled.', 'en')).toEqual([
      { value: 3, unit: 'times', kind: 'quantity', qualifier: 'approximate' },
      { value: 2, unit: 'times', kind: 'quantity', qualifier: 'exact' },
    ]);
    expect(figs('Il a réalisé un doublé face à Lyon.')).toEqual([]);
  });
  it('"between one and nine" is no sum; "two hundred and fifty", "vingt et un" still are', () => {
    expect(figs('The children, aged between one and nine, were treated.', 'en').map((f) => f.value)).not.toContain(10);
    expect(figs('About two hundred and fifty people attended.', 'en')[0]?.value).toBe(250);
    expect(figs('Vingt et un soldats ont été tués.')[0]?.value).toBe(21);
  });
  it('"7-nanometre" and "600 mégawatts" are quantities', () => {
    expect(figs('The plant makes 7-nanometre chips.', 'en')).toContainEqual({ value: 7, unit: 'nanometre', kind: 'quantity', qualifier: 'exact' });
    expect(figs('La centrale de 600 mégawatts a été mise en service.')).toContainEqual({ value: 600, unit: 'mégawatts', kind: 'quantity', qualifier: 'exact' });
  });
  it('"dont deux avec sursis" is a duration', () => {
    expect(figs('Il a été condamné à cinq ans de prison, dont deux avec sursis.')).toEqual([
      { value: 5, unit: 'years', kind: 'duration', qualifier: 'exact' },
      { value: 2, unit: 'years', kind: 'duration', qualifier: 'exact' },
    ]);
  });
  it('"the poorest tenth" is 10 %', () => {
    expect(figs('The poorest tenth of households lost most.', 'en')).toContainEqual({ value: 10, unit: '%', kind: 'percent', qualifier: 'exact' });
  });
});
