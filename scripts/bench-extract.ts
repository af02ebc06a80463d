/**
 * Extraction speed: articles per second on one core, median of 5 rounds of 2,000 after a round of
 * warm-up.
 * Articles come from eval/gold/ and articles/ (read and parsed once, outside the timing); each is
 * padded with paragraphs of other articles in the same language to 3–5 KB, the size of real news.
 * What runs is the compiled code in dist/, the code `newsdigest` runs (compiled first, here): this
 * script itself runs through tsx, whose transform names every function it makes (esbuild's
 * keepNames), a cost on each closure that the shipped code does not pay (the extraction ran about
 * 1.13× slower through it on 2026-12-06, scripts/bench-extract-ab.ts's way of measuring).
 * Usage: node bin/run.js scripts/bench-extract.ts [--rounds 5] [--count 2000] [--compiled: dist/ is current]
 */
import { spawnSync } from 'node:child_process';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type CorpusInput, loadCompiledExtraction } from './bench/compiled-extraction.ts';
import { median } from './stats.ts';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const arg = (name: string, fallback: number): number => {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? Number(process.argv[i + 1]) || fallback : fallback;
};
const rounds = arg('rounds', 5);
const count = arg('count', 2000);

// (`npm run bench` compiled this checkout already, and says so.)
if (!process.argv.includes('--compiled')) {
  const compiled = spawnSync(process.execPath, [join(root, 'scripts/compile.mjs')], { stdio: 'inherit' });
  if (compiled.status !== 0) process.exit(compiled.status ?? 1);
}
const { extract: extractRecord, corpus } = await loadCompiledExtraction(root, root);
if (corpus.length === 0) {
  console.log('No articles found in eval/gold/ or articles/');
  process.exit(1);
}
// Padded to 3–5 KB with paragraphs of others in the same language (scripts/bench/news-size.ts).
const size = (input: CorpusInput): number => input.blocks.reduce((n, b) => n + b.text.length, 0);
const sizes = corpus.map(size);
console.log(`${corpus.length} distinct articles, ${Math.min(...sizes)}–${Math.max(...sizes)} characters (mean ${Math.round(sizes.reduce((a, b) => a + b, 0) / sizes.length)})`);

// Warm-up: one whole round, not measured. V8 compiles the extraction's hundreds of functions to
// optimised code only as they grow hot; after one pass over the corpus the next 2,000 articles
// still ran at half the speed of the ones after them (2026-12-06).
const warmUp = timedRound();
console.log(`warm-up: ${warmUp.rate.toFixed(0)} articles/s (${warmUp.cpuRate.toFixed(0)} per CPU-second), not counted`);
// Wall time says what a user waits for; CPU time of this thread says what the code costs when
// other processes share the cores (it stays put on a busy machine, wall time does not).
// Neither stays put on a shared virtual machine: here one run's rounds all ran at 290 per
// CPU-second and the next run's at 480 (2026-12-06), the code and the machine's load the same.
// Compare versions in one process (bench-extract-ab.ts), not run against run.
const rates: number[] = [];
const cpuRates: number[] = [];
for (let r = 0; r < rounds; r++) {
  const { rate, cpuRate } = timedRound();
  rates.push(rate);
  cpuRates.push(cpuRate);
  console.log(`round ${r + 1}: ${rate.toFixed(0)} articles/s (${cpuRate.toFixed(0)} per CPU-second)`);
}
console.log(`median: ${median(rates).toFixed(0)} articles/s, ${median(cpuRates).toFixed(0)} per CPU-second (extraction only, one core)`);

function timedRound(): { rate: number; cpuRate: number } {
  const started = performance.now();
  const cpu = process.cpuUsage();
  for (let i = 0; i < count; i++) extractRecord(corpus[i % corpus.length] as CorpusInput);
  const seconds = (performance.now() - started) / 1000;
  const used = process.cpuUsage(cpu);
  return { rate: count / seconds, cpuRate: count / ((used.user + used.system) / 1e6) };
}
