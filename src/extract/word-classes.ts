/**
 * Word classes from a well-kept lexicon (src/data/word-classes/xx.json, derived by
 * scripts/derive-word-classes.ts): which parts of speech a folded word form can take. Rules ask
 * "can this word be a noun? an adjective?" instead of keeping hand lists; a form is often both
 * ("jeunes", "wounded"), so rules still look at the next word.
 *
 * The files are large (1–3.5 MB), so a language's file is read once, on first use: code paths and
 * languages that never ask pay nothing. A form a file does not list is unknown (0): rules then
 * fall back on the lexicon's endings (`adjectiveEndings`, `unknownNonNouns`).
 */
import { createRequire } from 'node:module';
import type { Lexicon } from './lexicon/index.ts';
import type { Token } from './tokens.ts';

export const NOUN = 1;
export const ADJ = 2;
export const VERB = 4;
export const ADV = 8;
/** A past participle ("tués", "blessés"), where the lexicon tells them apart from adjectives. */
export const PARTICIPLE = 16;
/** Function words: prepositions, determiners, pronouns, auxiliaries, conjunctions, numerals. */
export const FUNCTION = 32;

const BITS: Record<string, number> = { NOUN, ADJ, VERB, ADV, PARTICIPLE, ADP: FUNCTION, DET: FUNCTION, PRON: FUNCTION, AUX: FUNCTION, CCONJ: FUNCTION, SCONJ: FUNCTION, PART: FUNCTION, NUM: FUNCTION };

interface WordClassFile {
  classes: Record<string, string>;
}

const require = createRequire(import.meta.url);

/** A language's classes as their sorted, space-separated form lists, and the answers given so far. */
/** A language's word classes, opaque to callers. */
export type WordClassTable = object;

interface Table {
  lists: Array<{ bit: number; forms: string }>;
  cache: Map<string, number>;
}

const loaded = new Map<string, Table>();

/** A language's word-class file; a language without one has no word classes (every word is unknown). */
const fileOf = (lang: string): string | null => (/^[a-z]{2,3}$/u.test(lang) ? `../data/word-classes/${lang}.json` : null);

// The lists stay one long sorted string per class, searched by bisection: a Map of 170,000 forms
// would add as many objects for every garbage collection to walk, for the few thousand words a
// corpus uses; those answers are cached instead.
function table(lang: string): Table {
  let t = loaded.get(lang);
  if (t) return t;
  t = { lists: [], cache: new Map() };
  const file = fileOf(lang);
  let data: WordClassFile | null = null;
  try {
    data = file ? (require(file) as WordClassFile) : null;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'MODULE_NOT_FOUND') throw error;
  }
  if (data) {
    for (const [name, forms] of Object.entries(data.classes)) {
      const bit = BITS[name] ?? 0;
      if (bit) t.lists.push({ bit, forms });
    }
  }
  loaded.set(lang, t);
  return t;
}

/** True when `word` is one of the sorted, space-separated `forms`. */
function listed(forms: string, word: string): boolean {
  let lo = 0;
  let hi = forms.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    const start = forms.lastIndexOf(' ', mid - 1) + 1;
    let end = forms.indexOf(' ', start);
    if (end < 0) end = forms.length;
    const form = forms.slice(start, end);
    if (form === word) return true;
    if (form < word) lo = end + 1;
    else hi = start;
  }
  return false;
}

function lookup(t: Table, folded: string): number {
  let mask = t.cache.get(folded);
  if (mask === undefined) {
    mask = 0;
    for (const { bit, forms } of t.lists) if ((mask & bit) === 0 && listed(forms, folded)) mask |= bit;
    if (t.cache.size > 50_000) t.cache.clear();
    t.cache.set(folded, mask);
  }
  return mask;
}

/** The classes a folded word form can take in `lang`, as a bit mask; 0 when the lexicon does not know it. */
export function wordClassesOf(lang: string, folded: string): number {
  return lookup(table(lang), folded);
}

/** The word classes of `lang`, for a caller that asks many times (with `classesIn`). */
export function wordClassTable(lang: string): WordClassTable {
  return table(lang);
}

/** The classes of a folded form in a table from `wordClassTable`. */
export function classesIn(t: WordClassTable, folded: string): number {
  return lookup(t as Table, folded);
}

/**
 * Whether a word's ending as written says verb (lexicon `unknownNonNouns`, for words the word-class
 * data may not know: « abrió », « -aron »). Tested on the text, not the folded form: folding drops
 * the accent that tells « abrió » from an adjective's « -io ».
 */
export function writtenAsVerb(t: Token, lex: Lexicon): boolean {
  return lex.unknownNonNouns?.test(t.text.toLowerCase()) === true;
}
