/**
 * Evaluates extraction against gold records.
 *
 *   npm run eval                      every set side by side (one column per set)
 *   npm run eval -- --set gold        one set in detail: precision, recall, F1 per field
 *   npm run eval -- --set real --verbose   … and every miss, article by article
 *
 * Sets: the folders of eval/ (gold, holdout … holdout4: our own hand-written articles, gold files
 * `NAME.expected.json` beside them) and the real-news sets beside the checkout (`real` =
 * ../shared/realnews, `real-es` = ../shared/realnews-es: articles/ and gold/NAME.gold.json),
 * skipped with a message when absent. Records come from processArticle, as `newsdigest extract`
 * makes them. Scores come from the shared scorer (../shared/tools/score.mjs) when it is there,
 * else from our own (scripts/eval/score.ts), which follows the same matching rules.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { processArticle } from '../src/article/process.ts';
import type { ArticleRecord } from '../src/record/types.ts';
import { f1, type Gold, type Score, scoreArticle } from './eval/score.ts';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const sharedScorer = resolve(root, '../shared/tools/score.mjs');
const verbose = process.argv.includes('--verbose');
const setIndex = process.argv.indexOf('--set');
const chosen = setIndex >= 0 ? process.argv[setIndex + 1] : undefined;

interface EvalSet {
  name: string;
  /** Folder of the articles. */
  articles: string;
  /** Gold files, with the article file each one scores. */
  golds: Array<{ path: string; gold: Gold }>;
}

const REAL: Record<string, string> = { real: '../shared/realnews', 'real-es': '../shared/realnews-es' };

function loadSet(name: string): EvalSet | string {
  if (!/^[a-z0-9-]+$/.test(name)) return `--set takes a set name (a folder of eval/, or ${Object.keys(REAL).join(', ')}), got "${name}"`;
  const real = REAL[name];
  const base = real ? resolve(root, real) : join(root, 'eval', name);
  const goldDir = real ? join(base, 'gold') : base;
  const suffix = real ? '.gold.json' : '.expected.json';
  if (!existsSync(goldDir)) return real ? `${name}: ${real} is not beside this checkout; skipped` : `${name}: no folder eval/${name}`;
  const golds = readdirSync(goldDir)
    .filter((f) => f.endsWith(suffix))
    .sort()
    .map((f) => ({ path: join(goldDir, f), gold: JSON.parse(readFileSync(join(goldDir, f), 'utf8')) as Gold }));
  if (golds.length === 0) return `${name}: no gold files in ${goldDir}`;
  return { name, articles: real ? join(base, 'articles') : base, golds };
}

function recordsOf(set: EvalSet): Array<ArticleRecord | null> {
  return set.golds.map(({ gold }) => {
    const path = join(set.articles, gold.file);
    return existsSync(path) ? (processArticle(readFileSync(path), gold.file).article?.record ?? null) : null;
  });
}

/** The shared scorer's output for these records, or null when it is not beside the checkout. */
function sharedScore(set: EvalSet, records: Array<ArticleRecord | null>, extra: string[] = []): string | null {
  if (!existsSync(sharedScorer)) return null;
  const out = join(mkdtempSync(join(tmpdir(), 'newsdigest-eval-')), 'records.json');
  writeFileSync(out, JSON.stringify(records.filter((r) => r !== null)));
  return execFileSync(process.execPath, [sharedScorer, out, ...set.golds.map((g) => g.path), ...extra], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 }).trimEnd();
}

/** Field → value lines of the shared scorer ("figures F1=0.911", "language 40/40", "v2: …"). */
function parseShared(text: string): Map<string, string> {
  const values = new Map<string, string>();
  for (const line of text.split('\n')) {
    const field = /^(\w+)\s+P=[\d.]+ R=[\d.]+ F1=([\d.]+)/.exec(line);
    if (field?.[1] && field[2]) values.set(field[1], field[2]);
    for (const [, key, ok, n] of line.matchAll(/(\w+) (\d+)\/(\d+)/g)) if (key && !line.startsWith('v2')) values.set(key, `${ok}/${n}`);
    for (const [, key, value] of line.matchAll(/(figureCounts|cleanClaims)=([\d.]+)/g)) if (key && value) values.set(key, value);
    for (const [, key, value] of line.matchAll(/(figureDetails|sourceTypes|min)=([\d.]+)/g)) if (key && value && line.startsWith('score:')) values.set(key, value);
  }
  return values;
}

function ownScore(set: EvalSet, records: Array<ArticleRecord | null>): Score {
  const score: Score = { fields: {}, rates: {}, errors: [] };
  set.golds.forEach(({ gold }, i) => {
    const before = score.errors.length;
    scoreArticle(records[i] ?? null, gold, score);
    if (verbose && score.errors.length > before) console.log(`# ${gold.file}\n  ${score.errors.slice(before).join('\n  ')}`);
  });
  return score;
}

function printOwn(score: Score, count: number): void {
  console.log(`\n${count} articles\n`);
  console.log('field          precision  recall     F1   (tp/fp/fn)');
  for (const [field, counts] of Object.entries(score.fields)) {
    const { p, r, f } = f1(counts);
    console.log(`${field.padEnd(14)} ${p.toFixed(3).padStart(9)} ${r.toFixed(3).padStart(7)} ${f.toFixed(3).padStart(6)}   (${counts.tp}/${counts.fp}/${counts.fn})`);
  }
  console.log(
    Object.entries(score.rates)
      .map(([k, [ok, n]]) => `${k} ${ok}/${n}`)
      .join('  '),
  );
}

if (chosen !== undefined) {
  const set = loadSet(chosen);
  if (typeof set === 'string') {
    console.log(set);
    process.exit(0);
  }
  const records = recordsOf(set);
  const shared = sharedScore(set, records, verbose ? ['--verbose'] : []);
  if (shared !== null) {
    console.log(`${set.golds.length} articles, shared scorer (../shared/tools/score.mjs):\n`);
    console.log(shared);
  } else printOwn(ownScore(set, records), set.golds.length);
} else {
  // Every set side by side.
  const names = [
    ...readdirSync(join(root, 'eval'))
      .filter((d) => existsSync(join(root, 'eval', d)) && !d.includes('.'))
      .sort(),
    ...Object.keys(REAL),
  ];
  const columns: Array<{ name: string; values: Map<string, string> }> = [];
  for (const name of names) {
    const set = loadSet(name);
    if (typeof set === 'string') {
      console.log(set);
      continue;
    }
    const records = recordsOf(set);
    const shared = sharedScore(set, records);
    let values: Map<string, string>;
    if (shared !== null) values = parseShared(shared);
    else {
      const score = ownScore(set, records);
      values = new Map(Object.entries(score.fields).map(([field, counts]) => [field, f1(counts).f.toFixed(3)]));
      for (const [k, [ok, n]] of Object.entries(score.rates)) values.set(k, `${ok}/${n}`);
    }
    values.set('articles', String(set.golds.length));
    columns.push({ name, values });
  }
  const rows = ['articles', 'countries', 'people', 'organizations', 'figures', 'attributions', 'topics', 'language', 'headline', 'publisher', 'firstTopic', 'figureDetails', 'sourceTypes', 'figureCounts', 'cleanClaims', 'min'];
  const width = Math.max(9, ...columns.map((c) => c.name.length + 1));
  console.log(`\n${'field'.padEnd(14)}${columns.map((c) => c.name.padStart(width)).join('')}`);
  for (const row of rows) {
    if (!columns.some((c) => c.values.has(row))) continue;
    console.log(`${row.padEnd(14)}${columns.map((c) => (c.values.get(row) ?? '–').padStart(width)).join('')}`);
  }
  console.log(
    `\n(F1 per field; counts are right/total. ${existsSync(sharedScorer) ? 'Scored by ../shared/tools/score.mjs.' : 'Scored by scripts/eval/score.ts (../shared is not beside this checkout).'} Details: npm run eval -- --set NAME --verbose)`,
  );
}
