/**
 * Extraction's cost in instructions: the count of machine instructions that a few passes over
 * scripts/bench-extract.ts's corpus execute once the code is warm, counted by valgrind's
 * callgrind. Unlike seconds, the count hardly moves with the load of a shared machine. It is no
 * time (a cache miss costs many instructions' time), so a change is judged by both, and counts are
 * compared within one method (a change to the method changes the level).
 *
 * To make the count repeat, the extracting process runs with V8 in one thread (it then compiles
 * at the same points every run) and fixed hash and random seeds (else the tables' layouts, and so
 * their probes, differ from run to run), and a full collection runs midway through the warm-up
 * (see below). Even so, the same code counted 1,352–1,392 M instructions in three runs within
 * half an hour (2026-12-07), most of the spread being the optimising compiler's work inside the
 * counted passes: the count outside it (optimizingCompilerCount) is the one to compare, and it
 * repeated within 0.6 %. Compare checkouts counted at the same time, two runs at once.
 * Counting starts only after the warm-up passes, through callgrind_control, since valgrind runs
 * the process some fifty times slower while it counts.
 *
 * Usage: node bin/run.js scripts/bench-extract-ir.ts [CHECKOUT…] [--warm 40] [--passes 3]
 * (each checkout compiled with `node scripts/compile.mjs`; this one when none is named).
 * Needs valgrind (Debian's package), which gives callgrind, callgrind_control and callgrind_annotate.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { loadCompiledExtraction } from './bench/compiled-extraction.ts';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const { values, positionals } = parseArgs({ allowPositionals: true, options: { warm: { type: 'string', default: '40' }, passes: { type: 'string', default: '3' }, child: { type: 'string' } } });
const warm = Number(values.warm);
const passes = Number(values.passes);

if (values.child !== undefined) {
  // The process valgrind runs: warm up, say so, wait until counting is on, run the counted
  // passes, say so, and wait until the count is written.
  const signals = values.child;
  const checkout = positionals[0] as string;
  const { extract, corpus } = await loadCompiledExtraction(checkout, root);
  // A full collection past the first half of the warm-up, so that the counted passes start from
  // the same heap: when the collector runs a full collection is sized by time, and time under
  // valgrind depends on the machine's load (one code counted 1,206 M and 1,268 M instructions
  // without it, 2026-12-07). A full collection also drops compiled code, which the rest of the
  // warm-up makes again.
  for (let p = 0; p < warm; p++) {
    if (p === warm >> 1) (globalThis as { gc?: () => void }).gc?.();
    for (const input of corpus) extract(input);
  }
  const wait = (name: string): void => {
    const cell = new Int32Array(new SharedArrayBuffer(4));
    while (!existsSync(join(signals, name))) Atomics.wait(cell, 0, 0, 50);
  };
  writeFileSync(join(signals, 'warm'), '');
  wait('count');
  for (let p = 0; p < passes; p++) for (const input of corpus) extract(input);
  // (The count of articles extracted, for the report: the parent reads no corpus itself.)
  writeFileSync(join(signals, 'counted'), String(corpus.length * passes));
  wait('written');
  process.exit(0);
}

if (spawnSync('valgrind', ['--version']).status !== 0) {
  console.error('valgrind is not installed (apt-get install valgrind)');
  process.exit(1);
}
const checkouts = positionals.length > 0 ? positionals.map((p) => resolve(p)) : [root];
for (const checkout of checkouts) {
  const signals = mkdtempSync(join(tmpdir(), 'newsdigest-ir-'));
  const child = spawn(
    'valgrind',
    [
      '--tool=callgrind',
      '--instr-atstart=no',
      // V8 writes the code it compiles and runs it: valgrind must see the code change.
      '--smc-check=all-non-file',
      `--callgrind-out-file=${join(signals, 'callgrind.out.%p')}`,
      process.execPath,
      '--single-threaded',
      '--hash-seed=1',
      '--random-seed=1',
      '--expose-gc',
      join(root, 'bin/run.js'),
      fileURLToPath(import.meta.url),
      checkout,
      `--warm=${warm}`,
      `--passes=${passes}`,
      `--child=${signals}`,
    ],
    { stdio: ['ignore', 'ignore', 'pipe'] },
  );
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => {
    stderr += chunk.toString();
  });
  const exited = new Promise<void>((done) => child.on('exit', () => done()));
  const reach = async (name: string): Promise<void> => {
    while (!existsSync(join(signals, name))) {
      if (child.exitCode !== null || child.signalCode !== null) throw new Error(`${checkout}: the counted process ended early\n${stderr.slice(-2000)}`);
      await sleep(200);
    }
  };
  const control = (...args: string[]): void => {
    spawnSync('callgrind_control', [...args, String(child.pid)], { stdio: 'ignore' });
  };
  await reach('warm');
  control('--instr=on');
  writeFileSync(join(signals, 'count'), '');
  await reach('counted');
  control('--instr=off');
  control('--dump');
  // callgrind_control returns once the request is queued: the dump is written at the process's
  // next turn in valgrind's scheduler.
  await sleep(2000);
  writeFileSync(join(signals, 'written'), '');
  await exited;
  let instructions = 0;
  let compiling = 0;
  for (const name of readdirSync(signals)) {
    if (!name.startsWith('callgrind.out.')) continue;
    for (const line of readFileSync(join(signals, name), 'utf8').split('\n')) if (line.startsWith('totals:')) instructions += Number(line.slice(7));
    compiling += optimizingCompilerCount(join(signals, name));
  }
  const articles = Number(readFileSync(join(signals, 'counted'), 'utf8'));
  rmSync(signals, { recursive: true, force: true });
  const perArticle = (count: number): string => Math.round(count / articles).toLocaleString('en');
  const running = instructions - compiling;
  console.log(
    `${checkout}: ${running.toLocaleString('en')} instructions outside the optimising compiler for ${articles} articles (${perArticle(running)} an article), after ${warm} passes of warm-up; ${instructions.toLocaleString('en')} in all (${perArticle(instructions)} an article), ${compiling.toLocaleString('en')} compiling`,
  );
}

/**
 * The instructions a callgrind output counts inside V8's optimising compiler (TurboFan, entered
 * through Runtime_CompileOptimized), its calls included. Past the warm-up V8 still optimises some
 * functions, again after a deoptimisation or for the first time when they grow hot slowly (`node
 * --trace-opt --trace-deopt`, 2026-12-07: 32 optimisations and 6 deoptimisations in the 41st to
 * 50th passes over the corpus, 13 optimisations in the 61st to 70th). In one thread it compiles
 * them inside the counted passes: 11 % of one count was compiling, and the same code counted
 * 1,321 M and 1,389 M within the hour. Left out, the count is of the extraction's own code, which
 * is what a change to it changes; a build compiles in V8's other threads.
 */
function optimizingCompilerCount(file: string): number {
  const annotated = spawnSync('callgrind_annotate', ['--inclusive=yes', '--threshold=100', file], { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  if (annotated.status !== 0) throw new Error(`callgrind_annotate failed on ${file}: ${annotated.stderr}`);
  const line = annotated.stdout.split('\n').find((l) => l.includes('v8::internal::Runtime_CompileOptimized('));
  return line ? Number(line.trim().split(/\s+/)[0]?.replace(/,/g, '')) || 0 : 0;
}
