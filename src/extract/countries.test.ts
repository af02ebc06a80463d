import { describe, expect, it } from 'vitest';
import { extract } from './testing.ts';

const codes = (text: string, meta = {}): string[] =>
  extract(text, meta)
    .countries.map((c) => c.code)
    .sort();

describe('countries', () => {
  it('reads a town that ends a person’s name as the surname: « Paul Ekang Kribi », later « M. Ekang Kribi »', () => {
    const text = '« Le port sera agrandi », a annoncé le ministre des Transports, Paul Ekang Kribi.\n\nLes travaux commenceront en mai, a précisé M. Ekang Kribi, qui a cité le Cameroun.';
    expect(codes(text, { lang: 'fr' })).toEqual(['CM']);
    expect(extract(text, { lang: 'fr' }).actors.map((a) => a.name)).toEqual(['Paul Ekang Kribi']);
  });
  it('reads each country of a hyphenated pair: "US-China talks", "the India-Pakistan border"', () => {
    expect(codes('US-China trade talks resumed as the India-Pakistan border reopened.', { lang: 'en' })).toEqual(['CN', 'IN', 'PK', 'US']);
    // A person’s or a town’s hyphenated name is none.
    expect(codes('Jean-Pierre Moreau spoke in Lyon on Monday.', { lang: 'en' })).toEqual(['FR']);
  });
  it('never reads "Island" as Iceland, nor an acronym in brackets as the place it spells', () => {
    expect(codes('Snow fell across the South Island of New Zealand.', { lang: 'en' })).toEqual(['NZ']);
    expect(codes('In Abuja, the Lagoon and Inland Maritime Agency (LIMA) sent boats.', { lang: 'en' })).toEqual(['NG']);
  });
  it('reads a place or a demonym right after a river’s or a lake’s word as that feature’s name: « el río Francés »', () => {
    expect(codes('El puente sobre el río Francés costará 90 millones de lempiras, dijo el Gobierno de Honduras.', { lang: 'es' })).toEqual(['HN']);
    expect(extract('El puente sobre el río Francés costará 90 millones de lempiras, dijo el Gobierno de Honduras.', { lang: 'es' }).actors.filter((a) => a.type === 'person')).toEqual([]);
  });
  it('reads a place that opens on its article only with its own word capitalised: « La Paz », never « La paz »', () => {
    expect(codes('Miles de mineros marcharon el jueves por el centro de La Paz y de El Alto para exigir más combustible.', { lang: 'es' })).toEqual(['BO']);
    expect(codes('La paz es frágil, dijo el mediador. El alto el fuego se rompió el domingo en la frontera.', { lang: 'es' })).toEqual([]);
  });
  it('reads « Corée du Nord » as KP and « Corée du Sud » as KR (longest match)', () => {
    expect(codes('La Corée du Nord et la Corée du Sud ont parlé.')).toEqual(['KP', 'KR']);
  });
  it('reads French demonyms in any gender and number: nord-coréens, ukrainiennes, sud-coréen, russe, sénégalais', () => {
    expect(codes('Des soldats nord-coréens, des forces ukrainiennes, un député sud-coréen, l’armée russe et des pêcheurs sénégalais.')).toEqual(['KP', 'KR', 'RU', 'SN', 'UA']);
  });
  it('reads capitals and exonyms as their country: Moscou, Pékin, Londres, Varsovie, Kiev/Kyiv, Koursk', () => {
    expect(codes('Moscou, Pékin, Londres et Varsovie ont réagi, comme Kyiv après les combats de Koursk.')).toEqual(['CN', 'GB', 'PL', 'RU', 'UA']);
  });
  it('reads seats of power: le Kremlin, la Maison-Blanche', () => {
    expect(codes('Le Kremlin a répondu à la Maison-Blanche.')).toEqual(['RU', 'US']);
  });
  it('tells Guinée-Bissau from Guinée, Soudan du Sud from Soudan, Niger from Nigeria', () => {
    expect(codes('La Guinée-Bissau, le Soudan du Sud et le Nigeria.')).toEqual(['GW', 'NG', 'SS']);
    expect(codes('La Papouasie-Nouvelle-Guinée et le Niger.')).toEqual(['NE', 'PG']);
  });
  it('reads English names and demonyms: Brazilian, Kenyans, the U.S.', () => {
    expect(codes('Brazilian officials met Kenyans and the U.S. delegation.')).toEqual(['BR', 'KE', 'US']);
  });
  it('does not take people named Chad or Jordan, or the turkey on the table, for countries', () => {
    expect(codes('Chad Whitfield and Michael Jordan ate turkey.')).toEqual([]);
    expect(codes('Refugees crossed into eastern Chad, and Jordan said it would help.')).toEqual(['JO', 'TD']);
  });
  it('does not take a person for a place whose name is also a common first name', () => {
    expect(codes('La senadora Francia Olmedo y el ministro Mauricio Brandt firmaron el acuerdo.', { lang: 'es' })).toEqual([]);
    expect(codes('Florence Delmas et Nancy Perrin ont présenté le rapport.', { lang: 'fr' })).toEqual([]);
    expect(codes('Santiago Ferrer told Sofia Lind the talks had failed.', { lang: 'en' })).toEqual([]);
    // The same names alone, or beside a place, still stand for their country.
    expect(codes('La delegación viajó a Francia y luego a Mauricio.', { lang: 'es' })).toEqual(['FR', 'MU']);
    expect(codes('The team flew from Sofia to Florence on Monday.', { lang: 'en' })).toEqual(['BG', 'IT']);
  });
  it('reads the French names of capitals the English list spells otherwise: Saint-Domingue, Tachkent, Bichkek, Nicosie', () => {
    expect(codes('Des délégués venus de Saint-Domingue, de Tachkent, de Bichkek et de Nicosie.', { lang: 'fr' })).toEqual(['CY', 'DO', 'KG', 'UZ']);
  });
  it('names the country in the article’s language', () => {
    expect(extract('La Corée du Nord a tiré un missile.').countries[0]?.name).toBe('Corée du Nord');
    expect(extract('North Korea fired a missile on Monday.').countries[0]?.name).toBe('North Korea');
  });
  it('keeps frontmatter countries even when the text does not name them', () => {
    expect(codes('Le ministre a parlé.', { countries: ['FR'] })).toEqual(['FR']);
  });
  it('gives the trailer’s country to the publisher, not to countries', () => {
    const r = extract('Le ministre a parlé de la Russie.', {}, { text: 'L’Opinion Maroc – Infos au Maroc', name: 'L’Opinion Maroc', tagline: 'Infos au Maroc', line: 3 });
    expect(r.countries.map((c) => c.code)).toEqual(['RU']);
    expect(r.publisher).toEqual({ name: 'L’Opinion Maroc', country: 'MA', url: null });
  });
});

describe('countries: context', () => {
  it('reads Georgia as the US state when the article is about the United States', () => {
    expect(codes('Turkey prices in the U.S. rose. In Georgia, growers struggled.')).toContain('US');
    expect(codes('Turkey prices in the U.S. rose. In Georgia, growers struggled.')).not.toContain('GE');
  });
  it('reads a city two countries share as the dateline’s country when the text names neither', () => {
    const text = 'MADRID, 4 Mar. (EFE) - Las lluvias obligaron este martes a cerrar los colegios de Valencia y de otros doce municipios.';
    expect(codes(text, { lang: 'es' })).toEqual(['ES']);
    // Without the dateline the city says nothing.
    expect(codes('Las lluvias obligaron este martes a cerrar los colegios de Valencia y de otros doce municipios.', { lang: 'es' })).toEqual([]);
    // The dateline alone is no country of the story.
    expect(codes('MADRID, 4 Mar. (EFE) - Las lluvias obligaron este martes a cerrar los colegios de doce municipios.', { lang: 'es' })).toEqual([]);
  });
  it('reads regional demonyms: « les Québécois » are in Canada', () => {
    expect(codes('54 % des Québécois soutiennent les enseignants.')).toEqual(['CA']);
  });
  it('never takes regions for countries: "Southeast Asia", « Afrique de l’Ouest »', () => {
    expect(codes('Networks operate from Southeast Asia.')).toEqual([]);
  });
});

describe('country names that are also common nouns or first names', () => {
  it('needs a country cue: "Turkey prices" is not TR, "in Turkey" and "Turkey has" are', () => {
    expect(codes('Turkey prices rose ahead of the holiday.')).toEqual([]);
    expect(codes('Prices rose in Turkey ahead of the holiday.')).toEqual(['TR']);
    expect(codes('Turkey has raised interest rates again.')).toEqual(['TR']);
  });
  it('counts the bare name when the article names the country another way (a capital, a demonym)', () => {
    expect(codes('Turkey prices rose. Officials in Ankara blamed the drought.')).toEqual(['TR']);
  });
  it('reads « Maurice » as the island only with a cue', () => {
    expect(codes('Maurice est arrivé en retard à la réunion.')).toEqual([]);
    expect(codes('Les prix ont augmenté à Maurice cette année.')).toEqual(['MU']);
  });
});

describe('a lower-case demonym spelled like a country’s name', () => {
  it('reads Spanish « china » as Chinese, and types the company after it', () => {
    const record = extract('El municipio firmó el lunes un acuerdo con la empresa china Tarim Litio para construir una planta.', { lang: 'es' });
    expect(record.countries.map((c) => c.code)).toEqual(['CN']);
    expect(record.actors.map((a) => `${a.name}/${a.type}`)).toEqual(['Tarim Litio/organization']);
  });

  it('still needs a capital for the country itself', () => {
    expect(codes('La delegación viajó a China el martes.', { lang: 'es' })).toEqual(['CN']);
  });
});

describe('a place whose name folds to a function word of the language', () => {
  it('es: « Para los vecinos… » is the preposition; « Pará » with its accent is the Brazilian state', () => {
    expect(codes('Para los vecinos de la zona, la ayuda llegó demasiado tarde.', { lang: 'es' })).toEqual([]);
    expect(codes('El gobernador de Pará pidió ayuda federal tras las lluvias.', { lang: 'es' })).toEqual(['BR']);
  });
});

describe('a place’s name after a street’s word (lexicon class street-word)', () => {
  it('names the street: « la avenida Caracas » in Bogotá, « rue de Rome » in Marseille', () => {
    expect(codes('Los ciclistas recorren la avenida Caracas cada domingo en Bogotá.', { lang: 'es' })).toEqual(['CO']);
    expect(codes('Les manifestants ont défilé rue de Rome, à Marseille, samedi.', { lang: 'fr' })).toEqual(['FR']);
  });
  it('guard: the same name after another word is the place', () => {
    expect(codes('El presidente viajó a Caracas el lunes.', { lang: 'es' })).toEqual(['VE']);
  });
});
