/**
 * The tokenizer reads common tokens by hand and leaves the rest to its pattern (tokens.ts): on any
 * text, both must end every token at the same place. Texts are drawn from the characters where
 * the pattern's branches differ: digits, number separators, apostrophes, hyphens, dots, quotation
 * marks, accented and astral letters, combining marks and spaces of every kind.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { lexicon } from './lexicon/index.ts';
import { answerByWord, SpelledWordSet, spelledAsOneOf, type Token, tokenAt, tokenEnd, tokenEndByPattern, tokenize, tokenizeWithin, Vocabulary, WordMemo, WordSet, withForm } from './tokens.ts';

const PIECES = [
  'a',
  'Z',
  'é',
  'É',
  'ß',
  'ñ',
  '1',
  '23',
  '456',
  '7890',
  '²',
  '٣',
  ' ',
  '\u00a0',
  '\u202f',
  '\u2009',
  '\u3000',
  '\n',
  '.',
  ',',
  "'",
  '’',
  '‘',
  '‚',
  '-',
  '«',
  '»',
  '"',
  '(',
  ')',
  '%',
  '$',
  '€',
  '\u0301',
  '𝐀',
  '😀',
  'l’',
  "d'",
  'U.S.',
  'M.',
  'x',
];
const text = fc.array(fc.constantFrom(...PIECES), { maxLength: 24 }).map((parts) => parts.join(''));

describe('tokenEnd', () => {
  it('ends every token where the pattern alone ends it', () => {
    fc.assert(
      fc.property(text, (t) => {
        for (let start = 0; start < t.length; start++) {
          // The tokenizer asks at token starts only: never in white space or inside a surrogate pair.
          const code = t.charCodeAt(start);
          if (/\s/u.test(t.charAt(start)) || (code >= 0xdc00 && code <= 0xdfff)) continue;
          expect([start, tokenEnd(t, start)]).toEqual([start, tokenEndByPattern(t, start)]);
        }
      }),
      { numRuns: 3000 },
    );
  });

  it('reads the common cases by hand as the pattern does', () => {
    const cases: Array<[string, number]> = [
      ['Le député', 2],
      ['1 200 euros', 5],
      ['12,5 %', 4],
      ['nord-coréen', 11],
      ['l’Ukraine', 2],
      ['U.S. troops', 4],
      ["''quote''", 2],
      ['2024 et', 4],
      ['3e tour', 1],
    ];
    for (const [t, end] of cases) expect(tokenEnd(t, 0)).toBe(end);
  });
});

describe('tokenizeWithin', () => {
  // What a token is, with its word told by reference (a word holds its whole vocabulary).
  const plain = (tokens: readonly Token[]) => tokens.map(({ text, f, kind, start, end, cap, w }) => ({ text, f, kind, start, end, cap, w: w.f }));
  const asCut = (t: string, from: number, to: number, lang: string): void => {
    const options = lexicon(lang).tokenizeOptions;
    const within = tokenizeWithin(t, from, to, options, 100);
    const cut = tokenize(t.slice(from, to), options, 100 + from);
    expect(plain(within)).toEqual(plain(cut));
    for (let k = 0; k < cut.length; k++) expect(within[k]?.w).toBe(cut[k]?.w);
  };

  it('gives the tokens of a piece cut at white space as tokenizing the piece alone does', () => {
    const pieces = fc.array(fc.constantFrom(...PIECES, '°', 'C.', ' ', ' '), { maxLength: 24 }).map((parts) => parts.join(''));
    fc.assert(
      fc.property(pieces, fc.constantFrom('en', 'fr'), fc.nat(), fc.nat(), (t, lang, a, b) => {
        // Pieces as the sentence splitter cuts them: from the block's start or after white space, to its end or before white space.
        const starts = [0, ...[...t].keys()].filter((i) => i === 0 || /\s/u.test(t.charAt(i - 1)));
        const ends = [t.length, ...[...t].keys()].filter((i) => i === t.length || /\s/u.test(t.charAt(i)));
        const from = starts[a % starts.length] as number;
        const after = ends.filter((i) => i > from);
        const to = after[b % Math.max(1, after.length)];
        if (to === undefined) return;
        asCut(t, from, to, lang);
      }),
      { numRuns: 3000 },
    );
  });

  it('cuts out a piece whose token would run into the next, or that has no white space at its edge', () => {
    // "12" ends one piece and "345" opens the next: read in place, the two would be one number.
    const votes = 'They counted 12 345 ballots.';
    asCut(votes, 0, votes.indexOf(' 345'), 'en');
    expect(tokenizeWithin(votes, 0, votes.indexOf(' 345'), lexicon('en').tokenizeOptions).map((t) => t.text)).toEqual(['They', 'counted', '12']);
    // No white space between two pieces: each is tokenized as written alone, where an apostrophe
    // ending the first is no elision (read in place, "l’" would be one, before the next letter).
    const glued = 'Il a nommé l’Europe.';
    asCut(glued, 0, glued.indexOf('Europe'), 'fr');
    asCut(glued, glued.indexOf('Europe'), glued.length, 'fr');
  });

  it('reads an initial after a degree sign ending the piece before as an initial, as the piece alone does', () => {
    // Alone, "C. Dupont arrive" opens with the initial "C."; after "25°" it would be the unit's letter.
    const t = 'Il faisait 25°\nC. Dupont arrive.';
    asCut(t, t.indexOf('C.'), t.length, 'fr');
    expect(tokenizeWithin(t, t.indexOf('C.'), t.length, lexicon('fr').tokenizeOptions)[0]?.text).toBe('C.');
  });
});

describe('words and their memo', () => {
  it("gives every token of one folded form the same word, and a token copied with another form (withForm) that form's", () => {
    const lex = lexicon('fr');
    const tokens = tokenize('Paris, PARIS et paris', lex.tokenizeOptions);
    const words = tokens.filter((t) => t.kind === 'word' && t.f === 'paris').map((t) => t.w);
    expect(words).toHaveLength(3);
    expect(new Set(words).size).toBe(1);
    expect(words[0]?.vocabulary).toBe(lex.tokenizeOptions.vocabulary);
    const copy = withForm(tokens[0] as Token, 'et');
    expect(copy.w).toBe(tokens[3]?.w);
    expect([copy.text, copy.start, copy.f]).toEqual(['Paris', 0, 'et']);
  });

  it('answers a copy with another form (withForm) for that form, after its first form was answered', () => {
    const vocabulary = new Vocabulary();
    const options = { elisions: new Set<string>(), abbreviations: new Set<string>(), vocabulary };
    const lengthOf = answerByWord(vocabulary, (f) => f.length);
    const [dollar] = tokenize('dollar', options) as [Token];
    expect(lengthOf(dollar)).toBe(6);
    expect(lengthOf(withForm(dollar, 'dollars'))).toBe(7);
    expect(lengthOf(dollar)).toBe(6);
  });

  it('copies tokens with another folded form through withForm only, in every module of the extraction', () => {
    // A spread copy keeps the word of its first form, whose answers every table would then give.
    const dir = import.meta.dirname;
    const modules = readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'));
    const copies = modules.flatMap((f) => [...readFileSync(join(dir, f), 'utf8').matchAll(/\{\s*\.\.\.[\w.]+\s*,[^{}]*\bf\s*:/gu)].map((m) => `${f}: ${m[0]}`));
    expect(modules).toContain('currency.ts');
    expect(copies.filter((c) => !c.startsWith('tokens.ts:'))).toEqual([]);
  });

  it('keeps answers per word, forgets them on reset, and keeps none for another vocabulary', () => {
    const a = new Vocabulary();
    const b = new Vocabulary();
    const memo = new WordMemo<number>(a);
    const word = a.word('mot');
    expect(memo.get(word)).toBeUndefined();
    memo.set(word, 3);
    expect(memo.get(a.word('mot'))).toBe(3);
    memo.reset();
    expect(memo.get(word)).toBeUndefined();
    memo.set(b.word('mot'), 5);
    expect(memo.get(b.word('mot'))).toBeUndefined();
  });

  it('gives a word a slot for every memo handed out so far at its first answer, so that answers never grow it', () => {
    const vocabulary = new Vocabulary();
    const memos = [new WordMemo<number>(vocabulary), new WordMemo<number>(vocabulary), new WordMemo<number>(vocabulary)];
    const word = vocabulary.word('harbour');
    const other = vocabulary.word('quay');
    // No answer yet: no memo of its own (most words of a large build never get one).
    expect(word.memo).toHaveLength(0);
    expect(word.memo).toBe(other.memo);
    expect(memos.map((memo) => memo.get(word))).toEqual([undefined, undefined, undefined]);
    memos[1]?.set(word, 1);
    expect(word.memo).toEqual([undefined, 1, undefined]);
    expect(other.memo).toHaveLength(0);
    expect(memos[1]?.get(other)).toBeUndefined();
    const store = word.memo;
    for (const [i, memo] of memos.entries()) memo.set(word, i);
    expect(word.memo).toBe(store);
    expect(word.memo).toEqual([0, 1, 2]);
    expect(memos.map((memo) => memo.get(word))).toEqual([0, 1, 2]);
    // A memo handed out after the word was made still keeps its answer on it.
    const later = new WordMemo<number>(vocabulary);
    later.set(word, 7);
    expect(later.get(word)).toBe(7);
    expect(word.memo).toHaveLength(4);
  });

  it('answers a bound word set from the words as the set itself would, and sees the set change', () => {
    const vocabulary = new Vocabulary();
    const options = { elisions: new Set<string>(), abbreviations: new Set<string>(), vocabulary };
    const small = new WordSet(['the', 'of']);
    const other = new WordSet(['harbour']);
    small.bind(vocabulary);
    other.bind(vocabulary);
    const tokens = tokenize('The harbour of the town', options);
    const answers = (set: WordSet): boolean[] => tokens.map((t) => set.hasToken(t));
    expect(answers(small)).toEqual([true, false, true, true, false]);
    expect(answers(other)).toEqual([false, true, false, false, false]);
    // A change after the words kept their bits is seen by every word.
    small.add('town');
    small.delete('of');
    expect(answers(small)).toEqual([true, false, false, true, true]);
    other.clear();
    expect(answers(other)).toEqual([false, false, false, false, false]);
    // A token copied with another folded form is asked by that form, not by its first word's bits.
    const copied = withForm(tokens[4] as Token, 'the');
    expect(small.hasToken(copied)).toBe(true);
    expect(other.hasToken(copied)).toBe(false);
    // A set that lost words and then took one in again, asked only afterwards.
    small.delete('the');
    small.add('harbour');
    other.add('of');
    expect(answers(small)).toEqual([false, true, false, false, true]);
    expect(answers(other)).toEqual([false, false, true, false, false]);
  });

  it('asks a bound set that answers by a rule of its own about each new word', () => {
    class EndsInS extends WordSet {
      override has(f: string): boolean {
        return f.endsWith('s');
      }
      override get holdsItsWords(): boolean {
        return false;
      }
    }
    const vocabulary = new Vocabulary();
    const options = { elisions: new Set<string>(), abbreviations: new Set<string>(), vocabulary };
    const plural = new EndsInS();
    const listed = new WordSet(['boats']);
    plural.bind(vocabulary);
    listed.bind(vocabulary);
    const tokens = tokenize('Boats and ships sail', options);
    expect(tokens.map((t) => plural.hasToken(t))).toEqual([true, false, true, false]);
    expect(tokens.map((t) => listed.hasToken(t))).toEqual([true, false, false, false]);
  });

  it('binds 32 sets to a vocabulary; a set past them answers from its table', () => {
    const vocabulary = new Vocabulary();
    const options = { elisions: new Set<string>(), abbreviations: new Set<string>(), vocabulary };
    const sets = Array.from({ length: 34 }, (_, i) => new WordSet([`w${i}`]));
    for (const set of sets) set.bind(vocabulary);
    const tokens = tokenize(sets.map((_, i) => `w${i}`).join(' '), options);
    sets.forEach((set, i) => {
      expect(tokens.map((t) => set.hasToken(t))).toEqual(tokens.map((_, k) => k === i));
    });
  });

  it('gives the same answers from the bound sets of a lexicon as from their tables, for the words of its own lists', () => {
    for (const lang of ['fr', 'en', 'es']) {
      const lex = lexicon(lang);
      const sets = Object.values(lex).filter((v): v is WordSet => v instanceof WordSet);
      const words = [...new Set(sets.flatMap((set) => [...set]))].filter((w) => /^[\p{L}]+$/u.test(w));
      const tokens = tokenize(words.join(' '), lex.tokenizeOptions);
      // A set of spelled forms answers for its words as spelled (spelledAsOneOf): a folded word
      // written without its accent is no form.
      const expected = (set: WordSet, t: Token): boolean => set.has(t.f) && (!(set instanceof SpelledWordSet) || spelledAsOneOf(t, set.spellings));
      for (const set of sets) for (const t of tokens) expect(set.hasToken(t), `${lang} ${t.f}`).toBe(expected(set, t));
    }
  });
});

describe('tokenAt', () => {
  it('reads any index of a sentence as indexing does inside it, and as nothing before or past it', () => {
    const tokens = tokenize('The port reopened on Monday.', lexicon('en').tokenizeOptions);
    fc.assert(
      fc.property(fc.integer({ min: -3, max: tokens.length + 3 }), (i) => {
        expect(tokenAt(tokens, i)).toBe(i >= 0 && i < tokens.length ? tokens[i] : undefined);
      }),
    );
    expect(tokenAt(tokens, -1)).toBeUndefined();
    expect(tokenAt(tokens, 0)?.text).toBe('The');
  });
});
