/**
 * What a build tells the terminal: a progress line while it runs (on a TTY, redrawn in place;
 * otherwise one plain line as each stage ends), its problems with repeated warnings of one
 * kind grouped, and a summary. The formatting is pure; the reporter writes to a stream.
 */

import type { Diagnostic } from '../diagnostics/diagnostic.ts';
import type { BuildResult, Progress } from '../site/build.ts';

/** Warnings of one rule shown before the rest are counted instead. */
export const WARNINGS_SHOWN = 3;
/** A build shows progress from this many article files on: smaller ones are over before a line would help. */
export const PROGRESS_FROM = 300;

/** "1 article", "2,488 articles". */
export function count(n: number, word: string): string {
  return `${n.toLocaleString('en')} ${word}${n === 1 ? '' : 's'}`;
}

const UNITS: Record<Progress['stage'], string> = { read: 'file', extract: 'article', render: 'page' };

/** "extract  3,200/10,000 articles  812/s". */
export function progressLine(progress: Progress, elapsedMs: number): string {
  const rate = elapsedMs > 0 ? Math.round((progress.done / elapsedMs) * 1000) : 0;
  return `${progress.stage.padEnd(8)} ${progress.done.toLocaleString('en')}/${count(progress.total, UNITS[progress.stage])}  ${rate.toLocaleString('en')}/s`;
}

/** "extract: 10,000 articles in 12.3 s (812/s)": a stage as it ends, for logs. */
export function stageLine(progress: Progress, elapsedMs: number): string {
  const rate = elapsedMs > 0 ? Math.round((progress.total / elapsedMs) * 1000) : 0;
  return `${progress.stage}: ${count(progress.total, UNITS[progress.stage])} in ${(elapsedMs / 1000).toFixed(1)} s (${rate.toLocaleString('en')}/s)`;
}

export interface ProgressOptions {
  /** Where the lines go. Default: process.stderr. */
  stream?: NodeJS.WritableStream & { isTTY?: boolean };
  /** Redraw one line in place. Default: whether the stream is a TTY. */
  tty?: boolean;
  /** Milliseconds between redraws of the line. Default: 100. */
  intervalMs?: number;
  /** The clock. Default: performance.now. */
  now?: () => number;
}

/** A progress reporter for buildSite's onProgress; `end()` clears the line before the summary. */
export function progressReporter(options: ProgressOptions = {}): { update: (progress: Progress) => void; end: () => void } {
  const stream = options.stream ?? process.stderr;
  const tty = options.tty ?? Boolean(stream.isTTY);
  const interval = options.intervalMs ?? 100;
  const now = options.now ?? (() => performance.now());
  let shown = false;
  let active = false;
  let stage: Progress['stage'] | null = null;
  let stageStart = 0;
  let drawn = -Infinity;
  return {
    update(progress) {
      if (progress.stage === 'read' && progress.done === 1) active = progress.total >= PROGRESS_FROM;
      if (!active) return;
      const time = now();
      if (progress.stage !== stage) {
        stage = progress.stage;
        stageStart = time;
      }
      const finished = progress.done === progress.total;
      if (!tty) {
        if (finished) stream.write(`${stageLine(progress, time - stageStart)}\n`);
        return;
      }
      if (!finished && time - drawn < interval) return;
      drawn = time;
      stream.write(`\r\u001b[K${progressLine(progress, time - stageStart)}`);
      shown = true;
    },
    end() {
      if (shown) stream.write('\r\u001b[K');
      shown = false;
    },
  };
}

/**
 * The diagnostics to print, in order, with warnings of one rule past the first few left out,
 * and for each such rule the line that counts them.
 */
export function groupWarnings(diagnostics: readonly Diagnostic[], shown = WARNINGS_SHOWN): { diagnostics: Diagnostic[]; more: string[] } {
  const seen = new Map<string, number>();
  const kept: Diagnostic[] = [];
  for (const d of diagnostics) {
    if (d.severity !== 'warning') {
      kept.push(d);
      continue;
    }
    const n = (seen.get(d.ruleId) ?? 0) + 1;
    seen.set(d.ruleId, n);
    if (n <= shown) kept.push(d);
  }
  const more = [...seen].filter(([, n]) => n > shown).map(([rule, n]) => `… and ${(n - shown).toLocaleString('en')} more ${n - shown === 1 ? 'warning' : 'warnings'} like this [${rule}]`);
  return { diagnostics: kept, more };
}

/** The lines after a build: what it made, what it did, its problems counted. */
export function buildSummary(result: BuildResult, out: string, ms: number): string[] {
  const kinds = Object.entries(result.counts)
    .map(([kind, n]) => `${n.toLocaleString('en')} ${kind}`)
    .join(', ');
  const seconds = ms < 10_000 ? `${ms} ms` : `${(ms / 1000).toFixed(1)} s`;
  const lines = [`Built ${count(result.articles, 'article')} into ${out}/: ${count(result.pages, 'page')} (${kinds}) in ${seconds}.`];
  const { work } = result;
  if (work.upToDate) lines.push('Nothing changed since the last build: nothing rendered or written.');
  else {
    const extracted = `${count(work.extracted, 'article')} extracted${work.cachedArticles > 0 ? `, ${work.cachedArticles.toLocaleString('en')} from the cache` : ''}`;
    const how = work.output === 'updated' ? 'updated in place' : 'replaced whole';
    lines.push(`${extracted}; ${count(work.rendered, 'page')} rendered; ${count(work.written, 'file')} written, ${work.removed.toLocaleString('en')} removed (${how}).`);
  }
  const errors = result.diagnostics.filter((d) => d.severity === 'error').length;
  const warnings = result.diagnostics.filter((d) => d.severity === 'warning').length;
  if (errors + warnings > 0) lines.push(`${count(errors, 'error')}, ${count(warnings, 'warning')}.`);
  return lines;
}
