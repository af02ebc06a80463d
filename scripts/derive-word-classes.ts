/**
 * Derives the word-class lexicons in src/data/word-classes/ from well-kept packages (run by hand
 * after a package update: `node bin/run.js scripts/derive-word-classes.ts`; the output is
 * committed, so no package is read at run time):
 *
 * - en.json from wink-eng-lite-web-model 1.8.1 (MIT, © GRAYPE Systems): the part-of-speech classes
 *   each word of its lexicon can take. The model is read through its internal packed layout, so
 *   the version is pinned in package.json.
 * - fr.json from lefff-helper 4.2.6 (code Apache-2.0; data derived from the Lefff, LGPL-LR,
 *   © Benoît Sagot / INRIA): its noun and adjective forms. fr.LICENSE beside the output is the
 *   LGPL-LR text the data comes with.
 * - es.json from dictionary-es 4.0.0 (the rla-es Spanish Hunspell dictionary, GPL-3.0, LGPL-3.0 or
 *   MPL-1.1 at the licensee's choice; used under the MPL-1.1): what its affix flags tell of each
 *   stem (a conjugation, a participle, a derived noun, an adverb in « -mente » made from it). Stems
 *   whose flags tell nothing are left out, and so are verb forms news prose does not use.
 *   es.LICENSE is the dictionary's licence notice; es.MPL-1.1.txt is the licence text.
 *
 * `node bin/run.js scripts/derive-word-classes.ts es` rebuilds one language.
 *
 * Output: `{ about, source, licence, classes: { "NOUN": "form form …", "ADJ": "…", … } }`, forms
 * folded the way tokens are (lower case, no accents), a form listed under every class it can
 * take. Forms with spaces or digits are dropped: tokens never hold them.
 */
import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { fold } from '../src/extract/text.ts';
import { type Affixes, expand, readAffixes, readStems, type Stem } from './data/hunspell.ts';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const out = join(root, 'src/data/word-classes');
const require = createRequire(import.meta.url);

/** Classes kept: what rules ask about ("is the word after a number an adjective or a noun?"). */
const KEPT = new Set(['NOUN', 'ADJ', 'VERB', 'ADV', 'ADP', 'DET', 'PRON', 'NUM', 'AUX', 'CCONJ', 'SCONJ', 'PART']);
const FORM = /^[\p{Ll}][\p{Ll}'’-]*$/u;

function write(lang: string, classes: Map<string, Set<string>>, about: string, source: string, licence: string): void {
  const grouped: Record<string, string> = {};
  let forms = 0;
  for (const [name, set] of [...classes].sort(([a], [b]) => a.localeCompare(b))) {
    grouped[name] = [...set].sort().join(' ');
    forms += set.size;
  }
  writeFileSync(join(out, `${lang}.json`), `${JSON.stringify({ about, source, licence, classes: grouped })}\n`);
  console.log(`${lang}.json: ${forms} class entries`);
}

function add(classes: Map<string, Set<string>>, name: string, form: string): void {
  const folded = fold(form);
  if (!FORM.test(folded)) return;
  let set = classes.get(name);
  if (!set) classes.set(name, (set = new Set()));
  set.add(folded);
}

function english(): void {
  const model = require('wink-eng-lite-web-model/dist/read-core-model.js')() as {
    lexicon: Uint32Array;
    packing: { layout: Record<string, [number, number, number]>; size: number };
    features: { lexeme: { list: string[] }; posClusters: { list: Array<Iterable<number>> } };
    pos: { list: string[] };
  };
  const [word, mask, shift] = model.packing.layout.lexemeCID as [number, number, number];
  const classes = new Map<string, Set<string>>();
  const lexemes = model.features.lexeme.list;
  for (let i = 0; i < lexemes.length; i++) {
    const cluster = ((model.lexicon[i * model.packing.size + word] as number) & mask) >>> shift;
    for (const p of model.features.posClusters.list[cluster] ?? []) {
      const name = model.pos.list[p] ?? '';
      if (KEPT.has(name)) add(classes, name, lexemes[i] as string);
    }
  }
  write('en', classes, 'English word classes: the parts of speech each word can take (Universal POS names), folded.', 'wink-eng-lite-web-model 1.8.1, derived by scripts/derive-word-classes.ts', 'MIT, (c) GRAYPE Systems Private Limited');
}

function french(): void {
  const base = dirname(require.resolve('lefff-helper/package.json'));
  const nouns = require(join(base, 'resources_pub/nouns.json')) as Record<string, string>;
  const adjectives = require(join(base, 'resources_pub/adjectives.json')) as Record<string, unknown>;
  const participles = require(join(base, 'resources_pub/pastParticiples.json')) as Record<string, string>;
  const classes = new Map<string, Set<string>>();
  for (const form of Object.keys(nouns)) add(classes, 'NOUN', form);
  for (const form of Object.keys(adjectives)) add(classes, 'ADJ', form);
  // Past participles (masculine singular in the source) with their regular feminine and plurals.
  for (const p of Object.values(participles)) {
    for (const form of [p, `${p}e`, `${p}s`, `${p}es`]) add(classes, 'PARTICIPLE', form);
  }
  write(
    'fr',
    classes,
    'French word classes: noun and adjective forms, past participles (PARTICIPLE), folded.',
    'lefff-helper 4.2.6 (data derived from the Lefff 3.4), derived by scripts/derive-word-classes.ts',
    'LGPL-LR (Lesser General Public License for Linguistic Resources), (c) Benoît Sagot / INRIA; see fr.LICENSE',
  );
  copyFileSync(join(base, 'resources_pub/LICENSE'), join(out, 'fr.LICENSE'));
}

/**
 * What the suffix flags of the Spanish dictionary (rla-es, in dictionary-es) make, read from its
 * .aff: it tags no part of speech, but its flags conjugate verbs or derive nouns and adjectives.
 */
const ES_FLAGS = {
  /** Conjugations (first, second, irregular groups); every flag outside A–Z adds a pronoun to a verb form (« dámelo »). */
  verb: /^[REIX]$|^[^A-Z]$/u,
  conjugation: /^[REIX]$/u,
  participle: 'D',
  /** « -ción », « -dura », « -aje », « -cia », « -azo », « -bilidad », « -idad », « -ería », « -ez », « -ismo », « -miento », « -ión ». */
  noun: 'ABCFHJKLMOPQ',
  /** « -ble » from a verb. */
  adjective: 'T',
  /** Flags that make nouns of adjectives (« -idad », « -bilidad », « -ez »): their stem is an adjective. */
  adjectiveStem: 'JKM',
  /** « -ería » and « -azo » are made from nouns. */
  nounStem: 'HL',
};

/** Endings only nouns take in Spanish: « -ción », « -sión », « -dad », « -tad », « -tud », « -umbre », « -ura », « -ncia », « -ía », « -ismo », « -miento », « -aje ». */
const ES_NOUN_SUFFIX = /(?:ción|sión|dad|tad|tud|umbre|ura|ncia|ía|ismo|miento|aje)$/u;

/** Whether the Spanish stem conjugates: one of its suffix flags is a verb's. */
function spanishVerb(affixes: Affixes, stem: Stem): boolean {
  return [...stem.flags].some((flag) => affixes.get(flag)?.prefix === false && ES_FLAGS.verb.test(flag));
}

/**
 * Whether a verb form is one news prose uses; the others are left out to keep the file small
 * (a form left out is unknown to the rules, which then read its ending, as before this data):
 * forms with pronouns attached (« dámelo »), the second persons (« hablas », « hablasteis »,
 * « hablad »), and the future subjunctive, built on
 * the preterite's third person plural (« hablaren » beside « hablaron »).
 */
function spanishNewsForm(form: string, via: string, ownForms: ReadonlySet<string>): boolean {
  if (!ES_FLAGS.conjugation.test(via)) return false;
  // Second persons: plural « -áis », « -éis », « -steis », « -ad »; singular « -as », « -es », « -ás », « -ste».
  if (/(?:is|d|ste|[aeáé]s)$/u.test(form)) return false;
  const future = /r(?:e|es|en|emos|éremos)$/u.exec(form);
  return !(future && ownForms.has(`${form.slice(0, future.index)}ron`));
}

function spanish(): void {
  // The package exports only its ESM entry, which sits beside the .aff and .dic.
  const base = dirname(fileURLToPath(import.meta.resolve('dictionary-es')));
  const affixes = readAffixes(readFileSync(join(base, 'index.aff'), 'utf8'));
  // Capitalised stems are names and acronyms: no word class.
  const stems = readStems(readFileSync(join(base, 'index.dic'), 'utf8')).filter((s) => /^\p{Ll}/u.test(s.word));
  const expanded = stems.map((stem) => ({ stem, forms: expand(affixes, stem) }));
  // An adverb in « -mente » is made from an adjective's feminine or only form (« rápidamente »,
  // « fuertemente »): the dictionary lists the adverbs, so they tell which stems are adjectives.
  const adverbs = new Set(stems.filter((s) => !s.flags && s.word.endsWith('mente')).map((s) => fold(s.word)));
  const classes = new Map<string, Set<string>>();
  // Forms of a word whose class the flags do not tell: a bare entry (« para », « entre »), or a
  // stem that only takes plurals and genders (« forestal », « tumbo »).
  const unknown = new Set<string>();
  for (const { stem, forms } of expanded) {
    if (!stem.flags) {
      if (adverbs.has(fold(stem.word)) && stem.word.length > 6) add(classes, 'ADV', stem.word);
      else unknown.add(fold(stem.word));
      continue;
    }
    const verb = spanishVerb(affixes, stem);
    const flagged = (set: string): boolean => [...stem.flags].some((flag) => set.includes(flag));
    const singular = forms.filter((f) => (f.via === '' || f.via === 'G') && !f.form.endsWith('s')).map((f) => fold(f.form));
    const adjective = !verb && (flagged(ES_FLAGS.adjectiveStem) || singular.some((f) => adverbs.has(`${f}mente`)));
    // An adjective in « -o » has a feminine: a stem in « -o » that takes a plural and no gender
    // (« objetivo/S » beside the adjective « objetivo/GS ») is a noun.
    const masculineOnly = stem.word.endsWith('o') && flagged('S') && !flagged('G');
    // A stem that takes a plural and no gender, in a noun's own suffix (« cultura », « juventud »,
    // « educación », « economía », « turismo »): a noun; adjectives in those endings either take a
    // gender (« pura/GS ») or make an adverb (« -mente »), read above.
    const suffixNoun = flagged('S') && !flagged('G') && !adjective && ES_NOUN_SUFFIX.test(stem.word);
    const noun = !verb && (flagged(ES_FLAGS.nounStem) || masculineOnly || suffixNoun);
    const own = [...(noun ? ['NOUN'] : []), ...(adjective ? ['ADJ'] : [])];
    const ownForms = new Set(forms.map((f) => f.form));
    for (const { form, via } of forms) {
      let names = own;
      if (via === '') {
        if (verb && form === stem.word) names = ['VERB'];
      } else if (ES_FLAGS.verb.test(via)) {
        if (!spanishNewsForm(form, via, ownForms)) continue;
        names = ['VERB'];
      } else if (via === ES_FLAGS.participle) names = ['PARTICIPLE'];
      else if (ES_FLAGS.noun.includes(via)) names = ['NOUN'];
      else if (ES_FLAGS.adjective.includes(via)) names = ['ADJ'];
      if (names.length === 0) unknown.add(fold(form));
      for (const name of names) add(classes, name, form);
    }
  }
  // A form that is also a word of unknown class (« para » of « parar », the bare « pago » beside
  // « pagó » folded): the classes found would mislead a rule that asks "a verb and no noun?" or "a
  // noun?", so the form is left out, as if the dictionary lacked it. A participle stays: a stem of
  // its own that only takes genders and plurals (« herido/GS ») is the participle as an adjective.
  const participles = classes.get('PARTICIPLE') ?? new Set<string>();
  for (const form of unknown) if (!participles.has(form)) for (const set of classes.values()) set.delete(form);
  write(
    'es',
    classes,
    'Spanish word classes: verb forms, past participles (PARTICIPLE), nouns and adjectives as the flags of a spelling dictionary tell them, adverbs in -mente; folded.',
    'dictionary-es 4.0.0 (the rla-es Spanish Hunspell dictionary, version 2.8), derived by scripts/derive-word-classes.ts',
    "MPL-1.1 (the dictionary is GPL-3.0, LGPL-3.0 or MPL-1.1, at the licensee's choice), (c) Santiago Bosio and the rla-es contributors; see es.LICENSE and es.MPL-1.1.txt",
  );
  copyFileSync(join(base, 'license'), join(out, 'es.LICENSE'));
}

const only = process.argv[2];
if (!only || only === 'en') english();
if (!only || only === 'fr') french();
if (!only || only === 'es') spanish();
