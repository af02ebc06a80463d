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
