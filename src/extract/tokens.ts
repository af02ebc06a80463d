/**
 * Word tokens with character offsets. A regular expression rather than Intl.Segmenter's word
 * mode: the segmenter splits "nord-coréen", "a-t-il" and "Lee Seong-kweun" into pieces and
 * glues "l’Ukraine" into one word, which every later rule would have to undo; one regex pass is
 * also several times faster on 4 KB articles.
 */
import { foldWord } from './text.ts';

export type TokenKind = 'word' | 'number' | 'punct';

/**
 * The words one language's tokens are made of, each folded form one object: what a table finds
 * for a word is kept on that object (WordMemo), so that every later token of the word reads an
 * array slot instead of hashing its text into the table again. Extraction asks tables about
 * nearly every token in every stage: those hash lookups were the largest single cost in its
 * profile. A word's memo holds one entry per table that asked about it (17 on average in the
 * extraction benchmark, a couple of megabytes per language).
 */
export class Vocabulary {
  private readonly words = new Map<string, Word>();
  private readonly surfaces = new Map<string, Surface>();
  private readonly ascii: Array<Surface | undefined> = new Array(128).fill(undefined);
  /** Memo slots handed out so far (one per table that keeps per-word answers). */
  slots = 0;

  /** The word of a folded form. */
  word(f: string): Word {
    let word = this.words.get(f);
    if (word === undefined) {
      // A long-running process (watch mode) meets new words forever: start afresh past a bound.
      // Tokens made before keep their words, whose answers stay right (a table's answer for a
      // folded form never changes); the words made after simply ask again.
      if (this.words.size > 200_000) this.words.clear();
      word = new Word(f, this);
      this.words.set(f, word);
    }
    return word;
  }

  /** A word token's text as written: its folded form, word and capital, worked out once per spelling. */
  surface(text: string): Surface {
    // One ASCII character (punctuation, a one-letter word): a tenth of all tokens, kept by code.
    const code = text.length === 1 ? text.charCodeAt(0) : 128;
    let surface = code < 128 ? this.ascii[code] : this.surfaces.get(text);
    if (surface === undefined) {
      if (this.surfaces.size > 200_000) this.surfaces.clear();
      const f = foldWord(text);
      surface = { f, word: this.word(f), cap: text.charAt(0) !== text.charAt(0).toLowerCase() };
      if (code < 128) this.ascii[code] = surface;
      else this.surfaces.set(text, surface);
    }
    return surface;
  }
}

interface Surface {
  f: string;
  word: Word;
  cap: boolean;
}

/** One folded word of a vocabulary; `memo` holds what tables found for it, by WordMemo slot. */
export class Word {
  readonly memo: unknown[] = [];
  constructor(
    readonly f: string,
    readonly vocabulary: Vocabulary,
  ) {}
}

/**
 * One table's answers per word, kept on the words (see Vocabulary). The answer for a word must
 * depend on its folded form only; a table that changes calls `reset`, and its next answers go to
 * a fresh slot. Words of another vocabulary than the first one asked about are not kept.
 */
export class WordMemo<T> {
  private slot = 0;
  // Whether an answer was kept in the current slot: only then does a reset need a fresh one.
  private used = false;

  /** `vocabulary`: the words to keep answers on; when null, those of the first word kept. */
  constructor(private vocabulary: Vocabulary | null = null) {
    if (vocabulary) this.slot = vocabulary.slots++;
  }

  /** The answer kept for `word`, or undefined when there is none yet. */
  get(word: Word): T | undefined {
    return word.vocabulary === this.vocabulary ? (word.memo[this.slot] as T | undefined) : undefined;
  }

  set(word: Word, value: T): void {
    if (this.vocabulary === null) {
      this.vocabulary = word.vocabulary;
      this.slot = word.vocabulary.slots++;
    }
    if (word.vocabulary === this.vocabulary) {
      // Filled up to the slot rather than written past the end: an array with a gap turns into a
      // dictionary, and every later read would be a hash lookup again.
      const memo = word.memo;
      while (memo.length < this.slot) memo.push(undefined);
      memo[this.slot] = value;
      this.used = true;
    }
  }

  /** The answer for the token's word: the kept one, else `lookup`'s (kept when the token's word is its own). */
  answer(token: Token, lookup: (f: string) => T): T {
    const word = memoWord(token);
    let value = word === undefined ? undefined : this.get(word);
    if (value === undefined) {
      value = lookup(token.f);
      if (word !== undefined) this.set(word, value);
    }
    return value;
  }

  /** Forgets every answer (the table changed): the next ones go to a fresh slot. */
  reset(): void {
    if (this.vocabulary && this.used) this.slot = this.vocabulary.slots++;
    this.used = false;
  }
}

/**
 * `lookup` of each token's folded form, asked once per word of `vocabulary` and then read from
 * the word: for a table that never changes (a lexicon's word classes, a gazetteer).
 */
export function answerByWord<T>(vocabulary: Vocabulary, lookup: (f: string) => T): (token: Token) => T {
  const memo = new WordMemo<T>(vocabulary);
  return (token) => memo.answer(token, lookup);
}

/**
 * The word whose kept answers hold for this token, or undefined: none when the token was made by
 * hand, or copied with another folded form ("{ ...t, f: plural }") so that its word is not its own.
 */
function memoWord(token: Token): Word | undefined {
  const word = token.w;
  return word !== undefined && word.f === token.f ? word : undefined;
}

// Tokens made without a language's vocabulary (tests, callers with options of their own) share this one.
const sharedVocabulary = new Vocabulary();

export interface Token {
  /** As written. */
  text: string;
  /** Folded (lower case, no accents, straight apostrophes): the key for every lookup. */
  f: string;
  kind: TokenKind;
  /** Offsets in the text the tokens were made from. */
  start: number;
  end: number;
  /** Starts with an upper-case letter. */
  cap: boolean;
  /** The folded word, where tables keep their answers (Vocabulary). */
  w: Word;
}

export interface TokenizeOptions {
  /** Folded elided words split off the next word (the lexicon's \`elisions\`: "l", "d", "qu"); empty in a language without elision. */
  elisions: ReadonlySet<string>;
  /** Folded abbreviations (without the final dot) that keep their dot: "m", "gen", "dr". */
  abbreviations: ReadonlySet<string>;
  /** The language's words (each lexicon has its own); a shared one when absent. */
  vocabulary?: Vocabulary;
}

// Order matters: dotted acronyms ("U.S.") before words, grouped numbers ("1 200", "1,200.5")
// before plain ones, elisions before words. Spaces inside numbers: only no-break spaces, or a
// plain space before exactly three digits (French "1 200"). Apostrophes and U+201A group digits on
// some pages (Swiss "1'200", "1‚200"); numbers.ts decides what each mark means.
const TOKEN = /‘’|’’|''|‘‘|,,|(?:\p{Lu}\.){2,}|\d{1,3}(?:[\u00a0\u202f\u2009 ]\d{3})+(?:,\d+)?(?![\d,.]\d)|\d+(?:[.,'’‚]\d+)*|\p{L}{1,7}['’](?=[\p{L}\d])|[\p{L}\p{N}]+(?:[-'’][\p{L}\p{N}]+|\.(?=\p{L}\.))*|[^\s\p{L}\p{N}]/uy;
// Every character but white space starts a token (the last branch takes any other mark), so the
// tokenizer skips white space, then matches TOKEN sticky there and reads the end from lastIndex:
// `test` makes no match array, which for one array per token was a tenth of extraction's garbage.
const SPACE = /\s*/uy;
const QUOTE_PAIR = /^(?:‘’|’’|''|‘‘|,,)$/u;
// A word cut by an apostrophe: an elision when the lexicon lists it, else part of a longer word.
const ELIDED = /^(\p{L}+)['’]$/u;
const POSSESSIVE = /^(.+)(['’]s)$/u;
// Module constants rather than literals in the loop: a literal makes a new RegExp object per token.
const HAS_WORD_CHARACTER = /[\p{L}\p{N}]/u;

// Letters and numbers (\p{L}, \p{N}) by UTF-16 code unit, for the fast paths below: 1 yes, 2 no,
// 0 not asked yet. A surrogate is never one (a letter outside the BMP takes the pattern's path).
const WORD_UNIT = new Uint8Array(0x10000);
const LETTER_OR_NUMBER = /^[\p{L}\p{N}]$/u;
function isWordUnit(code: number): boolean {
  let known = WORD_UNIT[code] as number;
  if (known === 0) {
    known = code < 0xd800 || code > 0xdfff ? (LETTER_OR_NUMBER.test(String.fromCharCode(code)) ? 1 : 2) : 2;
    WORD_UNIT[code] = known;
  }
  return known === 1;
}

const isSurrogate = (code: number): boolean => code >= 0xd800 && code <= 0xdfff;
const isDigit = (code: number): boolean => code >= 48 && code <= 57;

/** The offset past the white space (\s) at `from`: ASCII white space by hand, the rest by SPACE. */
function skipSpace(text: string, from: number): number {
  let i = from;
  for (let code = text.charCodeAt(i); code === 32 || (code >= 9 && code <= 13); code = text.charCodeAt(i)) i++;
  if (i < text.length && text.charCodeAt(i) >= 0x80) {
    SPACE.lastIndex = i;
    SPACE.test(text);
    return SPACE.lastIndex;
  }
  return i;
}

/**
 * The end of the token starting at `start` (not white space), as TOKEN would match it there, or
 * -1 when it does not match. The common tokens are read by hand: a run of letters and numbers
 * that ends before anything but a hyphen, an apostrophe or a dot; a run of ASCII digits that no
 * separator follows; one mark that cannot start a quotation pair. Everything else (and every case
 * where a pattern branch could read further) goes to TOKEN. tokens.test.ts checks the two agree.
 */
export function tokenEnd(text: string, start: number): number {
  const code = text.charCodeAt(start);
  if (isDigit(code)) {
    let end = start + 1;
    while (isDigit(text.charCodeAt(end))) end++;
    const after = text.charCodeAt(end);
    // A separator may continue the number ("1 200", "1.5", "1'200", "1‚200"): the pattern decides.
    const grouped = end - start <= 3 && (after === 32 || after === 0xa0 || after === 0x202f || after === 0x2009);
    if (!grouped && after !== 46 && after !== 44 && after !== 39 && after !== 0x2019 && after !== 0x201a) return end;
  } else if (isWordUnit(code)) {
    let end = start + 1;
    while (isWordUnit(text.charCodeAt(end))) end++;
    const after = text.charCodeAt(end);
    // A hyphen, an apostrophe or a dot may join more ("nord-coréen", "l’", "U.S."), a surrogate may be a letter.
    if (after !== 45 && after !== 39 && after !== 0x2019 && after !== 46 && !isSurrogate(after)) return end;
  } else if (!isSurrogate(code) && code !== 39 && code !== 44 && code !== 0x2018 && code !== 0x2019) return start + 1;
  return tokenEndByPattern(text, start);
}

/** The end of TOKEN's match at `start`, or -1. */
export function tokenEndByPattern(text: string, start: number): number {
  TOKEN.lastIndex = start;
  return TOKEN.test(text) ? TOKEN.lastIndex : -1;
}

/** True when the token has a letter or a number (a word or a number, not a mark). */
function hasWordCharacter(value: string): boolean {
  const code = value.charCodeAt(0);
  return isSurrogate(code) ? HAS_WORD_CHARACTER.test(value) : isWordUnit(code) || HAS_WORD_CHARACTER.test(value);
}

/** Splits `text` into tokens; `offset` is added to every position. */
export function tokenize(text: string, options: TokenizeOptions, offset = 0): Token[] {
  const tokens: Token[] = [];
  const vocabulary = options.vocabulary ?? sharedVocabulary;
  let next = 0;
  while (next < text.length) {
    const start = skipSpace(text, next);
    if (start >= text.length) break;
    const end = tokenEnd(text, start);
    // Never taken (see SPACE); moving on one character is what a global search would do.
    if (end < 0) {
      next = start + 1;
      continue;
    }
    let value = text.slice(start, end);
    next = end;
    // Scraped pages write double quotes as two single ones (‘’…’’, ''…''): one quotation mark,
    // opening after a space or at the start, closing after a word.
    if (value.length === 2 && QUOTE_PAIR.test(value)) {
      const before = text.charAt(start - 1);
      tokens.push({ text: before === '' || /[\s([«“]/u.test(before) ? '“' : '”', f: '"', kind: 'punct', start: start + offset, end: start + offset + 2, cap: false, w: vocabulary.word('"') });
      continue;
    }
    const first = value.charCodeAt(0);
    if (first >= 48 && first <= 57) {
      push(vocabulary, tokens, value, 'number', start + offset);
      continue;
    }
    // Only a token ending in an apostrophe can be an elision: skip the regex for the others.
    const lastCode = value.charCodeAt(value.length - 1);
    const elided = lastCode === 39 || lastCode === 0x2019 ? ELIDED.exec(value) : null;
    if (elided) {
      if (options.elisions.has(foldWord(elided[1] as string))) {
        push(vocabulary, tokens, value, 'word', start + offset);
        continue;
      }
      // Not an elision of this language ("D'Angelo" in English, "aujourd'hui"): match the whole word instead.
      const rest = /^[\p{L}\p{N}'’-]+/u.exec(text.slice(start));
      value = rest ? rest[0] : value;
      next = start + value.length;
    }
    if (hasWordCharacter(value)) {
      // Abbreviations and initials keep their dot: "M.", "Gen.", "J." (one capital letter).
      if (text.charCodeAt(start + value.length) === 46 && !value.endsWith('.')) {
        const bare = foldWord(value);
        if (options.abbreviations.has(bare) || /^\p{Lu}$/u.test(value)) {
          value += '.';
          next = start + value.length;
        }
      }
      if (options.elisions.size === 0) {
        // Only a word ending in "s" can be a possessive: skip the regex for the others.
        const possessive = value.charCodeAt(value.length - 1) === 115 ? POSSESSIVE.exec(value) : null;
        if (possessive?.[1] && possessive[2]) {
          push(vocabulary, tokens, possessive[1], 'word', start + offset);
          push(vocabulary, tokens, possessive[2], 'word', start + offset + possessive[1].length);
          continue;
        }
      }
      push(vocabulary, tokens, value, 'word', start + offset);
    } else push(vocabulary, tokens, value, 'punct', start + offset);
  }
  return tokens;
}

function push(vocabulary: Vocabulary, tokens: Token[], text: string, kind: TokenKind, start: number): void {
  const surface = vocabulary.surface(text);
  // ASCII punctuation is its own folded form (fold would trim a space, which no token has).
  const f = kind === 'punct' && text.charCodeAt(0) < 128 ? text : surface.f;
  tokens.push({ text, f, kind, start, end: start + text.length, cap: kind === 'word' && surface.cap, w: f === surface.f ? surface.word : vocabulary.word(f) });
}
