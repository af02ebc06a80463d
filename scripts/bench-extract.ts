/**
 * Extraction speed: articles per second on one core, median of 5 rounds.
 * Articles come from eval/gold/ and articles/ (read and parsed once, outside the timing); each is
 * padded with paragraphs of other articles in the same language to 3–5 KB, the size of real news.
 * Usage: node bin/run.js scripts/bench-extract.ts [--rounds 5] [--count 2000]
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type ExtractInput, extractRecord } from '../src/extract/index.ts';
import { parseMarkdown } from '../src/parse/markdown.ts';
import { parseText } from '../src/parse/text.ts';
import { readArticle } from '../src/read/article.ts';
import { paddedToNewsSize } from './bench/news-size.ts';
import { median } from './stats.ts';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const arg = (name: string, fallback: number): number => {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? Number(process.argv[i + 1]) || fallback : fallback;
};
const rounds = arg('rounds', 5);
const count = arg('count', 2000);

function files(dir: string): string[] {
  let out: string[] = [];
  let entries: string[] = [];
  try {
    entries = readdirSync(dir);
  } catch {
    return out;
  }
  for (const name of entries) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) out = out.concat(files(path));
    else if (/\.(md|txt)$/i.test(name)) out.push(path);
  }
  return out;
}

const inputs: ExtractInput[] = [];
for (const file of [...files(join(root, 'eval/gold')), ...files(join(root, 'articles'))]) {
  const { article } = readArticle(readFileSync(file), { path: relative(root, file) });
  if (!article) continue;
  const parsed = article.format === 'text' ? parseText(article.body, article.bodyLine) : parseMarkdown(article.body, article.bodyLine);
  inputs.push({ id: article.id, path: article.path, format: article.format, meta: article.meta, title: parsed.title, blocks: parsed.blocks, trailer: article.trailer });
}
if (inputs.length === 0) {
  console.log('No articles found in eval/gold/ or articles/');
  process.exit(1);
}

// Padded to 3–5 KB with paragraphs of others in the same language (scripts/bench/news-size.ts).
const size = (input: ExtractInput): number => input.blocks.reduce((n, b) => n + b.text.length, 0);
const corpus = paddedToNewsSize(inputs);
const sizes = corpus.map(size);
console.log(`${corpus.length} distinct articles, ${Math.min(...sizes)}–${Math.max(...sizes)} characters (mean ${Math.round(sizes.reduce((a, b) => a + b, 0) / sizes.length)})`);

for (const input of corpus) extractRecord(input); // warm-up: module-level tables, JIT
// Wall time says what a user waits for; CPU time of this thread says what the code costs when
// other processes share the cores (it stays put on a busy machine, wall time does not).
const rates: number[] = [];
const cpuRates: number[] = [];
for (let r = 0; r < rounds; r++) {
  const started = performance.now();
  const cpu = process.cpuUsage();
  for (let i = 0; i < count; i++) extractRecord(corpus[i % corpus.length] as ExtractInput);
  const seconds = (performance.now() - started) / 1000;
  const used = process.cpuUsage(cpu);
  const cpuSeconds = (used.user + used.system) / 1e6;
  rates.push(count / seconds);
  cpuRates.push(count / cpuSeconds);
  console.log(`round ${r + 1}: ${(count / seconds).toFixed(0)} articles/s (${(count / cpuSeconds).toFixed(0)} per CPU-second)`);
}
console.log(`median: ${median(rates).toFixed(0)} articles/s, ${median(cpuRates).toFixed(0)} per CPU-second (extraction only, one core)`);
