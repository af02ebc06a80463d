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
