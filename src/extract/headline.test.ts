import { describe, expect, it } from 'vitest';
import { extract } from './testing.ts';

describe('headline and record parts', () => {
  it('uses the frontmatter title first', () => {
    expect(extract('Texte.', { title: 'Un titre' })).toMatchObject({ headline: 'Un titre', headlineSource: 'frontmatter' });
  });
  it('generates a short who-did-what headline from the lede, never cut mid-word', () => {
    const r = extract(
      'Le dirigeant nord-coréen Kim Jong Un a promis un « soutien inconditionnel » à Moscou dans son conflit avec l’Ukraine, et prédit le succès de l’offensive russe menée depuis plus de trois ans, a rapporté, jeudi, un média d’Etat.',
    );
    expect(r.headlineSource).toBe('generated');
    expect(r.headline.startsWith('Kim Jong Un a promis')).toBe(true);
    expect(r.headline.length).toBeLessThanOrEqual(110);
  });
  it('cuts a long English lede at a word boundary', () => {
    const r = extract(`The minister announced ${'a very long list of measures '.repeat(10)}today.`, { lang: 'en' });
    expect(r.headline.length).toBeLessThanOrEqual(110);
    expect(r.headline.endsWith('measures') || r.headline.endsWith('of') || /\w$/.test(r.headline)).toBe(true);
  });
  it('summarises with the lede and counts words', () => {
    const r = extract('Première phrase courte. Deuxième phrase.\nAutre paragraphe.');
    expect(r.summary).toBe('Première phrase courte. Deuxième phrase.');
    expect(r.wordCount).toBe(7);
  });
  it('takes date and tags from the frontmatter', () => {
    expect(extract('Texte.', { date: '2026-01-02', tags: ['a'] })).toMatchObject({ date: '2026-01-02', dateSource: 'frontmatter', tags: ['a'] });
    expect(extract('Texte.')).toMatchObject({ date: null, dateSource: 'none' });
  });
});

describe('generated headlines that keep the news', () => {
  it('drops an apposition between the subject and its verb from a long lede', () => {
    const r = extract('Le comité olympique du Kenya, présidé depuis 2021 par l’ancienne coureuse Mary Wanjiru, a retenu jeudi la ville de Mombasa pour accueillir les championnats d’Afrique de 2028.', { lang: 'fr' });
    expect(r.headline).toBe('Le comité olympique du Kenya a retenu la ville de Mombasa pour accueillir les championnats d’Afrique de 2028');
  });

  it('drops an aside between dashes from a long lede', () => {
    const r = extract('Dès la signature du décret - le gouverneur dispose de dix jours pour le faire après le vote des élus -, la province de Cuenca deviendra une région autonome.', { lang: 'fr' });
    expect(r.headline).toBe('Dès la signature du décret, la province de Cuenca deviendra une région autonome');
  });

  it('drops a day with its date, « mardi 12 novembre », without leaving the date behind', () => {
    const r = extract('Quarante-deux personnes ont été évacuées mardi 12 novembre par les pompiers de la ville de Tulear après la rupture d’une digue sur le fleuve voisin.', { lang: 'fr' });
    expect(r.headline).not.toMatch(/mardi|12|novembre/);
    expect(r.headline.startsWith('Quarante-deux personnes ont été évacuées par les pompiers')).toBe(true);
  });

  it('cuts at the publisher’s name only where it is a whole word', () => {
    const trailer = { text: '(ats)', name: 'ats', tagline: '', kind: 'agency' as const, line: 3, column: 30 };
    const r = extract('Les soldats de la garnison de Gao ont quitté leur base dimanche.', { lang: 'fr' }, trailer);
    expect(r.headline).toBe('Les soldats de la garnison de Gao ont quitté leur base dimanche');
  });

  it('uses the next sentence when the lede is a short verbless fragment', () => {
    const r = extract('Un score sans appel, 61 voix contre 12. Le parlement de Lusaka a adopté lundi la réforme du code minier.', { lang: 'fr' });
    expect(r.headline).toBe('Le parlement de Lusaka a adopté lundi la réforme du code minier');
  });

  it('tells the story after a feature’s quotation lede and the sentence that only names its speaker', () => {
    const text = '"Vendí mis cabras para pagar el viaje. No me queda nada" en la aldea.\nAsí se expresó Marta, nombre cambiado, al hablar con la prensa local.\nMás de 900 pastores dejaron la meseta de Karu este invierno por la sequía.';
    expect(extract(text, { lang: 'es' }).headline).toBe('Más de 900 pastores dejaron la meseta de Karu este invierno por la sequía');
    // A quotation lede that names its speaker stays the lede.
    const named = extract('« Nous ne partirons pas », a lancé Paul Vandel devant la mairie de Brisac. Les éleveurs bloquent la route depuis lundi.', { lang: 'fr' });
    expect(named.headline).toContain('Nous ne partirons pas');
  });

  it('drops a scene-setting opening phrase from a long lede', () => {
    const r = extract('After three days of closed-door talks in Doha, the two delegations agreed on Sunday to reopen the border crossing for trucks carrying food and medicine.', { lang: 'en' });
    expect(r.headline.startsWith('The two delegations agreed to reopen the border crossing')).toBe(true);
  });

  it('takes the news of a lede framed by « selon » without the frame', () => {
    const r = extract('Selon la commission électorale, relayée par la radio nationale, Ana Duarte a été élue maire de Braga avec 54 % des voix.', { lang: 'fr' });
    expect(r.headline).toBe('Ana Duarte a été élue maire de Braga avec 54 % des voix');
  });

  it('ends at a place rather than on a word that opens a clause ("due to")', () => {
    const r = extract('Dozens of people have been evacuated and several bridges have been closed in southern Peru due to heavy rains that began last week.', { lang: 'en' });
    expect(r.headline).toBe('Dozens of people have been evacuated and several bridges have been closed in southern Peru');
  });

  it('never cuts a verb from its object at an elided article (« interdit l’arrosage »)', () => {
    const r = extract('La préfecture du Morbihan a placé jeudi 31 communes en alerte sécheresse renforcée, une mesure qui interdit l’arrosage des pelouses et le remplissage des piscines jusqu’à la fin du mois de mai.', { lang: 'fr' });
    expect(r.headline.startsWith('La préfecture du Morbihan a placé 31 communes en alerte sécheresse renforcée')).toBe(true);
    expect(r.headline).not.toMatch(/interdit$/u);
  });

  it('never ends on a span of time cut from what it counts from ("two days | after")', () => {
    const r = extract('Rescue teams pulled eleven people alive from collapsed buildings in northern Albania on Tuesday, two days after a magnitude 6.2 earthquake struck the region, officials said.', { lang: 'en' });
    expect(r.headline).not.toMatch(/two days$/u);
    // The comma after the dropped day still closes the clause: the headline keeps the place.
    expect(r.headline).toBe('Rescue teams pulled eleven people alive from collapsed buildings in northern Albania');
  });

  it('never ends on « d’ici » left by a cut before its date', () => {
    const r = extract('La compagnie nationale des eaux a annoncé mardi la fermeture de quatre stations de pompage d’ici à 2029, une décision critiquée par les maires des communes rurales.', { lang: 'fr' });
    expect(r.headline).toBe('La compagnie nationale des eaux a annoncé la fermeture de quatre stations de pompage');
  });
});

describe('a generated headline keeps the verb with its object', () => {
  it('drops a scene-setting opening before an impersonal verb, and an aside between the verb and its object', () => {
    const es = extract('Durante una larga sesión del Senado, se aprobó, con 70 votos a favor y 12 en contra, la reforma del código minero impulsada por el Gobierno de Bolivia.', { lang: 'es' });
    expect(es.headline).toBe('Se aprobó la reforma del código minero impulsada por el Gobierno de Bolivia');
    const en = extract('After a night of debate in the capital, the regional assembly approved, by 61 votes to 38, the budget for the coming year and a new tax on tourist lets.', { lang: 'en' });
    expect(en.headline.startsWith('The regional assembly approved the budget')).toBe(true);
  });
  it('keeps a list after the verb: the word after the second comma opens no object', () => {
    const en = extract('The regional assembly approved, in turn, budgets for schools, hospitals and roads on Tuesday after a night of debate.', { lang: 'en' });
    expect(en.headline.startsWith('The regional assembly approved, in turn, budgets')).toBe(true);
  });
});
