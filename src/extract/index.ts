import type { ArticleRecord } from '../record/types.ts';
import type { ExtractInput } from './input.ts';

export type { ExtractInput } from './input.ts';

/** Placeholder until the extraction modules land: a minimal valid record. */
export function extractRecord(input: ExtractInput): ArticleRecord {
  const text = input.blocks.map((b) => b.text).join('\n\n');
  const lede = input.blocks.find((b) => b.kind === 'paragraph')?.text ?? '';
  return {
    schemaVersion: 1,
    id: input.id,
    source: { path: input.path, format: input.format },
    language: input.meta.lang ?? 'en',
    headline: input.meta.title ?? input.title ?? (lede.slice(0, 100) || input.id),
    headlineSource: input.meta.title ? 'frontmatter' : input.title ? 'text' : 'generated',
    summary: lede,
    date: input.meta.date,
    dateSource: input.meta.date ? 'frontmatter' : 'none',
    publisher: input.meta.publisher ?? (input.trailer ? { name: input.trailer.name, country: null, url: null } : null),
    facts: [],
    actors: [],
    countries: [],
    figures: [],
    attributions: [],
    topics: [],
    tags: input.meta.tags,
    wordCount: text.split(/\s+/).filter(Boolean).length,
  };
}
