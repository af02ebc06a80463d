import { describe, expect, it } from 'vitest';
import { extract } from './testing.ts';

const typed = (text: string, lang = 'en'): string[] => extract(text, { lang }).actors.map((a) => `${a.name}:${a.type}`);

describe('a name set off by an apposition that says it is a body', () => {
  it('is a body when the head comes after other nouns ("the main opposition party") or past a possessive and adjectives', () => {
    expect(typed('Parti Rakyat, the largest opposition party, lost two of its seats.')).toContain('Parti Rakyat:organization');
    expect(typed('Tarvex, the region’s biggest nickel producer, will cut output.')).toContain('Tarvex:organization');
  });
  it('is a body when a participle and a place follow the head ("a group based in X")', () => {
    expect(typed('Kijiji, a pressure group based in Arusha, warned that the pumps were broken.')).toContain('Kijiji:organization');
  });
  it('guard: a person’s apposition with a role stays a person’s', () => {
    expect(typed('Jo Banda, a lawyer based in Lusaka, said the ruling was unfair.')).toContain('Jo Banda:person');
    expect(typed('John Smith, the opposition leader, said no.')).toContain('John Smith:person');
  });
});

describe('a name after "X-based", "state-owned" (lexicon pattern based-body)', () => {
  it('is a body, and the compound word is no part of it nor a name of its own', () => {
    expect(typed('Analysts say Delhi-based Tarvex Mining will cut output.')).toEqual(['Tarvex Mining:organization']);
    expect(typed('The state-owned Kestral Rock Industries will be sold.')).toContain('Kestral Rock Industries:organization');
    // (No body's word in the name: the compound alone says it.)
    expect(typed('Lagos-based Tarvell Okonjo will be sold to a rival.')).toEqual(['Tarvell Okonjo:organization']);
  });
  it('guard: a person’s given name after it makes no body', () => {
    expect(typed('Lagos-based Ade Bello wrote the book.')).not.toContain('Ade Bello:organization');
  });
});

describe('bodies by their words (lexicon orgKeywords, orgDescriptors)', () => {
  it('dioceses, orchestras, stock exchanges, a firm after « cabinet »', () => {
    expect(typed('The Anglican Diocese of Mendi opened a shelter for 40 families.')).toContain('Anglican Diocese of Mendi:organization');
    expect(typed('Le concert de l’Orchestre philharmonique de Tunisie a été annulé.', 'fr')).toContain('Orchestre philharmonique de Tunisie:organization');
    expect(typed('Les titres cotés à la Bourse de Dakar ont reculé mardi.', 'fr')).toContain('Bourse de Dakar:organization');
    expect(typed('Selon Omar Fall, associé du cabinet Sahel Capital Research, le marché va se replier.', 'fr')).toContain('Sahel Capital Research:organization');
    expect(typed('La Orquesta Sinfónica de Quito actuará el lunes.', 'es')).toContain('Orquesta Sinfónica:organization');
  });
});

describe('a body’s word and a nationality with capitals (es pattern body-demonym)', () => {
  it('is a body', () => {
    expect(typed('Ayer, la Policía Paraguaya detuvo a doce sospechosos en la frontera.', 'es')).toContain('Policía Paraguaya:organization');
  });
  it('guard: a longer name goes on past the nationality', () => {
    expect(typed('La Sociedad Venezolana de Salud Pública denunció que las cifras subestiman el brote.', 'es')).toEqual(['Sociedad Venezolana de Salud Pública:organization']);
  });
});

describe('words that name no one', () => {
  it('a capitalised word joined to a participle or an adjective ("Lagos-based") describes what follows', () => {
    expect(typed('Researchers from the Harbour Institute, a Lagos-based think tank, argued that fuel subsidies would return.')).toEqual(['Harbour Institute:organization']);
    expect(typed('Paris-born Marie Curie worked there.')).toEqual(['Marie Curie:person']);
  });
  it('guard: a given name whose second half is in lower case is a name', () => {
    expect(typed('Lee Min-jun said the talks had failed.')).toEqual(['Lee Min-jun:person']);
  });
  it('a group of people opening the sentence (« Vecinos de X ») is no name', () => {
    expect(typed('Vecinos de Kalapampa relataron que la policía usó gases.', 'es')).toEqual([]);
  });
  it('« la Justicia Electoral » is a body (lexicon orgKeywords « justicia »)', () => {
    expect(typed('La Justicia Electoral anuló dos actas el lunes.', 'es')).toContain('Justicia Electoral:organization');
  });
});

describe('a known body’s one-word name that is a person’s family name', () => {
  it('after the person’s full name, is that person', () => {
    expect(typed('The coach, Liam Bayer, praised his players. “We were patient,” Bayer said.')).toEqual(['Liam Bayer:person']);
  });
  it('guard: before any such person, it is the body', () => {
    expect(typed('Shares of Bayer rose 2%. Liam Bayer, an analyst, said they would rise.')).toEqual(['Bayer:organization', 'Liam Bayer:person']);
  });
});

describe('a title with "The" after "told" (lexicon pattern told-the-title)', () => {
  it('is the outlet told, a body', () => {
    expect(typed('Ann Reid told The Clarion on Sunday that she would not stand again.')).toEqual(['The Clarion:organization', 'Ann Reid:person']);
  });
  it('guard: a place after "The" is no outlet', () => {
    expect(typed('He told The Hague court that she was innocent.')).toEqual([]);
  });
});
