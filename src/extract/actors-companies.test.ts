import { describe, expect, it } from 'vitest';
import { actorsCounted } from './testing.ts';

/** Every actor as "name/type:mentions". */
const actors = (text: string, lang = 'en'): string[] => actorsCounted(text, lang);

describe('companies named by one word', () => {
  it('takes a name after a company noun and a trade adjective or nationality as the company', () => {
    expect(actors('Le groupe minier Belcarra a suspendu mardi ses opérations au Mali.', 'fr')).toContain('Belcarra/organization:1');
    expect(actors('La petrolera estatal Norvaluz anunció el martes un recorte de 300 empleos.', 'es')).toContain('Norvaluz/organization:1');
    expect(actors('La estatal peruana Minsora recortó el martes su meta de producción de cobre.', 'es')).toContain('Minsora/organization:1');
    expect(actors('Le sidérurgiste indien Tavrenko a inauguré lundi une usine près de Pune.', 'fr')).toContain('Tavrenko/organization:1');
  });

  it('counts the company’s later bare mentions', () => {
    const text = 'Le groupe minier Belcarra a suspendu mardi ses opérations au Mali. Belcarra a précisé que 400 salariés étaient concernés.';
    expect(actors(text, 'fr')).toEqual(['Belcarra/organization:2']);
  });

  it('takes a name whose shares trade as a company', () => {
    expect(actors('Orvelle shares fell 4.2% in London on Tuesday.')).toEqual(['Orvelle/organization:1']);
    expect(actors('Shares in Orvelle fell 4.2% in London on Tuesday.')).toEqual(['Orvelle/organization:1']);
    // (The stock exchange is a body of its own: lexicon orgKeywords « bourse ».)
    expect(actors('L’action Belcarra a reculé de 3,1 % à la Bourse de Paris.', 'fr')).toEqual(['Bourse de Paris/organization:1', 'Belcarra/organization:1']);
    expect(actors('Las acciones de Norvaluz cayeron un 2% en la bolsa de Lima.', 'es')).toEqual(['Norvaluz/organization:1']);
  });

  // Guard: "shares" may be the verb, and a person's name before it stays a person's.
  it('does not take a person who shares something for a company', () => {
    expect(actors('Asked about the deal, Peter Lindqvist shares her doubts, he said.')).toEqual(['Peter Lindqvist/person:1']);
  });
});

describe('a place’s possessive before a ministry’s name', () => {
  it('keeps the ministry’s name whole and reads no person in its domain', () => {
    expect(actors('Norland’s Ministry of Fisheries said on Monday it had closed the bay.')).toEqual(['Ministry of Fisheries/organization:1']);
  });

  // Guard: a domain word in lower case before the ministry's word is still its name.
  it('still reads a lower-case domain before the word', () => {
    expect(actors('The fisheries Ministry said on Monday it had closed the bay.')).toEqual(['Fisheries Ministry/organization:1']);
  });
});

describe('the end of a body’s name', () => {
  it('does not take a verb after a prosecutor’s office’s name into it', () => {
    expect(actors('La Fiscalía Regional de Tarapacá cerró el lunes la investigación.', 'es')).toEqual(['Fiscalía Regional de Tarapacá/organization:1']);
  });

  it('takes a name ending on laboratory for a body', () => {
    expect(actors('Engineers at the Harwell Propulsion Laboratory said the engine had passed its test.')).toEqual(['Harwell Propulsion Laboratory/organization:1']);
  });
});

describe('a lone word that speaks as a body', () => {
  it('takes a lone name after an article people’s names never take for a body', () => {
    expect(actors('Dans la région, la Mirvane a assuré que ses mines fonctionnaient normalement.', 'fr')).toEqual(['Mirvane/organization:1']);
  });

  it('takes a lone name whose first possessive after it is a thing’s for a body', () => {
    expect(actors('On Monday, Telvaro said its profit fell by 12%.')).toEqual(['Telvaro/organization:1']);
  });

  // Guards: a person's possessive, or no article, leaves a lone speaker a person.
  it('keeps a lone speaker with a person’s possessive or no article a person', () => {
    expect(actors('On Monday, Telvaro said his house was gone.')).toEqual(['Telvaro/person:1']);
    expect(actors('Dans la région, Mirvane a assuré que sa maison était détruite.', 'fr')).toEqual(['Mirvane/person:1']);
  });
});

describe('a surname’s particles before a lone word', () => {
  // « De la X » is a surname's short form, whatever article its particles hold.
  it('keeps « De la Serna dijo » the person named before', () => {
    expect(actors('El alcalde Tomás Ruiz de la Serna abrió el puente. De la Serna dijo que la obra terminó antes.', 'es')).toEqual(['Tomás Ruiz de la Serna/person:2']);
  });

  it('keeps « Le Dantec a déclaré », a surname opened by its particle, the person named before', () => {
    expect(actors('Maëlle Le Dantec était en meeting samedi. Le Dantec a déclaré que le pays était fatigué.', 'fr')).toEqual(['Maëlle Le Dantec/person:2']);
  });
});

describe('a chain set off as a company', () => {
  it('takes a name in apposition to a chain for a company', () => {
    expect(actors('Pollobello, the fast-food chain, said it would switch to paper bags.')).toEqual(['Pollobello/organization:1']);
  });
});

describe('a country at the end of a company’s name', () => {
  it('keeps a country right after a name typed by a company noun in the name', () => {
    expect(actors('The state-owned airline Pelikan Indonesia said on Monday it had ordered 20 jets.')).toEqual(['Pelikan Indonesia/organization:1']);
    expect(actors('Le groupe Belcarra Sénégal a annoncé mardi la fermeture du site.', 'fr')).toEqual(['Belcarra Sénégal/organization:1']);
  });

  // Guard: a place after a preposition says where the company is.
  it('leaves a place after a preposition out of the name', () => {
    expect(actors('The firm Orvelle in Kenya said on Monday it had cut jobs.')).toEqual(['Orvelle/organization:1']);
  });
});
