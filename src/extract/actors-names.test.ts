import { describe, expect, it } from 'vitest';
import { extract } from './testing.ts';

const people = (text: string, lang = 'en'): string[] =>
  extract(text, { lang })
    .actors.filter((a) => a.type === 'person')
    .map((a) => a.name);

describe('given names as evidence of a person', () => {
  it('takes a run that opens with a given name from the long lists as a person', () => {
    expect(people('The prize went to Ottilie Varga for her first novel.')).toContain('Ottilie Varga');
    expect(people('Le dernier film d’Evandro Kessler sortira en mai.', 'fr')).toContain('Evandro Kessler');
  });

  it('needs more than such a name after a place preposition', () => {
    expect(people('Floods cut the road near Ottilie Marsh on Sunday.')).not.toContain('Ottilie Marsh');
    expect(people('Des pompiers sont intervenus à Evandro Parque dimanche.', 'fr')).not.toContain('Evandro Parque');
  });

  it('keeps it when the same person is named again', () => {
    expect(people('Floods reached the farm of Ottilie Marsh. Marsh said the water rose in an hour.')).toContain('Ottilie Marsh');
  });

  it('never reads a place opened by a saint or town word as a person', () => {
    expect(people('Rescuers reached Santa Teodora and San Elmo by boat.')).toEqual([]);
    expect(people('Les secours sont arrivés à Villa Esperanza.', 'fr')).toEqual([]);
  });
});
