/**
 * Derives src/data/given-names.json from the name lists of gender-detection-from-name (MIT, a
 * devDependency: the data is committed, the package is not needed at run time).
 *
 *   node bin/run.js scripts/data/given-names.ts
 *
 * A given name is evidence that a capitalised run is a person ("signed by Joachim Berg"), and its
 * gender helps resolve "she"/"elle". Names that are also function words or lexicon words of any
 * class (roles, months, reporting verbs, place and organisation words…) are left out: "Major",
 * "June", "Said" would otherwise make names of ordinary capitalised words. Names listed with both
 * genders are kept without one. src/data/given-name-corrections.json sets the gender of names the
 * source gets wrong (its French list gives many men's names as women's), and keeps names a lexicon
 * also lists where capitalised they are names (Spanish months and days: « Julio Benítez »).
 */

import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import { allLexicons } from '../../src/extract/lexicon/index.ts';
import { fold } from '../../src/extract/text.ts';

const require = createRequire(import.meta.url);
const LANGUAGES = ['en', 'fr', 'es', 'de', 'it', 'tr'];
const root = resolve(import.meta.dirname, '../..');

const genders = new Map<string, Set<string>>();
for (const lang of LANGUAGES) {
  const names = require(`gender-detection-from-name/names/${lang}.js`) as Map<string, string>;
  for (const [name, gender] of names) {
    const key = fold(name);
    if (!/^\p{L}[\p{L}'-]*\p{L}$/u.test(key)) continue;
    const set = genders.get(key) ?? new Set<string>();
    set.add(gender === 'female' ? 'f' : gender === 'male' ? 'm' : 'u');
    genders.set(key, set);
  }
}

// Genders the source gets wrong, set by hand.
const corrections = JSON.parse(readFileSync(resolve(root, 'src/data/given-name-corrections.json'), 'utf8')) as { male: string[]; female?: string[]; keep?: string[] };
for (const name of corrections.male) genders.set(name, new Set(['m']));
for (const name of corrections.female ?? []) genders.set(name, new Set(['f']));
const kept = new Set(corrections.keep ?? []);

// Every word a lexicon gives a class to: such a word is not evidence of a name.
const lexical = new Set<string>();
for (const lex of allLexicons()) {
  for (const [label, words] of lex.annotation.words) if (label !== 'first-name') for (const w of words.keys()) lexical.add(w);
  for (const table of [lex.roles, lex.participles, lex.accordingTo, lex.sourceNouns, lex.qualifiers, lex.currencies, lex.measures]) for (const w of table.firstWords()) lexical.add(w);
}

const female: string[] = [];
const male: string[] = [];
const either: string[] = [];
let dropped = 0;
for (const [name, set] of [...genders].sort(([a], [b]) => (a < b ? -1 : 1))) {
  if (name.length < 2 || (lexical.has(name) && !kept.has(name))) {
    dropped++;
    continue;
  }
  if (set.size === 1 && set.has('f')) female.push(name);
  else if (set.size === 1 && set.has('m')) male.push(name);
  else either.push(name);
}

const out = {
  about:
    'Given names with their usual gender, folded (lower case, no accents). Derived by scripts/data/given-names.ts from the name lists of gender-detection-from-name 1.11.5 (MIT, https://github.com/DavideViolante/gender-detection-from-name), languages en, fr, es, de, it, tr, with the genders of given-name-corrections.json; names that are also lexicon words (function words, roles, months, reporting verbs, place and organisation words) left out. Hand-picked names for other cultures are in first-names.json.',
  source: 'gender-detection-from-name@1.11.5',
  licence: 'MIT',
  female,
  male,
  either,
};
writeFileSync(resolve(root, 'src/data/given-names.json'), `${JSON.stringify(out, null, 0).replace(/\],"/g, '],\n"')}\n`);
console.log(`given-names.json: ${female.length} female, ${male.length} male, ${either.length} either; ${dropped} left out as lexicon words or too short`);
