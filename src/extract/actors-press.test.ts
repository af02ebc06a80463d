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
