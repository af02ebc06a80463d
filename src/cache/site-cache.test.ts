// The cache's own files: the listings a build saves read back whole in the next one, however
// many megabytes they take (they are written in pieces); a build appends only its new listings,
// and the manifest says how much of the file is listings.
import { appendFile, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type ArticleEntry, PackWriter, packPath, readWholeHtml } from './entries.ts';
import { CACHE_FORMAT, newBuildId, SiteCache, type SiteManifest } from './site-cache.ts';

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
      whole: { pack: '0123456789abcdef', at: 0, length: 1 },
    },
  };
}

const manifestOf = (code: string): SiteManifest => ({
  tool: 'newsdigest',
  format: CACHE_FORMAT,
  code,
  buildId: newBuildId(),
  siteKey: 's',
  pageKey: 'p',
  search: null,
  files: {},
  diagnostics: [],
  result: { articles: 0, pages: 0, counts: {} },
});

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

describe('the packs of whole articles', () => {
  const options = (): { root: string; outDir: string; code: string } => ({ root, outDir: join(root, 'public'), code: 'code-1' });

  /** Entries whose whole articles are written, in one pack per call, to the cache folder. */
  function packedEntries(cache: SiteCache, numbers: readonly number[]): ArticleEntry[] {
    const pack = new PackWriter(cache.dir);
    try {
      return numbers.map((n) => {
        const entry = entryOf(n, 200);
        const { whole, fullHash } = pack.write(`<p>Body of story ${n}, “as written”.</p>`, JSON.stringify(entry.article?.record));
        return { ...entry, article: { ...(entry.article as NonNullable<ArticleEntry['article']>), whole, fullHash } };
      });
    } finally {
      pack.close();
    }
  }
  const packsIn = async (cache: SiteCache): Promise<string[]> => (await readdir(join(cache.dir, 'articles'))).sort();
  const bodyOf = (cache: SiteCache, entry: ArticleEntry | undefined): string | null => (entry?.article ? readWholeHtml(cache.dir, entry.article.whole, entry.article.fullHash) : null);

  it('removes the packs no kept article is in (articles gone, a build killed before its manifest), and leaves other files', async () => {
    const first = SiteCache.open(options());
    const kept = packedEntries(first, [1, 2]);
    const gone = packedEntries(first, [3]);
    await writeFile(join(first.dir, 'articles', 'README'), 'not a pack');
    first.save([...kept, ...gone], manifestOf('code-1'));
    first.collectGarbage(new Set([...kept, ...gone].map((e) => e.key)));
    expect(await packsIn(first)).toHaveLength(3);

    // A build killed after extracting, before its manifest: its pack is no listing's.
    const orphan = packedEntries(SiteCache.open(options()), [4]);
    expect(await packsIn(first)).toHaveLength(4);
    const second = SiteCache.open(options());
    second.save(
      kept.map((e) => second.entry(e.key) as ArticleEntry),
      manifestOf('code-1'),
    );
    second.collectGarbage(new Set(kept.map((e) => e.key)));
    expect(await packsIn(second)).toEqual([`${kept[0]?.article?.whole.pack}.pack`, 'README'].sort());
    expect(kept.map((e) => bodyOf(second, second.entry(e.key)))).toEqual(['<p>Body of story 1, “as written”.</p>', '<p>Body of story 2, “as written”.</p>']);
    expect(orphan[0]?.article?.whole.pack).not.toBe(kept[0]?.article?.whole.pack);
  });

  it('moves the live articles of a pack mostly dead to a new pack, and the next build reads them there', async () => {
    const first = SiteCache.open(options());
    const entries = packedEntries(first, [0, 1, 2, 3, 4, 5, 6, 7]);
    first.save(entries, manifestOf('code-1'));
    const oldPack = entries[0]?.article?.whole.pack;

    // Six of eight articles changed: their new copies in a pack of their own, the old pack a quarter live.
    const second = SiteCache.open(options());
    const changed = packedEntries(second, [2, 3, 4, 5, 6, 7]).map((e) => ({ ...e, key: `${e.key}-changed` }));
    const all = [second.entry('key-0') as ArticleEntry, second.entry('key-1') as ArticleEntry, ...changed];
    second.save(all, manifestOf('code-1'));
    second.collectGarbage(new Set(all.map((e) => e.key)));
    const moved = second.entry('key-0')?.article?.whole.pack;
    expect(moved).not.toBe(oldPack);
    expect(await packsIn(second)).not.toContain(`${oldPack}.pack`);
    expect(await packsIn(second)).toHaveLength(2);

    const third = SiteCache.open(options());
    expect(third.notes).toEqual([]);
    expect(third.entry('key-1')?.article?.whole.pack).toBe(moved);
    expect(bodyOf(third, third.entry('key-0'))).toBe('<p>Body of story 0, “as written”.</p>');
    expect(bodyOf(third, third.entry('key-1'))).toBe('<p>Body of story 1, “as written”.</p>');
    expect(bodyOf(third, third.entry('key-7-changed'))).toBe('<p>Body of story 7, “as written”.</p>');
  });

  it('leaves a pack where it is while at least half of it is live, and a copy that no longer reads back as hashed', async () => {
    const first = SiteCache.open(options());
    const entries = packedEntries(first, [0, 1, 2, 3, 4, 5, 6, 7]);
    first.save(entries, manifestOf('code-1'));
    const pack = entries[0]?.article?.whole.pack as string;

    const second = SiteCache.open(options());
    const half = entries.slice(0, 4).map((e) => second.entry(e.key) as ArticleEntry);
    second.save(half, manifestOf('code-1'));
    expect(half.map((e) => second.entry(e.key)?.article?.whole.pack)).toEqual([pack, pack, pack, pack]);

    // A quarter live, but the pack damaged: nothing reads back, so nothing moves.
    await writeFile(packPath(second.dir, pack), 'damaged');
    const third = SiteCache.open(options());
    const quarter = entries.slice(0, 2).map((e) => third.entry(e.key) as ArticleEntry);
    third.save(quarter, manifestOf('code-1'));
    expect(third.entry('key-0')).toBe(quarter[0]);
  });
});
