import { mkdtempSync, readFileSync } from 'node:fs';
import { cp, mkdtemp, readdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_CONFIG, normaliseBaseUrl, type SiteConfig } from '../config/config.ts';
import { formatDiagnostic } from '../diagnostics/diagnostic.ts';
import { recordSchemaErrors } from '../record/schema.ts';
import type { ArticleRecord } from '../record/types.ts';
import { brokenLinks, listFiles } from '../test/site-files.ts';
import { type BuildOptions, type BuildResult, buildSite } from './build.ts';

const root = resolve(import.meta.dirname, '../..');

// Each site keeps its cache in a folder of its own, out of the checkout.
const caches = new Map<string, string>();
function build(config: SiteConfig, options: BuildOptions = {}): Promise<BuildResult> {
  let cacheDir = caches.get(config.outDir);
  if (!cacheDir) caches.set(config.outDir, (cacheDir = mkdtempSync(join(tmpdir(), 'nd-cache-'))));
  return buildSite(config, { cacheDir, ...options });
}

async function configFor(overrides: Partial<SiteConfig> = {}): Promise<SiteConfig> {
  const dir = await mkdtemp(join(tmpdir(), 'nd-site-'));
  return { ...DEFAULT_CONFIG, articlesDir: join(root, 'articles'), templatesDir: join(root, 'templates'), outDir: join(dir, 'public'), ...overrides, baseUrl: normaliseBaseUrl(overrides.baseUrl ?? '/') };
}

describe('building the sample site', () => {
  let config: SiteConfig;
  let result: BuildResult;
  let files: string[];
  let records: ArticleRecord[];

  beforeAll(async () => {
    config = await configFor({ pageSize: 5 });
    result = await build(config);
    files = listFiles(config.outDir);
    records = files.filter((f) => f.startsWith('data/articles/')).map((f) => JSON.parse(readFileSync(join(config.outDir, f), 'utf8')) as ArticleRecord);
  });

  it('builds without errors and leaves the draft out', () => {
    expect(result.diagnostics.filter((d) => d.severity === 'error').map(formatDiagnostic)).toEqual([]);
    expect(result.written).toBe(true);
    expect(result.articles).toBeGreaterThanOrEqual(12);
    expect(records.some((r) => r.source.path.startsWith('drafts/'))).toBe(false);
  });

  it('writes every page type', () => {
    for (const expected of ['index.html', 'page/2/index.html', '404.html', 'topics/index.html', 'countries/index.html', 'actors/index.html', 'data/index.json', 'assets/style.css']) {
      expect(files, expected).toContain(expected);
    }
    for (const record of records) {
      expect(files).toContain(`articles/${record.id}/index.html`);
      for (const topic of record.topics) expect(files).toContain(`topics/${topic.id}/index.html`);
      for (const country of record.countries) expect(files).toContain(`countries/${country.code.toLowerCase()}/index.html`);
      for (const actor of record.actors) expect(files).toContain(`actors/${actor.id}/index.html`);
    }
    expect(files.some((f) => /^topics\/[a-z-]+\/index\.html$/.test(f))).toBe(true);
  });

  it('writes one schema-valid record per article, and an index of them all', () => {
    expect(records).toHaveLength(result.articles);
    for (const record of records) expect(recordSchemaErrors(record), record.id).toEqual([]);
    const index = JSON.parse(readFileSync(join(config.outDir, 'data/index.json'), 'utf8')) as { count: number; articles: { id: string }[] };
    expect(index.count).toBe(records.length);
    expect(index.articles.map((a) => a.id).sort()).toEqual(records.map((r) => r.id).sort());
  });

  it('resolves every internal link and asset reference to a file', () => {
    expect(brokenLinks(config.outDir, '/')).toEqual([]);
  });

  it('shows hostile article text as text', () => {
    const html = files
      .filter((f) => f.startsWith('articles/'))
      .map((f) => readFileSync(join(config.outDir, f), 'utf8'))
      .join('\n');
    expect(html).toContain('&lt;script&gt;');
    expect(html).not.toMatch(/<script>alert|<img|<iframe|href="javascript:/i);
  });
});

describe('building on worker threads', () => {
  it('writes the same site, byte for byte, as a build that processes articles in one thread', async () => {
    const one = await configFor();
    const two = await configFor();
    await build(one, { workers: 1 });
    const result = await build(two, { workers: 2 });
    expect(result.written).toBe(true);
    const files = listFiles(one.outDir);
    expect(listFiles(two.outDir)).toEqual(files);
    // The marker names the build that wrote the folder: the one file that differs.
    for (const file of files.filter((f) => f !== '.newsdigest')) expect(readFileSync(join(two.outDir, file), 'utf8'), file).toBe(readFileSync(join(one.outDir, file), 'utf8'));
  }, 60_000);
});

describe('building under a base URL', () => {
  it('prefixes every link so the site works under a path', async () => {
    const config = await configFor({ baseUrl: '/news/' });
    await build(config);
    expect(brokenLinks(config.outDir, '/news/')).toEqual([]);
    expect(readFileSync(join(config.outDir, 'index.html'), 'utf8')).toContain('href="/news/assets/style.css"');
  });
});

describe('building with bad input', () => {
  it('reports a malformed article at its line and column and builds the rest', async () => {
    const base = await configFor();
    const articlesDir = join(base.outDir, '..', 'articles');
    await cp(join(root, 'articles'), articlesDir, { recursive: true });
    await writeFile(join(articlesDir, 'broken.md'), '---\ntitle: Broken\ntags: [a, b\nlang: en\n---\nText.\n');
    await writeFile(join(articlesDir, 'copy.md'), '---\ntitle: Copy\nslug: wallabies-win-bledisloe-cup-perth\n---\nSame slug as a sample article.\n');
    const config = { ...base, articlesDir };
    const result = await build(config);
    const messages = result.diagnostics.map(formatDiagnostic);
    expect(
      messages.some((m) => /broken\.md:4:\d+: error: Frontmatter is not valid YAML/.test(m)),
      messages.join('\n'),
    ).toBe(true);
    expect(
      messages.some((m) => /copy\.md:1:1: error: Article id "wallabies-win-bledisloe-cup-perth" is already used by .*bledisloe-cup-perth\.md/.test(m)),
      messages.join('\n'),
    ).toBe(true);
    expect(result.written).toBe(true);
    const pages = listFiles(config.outDir).filter((f) => f.startsWith('articles/'));
    expect(pages.length).toBeGreaterThanOrEqual(12);
    expect(pages.some((p) => p.includes('broken'))).toBe(false);
  });

  it('keeps the previous site when a template is broken', async () => {
    const config = await configFor();
    await build(config);
    const before = readFileSync(join(config.outDir, 'index.html'), 'utf8');
    const templatesDir = join(config.outDir, '..', 'templates');
    await cp(join(root, 'templates'), templatesDir, { recursive: true });
    await writeFile(join(templatesDir, 'pages/home.liquid'), "{% layout 'base' %}\n{% block content %}{{ articles | nosuchfilter }}{% endblock %}\n");
    const result = await build({ ...config, templatesDir });
    expect(result.written).toBe(false);
    expect(result.diagnostics.map(formatDiagnostic).join('\n')).toMatch(/pages\/home\.liquid:2:\d+: error: Template failed/);
    expect(readFileSync(join(config.outDir, 'index.html'), 'utf8')).toBe(before);
    expect((await readdir(join(config.outDir, '..'))).sort()).toEqual(['public', 'templates']);
  });

  it('builds drafts when asked', async () => {
    const config = await configFor({ drafts: true });
    const result = await build(config);
    expect(listFiles(config.outDir).some((f) => f.startsWith('data/articles/') && readFileSync(join(config.outDir, f), 'utf8').includes('"drafts/'))).toBe(true);
    expect(result.articles).toBeGreaterThanOrEqual(13);
  });
});
