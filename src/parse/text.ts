import type { Root, RootContent } from 'mdast';
import type { ParsedArticle, TextBlock } from './blocks.ts';
import { toHtml } from './markdown.ts';

/**
 * Raw scraped text: no Markdown syntax is interpreted ("*" and "#" are just characters). One
 * paragraph per line, as scrapers write it; lines of a hard-wrapped paragraph are joined (see
 * continues).
 */
export function parseText(body: string, bodyLine: number): ParsedArticle {
  const lines = body.split('\n');
  let start = lines.findIndex((line) => line.trim() !== '');
  let title: string | null = null;
  let titleLine: number | null = null;
  const firstLine = start >= 0 ? (lines[start] ?? '').trim() : '';
  const nextLine = start >= 0 ? (lines.slice(start + 1).find((line) => line.trim() !== '') ?? '').trim() : '';
  // A next line right below that starts in lower case continues a hard-wrapped sentence: no
  // title then. After a blank line it is a paragraph of its own (a photo credit « foto-resumen »).
  const wrapped = (lines[start + 1] ?? '').trim() !== '' && /^\p{Ll}/u.test(nextLine);
  if (nextLine !== '' && !wrapped && looksLikeTitle(firstLine)) {
    title = firstLine;
    titleLine = bodyLine + start;
    start++;
  }

  const paragraphs: TextBlock[] = [];
  const width = wrapWidth(lines);
  let current: TextBlock | null = null;
  let previous = '';
  for (let index = Math.max(start, 0); index < lines.length; index++) {
    const line = (lines[index] ?? '').trim();
    if (line === '') {
      current = null;
      continue;
    }
    if (current && continues(previous, line, width)) current.text += ` ${line}`;
    else {
      current = { text: line, kind: 'paragraph', line: bodyLine + index };
      paragraphs.push(current);
    }
    previous = line;
  }

  const tree: Root = {
    type: 'root',
    children: paragraphs.map((p): RootContent => ({ type: 'paragraph', children: [{ type: 'text', value: p.text }] })),
  };
  return { title, titleLine, blocks: paragraphs, html: toHtml(tree), notes: [] };
}

// A line shorter than this was not wrapped, whatever follows it.
const MIN_WRAPPED = 40;
// Lines no longer than this may be a hard-wrapped file (mailers and editors wrap at 72–80
// columns); a file of one paragraph per line has longer ones.
const MAX_WRAP_WIDTH = 120;

/** The column a hard-wrapped file is wrapped at (its longest line), or null for one paragraph per line. */
function wrapWidth(lines: readonly string[]): number | null {
  let longest = 0;
  for (const line of lines) longest = Math.max(longest, line.trim().length);
  return longest <= MAX_WRAP_WIDTH ? longest : null;
}

/**
 * Whether `next` goes on the paragraph whose last line is `line`: when the line stops
 * mid-sentence and either the next one goes on in lower case (after a line long enough to have
 * been wrapped: "Jane Doe/AP" over "hide caption" are two buttons' words), or the file is hard-wrapped and the
 * next line's first word would not have fitted on this one (which is why it was wrapped). A line
 * that merely lacks a final stop (a headline, a deck, a caption, a credit) starts its own block:
 * on scraped pages those are many, and joining them glued a headline to its story.
 */
function continues(line: string, next: string, width: number | null): boolean {
  if (/[.!?…:;»”"')\]]$/u.test(line)) return false;
  // A link in lower case ("pic.example.com/…", "www.…") is a line of its own, not the sentence going on.
  if (/^\p{Ll}/u.test(next)) return line.length >= MIN_WRAPPED && !/^\S*(?:\/|\p{L}\.\p{L})/u.test(next);
  return width !== null && line.length + 1 + (next.split(/\s/u, 1)[0] ?? '').length > width;
}

/** "… buscado por EE.UU.", "… to the U.S.": a stop that closes an abbreviation of capitals ends no sentence. */
const ABBREVIATION_END = /(?:^|[\s(])(?:\p{Lu}{1,3}\.){2,}$/u;

/** A first line reads as a title when it is short and does not end like a sentence. */
export function looksLikeTitle(text: string): boolean {
  return text.length <= 160 && (!/[.,;:!?…»”"]$/u.test(text) || ABBREVIATION_END.test(text)) && text.split(/\s+/).length >= 2;
}
