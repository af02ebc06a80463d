// The persistent cache, by counting the work builds do and looking at the files they leave: a
// build with nothing changed renders and writes nothing; one changed article is extracted alone
// and only the pages whose inputs changed are rendered; files whose bytes did not change keep
// their inode and date; a damaged or foreign cache is discarded with a note and the site is the
// one a build from scratch makes.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { appendFile, cp, mkdtemp, readFile, rm, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_CONFIG, normaliseBaseUrl, type SiteConfig } from '../config/config.ts';
import { listFiles } from '../test/site-files.ts';
import { type BuildResult, buildSite } from './build.ts';

const root = resolve(import.meta.dirname, '../..');
const EDITED = '2026/11/rdc-cholera-kasai.md';

let dir: string;
let config: SiteConfig;
let cacheDir: string;

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'nd-cache-site-'));
  await cp(join(root, 'articles'), join(dir, 'articles'), { recursive: true });
  cacheDir = join(dir, '.cache');
  config = { ...DEFAULT_CONFIG, articlesDir: join(dir, 'articles'), templatesDir: join(root, 'templates'), outDir: join(dir, 'public'), pageSize: 4, baseUrl: normaliseBaseUrl('https://news.example.org/') };
});

const build = (options: { fresh?: boolean; workers?: number; settledMs?: number } = {}, site: SiteConfig = config): Promise<BuildResult> => buildSite(site, { cacheDir, ...options });

/** Inode, date and bytes of every file of the site (the marker aside: it names the build). */
function snapshot(out: string): Map<string, { inode: number; mtime: number; text: string }> {
  const files = new Map<string, { inode: number; mtime: number; text: string }>();
  for (const path of listFiles(out)) {
    if (path === '.newsdigest') continue;
    const stats = statSync(join(out, path));
    files.set(path, { inode: stats.ino, mtime: stats.mtimeMs, text: readFileSync(join(out, path), 'latin1') });
  }
  return files;
}

/** The site a build from scratch makes of the same articles, in a folder of its own. */
async function fromScratch(site: SiteConfig = config): Promise<Map<string, string>> {
  const other = await mkdtemp(join(tmpdir(), 'nd-cache-scratch-'));
  await buildSite({ ...site, outDir: join(other, 'public') }, { cacheDir: null });
  return new Map([...snapshot(join(other, 'public'))].map(([path, file]) => [path, file.text]));
}

const texts = (files: Map<string, { text: string }>): Map<string, string> => new Map([...files].map(([path, file]) => [path, file.text]));

// Whole sites are built in this process: on a busy 2-core machine a test can take well over the default 30 s.
describe('a build with the cache', { timeout: 120_000 }, () => {
  it('renders and writes nothing when nothing changed', async () => {
    const first = await build();
    expect(first.work).toMatchObject({ upToDate: false, extracted: 15, output: 'replaced' });
    const before = snapshot(config.outDir);
    const marker = readFileSync(join(config.outDir, '.newsdigest'), 'utf8');
    const second = await build();
    expect(second.work).toMatchObject({ upToDate: true, extracted: 0, rendered: 0, written: 0, output: 'untouched' });
    expect(second.pages).toBe(first.pages);
    expect(second.diagnostics).toEqual(first.diagnostics);
    expect(snapshot(config.outDir)).toEqual(before);
    expect(readFileSync(join(config.outDir, '.newsdigest'), 'utf8')).toBe(marker);
  });

  it('extracts a changed article alone, renders only the pages whose inputs changed, and writes only files whose bytes changed', async () => {
    const first = await build();
    const before = snapshot(config.outDir);
    await appendFile(join(config.articlesDir, EDITED), '\nUne phrase ajoutée à la fin, pour le test du cache.\n');
    const second = await build();
    expect(second.work).toMatchObject({ upToDate: false, extracted: 1, cachedArticles: 14, output: 'updated' });
    // Rendered: exactly the pages whose planner fingerprint changed.
    const old = new Map(first.plan?.pages.map((p) => [p.output, p.fingerprint]));
    const touched = second.plan?.pages.filter((p) => old.get(p.output) !== p.fingerprint).map((p) => p.output) ?? [];
    expect(touched).toContain('articles/rdc-cholera-kasai/index.html');
    expect(touched.length).toBeLessThan((second.plan?.pages.length ?? 0) / 4);
    expect(second.work.rendered).toBe(touched.length);

    const after = snapshot(config.outDir);
    expect(texts(after)).toEqual(await fromScratch());
    const rewritten = [...after].filter(([path, file]) => before.get(path)?.inode !== file.inode || before.get(path)?.mtime !== file.mtime).map(([path]) => path);
    const differ = [...after].filter(([path, file]) => before.get(path)?.text !== file.text).map(([path]) => path);
    // Every file rewritten has new bytes, and every file with new bytes was rewritten.
    expect(rewritten.sort()).toEqual(differ.sort());
    expect(differ).toContain('articles/rdc-cholera-kasai/index.html');
    expect(second.work.written).toBe(differ.length);
  });

  it('removes the pages of a deleted article in place', async () => {
    await build();
    await rm(join(config.articlesDir, EDITED));
    const second = await build();
    expect(second.work.output).toBe('updated');
    expect(second.work.removed).toBeGreaterThan(0);
    const files = listFiles(config.outDir);
    expect(files).not.toContain('articles/rdc-cholera-kasai/index.html');
    expect(texts(snapshot(config.outDir))).toEqual(await fromScratch());
  });

  it('re-renders every page after a template change but writes only the files that changed', async () => {
    const templatesDir = join(dir, 'templates');
    await cp(join(root, 'templates'), templatesDir, { recursive: true });
    const site = { ...config, templatesDir };
    const first = await build({}, site);
    const before = snapshot(config.outDir);
    const footer = join(templatesDir, 'partials/footer.liquid');
    await writeFile(footer, (await readFile(footer, 'utf8')).replace('<p class="credits">', '<p class="credits">Edited. '));
    const second = await build({}, site);
    expect(second.work).toMatchObject({ extracted: 0, rendered: first.pages, output: 'updated' });
    const after = snapshot(config.outDir);
    // Record files and feeds do not show the footer: they keep their inode and date.
    expect(after.get('data/index.json')).toEqual(before.get('data/index.json'));
    expect(after.get('atom.xml')).toEqual(before.get('atom.xml'));
    expect(after.get('index.html')?.text).toContain('Edited. ');
    expect(second.work.written).toBeLessThan(first.pages);
    expect(texts(after)).toEqual(await fromScratch(site));
  });

  it('with fresh (--no-cache) extracts everything again, and still links unchanged files into the new site', async () => {
    await build();
    const before = snapshot(config.outDir);
    const again = await build({ fresh: true });
    expect(again.work).toMatchObject({ extracted: 15, cachedArticles: 0, written: 0, output: 'replaced' });
    expect(snapshot(config.outDir)).toEqual(before);
  });

  it('builds the same site on worker threads from the cache of a build in this thread', async () => {
    await build({ workers: 1 });
    await appendFile(join(config.articlesDir, EDITED), '\nUne autre phrase.\n');
    const second = await build({ workers: 2 });
    expect(second.work.extracted).toBe(1);
    expect(texts(snapshot(config.outDir))).toEqual(await fromScratch());
  });
});

// Files are known by the stat the last build saw only once settled: these tests say how settled
// (settledMs), since their files were all written a moment ago.
describe('article files known by their stat', { timeout: 120_000 }, () => {
  it('reads only the changed file when the others are as the last build saw them', async () => {
    await build({ settledMs: 0 });
    await appendFile(join(config.articlesDir, EDITED), '\nUne phrase de plus.\n');
    const second = await build({ settledMs: 0 });
    expect(second.work).toMatchObject({ read: 1, extracted: 1, cachedArticles: 14 });
    expect(texts(snapshot(config.outDir))).toEqual(await fromScratch());
  });

  it('reads again a file rewritten with the same size and its modification date set back', async () => {
    const file = join(config.articlesDir, EDITED);
    // A whole second, which utimes sets exactly (a date read back from stat can be finer).
    const date = new Date('2026-01-02T03:04:05Z');
    await utimes(file, date, date);
    await build({ settledMs: 0 });
    const before = statSync(file);
    const text = await readFile(file, 'utf8');
    // Same length, other words: only the change time (which no tool can set back) tells.
    await writeFile(file, text.replace('Kasaï', 'Kasaï'.split('').reverse().join('')));
    await utimes(file, date, date);
    expect(statSync(file)).toMatchObject({ size: before.size, mtimeMs: before.mtimeMs });
    const second = await build({ settledMs: 0 });
    expect(second.work).toMatchObject({ upToDate: false, read: 1, extracted: 1 });
    expect(texts(snapshot(config.outDir))).toEqual(await fromScratch());
  });

  it('reads every file that had not settled when the last build read it', async () => {
    await build();
    const second = await build({ settledMs: 60_000 });
    expect(second.work).toMatchObject({ upToDate: true, read: 15 });
    const third = await build({ settledMs: 0 });
    expect(third.work).toMatchObject({ upToDate: true, read: 0 });
  });

  it('reads a file known by its stat whose cached result is lost', async () => {
    await build({ settledMs: 0 });
    const [folder] = readdirSync(join(cacheDir, 'newsdigest'));
    const listings = join(cacheDir, 'newsdigest', folder ?? '', 'listings.jsonl');
    const lines = (await readFile(listings, 'utf8')).split('\n');
    await writeFile(listings, [lines[0]?.slice(0, 40), ...lines.slice(1)].join('\n'));
    await appendFile(join(config.articlesDir, EDITED), '\nEncore une phrase.\n');
    const second = await build({ settledMs: 0 });
    expect(second.work).toMatchObject({ read: 2, extracted: 2 });
    expect(texts(snapshot(config.outDir))).toEqual(await fromScratch());
  });
});

describe('a damaged or foreign cache', { timeout: 120_000 }, () => {
  const siteCache = (): string => {
    const [folder] = readdirSync(join(cacheDir, 'newsdigest'));
    return join(cacheDir, 'newsdigest', folder ?? '');
  };

  it('is discarded with a note when its manifest is not JSON', async () => {
    await build();
    await writeFile(join(siteCache(), 'manifest.json'), '{"tool": "newsdigest", "format"');
    const second = await build();
    expect(second.work.notes.join('\n')).toMatch(/is corrupt/);
    expect(second.work).toMatchObject({ extracted: 15, output: 'replaced' });
    expect(texts(snapshot(config.outDir))).toEqual(await fromScratch());
  });

  it('is discarded with a note when another program or format wrote it', async () => {
    await build();
    const manifest = JSON.parse(await readFile(join(siteCache(), 'manifest.json'), 'utf8')) as Record<string, unknown>;
    await writeFile(join(siteCache(), 'manifest.json'), JSON.stringify({ ...manifest, format: 999 }));
    const second = await build();
    expect(second.work.notes.join('\n')).toMatch(/not written by this version of newsdigest/);
    expect(second.work.extracted).toBe(15);
  });

  it('reads again the articles whose cached listing is unreadable, with a note', async () => {
    await build();
    const listings = join(siteCache(), 'listings.jsonl');
    const lines = (await readFile(listings, 'utf8')).split('\n');
    await writeFile(listings, [lines[0]?.slice(0, 40), ...lines.slice(1)].join('\n'));
    await appendFile(join(config.articlesDir, EDITED), '\nEncore une phrase.\n');
    const second = await build();
    expect(second.work.notes.join('\n')).toMatch(/1 unreadable entry/);
    expect(second.work.extracted).toBe(2);
    expect(texts(snapshot(config.outDir))).toEqual(await fromScratch());
  });

  it('never uses a whole record whose file was altered: the article is made again from its file', async () => {
    await build();
    const articles = join(siteCache(), 'articles');
    // Every cached record is replaced by a forged one of the same length in bytes, in its pack.
    let forged = 0;
    for (const name of readdirSync(articles)) {
      const file = join(articles, name);
      const text = readFileSync(file, 'latin1');
      const forgery = text.replace(/("headline": ?")([^"]*)"/g, (_, key: string, value: string) => {
        forged++;
        return `${key}${'X'.repeat(value.length)}"`;
      });
      await writeFile(file, forgery, 'latin1');
    }
    expect(forged).toBeGreaterThan(10);
    // A template change makes every article page render again from its cached record.
    const templatesDir = join(dir, 'templates');
    await cp(join(root, 'templates'), templatesDir, { recursive: true });
    await appendFile(join(templatesDir, 'partials/footer.liquid'), '\n');
    const site = { ...config, templatesDir };
    const second = await build({}, site);
    expect(second.work.extracted).toBe(0);
    expect(
      listFiles(config.outDir)
        .filter((p) => p.startsWith('articles/'))
        .map((p) => readFileSync(join(config.outDir, p), 'utf8'))
        .join(''),
    ).not.toContain('XXXXXXXX');
    expect(texts(snapshot(config.outDir))).toEqual(await fromScratch(site));
  });

  it('makes the pages of articles whose whole copy is gone from their files, on worker threads', async () => {
    await build();
    await rm(join(siteCache(), 'articles'), { recursive: true });
    await rm(config.outDir, { recursive: true });
    // A render thread loads the extraction pipeline only for this: every page is rendered again
    // and each article page finds no copy to read.
    const second = await build({ workers: 2 });
    expect(second.work).toMatchObject({ extracted: 0, output: 'replaced' });
    expect(texts(snapshot(config.outDir))).toEqual(await fromScratch());
  });

  it('is not needed: a cache folder that cannot be written is noted and the site still builds', async () => {
    await writeFile(join(dir, 'not-a-folder'), 'a file where the cache folder would go\n');
    const result = await buildSite(config, { cacheDir: join(dir, 'not-a-folder') });
    expect(result.written).toBe(true);
    expect(result.work.notes.join('\n')).toMatch(/cannot be written/);
    expect(texts(snapshot(config.outDir))).toEqual(await fromScratch());
  });
});
