/**
 * `npm run profile`: where a build's time goes. Builds a generated corpus with the compiled CLI
 * under `node --cpu-prof` (every thread writes its own profile: the main thread and each worker)
 * and prints, per thread, the self time by source (a file of newsdigest, or an npm package) and
 * the hottest functions. A cold build, then a no-change build of the same folder.
 *
 *   npm run profile                       1,000 articles
 *   npm run profile -- --size 10000 --top 25
 */
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { runMeasured } from './bench/measure.ts';
import { generateCorpus } from './corpus.ts';

const root = resolve(import.meta.dirname, '..');
const { values } = parseArgs({ options: { size: { type: 'string', default: '1000' }, top: { type: 'string', default: '15' }, keep: { type: 'boolean' } }, strict: true });
const size = Number(values.size);
const top = Number(values.top);

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}
interface CpuProfile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

/** Where a frame's code lives: "pkg:liquidjs", "src/extract/actors.ts", "(gc)", "node:fs". */
function sourceOf(url: string, name: string): string {
  if (!url) return name.startsWith('(') ? name : '(native)';
  const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url)?.[1];
  if (pkg) return `pkg:${pkg}`;
  const own = /\/dist\/(.+)\.js$/.exec(url)?.[1];
  if (own) return `${own}.ts`;
  if (url.startsWith('node:')) return url;
  return url.replace(/^file:\/\//, '');
}

/** Self time (ms) by source and by function of one profile. */
function summarise(profile: CpuProfile): { totalMs: number; bySource: Map<string, number>; byFunction: Map<string, number> } {
  const nodes = new Map(profile.nodes.map((node) => [node.id, node]));
  const bySource = new Map<string, number>();
  const byFunction = new Map<string, number>();
  let totalMs = 0;
  for (let i = 0; i < profile.samples.length; i++) {
    const node = nodes.get(profile.samples[i] as number);
    const ms = (profile.timeDeltas[i] ?? 0) / 1000;
    if (!node) continue;
    const { functionName, url, lineNumber } = node.callFrame;
    if (functionName === '(idle)' || functionName === '(program)') continue;
    totalMs += ms;
    const source = sourceOf(url, functionName);
    bySource.set(source, (bySource.get(source) ?? 0) + ms);
    const fn = `${source}:${functionName || '(anonymous)'}:${lineNumber + 1}`;
    byFunction.set(fn, (byFunction.get(fn) ?? 0) + ms);
  }
  return { totalMs, bySource, byFunction };
}

const table = (map: Map<string, number>, total: number): string =>
  [...map]
    .sort((a, b) => b[1] - a[1])
    .slice(0, top)
    .map(([name, ms]) => `    ${ms.toFixed(0).padStart(7)} ms ${((100 * ms) / total).toFixed(1).padStart(5)} %  ${name}`)
    .join('\n');

async function profiledBuild(dir: string, label: string): Promise<void> {
  const profiles = join(dir, `profiles-${label}`);
  const run = await runMeasured(
    process.execPath,
    ['--cpu-prof', '--cpu-prof-dir', profiles, join(root, 'bin/newsdigest.js'), 'build', '--articles', 'articles', '--out', 'public', '--templates', join(root, 'templates'), '--base-url', 'https://news.example.org/', '--timings'],
    { cwd: dir },
  );
  if (run.code !== 0 && run.code !== 1) throw new Error(`build failed (${run.code}):\n${run.stderr}`);
  console.log(`\n## ${label} build of ${size.toLocaleString('en')} articles: ${(run.wallMs / 1000).toFixed(2)} s wall\n`);
  console.log(run.stdout.trim());
  const files = (await readdir(profiles)).filter((f) => f.endsWith('.cpuprofile')).sort();
  for (const file of files) {
    const profile = JSON.parse(await readFile(join(profiles, file), 'utf8')) as CpuProfile;
    const { totalMs, bySource, byFunction } = summarise(profile);
    // The main thread's profile is named after the process; workers' carry their thread id (non-zero).
    const thread = /\.(\d+)\.\d+\.cpuprofile$/.exec(file)?.[1] ?? '?';
    console.log(`\n### thread ${thread} (${file}): ${totalMs.toFixed(0)} ms on CPU\n\n  by source:\n${table(bySource, totalMs)}\n\n  by function:\n${table(byFunction, totalMs)}`);
  }
}

const compile = await runMeasured(process.execPath, [join(root, 'scripts/compile.mjs')], { cwd: root });
if (compile.code !== 0) throw new Error(`compile failed:\n${compile.stderr}`);
const dir = await mkdtemp(join(tmpdir(), `nd-profile-${size}-`));
try {
  await generateCorpus(join(dir, 'articles'), size, 7);
  await profiledBuild(dir, 'cold');
  await profiledBuild(dir, 'no-change');
} finally {
  if (values.keep) console.log(`\nKept ${dir}`);
  else await rm(dir, { recursive: true, force: true });
}
