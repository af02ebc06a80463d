import { mkdir, mkdtemp, rename, rm, unlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type WatchBatch, type WatchEvent, WatchQueue } from './queue.ts';
import { classify, type SiteWatcher, type WatchRoots, watchSite } from './watch.ts';

const roots: WatchRoots = { articlesDir: '/p/articles', templatesDir: '/p/templates', configFile: '/p/newsdigest.config.json' };

describe('classify', () => {
  it('names article files relative to the articles folder', () => {
    expect(classify('/p/articles/2026/x.md', roots)).toEqual({ kind: 'article', path: '2026/x.md' });
    expect(classify('/p/articles/wire/y.txt', roots)).toEqual({ kind: 'article', path: 'wire/y.txt' });
  });

  it('ignores editor swap, backup and temporary files, and other extensions', () => {
    for (const path of ['/p/articles/.x.md.swp', '/p/articles/x.md~', '/p/articles/.git/x.md', '/p/articles/x.docx', '/p/articles/node_modules/a.md', '/p/templates/layouts/base.liquid~']) {
      expect(classify(path, roots)).toBeNull();
    }
  });

  it('tells templates, assets and the config file apart', () => {
    expect(classify('/p/templates/layouts/base.liquid', roots)).toEqual({ kind: 'template', path: 'layouts/base.liquid' });
    expect(classify('/p/templates/i18n/fr.json', roots)).toEqual({ kind: 'template', path: 'i18n/fr.json' });
    expect(classify('/p/templates/assets/style.css', roots)).toEqual({ kind: 'asset', path: 'style.css' });
    expect(classify('/p/newsdigest.config.json', roots)).toEqual({ kind: 'config' });
    expect(classify('/p/package.json', roots)).toBeNull();
  });

  it('reports removed article folders', () => {
    expect(classify('/p/articles/2026/11', roots, true)).toEqual({ kind: 'article-dir', path: '2026/11' });
  });
});

describe('watchSite with chokidar on a real folder', () => {
  let dir: string;
  let local: WatchRoots;
  let watcher: SiteWatcher | null = null;

  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'newsdigest-watch-'));
    local = { articlesDir: join(dir, 'articles'), templatesDir: join(dir, 'templates'), configFile: join(dir, 'newsdigest.config.json') };
    await mkdir(join(local.articlesDir, '2026'), { recursive: true });
    await mkdir(join(local.templatesDir, 'assets'), { recursive: true });
    await writeFile(join(local.articlesDir, '2026', 'a.md'), '# A\n\nText.\n');
  });

  afterEach(async () => {
    await watcher?.close();
    watcher = null;
    await rm(dir, { recursive: true, force: true });
  });

  /** Runs the real watcher into a real queue with real timers; resolves with the batches seen in `settleMs`. */
  async function batchesDuring(act: () => Promise<void>, settleMs = 400, quiet: { quietMs: number; maxWaitMs?: number } = { quietMs: 40 }): Promise<WatchBatch[]> {
    const queue = new WatchQueue(quiet);
    const batches: WatchBatch[] = [];
    let timer: NodeJS.Timeout | null = null;
    const schedule = (): void => {
      if (timer) clearTimeout(timer);
      const deadline = queue.nextDeadline();
      if (deadline === null) return;
      timer = setTimeout(
        () => {
          const batch = queue.take(performance.now());
          if (batch) {
            batches.push(batch);
            queue.finish(performance.now());
          }
          schedule();
        },
        Math.max(0, deadline - performance.now()),
      );
    };
    watcher = await watchSite({
      roots: local,
      onEvent: (event: WatchEvent) => {
        queue.push(event, performance.now());
        schedule();
      },
    });
    await act();
    await new Promise((resolve) => setTimeout(resolve, settleMs));
    if (timer) clearTimeout(timer);
    return batches;
  }

  it('turns a write-to-temp-then-rename save into one batch with one change', async () => {
    const target = join(local.articlesDir, '2026', 'a.md');
    const batches = await batchesDuring(async () => {
      const temp = join(local.articlesDir, '2026', '.a.md.tmp');
      await writeFile(temp, '# A, edited\n\nText.\n');
      await rename(temp, target);
    });
    expect(batches).toHaveLength(1);
    expect(batches[0]?.files).toEqual(new Map([[target, 'upsert']]));
  });

  it('turns many files written at once (a git checkout) into exactly one batch', async () => {
    const batches = await batchesDuring(
      async () => {
        await Promise.all(Array.from({ length: 40 }, (_, i) => writeFile(join(local.articlesDir, '2026', `n${i}.md`), `# N${i}\n\nText.\n`)));
        await unlink(join(local.articlesDir, '2026', 'a.md'));
        // A busy machine spaces the 41 events out by far more than the preview's 25 ms: the quiet
        // time here is wide enough that only the batching, not the machine's speed, is tested.
      },
      2500,
      { quietMs: 500, maxWaitMs: 20_000 },
    );
    expect(batches).toHaveLength(1);
    expect(batches[0]?.files.size).toBe(41);
    expect(batches[0]?.files.get(join(local.articlesDir, '2026', 'a.md'))).toBe('remove');
  });

  it('sees the config file appear although it did not exist at start', async () => {
    const batches = await batchesDuring(() => writeFile(local.configFile, '{}'));
    expect([...(batches[0]?.files.keys() ?? [])]).toEqual([local.configFile]);
  });

  it('reports nothing for files the site does not read', async () => {
    const batches = await batchesDuring(async () => {
      await writeFile(join(local.articlesDir, 'notes.docx'), 'x');
      await writeFile(join(local.articlesDir, '2026', '.a.md.swp'), 'x');
      await writeFile(join(dir, 'README.md'), 'x');
    });
    expect(batches).toEqual([]);
  });
});
