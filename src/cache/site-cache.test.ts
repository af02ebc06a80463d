// The cache's own files: the listings a build saves read back whole in the next one, however
// many megabytes they take (they are written in pieces); a build appends only its new listings,
// and the manifest says how much of the file is listings.
import { appendFile, mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ArticleEntry } from './entries.ts';
import { newBuildId, SiteCache, type SiteManifest } from './site-cache.ts';

let root: string;

beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'nd-site-cache-'));
});

afterEach(async () => {
  await rm(root, { recursive: true, force: true });
});

/** An entry whose summary is `size` characters of an invented story, with a non-Latin-1 quote mark so it is stored as two-byte text. */
function entryOf(n: number, size: number): ArticleEntry {
  const sentence = `The river ferry at Lomaro ran ${n} extra crossings on “market day”. `;
  return {
    key: `key-${n}`,
    path: `2026/01/story-${n}.md`,
    displayPath: `articles/2026/01/story-${n}.md`,
    diagnostics: [],
    article: {
      record: {
        id: `story-${n}`,
        source: { path: `2026/01/story-${n}.md`, format: 'markdown' },
        language: 'en',
        headline: `Ferry story ${n}`,
        headlineSource: 'frontmatter',
        summary: sentence.repeat(Math.ceil(size / sentence.length)).slice(0, size),
        date: null,
        publisher: null,
        countries: [],
        actors: [],
        figures: [],
        facts: [],
        attributions: [],
        topics: [],
        tags: [],
      },
      digest: `digest-${n}`,
      originalUrl: null,
      draft: false,
      titleLine: 2,
      fullHash: `full-${n}`,
    },
  };
}

const manifestOf = (code: string): SiteManifest => ({ tool: 'newsdigest', format: 1, code, buildId: newBuildId(), siteKey: 's', pageKey: 'p', search: null, files: {}, diagnostics: [], result: { articles: 0, pages: 0, counts: {} } });

describe('SiteCache.save', () => {
  it('writes listings larger than one write piece whole, and the next build reads every entry back as it was', async () => {
    const options = { root, outDir: join(root, 'public'), code: 'code-1' };
    // 300 entries of about 8,000 characters: several megabytes, several pieces.
    const entries = Array.from({ length: 300 }, (_, n) => entryOf(n, 8000));
    const first = SiteCache.open(options);
    first.save(entries, manifestOf('code-1'));
    const listings = await readFile(join(first.dir, 'listings.jsonl'), 'utf8');
    expect(listings.length).toBeGreaterThan(2 << 20);
    expect(listings.split('\n')).toHaveLength(entries.length + 1);

    const next = SiteCache.open(options);
    expect(next.manifest?.code).toBe('code-1');
    for (const entry of entries) expect(next.entry(entry.key)).toEqual(entry);
    expect(next.notes).toEqual([]);
  });

  it('writes no listing for a file that had no key (it was unreadable)', async () => {
    const options = { root, outDir: join(root, 'public'), code: 'code-1' };
    const cache = SiteCache.open(options);
    cache.save([{ ...entryOf(1, 10), key: '' }, entryOf(2, 10)], manifestOf('code-1'));
    const lines = (await readFile(join(cache.dir, 'listings.jsonl'), 'utf8')).split('\n').filter(Boolean);
    expect(lines.map((line) => (JSON.parse(line) as ArticleEntry).key)).toEqual(['key-2']);
  });

  it('appends only the listings of new articles, and reads back no more of the file than its manifest stands for', async () => {
    const options = { root, outDir: join(root, 'public'), code: 'code-1' };
    const entries = Array.from({ length: 10 }, (_, n) => entryOf(n, 300));
    const first = SiteCache.open(options);
    first.save(entries, manifestOf('code-1'));
    const file = join(first.dir, 'listings.jsonl');
    const before = await readFile(file, 'utf8');

    // The next build: article 9 changed (a new entry under a new key), the others from the cache.
    const second = SiteCache.open(options);
    const changed = { ...entryOf(9, 300), key: 'key-9-changed' };
    second.save([...entries.slice(0, 9).map((e) => second.entry(e.key) as ArticleEntry), changed], manifestOf('code-1'));
    const after = await readFile(file, 'utf8');
    expect(after.startsWith(before)).toBe(true);
    expect(after.slice(before.length)).toBe(`${JSON.stringify(changed)}\n`);

    // A build killed while appending leaves half a line its manifest does not stand for.
    await appendFile(file, `{"key":"key-half","path":"${'x'.repeat(5000)}`);
    const third = SiteCache.open(options);
    expect(third.entry('key-9-changed')).toEqual(changed);
    expect(third.notes).toEqual([]);
    const next = { ...entryOf(10, 300), key: 'key-10' };
    third.save([...[...entries.slice(0, 9), changed].map((e) => third.entry(e.key) as ArticleEntry), next], manifestOf('code-1'));
    expect(await readFile(file, 'utf8')).toBe(`${after}${JSON.stringify(next)}\n`);
    const fourth = SiteCache.open(options);
    expect(fourth.entry('key-10')).toEqual(next);
    expect(fourth.notes).toEqual([]);
  });

  it('writes the listings anew once those of articles gone would be more than a quarter of them', async () => {
    const options = { root, outDir: join(root, 'public'), code: 'code-1' };
    const entries = Array.from({ length: 10 }, (_, n) => entryOf(n, 300));
    SiteCache.open(options).save(entries, manifestOf('code-1'));
    const second = SiteCache.open(options);
    // Four of ten articles deleted.
    second.save(
      entries.slice(0, 6).map((e) => second.entry(e.key) as ArticleEntry),
      manifestOf('code-1'),
    );
    const lines = (await readFile(join(second.dir, 'listings.jsonl'), 'utf8')).split('\n').filter(Boolean);
    expect(lines.map((line) => (JSON.parse(line) as ArticleEntry).key)).toEqual(entries.slice(0, 6).map((e) => e.key));
    const third = SiteCache.open(options);
    expect(third.entry('key-5')).toEqual(entries[5]);
    expect(third.entry('key-7')).toBeUndefined();
  });
});

describe('SiteCache.takeExtracted', () => {
  const linesOf = (entries: readonly ArticleEntry[]): string => entries.map((entry) => JSON.stringify(entry)).join('\n');

  it('parses the threads’ lines and writes them as the listings, which save() then does not write again', async () => {
    const options = { root, outDir: join(root, 'public'), code: 'code-1' };
    const entries = Array.from({ length: 6 }, (_, n) => entryOf(n, 300));
    const cache = SiteCache.open(options);
    const texts = [linesOf(entries.slice(0, 4)), linesOf(entries.slice(4))];
    const taken = cache.takeExtracted(texts);
    expect(taken).toEqual(entries);
    expect(texts).toEqual(['', '']);
    const file = join(cache.dir, 'listings.jsonl');
    const written = `${linesOf(entries)}\n`;
    expect(await readFile(file, 'utf8')).toBe(written);
    cache.save(taken, manifestOf('code-1'));
    expect(await readFile(file, 'utf8')).toBe(written);
    const next = SiteCache.open(options);
    for (const entry of entries) expect(next.entry(entry.key)).toEqual(entry);
    expect(next.notes).toEqual([]);
  });

  it('appends new articles’ lines beyond what the manifest stands for: a build killed before its manifest leaves the last one whole', async () => {
    const options = { root, outDir: join(root, 'public'), code: 'code-1' };
    const entries = [0, 1, 2, 3].map((n) => entryOf(n, 300));
    SiteCache.open(options).save(entries, manifestOf('code-1'));
    const changed = { ...entryOf(3, 300), key: 'key-3-changed' };
    SiteCache.open(options).takeExtracted([linesOf([changed])]);
    // No save(): the build was killed. The next build reads the last build's listings alone.
    const next = SiteCache.open(options);
    expect(next.entry('key-3')).toEqual(entries[3]);
    expect(next.entry('key-3-changed')).toBeUndefined();
    expect(next.notes).toEqual([]);
  });
});
