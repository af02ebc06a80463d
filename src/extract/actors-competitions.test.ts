import { describe, expect, it } from 'vitest';
import { actorNames } from './testing.ts';

const organizations = (text: string, lang = 'en'): string[] => actorNames(text, lang, 'organization');

describe('competitions', () => {
  it('does not take a league that is played, reached or led for a body', () => {
    expect(organizations('Port Verano reached the final of the Coral Sea League for the first time.')).toEqual([]);
    expect(organizations('El club jugará la Liga Andina del Sur a partir de marzo.', 'es')).toEqual([]);
    expect(organizations('Le club disputera la Ligue atlantique des clubs dès janvier.', 'fr')).toEqual([]);
  });

  // Guard: a league that speaks or acts is the body that runs it.
  it('keeps a league that acts as a body', () => {
    expect(organizations('The Coral Sea League will expand to 16 teams, commissioner Dana Ruiz said.')).toEqual(['Coral Sea League']);
  });
});
