import { describe, expect, it } from 'vitest';
import { extract } from './testing.ts';

const all = (text: string, lang: string) => extract(text, { lang }).attributions;
const one = (text: string, lang = 'en') => all(text, lang)[0];

describe('a relative clause opened by a word that is also "that" (« que »), on the phrase opening the sentence', () => {
  it('is skipped: the next verb is the main one and the phrase speaks', () => {
    expect(one('Un negociador que pidió el anonimato aseguró que el acuerdo está cerca.', 'es')).toMatchObject({ source: 'Un negociador', sourceType: 'unnamed', claim: 'el acuerdo está cerca' });
    // A verb the lexicon does not know as one inside the clause.
    expect(one('Una fuente que conoce las negociaciones dijo a la agencia que no habrá acuerdo.', 'es')).toMatchObject({ source: 'Una fuente', claim: 'no habrá acuerdo' });
    expect(one('Un responsable que nous avons joint a affirmé que le port restera fermé.', 'fr')).toMatchObject({ source: 'Un responsable', claim: 'le port restera fermé' });
  });
  it('guard: a name inside the clause is its own subject, who speaks', () => {
    expect(one('Las cifras que publicó el INE muestran que el paro bajó.', 'es')?.source).toBe('INE');
  });
});

describe('a spokesperson of an office of the state (lexicon classes speaks-for, office-title)', () => {
  it('speaks for the government; the office holder named said none of it', () => {
    expect(one('Una vocera del ministro Ibarra anunció que el puerto reabrirá el lunes.', 'es')).toMatchObject({ source: 'Una vocera del ministro Ibarra', sourceType: 'government' });
    expect(one('A spokesman for Prime Minister Jane Doe said the talks would resume.')).toMatchObject({ source: 'A spokesman for Prime Minister Jane Doe', sourceType: 'government' });
    expect(one('Un porte-parole du ministre Paul Durand a indiqué que les négociations reprendraient.', 'fr')?.sourceType).toBe('government');
    expect(one('Un portavoz de la ministra dijo que la reforma esperará.', 'es')).toMatchObject({ source: 'Un portavoz de la ministra', sourceType: 'government' });
  });
  it('guard: the one spokesperson the story names is the speaker', () => {
    expect(all('El portavoz de la ministra de Salud, Juan Pérez, llegó tarde. El portavoz de la ministra dijo que las negociaciones se reanudarán.', 'es')[0]).toMatchObject({ source: 'Juan Pérez', sourceType: 'person' });
  });
  it('guard: a spokesperson named in the phrase speaks', () => {
    expect(one('UNHCR spokesman Idriss Mahamat said the camp was full.')).toMatchObject({ source: 'Idriss Mahamat', sourceType: 'person' });
  });
});

describe('an indefinite speaker whose head is a common noun before the body that employs them', () => {
  it('is unnamed where heads come first, whatever body the complement names', () => {
    expect(one('Un corredor de una firma de bolsa de Quito opinó que los bonos seguirán cayendo.', 'es')?.sourceType).toBe('unnamed');
    expect(one('Un alto cargo del Ministerio de Energía reconoció que la red necesita inversiones.', 'es')?.sourceType).toBe('unnamed');
    expect(one('Un haut fonctionnaire du ministère de l’Énergie a estimé que la panne coûtera cher.', 'fr')?.sourceType).toBe('unnamed');
  });
  it('is unnamed where heads come last: the head stands before the first preposition', () => {
    expect(one('A senior official at the Energy Ministry who asked not to be named estimated that the blackout would cost dearly.')).toMatchObject({ source: 'A senior official at the Energy Ministry', sourceType: 'unnamed' });
  });
  it('guard: a body word heading the phrase still types it', () => {
    expect(one('Une filiale du groupe a annoncé qu’elle fermera son usine.', 'fr')?.sourceType).toBe('organization');
    expect(one('Officials at the ministry said the rooms were cold.')?.sourceType).toBe('government');
  });
});

describe('an indefinite role after the verb that closes a quotation', () => {
  it('is the speaker, not the verb’s object', () => {
    expect(one('“The left will struggle,” said an economist.')).toMatchObject({ source: 'an economist', sourceType: 'unnamed', claim: 'The left will struggle' });
    expect(one('« La gauche aura du mal », a estimé un politologue.', 'fr')).toMatchObject({ source: 'un politologue', sourceType: 'unnamed' });
  });
  it('guard: an indefinite object that names no role or source is no speaker', () => {
    expect(all('« Nous tiendrons », a annoncé un bénéfice.', 'fr').filter((a) => a.source === 'un bénéfice')).toEqual([]);
    expect(all('The bank hired an economist.', 'en')).toEqual([]);
  });
});

describe('« avanzar que » (to reveal) reports, only with its "that" clause', () => {
  it('reports', () => {
    expect(one('La ministra avanzó que el decreto se aprobará el martes.', 'es')).toMatchObject({ source: 'La ministra', claim: 'el decreto se aprobará el martes' });
  });
  it('guard: troops that advance say nothing', () => {
    expect(all('Las tropas avanzaron hacia la frontera.', 'es')).toEqual([]);
  });
});

describe('a pronoun’s according-to phrase set off inside a reported clause', () => {
  it('points back at the clause’s speaker, whose verb reports the clause', () => {
    expect(one('La syndicaliste Anne Morel a critiqué une « réforme brutale » destinée, selon elle, à « casser les grèves », puis a quitté la salle.', 'fr')).toMatchObject({ source: 'Anne Morel', verb: 'a critiqué' });
  });
  it('guard: at the end of a sentence it is the sentence’s only source', () => {
    expect(all('Paul Roux est arrivé. La ville a perdu six ans, selon lui.', 'fr')[0]).toMatchObject({ source: 'Paul Roux', verb: 'selon', claim: 'La ville a perdu six ans' });
  });
});

describe('a definite phrase after a quotation that names a person by a former office or a trade (lexicon class epithet)', () => {
  it('is the last person named', () => {
    expect(all('Ann Cole took the mayoralty. “We will fix the roads first,” said the former banker, who ran the city’s biggest lender until 2021.', 'en')[0]).toMatchObject({ source: 'Ann Cole', claim: 'We will fix the roads first' });
    expect(all('Hugo Ruiz ganó la alcaldía. “Primero arreglaremos el agua”, dijo el exbanquero en un mitin.', 'es')[0]).toMatchObject({ source: 'Hugo Ruiz' });
    expect(all('Paul Roux a gagné. « Nous avons gagné », a déclaré l’ancien banquier devant ses partisans.', 'fr')[0]).toMatchObject({ source: 'Paul Roux' });
  });
});

describe('a spokesperson of a body who asked not to be named (lexicon class anonymous)', () => {
  it('is unnamed, the relative clause past the phrase saying so', () => {
    expect(one('A spokesman for the Red Cross who asked not to be named said tents were short.')).toMatchObject({ source: 'A spokesman for the Red Cross', sourceType: 'unnamed' });
    expect(one('Una vocera de la Defensa Civil que pidió no ser citada dijo que faltan carpas.', 'es')?.sourceType).toBe('unnamed');
  });
  it('guard: a spokesperson of a body who gives no such word speaks for it', () => {
    expect(one('A spokesman for the Red Cross said tents were short.')?.sourceType).toBe('organization');
  });
});

describe('a subject’s relative clause of several verbs, with no comma', () => {
  it('is skipped back to its pronoun: the subject before it speaks', () => {
    expect(one('Un porte-parole de la Croix-Rouge qui a demandé à ne pas être nommé a indiqué que les tentes manquaient.', 'fr')).toMatchObject({
      source: 'Un porte-parole de la Croix-Rouge',
      sourceType: 'unnamed',
      claim: 'les tentes manquaient',
    });
    expect(one('A dock inspector who asked not to be named because he was not allowed to talk said two cranes had failed.')).toMatchObject({ source: 'A dock inspector', claim: 'two cranes had failed' });
  });
});

describe('a verb’s form that opens a longer source noun ("think tank")', () => {
  it('is that noun, not the verb', () => {
    expect(all('Researchers from the Harbour Institute, a Lagos-based think tank, argued that fuel subsidies would return.', 'en')).toEqual([
      expect.objectContaining({ source: 'Harbour Institute', verb: 'argued', claim: 'fuel subsidies would return' }),
    ]);
  });
});
