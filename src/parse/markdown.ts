import type { Blockquote, Heading, Nodes, Paragraph, Root, RootContent } from 'mdast';
import { toString as plainTextOf } from 'mdast-util-to-string';
import remarkHtml from 'remark-html';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import type { ParsedArticle, ParseNote, TextBlock } from './blocks.ts';
import { capNesting, flattenDeepNesting, MAX_DEPTH, MAX_MARKS } from './depth.ts';

// One frozen processor for every article: remark-html with `sanitize` on (its default, made
// explicit) so raw HTML and `javascript:` URLs in an article never reach a page.
const processor = unified().use(remarkParse).use(remarkHtml, { sanitize: true }).freeze();

/** Parses a Markdown body once; the tree serves both the text blocks and the HTML. */
export function parseMarkdown(body: string, bodyLine: number): ParsedArticle {
  const capped = capNesting(body);
  const tree = processor.parse(capped.text);
  const offset = bodyLine - 1;
  const notes: ParseNote[] = [];
  const flattenedLine = flattenDeepNesting(tree);
  const deepLine = capped.firstLine === null ? flattenedLine : Math.min(capped.firstLine, flattenedLine ?? capped.firstLine);
  if (deepLine !== null) {
    notes.push({ line: deepLine + offset, ruleId: 'nesting-depth', reason: `Markdown nested more than ${MAX_DEPTH} levels deep, or with more than ${MAX_MARKS} emphasis and link marks in one paragraph; the excess is kept as plain text` });
  }
  let title: string | null = null;
  let titleLine: number | null = null;
  const first = tree.children.find((node) => node.type !== 'html' || node.value.trim() !== '');
  if (first && first.type === 'heading' && first.depth === 1) {
    title = plainTextOf(first).trim() || null;
    titleLine = (first.position?.start.line ?? 1) + offset;
    tree.children.splice(tree.children.indexOf(first), 1);
  }
  showRawHtmlAsText(tree);
  const blocks: TextBlock[] = [];
  collectBlocks(tree, blocks, offset, false);
  return { title, titleLine, blocks, html: toHtml(tree), notes };
}

export function toHtml(tree: Root): string {
  return String(processor.stringify(processor.runSync(tree) as Root)).trim();
}

/**
 * Raw HTML in an article is shown as the text it is (a reporter quoting "<script>" means the
 * characters), instead of being dropped: article text is data, never markup.
 */
function showRawHtmlAsText(node: Nodes): void {
  if (!('children' in node)) return;
  const children = node.children as Nodes[];
  for (let i = 0; i < children.length; i++) {
    const child = children[i];
    if (!child) continue;
    if (child.type === 'html') {
      const text = { type: 'text' as const, value: child.value, ...(child.position ? { position: child.position } : {}) };
      // Block-level HTML becomes a paragraph of text; inline HTML stays inline.
      // The paragraph keeps the HTML's position, so that a problem in it is reported at its line.
      const paragraph = { type: 'paragraph', children: [text], ...(child.position ? { position: child.position } : {}) };
      children[i] = (node.type === 'root' || node.type === 'blockquote' || node.type === 'listItem' ? paragraph : text) as Nodes;
    } else showRawHtmlAsText(child);
  }
}

function collectBlocks(node: Nodes, blocks: TextBlock[], offset: number, inQuote: boolean, inList = false): void {
  if (node.type === 'paragraph' || node.type === 'heading') {
    const text = blockText(node).trim();
    if (text) {
      blocks.push({
        text,
        kind: node.type === 'heading' ? 'heading' : inQuote ? 'quote' : inList ? 'list-item' : 'paragraph',
        line: (node.position?.start.line ?? 1) + offset,
      });
    }
    return;
  }
  if (!('children' in node)) return;
  for (const child of node.children as RootContent[]) {
    collectBlocks(child, blocks, offset, inQuote || node.type === 'blockquote', inList || node.type === 'listItem');
  }
}

// Line breaks inside a paragraph are soft wraps: they become spaces in plain text.
function blockText(node: Paragraph | Heading | Blockquote): string {
  return plainTextOf(node).replace(/\s*\n\s*/g, ' ');
}
