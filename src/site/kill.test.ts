// Crash safety: real `newsdigest build` processes are killed with SIGKILL at several points
// (during extraction, while pages are written, while the staging folder fills, at the swap),
// each moment found from an event (a stage line printed with --timings, a folder or file
// appearing), never a sleep. Those builds replace the site whole (--no-cache): after every kill
// the output folder is a complete site, the old one or the new one, whose data/index.json lists
// exactly the article pages on disk. A build that updates the site in place is killed once its
// journal is written: the next build finishes the update. Every next build recovers with no
// manual clean-up.
import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, watch } from 'node:fs';
import { mkdtemp, rename, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { generateCorpus } from '../../scripts/corpus.ts';
import { BIN, runCli } from '../test/cli.ts';

let dir: string;
let out: string;
let v1: string[];

/** The article ids of the site in `out`, after checking it is whole: null when there is no site. */
function siteIds(): string[] | null {
  if (!existsSync(out)) return null;
  expect(existsSync(join(out, '.newsdigest')), 'build marker').toBe(true);
  expect(existsSync(join(out, 'index.html')), 'home page').toBe(true);
  const index = JSON.parse(readFileSync(join(out, 'data/index.json'), 'utf8')) as { count: number; articles: { id: string }[] };
  const listed = index.articles.map((article) => article.id).sort();
  expect(index.count).toBe(listed.length);
  const onDisk = readdirSync(join(out, 'articles')).sort();
  expect(onDisk, 'article pages on disk = articles in data/index.json').toEqual(listed);
  for (const id of listed) expect(existsSync(join(out, 'articles', id, 'index.html')), id).toBe(true);
  return listed;
}

function build(args = ['--no-cache']): { child: ChildProcess; exited: Promise<void>; lines: (onLine: (line: string) => void) => void } {
  const child = spawn(process.execPath, [BIN, 'build', '--timings', ...args], { cwd: dir, stdio: ['ignore', 'pipe', 'pipe'] });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  return {
    child,
    exited,
    lines: (onLine) => {
      let buffer = '';
      child.stdout?.on('data', (chunk: Buffer) => {
        buffer += chunk.toString();
        const parts = buffer.split('\n');
        buffer = parts.pop() ?? '';
        for (const line of parts) onLine(line);
      });
    },
  };
}

/** Changes the articles so that the next build's site differs from the one on disk. */
async function changeCorpus(round: number): Promise<void> {
  const articles = join(dir, 'articles');
  await writeFile(join(articles, `added-${round}.md`), `# Added in round ${round}\n\nThe harbour board met for round ${round}.\n`);
}

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'nd-kill-'));
  out = join(dir, 'public');
  await generateCorpus(join(dir, 'articles'), 150);
  const first = await runCli(['build'], dir);
  expect(first.code, first.stderr).toBe(0);
  v1 = siteIds() ?? [];
  expect(v1.length).toBe(150);
}, 300_000);

/**
 * Kills the build once `file` appears in its staging folder. When the folder is gone before it
 * can be watched, the build got past that point first and is not killed: which must hold too.
 */
function killWhenStaged(run: ReturnType<typeof build>, file: string, onKill: (path: string) => void = () => {}): void {
  const watchers: ReturnType<typeof watch>[] = [];
  const close = (): void => {
    for (const watcher of watchers) watcher.close();
  };
  watchers.push(
    watch(dir, (_event, name) => {
      const staging = String(name);
      if (!staging.startsWith('.newsdigest-tmp-') || staging.endsWith('-old') || watchers.length > 1) return;
      try {
        watchers.push(
          watch(join(dir, staging), (_e, found) => {
            if (String(found) !== file) return;
            onKill(join(dir, staging, file));
            close();
            run.child.kill('SIGKILL');
          }),
        );
      } catch {
        // Gone already (swapped in or committed): see above.
      }
    }),
  );
  void run.exited.then(close);
}

describe('a build killed with SIGKILL', () => {
  // Kills before the swap can have started must leave the old site exactly.
  const beforeSwap = new Set(['during extraction', 'while pages are rendered and written']);
  const points: Record<string, (run: ReturnType<typeof build>) => void> = {
    'during extraction': (run) => run.lines((line) => line.trim().startsWith('find') && run.child.kill('SIGKILL')),
    'while pages are rendered and written': (run) => run.lines((line) => line.trim().startsWith('plan') && run.child.kill('SIGKILL')),
    'while the staging folder fills': (run) => {
      const watcher = watch(dir, (_event, name) => {
        if (String(name).startsWith('.newsdigest-tmp-')) {
          watcher.close();
          run.child.kill('SIGKILL');
        }
      });
      void run.exited.then(() => watcher.close());
    },
    'at the swap (the staging folder is complete)': (run) => killWhenStaged(run, '.newsdigest'),
  };

  let round = 0;
  for (const [name, arm] of Object.entries(points)) {
    it(`${name} leaves the old site or the new one, whole, and the next build recovers`, async () => {
      const before = siteIds();
      round++;
      await changeCorpus(round);
      const run = build();
      arm(run);
      await run.exited;
      let after = siteIds();
      if (beforeSwap.has(name)) expect(after).toEqual(before);
      // A kill that lands between the swap's two renames (Node has no atomic folder exchange)
      // leaves no output folder for a moment, the old site whole beside it: that is the one
      // state besides the two sites, and the next build puts the old site back first.
      if (after === null && !beforeSwap.has(name)) {
        const old = readdirSync(dir).find((entry) => entry.startsWith('.newsdigest-tmp-') && entry.endsWith('-old'));
        expect(old, 'the old site beside the missing output folder').toBeDefined();
        const saved = out;
        out = join(dir, old as string);
        after = siteIds();
        out = saved;
        expect(after).toEqual(before);
      }
      // Either nothing changed, or the new build got all the way through its swap.
      expect([JSON.stringify(before), JSON.stringify([...(before ?? []), `added-${round}`].sort())]).toContain(JSON.stringify(after));
      const next = await runCli(['build'], dir);
      expect(next.code, next.stderr).toBe(0);
      expect(siteIds()).toContain(`added-${round}`);
      expect(readdirSync(dir).filter((entry) => entry.startsWith('.newsdigest-tmp-'))).toEqual([]);
    }, 180_000);
  }

  it('once the journal of an update in place is written: the next build finishes the update', async () => {
    const before = siteIds() ?? [];
    // A build that trusts the folder updates it in place.
    const settle = await runCli(['build'], dir);
    expect(settle.code, settle.stderr).toBe(0);
    round++;
    await changeCorpus(round);
    const run = build([]);
    let journal = '';
    killWhenStaged(run, '.newsdigest-journal.json', (path) => {
      journal = path;
    });
    await run.exited;
    // Killed after its commit point, the site may be part old, part new, every file whole,
    // until the next build; killed before it, the old site is untouched.
    const pending = journal !== '' && existsSync(journal);
    if (!pending) expect([JSON.stringify(before), JSON.stringify([...before, `added-${round}`].sort())]).toContain(JSON.stringify(siteIds()));
    const next = await runCli(['build'], dir);
    expect(next.code, next.stderr).toBe(0);
    expect(siteIds()).toEqual([...before, `added-${round}`].sort());
    expect(readdirSync(dir).filter((entry) => entry.startsWith('.newsdigest-tmp-'))).toEqual([]);
  }, 180_000);

  it('between the two renames of the swap (no site, the old one beside it): the next build puts it back, then replaces it', async () => {
    const before = siteIds() ?? [];
    // The state a kill between the renames leaves, made by hand with the pid of a process that is gone.
    const gone = spawn(process.execPath, ['-e', '0']);
    await new Promise((resolve) => gone.once('exit', resolve));
    const old = join(dir, `.newsdigest-tmp-public-${gone.pid}-x-old`);
    await rename(out, old);
    round++;
    await changeCorpus(round);
    const next = await runCli(['build'], dir);
    expect(next.code, next.stderr).toBe(0);
    expect(siteIds()).toEqual([...before, `added-${round}`].sort());
    expect(existsSync(old)).toBe(false);
  }, 180_000);
});
