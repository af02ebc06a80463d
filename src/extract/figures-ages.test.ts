import { describe, expect, it } from 'vitest';
import { extract } from './testing.ts';

const values = (text: string, lang: string) => extract(text, { lang }).figures.map((f) => f.value);

describe('an age is no figure', () => {
  it('reads a bare number between commas or brackets after a name as an age', () => {
    expect(values('Her granddaughter, Marit Solberg, 38, started a fundraiser that raised $2,000.', 'en')).toEqual([2000]);
    expect(values('"I wanted a slow holiday," said Tomas Reyn (34), who brought two children.', 'en')).toEqual([2]);
  });
  it('keeps a count after a place and a comma', () => {
    expect(values('In Bergen, 38 people were hurt.', 'en')).toEqual([38]);
  });
  it('reads « de 44 años » after a name and its comma as an age', () => {
    expect(values('La alcaldesa electa, Nilda Huamán, de 44 años, obtuvo 9 de los 15 escaños.', 'es')).toEqual([9, 15]);
  });
  it('reads « de 27 años » after a person and a comma as an age', () => {
    expect(values('La artista, de 27 años, presentará su tercer álbum en 4 conciertos.', 'es')).toEqual([4]);
  });
  it('reads a number of years after a verb of age as an age (« il a 6 ans », « tiene 44 años », "turned 101")', () => {
    expect(values('Il s’appelle Pompon, il a 6 ans, et il a parcouru 800 kilomètres.', 'fr')).toEqual([800]);
    expect(values('La pintora tiene 44 años y vendió 12 cuadros.', 'es')).toEqual([12]);
    expect(values('The swimmer turned 101. She swam 2 kilometres.', 'en')).toEqual([2]);
  });
  it('reads an age in an aside after a person noun: "the winner, 27, said", « le vainqueur, 31 ans, qui »', () => {
    expect(values('The winner, 27, said she would run 3 more races this year.', 'en')).toEqual([3]);
    expect(values('« Je suis épuisé », a confié le vainqueur, 31 ans, après 5 étapes de montagne.', 'fr')).toEqual([5]);
    expect(values('El ganador, 29 años, dedicó la victoria a sus 2 hijos.', 'es')).toEqual([2]);
  });
  it('keeps a duration after a person noun that the aside does not close: « les hommes, 20 ans de prison chacun »', () => {
    expect(values('Les deux hommes, 20 ans de prison chacun, ont fait appel.', 'fr')).toContain(20);
  });
  it('keeps « il y a 6 ans » a duration', () => {
    expect(values('La mine a fermé il y a 6 ans.', 'fr')).toEqual([6]);
  });
});
