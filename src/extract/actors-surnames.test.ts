import { describe, expect, it } from 'vitest';
import { actorNames, extract } from './testing.ts';

const people = (text: string, lang = 'en'): string[] => actorNames(text, lang, 'person');

describe('a family name that is also a town', () => {
  it('reads a town’s name right after a common given name as the family name', () => {
    expect(people('Health minister Peter Mwanza said the clinic would reopen in May.')).toEqual(['Peter Mwanza']);
    expect(people('El entrenador José Valencia dijo que el equipo estaba cansado.', 'es')).toEqual(['José Valencia']);
    expect(people('Le ministre Jean Kindu a déclaré que la route serait rouverte.', 'fr')).toEqual(['Jean Kindu']);
  });

  it('no longer counts that town among the article’s countries', () => {
    expect(extract('Health minister Peter Mwanza said the clinic would reopen in May.', { lang: 'en' }).countries).toEqual([]);
  });

  // Guard: the town alone, or after a word that opens places, is still a place.
  it('still reads the town alone, and places that open with a saint’s or a given name, as places', () => {
    expect(extract('Floods closed roads in Mwanza on Monday.', { lang: 'en' }).countries.map((c) => c.code)).toEqual(['TZ']);
    expect(extract('The team flew from Sierra Leone to Port Louis.', { lang: 'en' }).countries.map((c) => c.code)).toEqual(['SL', 'MU']);
  });
});
