/**
 * Word classes from a well-kept lexicon (src/data/word-classes/xx.json, derived by
 * scripts/derive-word-classes.ts): which parts of speech a folded word form can take. Rules ask
 * "can this word be a noun? an adjective?" instead of keeping hand lists; a form is often both
 * ("jeunes", "wounded"), so rules still look at the next word.
 *
 * The files are large (1–2 MB), so a language's file is read once, on first use, into a Map of
 * bit masks: code paths and languages that never ask pay nothing.
 */
import { createRequire } from 'node:module';

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
const loaded = new Map<string, Map<string, number>>();

/** Languages with a word-class file; others have no word classes (every word is unknown). */
const FILES: Record<string, string> = { en: '../data/word-classes/en.json', fr: '../data/word-classes/fr.json' };

function table(lang: string): Map<string, number> {
  let map = loaded.get(lang);
  if (map) return map;
  map = new Map();
  const file = FILES[lang];
  if (file) {
    const data = require(file) as WordClassFile;
    for (const [name, forms] of Object.entries(data.classes)) {
      const bit = BITS[name] ?? 0;
      if (!bit) continue;
      for (const form of forms.split(' ')) map.set(form, (map.get(form) ?? 0) | bit);
    }
  }
  loaded.set(lang, map);
  return map;
}

/** The classes a folded word form can take in `lang`, as a bit mask; 0 when the lexicon does not know it. */
export function wordClassesOf(lang: string, folded: string): number {
  return table(lang).get(folded) ?? 0;
}
