// The search index in shards on real files: a build after one article changed indexes again only
// that article's shard, leaves every other shard's files as they were (same inode, same date) and
// ends with the index a build from scratch makes; watch mode's refresh does the same. A build
// reads the articles' text from the cache folder, or from their files when the copies are gone.
import { readFileSync, statSync } from 'node:fs';
import { appendFile, cp, mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_CONFIG, normaliseBaseUrl, type SiteConfig } from '../config/config.ts';
import { SHARDS_FILE, shardOf } from '../search/shards.ts';
import { listFiles } from '../test/site-files.ts';
import { buildSite } from './build.ts';
import { IncrementalSite } from './incremental.ts';

const root = resolve(import.meta.dirname, '../..');
const EDITED = '2026/11/rdc-cholera-kasai.md';
const EDITED_URL = '/articles/rdc-cholera-kasai/';
// The sample site's 15 articles in 8 shards of about two.
const SHARD_SIZE = 2;

let dir: string;
let config: SiteConfig;

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'nd-search-shards-'));
  await cp(join(root, 'articles'), join(dir, 'articles'), { recursive: true });
  config = { ...DEFAULT_CONFIG, articlesDir: join(dir, 'articles'), templatesDir: join(root, 'templates'), outDir: join(dir, 'public'), baseUrl: normaliseBaseUrl('https://news.example.org/') };
});

/** Inode, date and bytes of every file of the search index. */
function searchFiles(out: string): Map<string, { stamp: string; text: string }> {
  const files = new Map<string, { stamp: string; text: string }>();
  for (const path of listFiles(out).filter((p) => p.startsWith('pagefind/'))) {
    const stats = statSync(join(out, path));
    files.set(path, { stamp: `${stats.ino}:${stats.mtimeMs}`, text: readFileSync(join(out, path), 'latin1') });
  }
  return files;
}

const shardsOf = (paths: readonly string[]): string[] => [...new Set(paths.map((p) => p.split('/')[1] ?? ''))].sort();

/** Shards with a file rewritten, and shards whose bytes differ, between two looks at the index. */
function changes(before: Map<string, { stamp: string; text: string }>, after: Map<string, { stamp: string; text: string }>): { rewritten: string[]; differ: string[] } {
  const inIndex = [...after].filter(([path]) => path !== SHARDS_FILE);
  return {
    rewritten: shardsOf(inIndex.filter(([path, file]) => before.get(path)?.stamp !== file.stamp).map(([path]) => path)),
    differ: shardsOf(inIndex.filter(([path, file]) => before.get(path)?.text !== file.text).map(([path]) => path)),
  };
}

async function fromScratch(): Promise<Map<string, string>> {
  const out = join(await mkdtemp(join(tmpdir(), 'nd-search-scratch-')), 'public');
  await buildSite({ ...config, outDir: out }, { cacheDir: null, searchShardSize: SHARD_SIZE });
  return new Map([...searchFiles(out)].map(([path, file]) => [path, file.text]));
}

const texts = (files: Map<string, { text: string }>): Map<string, string> => new Map([...files].map(([path, file]) => [path, file.text]));

describe('the search index in shards', { timeout: 120_000 }, () => {
  it('is indexed again only in the changed article’s shard by a build after one article changed', async () => {
    const build = () => buildSite(config, { cacheDir: join(dir, '.cache'), searchShardSize: SHARD_SIZE });
    const first = await build();
    const { shards } = JSON.parse(readFileSync(join(config.outDir, SHARDS_FILE), 'utf8')) as { shards: string[] };
    expect(shards.length).toBeGreaterThan(4);
    expect(first.work.searchShards).toBe(shards.length);
    const before = searchFiles(config.outDir);
    await appendFile(join(config.articlesDir, EDITED), '\nUne phrase ajoutée pour chercher le mot zanzibarite.\n');
    const second = await build();
    expect(second.work.searchShards).toBe(1);
    const shard = String(shardOf(EDITED_URL, 8));
    expect(changes(before, searchFiles(config.outDir))).toEqual({ rewritten: [shard], differ: [shard] });
    expect(second.timings.search).toBeGreaterThan(0);
    expect(texts(searchFiles(config.outDir))).toEqual(await fromScratch());
    // Nothing changed: no shard is indexed, and the files stay.
    const third = await build();
    expect(third.work.upToDate).toBe(true);
  });

  it('indexes the text of articles whose whole copy is gone from the cache, in a site replaced whole', async () => {
    const cacheDir = join(dir, '.cache');
    const first = await buildSite(config, { cacheDir, searchShardSize: SHARD_SIZE });
    // The build reads each article's text from its whole copy in the cache folder; without the
    // copies (and without the site, so every shard is indexed again) it makes them from the files.
    const [folder] = await readdir(join(cacheDir, 'newsdigest'));
    await rm(join(cacheDir, 'newsdigest', folder ?? '', 'articles'), { recursive: true });
    await rm(config.outDir, { recursive: true });
    const second = await buildSite(config, { cacheDir, searchShardSize: SHARD_SIZE });
    expect(second.work).toMatchObject({ cachedArticles: first.work.extracted, extracted: 0, output: 'replaced', searchShards: first.work.searchShards });
    expect(second.diagnostics.filter((d) => d.ruleId === 'search-index')).toEqual([]);
    expect(texts(searchFiles(config.outDir))).toEqual(await fromScratch());
  });

  it('is refreshed only in the changed article’s shard in watch mode', async () => {
    const { site } = await IncrementalSite.open({ config, searchShardSize: SHARD_SIZE });
    const before = searchFiles(config.outDir);
    await appendFile(join(config.articlesDir, EDITED), '\nUne phrase ajoutée pour chercher le mot zanzibarite.\n');
    const result = await site.update({ articles: new Map([[EDITED, 'upsert']]) });
    expect(result.searchStale).toBe(true);
    const refresh = await site.refreshSearch();
    expect(refresh).toMatchObject({ shards: 1, problem: null });
    const shard = String(shardOf(EDITED_URL, 8));
    expect(changes(before, searchFiles(config.outDir))).toEqual({ rewritten: [shard], differ: [shard] });
    expect(texts(searchFiles(config.outDir))).toEqual(await fromScratch());
  });
});
