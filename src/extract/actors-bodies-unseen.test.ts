import { describe, expect, it } from 'vitest';
import { actorNames, extract } from './testing.ts';

const actors = (text: string, lang: string): Array<{ name: string; type: string; roles: string[] }> => extract(text, { lang }).actors;
const names = (text: string, lang: string): string[] => actors(text, lang).map((a) => a.name);
const typed = (text: string, lang: string): string[] => actors(text, lang).map((a) => `${a.name}/${a.type}`);

describe('a lower-case group after a body’s word keeps its own adjectives', () => {
  it('fr: « des transports routiers » ends the union’s name', () => {
    expect(names('Le Syndicat national des chauffeurs des transports routiers a appelé à cesser le travail lundi.', 'fr')).toContain('Syndicat national des chauffeurs des transports routiers');
  });
  it('fr: a finite verb after the group ends the name (guard)', () => {
    expect(names('Le Syndicat des gardiens municipaux réclame une prime depuis mars.', 'fr')).toContain('Syndicat des gardiens municipaux');
  });
});

describe('a capitalised adjective after a known body’s name of several words names another body', () => {
  it('es: « Tribunal Supremo Electoral » is one body, with no person « Electoral »', () => {
    const found = actors('El Tribunal Supremo Electoral anunció el martes el calendario de la segunda vuelta.', 'es');
    expect(found.map((a) => a.name)).toContain('Tribunal Supremo Electoral');
    expect(found.filter((a) => a.type === 'person')).toEqual([]);
  });
  it('es: the known body alone stays known', () => {
    expect(names('El Tribunal Supremo rechazó el recurso el martes.', 'es')).toContain('Tribunal Supremo');
  });
});

describe('a company’s management in lower case is the company', () => {
  it('fr: « la direction de Calvane » is Calvane', () => {
    const found = names('La direction de Calvane a refusé de commenter la grève de mardi.', 'fr');
    expect(found).toContain('Calvane');
    expect(found.some((n) => /^Direction/u.test(n))).toBe(false);
  });
  it('es: « la dirección de la empresa Norvial »', () => {
    const found = names('Los trabajadores pararon el lunes; la dirección de Norvial prometió una respuesta.', 'es');
    expect(found).toContain('Norvial');
    expect(found.some((n) => /^Dirección/u.test(n))).toBe(false);
  });
  it('fr: a directorate written with a capital stays a body (guard)', () => {
    expect(names('La Direction de l’eau et de la biodiversité a publié un rapport jeudi.', 'fr').some((n) => /^Direction de l/u.test(n))).toBe(true);
  });
});

describe('a title before a lower-case qualifier that is also a rank', () => {
  it('es: « gerente general » is the whole title', () => {
    const found = actors('“Vamos a reabrir”, dijo el gerente general de la firma, Tomás Ibarra.', 'es');
    expect(found.find((a) => a.name === 'Tomás Ibarra')?.roles[0]).toMatch(/^gerente general/u);
  });
});

describe('a company noun with a complement of two words types the name after it', () => {
  it('fr: « le fabricant de vélos électriques X »', () => {
    const found = actors('Le fabricant de trottinettes électriques Ventrel a perdu 30 millions d’euros en 2025.', 'fr');
    expect(found.find((a) => a.name === 'Ventrel')?.type).toBe('organization');
  });
  it('es: a trade’s adjective after a one-word complement', () => {
    const found = actors('La empresa de transporte aéreo Surcielo compró seis aviones en marzo.', 'es');
    expect(found.find((a) => a.name === 'Surcielo')?.type).toBe('organization');
  });
});

describe('an apposition opened by an owner’s possessive types the name as a body', () => {
  it('en: "X, Peru’s largest fishing company,"', () => {
    const found = actors('Tamsel Mar, Peru’s largest fishing company, said on Monday it would cut 400 jobs.', 'en');
    expect(found.find((a) => a.name === 'Tamsel Mar')?.type).toBe('organization');
  });
  it('en: a person with the owner’s title stays a person (guard)', () => {
    const found = actors('Rosa Quintero, Peru’s fisheries minister, said on Monday the cuts were legal.', 'en');
    expect(found.find((a) => a.name === 'Rosa Quintero')?.type).toBe('person');
  });
});

describe('a comptroller’s office is a body, never a person’s title', () => {
  it('es: « la Contraloría General de Cuentas »', () => {
    const found = actors('La Contraloría General de Cuentas detectó pagos duplicados en 2024.', 'es');
    expect(found.map((a) => a.name)).toContain('Contraloría General de Cuentas');
    expect(found.filter((a) => a.type === 'person')).toEqual([]);
  });
});

describe('a club’s shape before a capitalised body’s word is a longer body’s name', () => {
  it('en: "the Kericho County Assembly"', () => {
    expect(names('Members of the Kericho County Assembly voted on Tuesday to reject the budget.', 'en')).toContain('Kericho County Assembly');
  });
  it('en: "the Nyeri County Government"', () => {
    expect(names('A court suspended a levy imposed by the Nyeri County Government on hawkers.', 'en')).toContain('Nyeri County Government');
  });
});

describe('a body named by a head word of public administration or of a profession (lexicon orgKeywords)', () => {
  it('en: a directorate, a division, a conservancy are bodies, not people', () => {
    expect(typed('The Okavango National Park Directorate said the herd had grown to 400 animals.', 'en')).toContain('Okavango National Park Directorate/organization');
    expect(typed('The Canadian Polar Division said the drill reached bedrock on Friday.', 'en')).toContain('Canadian Polar Division/organization');
    expect(typed('The Kalahari Conservancy said the count was the highest in years.', 'en')).toContain('Kalahari Conservancy/organization');
  });
  it('fr: a university hospital (« CHU »), a professional order and a league with an English name are bodies', () => {
    expect(typed('Le CHU Amadou-Sissoko a accueilli 40 patients mardi, selon sa direction.', 'fr')).toContain('CHU Amadou-Sissoko/organization');
    expect(typed('L’Ordre des infirmières du Québec a dénoncé la pénurie de personnel.', 'fr')).toContain('Ordre des infirmières du Québec/organization');
    expect(typed('La Elite League a annoncé une enquête interne sur deux rencontres.', 'fr')).toContain('Elite League/organization');
  });
  it('es: a league with an English name is a body', () => {
    expect(typed('La Elite League anunció el lunes una investigación sobre dos partidos.', 'es')).toContain('Elite League/organization');
  });
});

describe('no person: a road, a tower, a pronoun opening a quotation (lexicon placeWords, stopwords)', () => {
  const people = (text: string, lang: string): string[] => actorNames(text, lang, 'person');
  it('en: "Lamphu Market Road" is a place, "Whoever" no one', () => {
    expect(people('Backpackers crowded Lamphu Market Road on Sunday, the district office said.', 'en')).toEqual([]);
    expect(people('“Whoever is found guilty will never play again,” the federation president said.', 'en')).toEqual([]);
  });
  it('es: « la Torre de Justicia » is a building', () => {
    expect(people('El fiscal habló durante la audiencia en la Torre de Justicia.', 'es')).toEqual([]);
  });
});

describe('a role’s office: "the Public Prosecutor’s Office", "the Mayor’s Office" (lexicon entities pattern role-office)', () => {
  it('is a body, and it speaks', () => {
    const found = extract('The Public Prosecutor’s Office said nine people would face trial.', { lang: 'en' });
    expect(typed('The Public Prosecutor’s Office said nine people would face trial.', 'en')).toContain('Public Prosecutor’s Office/organization');
    expect(found.attributions[0]?.source).toBe('Public Prosecutor’s Office');
    expect(names("The Mayor's Office confirmed the closure of the pool.", 'en')).toContain("Mayor's Office");
  });
  it('guard: a person’s office is the person’s', () => {
    expect(names("Jane Okoro's office said she was ill.", 'en')).toEqual(['Jane Okoro']);
  });
});

describe('a university, a hospital or a town hall named after its place in lower case (lexicon institutionHeads)', () => {
  it('fr: « l’université de Valmont », « l’hôpital de Kribi », « la mairie de Rennes » are bodies', () => {
    expect(names('Des chercheurs de l’université de Valmont ont participé à l’essai.', 'fr')).toContain('Université de Valmont');
    expect(names('Selon l’hôpital de Kribi, douze patients ont été admis.', 'fr')).toContain('Hôpital de Kribi');
    expect(names('La mairie de Rennes a fermé les piscines lundi.', 'fr')).toContain('Mairie de Rennes');
  });
  it('es: « la universidad de Salamanca » is a body', () => {
    expect(names('Investigadores de la universidad de Salamanca participaron en el estudio.', 'es')).toContain('Universidad de Salamanca');
  });
  it('guard: the head with no capitalised name after it names nothing', () => {
    expect(names('Les étudiants de l’université ont manifesté devant la mairie.', 'fr')).toEqual([]);
  });
});

describe('a national agency named by its domain and its country ("Statistics Norway", "Tourism Australia")', () => {
  it('is a body that speaks, and its country stays the story’s', () => {
    const found = extract('Statistics Norway said unemployment rose to 4% in May.', { lang: 'en' });
    expect(typed('Statistics Norway said unemployment rose to 4% in May.', 'en')).toContain('Statistics Norway/organization');
    expect(found.attributions[0]?.source).toBe('Statistics Norway');
    expect(found.countries.map((c) => c.code)).toEqual(['NO']);
    expect(names('Tourism Australia said arrivals hit a record in March.', 'en')).toContain('Tourism Australia');
  });
  it('guard: the domain word in lower case before a country names nothing', () => {
    expect(names('Interest in sport in Kenya is growing fast.', 'en')).toEqual([]);
  });
});

describe('polling institutes (data: organizations.json)', () => {
  it('« un sondage de l’Ifop », "a YouGov poll", « el barómetro del CIS »: the pollster is a body and the source', () => {
    expect(extract('Selon un sondage de l’Ifop publié mardi, 57 % des Français partiront en vacances.', { lang: 'fr' }).attributions[0]?.source).toBe('Ifop');
    expect(names('A YouGov poll found that 40% of voters backed the plan.', 'en')).toContain('YouGov');
    expect(names('Según el último barómetro del CIS, el paro es la principal preocupación.', 'es')).toContain('CIS');
  });
});
