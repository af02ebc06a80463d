/**
 * `npm run bench`: the project's benchmark. For generated corpora of 1,000 and 10,000 articles
 * (100,000 with --huge) it runs the compiled CLI as users do, a fresh process per build, and
 * reports medians of several rounds of:
 *
 *   - cold: no cache and no output folder;
 *   - no change: the same build again;
 *   - one article changed: a sentence added to one article;
 *   - watch: `newsdigest dev`, save of one article → its page rewritten on disk;
 *
 * with wall time, CPU time, peak memory and the time of each stage. When `hugo` is on the PATH,
 * an equivalent Hugo site made from the same corpus is built in the same run (scripts/bench/hugo.ts)
 * and every newsdigest time is also given as a ratio to Hugo's. Prints tables and writes every
 * figure to JSON (--json FILE, default test-output/bench/latest.json).
 *
 *   npm run bench                          sizes 1,000 and 10,000, 3 rounds, every part
 *   npm run bench -- --huge                also 100,000 articles (1 round, no watch)
 *   npm run bench -- --sizes 1000 --rounds 5 --only build
 *   npm run bench -- --only startup,extract
 *   npm run bench -- --only threads --rounds 1
 *
 * Parts: build (with Hugo), watch, startup (`--version` and one `extract` in fresh processes),
 * extract (scripts/bench-extract.ts, one core); and, asked for by name, threads (cold builds on
 * 1, 2, … threads: where more cores stop helping). Timings never go into unit tests: this machine
 * is shared and noisy; compare medians from one run.
 */
import { appendFile, mkdir, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { cpus, loadavg, tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { hugoVersion, writeHugoSite } from './bench/hugo.ts';
import { type Measured, runMeasured } from './bench/measure.ts';
import { hasBrowser, measureWatch } from './bench-watch.ts';
import { generateCorpus } from './corpus.ts';
import { median } from './stats.ts';

const root = resolve(import.meta.dirname, '..');
const { values } = parseArgs({
  options: {
    only: { type: 'string' },
    sizes: { type: 'string' },
    rounds: { type: 'string' },
    huge: { type: 'boolean' },
    edits: { type: 'string' },
    json: { type: 'string' },
    cli: { type: 'string' },
  },
  strict: true,
});
const parts = new Set((values.only ?? 'startup,build,watch,extract').split(','));
const sizes = (values.sizes ?? '1000,10000').split(',').map(Number);
if (values.huge) sizes.push(100_000);
const rounds = Number(values.rounds ?? 3);
const edits = Number(values.edits ?? 10);
const jsonFile = resolve(values.json ?? join(root, 'test-output/bench/latest.json'));
// Another checkout's command (--cli OTHER/bin/newsdigest.js) measures that version with the same harness.
const BIN = resolve(values.cli ?? join(root, 'bin/newsdigest.js'));
const cliRoot = dirname(dirname(BIN));

/** One build as measured: wall and CPU time, peak memory, the CLI's stage times. */
interface BuildRun {
  wallMs: number;
  /** newsdigest's own CPU time (all its threads), as it reports it. */
  cpuMs: number;
  /** Pagefind's CPU time (its own process), sampled. */
  searchCpuMs: number;
  /** newsdigest's peak resident memory, as it reports it. */
  peakMiB: number;
  /** Pagefind's peak resident memory, sampled. */
  searchPeakMiB: number;
  stages: Record<string, number>;
  /** The summary lines. */
  summary: string;
}

function parseBuild(run: Measured, what: string): BuildRun {
  // Exit 1 means some article failed: still a build worth timing; anything else is a failure.
  if (run.code !== 0 && run.code !== 1) throw new Error(`${what} failed (${run.code}):\n${run.stderr}`);
  const stages: Record<string, number> = {};
  for (const match of run.stdout.matchAll(/^\s+(\S+)\s+([\d.]+) ms$/gm)) stages[match[1] ?? ''] = Number(match[2]);
  const pagefind = run.processes.filter((p) => p.name.startsWith('pagefind'));
  // newsdigest reports its own CPU time and peak memory; a version that does not is sampled.
  const self = run.processes.find((p) => p.name === 'node');
  const reportedPeak = /^\s+peak-rss\s+(\d+) MiB$/m.exec(run.stdout)?.[1];
  return {
    wallMs: run.wallMs,
    cpuMs: stages.cpu ?? self?.cpuMs ?? 0,
    searchCpuMs: pagefind.reduce((sum, p) => sum + p.cpuMs, 0),
    peakMiB: reportedPeak ? Number(reportedPeak) : (self?.peakMiB ?? 0),
    searchPeakMiB: Math.max(0, ...pagefind.map((p) => p.peakMiB)),
    stages,
    summary: run.stdout
      .split('\n')
      .filter((line) => /^(Built|Nothing|\d)/.test(line))
      .join(' '),
  };
}

function build(dir: string, extra: readonly string[] = []): Promise<BuildRun> {
  return runMeasured(process.execPath, [BIN, 'build', '--articles', 'articles', '--out', 'public', '--templates', join(cliRoot, 'templates'), '--base-url', 'https://news.example.org/', '--timings', ...extra], { cwd: dir }).then((run) =>
    parseBuild(run, 'newsdigest build'),
  );
}

/**
 * Where more cores stop helping: cold builds (--no-cache) on 1 thread (everything in the main
 * thread), then on 2, 3, … up to the cores this machine has, medians of the rounds.
 */
async function benchThreads(size: number): Promise<{ articles: number; threads: number; run: BuildRun }[]> {
  const dir = await mkdtemp(join(tmpdir(), `nd-threads-${size}-`));
  try {
    await generateCorpus(join(dir, 'articles'), size, 7);
    const rows = [];
    for (let threads = 1; threads <= Math.max(2, cpus().length); threads++) {
      const runs: BuildRun[] = [];
      for (let round = 0; round < rounds; round++) {
        console.error(`  ${size.toLocaleString('en')} articles, ${threads} thread(s), round ${round + 1}/${rounds}…`);
        runs.push(await build(dir, ['--no-cache', '--threads', String(threads)]));
      }
      rows.push({ articles: size, threads, run: medianOf(runs) });
    }
    return rows;
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

function printThreads(rows: readonly { articles: number; threads: number; run: BuildRun }[]): void {
  console.log(`\n## Cold builds by thread count (--no-cache --threads N; medians of ${rounds})\n`);
  console.log('| articles | threads | wall | speed-up | CPU | peak RSS | extract | render |');
  console.log('| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
  for (const row of rows) {
    const one = rows.find((r) => r.articles === row.articles && r.threads === 1);
    const speedUp = one ? `${(one.run.wallMs / row.run.wallMs).toFixed(2)}×` : '–';
    console.log(
      `| ${row.articles.toLocaleString('en')} | ${row.threads} | ${seconds(row.run.wallMs)} | ${speedUp} | ${seconds(row.run.cpuMs)} | ${Math.round(row.run.peakMiB)} MiB | ${Math.round(row.run.stages.extract ?? 0)} ms | ${Math.round(row.run.stages.render ?? 0)} ms |`,
    );
  }
}

/** Medians of every figure of several runs. */
function medianOf(runs: readonly BuildRun[]): BuildRun {
  const pick = (f: (r: BuildRun) => number): number => median(runs.map(f));
  const stageNames = [...new Set(runs.flatMap((r) => Object.keys(r.stages)))];
  return {
    wallMs: pick((r) => r.wallMs),
    cpuMs: pick((r) => r.cpuMs),
    searchCpuMs: pick((r) => r.searchCpuMs),
    peakMiB: pick((r) => r.peakMiB),
    searchPeakMiB: pick((r) => r.searchPeakMiB),
    stages: Object.fromEntries(stageNames.map((name) => [name, pick((r) => r.stages[name] ?? 0)])),
    summary: runs.at(-1)?.summary ?? '',
  };
}

interface HugoRun {
  wallMs: number;
  cpuMs: number;
  peakMiB: number;
  files: number;
}

async function hugoBuild(site: string): Promise<HugoRun> {
  await rm(join(site, 'public'), { recursive: true, force: true });
  await rm(join(site, 'resources'), { recursive: true, force: true });
  const run = await runMeasured('hugo', ['--quiet'], { cwd: site });
  if (run.code !== 0) throw new Error(`hugo failed:\n${run.stderr}`);
  const files = (await readdir(join(site, 'public'), { recursive: true, withFileTypes: true })).filter((e) => e.isFile()).length;
  return { wallMs: run.wallMs, cpuMs: run.processes.reduce((sum, p) => sum + p.cpuMs, 0), peakMiB: Math.max(0, ...run.processes.map((p) => p.peakMiB)), files };
}

interface SizeResult {
  articles: number;
  rounds: number;
  cold: BuildRun;
  noChange: BuildRun;
  oneChanged: BuildRun;
  hugo: (HugoRun & { version: string }) | null;
  watch: { savePageMs: number; worstMs: number; edits: number; startupMs: number } | null;
}

const seconds = (ms: number): string => (ms >= 10_000 ? `${(ms / 1000).toFixed(1)} s` : `${(ms / 1000).toFixed(2)} s`);
const ratio = (ms: number, hugo: HugoRun | null): string => (hugo ? `${(ms / hugo.wallMs).toFixed(2)}×` : '–');

async function benchSize(size: number, hugo: string | null): Promise<SizeResult> {
  const dir = await mkdtemp(join(tmpdir(), `nd-bench-${size}-`));
  try {
    console.error(`\n${size.toLocaleString('en')} articles: generating the corpus…`);
    const generated = await generateCorpus(join(dir, 'articles'), size, 7);
    const target = generated.find((a, i) => i >= size / 2 && a.path.endsWith('.md')) ?? generated[0];
    if (!target) throw new Error('empty corpus');
    const sizeRounds = size >= 100_000 ? 1 : rounds;
    const cold: BuildRun[] = [];
    const noChange: BuildRun[] = [];
    const oneChanged: BuildRun[] = [];
    for (let round = 0; round < sizeRounds; round++) {
      await rm(join(dir, 'public'), { recursive: true, force: true });
      await rm(join(dir, '.cache'), { recursive: true, force: true });
      console.error(`  round ${round + 1}/${sizeRounds}: cold…`);
      cold.push(await build(dir));
      console.error(`  round ${round + 1}/${sizeRounds}: no change…`);
      noChange.push(await build(dir));
      await appendFile(join(dir, 'articles', target.path), `\nThe harbour board met again in round ${round + 1} and approved the plan.\n`);
      console.error(`  round ${round + 1}/${sizeRounds}: one article changed…`);
      oneChanged.push(await build(dir));
    }
    let hugoResult: SizeResult['hugo'] = null;
    if (hugo) {
      console.error('  Hugo…');
      const site = join(dir, 'hugo');
      await writeHugoSite(join(dir, 'articles'), site);
      const runs: HugoRun[] = [];
      for (let round = 0; round < sizeRounds; round++) runs.push(await hugoBuild(site));
      hugoResult = { version: hugo, wallMs: median(runs.map((r) => r.wallMs)), cpuMs: median(runs.map((r) => r.cpuMs)), peakMiB: median(runs.map((r) => r.peakMiB)), files: runs[0]?.files ?? 0 };
    }
    let watch: SizeResult['watch'] = null;
    if (parts.has('watch') && size < 100_000) {
      console.error('  watch mode…');
      const row = await measureWatch(size, false, edits, cliRoot);
      watch = { savePageMs: median(row.savePage), worstMs: Math.max(...row.savePage), edits: row.savePage.length, startupMs: row.startupMs };
    }
    return { articles: size, rounds: sizeRounds, cold: medianOf(cold), noChange: medianOf(noChange), oneChanged: medianOf(oneChanged), hugo: hugoResult, watch };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

function printBuilds(results: readonly SizeResult[]): void {
  console.log(`\n## Builds (compiled CLI, a fresh process per build; medians of the rounds)\n`);
  console.log('| articles | case | wall | × Hugo | CPU (+ Pagefind) | peak RSS (Pagefind) | stages (ms) |');
  console.log('| ---: | --- | ---: | ---: | ---: | ---: | --- |');
  for (const r of results) {
    const rows: [string, BuildRun][] = [
      ['cold', r.cold],
      ['no change', r.noChange],
      ['one article changed', r.oneChanged],
    ];
    for (const [name, run] of rows) {
      const stages = Object.entries(run.stages)
        .filter(([stage]) => stage !== 'cpu')
        .map(([stage, ms]) => `${stage} ${Math.round(ms)}`)
        .join(', ');
      console.log(
        `| ${r.articles.toLocaleString('en')} | ${name} | ${seconds(run.wallMs)} | ${ratio(run.wallMs, r.hugo)} | ${seconds(run.cpuMs)} (+ ${seconds(run.searchCpuMs)}) | ${Math.round(run.peakMiB)} MiB (${Math.round(run.searchPeakMiB)} MiB) | ${stages} |`,
      );
    }
    if (r.hugo) console.log(`| ${r.articles.toLocaleString('en')} | Hugo, cold | ${seconds(r.hugo.wallMs)} | 1× | ${seconds(r.hugo.cpuMs)} | ${Math.round(r.hugo.peakMiB)} MiB | ${r.hugo.files.toLocaleString('en')} files |`);
    if (r.watch) console.log(`| ${r.articles.toLocaleString('en')} | watch: save → page written | ${Math.round(r.watch.savePageMs)} ms | – | – | – | worst ${Math.round(r.watch.worstMs)} ms of ${r.watch.edits} saves |`);
  }
  const first = results[0];
  const last = results.at(-1);
  if (first && last && last !== first) {
    const perArticle = (r: SizeResult): number => r.cold.wallMs / r.articles;
    console.log(
      `\nCold build per article: ${perArticle(first).toFixed(2)} ms at ${first.articles.toLocaleString('en')}, ${perArticle(last).toFixed(2)} ms at ${last.articles.toLocaleString('en')} (${(perArticle(last) / perArticle(first)).toFixed(2)}×).`,
    );
  }
}

/** `newsdigest --version` and a one-article `extract`, each in a fresh process: what the smallest tasks cost. */
async function benchStartup(): Promise<{ command: string; medianMs: number; minMs: number; goalMs: number }[]> {
  const article = join(root, 'articles/2026/12/canada-vote-budget.md');
  const cases: [string, string[], number][] = [
    ['newsdigest --version', ['--version'], 150],
    ['newsdigest extract (one article, --json)', ['extract', article, '--json'], 500],
  ];
  const count = Math.max(10, rounds);
  const rows = [];
  for (const [command, args, goalMs] of cases) {
    const times: number[] = [];
    for (let i = 0; i < count; i++) times.push((await runMeasured(process.execPath, [BIN, ...args], { cwd: root })).wallMs);
    rows.push({ command, medianMs: median(times), minMs: Math.min(...times), goalMs });
  }
  console.log(`\n## Start-up (fresh process, compiled code, median of ${count})\n`);
  console.log('| command | median | min | goal |');
  console.log('| --- | ---: | ---: | ---: |');
  for (const row of rows) console.log(`| ${row.command} | ${Math.round(row.medianMs)} ms | ${Math.round(row.minMs)} ms | ${row.goalMs} ms |`);
  return rows;
}

async function benchExtract(): Promise<string> {
  // This checkout's dist/ was compiled above when it is the CLI measured: not compiled again.
  const compiled = cliRoot === root ? ['--compiled'] : [];
  const run = await runMeasured(process.execPath, [join(root, 'bin/run.js'), join(root, 'scripts/bench-extract.ts'), ...compiled], { cwd: root });
  process.stdout.write(`\n## Extraction alone (scripts/bench-extract.ts, one core)\n\n${run.stdout}`);
  return run.stdout.trim().split('\n').at(-1) ?? '';
}

const compile = await runMeasured(process.execPath, [join(cliRoot, 'scripts/compile.mjs')], { cwd: cliRoot });
if (compile.code !== 0) throw new Error(`compile failed:\n${compile.stderr}`);
const hugo = parts.has('build') ? hugoVersion() : null;
const machine = { node: process.version, cores: cpus().length, cpu: cpus()[0]?.model ?? '', loadAverage: loadavg(), hugo, date: new Date().toISOString() };
console.log(
  `newsdigest benchmark of ${BIN}: node ${process.version}, ${machine.cores} cores (${machine.cpu}), load average ${machine.loadAverage.map((l) => l.toFixed(2)).join(' ')}${hugo ? `; ${hugo.split(' ').slice(0, 2).join(' ')}` : parts.has('build') ? '; hugo not found: no ratios' : ''}`,
);
const report: Record<string, unknown> = { machine };
if (parts.has('startup')) report.startup = await benchStartup();
if (parts.has('build')) {
  const results: SizeResult[] = [];
  for (const size of sizes) results.push(await benchSize(size, hugo));
  printBuilds(results);
  report.builds = results;
} else if (parts.has('watch')) {
  const rows = [];
  for (const size of sizes.filter((s) => s < 100_000)) rows.push(await measureWatch(size, hasBrowser() && size <= 1000, edits, cliRoot));
  report.watch = rows;
  console.log('\n## Watch mode: save → page written (median)\n');
  for (const row of rows) console.log(`${row.size.toLocaleString('en')} articles: ${Math.round(median(row.savePage))} ms`);
}
if (parts.has('threads')) {
  const rows = [];
  for (const size of sizes.filter((s) => s < 100_000)) rows.push(...(await benchThreads(size)));
  printThreads(rows);
  report.threads = rows;
}
if (parts.has('extract')) report.extract = await benchExtract();
await mkdir(dirname(jsonFile), { recursive: true });
await writeFile(jsonFile, `${JSON.stringify(report, null, 2)}\n`);
console.log(`\nEvery figure: ${jsonFile}`);
