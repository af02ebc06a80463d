import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { TextBlock } from '../parse/blocks.ts';
import { parseText } from '../parse/text.ts';
import { readArticle } from '../read/article.ts';
import { EMPTY_META } from '../read/meta.ts';
import type { ArticleRecord } from '../record/types.ts';
import type { Furniture } from './furniture.ts';
import { analyse, extractRecord } from './index.ts';
import { extract, inputOf } from './testing.ts';

/** The record of a scraped page in fixtures/pages/, read and parsed as the build reads it. */
function extractPage(name: string): ArticleRecord {
  const path = new URL(`fixtures/pages/${name}`, import.meta.url);
  const { article } = readArticle(readFileSync(path), { path: `pages/${name}` });
  if (!article) throw new Error(`${name} did not read`);
  const parsed = parseText(article.body, article.bodyLine);
  return extractRecord({ id: article.id, path: article.path, format: article.format, meta: article.meta, title: parsed.title, titleLine: parsed.titleLine, blocks: parsed.blocks, trailer: article.trailer });
}

/** The furniture of a raw-text article: one block per line, after a title line when `title` is set. */
function furniture(lines: string[], lang: 'en' | 'fr' | 'es', title: string | null = null): Furniture {
  const blocks: TextBlock[] = lines.map((text, i) => ({ text, kind: 'paragraph', line: i + (title ? 2 : 1) }));
  const doc = analyse({ id: 'x', path: 'x.txt', format: 'text', meta: { ...EMPTY_META, tags: [], lang }, title, titleLine: title ? 1 : null, blocks, trailer: null });
  return doc.furniture;
}
const kept = (f: Furniture): string[] => f.blocks.map((b) => b.text);
const STORY_EN = 'The port authority said on Tuesday that cargo traffic rose by a fifth last year.';
const STORY_FR = 'Le conseil municipal a voté mardi un budget de 40 millions d’euros pour les écoles.';
const STORY_ES = 'El ayuntamiento aprobó el martes un presupuesto de 40 millones de euros para las escuelas.';

describe('bylines', () => {
  it('takes "By A and B, Agency" out of the text: the names are the authors, the agency the publisher', () => {
    const f = furniture(['By Tamsin Okafor and Rui Valente, Reuters', STORY_EN], 'en');
    expect(kept(f)).toEqual([STORY_EN]);
    expect(f.authors).toEqual(['Tamsin Okafor', 'Rui Valente']);
    expect(f.publisher).toEqual({ name: 'Reuters', from: 'byline' });
  });

  it('leaves the place a reporter writes from and the word "By" out of the names', () => {
    expect(furniture(['By Tamsin Okafor, Nairobi', STORY_EN], 'en').authors).toEqual(['Tamsin Okafor']);
    expect(furniture(['Par Léonie Castagne, correspondante à Lomé', STORY_FR], 'fr').authors).toEqual(['Léonie Castagne']);
  });

  it('keeps the particles of a Spanish name: « Por María de la Cruz »', () => {
    const f = furniture(['Por María de la Cruz', STORY_ES], 'es');
    expect(kept(f)).toEqual([STORY_ES]);
    expect(f.authors).toEqual(['María de la Cruz']);
  });

  it('reads « Por A y B » as two authors when a full name stands on each side of « y »', () => {
    expect(furniture(['Por Marta Ibarra y Joaquín Lledó', STORY_ES], 'es').authors).toEqual(['Marta Ibarra', 'Joaquín Lledó']);
    expect(furniture(['Por Marta Ibarra, Joaquín Lledó y Sara Quintas', STORY_ES], 'es').authors).toEqual(['Marta Ibarra', 'Joaquín Lledó', 'Sara Quintas']);
  });

  it('guard: keeps « y » inside one name when only a surname follows it: « Por Luis Ortega y Gasset »', () => {
    expect(furniture(['Por Luis Ortega y Gasset', STORY_ES], 'es').authors).toEqual(['Luis Ortega y Gasset']);
  });

  it('reads « Par A et B » in French', () => {
    const f = furniture(['Par Léonie Castagne et Hugo Ferrand', STORY_FR], 'fr');
    expect(kept(f)).toEqual([STORY_FR]);
    expect(f.authors).toEqual(['Léonie Castagne', 'Hugo Ferrand']);
  });

  it('reads "Name, Agency" without "By"', () => {
    const f = furniture(['Wendell Achebe, Reuters', STORY_EN], 'en');
    expect(f.authors).toEqual(['Wendell Achebe']);
    expect(kept(f)).toEqual([STORY_EN]);
  });

  it('reads a name with a job title as a byline ("Priya Lindqvist | Staff writer")', () => {
    const f = furniture(['Priya Lindqvist | Staff writer', STORY_EN], 'en');
    expect(f.authors).toEqual(['Priya Lindqvist']);
    expect(kept(f)).toEqual([STORY_EN]);
  });

  it('reads « Avec notre correspondante à Cotonou, Aminata Kouyaté » as a byline', () => {
    const f = furniture([STORY_FR, 'Avec notre correspondante à Cotonou, Aminata Kouyaté', 'La mairie a promis de publier les comptes en juin.'], 'fr');
    expect(f.authors).toEqual(['Aminata Kouyaté']);
    expect(kept(f)).not.toContain('Avec notre correspondante à Cotonou, Aminata Kouyaté');
  });

  it('keeps the reporters of a credits line and leaves its editors out', () => {
    const f = furniture([STORY_EN, '(Reporting by Ola Brekke and Sami Haddad; Editing by Marta Quist)'], 'en');
    expect(f.authors).toEqual(['Ola Brekke', 'Sami Haddad']);
    expect(kept(f)).toEqual([STORY_EN]);
  });

  it('es: « (Reporte de X; Editado por Y) » gives X as the author, and the line is no story text', () => {
    const f = furniture([STORY_ES, '(Reporte de Inés Balbuena; Editado por Ramón Ayala)'], 'es');
    expect(f.authors).toEqual(['Inés Balbuena']);
    expect(kept(f)).toEqual([STORY_ES]);
  });

  it('fr: « (Reportage X, version française Y, édité par Z) » gives X as the author', () => {
    const f = furniture([STORY_FR, '(Reportage Lucie Ferrand, version française Paul Nicot, édité par Anne Ribes)'], 'fr');
    expect(f.authors).toEqual(['Lucie Ferrand']);
    expect(kept(f)).toEqual([STORY_FR]);
  });

  it('reads a CMS line « Soumis par Mathis le » as a byline, even as the first line', () => {
    const f = furniture([STORY_FR, 'Le maire a salué un vote « historique ».'], 'fr', 'Soumis par Mathis le');
    expect(f.title).toBeNull();
    expect(f.authors).toEqual(['Mathis']);
  });

  it('reads a closing source line, "Source: Reuters", « Source : AFP », as the publisher and takes it out', () => {
    const en = furniture([STORY_EN, 'Source: Reuters'], 'en');
    expect(kept(en)).toEqual([STORY_EN]);
    expect(en.publisher).toEqual({ name: 'Reuters', from: 'byline' });
    const fr = furniture([STORY_FR, 'Source : AFP'], 'fr');
    expect(kept(fr)).toEqual([STORY_FR]);
    expect(fr.publisher).toEqual({ name: 'AFP', from: 'byline' });
    // A sentence about a source stays: "Sources said the deal was close."
    expect(kept(furniture([STORY_EN, 'Sources: the deal was close, officials said.'], 'en'))).toContain('Sources: the deal was close, officials said.');
  });

  it('leaves sentences that start with "By" or « Par » alone', () => {
    const lines = ['By Monday, the army had withdrawn from the town.', 'By 2030 the plant will run on solar power alone.'];
    expect(kept(furniture(lines, 'en'))).toEqual(lines);
    const phrases = ['Par ailleurs, le ministre a démissionné.', 'Par 52 voix contre 40, les députés ont rejeté le texte.'];
    expect(kept(furniture(phrases, 'fr'))).toEqual(phrases);
  });
});

describe('credit lines', () => {
  it('"Reporting by X; Editing by Y": X is an author, Y no one, and the line is no story text', () => {
    const f = furniture([STORY_EN, 'Reporting by Nell Arden; Editing by Piet Vos'], 'en');
    expect(kept(f)).toEqual([STORY_EN]);
    expect(f.authors).toEqual(['Nell Arden']);
  });
});

describe('datelines', () => {
  it('reads a place and a date before a dash, with or without an agency, in each language', () => {
    const cases = [
      ['en', 'OSLO, March 5 — The port authority said cargo traffic rose.', { place: 'OSLO', country: 'NO', agency: null }],
      ['en', 'Lagos, March 5 (Reuters) - The port authority said cargo traffic rose.', { place: 'Lagos', country: 'NG', agency: 'Reuters' }],
      ['fr', 'Kinshasa, le 5 mars 2026 - Le conseil municipal a voté un budget.', { place: 'Kinshasa', country: 'CD', agency: null }],
      ['es', 'Ciudad de México, 5 de marzo (EFE).- El ayuntamiento aprobó un presupuesto.', { place: 'Ciudad de México', country: 'MX', agency: 'EFE' }],
      ['es', 'Quito, 5 de marzo de 2026 - El ayuntamiento aprobó un presupuesto.', { place: 'Quito', country: 'EC', agency: null }],
      // Agencies abbreviate the month, « may » without a stop among them.
      ['es', 'Quito, 22 may (EFE).- El ayuntamiento aprobó un presupuesto.', { place: 'Quito', country: 'EC', agency: 'EFE' }],
      // … and French wires write them without a stop too (« déc », « janv »): the date is no figure.
      ['fr', 'DAKAR, 9 janv (AFP) - Le conseil municipal a voté un budget.', { place: 'DAKAR', country: 'SN', agency: 'AFP' }],
      ['fr', 'Rabat, 17 déc (AFP) - Le conseil municipal a voté un budget.', { place: 'Rabat', country: 'MA', agency: 'AFP' }],
    ] as const;
    for (const [lang, line, dateline] of cases) {
      const f = furniture([line], lang);
      expect(f.dateline).toEqual(dateline);
      expect(kept(f)[0]).toMatch(/^(The|Le|El) /u);
    }
  });

  it('reads a place that opens on its article, and a region in brackets after the place', () => {
    const cases = [
      ['es', 'La Paz, 5 de noviembre (EFE) – El ayuntamiento aprobó un presupuesto.', { place: 'La Paz', country: 'BO', agency: 'EFE' }],
      ['es', 'El Alto (EFE) – El ayuntamiento aprobó un presupuesto.', { place: 'El Alto', country: 'BO', agency: 'EFE' }],
      ['fr', 'PAPEETE (Polynésie française), 12 mars (AFP) – Le conseil municipal a voté un budget.', { place: 'PAPEETE', country: 'PF', agency: 'AFP' }],
      ['es', 'Puerto del Carmen (Lanzarote), 8 abr (Agencia Insular) – El ayuntamiento aprobó un presupuesto.', { place: 'Puerto del Carmen', country: null, agency: 'Agencia Insular' }],
    ] as const;
    for (const [lang, line, dateline] of cases) {
      const f = furniture([line], lang);
      expect(f.dateline).toEqual(dateline);
      expect(kept(f)[0]).toMatch(/^(Le|El) /u);
    }
  });

  it('cuts « OSLO (AFP) — » off the lede and keeps place, country and agency', () => {
    const f = furniture(['OSLO (AFP) — Le parlement norvégien a adopté jeudi une loi sur la pêche.'], 'fr');
    expect(kept(f)).toEqual(['Le parlement norvégien a adopté jeudi une loi sur la pêche.']);
    expect(f.dateline).toEqual({ place: 'OSLO', country: 'NO', agency: 'AFP' });
    expect(f.blocks[0]?.column).toBe(14);
    expect(f.publisher).toEqual({ name: 'AFP', from: 'dateline' });
  });

  it('cuts a date and an agency with no place ("June 9 (Reuters) -"): the agency is the publisher, no dateline', () => {
    const f = furniture(['June 9 (Reuters) - Shares of a Danish shipping group rose 8% on Friday.'], 'en');
    expect(kept(f)).toEqual(['Shares of a Danish shipping group rose 8% on Friday.']);
    expect(f.dateline).toBeNull();
    expect(f.publisher).toEqual({ name: 'Reuters', from: 'dateline' });
  });

  it('reads a dateline with a date: "QUITO, June 9 (Reuters) -"', () => {
    const f = furniture(['QUITO, June 9 (Reuters) - Ecuador raised its fuel prices on Friday.'], 'en');
    expect(kept(f)).toEqual(['Ecuador raised its fuel prices on Friday.']);
    expect(f.dateline).toMatchObject({ place: 'QUITO', agency: 'Reuters', country: 'EC' });
  });

  it('reads a place and its country without an agency: "HARARE, Zimbabwe —"', () => {
    const f = furniture(['HARARE, Zimbabwe — The central bank cut its main rate by two points.'], 'en');
    expect(f.dateline).toEqual({ place: 'HARARE', country: 'ZW', agency: null });
    expect(kept(f)).toEqual(['The central bank cut its main rate by two points.']);
  });

  it('reads a capitalised place glued to the first sentence: « Bamako (AFP) - »', () => {
    const f = furniture(['Bamako (AFP) - Le gouvernement malien a prolongé le couvre-feu de deux semaines.'], 'fr');
    expect(f.dateline).toEqual({ place: 'Bamako', country: 'ML', agency: 'AFP' });
  });

  it('reads a known place in capitals with a colon: "LUSAKA:"', () => {
    const f = furniture(['LUSAKA: Zambia will reopen its northern border crossing next week.'], 'en');
    expect(f.dateline).toEqual({ place: 'LUSAKA', country: 'ZM', agency: null });
  });

  it('cuts a bracketed date « [12 mars 2021] - » without making it a dateline', () => {
    const f = furniture(['[12 mars 2021] - Trois bateaux de pêche ont chaviré au large de Sète.'], 'fr');
    expect(kept(f)).toEqual(['Trois bateaux de pêche ont chaviré au large de Sète.']);
    expect(f.dateline).toBeNull();
    expect(f.items[0]).toMatchObject({ kind: 'date', text: '[12 mars 2021] -' });
  });

  it('reads an agency alone, "(CNN) —", as the publisher', () => {
    const f = furniture(['(CNN) — A court in Lisbon freed two climate activists on Monday.'], 'en');
    expect(f.publisher).toEqual({ name: 'CNN', from: 'dateline' });
    expect(f.dateline).toBeNull();
  });

  it('leaves a lede in capitals without a dash alone ("THE jury voted…")', () => {
    const line = 'THE jury voted on Friday to award the prize to two novels.';
    expect(kept(furniture([line], 'en'))).toEqual([line]);
  });
});

describe('captions and credits', () => {
  it('keeps a caption ending in "| AP" as an aside without its credit', () => {
    const f = furniture(['Firefighters spray water on a warehouse in Tema, right, on Monday. | AP', STORY_EN], 'en');
    expect(f.blocks[0]).toMatchObject({ kind: 'caption', text: 'Firefighters spray water on a warehouse in Tema, right, on Monday.' });
  });

  it('takes a credit line « Crédit photo : LÉA MARCHAND / AFP » out, and the first-line title with it', () => {
    const f = furniture(['Le tramway de Brest reprend du service après six mois de travaux.', STORY_FR], 'fr', 'Crédit photo : LÉA MARCHAND / AFP');
    expect(f.title).toBeNull();
    expect(kept(f)).not.toContain('Crédit photo : LÉA MARCHAND / AFP');
    expect(f.authors).toEqual([]);
  });

  it('reads a caption with « © » credit at its end and « (au centre) »', () => {
    const f = furniture([STORY_FR, 'La ministre Inès Carvalho (au centre) lors d’une visite à Braga le 3 mai © Jean Petit/AFP'], 'fr');
    expect(f.blocks[1]).toMatchObject({ kind: 'caption', text: 'La ministre Inès Carvalho (au centre) lors d’une visite à Braga le 3 mai' });
  });

  it('reads a caption cue alone, « (non présent sur la photo) », as a caption', () => {
    const f = furniture(['Le maire de Rennes salue le préfet (non présent sur la photo) à la gare.', STORY_FR], 'fr');
    expect(f.blocks[0]?.kind).toBe('caption');
    expect(f.blocks[1]?.kind).toBe('paragraph');
  });

  it('takes "Photo: Jonas Berg/AFP" and "(File photo)" out', () => {
    expect(kept(furniture(['Photo: Jonas Berg/AFP', '(File photo)', STORY_EN], 'en'))).toEqual([STORY_EN]);
  });

  it('cuts a credit naming a photographer and an agency the data does not know off a caption, and the photographer is no actor', () => {
    const fr = furniture([STORY_FR, 'Le glacier du Rhône, vu depuis le col. Photo : Lucien Berthod / Keystone', STORY_FR], 'fr');
    expect(fr.blocks[1]).toMatchObject({ kind: 'caption', text: 'Le glacier du Rhône, vu depuis le col.' });
    const es = furniture([STORY_ES, 'Investigadores caminan sobre el glaciar, este martes. Foto: Aitor Berasategui / Prensa Sur', STORY_ES], 'es');
    expect(es.blocks[1]).toMatchObject({ kind: 'caption', text: 'Investigadores caminan sobre el glaciar, este martes.' });
    const record = extract([STORY_FR, 'Le glacier du Rhône, vu depuis le col. Photo : Lucien Berthod / Keystone'].join('\n\n'), { lang: 'fr' });
    expect(record.actors.map((a) => a.name)).not.toContain('Lucien Berthod');
  });

  it('cuts "(AP Photo/Name)", an agency before the photo label, off a caption', () => {
    const f = furniture([STORY_EN, 'Researchers walk on the glacier near Sion on Tuesday. (AP Photo/Luis Marrero)', STORY_EN], 'en');
    expect(f.blocks[1]).toMatchObject({ kind: 'caption', text: 'Researchers walk on the glacier near Sion on Tuesday.' });
  });
});

describe('page lines', () => {
  it('takes timestamps out: "Published 10:42 GMT", « Mis à jour le 14 avril 2023 à 09h12 », "4 min read"', () => {
    expect(kept(furniture(['Published 10:42 GMT', 'Updated: March 3, 2022', '4 min read', STORY_EN], 'en'))).toEqual([STORY_EN]);
    expect(kept(furniture(['Mis à jour le 14 avril 2023 à 09h12', STORY_FR], 'fr'))).toEqual([STORY_FR]);
  });

  it('takes advertising out: "Advertisement", « La suite après cette publicité »', () => {
    expect(kept(furniture([STORY_EN, 'Advertisement', STORY_EN.replace('fifth', 'third')], 'en'))).toHaveLength(2);
    expect(kept(furniture(['La suite après cette publicité', STORY_FR], 'fr'))).toEqual([STORY_FR]);
  });

  it('takes teasers out: "READ MORE: …", « Lire aussi : … »', () => {
    expect(kept(furniture([STORY_EN, 'READ MORE: Flood barrier delayed again'], 'en'))).toEqual([STORY_EN]);
    expect(kept(furniture(['Lire aussi : Le port de Brest s’agrandit', STORY_FR], 'fr'))).toEqual([STORY_FR]);
  });

  it('takes subscription and cookie prompts out', () => {
    expect(kept(furniture(['Sign up for our morning newsletter', STORY_EN, 'We use cookies to improve your experience.'], 'en'))).toEqual([STORY_EN]);
    expect(kept(furniture([STORY_FR, 'Abonnez-vous pour lire la suite de cet article'], 'fr'))).toEqual([STORY_FR]);
  });

  it('takes a section label out and reads its news organisation as the publisher ("BBC - Business")', () => {
    const f = furniture(['Markets open higher after the rate cut.', STORY_EN], 'en', 'BBC - Business');
    expect(f.title).toBeNull();
    expect(f.publisher).toEqual({ name: 'BBC', from: 'section' });
  });

  it('takes a line of two section names joined by "&" out (« Centroamérica & Mundo », "Business & Economy")', () => {
    const es = extract('Centroamérica & Mundo\nTres pescadores desaparecieron tras el temporal en la costa norte, informó la Policía Nacional.', { lang: 'es' });
    expect(es.headline).toBe('Tres pescadores desaparecieron tras el temporal en la costa norte');
    const en = furniture([STORY_EN], 'en', 'Business & Economy');
    expect(en.title).toBeNull();
    expect(kept(en)).toEqual([STORY_EN]);
  });

  it('cuts « Por Agencia EFE », "By Reuters" off the lede it opens, the agency as the publisher', () => {
    const es = extract('Por Agencia EFE Tres pescadores desaparecieron tras el temporal en la costa norte, informó la Policía Nacional.', { lang: 'es' });
    expect(es.summary).toBe('Tres pescadores desaparecieron tras el temporal en la costa norte, informó la Policía Nacional.');
    expect(es.publisher?.name).toBe('Agencia EFE');
    const en = extract('By Reuters At least five people died in floods in the south of the country, police said.', { lang: 'en' });
    expect(en.summary).toBe('At least five people died in floods in the south of the country, police said.');
    expect(en.publisher?.name).toBe('Reuters');
  });

  it('takes a breadcrumb "date / site / section" out and reads its site as the publisher', () => {
    const en = furniture(['Markets open higher after the rate cut.', STORY_EN], 'en', '03/12/2026 | Valley Courier | Politics');
    expect(en.title).toBeNull();
    expect(en.publisher).toEqual({ name: 'Valley Courier', from: 'section' });
    const fr = furniture([STORY_FR], 'fr', '03/12/2026 / Journal du Centre / Politique');
    expect(fr.publisher).toEqual({ name: 'Journal du Centre', from: 'section' });
    const es = extract('12/03/2026 / Diario Andino / Política\n\nEl Congreso aprobó el martes la reforma electoral con 90 votos a favor.', { lang: 'es' });
    expect(es.headline).toBe('El Congreso aprobó el martes la reforma electoral con 90 votos a favor');
    expect(es.publisher?.name).toBe('Diario Andino');
  });

  it('takes a caption opened by a picture agency out, and an "AGENCY/Photographer" credit off its caption', () => {
    const r = extract(
      'Getty Images Manifestantes marcharon el domingo frente al Palacio de Gobierno.\nMiles de personas protestaron el domingo en Lima, informó la Policía Nacional.\nUn grupo de migrantes descansa en un refugio de Tapachula. EFE/Rosa Medina',
      { lang: 'es' },
    );
    expect(r.summary).toBe('Miles de personas protestaron el domingo en Lima, informó la Policía Nacional.');
    expect(r.actors.map((a) => a.name)).toEqual(['Policía Nacional']);
    const en = extract('Getty Images Protesters marched past the parliament on Sunday.\nThousands marched in the capital on Sunday, police said.\nA family waits at a shelter near the border. AFP/Jon Sandvik', { lang: 'en' });
    expect(en.summary).toBe('Thousands marched in the capital on Sunday, police said.');
    expect(en.actors.filter((a) => a.type === 'person')).toEqual([]);
  });

  it('reads a site’s blurb that speaks to the reader as furniture naming the publisher', () => {
    const f = furniture(['Un nouveau pont à Nantes', STORY_FR, 'Le chantier doit durer deux ans.'], 'fr', 'Chaque semaine, Planetoscope.fr vous résume l’actualité des sciences');
    expect(f.publisher).toEqual({ name: 'Planetoscope.fr', from: 'site' });
    expect(f.title).toBe('Un nouveau pont à Nantes');
  });

  it('cuts bullet glyphs and list numbers off and makes the line a list item', () => {
    const f = furniture([STORY_FR, '• Le prix du blé a reculé de 4 %', '2- Un nouveau pont à Nantes'], 'fr');
    expect(f.blocks.slice(1)).toMatchObject([
      { text: 'Le prix du blé a reculé de 4 %', kind: 'list-item', column: 3 },
      { text: 'Un nouveau pont à Nantes', kind: 'list-item', column: 4 },
    ]);
  });

  it('cuts a live blog’s time stamp off its entry, which stays a paragraph of the story', () => {
    expect(furniture([STORY_EN, '09:05 — Harbour pilots say the channel reopened at dawn.', '7.40pm | Rail unions called off the walkout.'], 'en').blocks.slice(1)).toMatchObject([
      { text: 'Harbour pilots say the channel reopened at dawn.', kind: 'paragraph' },
      { text: 'Rail unions called off the walkout.', kind: 'paragraph' },
    ]);
    expect(furniture([STORY_FR, '18h05 - Les pompiers indiquent que le feu est fixé.', '9h - Ouverture des bureaux.'], 'fr').blocks.slice(1)).toMatchObject([
      { text: 'Les pompiers indiquent que le feu est fixé.', kind: 'paragraph' },
      { text: 'Ouverture des bureaux.', kind: 'paragraph' },
    ]);
    expect(furniture([STORY_ES, '23:10 - Los bomberos informan de que el incendio está controlado.'], 'es').blocks[1]).toMatchObject({ text: 'Los bomberos informan de que el incendio está controlado.', kind: 'paragraph' });
    // A group that speaks at an entry's start is read as it is at any paragraph's start.
    const found = extract('11:20 — Residents of the old town say the water reached their counters.', { lang: 'en' }).attributions;
    expect(found[0]).toMatchObject({ source: 'Residents of the old town', sourceType: 'unnamed' });
  });

  it('leaves a score or a count opening a paragraph alone', () => {
    const lines = ['3 - 1 was the final score in Tallinn on Sunday night.', '12 – Twelve boats left the harbour before the storm.'];
    expect(kept(furniture(lines, 'en'))).toEqual(lines);
  });

  it('takes a repeated title and a repeated paragraph out', () => {
    const title = 'Port traffic rises by a fifth';
    const f = furniture([title, STORY_EN, 'Dockers in the city worked through the holidays.', STORY_EN], 'en', title);
    expect(kept(f)).toEqual([STORY_EN, 'Dockers in the city worked through the holidays.']);
    expect(f.items.map((i) => i.kind)).toEqual(['repeat', 'repeat']);
  });

  it('leaves ordinary short paragraphs alone', () => {
    const lines = ['Updated figures show 40 deaths in the province.', 'Published in 2019, the study was ignored.', 'The vote was 61 to 38.', 'Share prices fell 3%.'];
    expect(kept(furniture(lines, 'en'))).toEqual(lines);
  });
});

describe('the top and bottom of news pages', () => {
  it('takes a section label alone out, and the line under it is the title', () => {
    for (const [label, lang, headline, story] of [
      ['WORLD', 'en', 'Port Authority Cuts Fees After Traffic Falls', STORY_EN],
      ['Société', 'fr', 'Les écoles de la ville auront un nouveau budget', STORY_FR],
      ['Economía', 'es', 'El ayuntamiento aprueba el presupuesto escolar', STORY_ES],
    ] as const) {
      const f = furniture([label, headline, story], lang);
      expect(f.title).toBe(headline);
      expect(kept(f)).toEqual([story]);
      expect(f.items.map((i) => i.kind)).toEqual(['section']);
    }
  });

  it('cuts a kicker off a scraped title ("EXCLUSIVE:", « EN DIRECT | », « Última hora | »), never a title’s own words', () => {
    expect(furniture([STORY_EN], 'en', 'EXCLUSIVE: Port operator plans to cut 400 jobs').title).toBe('Port operator plans to cut 400 jobs');
    expect(furniture([STORY_FR], 'fr', 'EN DIRECT | Grève des contrôleurs : 40 % des vols annulés').title).toBe('Grève des contrôleurs : 40 % des vols annulés');
    expect(furniture([STORY_ES], 'es', 'Última hora | Un sismo sacude el norte de Chile').title).toBe('Un sismo sacude el norte de Chile');
    // Too little left, or no mark after the word: the title stays whole.
    expect(furniture([STORY_EN], 'en', 'Live: a guide').title).toBe('Live: a guide');
    expect(furniture([STORY_EN], 'en', 'Live music returns to the harbour').title).toBe('Live music returns to the harbour');
  });

  it('takes "Advertisement" and "Supported by" out above the headline', () => {
    const f = furniture(['Supported by', 'Port Authority Cuts Fees After Traffic Falls', STORY_EN], 'en', 'Advertisement');
    expect(f.title).toBe('Port Authority Cuts Fees After Traffic Falls');
    expect(kept(f)).toEqual([STORY_EN]);
  });

  it('takes a date and time alone out, with its clock and zone ("May 2, 2026, 6:40 p.m. ET", « 12/05/2026 à 08h30 »)', () => {
    expect(kept(furniture(['May 2, 2026, 6:40 p.m. ET', STORY_EN], 'en'))).toEqual([STORY_EN]);
    expect(kept(furniture(['12/05/2026 à 08h30', STORY_FR], 'fr'))).toEqual([STORY_FR]);
    expect(kept(furniture(['2 de mayo de 2026 - 18:40 h', STORY_ES], 'es'))).toEqual([STORY_ES]);
  });

  it('reads a dateline line taken for the title as the dateline (« MADRID, 4 Mar. (EFE) - »)', () => {
    const f = furniture([STORY_ES], 'es', 'MADRID, 4 Mar. (EFE) -');
    expect(f.title).toBeNull();
    expect(f.dateline).toEqual({ place: 'MADRID', country: 'ES', agency: 'EFE' });
  });

  it('reads a place and a date alone above the story as the dateline ("Montevideo - 12 abr 2026 - 08:15 UTC")', () => {
    const f = furniture(['Montevideo - 12 abr 2026 - 08:15 UTC', STORY_ES], 'es');
    expect(kept(f)).toEqual([STORY_ES]);
    expect(f.dateline).toEqual({ place: 'Montevideo', country: 'UY', agency: null });
    // Below the story's first paragraph it is no dateline.
    expect(furniture([STORY_ES, 'Montevideo - 12 abr 2026 - 08:15 UTC'], 'es').dateline).toBeNull();
  });

  it('takes a timestamp with a weekday, a clock or little words out ("First published on Tue 3 Mar 2026 10.12 GMT")', () => {
    expect(kept(furniture(['First published on Tue 3 Mar 2026 10.12 GMT', STORY_EN, 'Published On 4 Mar 2026', '4 Mar 2026'], 'en'))).toEqual([STORY_EN]);
    expect(kept(furniture(['Publié aujourd’hui à 10h12, modifié à 11h05', 'Lecture 2 min.', '3 mn', STORY_FR], 'fr'))).toEqual([STORY_FR]);
    expect(kept(furniture(['Actualizado al 5 de marzo de 2026 10:12', STORY_ES], 'es'))).toEqual([STORY_ES]);
  });

  it('takes a country alone above the headline out as a section label', () => {
    const f = furniture(['Norway', 'Port Authority Cuts Fees After Traffic Falls', STORY_EN], 'en');
    expect(f.title).toBe('Port Authority Cuts Fees After Traffic Falls');
    expect(kept(f)).toEqual([STORY_EN]);
    // In the middle of the story a country alone is an item of a list.
    const list = [STORY_EN, 'The new routes call at:', 'Norway', 'Denmark', 'The first ship sails in May.', 'Fees fall again in June.'];
    expect(kept(furniture(list, 'en'))).toEqual(list);
  });

  it('reads a byline naming a paper and an agency as the paper, and one naming a reporter and an agency as the reporter', () => {
    const paper = furniture(['Par Le Courrier du Port avec Reuters', STORY_FR], 'fr');
    expect(paper.authors).toEqual([]);
    expect(paper.publisher).toEqual({ name: 'Le Courrier du Port', from: 'byline' });
    expect(furniture(['Por El Diario del Sur con EFE', STORY_ES], 'es').publisher).toEqual({ name: 'El Diario del Sur', from: 'byline' });
    const reporter = furniture(['Par Léonie Castagne avec AFP', STORY_FR], 'fr');
    expect(reporter.authors).toEqual(['Léonie Castagne']);
    expect(reporter.publisher).toBeNull();
  });

  it('reads a news organisation then a name ("Reuters Tamsin Okafor") as the publisher and the author', () => {
    const f = furniture(['Reuters Tamsin Okafor.', STORY_EN], 'en');
    expect(f.authors).toEqual(['Tamsin Okafor']);
    expect(f.publisher).toEqual({ name: 'Reuters', from: 'byline' });
  });

  it('reads a newsroom’s byline (« Por Redacción El Diario del Sur ») as the publisher, a desk’s (« Redacción Internacional ») as nothing', () => {
    const paper = furniture(['Por Redacción Diario del Sur', STORY_ES], 'es');
    expect(paper.publisher).toEqual({ name: 'Diario del Sur', from: 'byline' });
    expect(paper.authors).toEqual([]);
    expect(furniture(['Por Redacción Internacional', STORY_ES], 'es').publisher).toBeNull();
  });

  it('takes read counts and topic lists out (« Lu 2 345 fois », « Temas relacionados »)', () => {
    expect(kept(furniture([STORY_FR, 'Lu 2 345 fois', 'Réagir'], 'fr'))).toEqual([STORY_FR]);
    expect(kept(furniture([STORY_ES, 'Temas relacionados', 'Uruguay', 'Sequía'], 'es'))).toEqual([STORY_ES]);
    expect(kept(furniture([STORY_EN, '1,204 views'], 'en'))).toEqual([STORY_EN]);
  });

  it('reads « Le Monde avec AFP » alone as a byline naming the publisher', () => {
    expect(furniture(['Le Monde avec AFP', STORY_FR], 'fr').publisher).toEqual({ name: 'Le Monde', from: 'byline' });
  });

  it('cuts a desk and a date before an agency off the lede (« Redacción Internacional, 5 mar (EFE).- »)', () => {
    const f = furniture(['Redacción Internacional, 5 mar (EFE).- El ayuntamiento aprobó el martes un presupuesto escolar.'], 'es');
    expect(kept(f)).toEqual(['El ayuntamiento aprobó el martes un presupuesto escolar.']);
    expect(f.publisher).toEqual({ name: 'EFE', from: 'dateline' });
    // The newsroom's desk is no place.
    expect(f.dateline).toBeNull();
  });

  it('reads "Source: Al Jazeera and news agencies" as naming the publisher', () => {
    expect(furniture([STORY_EN, 'Source: Al Jazeera and news agencies'], 'en').publisher).toEqual({ name: 'Al Jazeera', from: 'byline' });
    expect(furniture([STORY_FR, 'Source : AFP et agences'], 'fr').publisher).toEqual({ name: 'AFP', from: 'byline' });
  });

  it('takes page buttons out: "Reuse this content", "Link Copied!", « Lire plus tard », « Escuchar nota »', () => {
    expect(kept(furniture([STORY_EN, 'Reuse this content', 'Link Copied!', 'Most viewed'], 'en'))).toEqual([STORY_EN]);
    expect(kept(furniture([STORY_FR, 'Lire plus tard', 'Google Actualités'], 'fr'))).toEqual([STORY_FR]);
    expect(kept(furniture(['Escuchar nota', STORY_ES, 'Seguir en'], 'es'))).toEqual([STORY_ES]);
  });

  it('takes photo credits of other shapes out: an agency in brackets, "AGENCY/File", "(Photo by …)", a picture agency alone', () => {
    expect(kept(furniture([STORY_FR, '(Photo d’archives AFP)', 'AFP/Archives'], 'fr'))).toEqual([STORY_FR]);
    const archive = furniture([STORY_ES, 'EFE/Archivo', '(ISTOCK)'], 'es');
    expect(kept(archive)).toEqual([STORY_ES]);
    expect(archive.authors).toEqual([]);
    expect(kept(furniture([STORY_EN, '(Photo by Lena Vos/AFP via Getty Images)', 'Photo by Lena Vos/Reuters'], 'en'))).toEqual([STORY_EN]);
  });

  it('reads the line above a photographer’s credit ("Lena Vos/AP") as its caption, and takes image buttons out', () => {
    const caption = 'Dock workers unload a ship at the eastern terminal on Monday.';
    const f = furniture(['Enlarge this image', caption, 'Lena Vos/AP', 'hide caption', 'toggle caption', STORY_EN], 'en');
    expect(kept(f)).toEqual([caption, STORY_EN]);
    expect(f.blocks[0]?.kind).toBe('caption');
    expect(f.authors).toEqual([]);
    expect(f.publisher).toBeNull();
    // A byline with spaces around the slash stays a byline.
    expect(furniture(['Tamsin Okafor / Reuters', STORY_EN], 'en').authors).toEqual(['Tamsin Okafor']);
  });

  it('takes the signature and picture link of an embedded post out', () => {
    const f = furniture([STORY_EN, '— Ilse Maarten (@ilsemaarten) May 3, 2026', 'pic.twitter.com/x1y2z3'], 'en');
    expect(kept(f)).toEqual([STORY_EN]);
    expect(f.authors).toEqual([]);
  });

  it('takes a "Related" heading and the list of headlines under it out', () => {
    const blocks: TextBlock[] = [
      { text: STORY_EN, kind: 'paragraph', line: 1 },
      { text: 'Related', kind: 'heading', line: 3 },
      { text: 'Norway cuts port fees', kind: 'list-item', line: 5 },
      { text: 'Dock strike ends in Bergen', kind: 'list-item', line: 6 },
      { text: '<!-- advert slot 2 -->', kind: 'paragraph', line: 8 },
    ];
    const doc = analyse({ id: 'x', path: 'x.md', format: 'markdown', meta: { ...EMPTY_META, tags: [], lang: 'en' }, title: 'Port fees', titleLine: 1, blocks, trailer: null });
    expect(doc.furniture.blocks.map((b) => b.text)).toEqual([STORY_EN]);
  });

  it('takes the teaser headlines under a "Read also" label out, up to the next sentence', () => {
    const teaser = 'Kenya : au moins douze morts dans une attaque près de la frontière';
    expect(kept(furniture([STORY_FR, 'À lire aussi', teaser, 'Le maire a salué un vote « historique ».'], 'fr'))).toEqual([STORY_FR, 'Le maire a salué un vote « historique ».']);
    // A teaser on the label's own line is taken with it; the next line stays.
    expect(kept(furniture([STORY_FR, `À lire aussi : ${teaser}`, 'Le maire a salué le vote'], 'fr'))).toEqual([STORY_FR, 'Le maire a salué le vote']);
    expect(kept(furniture(['Key points:', 'Port fees cut by a fifth', 'Two shipping lines return', STORY_EN], 'en'))).toEqual([STORY_EN]);
  });

  it('takes "how long ago" stamps out (« Publié il y a 3 heures », "Published 2 hours ago", « hace 5 horas »)', () => {
    expect(kept(furniture(['Publié il y a 3 heures', STORY_FR], 'fr'))).toEqual([STORY_FR]);
    expect(kept(furniture(['Published 2 hours ago', STORY_EN], 'en'))).toEqual([STORY_EN]);
    expect(kept(furniture(['hace 5 horas', STORY_ES], 'es'))).toEqual([STORY_ES]);
    expect(kept(furniture(['Temps de lecture : 4 min', STORY_FR], 'fr'))).toEqual([STORY_FR]);
  });

  it('takes share bars and comment counts out, but no sentence that starts with their words', () => {
    expect(kept(furniture(['Share full article', STORY_EN, 'Read 86 Comments', 'Share | Print | Email'], 'en'))).toEqual([STORY_EN]);
    expect(kept(furniture(['Partager', STORY_FR, '12 commentaires'], 'fr'))).toEqual([STORY_FR]);
    expect(kept(furniture(['Compartir', STORY_ES, 'Ver 14 comentarios'], 'es'))).toEqual([STORY_ES]);
    const sentences = ['Share prices rose 4% on Monday.', 'Email records show the deal was signed in May.'];
    expect(kept(furniture(sentences, 'en'))).toEqual(sentences);
  });

  it('cuts the label off a caption ("Image caption, …"): the rest stays as a caption; "Image source, …" goes', () => {
    const f = furniture([STORY_EN, 'Image caption, Dock workers unload a ship at the eastern terminal', 'Image source, Getty Images'], 'en');
    expect(kept(f)).toEqual([STORY_EN, 'Dock workers unload a ship at the eastern terminal']);
    expect(f.blocks[1]?.kind).toBe('caption');
  });

  it('reads the publisher from a copyright line at the bottom, not from one in the middle', () => {
    expect(furniture([STORY_EN, 'The board meets again in June.', 'Copyright 2026 Harbour Daily. All rights reserved.'], 'en').publisher).toEqual({ name: 'Harbour Daily', from: 'copyright' });
    expect(furniture([STORY_ES, 'El pleno volverá a reunirse en junio.', '© 2026 Diario de la Costa. Todos los derechos reservados.'], 'es').publisher).toEqual({ name: 'Diario de la Costa', from: 'copyright' });
    expect(furniture([STORY_FR, 'Le conseil se réunira de nouveau en juin.', '© Le Courrier du Port 2026'], 'fr').publisher).toEqual({ name: 'Le Courrier du Port', from: 'copyright' });
    const middle = furniture([STORY_EN, 'The new cranes arrived in March.', '© Harbour Daily', 'The board meets again in June.', 'It will vote on the fees then.'], 'en');
    expect(middle.publisher).toBeNull();
    expect(kept(middle)).not.toContain('© Harbour Daily');
  });

  it('reads a byline naming a news organisation as the publisher (« Par Le Monde avec AFP », "By Reuters Staff")', () => {
    expect(furniture(['Par Le Monde avec AFP', STORY_FR], 'fr').publisher).toEqual({ name: 'Le Monde', from: 'byline' });
    const f = furniture(['By Reuters Staff', STORY_EN], 'en');
    expect(f.publisher).toEqual({ name: 'Reuters', from: 'byline' });
    expect(f.authors).toEqual([]);
  });
});

describe('page controls, stamps and bylines of other shapes', () => {
  it('takes a page’s controls and its navigation bar or breadcrumb out above the headline', () => {
    const en = furniture(['World | Business | Markets | Sustainability', 'Menu', STORY_EN], 'en', 'Skip to main content');
    expect(en.title).toBeNull();
    expect(kept(en)).toEqual([STORY_EN]);
    const fr = furniture(['Le chantier du tram reprend à Nantes', STORY_FR], 'fr', 'Accueil > Société > Éducation');
    expect(fr.title).toBe('Le chantier du tram reprend à Nantes');
    expect(kept(fr)).toEqual([STORY_FR]);
    expect(kept(furniture(['Menú', 'Buscar', 'Inicio › Economía › Mercados', STORY_ES], 'es'))).toEqual([STORY_ES]);
  });

  it('guard: keeps a story line that starts with a control’s word, and a title with one separator', () => {
    const search = 'Search teams found the two missing climbers on Sunday.';
    expect(kept(furniture([search, STORY_EN], 'en'))).toEqual([search, STORY_EN]);
    expect(furniture([STORY_EN], 'en', 'Budget 2027 | What changes for renters').title).toBe('Budget 2027 | What changes for renters');
  });

  it('takes a date with an update stamp out, and a date after an article (« Le 5 décembre 2026 à 07:30 »)', () => {
    expect(kept(furniture(['March 4, 2026 9:15 AM GMT Updated 3 hours ago', STORY_EN], 'en'))).toEqual([STORY_EN]);
    expect(kept(furniture(['Le 5 décembre 2026 à 07:30', STORY_FR], 'fr'))).toEqual([STORY_FR]);
    expect(kept(furniture(['El 12 de marzo de 2026', STORY_ES], 'es'))).toEqual([STORY_ES]);
  });

  it('takes several advert labels on one line out ("Advertisement · Scroll to continue")', () => {
    expect(kept(furniture([STORY_EN, 'Advertisement · Scroll to continue', 'The board meets again in June.'], 'en'))).toEqual([STORY_EN, 'The board meets again in June.']);
  });

  it('reads "(c) Name" at the bottom as a copyright line naming the publisher', () => {
    const f = furniture([STORY_ES, 'El pleno volverá a reunirse en junio.', '(c) Diario de la Costa'], 'es');
    expect(f.publisher).toEqual({ name: 'Diario de la Costa', from: 'copyright' });
    expect(kept(f)).toEqual([STORY_ES, 'El pleno volverá a reunirse en junio.']);
  });

  it('cuts a dateline off the story’s first sentence when a deck with no final stop stands above it', () => {
    const deck = 'La cifra es la más baja en cinco años, según el instituto';
    const f = furniture([deck, `Buenos Aires, 3 dic (EFE).- ${STORY_ES}`], 'es', 'La inflación se modera en noviembre');
    expect(f.dateline).toEqual({ place: 'Buenos Aires', country: 'AR', agency: 'EFE' });
    expect(kept(f)).toEqual([deck, STORY_ES]);
    const en = furniture(['Strike enters its third week', `SANTIAGO, Dec 2 (Reuters) - ${STORY_EN}`], 'en', 'Copper output falls at a mine');
    expect(en.dateline).toEqual({ place: 'SANTIAGO', country: 'CL', agency: 'Reuters' });
  });

  it('cuts a dateline whose known agency in brackets has no dash after it, and a broadcaster’s without brackets', () => {
    const es = furniture([`MADRID, 3 (EUROPA PRESS) ${STORY_ES}`], 'es', 'El puerto amplía sus muelles');
    expect(es.dateline).toEqual({ place: 'MADRID', country: 'ES', agency: 'EUROPA PRESS' });
    expect(kept(es)).toEqual([STORY_ES]);
    const en = furniture([`Seoul, South Korea CNN — ${STORY_EN}`], 'en', 'Port authority cuts fees');
    expect(en.dateline).toEqual({ place: 'Seoul', country: 'KR', agency: 'CNN' });
    expect(kept(en)).toEqual([STORY_EN]);
  });

  it('reads a news organisation and a dash as where the copy came from, never as a place ("CNN —", « AFP — »)', () => {
    const line = furniture(['CNN —', STORY_EN], 'en', 'Port authority cuts fees');
    expect(kept(line)).toEqual([STORY_EN]);
    expect(line.dateline).toBeNull();
    const lede = furniture([`AFP — ${STORY_FR}`], 'fr', 'Le port de Brest recrute');
    expect(kept(lede)).toEqual([STORY_FR]);
    expect(lede.dateline).toBeNull();
    expect(lede.publisher).toEqual({ name: 'AFP', from: 'dateline' });
  });

  it('reads a place alone over a broadcaster’s mark as one dateline split over two lines ("Seoul, South Korea" over "CNN —")', () => {
    const f = furniture(['Seoul, South Korea', 'CNN —', STORY_EN], 'en', 'Port authority cuts fees');
    expect(f.dateline).toEqual({ place: 'Seoul', country: 'KR', agency: 'CNN' });
    expect(kept(f)).toEqual([STORY_EN]);
  });

  it('guard: no dateline is cut off a paragraph after the story’s first sentence', () => {
    const later = `Lima, 4 dic (EFE).- ${STORY_ES}`;
    const f = furniture([STORY_ES, later], 'es', 'El puerto amplía sus muelles');
    expect(f.dateline).toBeNull();
    expect(kept(f)).toEqual([STORY_ES, later]);
  });

  it('reads a name alone over a reporter’s job as the byline ("Dana Whitlock" over "Local democracy reporter")', () => {
    const f = furniture(['Dana Whitlock', 'Local democracy reporter', STORY_EN], 'en', 'Council votes to close two libraries');
    expect(f.authors).toEqual(['Dana Whitlock']);
    expect(kept(f)).toEqual([STORY_EN]);
    expect(furniture(['Léonie Castagne', 'Correspondante', STORY_FR], 'fr', 'Le port de Brest recrute').authors).toEqual(['Léonie Castagne']);
  });

  it('guard: a line that is no name stays above a reporter’s job', () => {
    const f = furniture(['Cargo traffic rose last year', 'Senior reporter', STORY_EN], 'en', 'Port authority cuts fees');
    expect(f.authors).toEqual([]);
    expect(kept(f)).toEqual(['Cargo traffic rose last year', STORY_EN]);
  });

  it('reads the line under a caption label alone ("Image caption,") as the caption', () => {
    const f = furniture(['Image caption,', 'Campaigners gathered outside the town hall', STORY_EN], 'en', 'Council votes to close two libraries');
    expect(kept(f)).toEqual(['Campaigners gathered outside the town hall', STORY_EN]);
    expect(f.blocks[0]?.kind).toBe('caption');
    expect(f.blocks[1]?.kind).toBe('paragraph');
  });

  it('keeps a caption in brackets after « (Photo : » without its credit', () => {
    const f = furniture([STORY_FR, '(Photo : Des enseignants manifestent à Lyon, le 3 mars 2026. AFP / Jean Morel)'], 'fr');
    expect(kept(f)).toEqual([STORY_FR, 'Des enseignants manifestent à Lyon, le 3 mars 2026.']);
    expect(f.blocks[1]?.kind).toBe('caption');
  });

  it('takes a desk’s byline in lower case (« Redacción deportes ») and a section’s "more news" link out', () => {
    const f = furniture(['Redacción deportes', STORY_ES, 'Más noticias de Deportes'], 'es', 'El club gana la liga');
    expect(kept(f)).toEqual([STORY_ES]);
    expect(f.authors).toEqual([]);
    expect(f.publisher).toBeNull();
  });
});

describe('credits and labels of wire and broadcaster pages', () => {
  it('takes a contributor’s credit out ("… contributed to this report", « a contribué à cet article »)', () => {
    const en = furniture([STORY_EN, 'Harbour Daily writer Tom Reyes in Columbus, Ohio, contributed to this report.'], 'en');
    expect(kept(en)).toEqual([STORY_EN]);
    expect(kept(furniture([STORY_EN, 'Min-ji Cho contributed reporting from Seoul.'], 'en'))).toEqual([STORY_EN]);
    expect(kept(furniture([STORY_FR, 'Léa Morin a contribué à cet article.'], 'fr'))).toEqual([STORY_FR]);
    expect(kept(furniture([STORY_ES, 'Ana Gil colaboró en esta información.'], 'es'))).toEqual([STORY_ES]);
  });

  it('guard: keeps a sentence in which something contributed to a result', () => {
    const line = 'Heavy rain contributed to the collapse of the old bridge.';
    expect(kept(furniture([STORY_EN, line], 'en'))).toEqual([STORY_EN, line]);
  });

  it('reads "Author, Name" and "Role, Broadcaster" lines as the byline (« Autor, … », « Título del autor, … »)', () => {
    const en = furniture(['Author, Wanjiru Mwangi', 'Role, BBC News, Nairobi', STORY_EN], 'en', 'Floods force thousands from their homes');
    expect(en.authors).toEqual(['Wanjiru Mwangi']);
    expect(en.publisher).toEqual({ name: 'BBC News', from: 'byline' });
    expect(kept(en)).toEqual([STORY_EN]);
    const es = furniture(['Autor, Daniel Pardo', 'Título del autor, BBC News Mundo', STORY_ES], 'es', 'Miles cruzan la frontera');
    expect(es.authors).toEqual(['Daniel Pardo']);
    expect(kept(es)).toEqual([STORY_ES]);
  });

  it('reads a byline with a colon (« Par : Agence », "By: Name")', () => {
    const fr = furniture(['Par : RFI', STORY_FR], 'fr');
    expect(fr.publisher).toEqual({ name: 'RFI', from: 'byline' });
    expect(kept(fr)).toEqual([STORY_FR]);
    expect(furniture(['By: Tamsin Okafor', STORY_EN], 'en').authors).toEqual(['Tamsin Okafor']);
  });

  it('reads an agency’s name closed by a stop over the date of its copy ("EUROPA PRESS. 03.12.2026 - 11:42h")', () => {
    const f = furniture(['EUROPA PRESS. 03.12.2026 - 11:42h', STORY_ES], 'es', 'La industria cae en octubre');
    expect(f.publisher).toEqual({ name: 'EUROPA PRESS', from: 'byline' });
    expect(kept(f)).toEqual([STORY_ES]);
  });

  it('takes the topic links under "Explore more on these topics" and « Artículos recomendados » out', () => {
    expect(kept(furniture([STORY_EN, 'Explore more on these topics', 'Floods', 'Kenya'], 'en'))).toEqual([STORY_EN]);
    expect(kept(furniture([STORY_ES, 'Artículos recomendados', 'La crisis migratoria en cifras'], 'es'))).toEqual([STORY_ES]);
  });

  it('reads Spanish image credits and captions after a comma (« Fuente de la imagen, … », « Pie de foto, … »)', () => {
    const f = furniture(['Fuente de la imagen, Getty Images', 'Pie de foto, Migrantes en el puente de Cúcuta.', STORY_ES], 'es', 'Miles cruzan la frontera');
    expect(kept(f)).toEqual(['Migrantes en el puente de Cúcuta.', STORY_ES]);
    expect(f.blocks[0]?.kind).toBe('caption');
  });

  it('names no publisher from a last line of page buttons shaped like a tagline (« Écouter - Lire plus tard »)', () => {
    const text = `Le port de Brest recrute\n\n${STORY_FR}\n\nLe recrutement commencera en mars.\n\nÉcouter - Lire plus tard\n`;
    const { article } = readArticle(Buffer.from(text), { path: 'port.txt' });
    if (!article) throw new Error('did not read');
    expect(article.trailer?.name).toBe('Écouter');
    const parsed = parseText(article.body, article.bodyLine);
    const record = extractRecord({ id: article.id, path: article.path, format: article.format, meta: article.meta, title: parsed.title, titleLine: parsed.titleLine, blocks: parsed.blocks, trailer: article.trailer });
    expect(record.publisher).toBeNull();
  });
});

describe('more page lines', () => {
  it('takes live-blog controls, comment prompts, editors’ notes and tag lines out', () => {
    const en = [
      'Key events',
      'Show key events only',
      'Please turn on JavaScript in your browser to get the best experience',
      "Editor's note: This story has been updated with comments from the mayor.",
      'Tags: Port, Shipping, Trade',
      'Leave a Reply',
      'Your email address will not be published.',
      'Related Coverage',
    ];
    expect(kept(furniture([STORY_EN, ...en, 'The board meets again in June.'], 'en'))).toEqual([STORY_EN, 'The board meets again in June.']);
    const fr = ['Newsletter', 'Le direct', 'Voir les commentaires', "Partager l'article", 'Contenus sponsorisés', 'La rédaction vous conseille', 'Tous droits réservés', "Cet article est paru dans l'édition du 4 décembre."];
    expect(kept(furniture([STORY_FR, ...fr], 'fr'))).toEqual([STORY_FR]);
    const es = ['Noticia relacionada', 'Ver comentarios', 'Tiempo de lectura: 3 min', 'Escucha la noticia', 'Etiquetas: Puerto, Comercio', 'Todos los derechos reservados', 'Este artículo fue publicado originalmente en El Diario del Sur.'];
    expect(kept(furniture([STORY_ES, ...es], 'es'))).toEqual([STORY_ES]);
  });

  it('takes a credit of writers’ initials and agencies out ("jmf/rmb (Reuters, AFP)", "ab/wd (AP, dpa)")', () => {
    expect(kept(furniture([STORY_EN, 'jmf/rmb (Reuters, AFP)'], 'en'))).toEqual([STORY_EN]);
    expect(kept(furniture([STORY_EN, 'ab/wd (AP, dpa)'], 'en'))).toEqual([STORY_EN]);
  });

  it('takes breadcrumbs after "You are here:", photo and gallery labels and subscriber labels out', () => {
    const en = ['You are here: Home / News / World', 'File photo', 'Open image in gallery', 'Advertisement - story continues below', 'Continue reading the main story', 'Trending Now'];
    expect(kept(furniture([STORY_EN, ...en, 'The board meets again in June.'], 'en'))).toEqual([STORY_EN, 'The board meets again in June.']);
    expect(kept(furniture([STORY_FR, 'Vous êtes ici : Accueil / Actualités', 'Abonnés', 'Article réservé à nos abonnés'], 'fr'))).toEqual([STORY_FR]);
    expect(kept(furniture([STORY_ES, 'Usted está aquí: Inicio / Noticias', 'Foto de archivo', 'Exclusivo suscriptores'], 'es'))).toEqual([STORY_ES]);
  });

  it('reads a byline followed by its date (« Par Jean Dupont le 03.12.2026 à 11h42 »)', () => {
    const fr = furniture(['Par Jean Dupont le 03.12.2026 à 11h42', STORY_FR], 'fr');
    expect(fr.authors).toEqual(['Jean Dupont']);
    expect(kept(fr)).toEqual([STORY_FR]);
    const es = furniture(['Por Juan Pérez el 03/12/2026 a las 11:42', STORY_ES], 'es');
    expect(es.authors).toEqual(['Juan Pérez']);
    expect(kept(es)).toEqual([STORY_ES]);
  });

  it('guard: keeps story sentences that open on those words', () => {
    const en = [
      'Posted in Kabul since 2019, the envoy said the talks would resume in March.',
      'Filed under seal, the documents were released on Tuesday.',
      'Comments by the minister angered the unions on Monday.',
      'Live music returns to the old square this weekend, the council said.',
    ];
    expect(kept(furniture([STORY_EN, ...en], 'en'))).toEqual([STORY_EN, ...en]);
    const es = ['Archivado en 2019, el caso fue reabierto el martes por la fiscalía.'];
    expect(kept(furniture([STORY_ES, ...es], 'es'))).toEqual([STORY_ES, ...es]);
    const fr = ['Le direct de la finale a attiré 8 millions de téléspectateurs.'];
    expect(kept(furniture([STORY_FR, ...fr], 'fr'))).toEqual([STORY_FR, ...fr]);
  });
});

describe('a masthead alone on a line', () => {
  it('takes a news organisation’s name alone on the last line out of the text and names it the publisher', () => {
    const f = furniture([STORY_EN, 'Officials expect the new berths to open next spring.', 'The Lakeside Courier'], 'en');
    expect(kept(f)).toEqual([STORY_EN, 'Officials expect the new berths to open next spring.']);
    expect(f.publisher).toEqual({ name: 'The Lakeside Courier', from: 'site' });
    expect(furniture([STORY_ES, 'Diario de la Costa'], 'es').publisher).toEqual({ name: 'Diario de la Costa', from: 'site' });
  });
  it('knows a wire service’s and a ledger’s names as mastheads: "Lakeside Market Wire", "The Valley Ledger"', () => {
    expect(furniture([STORY_EN, 'Lakeside Market Wire'], 'en').publisher).toEqual({ name: 'Lakeside Market Wire', from: 'site' });
    expect(furniture([STORY_EN, 'The Valley Ledger'], 'en').publisher).toEqual({ name: 'The Valley Ledger', from: 'site' });
  });

  it('gives a scraped page’s masthead the country of the place it names, over the dateline’s agency', () => {
    const record = extractPage('fr-marche-bamako.txt');
    expect(record.publisher).toEqual({ name: 'Le Courrier de Bamako', country: 'ML', url: null });
    expect(record.dateline?.agency).toBe('AFP');
    expect(record.actors.map((a) => a.name)).not.toContain('Le Courrier de Bamako');
  });

  it('guard: keeps a masthead word alone, a name without one, and a masthead line inside the story', () => {
    expect(furniture([STORY_EN, 'Weekly'], 'en').publisher).toBeNull();
    expect(kept(furniture([STORY_EN, 'Grace Mbeki'], 'en'))).toEqual([STORY_EN, 'Grace Mbeki']);
    const middle = [STORY_EN, 'The port said it would hire 40 dockers.', 'The Lakeside Courier', 'The mayor welcomed the plan.', 'Work starts in May.'];
    expect(kept(furniture(middle, 'en'))).toEqual(middle);
  });
});

describe('the masthead in a page title', () => {
  it('cuts a news organisation’s name off either end of a page title and names it the publisher', () => {
    const pipe = furniture([STORY_EN], 'en', 'Port fees cut as cargo traffic grows | The Harbour Daily');
    expect(pipe.title).toBe('Port fees cut as cargo traffic grows');
    expect(pipe.publisher).toEqual({ name: 'The Harbour Daily', from: 'site' });
    expect(furniture([STORY_EN], 'en', 'BBC News - Port fees cut as cargo traffic grows').title).toBe('Port fees cut as cargo traffic grows');
    const fr = furniture([STORY_FR], 'fr', 'Le budget des écoles adopté à Nantes - Le Courrier du Port');
    expect(fr.title).toBe('Le budget des écoles adopté à Nantes');
    expect(fr.publisher).toEqual({ name: 'Le Courrier du Port', from: 'site' });
    const es = furniture([STORY_ES], 'es', 'El ayuntamiento aprueba el presupuesto escolar | Diario del Sur');
    expect(es.title).toBe('El ayuntamiento aprueba el presupuesto escolar');
    expect(es.publisher).toEqual({ name: 'Diario del Sur', from: 'site' });
  });

  it('guard: keeps a headline’s own dash, and a title-case segment with no masthead word', () => {
    expect(furniture([STORY_EN], 'en', 'Biden - Xi talks end without a deal on chips').title).toBe('Biden - Xi talks end without a deal on chips');
    expect(furniture([STORY_EN], 'en', 'Storm Hits The Coast Overnight - Live Updates').title).toBe('Storm Hits The Coast Overnight - Live Updates');
    expect(furniture([STORY_EN], 'en', 'Markets Daily - Stocks fall as oil prices climb again').title).toBe('Markets Daily - Stocks fall as oil prices climb again');
  });

  it('guard: a photo’s caption and credit taken for the title names no publisher ("… on Monday. | AP")', () => {
    const f = furniture([STORY_EN], 'en', 'Port workers gather at the gate of the eastern terminal on Monday. | AP');
    expect(f.title).toBeNull();
    expect(f.publisher).toBeNull();
  });
});

describe('news pages read from disk', () => {
  it.each([
    ['en-appeals-court.txt', 'Appeals Court Halts Ohio Rule on Campus Radio Licences', ['Lorna Pettigrew'], null, null],
    ['en-landslide.txt', null, ['Aiko Brandt', 'Tomás Quiroga'], 'Himal Wire', null],
    ['fr-greve-des-bus.txt', 'Grève des bus : le trafic reste très perturbé à Rennes', null, 'Ouest Matin', null],
    ['es-sequia-uruguay.txt', 'Uruguay declara la emergencia agropecuaria por la sequía en el norte', ['Martina Acosta Ferreira'], 'Diario del Litoral', { place: 'Montevideo', country: 'UY', agency: null }],
  ])('%s: headline, authors, publisher and dateline from the page, and no page line in the story', (name, headline, authors, publisher, dateline) => {
    const record = extractPage(name);
    if (headline) expect(record.headline).toBe(headline);
    if (authors) expect(record.authors).toEqual(authors);
    expect(record.publisher?.name ?? null).toBe(publisher);
    if (dateline) expect(record.dateline).toEqual(dateline);
    const story = [record.summary, ...record.facts.map((f) => f.text), ...record.actors.map((a) => a.name)].join(' | ');
    expect(story).not.toMatch(/Advertisement|Supported by|Share|Comments|Listen|Publié|Temps de lecture|Partager|Compartir|comentarios|Copyright|©|Image caption|Getty|hours ago/u);
    // No figure from a date, a clock, a reading time or a comment count.
    expect(record.figures.map((f) => f.value)).not.toContain(86);
    expect(record.figures.map((f) => f.value)).not.toContain(2026);
  });
});

describe('furniture in the record', () => {
  it('keeps bylines, datelines and credits out of the headline, summary, actors and figures', () => {
    const record = extract(
      [
        'By Tamsin Okafor, Reuters',
        'Published 09:15 GMT',
        'NAIROBI, May 4 (Reuters) - Kenya’s central bank cut its main lending rate to 9 percent on Tuesday, the bank said.',
        'Governor Amos Wekesa said inflation had eased for three months in a row.',
        '(Reporting by Tamsin Okafor; Editing by Marta Quist)',
      ].join('\n'),
      { lang: 'en' },
    );
    expect(record.authors).toEqual(['Tamsin Okafor']);
    expect(record.dateline).toEqual({ place: 'NAIROBI', country: 'KE', agency: 'Reuters' });
    expect(record.publisher?.name).toBe('Reuters');
    expect(record.headline).not.toMatch(/NAIROBI|Reuters|Okafor/);
    expect(record.summary.startsWith('Kenya’s central bank cut')).toBe(true);
    expect(record.actors.map((a) => a.name)).not.toContain('Tamsin Okafor');
    expect(record.actors.map((a) => a.name)).not.toContain('Marta Quist');
    expect(record.figures.map((f) => f.value)).not.toContain(4);
    expect(record.figures.map((f) => f.value)).not.toContain(9.15);
  });

  it('reads a wire’s dateline in a Markdown article as where the copy came from, not as its publisher', () => {
    const text = 'TARIJA (EFE).- La alcaldía de Tarija abrió este martes dos comedores escolares nuevos en el barrio norte.';
    const markdown = extractRecord({ ...inputOf(text, { lang: 'es' }), path: 'comedores.md', format: 'markdown', title: 'Tarija abre dos comedores escolares' });
    expect(markdown.dateline?.agency).toBe('EFE');
    expect(markdown.publisher).toBeNull();
    expect(extract(text, { lang: 'es' }).publisher?.name).toBe('EFE');
  });
});

describe('the analysed text without furniture', () => {
  it('keeps every token’s offsets pointing into its sentence after a dateline and a credit are cut', () => {
    const blocks: TextBlock[] = [
      { text: 'Firefighters spray water on a warehouse in Tema, right, on Monday. | AP', kind: 'paragraph', line: 1 },
      { text: 'ACCRA, May 4 (Reuters) - Ghana’s fire service said 12 warehouses burned in Tema. The port stayed open.', kind: 'paragraph', line: 3 },
      { text: 'Advertisement', kind: 'paragraph', line: 5 },
      { text: 'Officials in Accra said the cause was not yet known.', kind: 'paragraph', line: 7 },
    ];
    const doc = analyse({ id: 'x', path: 'x.txt', format: 'text', meta: { ...EMPTY_META, tags: [], lang: 'en' }, title: null, titleLine: null, blocks, trailer: null });
    expect(doc.sentences.map((s) => s.text)).toEqual([
      'Firefighters spray water on a warehouse in Tema, right, on Monday.',
      'Ghana’s fire service said 12 warehouses burned in Tema.',
      'The port stayed open.',
      'Officials in Accra said the cause was not yet known.',
    ]);
    expect(doc.blockKinds).toEqual(['caption', 'paragraph', 'paragraph']);
    doc.sentences.forEach((s, i) => {
      expect(s.index).toBe(i);
      expect(doc.annotations[i]?.tokens).toBe(s.tokens);
      for (const t of s.tokens) expect(s.text.slice(t.start - s.start, t.end - s.start)).toBe(t.text);
      for (const p of doc.places[i] ?? [])
        expect(
          s.tokens
            .slice(p.start, p.end)
            .map((t) => t.text)
            .join(' '),
        ).toBe(p.text);
    });
    expect(doc.places[1]?.map((p) => p.text)).toEqual(['Ghana', 'Tema']);
    expect(doc.furniture.blocks[1]).toMatchObject({ line: 3, column: 26 });
  });
});
