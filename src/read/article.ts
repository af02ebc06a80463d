import { type Diagnostic, diagnostic } from '../diagnostics/diagnostic.ts';
import type { SourceFormat } from '../record/types.ts';
import { slugify } from '../text/slug.ts';
import { decodeSource } from './decode.ts';
import { contentDigest } from './digest.ts';
import { locateField, splitFrontmatter } from './frontmatter.ts';
import { type ArticleMeta, EMPTY_META, readMeta } from './meta.ts';
import { tooLarge } from './size.ts';
import { findTrailer, type Trailer } from './trailer.ts';

export { contentDigest } from './digest.ts';
export { megabytes, tooLarge } from './size.ts';

/** One article file, read and split: what the parse stage starts from. */
export interface SourceArticle {
  /** Path relative to the articles folder, with / separators. */
  path: string;
  /** Path for messages, as the user knows it ("articles/2026/x.md"). */
  displayPath: string;
  format: SourceFormat;
  /** URL slug: frontmatter `slug`, else the file name. */
  id: string;
  meta: ArticleMeta;
  /** Body text (LF line ends), frontmatter and trailer removed. */
  body: string;
  /** 1-based line of the file where `body` starts. */
  bodyLine: number;
  trailer: Trailer | null;
  /** 1-based line of the frontmatter's title, when it has one. */
  titleLine: number | null;
  /** Content hash of the file's bytes: the cache key for every later stage. */
  digest: string;
}

export interface ReadResult {
  /** Null when the file cannot be used at all (binary, broken frontmatter, empty). */
  article: SourceArticle | null;
  diagnostics: Diagnostic[];
}

export interface ReadOptions {
  /** Path relative to the articles folder. */
  path: string;
  /** Path shown in diagnostics. Default: `path`. */
  displayPath?: string;
  /** Largest file accepted, in bytes. Default: no limit (the site's limit is checked before reading, see article/load.ts). */
  maxBytes?: number;
}

/** Pure: file bytes in, a split article (or the reasons there is none) out. */
export function readArticle(bytes: Uint8Array, options: ReadOptions): ReadResult {
  const path = options.path;
  const displayPath = options.displayPath ?? path;
  if (options.maxBytes !== undefined && bytes.length > options.maxBytes) return { article: null, diagnostics: [tooLarge(displayPath, bytes.length, options.maxBytes)] };
  const digest = contentDigest(bytes);
  const decoded = decodeSource(bytes);
  if (!decoded.ok) {
    return { article: null, diagnostics: [diagnostic(displayPath, decoded.line, decoded.column, 'error', 'unreadable-file', decoded.reason)] };
  }
  const text = decoded.text;
  const split = splitFrontmatter(text, displayPath);
  const diagnostics = [...decoded.notes.map((note) => diagnostic(displayPath, note.line, note.column, 'warning', note.ruleId, note.reason)), ...split.diagnostics];
  if (split.diagnostics.some((d) => d.severity === 'error')) return { article: null, diagnostics };

  const { meta, diagnostics: metaDiagnostics } = split.present ? readMeta(split.data, split.yaml, displayPath) : { meta: EMPTY_META, diagnostics: [] };
  diagnostics.push(...metaDiagnostics);

  const format: SourceFormat = /\.txt$/i.test(path) ? 'text' : 'markdown';
  let body = split.body;
  let trailer: Trailer | null = null;
  if (format === 'text') {
    const lines = body.split('\n');
    trailer = findTrailer(lines, split.bodyLine);
    if (trailer) {
      // A whole trailer line goes; a tag closing the last paragraph is cut off it.
      const last = trailer.line - split.bodyLine;
      const kept = lines.slice(0, last);
      if ((trailer.column ?? 1) > 1) kept.push((lines[last] ?? '').slice(0, (trailer.column ?? 1) - 1).trimEnd());
      body = kept.join('\n');
    }
  }

  if (body.trim() === '' && !meta.title) {
    const line = split.bodyLine;
    diagnostics.push(diagnostic(displayPath, line, 1, 'error', 'empty-article', 'Article has no text. Write a body or remove the file'));
    return { article: null, diagnostics };
  }
  if (body.trim() === '') {
    diagnostics.push(diagnostic(displayPath, split.bodyLine, 1, 'warning', 'empty-body', 'Article has a title but no body; it is published as a brief'));
  }

  const stem = path.slice(path.lastIndexOf('/') + 1).replace(/\.[^.]+$/, '');
  const id = meta.slug ?? slugify(stem, { maxLength: 120 });
  return {
    article: { path, displayPath, format, id, meta, body, bodyLine: split.bodyLine, trailer, titleLine: meta.title && split.present ? locateField(split.yaml, 'title').line : null, digest },
    diagnostics,
  };
}
