import { describe, expect, it } from 'vitest';
import { actorNames, actorsCounted } from './testing.ts';

/** Every actor as "name/type:mentions". */
const actors = (text: string, lang = 'en'): string[] => actorsCounted(text, lang);
const people = (text: string, lang = 'en'): string[] => actorNames(text, lang, 'person');

describe('things named after people', () => {
  it('does not read a rover, a probe or a ship named after someone as that person', () => {
    expect(people('El rover Teodora Salinas partirá hacia Marte en 2029, informó la agencia.', 'es')).toEqual([]);
    expect(people('Le télescope Armand Quillet a observé la comète pendant trois nuits.', 'fr')).toEqual([]);
    expect(people('The research vessel Edith Marlow docked in Cape Town on Friday.')).toEqual([]);
  });

  it('does not read a name before its thing noun as a person where names come first', () => {
    expect(people('Engineers said the Edwin Calloway rover had drilled its tenth sample.')).toEqual([]);
  });

  it('takes no title in a stadium’s name for a person', () => {
    expect(people('La finale aura lieu au stade Prince Selim Karoui devant 40 000 spectateurs.', 'fr')).toEqual([]);
  });

  it('gives the thing’s later bare mentions to no one', () => {
    const text = 'La sonda Teodora Salinas llegó a Venus el lunes. "Teodora Salinas funciona perfectamente", dijo el ingeniero Marcos Vidal.';
    expect(people(text, 'es')).toEqual(['Marcos Vidal']);
  });

  // The person the thing is named after neither acts nor speaks: no actor (actors-people.test.ts).
  it('keeps the thing’s mentions out of the person it is named after', () => {
    const text = [
      'The Calloway rover found layered rocks in the crater, the agency said on Wednesday.',
      'The rover is named after the engineer Rupert Calloway, who died in 2004.',
      'Calloway landed in 2021 and has drilled ten samples.',
    ].join('\n');
    expect(actors(text).filter((a) => a.includes('Calloway'))).toEqual([]);
  });

  // Guard: the noun of a thing does not reach past a sentence's punctuation or a role.
  it('still finds a person with a role after a thing noun set off by a comma', () => {
    expect(people('Mission control lost the lander, engineer Nadia Ferreira said on Monday.')).toEqual(['Nadia Ferreira']);
  });
});
