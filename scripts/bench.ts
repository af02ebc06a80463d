/**
 * `npm run bench`: the project's benchmark. Builds generated corpora of 1,000 and 10,000 articles
 * with the real CLI (a fresh process per round, as a user runs it) and reports medians; then runs
 * the extraction and watch-mode benchmarks when present.
 *
 *   npm run bench                       all parts, sizes 1000 and 10000, 3 rounds
 *   npm run bench -- --only build       one part (startup, build, extract, watch)
 *   npm run bench -- --sizes 1000 --rounds 5
 *
 * Timings never go into unit tests: this machine is shared and noisy; compare medians.
 */
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { generateCorpus } from './corpus.ts';
import { median } from './stats.ts';

const root = resolve(import.meta.dirname, '..');
const { values } = parseArgs({
  options: { only: { type: 'string' }, sizes: { type: 'string' }, rounds: { type: 'string' } },
  strict: true,
});
const parts = new Set((values.only ?? 'startup,build,extract,watch').split(','));
const sizes = (values.sizes ?? '1000,10000').split(',').map(Number);
const rounds = Number(values.rounds ?? 3);

function run(args: string[], cwd: string): Promise<{ stdout: string; ms: number }> {
  const start = performance.now();
  return new Promise((done, fail) => {
    execFile(process.execPath, args, { cwd, maxBuffer: 64 * 1024 * 1024 }, (error, stdout, stderr) => {
      // Exit 1 means some article failed: still a build worth timing; anything else is a failure.
      if (error && (error as { code?: number }).code !== 1) fail(new Error(`${args.join(' ')} failed: ${stderr}`));
      else done({ stdout, ms: performance.now() - start });
    });
  });
}

async function benchBuild(): Promise<void> {
  console.log(`\n## Full build (fresh process per round, ${rounds} rounds, median)\n`);
  console.log('| articles | wall ms | articles/s | read+parse+extract ms | plan ms | render+write ms |');
  console.log('| ---: | ---: | ---: | ---: | ---: | ---: |');
  for (const size of sizes) {
    const dir = await mkdtemp(join(tmpdir(), `nd-bench-${size}-`));
    await generateCorpus(join(dir, 'articles'), size);
    const walls: number[] = [];
    const stages: Record<string, number[]> = {};
    for (let round = 0; round < rounds; round++) {
      const { stdout, ms } = await run([join(root, 'bin/newsdigest.js'), 'build', '--articles', 'articles', '--out', 'public', '--templates', join(root, 'templates'), '--timings'], dir);
      walls.push(ms);
      for (const match of stdout.matchAll(/^\s+(\S+)\s+([\d.]+) ms$/gm)) (stages[match[1] ?? ''] ??= []).push(Number(match[2]));
    }
    const stage = (name: string) => Math.round(median(stages[name] ?? [0]));
    const wall = median(walls);
    console.log(`| ${size} | ${Math.round(wall)} | ${Math.round((size / wall) * 1000)} | ${stage('read+parse+extract')} | ${stage('plan')} | ${stage('render+write')} |`);
    await rm(dir, { recursive: true, force: true });
  }
}

/**
 * What a user waits for on the smallest tasks, from the compiled package as installed:
 * `newsdigest --version` (goal < 150 ms) and `extract` of one article (goal < 500 ms), wall time
 * of a fresh process, median of 10 (or --rounds, when more).
 */
async function benchStartup(): Promise<void> {
  await run([join(root, 'scripts/compile.mjs')], root);
  const article = join(root, 'articles/2026/12/canada-vote-budget.md');
  const cases: [string, string[], number][] = [
    ['newsdigest --version', ['--version'], 150],
    ['newsdigest extract (one article, --json)', ['extract', article, '--json'], 500],
  ];
  const count = Math.max(10, rounds);
  console.log(`\n## Start-up (fresh process, compiled code, median of ${count})\n`);
  console.log('| command | median ms | min ms | goal ms |');
  console.log('| --- | ---: | ---: | ---: |');
  for (const [label, args, goal] of cases) {
    const times: number[] = [];
    for (let i = 0; i < count; i++) times.push((await run([join(root, 'bin/newsdigest.js'), ...args], root)).ms);
    console.log(`| ${label} | ${Math.round(median(times))} | ${Math.round(Math.min(...times))} | ${goal} |`);
  }
}

async function runScript(script: string, label: string): Promise<void> {
  const path = join(root, 'scripts', script);
  if (!existsSync(path)) {
    console.log(`\n(${label}: scripts/${script} not present)`);
    return;
  }
  const { stdout } = await run([join(root, 'bin/run.js'), path], root);
  process.stdout.write(stdout);
}

console.log(`newsdigest benchmark: node ${process.version}, ${(await import('node:os')).cpus().length} cores`);
if (parts.has('startup')) await benchStartup();
if (parts.has('build')) await benchBuild();
if (parts.has('extract')) await runScript('bench-extract.ts', 'extraction');
if (parts.has('watch')) await runScript('bench-watch.ts', 'watch mode');
