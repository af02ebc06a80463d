/**
 * Derives the word-class lexicons in src/data/word-classes/ from well-kept packages (run by hand
 * after a package update: `node bin/run.js scripts/derive-word-classes.ts`; the output is
 * committed, so neither package is read at run time):
 *
 * - en.json from wink-eng-lite-web-model 1.8.1 (MIT, © GRAYPE Systems): the part-of-speech classes
 *   each word of its lexicon can take. The model is read through its internal packed layout, so
 *   the version is pinned in package.json.
 * - fr.json from lefff-helper 4.2.6 (code Apache-2.0; data derived from the Lefff, LGPL-LR,
 *   © Benoît Sagot / INRIA): its noun and adjective forms. fr.LICENSE beside the output is the
 *   LGPL-LR text the data comes with.
 *
 * Output: `{ about, source, licence, classes: { "NOUN": "form form …", "ADJ": "…", … } }`, forms
 * folded the way tokens are (lower case, no accents), a form listed under every class it can
 * take. Forms with spaces or digits are dropped: tokens never hold them.
 */
import { copyFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { fold } from '../src/extract/text.ts';

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

english();
french();
