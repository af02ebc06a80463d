// Classes of actor errors found on news written for the purpose (session 28): regional papers,
// press releases, live blogs, interviews, results round-ups and long court reports.
import { describe, expect, it } from 'vitest';
import { extract } from './testing.ts';

const actors = (text: string, lang: string): Array<[string, string]> => extract(text, { lang }).actors.map((a) => [a.name, a.type]);

describe('a party’s acronym in brackets after a person’s name with a particle', () => {
  it('fr: « Anne de Kergallec (LR) » is a person, LR her party', () => {
    const found = actors('Le vote a eu lieu.\nL’opposition, menée par Anne de Kergallec (LR), s’est abstenue.', 'fr');
    expect(found).toContainEqual(['Anne de Kergallec', 'person']);
    expect(found).toContainEqual(['LR', 'organization']);
  });
  it('fr: a capitalised particle inside the surname (« Marie Le Floch-Ruiz (PS) »)', () => {
    const found = actors('Le budget passe.\nMarie Le Floch-Ruiz (PS) a voté contre.', 'fr');
    expect(found).toContainEqual(['Marie Le Floch-Ruiz', 'person']);
  });
  it('es: « Ramón Gil de la Vega (PP) »', () => {
    const found = actors('El pleno votó.\nSegún Ramón Gil de la Vega (PP), el presupuesto no cuadra.', 'es');
    expect(found).toContainEqual(['Ramón Gil de la Vega', 'person']);
  });
  it('es: a university’s name with « de » still spells its acronym', () => {
    const found = actors('La huelga sigue.\nLa Universidad Mayor de San Telmo (UMST) cerró sus aulas.', 'es');
    expect(found).toContainEqual(['Universidad Mayor de San Telmo', 'organization']);
  });
});

describe('the long name an acronym abbreviates reaches over a preposition and its article', () => {
  it('fr: « sur l’… », « pour l’… » and « au … » inside the name', () => {
    const found = actors(
      'Le rapport est sorti.\nLe Bureau d’enquêtes sur les accidents de mer (BEAM) a conclu à une faute. Le directeur de l’Agence malienne pour l’électrification rurale (Amer) a réagi. Selon le Haut-Commissariat au plan (HCP), les prix reculent.',
      'fr',
    );
    expect(found).toContainEqual(['Bureau d’enquêtes sur les accidents de mer', 'organization']);
    expect(found).toContainEqual(['Agence malienne pour l’électrification rurale', 'organization']);
    expect(found).toContainEqual(['Haut-Commissariat au plan', 'organization']);
  });
  it('fr: a lower-case « du » inside the name still joins it (« l’Agence nationale du tourisme (ANT) »)', () => {
    const r = extract('Le projet avance.\nLa Région et l’Agence nationale du tourisme (ANT) ont été sollicitées.', { lang: 'fr' });
    expect(r.actors.find((a) => a.name === 'Agence nationale du tourisme')?.aliases).toContain('ANT');
  });
  it('en: "on the" inside the name', () => {
    const found = actors('The report came out.\nMembers of the Committee on the Status of Fishers (CSF) met on Monday.', 'en');
    expect(found).toContainEqual(['Committee on the Status of Fishers', 'organization']);
  });
  it('es: « sobre el … » inside the name', () => {
    const found = actors('El plan avanza.\nEl director de la Comisión sobre el Cambio Climático (CSCC) dimitió.', 'es');
    expect(found).toContainEqual(['Comisión sobre el Cambio Climático', 'organization']);
  });
});

describe('a saint’s word opens a place’s name, never a person’s', () => {
  it('en: "St Kerran" after a preposition, with a reporting verb near', () => {
    const found = actors('Storm warning.\nFerries to St Kerran will not sail before noon, the operator said.', 'en');
    expect(found.map(([name]) => name)).not.toContain('St Kerran');
  });
  it('es: a list of places does not read as a name and its title', () => {
    const found = actors('Heladas en el sur.\nLa emergencia rige en los departamentos de San Telmo, General Paz y Tunal.', 'es');
    expect(found.map(([name]) => name)).not.toContain('San Telmo');
  });
  it('en: a saint’s name inside a person’s name stays (« Yves Saint Marc »)', () => {
    const found = actors('Fashion week.\nThe designer Yves Saint Marc said the show would go on.', 'en');
    expect(found).toContainEqual(['Yves Saint Marc', 'person']);
  });
});

describe('bodies named by a word the lexicons lacked', () => {
  it('en: a biotech company, a broadcaster, a coastguard, an air force', () => {
    const found = actors('Trial results.\nShares in Lindqvist Biotech rose after the results, Nordic Channel reported. The Coastguard said two boats were missing. A Royal Danish Air Force plane joined the search.', 'en');
    expect(found).toContainEqual(['Lindqvist Biotech', 'organization']);
    expect(found).toContainEqual(['Nordic Channel', 'organization']);
    expect(found.filter(([, type]) => type === 'person')).toEqual([]);
  });
  it('es: « el Ayuntamiento de X » set off by a comma', () => {
    const found = actors('Condena firme.\nEl Ayuntamiento de Villar del Monte, personado en la causa, recuperará el dinero.', 'es');
    expect(found).toContainEqual(['Ayuntamiento de Villar del Monte', 'organization']);
  });
  it('fr: a radio station and a First Nation', () => {
    const found = actors('Le projet avance.\nLe parc sera construit en partenariat avec la Première Nation des Innus de Matimek, a annoncé Radio Côte-Nord.', 'fr');
    expect(found.filter(([, type]) => type === 'person')).toEqual([]);
  });
});

describe('a place before a known body’s name and a body’s word after it', () => {
  it('en: "the Tonga Red Cross Society" is that country’s society, not the ICRC', () => {
    const r = extract('Cyclone aid.\nThe Tonga Red Cross Society said 30 volunteers were deployed.', { lang: 'en' });
    expect(r.actors.map((a) => [a.name, a.id])).toEqual([['Tonga Red Cross Society', 'tonga-red-cross-society']]);
  });
  it('en: the known body alone is still the ICRC', () => {
    const r = extract('Cyclone aid.\nThe Red Cross said 30 volunteers were deployed.', { lang: 'en' });
    expect(r.actors.map((a) => a.id)).toEqual(['icrc']);
  });
});

describe('letters after a person’s name are a rank or an honour', () => {
  it('en: "Advocate X Y SC", "X Y KC": people, not clubs or nothing', () => {
    const found = actors('Sentencing.\nHis lawyer, Advocate Sipho Ndlovu SC, asked for mercy. The court also heard from Jane Whitfield KC on Monday.', 'en');
    expect(found).toContainEqual(['Sipho Ndlovu', 'person']);
    expect(found).toContainEqual(['Jane Whitfield', 'person']);
  });
  it('en: a club’s suffix after a club’s name stays', () => {
    expect(actors('Results.\nOrlando Pirates SC won 2-0 on Saturday.', 'en').map(([, type]) => type)).not.toContain('person');
  });
});

describe('titles the lexicon lacked before a name', () => {
  it('en: "the consultant X", "Belgian rider X" are people without a later mention', () => {
    const found = actors('Court report.\nThe consultant P.J. Mostert was acquitted. Belgian rider Wout Claes won the stage.', 'en');
    expect(found).toContainEqual(['P.J. Mostert', 'person']);
    expect(found).toContainEqual(['Wout Claes', 'person']);
  });
});

describe('acronyms of things after a determiner', () => {
  it('en: an ISO currency code before an amount ("a NOK 600 million placement")', () => {
    expect(actors('Funding.\nThe company raised cash through a SEK 450 million share placement.', 'en')).toEqual([]);
  });
  it('en, fr, es: a vaccine’s acronym', () => {
    expect(actors('Measles.\nTwo doses of the MMR vaccine protect children, the ministry said.', 'en')).toEqual([]);
    expect(actors('Rougeole.\nLe ROR protège les enfants, selon les médecins.', 'fr')).toEqual([]);
    expect(actors('Sarampión.\nLa SRP protege a los niños, según los médicos.', 'es')).toEqual([]);
  });
});

describe('a press release’s company, with and without its legal suffix', () => {
  it('en: "X Biotech ASA" then "X Biotech" are one company', () => {
    const r = extract('Results.\nFjellvik Biotech ASA today announced positive results.\nFjellvik Biotech plans a larger trial next year.', { lang: 'en' });
    expect(r.actors.map((a) => a.name)).toEqual(['Fjellvik Biotech ASA']);
  });
  it('es: the « Acerca de X » heading does not open the name', () => {
    const found = actors('Comunicado.\nAcerca de Laboratorios Serranos\nLaboratorios Serranos es una empresa farmacéutica.', 'es');
    expect(found).toEqual([['Laboratorios Serranos', 'organization']]);
  });
});

describe('an analysis’s byline names its author, no actor', () => {
  it('en: "Analysis by X in Y"', () => {
    const r = extract('Rates on hold.\nAnalysis by Meera Venkat in Auckland\nThe central bank left its rate unchanged on Wednesday, Governor Tom Ellery said.', { lang: 'en' });
    expect(r.authors).toEqual(['Meera Venkat']);
    expect(r.actors.map((a) => a.name)).toEqual(['Tom Ellery']);
  });
});
