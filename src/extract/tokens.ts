/**
 * Word tokens with character offsets. A regular expression rather than Intl.Segmenter's word
 * mode: the segmenter splits "nord-coréen", "a-t-il" and "Lee Seong-kweun" into pieces and
 * glues "l’Ukraine" into one word, which every later rule would have to undo; one regex pass is
 * also several times faster on 4 KB articles.
 */
import { itemAt } from './lists.ts';
import { CodeUnitClass, foldWord, internal, isWhiteSpaceUnit } from './text.ts';

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
  private readonly surfaces = new SurfaceTable();
  private readonly ascii: Array<Surface | undefined> = new Array(128).fill(undefined);
  /** Memo slots handed out so far (one per table that keeps per-word answers). */
  slots = 0;
  /** The word sets whose answers the words keep as bits (WordSet), by bit. */
  private readonly flagSets: WordSet[] = [];
  /** Grows when a bound set changes: a word's bits made before are worked out again. */
  flagsEpoch = 0;
  /**
   * Every word of the bound sets, with the bits of the sets holding it (a set's index below 32 in
   * `flags`, past it in `more`), kept as sets are bound and grow: a new word's bits are then one
   * lookup, where asking each bound set in turn (over fifty) was about one per cent of a build's
   * work on an article (a build meets thousands of new words, numbers and names). Worked out
   * again from the sets only after one of them lost a word.
   */
  private readonly boundWords = new Map<string, { flags: number; more: number }>();
  private boundWordsStale = false;
  /** The indexes of the bound sets that answer by a rule, not by words they hold (WordSet.holdsItsWords): each is asked per new word. */
  private readonly ruleSets: number[] = [];
  /** Whether some table keeps its answers in the words' `hot` field (answerByWord). */
  private hotTaken = false;

  /** Gives the words' `hot` field to the caller, once: true for the first caller only. */
  claimHot(): boolean {
    if (this.hotTaken) return false;
    this.hotTaken = true;
    return true;
  }

  /** Binds `set` to this vocabulary's words: its answer for a word becomes one bit on the word. Returns the set's index (its bit is index mod 32, in `flags` below 32, in `moreFlags` from 32), or -1 past 64 sets. */
  bindSet(set: WordSet): number {
    if (this.flagSets.length >= 64) return -1;
    const index = this.flagSets.push(set) - 1;
    if (set.holdsItsWords) this.markWordsOf(set, index);
    else this.ruleSets.push(index);
    this.flagsEpoch++;
    return index;
  }

  /** A bound set (index `index`) took `word` in. */
  boundSetGrew(index: number, word: string): void {
    if ((this.flagSets[index] as WordSet).holdsItsWords) this.markBound(word, index);
    this.flagsEpoch++;
  }

  /** A bound set lost a word or all of them. */
  boundSetShrank(): void {
    this.boundWordsStale = true;
    this.flagsEpoch++;
  }

  private markWordsOf(set: WordSet, index: number): void {
    for (const word of set) this.markBound(word, index);
  }

  private markBound(word: string, index: number): void {
    let bits = this.boundWords.get(word);
    if (bits === undefined) {
      bits = { flags: 0, more: 0 };
      this.boundWords.set(word, bits);
    }
    if (index < 32) bits.flags |= 1 << index;
    else bits.more |= 1 << (index - 32);
  }

  /** The bits of `word` for the first 32 bound sets: bit i when the i-th holds its folded form. */
  flagsOf(word: Word): number {
    if (word.flagsAt !== this.flagsEpoch) this.workOutFlags(word);
    return word.flags;
  }

  /** The bits of `word` for the bound sets past the first 32: bit i when the (32 + i)-th holds its folded form. */
  moreFlagsOf(word: Word): number {
    if (word.flagsAt !== this.flagsEpoch) this.workOutFlags(word);
    return word.moreFlags;
  }

  private workOutFlags(word: Word): void {
    if (this.boundWordsStale) {
      this.boundWords.clear();
      this.flagSets.forEach((set, index) => {
        if (set.holdsItsWords) this.markWordsOf(set, index);
      });
      this.boundWordsStale = false;
    }
    const bits = this.boundWords.get(word.f);
    let flags = bits === undefined ? 0 : bits.flags;
    let more = bits === undefined ? 0 : bits.more;
    for (const index of this.ruleSets) {
      if (!(this.flagSets[index] as WordSet).has(word.f)) continue;
      if (index < 32) flags |= 1 << index;
      else more |= 1 << (index - 32);
    }
    word.flags = flags;
    word.moreFlags = more;
    word.flagsAt = this.flagsEpoch;
  }

  /** The word of a folded form. */
  word(f: string): Word {
    let word = this.words.get(f);
    if (word === undefined) {
      // A long-running process (watch mode) meets new words forever: start afresh past a bound.
      // Tokens made before keep their words, whose answers stay right (a table's answer for a
      // folded form never changes); the words made after simply ask again.
      if (this.words.size > 200_000) this.words.clear();
      // A word's form and a surface's spelling are internal strings (see internal): every later
      // read of a token's text or form, in every module, meets two or three kinds of string.
      word = new Word(internal(f), this);
      this.words.set(f, word);
    }
    return word;
  }

  /** A word token's text as written in `source` at [start, end): its folded form, word and capital, worked out once per spelling and found without cutting the text out first (see SurfaceTable). */
  surfaceAt(source: string, start: number, end: number): Surface {
    return this.surfaceHashed(source, start, end, hashAt(source, start, end));
  }

  /** surfaceAt, given the spelling's hash (hashAt): the tokenizer works it out as it reads the token. */
  surfaceHashed(source: string, start: number, end: number, hash: number): Surface {
    // One ASCII character (punctuation, a one-letter word): a tenth of all tokens, kept by code.
    const code = end - start === 1 ? source.charCodeAt(start) : 128;
    let surface = code < 128 ? this.ascii[code] : this.surfaces.get(source, start, end, hash);
    if (surface === undefined) {
      if (this.surfaces.size > 200_000) this.surfaces.clear();
      const text = internal(start === 0 && end === source.length ? source : source.slice(start, end));
      // The folded form is the word's own string: "The" and "the" then carry one string, and the
      // test that a token's form is its word's (WordMemo, WordSet) compares two references.
      const word = this.word(foldWord(text));
      surface = { text, f: word.f, word, cap: text.charAt(0) !== text.charAt(0).toLowerCase(), elided: undefined };
      if (code < 128) this.ascii[code] = surface;
      else this.surfaces.set(surface);
    }
    return surface;
  }
}

interface Surface {
  /** As written (one string per spelling: every token of it shares this one). */
  text: string;
  f: string;
  word: Word;
  cap: boolean;
  /** For a spelling of letters and a final apostrophe ("l’", "D'"), its letters folded ("l", "d"): what is looked up among a language's elisions; null for any other spelling; undefined until asked (elidedLetters). */
  elided: string | null | undefined;
}

/**
 * Surfaces by spelling, in an open-addressing table hashed over a text's characters where they
 * stand: a token's spelling is looked up before any string is cut for it, and a known one (nearly
 * all, after the first articles) never is. Cutting then hashing in a Map was the tokenizer's
 * largest cost. Each slot keeps its spelling's hash beside the surface: a probe that meets
 * another spelling is told by one integer, without reading that surface's object and text.
 */
class SurfaceTable {
  private hashes = new Int32Array(1024);
  private values: Array<Surface | undefined> = new Array(1024).fill(undefined);
  size = 0;

  /** The surface spelt as `source` at [start, end), whose hashAt is `hash`. */
  get(source: string, start: number, end: number, hash: number): Surface | undefined {
    const mask = this.hashes.length - 1;
    const length = end - start;
    for (let i = hash & mask; ; i = (i + 1) & mask) {
      const value = this.values[i];
      if (value === undefined) return undefined;
      if (this.hashes[i] === hash && value.text.length === length && sameAt(value.text, source, start)) return value;
    }
  }

  set(surface: Surface): void {
    if ((this.size + 1) * 2 > this.hashes.length) this.grow();
    this.place(surface);
    this.size++;
  }

  clear(): void {
    this.hashes = new Int32Array(1024);
    this.values = new Array(1024).fill(undefined);
    this.size = 0;
  }

  private place(surface: Surface): void {
    const mask = this.hashes.length - 1;
    const hash = hashAt(surface.text, 0, surface.text.length);
    let i = hash & mask;
    while (this.values[i] !== undefined) i = (i + 1) & mask;
    this.hashes[i] = hash;
    this.values[i] = surface;
  }

  private grow(): void {
    const values = this.values;
    this.hashes = new Int32Array(values.length * 2);
    this.values = new Array(values.length * 2).fill(undefined);
    for (const surface of values) if (surface !== undefined) this.place(surface);
  }
}

/** FNV-1a over UTF-16 code units, cut to its low 30 bits (HASH_BITS). */
function hashAt(source: string, start: number, end: number): number {
  let hash = FNV_BASIS;
  for (let i = start; i < end; i++) hash = Math.imul(hash ^ source.charCodeAt(i), FNV_PRIME);
  return hash & HASH_BITS;
}
const FNV_BASIS = 0x811c9dc5 | 0;
const FNV_PRIME = 0x01000193;
// A hash is kept to 30 bits, a small integer for V8 on every platform: a 32-bit one outside that
// range is a heap number, made anew each time it is stored or passed to a call not inlined.
const HASH_BITS = 0x3fffffff;

/** True when `key` is written in `source` from `start` on (the caller checked the length). */
function sameAt(key: string, source: string, start: number): boolean {
  for (let i = 0; i < key.length; i++) if (key.charCodeAt(i) !== source.charCodeAt(start + i)) return false;
  return true;
}

/** One folded word of a vocabulary; `memo` holds what tables found for it, by WordMemo slot. */
export class Word {
  /**
   * One slot per memo the vocabulary has handed out, made at once when a table first keeps an
   * answer on the word (WordMemo.set); until then the shared empty NO_MEMO, where every slot
   * reads undefined. Grown a slot at a time, the memo's store was made again each time it filled
   * up; a word lives long, so each outgrown store had already been moved to the old generation,
   * where only a full collection frees it (on articles of new words about four fifths of what
   * extraction moved there). Made with the word, it was most of what a thread kept of a large
   * build: a kilobyte for each new word, numbers included, though three words in five (at 1,000
   * news articles) never have an answer kept.
   */
  memo: unknown[] = NO_MEMO;
  /**
   * The answer of the one table that asked for it (answerByWord with `hot`), kept in a field of
   * the word rather than in `memo`: a memo slot is read through the array and its separate store,
   * two memory accesses a field saves, for the table read at nearly every token.
   */
  hot: unknown = undefined;
  /** What the vocabulary's bound word sets say of this word, one bit each (the first 32 sets in `flags`, the next 32 in `moreFlags`: Vocabulary.flagsOf), and the epoch they were worked out at. */
  flags = 0;
  moreFlags = 0;
  flagsAt = -1;
  constructor(
    readonly f: string,
    readonly vocabulary: Vocabulary,
  ) {}
}

/**
 * The memo of every word no table has kept an answer on: never written (WordMemo.set gives the word
 * its own first). Empty, but of the kind of elements the words' own memos have (holey, any value):
 * an empty literal holds small integers only, and a read of a memo that meets two kinds checks
 * which one it has.
 */
const NO_MEMO: unknown[] = holeyEmpty();

function holeyEmpty(): unknown[] {
  const empty: unknown[] = new Array(1).fill(undefined);
  empty.length = 0;
  return empty;
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
      let memo = word.memo;
      if (memo === NO_MEMO) word.memo = memo = new Array(this.vocabulary.slots).fill(undefined);
      // Filled up to the slot rather than written past the end: an array with a gap turns into a
      // dictionary, and every later read would be a hash lookup again.
      while (memo.length < this.slot) memo.push(undefined);
      memo[this.slot] = value;
      this.used = true;
    }
  }

  /** The answer for the token's word: the kept one, else `lookup`'s (kept when the token has a word: one made by hand may not). */
  answer(token: Token, lookup: (f: string) => T): T {
    const word: Word | undefined = token.w;
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
 * A set of folded words that tokens are tested against at nearly every token of every sentence
 * (a lexicon's stopwords, determiners, connectors…). Once bound to a language's vocabulary, its
 * answer for a word is a bit kept on the word with those of the other bound sets, all worked out
 * at the word's first test: a token is then tested by one AND instead of hashing its text into
 * each set. A change to the set makes every word work its bits out again.
 */
export class WordSet extends Set<string> {
  // Set by bind. The Set constructor adds the first words through `add` before these fields
  // exist: `add` then finds no vocabulary, as it should for a set bound nowhere yet.
  private bit = 0;
  /** Whether the bit is in the words' `moreFlags` (a set bound past the first 32). */
  private more = false;
  /** The set's index among its vocabulary's bound sets. */
  private index = -1;
  private vocabulary: Vocabulary | null = null;

  /** Keeps this set's answers on the words of `vocabulary`; a set bound nowhere answers from its table. */
  bind(vocabulary: Vocabulary): void {
    if (this.vocabulary !== null) return;
    const index = vocabulary.bindSet(this);
    if (index < 0) return;
    this.bit = 1 << (index & 31);
    this.more = index >= 32;
    this.index = index;
    this.vocabulary = vocabulary;
  }

  /** True when the token's folded form is in the set (false for no token: a rule looking past a sentence's end). */
  hasToken(token: Token | undefined): boolean {
    if (token === undefined) return false;
    const word = token.w;
    if (this.vocabulary !== null && word !== undefined && word.vocabulary === this.vocabulary) {
      return ((this.more ? this.vocabulary.moreFlagsOf(word) : this.vocabulary.flagsOf(word)) & this.bit) !== 0;
    }
    return this.has(token.f);
  }

  /**
   * True when the set's answer is whether it holds the word; false for a set that answers by a
   * rule of its own (`has` overridden), which the vocabulary then asks about each new word.
   */
  get holdsItsWords(): boolean {
    return true;
  }

  override add(value: string): this {
    super.add(value);
    if (this.vocabulary) this.vocabulary.boundSetGrew(this.index, value);
    return this;
  }

  override delete(value: string): boolean {
    const deleted = super.delete(value);
    if (deleted && this.vocabulary) this.vocabulary.boundSetShrank();
    return deleted;
  }

  override clear(): void {
    super.clear();
    if (this.vocabulary) this.vocabulary.boundSetShrank();
  }
}

/**
 * A token written as one of `spellings`, where an accent tells words apart: « público » is no
 * « publicó » nor « publico », « proyecto » (the noun) no « proyectó » (the verb), though each
 * pair folds to one word.
 */
export function spelledAsOneOf(token: Token, spellings: ReadonlySet<string>): boolean {
  const text = token.text;
  return spellings.has(text === token.f ? text : text.toLowerCase());
}

/**
 * A WordSet of verb forms of a language whose accents tell words apart (lexicon
 * `accentsTellWordsApart`): a token is in it when its folded word is and it is spelled as one of
 * the forms (spelledAsOneOf).
 */
export class SpelledWordSet extends WordSet {
  constructor(
    words: Iterable<string>,
    readonly spellings: ReadonlySet<string>,
  ) {
    super(words);
  }

  override hasToken(token: Token | undefined): boolean {
    return super.hasToken(token) && spelledAsOneOf(token as Token, this.spellings);
  }
}

/**
 * `lookup` of each token's folded form, asked once per word of `vocabulary` and then read from
 * the word: for a table that never changes (a lexicon's word classes, a gazetteer). With `hot`
 * (for the table asked most often), the answers go to the words' own `hot` field when no other
 * table of the vocabulary has it, else to a memo slot as for the others.
 */
export function answerByWord<T>(vocabulary: Vocabulary, lookup: (f: string) => T, hot = false): (token: Token) => T {
  if (hot && vocabulary.claimHot()) {
    // As WordMemo.answer does, with the word's field for the slot.
    return (token) => {
      const word: Word | undefined = token.w;
      if (word === undefined || word.vocabulary !== vocabulary) return lookup(token.f);
      let value = word.hot as T | undefined;
      if (value === undefined) {
        value = lookup(token.f);
        word.hot = value;
      }
      return value;
    };
  }
  const memo = new WordMemo<T>(vocabulary);
  return (token) => memo.answer(token, lookup);
}

/**
 * The token asked about as another folded form ("dollar" as "dollars", a part of "4.5-billion"):
 * a copy with that form and its word, so that tables answer for the form. The only way a token
 * gets another form: tokens.property.test.ts checks that no module copies one otherwise. So a
 * token's word is always its form's, and lookups read the word without comparing it with the
 * form: that comparison read both strings' headers at every lookup, and dropping it made
 * extraction about 3.5 % faster (2026-12-07, the performance log).
 */
export function withForm(token: Token, f: string): Token {
  return { ...token, f, w: token.w === undefined ? token.w : token.w.vocabulary.word(f) };
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
  /** The word of `f`, where tables keep their answers (Vocabulary); a copy with another form takes that form's (withForm). */
  w: Word;
}

export interface TokenizeOptions {
  /** Folded elided words split off the next word (the lexicon's \`elisions\`: "l", "d", "qu"); empty in a language without elision. */
  elisions: ReadonlySet<string>;
  /** Folded abbreviations (without the final dot) that keep their dot: "m", "gen", "dr". */
  abbreviations: ReadonlySet<string>;
  /** The language's words (each lexicon has its own); a shared one when absent. */
  vocabulary?: Vocabulary;
  /** Words written glued to the number after them, split off it (currency symbols in letters: "KSh90,000", "Rp25 million"); none when absent. */
  numberPrefixes?: ReadonlySet<string>;
}

// Order matters: dotted acronyms ("U.S.") before words, grouped numbers ("1 200", "1,200.5")
// before plain ones, elisions before words. Spaces inside numbers: only no-break spaces, or a
// plain space before exactly three digits (French "1 200"). Apostrophes and U+201A group digits on
// some pages (Swiss "1'200", "1‚200"); numbers.ts decides what each mark means.
const TOKEN = /‘’|’’|''|‘‘|,,|(?:\p{Lu}\.){2,}|\d{1,3}(?:[\u00a0\u202f\u2009 ]\d{3})+(?:,\d+)?(?![\d,.]\d)|\d+(?:[.,'’‚]\d+)*|\p{L}{1,7}['’](?=[\p{L}\d])|[\p{L}\p{N}]+(?:[-'’][\p{L}\p{N}]+|\.\p{L}(?=\.))*|[^\s\p{L}\p{N}]/uy;
// Every character but white space starts a token (the last branch takes any other mark), so the
// tokenizer skips white space, then matches TOKEN sticky there and reads the end from lastIndex:
// `test` makes no match array, which for one array per token was a tenth of extraction's garbage.
const QUOTE_PAIR = /^(?:‘’|’’|''|‘‘|,,)$/u;
// The token such a pair makes: written as the opening or closing double quotation mark, folded as
// a straight one (a single “ or ” of the text keeps its own folded form).
const PAIR_OPENING = '“';
const PAIR_CLOSING = '”';
const PAIR_FOLDED = '"';

/** The folded forms a token written `text` can have: the text folded, and a quotation pair's too for the marks a pair is written as. */
export function foldedFormsOf(text: string): string[] {
  const folded = foldWord(text);
  return (text === PAIR_OPENING || text === PAIR_CLOSING) && folded !== PAIR_FOLDED ? [folded, PAIR_FOLDED] : [folded];
}
// A word cut by an apostrophe: an elision when the lexicon lists it, else part of a longer word.
const ELIDED = /^(\p{L}+)['’]$/u;
// A word with apostrophes and hyphens in it, from its start: what an elided word that is none continues as ("aujourd'hui").
const WORD_WITH_APOSTROPHES = /^[\p{L}\p{N}'’-]+/u;
const POSSESSIVE = /^(.+)(['’]s)$/u;
// Module constants rather than literals in the loop: a literal makes a new RegExp object per token.
const HAS_WORD_CHARACTER = /[\p{L}\p{N}]/u;
// An initial (one capital letter: one code unit, or two for a letter outside the BMP), and a degree sign before a unit's letter.
const ONE_CAPITAL = /^\p{Lu}$/u;
const DEGREE_BEFORE = /°\s?$/u;

// Letters and numbers (\p{L}, \p{N}), for the fast paths below (a letter outside the BMP takes the pattern's path).
const WORD_UNITS = new CodeUnitClass(/^[\p{L}\p{N}]$/u);
const isWordUnit = (code: number): boolean => WORD_UNITS.has(code);

/**
 * The code unit at i, or 0 past the end of the text. charCodeAt's NaN there made the optimised
 * scans below fall back to slower code (a read out of bounds deoptimises them, and then every code
 * is handled as a double); 0 passes every test here as NaN did (no white space, digit, letter,
 * surrogate or mark), and a text's own NUL would too.
 */
const codeAt = (text: string, i: number): number => (i < text.length ? text.charCodeAt(i) : 0);
const isSurrogate = (code: number): boolean => code >= 0xd800 && code <= 0xdfff;
const isDigit = (code: number): boolean => code >= 48 && code <= 57;

/** The offset past the white space (\s) at `from`. */
function skipSpace(text: string, from: number): number {
  let i = from;
  while (i < text.length && isWhiteSpaceUnit(text.charCodeAt(i))) i++;
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
  scannedEnd = -1;
  const code = codeAt(text, start);
  // The spelling's hash (hashAt) is worked out on the way, for the surface lookup: reading the
  // characters again to hash them cost as much as this scan.
  let hash = Math.imul(FNV_BASIS ^ code, FNV_PRIME);
  if (isDigit(code)) {
    let end = start + 1;
    for (let unit = codeAt(text, end); isDigit(unit); unit = codeAt(text, ++end)) hash = Math.imul(hash ^ unit, FNV_PRIME);
    const after = codeAt(text, end);
    // A separator may continue the number ("1 200", "1.5", "1'200", "1‚200"): the pattern decides,
    // unless no digit follows the mark ("in 2024, the", "was 12.").
    const grouped = end - start <= 3 && (after === 32 || after === 0xa0 || after === 0x202f || after === 0x2009);
    const mark = after === 46 || after === 44 || after === 39 || after === 0x2019 || after === 0x201a;
    if (!grouped && (!mark || !isDigit(codeAt(text, end + 1)))) return scanned(end, hash);
  } else if (isWordUnit(code)) {
    let end = start + 1;
    for (let unit = codeAt(text, end); isWordUnit(unit); unit = codeAt(text, ++end)) hash = Math.imul(hash ^ unit, FNV_PRIME);
    const after = codeAt(text, end);
    // A hyphen, an apostrophe or a dot may join more ("nord-coréen", "l’", "U.S."), a surrogate may
    // be a letter. A dot joins more only before a letter ("U.S.", "e.g."): a word that ends its
    // sentence is read here.
    if (after !== 45 && after !== 39 && after !== 0x2019 && after !== 46 && !isSurrogate(after)) return scanned(end, hash);
    if (after === 46) {
      const next = codeAt(text, end + 1);
      if (!isWordUnit(next) && !isSurrogate(next)) return scanned(end, hash);
    }
  } else if (!isSurrogate(code)) {
    // A comma or a quotation mark is one token unless it and the next mark are a pair written for
    // a double quotation mark (",,", "''", "‘’", "’’", "‘‘").
    const next = codeAt(text, start + 1);
    if (code === 44 ? next !== 44 : code === 39 || code === 0x2018 || code === 0x2019 ? next !== 39 && next !== 0x2018 && next !== 0x2019 : true) return scanned(start + 1, hash);
  }
  return tokenEndByPattern(text, start);
}

/**
 * What the last tokenEnd read by hand: the end it returned and the hash (hashAt) of the token up
 * to it; scannedEnd is -1 when the pattern read the token. Module state rather than an object
 * returned, which would be one more object per token.
 */
let scannedEnd = -1;
let scannedHash = 0;

function scanned(end: number, hash: number): number {
  scannedEnd = end;
  scannedHash = hash & HASH_BITS;
  return end;
}

/** The end of TOKEN's match at `start`, or -1. */
export function tokenEndByPattern(text: string, start: number): number {
  TOKEN.lastIndex = start;
  return TOKEN.test(text) ? TOKEN.lastIndex : -1;
}

/** True when the token written at [start, end) has a letter or a number (a word or a number, not a mark). */
function hasWordCharacter(text: string, start: number, end: number): boolean {
  const code = text.charCodeAt(start);
  if (isSurrogate(code)) return HAS_WORD_CHARACTER.test(text.slice(start, end));
  // A mark of one code unit (a sixth of all tokens) is told by its table, with no string cut.
  return isWordUnit(code) || (end - start > 1 && HAS_WORD_CHARACTER.test(text.slice(start, end)));
}

/** True when a token is English's possessive ending, split off its word ("Cross" + "'s"). */
export function isPossessive(t: Token | undefined): boolean {
  return !!t && POSSESSIVE_ENDING.test(t.text);
}

const POSSESSIVE_ENDING = /^['’]s$/u;

/**
 * The token at `i`, or undefined before the first and past the last: how a rule reads the token
 * before one it looks at ("tokenAt(tokens, i - 1)"): lists.ts `itemAt` itself, under the name
 * the rules read (the same function, not a wrapper: a call more in the hottest reads moved V8's
 * inlining, +1 % instructions). Reads before the first token happen in every article, at a
 * sentence's start, and at index -1 they cost about 4 % of extraction's time (2026-12-07).
 */
export const tokenAt: (tokens: readonly Token[], i: number) => Token | undefined = itemAt;

/**
 * True when the folded forms of tokens from `i` on are `words`, read from words[from] to words[to - 1]:
 * a caller that found the phrase by some of its words (a table keyed by the first word, or the
 * last) does not compare those again. Each comparison of two forms reads both strings.
 */
export function wordsAt(words: readonly string[], tokens: readonly Token[], i: number, from = 0, to = words.length): boolean {
  for (let j = from; j < to; j++) if (tokens[i + j]?.f !== words[j]) return false;
  return true;
}

/** Splits `text` into tokens; `offset` is added to every position. */
export function tokenize(written: string, options: TokenizeOptions, offset = 0): Token[] {
  // (One representation of the text for the reads below: see internal.)
  const text = internal(written);
  return readTokens(text, 0, text.length, options, offset) as Token[];
}

/**
 * The tokens of text[from, to), as `tokenize(text.slice(from, to), options, offset + from)` gives
 * them, read where they stand in `text` (an internal string: see internal). The sentence splitter
 * tokenizes each sentence in its block so: a cut of the block is a kind of string of its own,
 * which tokenize made internal again, a copy and a hash of every sentence (3 % of extraction's
 * instructions outside the compiler, `npm run bench:ir`, 2026-12-07).
 * The tokenizer reads a character past a token to find where it ends; past `to` it reads the
 * block's where the cut text had none. White space there reads as the end of a text would (every
 * rule stops at both; the one rule that looks back past white space, for a degree sign, is kept
 * to the piece), so a piece with white space or the block's edge on both sides is read in place;
 * any other piece, and one where a token would run past `to` ("12" ending a sentence and "345"
 * opening the next, read as "12 345"), is cut out and tokenized on its own.
 */
export function tokenizeWithin(text: string, from: number, to: number, options: TokenizeOptions, offset = 0): Token[] {
  const edged = (from === 0 || isWhiteSpaceUnit(text.charCodeAt(from - 1))) && (to === text.length || isWhiteSpaceUnit(text.charCodeAt(to)));
  return (edged ? readTokens(text, from, to, options, offset) : null) ?? tokenize(text.slice(from, to), options, offset + from);
}

/** The tokens of text[from, to), positions in `text` plus `offset`; null when one would run past `to`. */
function readTokens(text: string, from: number, to: number, options: TokenizeOptions, offset: number): Token[] | null {
  const tokens: Token[] = [];
  const vocabulary = options.vocabulary ?? sharedVocabulary;
  let next = from;
  while (next < to) {
    const start = skipSpace(text, next);
    if (start >= to) break;
    let end = tokenEnd(text, start);
    // Never taken (see TOKEN); moving on one character is what a global search would do.
    if (end < 0) {
      next = start + 1;
      continue;
    }
    if (end > to) return null;
    next = end;
    // The token's surface when it was looked up before push (an elision's or an abbreviation's
    // test), so that push does not look it up again.
    let surface: Surface | undefined;
    const first = text.charCodeAt(start);
    // Scraped pages write double quotes as two single ones (‘’…’’, ''…''): one quotation mark,
    // opening after a space or at the start, closing after a word.
    if (end - start === 2 && (first === 39 || first === 44 || first === 0x2018 || first === 0x2019) && QUOTE_PAIR.test(text.slice(start, end))) {
      const before = text.charAt(start - 1);
      tokens.push({ text: before === '' || /[\s([«“]/u.test(before) ? PAIR_OPENING : PAIR_CLOSING, f: PAIR_FOLDED, kind: 'punct', start: start + offset, end: start + offset + 2, cap: false, w: vocabulary.word(PAIR_FOLDED) });
      continue;
    }
    if (first >= 48 && first <= 57) {
      push(tokens, surfaceOf(vocabulary, text, start, end), 'number', start, end, offset);
      continue;
    }
    // Only a token ending in an apostrophe can be an elision: skip the regex for the others.
    const lastCode = text.charCodeAt(end - 1);
    if (lastCode === 39 || lastCode === 0x2019) surface = surfaceOf(vocabulary, text, start, end);
    const elided = surface === undefined ? null : elidedLetters(surface);
    if (elided !== null) {
      if (options.elisions.has(elided)) {
        push(tokens, surface as Surface, 'word', start, end, offset);
        continue;
      }
      // Not an elision of this language ("D'Angelo" in English, "aujourd'hui"): match the whole word instead.
      const rest = WORD_WITH_APOSTROPHES.exec(text.slice(start));
      if (rest) end = start + rest[0].length;
      next = end;
      surface = undefined;
    }
    if (hasWordCharacter(text, start, end)) {
      // Abbreviations and initials keep their dot: "M.", "Gen.", "J." (one capital letter). A
      // letter right after a degree sign is a unit ("25 °C."), and its dot ends the sentence.
      if (codeAt(text, end) === 46 && text.charCodeAt(end - 1) !== 46) {
        // The spelling's surface has its folded form: no string cut, no fold looked up.
        surface ??= surfaceOf(vocabulary, text, start, end);
        if (options.abbreviations.has(surface.f) || (end - start <= 2 && ONE_CAPITAL.test(surface.text) && !DEGREE_BEFORE.test(text.slice(Math.max(from, start - 2), start)))) {
          end++;
          next = end;
          surface = undefined;
        }
      }
      // "KSh90,000", "Rp25 million": a symbol glued to its number is a token of its own, and the
      // number is read from its first digit (with its separators, which the word did not take).
      const glued = options.numberPrefixes && isDigit(text.charCodeAt(end - 1)) ? gluedPrefixEnd(text, start, end, options.numberPrefixes) : -1;
      if (glued > 0) {
        push(tokens, vocabulary.surfaceAt(text, start, glued), 'word', start, glued, offset);
        next = glued;
        continue;
      }
      // Only a word ending in "'s" can be a possessive: skip the regex for the others.
      if (options.elisions.size === 0 && end - start > 2 && text.charCodeAt(end - 1) === 115 && (text.charCodeAt(end - 2) === 39 || text.charCodeAt(end - 2) === 0x2019)) {
        const possessive = POSSESSIVE.exec(text.slice(start, end));
        if (possessive?.[1] && possessive[2]) {
          push(tokens, vocabulary.surfaceAt(text, start, end - 2), 'word', start, end - 2, offset);
          push(tokens, vocabulary.surfaceAt(text, end - 2, end), 'word', end - 2, end, offset);
          continue;
        }
      }
      push(tokens, surface ?? surfaceOf(vocabulary, text, start, end), 'word', start, end, offset);
    } else push(tokens, surface ?? surfaceOf(vocabulary, text, start, end), 'punct', start, end, offset);
  }
  return tokens;
}

/** Where a listed prefix of letters ends in the word at [start, end) when only digits follow it ("KSh" in "KSh90"), or -1. */
function gluedPrefixEnd(text: string, start: number, end: number, prefixes: ReadonlySet<string>): number {
  let p = start;
  while (p < end && !isDigit(text.charCodeAt(p))) p++;
  if (p === start || p === end) return -1;
  for (let k = p; k < end; k++) if (!isDigit(text.charCodeAt(k))) return -1;
  return prefixes.has(text.slice(start, p)) ? p : -1;
}

/** The surface of the token at [start, end), with the hash tokenEnd worked out when it read that token by hand. */
function surfaceOf(vocabulary: Vocabulary, text: string, start: number, end: number): Surface {
  return end === scannedEnd ? vocabulary.surfaceHashed(text, start, end, scannedHash) : vocabulary.surfaceAt(text, start, end);
}

/** The folded letters of an elided word's spelling (see Surface.elided), worked out once per spelling: a French text elides every few words. */
function elidedLetters(surface: Surface): string | null {
  if (surface.elided === undefined) {
    const letters = ELIDED.exec(surface.text);
    surface.elided = letters ? foldWord(letters[1] as string) : null;
  }
  return surface.elided;
}

/** Adds the token written at [start, end), whose spelling is `surface`. */
function push(tokens: Token[], surface: Surface, kind: TokenKind, start: number, end: number, offset: number): void {
  const written = surface.text;
  // ASCII punctuation is its own folded form (fold would trim a space, which no token has).
  const f = kind === 'punct' && written.charCodeAt(0) < 128 ? written : surface.f;
  tokens.push({ text: written, f, kind, start: start + offset, end: end + offset, cap: kind === 'word' && surface.cap, w: f === surface.f ? surface.word : surface.word.vocabulary.word(f) });
}
