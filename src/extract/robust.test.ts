import fc from 'fast-check';
import { describe, it } from 'vitest';
import type { ArticleMeta } from '../read/meta.ts';
import { recordSchemaErrors } from '../record/schema.ts';
import { extractActors } from './actors.ts';
import { extractAttributions } from './attributions.ts';
import { extractCountries } from './countries.ts';
import { extractFacts } from './facts.ts';
import { extractFigures } from './figures.ts';
import { analyse, extractRecord } from './index.ts';
import { inputOf } from './testing.ts';
import { extractTopics } from './topics.ts';

function check(text: string, meta: Partial<ArticleMeta> = {}): void {
  const errors = recordSchemaErrors(extractRecord(inputOf(text, meta)));
  if (errors.length > 0) throw new Error(`${errors.join('; ')}\nfor ${JSON.stringify(text.slice(0, 200))}`);
}

const newsWords = [
  'Le',
  'la',
  'M.',
  'Mme',
  'a',
  'déclaré',
  'said',
  '«',
  '»',
  '“',
  '”',
  '"',
  ',',
  '.',
  'Moscou',
  'Kim Jong Un',
  'selon',
  'according to',
  '600',
  '1 200',
  '3,5 %',
  '$1.2bn',
  'neuf millions',
  'plus de',
  'a-t-il',
  'ONU',
  '(OMS)',
  'Chad',
  'the',
  '-',
  '’',
  'l’',
  'Corée du Nord',
  '2024',
  'ans',
  'years',
  'X',
];

describe('robustness', () => {
  it('never throws and always gives a schema-valid record on random Unicode', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 400 }), (text) => check(text)),
      { numRuns: 300 },
    );
  });
  it('never throws on random news-like word soup, in both languages', () => {
    const soup = fc.array(fc.constantFrom(...newsWords), { maxLength: 120 }).map((w) => w.join(' '));
    fc.assert(
      fc.property(soup, fc.constantFrom('fr', 'en', null), (text, lang) => check(text, { lang })),
      { numRuns: 400 },
    );
  });
  it('runs every module without its safety net on word soup (no part silently falls back)', () => {
    const soup = fc.array(fc.constantFrom(...newsWords), { maxLength: 80 }).map((w) => w.join(' '));
    fc.assert(
      fc.property(soup, fc.constantFrom('fr', 'en'), (text, lang) => {
        const doc = analyse(inputOf(text, { lang }));
        const actors = extractActors(doc);
        const countries = extractCountries(doc, null);
        const figures = extractFigures(doc);
        const attributions = extractAttributions(doc, actors);
        extractTopics(doc, null);
        extractFacts(doc, actors, countries, figures, attributions);
      }),
      { numRuns: 300 },
    );
  });
  it('runs every module without its safety net on texts that end where a rule looks one token on', () => {
    // Found by the word-soup property above: a date range's joiner, or a comma after « selon X », as the last token.
    for (const [text, lang] of [
      ['Le 600 2024 -', 'fr'],
      ['Du 12 au', 'fr'],
      ['Selon Marie Dupont,', 'fr'],
      ['According to Jane Roe,', 'en'],
      // An according-to phrase whose comma-free end leaves one word after it.
      ['according to Le ’ the', 'en'],
      // A verb of change opening the text, and rules asking about a token past the end.
      ['rose 5', 'en'],
      ['según Doe millones et per named gave que the', 'es'],
      ['according to Le Le Le .- Le 100,000 de', 'fr'],
    ] as const) {
      const doc = analyse(inputOf(text, { lang }));
      const actors = extractActors(doc);
      extractFigures(doc);
      extractAttributions(doc, actors);
    }
  });
  it('handles empty text, one word, only numbers, only quotes', () => {
    for (const text of ['', ' ', 'mot', '123 456 7,8 9.0 1e9', '« » “ ” " "', '««««', '....', '- - -', '\u00a0\u202f']) check(text);
  });
  // No timing assertion (the machine may be busy): a quadratic pass over 1 MB would run for many
  // minutes, which the generous timeout below catches as a hang.
  it('handles a 1 MB article', { timeout: 300_000 }, () => {
    const paragraph = 'Le dirigeant nord-coréen Kim Jong Un a promis un « soutien inconditionnel » à Moscou, a rapporté, jeudi, un média d’Etat. Quelque 600 soldats ont été tués, a indiqué le député Lee Seong-kweun. ';
    check(`${paragraph.repeat(Math.ceil(1_000_000 / paragraph.length))}`);
  });
  it('handles one 200 KB sentence without punctuation', () => {
    check('a said the Moscou '.repeat(12_000));
  });
});
