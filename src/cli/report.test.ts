import { describe, expect, it } from 'vitest';
import { diagnostic } from '../diagnostics/diagnostic.ts';
import type { BuildResult, BuildWork } from '../site/build.ts';
import { buildSummary, groupWarnings, PROGRESS_FROM, progressLine, progressReporter } from './report.ts';

/** A stream that keeps what is written to it. */
function stream(isTTY: boolean): { isTTY: boolean; text: string; write: (chunk: string) => boolean } {
  const s = {
    isTTY,
    text: '',
    write(chunk: string) {
      s.text += chunk;
      return true;
    },
  };
  return s;
}

describe('the progress line', () => {
  it('says the stage, done of total and the rate', () => {
    expect(progressLine({ stage: 'extract', done: 3200, total: 10_000 }, 4000)).toBe('extract  3,200/10,000 articles  800/s');
  });

  it('redraws one line in place on a TTY, at most every interval, and clears it at the end', () => {
    let now = 0;
    const out = stream(true);
    const progress = progressReporter({ stream: out as never, now: () => now, intervalMs: 100 });
    progress.update({ stage: 'read', done: 1, total: PROGRESS_FROM });
    now = 50;
    progress.update({ stage: 'read', done: 2, total: PROGRESS_FROM });
    now = 150;
    progress.update({ stage: 'read', done: PROGRESS_FROM, total: PROGRESS_FROM });
    progress.end();
    const draws = out.text.split('\r\u001b[K').filter(Boolean);
    expect(draws).toEqual([`read     1/${PROGRESS_FROM} files  0/s`, `read     ${PROGRESS_FROM}/${PROGRESS_FROM} files  2,000/s`]);
    expect(out.text.endsWith('\r\u001b[K')).toBe(true);
    expect(out.text).not.toContain('\n');
  });

  it('writes one plain line per stage when not a TTY', () => {
    let now = 0;
    const out = stream(false);
    const progress = progressReporter({ stream: out as never, now: () => now });
    for (let done = 1; done <= 500; done++) progress.update({ stage: 'read', done, total: 500 });
    now = 2000;
    progress.update({ stage: 'extract', done: 1, total: 500 });
    now = 4500;
    progress.update({ stage: 'extract', done: 500, total: 500 });
    progress.end();
    expect(out.text).toBe('read: 500 files in 0.0 s (0/s)\nextract: 500 articles in 2.5 s (200/s)\n');
  });

  it('stays silent for a build of a few articles', () => {
    const out = stream(true);
    const progress = progressReporter({ stream: out as never });
    for (let done = 1; done <= 20; done++) progress.update({ stage: 'read', done, total: 20 });
    progress.update({ stage: 'render', done: 5000, total: 5000 });
    progress.end();
    expect(out.text).toBe('');
  });
});

describe('groupWarnings', () => {
  it('keeps the first few warnings of a rule and counts the rest; errors are all kept', () => {
    const warnings = Array.from({ length: 2491 }, (_, i) => diagnostic(`articles/a${i}.md`, 2, 1, 'warning', 'unknown-country', 'Country code "XX" is unknown'));
    const errors = Array.from({ length: 5 }, (_, i) => diagnostic(`articles/b${i}.md`, 1, 1, 'error', 'frontmatter-yaml', 'Bad YAML'));
    const other = diagnostic('articles/c.md', 3, 1, 'warning', 'empty-body', 'No body');
    const { diagnostics, more } = groupWarnings([...warnings, ...errors, other]);
    expect(diagnostics.filter((d) => d.ruleId === 'unknown-country')).toHaveLength(3);
    expect(diagnostics.filter((d) => d.severity === 'error')).toHaveLength(5);
    expect(diagnostics).toContainEqual(other);
    expect(more).toEqual(['… and 2,488 more warnings like this [unknown-country]']);
  });
});

describe('buildSummary', () => {
  const work: BuildWork = { upToDate: false, read: 0, cachedArticles: 9999, extracted: 1, rendered: 42, written: 40, searchShards: 1, removed: 0, output: 'updated', notes: [] };
  const result: BuildResult = { written: true, articles: 10_000, pages: 31_123, counts: { html: 20_307, json: 10_220 }, diagnostics: [diagnostic('a.md', 1, 1, 'warning', 'empty-body', 'x')], timings: {}, plan: null, work };

  it('says what was built, what the cache saved and the problems', () => {
    expect(buildSummary(result, 'public', 1234)).toEqual([
      'Built 10,000 articles into public/: 31,123 pages (20,307 html, 10,220 json) in 1234 ms.',
      '1 article extracted, 9,999 from the cache; 42 pages rendered; 40 files written, 0 removed (updated in place).',
      '0 errors, 1 warning.',
    ]);
  });

  it('says so when nothing changed', () => {
    expect(buildSummary({ ...result, diagnostics: [], work: { ...work, upToDate: true } }, 'public', 12_345)[1]).toBe('Nothing changed since the last build: nothing rendered or written.');
    expect(buildSummary({ ...result, diagnostics: [], work: { ...work, upToDate: true } }, 'public', 12_345)[0]).toMatch(/in 12\.3 s\.$/);
  });
});
