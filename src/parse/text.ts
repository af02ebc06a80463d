import type { Root, RootContent } from 'mdast';
import type { ParsedArticle, TextBlock } from './blocks.ts';
import { toHtml } from './markdown.ts';

/**
 * Raw scraped text: no Markdown syntax is interpreted ("*" and "#" are just characters). One
 * paragraph per line, as scrapers write it; lines of a hard-wrapped paragraph (a long line that
 * does not end a sentence, followed by more text) are joined.
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
  let current: TextBlock | null = null;
  for (let index = Math.max(start, 0); index < lines.length; index++) {
    const line = (lines[index] ?? '').trim();
    if (line === '') {
      current = null;
      continue;
    }
    if (current && isWrapped(current.text)) {
      current.text += ` ${line}`;
      continue;
    }
    current = { text: line, kind: 'paragraph', line: bodyLine + index };
    paragraphs.push(current);
  }

  const tree: Root = {
    type: 'root',
    children: paragraphs.map((p): RootContent => ({ type: 'paragraph', children: [{ type: 'text', value: p.text }] })),
  };
  return { title, titleLine, blocks: paragraphs, html: toHtml(tree), notes: [] };
}

// A hard-wrapped line is long and stops mid-sentence; the line after it continues the paragraph.
function isWrapped(text: string): boolean {
  return text.length >= 40 && !/[.!?…:;»”"')\]]$/u.test(text);
}

/** A first line reads as a title when it is short and does not end like a sentence. */
export function looksLikeTitle(text: string): boolean {
  return text.length <= 160 && !/[.,;:!?…»”"]$/u.test(text) && text.split(/\s+/).length >= 2;
}
