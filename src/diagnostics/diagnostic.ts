/**
 * A problem found in an input file, with its place counted from the top of the *file*
 * (frontmatter fence included), a stable rule id and a severity. Modelled on vfile-message:
 * the location lives in its own fields, the reason is one sentence saying what happened.
 */
export type Severity = 'error' | 'warning' | 'info';

export interface Diagnostic {
  /** Path as the user gave it (relative to the working folder when possible). */
  path: string;
  /** 1-based line in the file. */
  line: number;
  /** 1-based column in the line. */
  column: number;
  severity: Severity;
  /** Stable, searchable id: `frontmatter-yaml`, `frontmatter-type`, `empty-article`, … */
  ruleId: string;
  /** What happened, then what to do. */
  reason: string;
}

export function diagnostic(path: string, line: number, column: number, severity: Severity, ruleId: string, reason: string): Diagnostic {
  return { path, line: Math.max(1, line), column: Math.max(1, column), severity, ruleId, reason };
}

/** `articles/x.md:3:5: error: reason [rule-id]`: the form editors and terminals link to. */
export function formatDiagnostic(d: Diagnostic): string {
  return `${d.path}:${d.line}:${d.column}: ${d.severity}: ${d.reason} [${d.ruleId}]`;
}

export function hasErrors(diagnostics: readonly Diagnostic[]): boolean {
  return diagnostics.some((d) => d.severity === 'error');
}

/** Sorts by path, then position, so reports read top to bottom. */
export function sortDiagnostics(diagnostics: Diagnostic[]): Diagnostic[] {
  return [...diagnostics].sort((a, b) => a.path.localeCompare(b.path) || a.line - b.line || a.column - b.column);
}

/** Lines `line - before` to `line + after` of `source`, numbered from 1 (CRLF or LF). */
export function contextLines(source: string, line: number, before = 2, after = 2): { number: number; text: string }[] {
  const lines = source.replace(/^\uFEFF/, '').split(/\r\n?|\n/);
  const out: { number: number; text: string }[] = [];
  for (let n = Math.max(1, line - before); n <= Math.min(lines.length, line + after); n++) out.push({ number: n, text: lines[n - 1] ?? '' });
  return out;
}

/**
 * The diagnostic's line with up to two lines before it and a caret under the column, as Hugo
 * shows file errors. `source` is the file's text; returns "" when the line is not in it.
 */
export function excerpt(d: Diagnostic, source: string): string {
  const lines = contextLines(source, d.line, 2, 0);
  if (lines.at(-1)?.number !== d.line) return '';
  const width = String(d.line).length;
  const out = lines.map(({ number, text }) => `  ${String(number).padStart(width)} | ${text}`);
  out.push(`  ${' '.repeat(width)} | ${' '.repeat(Math.max(0, d.column - 1))}^`);
  return out.join('\n');
}
