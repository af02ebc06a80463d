import { describe, expect, it } from 'vitest';
import { extract } from './testing.ts';

const all = (text: string, lang = 'en') => extract(text, { lang }).attributions;
const one = (text: string, lang = 'en') => all(text, lang)[0];

describe('a document seen or obtained by a news outlet', () => {
  it('is not the outlet’s word: "according to a memo seen by X"', () => {
    expect(one('According to an internal memo seen by the Harbour Gazette, the port lost 12 million dollars.')?.source).not.toBe('Harbour Gazette');
    expect(one('Selon une note interne consultée par Le Courrier, la mairie a perdu deux millions d’euros.', 'fr')?.source).not.toBe('Le Courrier');
  });
  it('guard: a document by a body is that body’s word', () => {
    expect(one('A study by the Coastal Research Institute found that the dunes were shrinking.')?.source).toBe('Coastal Research Institute');
  });
});

describe('a source asked by the writer (class asked-participle)', () => {
  it('set off by commas after the source, is no part of the claim: « D’après les analystes de X, interrogés par Y, … »', () => {
    expect(one('D’après les analystes de la banque Vellour, interrogés par la Dépêche, le groupe veut surtout rassurer ses actionnaires.', 'fr')?.claim).toBe('le groupe veut surtout rassurer ses actionnaires');
  });
  it('opened by « Para » / « Pour » / "For", gives its own view', () => {
    expect(one('Para los economistas consultados por este diario, la subida llegará en marzo.', 'es')).toMatchObject({ source: 'los economistas consultados por este diario', claim: 'la subida llegará en marzo' });
    expect(one('Pour les économistes interrogés par la Dépêche, la reprise reste fragile.', 'fr')).toMatchObject({ sourceType: 'unnamed', claim: 'la reprise reste fragile' });
  });
  it('guard: a group only described by what befell it gives the writer’s words, no one’s view', () => {
    expect(all('Pour les familles frappées par la crue, la reprise reste lointaine.', 'fr')).toEqual([]);
    expect(all('Para los vecinos del barrio, el problema es antiguo.', 'es')).toEqual([]);
  });
});
