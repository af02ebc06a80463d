/**
 * Markdown nested thousands of levels deep (">>>>…", "- - - …", "*a *a …") is valid input, but
 * the parser's time grows with lines × depth and with the emphasis marks of a paragraph squared
 * (10,000 levels take minutes), and every tree walk after parsing recurses once per level and
 * would run out of stack. So nesting is bounded twice: before parsing, container markers past
 * MAX_DEPTH, indentation past MAX_INDENT columns and emphasis or link marks past MAX_MARKS in one
 * paragraph are made literal (escaped), so they read as the characters they are; after parsing,
 * any subtree still deeper than MAX_DEPTH is flattened, without recursion, into its plain text.
 * The words stay, the deeper structure goes, and the caller reports a warning.
 */
import type { Nodes, Parent, Root, RootContent } from 'mdast';

/** Deepest nesting kept: far beyond any real article (a quote in a list in a quote is 3). */
export const MAX_DEPTH = 32;
/** Widest indentation kept, in columns: 32 levels of two-space list nesting. */
export const MAX_INDENT = 2 * MAX_DEPTH;
/** Most emphasis and link marks ("*", "_", "[", "]") parsed as such in one paragraph. */
export const MAX_MARKS = 256;

// One container marker at the start of a line (after what came before it): "> ", "- ", "12. ".
const CONTAINER = /^[ \t]*(?:>|[-*+](?=[ \t]|$)|\d{1,9}[.)](?=[ \t]|$))[ \t]?/;

/**
 * Escapes the Markdown syntax that would nest deeper than the limits above (see the module
 * comment). Returns the text, unchanged when nothing is that deep, and the first line changed.
 */
export function capNesting(body: string): { text: string; firstLine: number | null } {
  let firstLine: number | null = null;
  let marks = 0;
  const lines = body.split('\n');
  for (let index = 0; index < lines.length; index++) {
    let line = lines[index] ?? '';
    if (line.trim() === '') {
      marks = 0;
      continue;
    }
    const original = line;
    const indent = /^[ \t]*/.exec(line)?.[0] ?? '';
    const width = indent.replace(/\t/g, '    ').length;
    if (width > MAX_INDENT) line = ' '.repeat(MAX_INDENT) + line.slice(indent.length);
    let offset = 0;
    for (let depth = 0; ; depth++) {
      const marker = CONTAINER.exec(line.slice(offset));
      if (!marker) break;
      if (depth >= MAX_DEPTH) {
        const at = offset + marker[0].search(/\S/);
        line = `${line.slice(0, at)}\\${line.slice(at)}`;
        break;
      }
      offset += marker[0].length;
    }
    if (marks + countMarks(line) > MAX_MARKS) {
      let escaped = '';
      for (let i = 0; i < line.length; i++) {
        const char = line[i] as string;
        if (char === '\\') {
          escaped += char + (line[i + 1] ?? '');
          i++;
          continue;
        }
        if (isMark(char) && ++marks > MAX_MARKS) escaped += '\\';
        escaped += char;
      }
      line = escaped;
    } else marks += countMarks(line);
    if (line !== original) {
      lines[index] = line;
      firstLine ??= index + 1;
    }
  }
  return { text: firstLine === null ? body : lines.join('\n'), firstLine };
}

const isMark = (char: string): boolean => char === '*' || char === '_' || char === '[' || char === ']';

function countMarks(line: string): number {
  let count = 0;
  for (let i = 0; i < line.length; i++) if (isMark(line[i] as string)) count++;
  return count;
}

const PHRASING = new Set(['text', 'emphasis', 'strong', 'delete', 'link', 'linkReference', 'inlineCode', 'break', 'image', 'imageReference', 'html', 'footnoteReference']);
// Block containers whose children are text runs once plain: words between them need a space.
const hasChildren = (node: Nodes): node is Parent & Nodes => 'children' in node && Array.isArray(node.children);

/** The text of a subtree in document order, iteratively. */
function plainText(root: Nodes): string {
  const parts: string[] = [];
  const stack: Nodes[] = [root];
  while (stack.length > 0) {
    const node = stack.pop() as Nodes;
    if ('value' in node && typeof node.value === 'string') parts.push(node.value);
    if (hasChildren(node)) {
      if (!PHRASING.has(node.type)) parts.push(' ');
      for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i] as Nodes);
    }
  }
  return parts.join('').replace(/\s+/g, ' ').trim();
}

/** A flat stand-in for `node` that fits where `node` was. */
function flattened(node: RootContent): RootContent {
  const text = plainText(node);
  const position = node.position ? { position: node.position } : {};
  if (PHRASING.has(node.type)) return { type: 'text', value: text, ...position };
  const paragraph = { type: 'paragraph' as const, children: [{ type: 'text' as const, value: text }], ...position };
  if (node.type === 'listItem') return { type: 'listItem', spread: false, children: [paragraph], ...position };
  return paragraph;
}

/**
 * Replaces every subtree deeper than `maxDepth` by its plain text, in place. Returns the line of
 * the first place flattened (1-based, in the parsed text), or null when nothing was that deep.
 */
// A Markdown level is up to two tree levels (a list and its item), plus the paragraph inside.
export function flattenDeepNesting(tree: Root, maxDepth = 2 * MAX_DEPTH + 2): number | null {
  let firstLine: number | null = null;
  const stack: Array<{ node: Parent; depth: number }> = [{ node: tree, depth: 0 }];
  while (stack.length > 0) {
    const { node, depth } = stack.pop() as { node: Parent; depth: number };
    node.children.forEach((child, index) => {
      if (!hasChildren(child as Nodes)) return;
      if (depth + 1 >= maxDepth) {
        firstLine = Math.min(firstLine ?? Number.POSITIVE_INFINITY, child.position?.start.line ?? 1);
        node.children[index] = flattened(child as RootContent) as (typeof node.children)[number];
      } else stack.push({ node: child as Parent, depth: depth + 1 });
    });
  }
  return firstLine;
}
