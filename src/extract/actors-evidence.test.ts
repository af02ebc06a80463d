import { describe, expect, it } from 'vitest';
import { extract } from './testing.ts';

const actors = (text: string, lang = 'fr') => extract(text, { lang }).actors;
const named = (text: string, lang = 'fr') => actors(text, lang).map((a) => a.name);
const people = (text: string, lang = 'fr') =>
  actors(text, lang)
    .filter((a) => a.type === 'person')
    .map((a) => a.name);
const codes = (text: string, lang = 'fr') => extract(text, { lang }).countries.map((c) => c.code);

describe('actors: a person needs evidence (A)', () => {
  it('types companies by their keywords, with a capitalised legal prefix: "PT Sari Logam Industri", "Delta Copper Mining Corp", « Groupe Vernet »', () => {
    const list = actors('Workers at PT Sari Logam Industri went on strike, while Delta Copper Mining Corp said output would recover.', 'en');
    expect(list.map((a) => [a.name, a.type])).toEqual(
      expect.arrayContaining([
        ['PT Sari Logam Industri', 'organization'],
        ['Delta Copper Mining Corp', 'organization'],
      ]),
    );
    expect(people('Le Groupe Vernet a annoncé la fermeture de deux usines.')).toEqual([]);
  });
  it('splits two companies joined by "and", each ending in its own keyword', () => {
    expect(named('Shares in Orrin Gold Holdings Ltd and Kamba Steel Corp fell sharply on Friday.', 'en')).toEqual(['Orrin Gold Holdings Ltd', 'Kamba Steel Corp']);
  });
  it('never takes places and landmarks for people: "the Brennock Ridge", "Sallow Lagoon", "Mount Orel", « le mont Tabor »', () => {
    expect(named('Volunteers cleared the Brennock Ridge trail, while Sallow Lagoon and Hadley Valley flooded near Mount Orel, a ranger said.', 'en')).toEqual([]);
    expect(people('Les secours ont atteint la Vallée Verte et le Lac Noir, a précisé un pompier.')).toEqual([]);
  });
  it('never takes a disease opening a sentence or a regional adjective for a person', () => {
    expect(people('Cholera spread quickly, officials said. Malaria, a nurse said, is worse.', 'en')).toEqual([]);
    expect(people('Central Asian ministers met in the capital. West African leaders agreed on Monday.', 'en')).toEqual([]);
    expect(people('Le paludisme progresse. Dengue et choléra reculent, selon un médecin.')).toEqual([]);
  });
  it('never takes a team nickname for an actor: "the Black Hawks", « les Lions de la Teranga »', () => {
    expect(named('The Golden Eagles beat the hosts 2-1 on Sunday.', 'en')).toEqual([]);
    expect(named('Les Lions de la Teranga ont battu les Étalons samedi.')).toEqual([]);
  });
  it('keeps a person with a known first name and no other cue, in both languages', () => {
    expect(people('The treaty was signed by Maria Okonjo and Ahmed Farouk in the capital.', 'en')).toEqual(['Maria Okonjo', 'Ahmed Farouk']);
    expect(people('Nathalie Berthier et Mamadou Diallo ont quitté la réunion.')).toEqual(['Nathalie Berthier', 'Mamadou Diallo']);
  });
  it('keeps an unknown capitalised pair only when its surname comes back alone', () => {
    expect(people('Crowds cheered as Zorvak Quintel arrived. Quintel later left the stadium.', 'en')).toEqual(['Zorvak Quintel']);
    expect(people('Crowds cheered as Zorvak Quintel arrived in the town.', 'en')).toEqual([]);
  });
});

describe('actors: the particle "Le" in a Vietnamese name after a title (B)', () => {
  it('keeps « Le » after « le vice-Premier ministre », « le ministre » and a sentence-initial title', () => {
    expect(people('Le vice-Premier ministre Le Quang Vinh a inauguré le port.')).toEqual(['Le Quang Vinh']);
    expect(people('Le Premier ministre Le Hoang Nam a salué l’accord, a indiqué le ministre Le Thi Hoa.')).toEqual(['Le Hoang Nam', 'Le Thi Hoa']);
  });
  it('keeps "Le" after an English title', () => {
    expect(people('Deputy Prime Minister Le Quang Vinh opened the port on Monday.', 'en')).toEqual(['Le Quang Vinh']);
  });
});

describe('actors: organisation names stop at lower-case words (C)', () => {
  it('stops « la Fédération en hiver » before « en »', () => {
    expect(named('La Fédération des éleveurs en hiver a réduit ses aides.')).toEqual(['Fédération des éleveurs']);
    expect(named('L’Observatoire des loyers en juin a publié un rapport.')).toEqual(['Observatoire des loyers']);
  });
});

describe('actors: a body that publishes results is an organisation (D)', () => {
  it('finds « publiés par la Ceni » and "released by Statec"', () => {
    expect(actors('Selon les résultats publiés par la Cenap, le taux de participation a baissé.')).toEqual([expect.objectContaining({ name: 'Cenap', type: 'organization' })]);
    expect(actors('According to figures released by Statec, unemployment rose.', 'en')).toEqual([expect.objectContaining({ name: 'Statec', type: 'organization' })]);
  });
});

describe('countries: demonyms inside names and continental adjectives (E)', () => {
  it('adds no country for "Pan American Health Organization", "North American plates", "Latin American"', () => {
    expect(codes('The Pan American Health Organization warned of measles.', 'en')).toEqual([]);
    expect(codes('The North American plate moved. Latin American and South American markets fell.', 'en')).toEqual([]);
  });
  it('adds none for « latino-américains », « nord-américaine », but keeps "South African" and « américain »', () => {
    expect(codes('Les marchés latino-américains et la presse nord-américaine ont réagi.')).toEqual([]);
    expect(codes('South African officials met the American envoy.', 'en')).toEqual(['ZA', 'US']);
    expect(codes('Le président américain a parlé.')).toEqual(['US']);
  });
});
