import { describe, expect, it } from 'vitest';
import { actorNames, extract } from './testing.ts';

const people = (text: string, lang = 'en'): string[] => actorNames(text, lang, 'person');
const rolesOf = (text: string, name: string, lang = 'en'): string[] => extract(text, { lang }).actors.find((a) => a.name === name)?.roles ?? [];

describe('a surname two people of the story share', () => {
  it('is no third person when both were named before it', () => {
    const text = 'Hollin Athletic sacked coach Dave Marlow on Sunday. His brother, assistant Kevin Marlow, takes over. The board said the pitch, which Marlow had blamed for the loss, was fine.';
    expect(people(text)).toEqual(['Dave Marlow', 'Kevin Marlow']);
  });

  it('stands for the only one of them named before it', () => {
    const text = 'Governor Rita Okoye signed the bill on Friday. "It is a good day," Okoye said. Senator Paul Okoye, no relation, voted against it.';
    const actors = extract(text, { lang: 'en' }).actors.filter((a) => a.type === 'person');
    expect(actors.map((a) => `${a.name}:${a.mentions}`)).toEqual(['Rita Okoye:2', 'Paul Okoye:1']);
  });

  it('works the same in Spanish', () => {
    const text = 'El alcalde Tomás Ibarra inauguró el puente. Su hija, la concejala Lucía Ibarra, lo acompañó. La obra, según dijo Ibarra, costó poco.';
    expect(people(text, 'es')).toEqual(['Tomás Ibarra', 'Lucía Ibarra']);
  });
});

describe('the person a thing is named after', () => {
  it('is no actor of the story', () => {
    expect(people('The probe, named after Ada Lovelace, reached orbit on Monday, mission manager Tom Briggs said.')).toEqual(['Tom Briggs']);
    expect(people('La sonde, qui porte le nom de Sophie Germain, a été lancée jeudi, a indiqué la directrice Anne Roux.', 'fr')).toEqual(['Anne Roux']);
    expect(people('El satélite se llamará Aurora, en honor a la ingeniera Marta Solís, dijo el director Pablo Ruiz.', 'es')).toEqual(['Pablo Ruiz']);
  });

  // Guard: the same person acting elsewhere in the story stays an actor.
  it('guard: stays an actor where the story names them otherwise', () => {
    expect(people('The school was named after Grace Adomako. Adomako, 91, cut the ribbon on Monday.')).toEqual(['Grace Adomako']);
  });
});

describe('a compound title written before a name', () => {
  it('keeps the nouns and adjectives before its head word', () => {
    expect(rolesOf('Velto chief financial officer Dana Price said margins would improve.', 'Dana Price')).toEqual(['chief financial officer']);
    expect(rolesOf('WHO mission chief Omar Haddad will visit the camps next week.', 'Omar Haddad')).toEqual(['mission chief']);
    expect(rolesOf('The crash killed bus driver Tom Hale, police said.', 'Tom Hale')).toEqual(['bus driver']);
  });

  // Guard: a verb or a unit of time before the title is no part of it.
  it('guard: stops at a verb or a unit of time', () => {
    expect(rolesOf('Last week prosecutor Ian Moss dropped the charges.', 'Ian Moss')).toEqual(['prosecutor']);
    expect(rolesOf('The victims included nurse Ruth Eze, the hospital said.', 'Ruth Eze')).toEqual(['nurse']);
  });
});

describe('a title, its portfolio and a name with no comma between', () => {
  it('keeps a portfolio word that is also a given name out of the name', () => {
    expect(rolesOf('Le ministre de la Santé Paul Roux a annoncé un plan contre la dengue.', 'Paul Roux', 'fr')).toEqual(['ministre de la Santé']);
    expect(rolesOf('El ministro de Salud Jorge Pérez dijo que habrá más vacunas.', 'Jorge Pérez', 'es')).toEqual(['ministro de Salud']);
  });

  it('reads the portfolio after an English title written with a capital', () => {
    expect(rolesOf('The Minister of Health Jane Okafor said 40 clinics would open.', 'Jane Okafor')).toEqual(['Minister of Health']);
    expect(rolesOf('Deputy Commissioner of Police Anil Rao said the suspect was detained.', 'Anil Rao')).toEqual(['Deputy Commissioner of Police']);
    expect(rolesOf('Inspector General of Police Musa Bello visited the town.', 'Musa Bello')).toEqual(['Inspector General of Police']);
  });

  // A given name after the portfolio's first word opens the minister's own name.
  it('keeps a second given name in the minister’s name', () => {
    expect(people('Durante la visita, la ministra de Salud Ana María Ruiz habló con los médicos.', 'es')).toEqual(['Ana María Ruiz']);
  });
});

describe('a title that completes another noun, set off by a comma', () => {
  it('is no title of the name after it: the whole phrase is its role', () => {
    expect(rolesOf('La esposa del presidente, Ana Soto, visitó el hospital de Cusco.', 'Ana Soto', 'es')).toEqual(['esposa del presidente']);
    expect(rolesOf('L’avocat du général, Paul Morel, a fait appel de la décision.', 'Paul Morel', 'fr')).toEqual(['avocat du général']);
    expect(rolesOf('The lawyer for the general, Tom Reed, said he would appeal.', 'Tom Reed')).toEqual(['lawyer for the general']);
  });

  // Guard: with no comma, the title is the name's own.
  it('guard: leaves a title right before the name to that name', () => {
    expect(rolesOf('The daughter of President Jo Lee opened the fair on Sunday.', 'Jo Lee')).toEqual(['President']);
  });
});

describe('a person named with a title inside another person’s role', () => {
  it('is a person of its own', () => {
    const text = 'Prosecutors charged Adi Wirawan, a senior aide to Governor Ratna Sari, with bribery. Ratna told reporters she had suspended him.';
    expect(people(text)).toEqual(['Adi Wirawan', 'Ratna Sari']);
  });

  it('gives no role to a name before an apposition that opens on a preposition', () => {
    const text = 'La defensa de Roberto Paz, a cargo del abogado Luis Mora, pidió su libertad.';
    expect(rolesOf(text, 'Roberto Paz', 'es')).toEqual([]);
    expect(rolesOf(text, 'Luis Mora', 'es')).toEqual(['abogado']);
  });
});

describe('a title held in a place, before a comma and the name', () => {
  const actorOf = (text: string, name: string, lang: string) => extract(text, { lang }).actors.find((a) => a.name === name);

  it('keeps the place in the role, and gives the person no country from it', () => {
    const fr = actorOf('Le représentant de l’Unicef à Bamako, Paul Sagna, a demandé des fonds.', 'Paul Sagna', 'fr');
    expect(fr?.roles).toEqual(['représentant de l’Unicef à Bamako']);
    expect(fr?.country).toBeNull();
    const en = actorOf('The IOM representative in Ghana, Ruth Alvi, said 300 people had crossed.', 'Ruth Alvi', 'en');
    expect(en?.roles).toEqual(['representative in Ghana']);
    expect(en?.country).toBeNull();
  });

  // Guard: a demonym in the title still says whose the person is.
  it('guard: still takes the country of a demonym in the title', () => {
    expect(actorOf('Le ministre malien de la Santé, Oumar Keita, a parlé.', 'Oumar Keita', 'fr')?.country).toBe('ML');
  });
});

describe('a bank whose name reads as a given name and a surname', () => {
  it('is an organisation (organizations.json)', () => {
    expect(actorNames('Strategists at Morgan Stanley cut their target for the index.', 'en', 'organization')).toEqual(['Morgan Stanley']);
  });
});
