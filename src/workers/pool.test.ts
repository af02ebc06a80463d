import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PackWriter } from '../cache/entries.ts';
import { findArticleFiles } from '../read/find.ts';
import { processEntry } from '../site/process-task.ts';
import { movableBuffers, WorkerPool } from './pool.ts';

describe('movableBuffers', () => {
  it('moves the buffer of bytes that own it whole, and nothing else', () => {
    const owned = new TextEncoder().encode('Le ferry a fait “trois” traversées.');
    expect(movableBuffers(owned)).toEqual([owned.buffer]);
    // A small Buffer is a view into Node's shared pool: moving the pool would take its neighbours.
    const pooled = Buffer.from('short');
    expect(pooled.byteLength).toBeLessThan(pooled.buffer.byteLength);
    expect(movableBuffers(pooled)).toEqual([]);
    expect(movableBuffers(owned.subarray(1))).toEqual([]);
    expect(movableBuffers(new Uint8Array(new SharedArrayBuffer(8)))).toEqual([]);
    expect(movableBuffers('text')).toEqual([]);
    expect(movableBuffers({ bytes: owned })).toEqual([]);
  });
});

describe('the process task on a thread', () => {
  it('answers with its entries as UTF-8 lines, the same entries as made in this thread', async () => {
    const articlesDir = resolve(import.meta.dirname, '../../articles');
    const paths = (await findArticleFiles(articlesDir)).slice(0, 4);
    const files = await Promise.all(paths.map(async (path, i) => ({ path, displayPath: `articles/${path}`, bytes: await readFile(join(articlesDir, path)), key: `key-${i}` })));
    const cacheDir = await mkdtemp(join(tmpdir(), 'nd-pool-process-'));
    const pool = new WorkerPool({ size: 1 });
    try {
      const lines = await pool.run('process', { files, maxBytes: 5_000_000, cacheDir });
      expect(lines).toBeInstanceOf(Uint8Array);
      const fromThread = new TextDecoder()
        .decode(lines)
        .split('\n')
        .map((line) => JSON.parse(line) as unknown);
      const pack = new PackWriter(await mkdtemp(join(tmpdir(), 'nd-pool-here-')));
      const here = files.map((file) => processEntry(file, { maxBytes: 5_000_000 }, pack));
      pack.close();
      // Whole articles went to each side's own pack: the listings say where, the rest is equal.
      const listed = (entry: unknown): unknown => JSON.parse(JSON.stringify(entry), (key, value: unknown) => (key === 'whole' ? undefined : value));
      expect(fromThread.map(listed)).toEqual(here.map(listed));
      expect(fromThread).toHaveLength(4);
    } finally {
      await pool.close();
    }
  }, 60_000);
});
