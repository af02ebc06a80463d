import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findArticleFiles } from '../read/find.ts';
import { loadArticles } from './load.ts';

const articlesDir = resolve(import.meta.dirname, '../../articles');

describe('loadArticles on worker threads', () => {
  it('gives the same results, in the same order, as processing in this thread', async () => {
    const paths = await findArticleFiles(articlesDir);
    const inThread = await loadArticles(articlesDir, paths, { workers: 1 });
    const inWorkers = await loadArticles(articlesDir, paths, { workers: 2 });
    expect(inWorkers).toEqual(inThread);
  }, 60_000);

  it('reports a bad file from a worker like any other', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'nd-pool-'));
    await writeFile(join(dir, 'ok.md'), '# Fine\n\nText.\n');
    await writeFile(join(dir, 'bad.md'), '---\ntitle: [\n---\nText.\n');
    const [bad, ok] = await loadArticles(dir, ['bad.md', 'ok.md'], { workers: 2 });
    expect(bad?.result.article).toBeNull();
    expect(bad?.result.diagnostics[0]?.ruleId).toBe('frontmatter-yaml');
    expect(ok?.result.article?.record.headline).toBe('Fine');
  }, 60_000);
});

describe('loadArticles from the compiled package', () => {
  it('runs the compiled worker (dist/workers/worker.js) without tsx', async () => {
    // dist/ is compiled from the current sources by the test setup (src/test/compile.setup.ts).
    const compiled = (await import(new URL('../../dist/article/load.js', import.meta.url).href)) as typeof import('./load.ts');
    const paths = (await findArticleFiles(articlesDir)).slice(0, 3);
    const inWorkers = await compiled.loadArticles(articlesDir, paths, { workers: 2 });
    expect(inWorkers.map((entry) => entry.result.article?.record.id)).toEqual((await loadArticles(articlesDir, paths, { workers: 1 })).map((entry) => entry.result.article?.record.id));
  }, 60_000);
});
