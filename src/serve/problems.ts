/**
 * Build problems as the browser overlay shows them: the diagnostic's place and reason plus the
 * lines around it (Hugo's file errors show two lines of context).
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { contextLines, type Diagnostic, diagnostic, formatDiagnostic } from '../diagnostics/diagnostic.ts';

export interface Problem {
  /** "articles/x.md:3:5": the place, as editors link it. */
  location: string;
  line: number;
  severity: Diagnostic['severity'];
  ruleId: string;
  reason: string;
  /** Up to two lines either side of `line`, numbered from 1. Empty when the file cannot be read. */
  context: { number: number; text: string }[];
  /** The whole diagnostic as the terminal prints it. */
  text: string;
}

/** A diagnostic with its context read from disk (`d.path` is relative to `cwd`). */
export function toProblem(d: Diagnostic, cwd = process.cwd()): Problem {
  let context: Problem['context'] = [];
  try {
    context = contextLines(readFileSync(resolve(cwd, d.path), 'utf8'), d.line);
  } catch {
    // The file is gone or unreadable: the place and reason are still worth showing.
  }
  return { location: `${d.path}:${d.line}:${d.column}`, line: d.line, severity: d.severity, ruleId: d.ruleId, reason: d.reason, context, text: formatDiagnostic(d) };
}

/**
 * A config file that cannot be used, as a diagnostic: JSON.parse gives an offset ("at position
 * 42"), turned into line and column so the overlay can point at it.
 */
export function configDiagnostic(displayPath: string, message: string, source: string | null): Diagnostic {
  const offset = /position (\d+)/.exec(message);
  let line = 1;
  let column = 1;
  if (offset && source !== null) {
    const before = source.slice(0, Number(offset[1]));
    line = before.split('\n').length;
    column = before.length - before.lastIndexOf('\n');
  }
  const reason = message.replace(/^newsdigest\.config\.json:\s*/, '');
  return diagnostic(displayPath, line, column, 'error', 'config', `${reason}. The preview keeps the previous settings until it is fixed`);
}
