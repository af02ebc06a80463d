/**
 * Evaluates extraction on the gold set: runs processArticle on every article in eval/gold/, scores
 * the records with scripts/eval/score.ts and prints precision, recall and F1 per field. When the
 * shared scorer (../shared/tools/score.mjs) exists, it is run on the same records too, so the two
 * can be compared. Usage: npm run eval [-- --verbose] [-- --set holdout]
 * `--set holdout` scores eval/holdout/, the held-out set: it measures how extraction does on news
 * its rules were not written against, so it is never used to tune them.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { processArticle } from '../src/article/process.ts';
import type { ArticleRecord } from '../src/record/types.ts';
import { f1, scoreArticle, type Gold, type Score } from './eval/score.ts';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const setIndex = process.argv.indexOf('--set');
const set = setIndex >= 0 ? (process.argv[setIndex + 1] ?? 'gold') : 'gold';
if (!/^[a-z0-9-]+$/.test(set)) throw new Error(`--set takes a folder name under eval/, got "${set}"`);
const goldDir = join(root, 'eval', set);
const verbose = process.argv.includes('--verbose');

const goldFiles = existsSync(goldDir) ? readdirSync(goldDir).filter((f) => f.endsWith('.expected.json')).sort() : [];
if (goldFiles.length === 0) {
  console.log(`No gold files in ${goldDir}`);
  process.exit(0);
}

const score: Score = { fields: {}, rates: {}, errors: [] };
const records: ArticleRecord[] = [];
for (const goldFile of goldFiles) {
  const gold = JSON.parse(readFileSync(join(goldDir, goldFile), 'utf8')) as Gold;
  const articlePath = join(goldDir, gold.file);
  let record: ArticleRecord | null = null;
  if (existsSync(articlePath)) {
    record = processArticle(readFileSync(articlePath), gold.file).article?.record ?? null;
    if (record) records.push(record);
  }
  const before = score.errors.length;
  scoreArticle(record, gold, score);
  if (verbose && score.errors.length > before) console.log(`# ${gold.file}\n  ${score.errors.slice(before).join('\n  ')}`);
}

console.log(`\n${goldFiles.length} gold articles\n`);
console.log('field          precision  recall     F1   (tp/fp/fn)');
for (const [field, counts] of Object.entries(score.fields)) {
  const { p, r, f } = f1(counts);
  console.log(`${field.padEnd(14)} ${p.toFixed(3).padStart(9)} ${r.toFixed(3).padStart(7)} ${f.toFixed(3).padStart(6)}   (${counts.tp}/${counts.fp}/${counts.fn})`);
}
const people = score.fields.people ?? { tp: 0, fp: 0, fn: 0 };
const orgs = score.fields.organizations ?? { tp: 0, fp: 0, fn: 0 };
const actors = f1({ tp: people.tp + orgs.tp, fp: people.fp + orgs.fp, fn: people.fn + orgs.fn });
console.log(`${'actors'.padEnd(14)} ${actors.p.toFixed(3).padStart(9)} ${actors.r.toFixed(3).padStart(7)} ${actors.f.toFixed(3).padStart(6)}`);
console.log(
  Object.entries(score.rates)
    .map(([k, [ok, n]]) => `${k} ${ok}/${n}`)
    .join('  '),
);

const shared = resolve(root, '../shared/tools/score.mjs');
if (existsSync(shared)) {
  const dir = mkdtempSync(join(tmpdir(), 'newsdigest-eval-'));
  const out = join(dir, 'records.json');
  writeFileSync(out, JSON.stringify(records));
  const args = [shared, out, ...goldFiles.map((f) => join(goldDir, f))];
  console.log('\nshared scorer (../shared/tools/score.mjs):');
  console.log(execFileSync(process.execPath, args, { encoding: 'utf8' }).trimEnd());
}
