import { describe, expect, it } from 'vitest';
import { extract } from './testing.ts';

/** Every person as "name [roles]". */
const people = (text: string, lang = 'en'): string[] =>
  extract(text, { lang })
    .actors.filter((a) => a.type === 'person')
    .map((a) => `${a.name} [${a.roles.join('; ')}]`);

describe('scientists’ titles', () => {
  it('reads a scientist’s discipline as a title, not as part of the name', () => {
    expect(people('Geologist Ines Harlow said the slope had moved ten metres.')).toEqual(['Ines Harlow [Geologist]']);
    expect(people('L’astrophysicienne Noémie Varenne a salué une étape majeure.', 'fr')).toEqual(['Noémie Varenne [astrophysicienne]']);
    expect(people('La astrobióloga Lucía Arregui afirmó que el cráter guarda agua.', 'es')).toEqual(['Lucía Arregui [astrobióloga]']);
  });
});

describe('a title after the name', () => {
  it('ends before the bracket that gives a body’s acronym', () => {
    expect(people('« La glace ne ment pas », a déclaré Noémie Varenne, chercheuse à l’Institut des sciences polaires (ISP), à Brest.', 'fr')).toEqual(['Noémie Varenne [chercheuse à l’Institut des sciences polaires]']);
  });
});

describe('campaigners', () => {
  it('reads a campaigner’s title before the name', () => {
    expect(people('The group’s campaigner, Marisol Ibarra, said plastic waste had blocked the canals.')).toEqual(['Marisol Ibarra [campaigner]']);
  });
});

describe('a title before the name across a body’s acronym', () => {
  it('reads the title before the bracketed acronym and the comma', () => {
    expect(people('« Le lancement s’est bien déroulé », a déclaré le président du Centre des études polaires (CEP), Noémie Varenne.', 'fr')).toEqual(['Noémie Varenne [président du Centre des études polaires]']);
    expect(people('"The launch went well," said the head of the Harwell Space Centre (HSC), Ruth Obi.')).toEqual(['Ruth Obi [head of the Harwell Space Centre]']);
  });
});
