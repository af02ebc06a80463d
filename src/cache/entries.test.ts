// An article's whole copy in a pack of the cache folder: read back whole, or its body alone (the
// search index's text), and never when the bytes are not the ones its listing hashed or the
// location a listing gives is not one a pack writer made.
import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { record } from '../index/fixtures/records.ts';
import { PackWriter, packNameOf, packPath, readWholeArticle, readWholeHtml, type WholeLocation } from './entries.ts';

let dir: string;

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'nd-entries-'));
});

afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

const html = '<p>The night ferry to Ostrel left\nwith “forty” cars &amp; a brass band.</p>';
const rec = record('night-ferry', { headline: 'Night ferry sails again' });

/** Writes whole articles through one pack writer, closed after. */
function packed(...bodies: string[]): { whole: WholeLocation; fullHash: string }[] {
  const pack = new PackWriter(dir);
  try {
    return bodies.map((body) => pack.write(body, JSON.stringify(rec)));
  } finally {
    pack.close();
  }
}

describe('whole articles in packs', () => {
  it('reads back the body alone, and the whole article, as written', () => {
    const [first] = packed(html);
    if (!first) throw new Error('nothing written');
    expect(readWholeHtml(dir, first.whole, first.fullHash)).toBe(html);
    expect(readWholeArticle(dir, first.whole, first.fullHash)).toEqual({ record: rec, html, recordJson: JSON.stringify(rec) });
  });

  it('puts the articles of one writer one after the other in a single file, and each reads back alone', async () => {
    const written = packed(html, '<p>Second</p>', '<p>Third, with “quotes”</p>');
    const packs = new Set(written.map((w) => w.whole.pack));
    expect(packs.size).toBe(1);
    expect(await readdir(join(dir, 'articles'))).toEqual([`${[...packs][0]}.pack`]);
    expect(written.map((w) => readWholeHtml(dir, w.whole, w.fullHash))).toEqual([html, '<p>Second</p>', '<p>Third, with “quotes”</p>']);
    expect(written[1]?.whole.at).toBe((written[0]?.whole.at ?? 0) + (written[0]?.whole.length ?? 0));
  });

  it('gives two writers two packs, and makes the folder when it is missing', async () => {
    const [a] = packed(html);
    await rm(join(dir, 'articles'), { recursive: true });
    const [b] = packed('<p>Other</p>');
    expect(a?.whole.pack).not.toBe(b?.whole.pack);
    expect(readWholeHtml(dir, b?.whole as WholeLocation, b?.fullHash ?? '')).toBe('<p>Other</p>');
  });

  it('makes no file for a writer that wrote nothing', async () => {
    new PackWriter(dir).close();
    await expect(readdir(join(dir, 'articles'))).rejects.toThrow();
  });

  it('reads nothing from bytes that are missing or are not the ones hashed', async () => {
    const [first, second] = packed(html, '<p>Second</p>');
    if (!first || !second) throw new Error('nothing written');
    expect(readWholeHtml(dir, first.whole, 'another hash')).toBeNull();
    expect(readWholeHtml(dir, { ...first.whole, pack: '0000000000000000' }, first.fullHash)).toBeNull();
    // A range past the pack's end, or the neighbour's bytes.
    expect(readWholeHtml(dir, { ...second.whole, length: second.whole.length + 10 }, second.fullHash)).toBeNull();
    expect(readWholeHtml(dir, { ...first.whole, at: second.whole.at }, first.fullHash)).toBeNull();
    await writeFile(packPath(dir, first.whole.pack), `${JSON.stringify({ html: '<p>Changed</p>' })}\n${JSON.stringify(rec)}`);
    expect(readWholeHtml(dir, first.whole, first.fullHash)).toBeNull();
    expect(readWholeArticle(dir, first.whole, first.fullHash)).toBeNull();
  });

  it('never reads a location a damaged listing gives: another file, a negative or huge range', () => {
    const [first] = packed(html);
    if (!first) throw new Error('nothing written');
    for (const whole of [
      { ...first.whole, pack: '../../etc/passwd' },
      { ...first.whole, pack: `${first.whole.pack}/x` },
      { ...first.whole, at: -1 },
      { ...first.whole, at: 0.5 },
      { ...first.whole, length: 0 },
      { ...first.whole, length: 2 ** 40 },
      { pack: first.whole.pack } as unknown as WholeLocation,
    ]) {
      expect(readWholeHtml(dir, whole, first.fullHash)).toBeNull();
    }
  });

  it('tells a pack file by its name', () => {
    expect(packNameOf('0123456789abcdef.pack')).toBe('0123456789abcdef');
    expect(packNameOf('0123456789abcdef')).toBeNull();
    expect(packNameOf('notes.pack')).toBeNull();
    expect(packNameOf('ab')).toBeNull();
  });
});
