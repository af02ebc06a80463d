/**
 * Small text helpers shared by every extraction module: folding for comparisons, slugs for ids,
 * tests for one punctuation mark.
 * Kept free of lexicons so that the lexicon loader can use them too.
 */
import { slugify } from '../text/slug.ts';

const MARKS = /\p{M}/gu;
const APOSTROPHES = /[’‘`´ʼ]/g;
const SPACES = /[\u00a0\u202f\u2007\u2009\s]+/g;

/** Lower case, no accents, straight apostrophes, single spaces: the key for every lookup. */
export function fold(text: string): string {
  if (isPlainAscii(text)) return text.toLowerCase();
  return text.normalize('NFD').replace(MARKS, '').replace(APOSTROPHES, "'").replace(/[œŒ]/g, 'oe').replace(/[æÆ]/g, 'ae').replace(SPACES, ' ').toLowerCase().trim();
}

/**
 * True when `text` is printable ASCII with no space and no backquote: nothing of it decomposes,
 * no mark, apostrophe, ligature or space is there to replace, and folding it only lowers its case.
 * Most words of an English text, and every number, are such words: a build meets thousands new.
 */
function isPlainAscii(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code <= 32 || code >= 127 || code === 96) return false;
  }
  return true;
}

const internalKeys: Record<string, number> = Object.create(null);

/**
 * `text` as V8's internal (internalized) string: the one copy of its characters that the engine
 * keeps for property names, sequential and hashed. V8 gives a string one of several inner kinds
 * (a cut of a longer string, a join of two, a flat copy, one or two bytes a character, a name
 * already used as a key), and code that reads strings of more than four kinds at one place
 * (`text.length`, `text.charCodeAt(i)`) stops being specialised there and reads them through the
 * generic path. Tokens' texts met seven kinds in the extraction benchmark, and three once made
 * internal (2026-12-07): one and two bytes a character, and the digits of an integer, which an
 * object keeps as an index and gives back as a plain string. A key set on an object is how
 * JavaScript asks for the internal string: on a dictionary object (one made with no prototype),
 * so that each new key makes no hidden class, as an object literal's key did.
 */
export function internal(text: string): string {
  internalKeys[text] = 0;
  const key = Object.keys(internalKeys)[0] as string;
  delete internalKeys[text];
  return key;
}

// Folding one short token is the hot path of every module: a cache keyed by the token's surface
// form avoids re-running Unicode normalisation for the few thousand distinct words of a corpus.
// (A plain ASCII word lowered outside the cache cost more: each answer was a new string, whose
// hash every table it was then looked up in worked out again.)
const foldCache = new Map<string, string>();
export function foldWord(word: string): string {
  let folded = foldCache.get(word);
  if (folded === undefined) {
    // "à" stays apart from "a": the French preposition must not read as the verb avoir.
    folded = word === 'à' || word === 'À' ? 'à' : fold(word);
    if (foldCache.size > 50_000) foldCache.clear();
    foldCache.set(word, folded);
  }
  return folded;
}

/**
 * `work`'s answers kept per owner (a lexicon, a format) and string key, each worked out on first
 * ask: for answers that depend on the key and the owner only, which never changes. A table past
 * 50,000 keys starts afresh (a long-running process meets new words forever).
 */
export function keptAnswers<O extends object, V>(work: (key: string, owner: O) => V): (key: string, owner: O) => V {
  const tables = new WeakMap<O, Map<string, V>>();
  return (key, owner) => {
    let table = tables.get(owner);
    if (table === undefined) {
      table = new Map();
      tables.set(owner, table);
    }
    let value = table.get(key);
    if (value === undefined) {
      value = work(key, owner);
      if (table.size > 50_000) table.clear();
      table.set(key, value);
    }
    return value;
  };
}

/** An id-safe slug: "Kim Jong-un" and "Kim Jong Un" both give "kim-jong-un" (the one slug function, src/text/slug.ts). */
export function slug(text: string, maxLength = 80): string {
  // Kept like foldWord's answers: an article's actors are slugged once each, and a corpus names the same people again and again.
  const key = maxLength === 80 ? text : `${maxLength}\u0000${text}`;
  let id = slugCache.get(key);
  if (id === undefined) {
    id = slugify(text, { maxLength });
    if (slugCache.size > 50_000) slugCache.clear();
    slugCache.set(key, id);
  }
  return id;
}
const slugCache = new Map<string, string>();

/** True when every letter of the word is upper case and it has at least two letters ("ONU", "U.S."). */
export function isAcronym(word: string): boolean {
  const letters = word.replace(/[^\p{L}]/gu, '');
  return letters.length >= 2 && letters === letters.toUpperCase() && letters !== letters.toLowerCase();
}

/** Collapses runs of white space (including no-break spaces) to one plain space. */
export function squash(text: string): string {
  return text.replace(SPACES, ' ').trim();
}

/** Upper-cases the first letter. */
export function capitaliseFirst(text: string): string {
  return text ? text.charAt(0).toUpperCase() + text.slice(1) : text;
}

/**
 * A test for a token's text being one of `marks` (characters of one code unit each), shaped like
 * a regular expression's `test`: asked at nearly every token, a string search costs less.
 */
export function oneOf(marks: string): { test(text: string): boolean } {
  return { test: (text) => text.length === 1 && marks.includes(text) };
}

/**
 * A class of characters told by UTF-16 code unit, each unit tested against `pattern` (one
 * character, anchored) the first time it is met and remembered in a table of all 65,536: the
 * scans that ask at every character (the tokenizer, language detection) then read one byte. A
 * surrogate is never in the class alone; a caller tests a pair as the character it makes.
 */
export class CodeUnitClass {
  // 1 in the class, 2 not, 0 not asked yet.
  private readonly known = new Uint8Array(0x10000);

  constructor(private readonly pattern: RegExp) {}

  has(code: number): boolean {
    // The first meeting of a code unit is apart, so that this test stays small enough to inline.
    const known = this.known[code];
    return known === 1 || (known === 0 && this.learn(code));
  }

  private learn(code: number): boolean {
    const known = code < 0xd800 || code > 0xdfff ? (this.pattern.test(String.fromCharCode(code)) ? 1 : 2) : 2;
    this.known[code] = known;
    return known === 1;
  }
}

/** White space as \s matches it, by code unit (every such character is one). */
const WHITE_SPACE_UNITS = new CodeUnitClass(/^\s$/u);

/** Whether a UTF-16 code unit is white space as \s reads it: ASCII by hand, the rest by its table. The tokenizer and the sentence splitter ask at the edges of every token and sentence. */
export function isWhiteSpaceUnit(code: number): boolean {
  return code < 0x80 ? code === 32 || (code >= 9 && code <= 13) : WHITE_SPACE_UNITS.has(code);
}
