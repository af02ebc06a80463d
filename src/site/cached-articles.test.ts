// Watch mode's first load from the records a build kept, with real files: a `build` then an
// IncrementalSite.open of the same articles takes every record from the cache and writes the
// site an open without the cache writes; a changed article, or a whole record altered in the
// cache, is extracted again; a corrupt cache is ignored with a note and left as it was.
import { readFileSync } from 'node:fs';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import type { ArticleEntry } from '../cache/entries.ts';
import { packPath } from '../cache/entries.ts';
import type { SiteConfig } from '../config/config.ts';
import { sampleSite } from '../test/sample-site.ts';
import { listFiles } from '../test/site-files.ts';
import { buildSite } from './build.ts';
import { IncrementalSite } from './incremental.ts';

const EDITED = '2026/11/rdc-cholera-kasai.md';

let dir: string;
let config: SiteConfig;
let cacheDir: string;

beforeEach(async () => {
  ({ dir, config, cacheDir } = await sampleSite('nd-cached-open-'));
});

/** Every file of a site but the build's marker, by path. */
function siteFiles(out: string): Map<string, string> {
  return new Map(listFiles(out).flatMap((path) => (path === '.newsdigest' ? [] : [[path, readFileSync(join(out, path), 'latin1')]])));
}

/** The site watch mode opens with every article extracted, in a folder of its own. */
async function extractedAll(): Promise<Map<string, string>> {
  const out = join(await mkdtemp(join(tmpdir(), 'nd-cached-open-ref-')), 'public');
  await IncrementalSite.open({ config: { ...config, outDir: out } });
  return siteFiles(out);
}

/** The path of the cache folder `build` made (one per output folder). */
async function siteCacheDir(): Promise<string> {
  const [folder] = listFiles(join(cacheDir, 'newsdigest'))
    .filter((path) => path.endsWith('/manifest.json'))
    .map((path) => path.slice(0, -'/manifest.json'.length));
  if (!folder) throw new Error('the build kept no cache');
  return join(cacheDir, 'newsdigest', folder);
}

describe('IncrementalSite.open with the cache of a build', { timeout: 120_000 }, () => {
  it('takes every record from the cache and writes the site an open without the cache writes', async () => {
    const built = await buildSite(config, { cacheDir, workers: 1 });
    const { cached, notes, result } = await IncrementalSite.open({ config, cacheDir });
    expect(cached).toBe(built.work.extracted);
    expect(cached).toBeGreaterThan(10);
    expect(notes).toEqual([]);
    const opened = siteFiles(config.outDir);
    expect(opened).toEqual(await extractedAll());
    const fresh = await IncrementalSite.open({ config: { ...config, outDir: join(dir, 'again') } });
    expect(result.diagnostics).toEqual(fresh.result.diagnostics);
  });

  it('extracts a changed article again, and an article whose whole record was altered in the cache', async () => {
    const built = await buildSite(config, { cacheDir, workers: 1 });
    const file = join(config.articlesDir, EDITED);
    await writeFile(file, (await readFile(file, 'utf8')).replace(/^title: .*$/m, 'title: "A headline changed after the build"'));
    // The whole record of another article, altered in its pack: its hash no longer matches the
    // listing's. (Not the edited article's, which is extracted again anyway.)
    const siteCache = await siteCacheDir();
    const listings = (await readFile(join(siteCache, 'listings.jsonl'), 'utf8')).split('\n').filter(Boolean);
    const other = listings.map((line) => JSON.parse(line) as ArticleEntry).find((entry) => entry.article && entry.path !== EDITED)?.article?.whole;
    if (!other) throw new Error('no other article in the cache');
    const pack = packPath(siteCache, other.pack);
    const bytes = await readFile(pack);
    // A byte in the middle of its copy: its pack's other articles stay as they were.
    const middle = other.at + Math.floor(other.length / 2);
    bytes[middle] = bytes[middle] === 0x20 ? 0x21 : 0x20;
    await writeFile(pack, bytes);
    const { cached } = await IncrementalSite.open({ config, cacheDir });
    expect(cached).toBe(built.work.extracted - 2);
    const opened = siteFiles(config.outDir);
    expect([...opened.values()].some((text) => text.includes('A headline changed after the build'))).toBe(true);
    expect(opened).toEqual(await extractedAll());
  });

  it('ignores a corrupt cache with a note, leaves it as it is, and extracts every article', async () => {
    await buildSite(config, { cacheDir, workers: 1 });
    const manifest = join(await siteCacheDir(), 'manifest.json');
    await writeFile(manifest, '{"tool": "newsdigest", "format"');
    const { cached, notes } = await IncrementalSite.open({ config, cacheDir });
    expect(cached).toBe(0);
    expect(notes).toEqual([expect.stringMatching(/is corrupt \(its manifest is not JSON\); it is ignored$/)]);
    expect(await readFile(manifest, 'utf8')).toBe('{"tool": "newsdigest", "format"');
    expect(siteFiles(config.outDir)).toEqual(await extractedAll());
  });
});
