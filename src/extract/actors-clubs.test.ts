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
    expect(orgs('The striker joined Sligo from Welsh club Wrexham in March.')).toEqual(expect.arrayContaining(['Sligo', 'Wrexham']));
  });
  it('keeps its town’s country: a league story is about that country', () => {
    expect(countries('Harbour Rovers beat Derry 2-0 on Saturday.')).toContain('GB');
  });
  it('guard: a town that only hosts or sees something is a place', () => {
    expect(orgs('Police beat protesters in Lagos on Monday.')).toEqual([]);
    expect(orgs('Delegates met in Cork on Monday to discuss the port.')).toEqual([]);
  });
  it('guard: a nationality before "club" describes the club and is no club', () => {
    expect(orgs('The striker joined from Welsh club Wrexham in March.')).toEqual(['Wrexham']);
  });
});

describe('a team after its rank (lexicon pattern placed-team)', () => {
  it('is an organisation', () => {
    expect(orgs('Lisburn drew with second-placed Glenavon on Tuesday.')).toContain('Glenavon');
  });
});

describe('a club with an article, where towns take none (es pattern article-city)', () => {
  it('is an organisation', () => {
    expect(orgs('El Córdoba visitará al Albacete el domingo por la tarde.', 'es')).toEqual(expect.arrayContaining(['Córdoba', 'Albacete']));
  });
  it('guard: a town whose name has its article (class city-with-article) is a place', () => {
    expect(orgs('Llegó al Cairo el lunes y viajó después a Córdoba.', 'es')).toEqual([]);
  });
  it('guard: a region after « región del » and a place’s own longer name are places', () => {
    expect(orgs('Los incendios de la región del Maule obligaron a evacuar a 300 familias.', 'es')).toEqual([]);
  });
});

describe('a club after a match verb or as the employer of its staff, with an article (fr, es patterns team-cue-name, team-staff-name)', () => {
  it('is an organisation, whatever the name', () => {
    expect(orgs('Le club de Liège a battu le Lierse 3-0 samedi.', 'fr')).toContain('Lierse');
    expect(orgs('Le gardien du Standard a été expulsé à la 80e minute.', 'fr')).toContain('Standard');
    expect(orgs('El delantero del Osasuna marcó dos goles.', 'es')).toContain('Osasuna');
    expect(orgs('El Tordesillas venció al Numancia en casa.', 'es')).toContain('Numancia');
  });
  it('guard: a person beaten, a country faced, the middle of a century are no clubs', () => {
    expect(orgs('Nadal a battu Federer en trois sets.', 'fr')).toEqual([]);
    expect(orgs('La France reste unie face à la Russie.', 'fr')).toEqual([]);
    expect(orgs('Le glacier recule depuis le milieu du XIXe siècle.', 'fr')).toEqual([]);
  });
});
