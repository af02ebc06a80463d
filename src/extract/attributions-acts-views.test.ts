import { describe, expect, it } from 'vitest';
import { extract } from './testing.ts';

const all = (text: string, lang = 'en') => extract(text, { lang }).attributions;
const sourceOf = (text: string, claim: string, lang = 'en') => all(text, lang).find((a) => a.claim === claim)?.source;

describe('a verb whose object is an act (lexicon class `act-object`)', () => {
  it('reports nothing: "declared a state of emergency", « a déclaré l’état d’urgence », « declaró el estado de alarma »', () => {
    expect(all('The governor has declared a state of emergency across three coastal counties.')).toEqual([]);
    expect(all('Le préfet a déclaré l’état d’urgence dans tout le département jeudi soir.', 'fr')).toEqual([]);
    expect(all('El Gobierno ha declarado el estado de alarma en tres provincias del norte.', 'es')).toEqual([]);
  });
  it('leaves its subject the speaker of a reporting verb joined to it by "and"', () => {
    expect(all('The governor declared a state of emergency and said that the army would help with evacuations.')).toMatchObject([{ source: 'The governor', claim: 'the army would help with evacuations' }]);
    expect(all('La alcaldesa Marta Soler declaró la emergencia y afirmó que el agua llegará el lunes.', 'es')).toMatchObject([{ source: 'Marta Soler', claim: 'el agua llegará el lunes' }]);
  });
});

describe('an own-view phrase opening a sentence (lexicon class `own-view`)', () => {
  it('gives the last speaker the words after it: « A su juicio, … », "In her view, …"', () => {
    const es = 'La consejera de Sanidad, Rosa Medina, replicó que la oferta era justa. A su juicio, el sindicato busca un conflicto político.';
    expect(sourceOf(es, 'el sindicato busca un conflicto político', 'es')).toBe('Rosa Medina');
    const en = 'Health Minister Jane Roe said hospitals were ready. In her view, the strike would end within days.';
    expect(sourceOf(en, 'the strike would end within days')).toBe('Jane Roe');
  });
  it('(guard) gives nothing when no one spoke before', () => {
    expect(all('A su juicio, el sindicato busca un conflicto político.', 'es')).toEqual([]);
  });
});

describe('a French stressed pronoun after « selon » or « pour »', () => {
  it('« Selon lui, … » stands for the last speaker, as « Selon elle » does', () => {
    const text = 'Le secrétaire du syndicat, Marc Ferrandi, a estimé que les dockers n’avaient pas été consultés. Selon lui, la réforme menace 2 000 emplois.';
    expect(sourceOf(text, 'la réforme menace 2 000 emplois', 'fr')).toBe('Marc Ferrandi');
  });
  it('« Pour lui, … » with quoted words gives that person’s view', () => {
    const text = 'Le député Romain Chabert a estimé que le bilan était maigre. Pour lui, la ville « a perdu six ans ».';
    expect(sourceOf(text, 'la ville « a perdu six ans »', 'fr')).toBe('Romain Chabert');
  });
  it('« fait valoir que » reports', () => {
    expect(all('Le délégué syndical Marc Ferrandi a fait valoir que les salariés n’avaient pas été consultés.', 'fr')).toMatchObject([{ source: 'Marc Ferrandi', claim: 'les salariés n’avaient pas été consultés' }]);
  });
});

describe('a pronoun after a person set off by commas in the subject', () => {
  it('stands for that person, not for an older speaker', () => {
    const text = '« Nous reconstruirons », a déclaré le maire, Paul Hardy. Son principal adversaire, le député Romain Chabert, a ironisé sur le bilan. Il a ensuite affirmé que la ville avait perdu six ans.';
    expect(sourceOf(text, 'la ville avait perdu six ans', 'fr')).toBe('Romain Chabert');
  });
});

describe('a role with no name ("the minister", « le maire »)', () => {
  it('stands for the last person who holds that role', () => {
    const text = 'Le maire de Lyon, Grégoire Dumas, a annoncé qu’il briguerait un second mandat. Le maire a promis que 5 000 logements seraient construits.';
    expect(sourceOf(text, '5 000 logements seraient construits', 'fr')).toBe('Grégoire Dumas');
  });
  it('never stands for a speaker with another title', () => {
    const text = 'The governor said the army would help. The minister added that 40 beds were free in the county hospital.';
    expect(sourceOf(text, '40 beds were free in the county hospital')).toBe('The minister');
  });
  it('(guard) still stands for a named person whose role shares its word: « la líder opositora »', () => {
    const text = 'La líder de la oposición, Ana Ruiz, dijo que el recuento era falso. La líder opositora añadió que habrá protestas el lunes.';
    expect(sourceOf(text, 'habrá protestas el lunes', 'es')).toBe('Ana Ruiz');
  });
});

describe('the speaker after a trailing reporting verb', () => {
  it('stops before a time phrase: « informó el Instituto el martes », « la semaine dernière », "last week"', () => {
    expect(all('El paro bajó al 3 %, informó el Instituto de Estadística el martes.', 'es')[0]?.source).toBe('Instituto de Estadística');
    expect(all('La inflación se moderó en mayo, informó el banco central la semana pasada.', 'es')[0]?.source).toBe('el banco central');
    expect(all('Les ventes ont progressé de 5 %, a précisé la société la semaine dernière.', 'fr')[0]?.source).toBe('la société');
    expect(all('Exports fell 2% in May, said the statistics office last week.')[0]?.source).toBe('the statistics office');
  });
  it('« la société » is no body of another kind that spoke before (« le ministère »)', () => {
    const found = all('Les exportations ont reculé de 2 %, a indiqué le ministère mardi. Les ventes ont progressé de 5 %, a précisé la société.', 'fr');
    expect(found[1]?.source).toBe('la société');
  });
});

describe('an object pronoun before the verb (lexicon class `preverbal-clitic`)', () => {
  it('is no part of the subject: « Le ministre lui a assuré », « Les organisateurs en revendiquent », « La policía les advirtió »', () => {
    expect(all('Le ministre lui a assuré que le budget serait voté avant l’été.', 'fr')[0]?.source).toBe('Le ministre');
    expect(all('Les organisateurs en revendiquent plus de 4 000.', 'fr')[0]?.source).toBe('Les organisateurs');
    expect(all('La policía les advirtió que la carretera estará cerrada.', 'es')[0]?.source).toBe('La policía');
  });
});

describe('a pronoun after a sentence opened by a person described by a role', () => {
  it('stands for that person, not for an older speaker: « Le principal accusé a contesté… « … », a-t-il assuré »', () => {
    const text = '« Ils sont coupables », a déclaré l’avocate générale, Claire Bonnet. Le principal accusé a contesté avoir dirigé le réseau. « Je n’étais qu’un chauffeur », a-t-il assuré.';
    expect(sourceOf(text, 'Je n’étais qu’un chauffeur', 'fr')).toBe('Le principal accusé');
  });
  it('takes the role’s complement: « La ministre de la Transition écologique s’est rendue sur place. Elle a promis… »', () => {
    const text = '« Il est tombé trois mois de pluie », a expliqué un prévisionniste de Météo-France. La ministre de la Transition écologique s’est rendue sur place. Elle a promis que les aides seraient versées en mai.';
    expect(sourceOf(text, 'les aides seraient versées en mai', 'fr')).toBe('La ministre de la Transition écologique');
  });
});

describe('an indefinite person at a named workplace', () => {
  it('speaks for no body: "A senior doctor at a named hospital, who declined to be named, warned…"', () => {
    expect(all("A senior doctor at St Thomas' Hospital, who declined to be named, warned that patients would die.")).toMatchObject([{ source: "A senior doctor at St Thomas' Hospital", sourceType: 'unnamed' }]);
  });
});

describe('the defence in a court story', () => {
  it('speaks as a party, never as a place: « La défense a estimé… » is no district « La Défense »', () => {
    expect(all('Le principal accusé a nié les faits. La défense a estimé que le dossier était vide.', 'fr')).toMatchObject([{ source: 'La défense', sourceType: 'unnamed' }]);
    expect(all('La defensa sostuvo que no hay pruebas contra el exalcalde.', 'es')).toMatchObject([{ source: 'La defensa', sourceType: 'unnamed' }]);
  });
  it('(guard) leaves a ministry of defence a government source', () => {
    expect(all('Le ministère de la Défense a indiqué que deux soldats étaient blessés.', 'fr')).toMatchObject([{ sourceType: 'government' }]);
  });
});
