import { describe, expect, it } from 'vitest';
import { extract } from './testing.ts';

const all = (text: string, lang = 'es') => extract(text, { lang }).attributions;

describe('the first of two family names alone names the person later', () => {
  it('« Prieto advirtió » after « Lucía Prieto Galván »: the person speaks, not a body', () => {
    const found = all('La ministra de Vivienda, Lucía Prieto Galván, dijo que el plan costará 300 millones. Prieto advirtió además que la cifra puede crecer.');
    expect(found.map((a) => [a.source, a.sourceType])).toEqual([
      ['Lucía Prieto Galván', 'person'],
      ['Lucía Prieto Galván', 'person'],
    ]);
  });
  it('also in an English story about the same people: "Ibarra warned" after "Tomás Ibarra Soto"', () => {
    const found = all('Union leader Tomás Ibarra Soto said the offer was too low. Ibarra warned that the strike could last weeks.', 'en');
    expect(found[1]?.source).toBe('Tomás Ibarra Soto');
  });
  it('never a second given name: "Jane" alone is not "Sarah Jane Cole"', () => {
    const people = extract('Sarah Jane Cole said the offer was low. Jane Howell, a nurse, said nothing.', { lang: 'en' }).actors.filter((a) => a.type === 'person');
    expect(people.map((a) => a.name)).toContain('Jane Howell');
  });
});

describe('a speaker after who was told, where the outlet is a common noun', () => {
  it('« indicaron a la agencia fuentes judiciales »: the sources speak, not the agency', () => {
    const [found] = all('La fiscalía recurrirá el fallo, indicaron a la agencia fuentes judiciales.');
    expect(found?.source).toBe('fuentes judiciales');
    expect(found?.claim).toBe('La fiscalía recurrirá el fallo');
  });
  it('« dijo a la agencia estatal AVN el ministro »: a media adjective and the outlet’s name are who was told', () => {
    expect(all('La fiscalía recurrirá, dijo a la agencia estatal AVN el ministro Luis Mena.')[0]?.source).toBe('Luis Mena');
  });
});

describe('an adjective written with an accent is no reporting verb', () => {
  it('« El Ministerio Público informó que… »: the body speaks', () => {
    const [found] = all('El Ministerio Público informó que abrirá una investigación por fraude.');
    expect(found?.source).toBe('Ministerio Público');
  });
  it('« fuentes del sector público » is one source phrase', () => {
    expect(all('Las obras se retrasarán, indicaron fuentes del sector público.')[0]?.source).toBe('fuentes del sector público');
  });
});

describe('a nationality inside a body’s name, where adjectives follow their noun', () => {
  it('« la Asociación Uruguaya de Bodegas », « la Cámara Argentina de Turismo »: one organisation each, no person', () => {
    const actors = extract('La Asociación Uruguaya de Bodegas dijo que el consumo cae. La Cámara Argentina de Turismo advirtió que faltan vuelos.', { lang: 'es' }).actors;
    expect(actors.map((a) => `${a.name}/${a.type}`)).toEqual(['Asociación Uruguaya de Bodegas/organization', 'Cámara Argentina de Turismo/organization']);
  });
  it('a nationality that ends the name stays its last word: « la Policía Nacional Colombiana »', () => {
    expect(all('La Policía Nacional Colombiana informó que hubo tres detenidos en Cali.')[0]?.source).toBe('Policía Nacional Colombiana');
  });
});

describe('an unaccented noun is no accented verb form', () => {
  it('« rechazó el proyecto y dijo »: « proyecto » is no « proyectó »', () => {
    expect(all('El sindicato rechazó el proyecto y dijo que irá a juicio.').map((a) => a.verb)).not.toContain('proyecto');
  });
});

describe('an observation mission is a body', () => {
  it('« la Misión de Observación Electoral », « la Mission d’observation électorale »', () => {
    expect(all('La Misión de Observación Electoral aseguró que no hubo fraude en Oruro.')[0]?.sourceType).toBe('organization');
    expect(extract('La Mission d’observation électorale a indiqué que le scrutin était libre.', { lang: 'fr' }).actors.map((a) => a.name)).toContain('Mission d’observation électorale');
  });
});

describe('a body’s portfolios listed after its connector are one name', () => {
  const bodies = (text: string, lang: string) =>
    extract(text, { lang })
      .actors.filter((a) => a.type === 'organization')
      .map((a) => a.name);
  it('« el Ministerio de Minería, Energía y Aguas », « le ministère de l’Élevage, de la Pêche et des Forêts »', () => {
    expect(bodies('El Ministerio de Minería, Energía y Aguas informó que el embalse está al límite.', 'es')).toEqual(['Ministerio de Minería, Energía y Aguas']);
    expect(bodies('Le ministère de l’Élevage, de la Pêche et des Forêts a indiqué que les stocks baissent.', 'fr')).toEqual(['ministère de l’Élevage, de la Pêche et des Forêts']);
  });
  it('"the Department of Agriculture, Forestry and Fisheries said …": the whole body speaks, and the comma inside its name cuts no claim', () => {
    const [found] = extract('The Department of Agriculture, Forestry and Fisheries said the maize crop failed.', { lang: 'en' }).attributions;
    expect(found?.source).toBe('Department of Agriculture, Forestry and Fisheries');
    expect(found?.claim).toBe('the maize crop failed');
  });
  it('with its acronym after the list: « el Instituto de Suelos, Riego y Drenaje (ISRD) » … « el ISRD »', () => {
    const found = all('El Instituto de Suelos, Riego y Drenaje (ISRD) informó que la sequía avanza. El ISRD dijo además que faltan pozos.');
    expect(found.map((a) => a.source)).toEqual(['Instituto de Suelos, Riego y Drenaje', 'Instituto de Suelos, Riego y Drenaje']);
  });
  it('a list of people after a body is no portfolio: "the Ministry of Health, Jo Banda and Ed Moyo"', () => {
    expect(bodies('The Ministry of Health, Tariq Banda and Ed Moyo met on Monday to discuss the clinics.', 'en')).toEqual(['Ministry of Health']);
  });
});

describe('a subject and its apposition before the verb state nothing', () => {
  it('"The port authority, Marport, said ships…": the verb is the sentence’s own, its object no speaker', () => {
    const found = all('The port authority, Marport, said ships in the bay had been delayed overnight.', 'en');
    expect(found.map((a) => a.source)).not.toContain('ships');
    expect(found[0]?.claim).toBe('ships in the bay had been delayed overnight');
  });
  it('« El delantero Iván Solís, de 22 años, sentenció el partido »: no statement, no speaker « el partido »', () => {
    expect(all('El delantero Iván Solís, de 22 años, sentenció el partido en el minuto 75 con un cabezazo.')).toEqual([]);
  });
  it('a clause before the comma still reports: "Plus de 140 dossiers étaient en lice, un record, a précisé la fondation"', () => {
    expect(all('Plus de 140 dossiers étaient en lice cette année, un record, a précisé la fondation Mirabel.', 'fr')[0]?.source).toContain('Mirabel');
  });
});

describe('the speaker’s apposition after a trailing speaker is no part of the claim', () => {
  it('"…, said Ana Ruiz, an economist at the bank", « …, dijo Ana Ruiz, la economista del banco »', () => {
    expect(all('Prices rose sharply in May, said Ana Ruiz, an economist at the bank.', 'en')[0]?.claim).toBe('Prices rose sharply in May');
    expect(all('Los precios subieron un 5 % en mayo, dijo Ana Ruiz, la economista del banco.')[0]?.claim).toBe('Los precios subieron un 5 % en mayo');
  });
  it('a clause after the incise is the statement’s end: "The fees, the board said, will rise in June"', () => {
    expect(all('The fees, the board said, will rise in June.', 'en')[0]?.claim).toBe('The fees will rise in June');
  });
});

describe('an anonymous person after the verb speaks: "said a trader", « a raconté une commerçante », « dijo un pasajero »', () => {
  it('in three languages', () => {
    expect(all('Diesel prices doubled in the port town, said a trader.', 'en').map((a) => [a.source, a.sourceType])).toEqual([['a trader', 'unnamed']]);
    expect(all('Les loyers ont doublé en un an, a raconté une commerçante du quartier.', 'fr').map((a) => [a.source, a.sourceType])).toEqual([['une commerçante du quartier', 'unnamed']]);
    expect(all('El tren no pasó en toda la mañana, dijo un pasajero.').map((a) => [a.source, a.sourceType])).toEqual([['un pasajero', 'unnamed']]);
  });
  it('a thing after the verb is still its object: "The firm announced a loss" names no speaker', () => {
    expect(all('The firm announced a loss, and a union leader said jobs were at risk.', 'en').map((a) => a.source)).not.toContain('a loss');
  });
});

describe('« sentenciar » reports only with « que »', () => {
  it('« sentenció que … » reports; « sentenció el partido » decides a match', () => {
    expect(all('El técnico sentenció que el equipo no merecía perder.')[0]?.source).toBe('El técnico');
    expect(all('Un cabezazo de Solís sentenció el partido en el minuto 88.')).toEqual([]);
  });
});

describe('companies and services named by their trade or their country', () => {
  const types = (text: string, lang: string) => extract(text, { lang }).actors.map((a) => `${a.name}/${a.type}`);
  it('"Crestline Realty", "Kestrel Properties": a company, no person', () => {
    expect(types('Investigators said Crestline Realty had collected deposits from 900 buyers.', 'en')).toContain('Crestline Realty/organization');
    expect(types('Kestrel Properties said the towers would be finished in May.', 'en')).toContain('Kestrel Properties/organization');
  });
  it('« Météo Sénégal »: a body’s word alone, then its country, names the body', () => {
    expect(types('De fortes pluies sont attendues samedi sur la Casamance, a prévenu Météo Sénégal.', 'fr')).toContain('Météo Sénégal/organization');
  });
});

describe('the words before a body name’s first connector name it later', () => {
  it('« la Banque centrale » after « la Banque centrale de la République du Congo »: one body', () => {
    const bodies = extract('La Banque centrale de la République du Congo a vendu 300 millions de dollars de réserves. La Banque centrale a indiqué que les ventes allaient continuer.', { lang: 'fr' }).actors.filter(
      (a) => a.type === 'organization',
    );
    expect(bodies.map((a) => [a.name, a.mentions])).toEqual([['Banque centrale de la République du Congo', 2]]);
  });
});
