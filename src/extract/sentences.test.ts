import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { lexicon } from './lexicon/index.ts';
import { splitSentences, wordBeforeFinalDot } from './sentences.ts';
import { tokenize } from './tokens.ts';

const split = (text: string, lang: string): string[] => splitSentences([{ text, kind: 'paragraph', line: 1 }], lexicon(lang)).map((s) => s.text);

describe('sentences', () => {
  it('does not end a sentence after « M. » before a name', () => {
    expect(split('La visite de M. Choïgou illustre le rapprochement. Moscou a salué la visite.', 'fr')).toHaveLength(2);
  });
  it('does not end a sentence after "Gen." or "Mr." in English', () => {
    expect(split('Gen. Smith met Mr. Jones on Monday. They talked.', 'en')).toHaveLength(2);
  });
  it('keeps « Nous partons. », a-t-il dit as one sentence', () => {
    expect(split('« Nous partons. Il faut y aller », a-t-il dit. Puis il est parti.', 'fr')).toHaveLength(2);
  });
  it('keeps a quotation of two sentences in straight marks as one sentence with its speaker', () => {
    expect(split('"El puente está cerrado. Volverá a abrir en mayo", añadió la alcaldesa. Luego se fue.', 'es')).toHaveLength(2);
    expect(split('"The bridge is shut. It reopens in May," the mayor said. Then she left.', 'en')).toHaveLength(2);
  });
  it('reads "p.m." and "e.g." as one word each, ending a sentence only before a usual opener', () => {
    const words = tokenize('The polls closed at 8 p.m. local time, e.g. in the north.', lexicon('en').tokenizeOptions).map((t) => t.text);
    expect(words).toContain('p.m.');
    expect(words).toContain('e.g.');
    expect(split('The polls closed at 8 p.m. The count went on all night.', 'en')).toHaveLength(2);
    expect(split('The polls closed at 8 p.m. local time.', 'en')).toHaveLength(1);
  });
  it('gives a closing mark after a space (French spacing) to the sentence it closes', () => {
    expect(split('« Nous ne céderons pas. Nous irons en justice. » Puis il est parti.', 'fr')).toEqual(['« Nous ne céderons pas.', 'Nous irons en justice. »', 'Puis il est parti.']);
    expect(split('« Nous irons en justice. » a-t-il ajouté.', 'fr')).toHaveLength(1);
  });
  it('keeps "U.S. officials" inside one sentence', () => {
    expect(split('The U.S. Treasury imposed sanctions. China objected.', 'en')).toHaveLength(2);
  });
});

describe('tokens', () => {
  const fr = lexicon('fr').tokenizeOptions;
  const en = lexicon('en').tokenizeOptions;
  it('splits French elisions and keeps hyphenated words: « l’Ukraine », « nord-coréen », « a-t-il »', () => {
    expect(tokenize('l’Ukraine nord-coréen a-t-il', fr).map((t) => t.text)).toEqual(['l’', 'Ukraine', 'nord-coréen', 'a-t-il']);
  });
  it('reads « 1 200 » with a no-break space as one number', () => {
    expect(tokenize('1\u00a0200 soldats', fr)[0]?.text).toBe('1\u00a0200');
  });
  it('splits the English possessive: "Brazil’s"', () => {
    expect(tokenize('Brazil’s Amazon', en).map((t) => t.text)).toEqual(['Brazil', '’s', 'Amazon']);
  });
  it('keeps "U.S." as one token', () => {
    expect(tokenize('the U.S. said', en).map((t) => t.text)).toContain('U.S.');
  });
});

describe('the word before a final dot', () => {
  it('is what /(\\S+)\\.$/u captures, on any text of dots, letters and spaces of every kind', () => {
    const pieces = ['a', 'Gen', 'É', '.', ' ', '\u00a0', '\u202f', '\u2009', '\n', '«', '𝐀', 'U.S', '"'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 12 }), (parts) => {
        const text = parts.join('');
        expect(wordBeforeFinalDot(text)).toBe(/(\S+)\.$/u.exec(text)?.[1] ?? '');
      }),
      { numRuns: 3000 },
    );
  });
});
