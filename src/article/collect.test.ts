import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { collectArticles, loadArticle } from './load.ts';

const articlesDir = resolve(import.meta.dirname, '../../articles');
const PATHS = ['2026/11/rdc-cholera-kasai.md', '2026/11/restitution-cameroun.md'];

describe('collectArticles', () => {
  it('hands back the same article object for a file not read again, and a new one for a file read again', async () => {
    const loaded = await Promise.all(PATHS.map((path) => loadArticle(articlesDir, path)));
    const first = collectArticles(loaded, { drafts: false }).articles;
    const again = collectArticles(loaded, { drafts: false }).articles;
    expect(first).toHaveLength(2);
    expect(again[0]).toBe(first[0]);
    expect(again[1]).toBe(first[1]);
    // Watch mode plans by identity: an article read again is a new object with its new record.
    const reread = await loadArticle(articlesDir, PATHS[1] as string);
    const next = collectArticles(
      [loaded[0], reread].flatMap((l) => l ?? []),
      { drafts: false },
    ).articles;
    expect(next[0]).toBe(first[0]);
    expect(next[1]).not.toBe(first[1]);
    expect(next[1]?.record).toBe(reread.result.article?.record);
    expect(next[1]?.full?.html).toBe(reread.result.article?.html);
  });
});
