// The search task on a pool thread: the index it answers with is the one this thread makes, and
// a pool asked to run in the background runs its thread at the lower priority (Linux, where a
// thread has its own). That the Pagefind process a thread starts inherits it is the kernel's
// rule (a process starts with the nice value of the thread that forked it); it is not looked at.
import { readdirSync, readFileSync } from 'node:fs';
import { getPriority } from 'node:os';
import { describe, expect, it } from 'vitest';
import { record, siteArticle } from '../index/fixtures/records.ts';
import { WorkerPool } from '../workers/pool.ts';
import { buildShardIndexes, searchRecords } from './index.ts';

const shard = { name: '0', records: searchRecords([siteArticle(record('a', { headline: 'Port strike ends' })), siteArticle(record('b', { summary: 'Dockers vote to return.' }))], { language: 'en' }) };

/** The nice value of each thread of this process, by thread id (Linux's /proc). */
function niceOfThreads(): Map<string, number> {
  const threads = new Map<string, number>();
  for (const tid of readdirSync('/proc/self/task')) {
    const stat = readFileSync(`/proc/self/task/${tid}/stat`, 'utf8');
    // Fields after the command name in parentheses start at field 3; the nice value is field 19.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    threads.set(tid, Number(fields[19 - 3]));
  }
  return threads;
}

describe('the search task on a thread', () => {
  it('answers with the index files this thread makes from the same shard', async () => {
    const pool = new WorkerPool({ size: 1 });
    try {
      const fromThread = await pool.run('search', { shards: [shard], language: 'en' });
      const here = await buildShardIndexes([shard], { language: 'en' });
      expect(fromThread.map((f) => f.path)).toEqual(here.map((f) => f.path));
      expect(fromThread.map((f) => f.path)).toContain('pagefind/0/pagefind-entry.json');
      expect(fromThread.map((f) => Buffer.from(f.content).toString('base64'))).toEqual(here.map((f) => Buffer.from(f.content).toString('base64')));
    } finally {
      await pool.close();
    }
  }, 30_000);

  it.runIf(process.platform === 'linux')(
    'runs in a thread of the niceness asked for, and every other thread keeps its own',
    async () => {
      const before = niceOfThreads();
      const background = new WorkerPool({ size: 1, niceness: 7 });
      let plain: WorkerPool | null = null;
      try {
        await background.run('search', { shards: [], language: 'en' });
        const withBackground = niceOfThreads();
        const added = [...withBackground].filter(([tid]) => !before.has(tid)).map(([, nice]) => nice);
        expect(added).toContain(7);
        for (const [tid, nice] of before) if (withBackground.has(tid)) expect(withBackground.get(tid)).toBe(nice);
        // Without the option a thread runs as the process does.
        plain = new WorkerPool({ size: 1 });
        await plain.run('search', { shards: [], language: 'en' });
        const addedByPlain = [...niceOfThreads()].filter(([tid]) => !withBackground.has(tid)).map(([, nice]) => nice);
        expect(addedByPlain.length).toBeGreaterThan(0);
        expect(addedByPlain.every((nice) => nice === getPriority())).toBe(true);
      } finally {
        await Promise.all([background.close(), plain?.close()]);
      }
    },
    30_000,
  );
});
