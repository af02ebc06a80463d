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

export function diagnostic(
  path: string,
  line: number,
  column: number,
  severity: Severity,
  ruleId: string,
  reason: string,
): Diagnostic {
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
  return [...diagnostics].sort(
    (a, b) => a.path.localeCompare(b.path) || a.line - b.line || a.column - b.column,
  );
}

/**
 * The diagnostic's line with up to two lines before it and a caret under the column, as Hugo
 * shows file errors. `source` is the file's text; returns "" when the line is not in it.
 */
export function excerpt(d: Diagnostic, source: string): string {
  const lines = source.replace(/^\uFEFF/, '').split(/\r\n?|\n/);
  if (d.line > lines.length) return '';
  const first = Math.max(1, d.line - 2);
  const width = String(d.line).length;
  const out: string[] = [];
  for (let n = first; n <= d.line; n++) out.push(`  ${String(n).padStart(width)} | ${lines[n - 1] ?? ''}`);
  out.push(`  ${' '.repeat(width)} | ${' '.repeat(Math.max(0, d.column - 1))}^`);
  return out.join('\n');
}
