import { describe, expect, it, vi } from 'vitest';
import { processArticle } from './process.ts';

// A bug in one part of extraction, simulated: the figures module throws on every article.
vi.mock('../extract/figures.ts', () => ({
  extractFigures: () => {
    throw new Error('figure rule broke');
  },
}));

describe('processArticle when a part of extraction fails', () => {
  it('keeps the record, leaves the part empty and reports an internal-error against the file', () => {
    const bytes = new TextEncoder().encode('---\ntitle: Harbour reopens\n---\nThe harbour reopened on Monday after 12 days, the port authority said.\n');
    const { article, diagnostics } = processArticle(bytes, 'harbour.md', 'articles/harbour.md');
    expect(article?.record.headline).toBe('Harbour reopens');
    expect(article?.record.figures).toEqual([]);
    expect(article?.record.attributions.length).toBeGreaterThan(0);
    expect(diagnostics).toEqual([expect.objectContaining({ path: 'articles/harbour.md', line: 4, severity: 'error', ruleId: 'internal-error' })]);
    expect(diagnostics[0]?.reason).toMatch(/figures.*figure rule broke/u);
  });
});
