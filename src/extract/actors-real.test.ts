/**
 * Organisations and people as real news pages name them (issue: "Extraction that holds on real
 * news"), each rule with invented sentences.
 */
import { describe, expect, it } from 'vitest';
import { extract } from './testing.ts';

const actors = (text: string, lang = 'en'): string[] => extract(text, { lang }).actors.map((a) => `${a.type === 'person' ? 'P' : 'O'}:${a.name}`);
const countries = (text: string, lang = 'en'): string[] => extract(text, { lang }).countries.map((c) => c.code);

describe('organisations named by their place in the sentence', () => {
  it('takes an acronym after a determiner or a body noun, never an acronym of a thing', () => {
    expect(actors('Les cheminots de la SNTR ont voté la grève.', 'fr')).toContain('O:SNTR');
    expect(actors('The figures were published by news agency KPA on Monday.')).toContain('O:KPA');
    expect(actors('Le PIB a reculé et la TVA a augmenté.', 'fr')).toEqual([]);
  });

  it('reads an acronym before an organisation word as the start of its name', () => {
    expect(actors('The contract went to HK Group last year.')).toContain('O:HK Group');
  });

  it('reads an acronym with a modifier ending as a description: "a KMT-backed bill"', () => {
    expect(actors('Lawmakers rejected a KMT-backed bill on Tuesday.')).toEqual([]);
  });

  it('reads a date in brackets as no acronym: "(Thursday)"', () => {
    expect(actors('The debate on the Water Bill is over for today (Thursday).').some((a) => a.includes('over for today'))).toBe(false);
  });
});

describe('entity patterns from the lexicon', () => {
  it('knows trade unions by name in each language (data: organizations.json)', () => {
    expect(actors('Les syndicats Unsa, SUD-Rail et CFE-CGC appellent à la grève jeudi.', 'fr')).toEqual(expect.arrayContaining(['O:Unsa', 'O:SUD-Rail', 'O:CFE-CGC']));
    expect(actors('Comisiones Obreras y UGT convocaron una huelga el lunes.', 'es')).toEqual(expect.arrayContaining(['O:Comisiones Obreras', 'O:UGT']));
    expect(actors('The Teamsters and IG Metall backed the strike.')).toEqual(expect.arrayContaining(['O:Teamsters', 'O:IG Metall']));
  });
  it('reads clubs named after their city, and the city inside is no country mention', () => {
    const text = 'Olympique Tarvel beat Nairobi City 2-0, a week after a loss to Real Valmont.';
    expect(actors(text)).toEqual(expect.arrayContaining(['O:Nairobi City']));
    expect(countries('Le Paris SG affronte Lyon FC samedi.', 'fr')).toEqual([]);
  });

  it('reads ministries written in lower case and bare institutions', () => {
    expect(actors('The health Ministry in Kampala reported new cases.')).toContain('O:Health Ministry');
    expect(actors('Le ministère de l’Environnement et de l’Eau a publié son bilan.', 'fr')).toContain('O:Ministère de l’Environnement et de l’Eau');
    expect(actors('The bill now goes to the Senate, which votes next week.')).toContain('O:Senate');
    expect(actors('He spoke to the Chamber of Commerce on Monday.')).not.toContain('O:Chamber');
  });
});

describe('people and bodies that look alike', () => {
  it('reads a one-word body that is also a first name, before a surname, as a person', () => {
    expect(actors('The award went to Wagner Lindqvist for his role.')).toEqual(['P:Wagner Lindqvist']);
  });

  it('reads a name set off by a body noun as that body: ", the agency that…"', () => {
    expect(actors('Tom Reed, the chairman of Norvane Partners, the agency that represents him, said the deal was done.')).toContain('O:Norvane Partners');
  });

  it('reads "Title Name (PARTY)" as a person with an affiliation, and the party as a body', () => {
    const record = extract('Finance Minister Hanna Roth (FDP) said the deficit would fall.', { lang: 'en' });
    const roth = record.actors.find((a) => a.name === 'Hanna Roth');
    expect(roth?.type).toBe('person');
    expect(roth?.affiliations).toEqual(['fdp']);
    expect(record.actors.find((a) => a.name === 'FDP')?.type).toBe('organization');
  });

  it('never ends a name on a possessive: « la Coupe des clubs de son histoire »', () => {
    expect(actors('Le club a gagné la première Coupe des clubs de son histoire.', 'fr').some((a) => a.includes('histoire'))).toBe(false);
  });

  it('takes a person from a copula or an age: "X is a student", "X, 27, said"', () => {
    expect(actors('Osaze Bello is a nurse in the northern district.')).toContain('P:Osaze Bello');
    expect(actors('Ozolins, 27, said the team had worked hard.')).toContain('P:Ozolins');
  });

  it('reads a common first name before a body noun as a person: « un centre de Tobias Brennecke »', () => {
    expect(actors('Le but est venu d’un centre de Tobias Brennecke.', 'fr')).toEqual(['P:Tobias Brennecke']);
  });
});

describe('places inside the names of things', () => {
  it('reads a virus named after a country as no mention of that country', () => {
    expect(countries('The outbreak is caused by the Sudan virus, the health ministry in Kampala said.')).toEqual(['UG']);
  });
});
