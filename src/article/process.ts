import { type Diagnostic, diagnostic } from '../diagnostics/diagnostic.ts';
import { extractWithFailures } from '../extract/index.ts';
import type { ParsedArticle } from '../parse/blocks.ts';
import { parseMarkdown } from '../parse/markdown.ts';
import { parseText } from '../parse/text.ts';
import { readArticle } from '../read/article.ts';
import type { ArticleRecord } from '../record/types.ts';

/** Everything the site needs from one article file. */
export interface ProcessedArticle {
  record: ArticleRecord;
  /** Sanitised body HTML. */
  html: string;
  draft: boolean;
  /** The original story's address (frontmatter `url`), which the record does not carry. */
  originalUrl: string | null;
  /** 1-based line of the title in the file (frontmatter or text), when there is one. */
  titleLine: number | null;
  /** Hash of the file's bytes. */
  digest: string;
}

export interface ProcessResult {
  article: ProcessedArticle | null;
  diagnostics: Diagnostic[];
}

/**
 * read → parse → extract for one file: pure (bytes in, record out), so it can run in a worker,
 * be cached by digest and be re-run for a single file in watch mode.
 */
export function processArticle(bytes: Uint8Array, path: string, displayPath = path, options: { maxBytes?: number } = {}): ProcessResult {
  const { article: source, diagnostics } = readArticle(bytes, { path, displayPath, ...(options.maxBytes === undefined ? {} : { maxBytes: options.maxBytes }) });
  if (!source) return { article: null, diagnostics };
  const parsed: ParsedArticle = source.format === 'text' ? parseText(source.body, source.bodyLine) : parseMarkdown(source.body, source.bodyLine);
  for (const note of parsed.notes) diagnostics.push(diagnostic(displayPath, note.line, 1, 'warning', note.ruleId, note.reason));
  const { record, failures } = extractWithFailures({
    id: source.id,
    path: source.path,
    format: source.format,
    meta: source.meta,
    title: parsed.title,
    titleLine: parsed.titleLine,
    blocks: parsed.blocks,
    trailer: source.trailer,
  });
  // A part of extraction that failed is a bug of ours: say so against the file; the record keeps the part empty.
  const failed = failures.map((f) => diagnostic(displayPath, source.bodyLine, 1, 'error', 'internal-error', `Extracting the ${f.part} of this article failed (${f.message}); the record leaves them out. Please report it`));
  return { article: { record, html: parsed.html, draft: source.meta.draft, originalUrl: source.meta.url, titleLine: source.titleLine ?? parsed.titleLine, digest: source.digest }, diagnostics: [...diagnostics, ...failed] };
}
