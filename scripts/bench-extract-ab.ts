/**
 * Two versions of the extraction compared on one core, in one process: this checkout's compiled
 * code (dist/) and another checkout's (its dist/, made by `node scripts/compile.mjs` there),
 * each extracting the corpus of scripts/bench-extract.ts one pass at a time in alternation, the
 * CPU time of each pass added to its version's total. On a machine whose speed drifts from
 * minute to minute (a shared host), single runs' medians cannot tell a change of a few per cent;
 * passes side by side share the drift.
 * Usage: node bin/run.js scripts/bench-extract-ab.ts OTHER_CHECKOUT [--seconds 90]
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { paddedToNewsSize } from './bench/news-size.ts';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const other = process.argv[2];
const at = process.argv.indexOf('--seconds');
const seconds = at >= 0 ? Number(process.argv[at + 1]) || 90 : 90;
if (!other || other.startsWith('--')) {
  console.error('usage: node bin/run.js scripts/bench-extract-ab.ts OTHER_CHECKOUT [--seconds 90]');
  process.exit(2);
}

/** What this script needs of a compiled tree: read, parse and extract, as each version spells them. */
interface Block {
  kind: string;
  text: string;
}
interface Input {
  meta: { lang?: string };
  blocks: Block[];
}
interface Version {
  name: string;
  extract: (input: Input) => unknown;
  corpus: Input[];
  cpu: number;
  articles: number;
}

function files(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : /\.(md|txt)$/i.test(name) ? [path] : [];
  });
}

async function load(checkout: string): Promise<Version> {
  const dist = (path: string): Promise<Record<string, unknown>> => import(pathToFileURL(join(checkout, 'dist', path)).href);
  if (!existsSync(join(checkout, 'dist/extract/index.js'))) throw new Error(`${checkout}: no dist/ (run node scripts/compile.mjs there)`);
  const { extractRecord } = (await dist('extract/index.js')) as { extractRecord: (input: Input) => unknown };
  const { parseMarkdown } = (await dist('parse/markdown.js')) as { parseMarkdown: (body: string, line: number) => { title: unknown; blocks: Block[] } };
  const { parseText } = (await dist('parse/text.js')) as { parseText: (body: string, line: number) => { title: unknown; blocks: Block[] } };
  type Read = { id: string; path: string; format: string; meta: { lang?: string }; body: string; bodyLine: number; trailer: unknown };
  const { readArticle } = (await dist('read/article.js')) as { readArticle: (bytes: Buffer, options: { path: string }) => { article: Read | null } };
  // The same files for both versions: this checkout's sample articles and gold set.
  const inputs: Input[] = [];
  for (const file of [...files(join(root, 'eval/gold')), ...files(join(root, 'articles'))]) {
    const { article } = readArticle(readFileSync(file), { path: relative(root, file) });
    if (!article) continue;
    const parsed = article.format === 'text' ? parseText(article.body, article.bodyLine) : parseMarkdown(article.body, article.bodyLine);
    inputs.push({ ...article, title: parsed.title, blocks: parsed.blocks } as Input);
  }
  // Padded to 3–5 KB as in bench-extract.ts.
  const corpus = paddedToNewsSize(inputs);
  return { name: checkout, extract: extractRecord, corpus, cpu: 0, articles: 0 };
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
