import { describe, expect, it } from 'vitest';
import type { TextBlock } from '../parse/blocks.ts';
import { EMPTY_META } from '../read/meta.ts';
import type { Furniture } from './furniture.ts';
import { analyse, extractRecord } from './index.ts';
import { extract, inputOf } from './testing.ts';

/** The furniture of a raw-text article: one block per line, after a title line when `title` is set. */
function furniture(lines: string[], lang: 'en' | 'fr', title: string | null = null): Furniture {
  const blocks: TextBlock[] = lines.map((text, i) => ({ text, kind: 'paragraph', line: i + (title ? 2 : 1) }));
  const doc = analyse({ id: 'x', path: 'x.txt', format: 'text', meta: { ...EMPTY_META, tags: [], lang }, title, titleLine: title ? 1 : null, blocks, trailer: null });
  return doc.furniture;
}
const kept = (f: Furniture): string[] => f.blocks.map((b) => b.text);
const STORY_EN = 'The port authority said on Tuesday that cargo traffic rose by a fifth last year.';
const STORY_FR = 'Le conseil municipal a voté mardi un budget de 40 millions d’euros pour les écoles.';

describe('bylines', () => {
  it('takes "By A and B, Agency" out of the text: the names are the authors, the agency the publisher', () => {
    const f = furniture(['By Tamsin Okafor and Rui Valente, Reuters', STORY_EN], 'en');
    expect(kept(f)).toEqual([STORY_EN]);
    expect(f.authors).toEqual(['Tamsin Okafor', 'Rui Valente']);
    expect(f.publisher).toEqual({ name: 'Reuters', from: 'byline' });
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
