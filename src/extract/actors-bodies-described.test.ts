import { describe, expect, it } from 'vitest';
import { extract } from './testing.ts';

const typed = (text: string, lang = 'en'): string[] => extract(text, { lang }).actors.map((a) => `${a.name}:${a.type}`);

describe('a name set off by an apposition that says it is a body', () => {
  it('is a body when the head comes after other nouns ("the main opposition party") or past a possessive and adjectives', () => {
    expect(typed('Parti Rakyat, the main opposition party, took 12 seats.')).toContain('Parti Rakyat:organization');
    expect(typed('Tarvex, the country’s largest nickel producer, said it would cut output.')).toContain('Tarvex:organization');
  });
  it('is a body when a participle and a place follow the head ("a group based in X")', () => {
    expect(typed('Kijiji, a water rights group based in Arusha, argued that the pumps were broken.')).toContain('Kijiji:organization');
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
    expect(typed('A worker with the Anglican Diocese of Mendi said 40 homes burned.')).toContain('Anglican Diocese of Mendi:organization');
    expect(typed('L’Orchestre philharmonique de Tunisie ouvrira la saison.', 'fr')).toContain('Orchestre philharmonique de Tunisie:organization');
    expect(typed('À la Bourse de Dakar, l’indice a gagné 1 %.', 'fr')).toContain('Bourse de Dakar:organization');
    expect(typed('« Rien ne change », juge Lina Haddad, analyste au cabinet Sahel Capital Research.', 'fr')).toContain('Sahel Capital Research:organization');
    expect(typed('La Orquesta Sinfónica de Quito actuará el lunes.', 'es')).toContain('Orquesta Sinfónica:organization');
  });
});

describe('a body’s word and a nationality with capitals (es pattern body-demonym)', () => {
  it('is a body', () => {
    expect(typed('El comandante de la Policía Boliviana dijo que 40 personas fueron detenidas.', 'es')).toContain('Policía Boliviana:organization');
  });
  it('guard: a longer name goes on past the nationality', () => {
    expect(typed('La Sociedad Venezolana de Salud Pública denunció que las cifras subestiman el brote.', 'es')).toEqual(['Sociedad Venezolana de Salud Pública:organization']);
  });
});

describe('words that name no one', () => {
  it('a capitalised word joined to a participle or an adjective ("Dhaka-based") describes what follows', () => {
    expect(typed('Economists at the Centre for Policy Studies (CPS), a Lagos-based think tank, estimated that inflation would stay high.')).toEqual(['Centre for Policy Studies:organization']);
    expect(typed('Paris-born Marie Curie worked there.')).toEqual(['Marie Curie:person']);
  });
  it('guard: a given name whose second half is in lower case is a name', () => {
    expect(typed('Lee Min-jun said the talks had failed.')).toEqual(['Lee Min-jun:person']);
  });
  it('a group of people opening the sentence (« Vecinos de X ») is no name', () => {
    expect(typed('Vecinos de Kalapampa relataron que la policía usó gases.', 'es')).toEqual([]);
  });
  it('« la Justicia Electoral » is a body (lexicon orgKeywords « justicia »)', () => {
    expect(typed('Según el cómputo de la Justicia Electoral, el oficialismo ganó.', 'es')).toContain('Justicia Electoral:organization');
  });
});

describe('a known body’s one-word name that is a person’s family name', () => {
  it('after the person’s full name, is that person', () => {
    expect(typed('Galway manager Declan Roche praised his players. “We were patient,” Roche said.')).toEqual(['Declan Roche:person', 'Galway:organization']);
  });
  it('guard: before any such person, it is the body', () => {
    expect(typed('Shares of Roche rose 2%. Declan Roche, an analyst, said they would rise.')).toEqual(['Roche:organization', 'Declan Roche:person']);
  });
});

describe('a title with "The" after "told" (lexicon pattern told-the-title)', () => {
  it('is the outlet told, a body', () => {
    expect(typed('“It is a disgrace,” commentator Ann Reid told The Clarion.')).toEqual(['The Clarion:organization', 'Ann Reid:person']);
  });
  it('guard: a place after "The" is no outlet', () => {
    expect(typed('He told The Hague court that she was innocent.')).toEqual([]);
  });
});
