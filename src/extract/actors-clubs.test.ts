import { describe, expect, it } from 'vitest';
import { extract } from './testing.ts';

const orgs = (text: string, lang = 'en'): string[] =>
  extract(text, { lang })
    .actors.filter((a) => a.type === 'organization')
    .map((a) => a.name);
const countries = (text: string, lang = 'en'): string[] => extract(text, { lang }).countries.map((c) => c.code);

describe('a club called by its town (lexicon patterns team-cue-city, city-team-cue, club-word-city, transfer-city)', () => {
  it('is an organisation in a team’s slot: beaten, beating, its staff, "club", a transfer', () => {
    expect(orgs('Harbour Rovers beat Derry 2-0 on Saturday, while Sligo lost to Cork.')).toEqual(expect.arrayContaining(['Derry', 'Sligo', 'Cork']));
    expect(orgs('Limerick coach Tom Burke said his side had been unlucky.')).toContain('Limerick');
    expect(orgs('The winger joined Galway from Scottish club Aberdeen in June.')).toEqual(expect.arrayContaining(['Galway', 'Aberdeen']));
  });
  it('keeps its town’s country: a league story is about that country', () => {
    expect(countries('Harbour Rovers beat Derry 2-0 on Saturday.')).toContain('GB');
  });
  it('guard: a town that only hosts or sees something is a place', () => {
    expect(orgs('Police beat protesters in Lagos on Monday.')).toEqual([]);
    expect(orgs('Delegates met in Cork on Monday to discuss the port.')).toEqual([]);
  });
  it('guard: a nationality before "club" describes the club and is no club', () => {
    expect(orgs('The winger joined from Scottish club Aberdeen in June.')).toEqual(['Aberdeen']);
  });
});

describe('a team after its rank (lexicon pattern placed-team)', () => {
  it('is an organisation', () => {
    expect(orgs('Lisburn are fourth, two points behind second-placed Glenavon.')).toContain('Glenavon');
  });
});

describe('a club with an article, where towns take none (es pattern article-city)', () => {
  it('is an organisation', () => {
    expect(orgs('El Getafe recibirá al Sevilla el sábado en su estadio.', 'es')).toEqual(expect.arrayContaining(['Getafe', 'Sevilla']));
  });
  it('guard: a town whose name has its article (class city-with-article) is a place', () => {
    expect(orgs('Llegó al Cairo el lunes y viajó después a Sevilla.', 'es')).toEqual([]);
  });
  it('guard: a region after « región del » and a place’s own longer name are places', () => {
    expect(orgs('Los incendios de la región del Maule obligaron a evacuar a 300 familias.', 'es')).toEqual([]);
  });
});

describe('a club after a match verb or as the employer of its staff, with an article (fr, es patterns team-cue-name, team-staff-name)', () => {
  it('is an organisation, whatever the name', () => {
    expect(orgs('Le Sporting de Charleroi s’est imposé 2-1 face à l’Antwerp dimanche.', 'fr')).toContain('Antwerp');
    expect(orgs('Le gardien du Standard a été expulsé à la 80e minute.', 'fr')).toContain('Standard');
    expect(orgs('El delantero del Osasuna marcó dos goles.', 'es')).toContain('Osasuna');
    expect(orgs('El Tordesillas venció al Celta en casa.', 'es')).toContain('Celta');
  });
  it('guard: a person beaten, a country faced, the middle of a century are no clubs', () => {
    expect(orgs('Nadal a battu Federer en trois sets.', 'fr')).toEqual([]);
    expect(orgs('La France reste unie face à la Russie.', 'fr')).toEqual([]);
    expect(orgs('Le glacier recule depuis le milieu du XIXe siècle.', 'fr')).toEqual([]);
  });
});
