/**
 * Two versions of the extraction compared on one core, in one process: this checkout's compiled
 * code (dist/) and another checkout's (its dist/, made by `node scripts/compile.mjs` there),
 * each extracting the corpus of scripts/bench-extract.ts one pass at a time in alternation, the
 * CPU time of each pass added to its version's total. On a machine whose speed drifts from
 * minute to minute (a shared host), single runs' medians cannot tell a change of a few per cent;
 * passes side by side share the drift.
 * Usage: node bin/run.js scripts/bench-extract-ab.ts OTHER_CHECKOUT [--seconds 90]
 */
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type CompiledExtraction, loadCompiledExtraction } from './bench/compiled-extraction.ts';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const other = process.argv[2];
const at = process.argv.indexOf('--seconds');
const seconds = at >= 0 ? Number(process.argv[at + 1]) || 90 : 90;
if (!other || other.startsWith('--')) {
  console.error('usage: node bin/run.js scripts/bench-extract-ab.ts OTHER_CHECKOUT [--seconds 90]');
  process.exit(2);
}

interface Version extends CompiledExtraction {
  name: string;
  cpu: number;
  articles: number;
}

/** A checkout's compiled extraction, over the same files for both versions: this checkout's sample articles and gold set. */
async function load(checkout: string): Promise<Version> {
  return { name: checkout, ...(await loadCompiledExtraction(checkout, root)), cpu: 0, articles: 0 };
}

const versions = [await load(resolve(other)), await load(root)];
// Warm both up before measuring: the first passes compile and grow the heap.
for (let pass = 0; pass < 10; pass++) for (const v of versions) for (const input of v.corpus) v.extract(input);
const start = performance.now();
for (let pass = 0; performance.now() - start < seconds * 1000; pass++) {
  for (const v of pass % 2 === 0 ? versions : [...versions].reverse()) {
    const before = process.cpuUsage();
    for (const input of v.corpus) v.extract(input);
    const used = process.cpuUsage(before);
    v.cpu += (used.user + used.system) / 1e6;
    v.articles += v.corpus.length;
  }
}
const [old, current] = versions as [Version, Version];
const rate = (v: Version): number => v.articles / v.cpu;
for (const v of versions) console.log(`${v.name}: ${rate(v).toFixed(1)} articles per CPU-second (${v.articles} articles)`);
console.log(`this checkout / other: ${(rate(current) / rate(old)).toFixed(3)}`);
