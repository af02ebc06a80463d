/** Test helper: an ExtractInput from plain paragraphs, with optional frontmatter fields. */
import { type ArticleMeta, EMPTY_META } from '../read/meta.ts';
import type { Trailer } from '../read/trailer.ts';
import type { ArticleRecord } from '../record/types.ts';
import { extractRecord } from './index.ts';
import type { ExtractInput } from './input.ts';

export function inputOf(text: string, meta: Partial<ArticleMeta> = {}, trailer: Trailer | null = null): ExtractInput {
  return {
    id: 'test-article',
    path: 'test-article.txt',
    format: 'text',
    meta: { ...EMPTY_META, tags: [], ...meta },
    title: null,
    blocks: text
      .split(/\n+/)
      .filter((t) => t.trim() !== '')
      .map((t, i) => ({ text: t, kind: 'paragraph' as const, line: i + 1 })),
    trailer,
  };
}

export function extract(text: string, meta: Partial<ArticleMeta> = {}, trailer: Trailer | null = null): ArticleRecord {
  return extractRecord(inputOf(text, meta, trailer));
}

/** The names of an article's actors of one type, in the record's order. */
export function actorNames(text: string, lang: string, type: 'person' | 'organization'): string[] {
  return extract(text, { lang })
    .actors.filter((a) => a.type === type)
    .map((a) => a.name);
}

/** Every actor of an article as "name/type:mentions". */
export function actorsCounted(text: string, lang: string): string[] {
  return extract(text, { lang }).actors.map((a) => `${a.name}/${a.type}:${a.mentions}`);
}
