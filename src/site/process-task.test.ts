import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PackWriter } from '../cache/entries.ts';
import { findArticleFiles } from '../read/find.ts';
import { WorkerPool } from '../workers/pool.ts';
import { oneByteJson, processEntry } from './process-task.ts';

/** Whether a string has a code unit past Latin-1 (the engine then keeps it with two bytes a character). */
const pastLatin1 = (text: string): boolean => {
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) > 0xff) return true;
  return false;
};

describe('oneByteJson', () => {
  it('escapes every character past Latin-1, surrogate pairs included, and the JSON means the same', () => {
    const value = { said: '« Le port rouvrira », a dit la maire', crowd: '12\u202f400 personnes', note: 'ça va – très bien 🙂', plain: 'naïve café' };
    const text = oneByteJson(JSON.stringify(value));
    expect(pastLatin1(text)).toBe(false);
    // Latin-1 letters stay as they are; the others are escapes.
    expect(text).toContain('naïve café');
    expect(text).toContain('\\u202f');
    expect(text).toContain('\\ud83d\\ude42');
    expect(JSON.parse(text)).toEqual(value);
  });
});

describe('the process task on a thread', () => {
  it('answers with its entries as lines of one-byte JSON, the same entries as made in this thread', async () => {
    const articlesDir = resolve(import.meta.dirname, '../../articles');
    const paths = (await findArticleFiles(articlesDir)).slice(0, 4);
    const files = await Promise.all(paths.map(async (path, i) => ({ path, displayPath: `articles/${path}`, bytes: await readFile(join(articlesDir, path)), key: `key-${i}` })));
    const pool = new WorkerPool({ size: 1 });
    try {
      const lines = await pool.run('process', { files, maxBytes: 5_000_000, cacheDir: await mkdtemp(join(tmpdir(), 'nd-process-thread-')) });
      expect(pastLatin1(lines)).toBe(false);
      const fromThread = lines.split('\n').map((line) => JSON.parse(line) as unknown);
      const pack = new PackWriter(await mkdtemp(join(tmpdir(), 'nd-process-here-')));
      const here = files.map((file) => processEntry(file, { maxBytes: 5_000_000 }, pack));
      pack.close();
      // Each side wrote whole articles to its own pack: where they are differs, the rest is equal.
      const listed = (entry: unknown): unknown => JSON.parse(JSON.stringify(entry), (key, value: unknown) => (key === 'whole' ? undefined : value));
      expect(fromThread).toHaveLength(4);
      expect(fromThread.map(listed)).toEqual(here.map(listed));
    } finally {
      await pool.close();
    }
  }, 60_000);
});
