import matter from 'gray-matter';
import { type Diagnostic, diagnostic } from '../diagnostics/diagnostic.ts';

export interface FrontmatterSplit {
  /** Parsed YAML, or {} when the file has none or it is broken. */
  data: Record<string, unknown>;
  /** The raw YAML text (without fences), used to locate fields for diagnostics. */
  yaml: string;
  /** Whether the file starts with a frontmatter block. */
  present: boolean;
  /** Everything after the closing fence. */
  body: string;
  /** 1-based line of the file where `body` starts. */
  bodyLine: number;
  diagnostics: Diagnostic[];
}

// gray-matter evaluates `---js` frontmatter with eval() unless these engines are replaced:
// article files are data, never code.
const refuseCode = (): never => {
  throw new CodeFrontmatterError();
};
class CodeFrontmatterError extends Error {}
const OPTIONS = { engines: { js: refuseCode, javascript: refuseCode } };

interface YamlMark {
  line: number;
  column: number;
}
interface YamlError {
  name: string;
  reason?: string;
  mark?: YamlMark;
}

function isYamlError(error: unknown): error is YamlError {
  return error instanceof Error && error.name === 'YAMLException';
}

/** Splits `text` (already LF-normalised) into frontmatter data and body. */
export function splitFrontmatter(text: string, path: string): FrontmatterSplit {
  if (!/^---[a-z]*\n/.test(text) && text !== '---') {
    return { data: {}, yaml: '', present: false, body: text, bodyLine: 1, diagnostics: [] };
  }
  const closing = findClosingFence(text);
  if (closing < 0) {
    return {
      data: {},
      yaml: '',
      present: true,
      body: '',
      bodyLine: 1,
      diagnostics: [diagnostic(path, 1, 1, 'error', 'frontmatter-unclosed', 'Frontmatter opened with "---" is never closed. Add a line "---" after the last field')],
    };
  }
  const yaml = text.slice(text.indexOf('\n') + 1, closing);
  const afterFence = text.indexOf('\n', closing);
  const bodyStart = afterFence < 0 ? text.length : afterFence + 1;
  const body = text.slice(bodyStart);
  const bodyLine = countLines(text.slice(0, bodyStart)) + 1;
  const base = { yaml, present: true, body, bodyLine };
  try {
    // gray-matter's own cache is keyed by the whole text; passing options keeps calls independent.
    // It is given the frontmatter alone, fences included: it parses the same block (it closes at
    // the first "\n---", never after this fence), and the body it would only copy and look up in
    // that cache (the whole text hashed) took about 55 of its 75 µs an article, measured alone.
    const parsed = matter(text.slice(0, bodyStart), OPTIONS);
    const data: unknown = parsed.data;
    // Fields are named: a list ("- a") or a lone value ("hello") gives nothing to read them from.
    // An empty block (only comments) is an empty mapping, and fine.
    if (data !== null && data !== undefined && (typeof data !== 'object' || Array.isArray(data) || data instanceof Date)) {
      const found = Array.isArray(data) ? 'a list' : `a single value (${JSON.stringify(String(data).slice(0, 40))})`;
      const first = yaml.split('\n').findIndex((line) => line.trim() !== '' && !line.trim().startsWith('#'));
      return {
        ...base,
        data: {},
        diagnostics: [diagnostic(path, Math.max(0, first) + 2, 1, 'error', 'frontmatter-shape', `Frontmatter must be fields ("title: …" lines), found ${found}; the file is left out. Write one "name: value" per line`)],
      };
    }
    return { ...base, data: (data ?? {}) as Record<string, unknown>, diagnostics: [] };
  } catch (error) {
    if (error instanceof CodeFrontmatterError || (error instanceof Error && error.cause instanceof CodeFrontmatterError)) {
      return {
        ...base,
        data: {},
        diagnostics: [diagnostic(path, 1, 4, 'error', 'frontmatter-code', 'JavaScript frontmatter is never run: article files are data. Use YAML ("---")')],
      };
    }
    if (isYamlError(error) && error.mark) {
      // js-yaml counts from the newline that ends the opening fence, so its line 0 is the fence.
      return {
        ...base,
        data: {},
        diagnostics: [diagnostic(path, error.mark.line + 1, error.mark.column + 1, 'error', 'frontmatter-yaml', `Frontmatter is not valid YAML: ${error.reason ?? 'syntax error'}`)],
      };
    }
    const reason = error instanceof Error ? error.message.split('\n')[0] : String(error);
    return { ...base, data: {}, diagnostics: [diagnostic(path, 2, 1, 'error', 'frontmatter-yaml', `Frontmatter could not be read: ${reason}`)] };
  }
}

function findClosingFence(text: string): number {
  const match = /\n---[ \t]*(?:\n|$)/.exec(text.slice(text.indexOf('\n')));
  if (!match) return -1;
  return text.indexOf('\n') + match.index + 1;
}

function countLines(text: string): number {
  let lines = 0;
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) lines++;
  return lines;
}

/** 1-based line and column of a top-level YAML key's value in the file, for field diagnostics. */
export function locateField(yaml: string, key: string): { line: number; column: number } {
  const lines = yaml.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const match = new RegExp(`^(${escapeRegExp(key)}\\s*:\\s*)`).exec(lines[i] ?? '');
    if (match) return { line: i + 2, column: (match[1]?.length ?? 0) + 1 };
  }
  return { line: 1, column: 1 };
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
