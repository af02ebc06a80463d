import type { ArticleRecord } from './types.ts';

/** The text of an article's record file (data/articles/<id>.json), made once per extraction. */
export function recordJson(record: ArticleRecord): string {
  return `${JSON.stringify(record, null, 2)}\n`;
}
