import type { TextBlock } from '../parse/blocks.ts';
import type { ArticleMeta } from '../read/meta.ts';
import type { Trailer } from '../read/trailer.ts';
import type { SourceFormat } from '../record/types.ts';

/**
 * What extraction reads: the article's plain text and metadata, never the Markdown tree or the
 * file system, so `extractRecord` is a pure function that can run in a worker and be cached.
 */
export interface ExtractInput {
  /** The record id (URL slug), decided by the read stage. */
  id: string;
  /** Path relative to the articles folder, with / separators. */
  path: string;
  format: SourceFormat;
  /** Validated frontmatter; its values win over what the text says. */
  meta: ArticleMeta;
  /** Title found in the text (`# Title`, or a title-like first line of raw text). */
  title: string | null;
  /** Its 1-based line in the file, when known. */
  titleLine?: number | null;
  /** Body blocks in order (title and publisher trailer already removed). */
  blocks: TextBlock[];
  /** The scraped publisher trailer, when the read stage found one. */
  trailer: Trailer | null;
}
