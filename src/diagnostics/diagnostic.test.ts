import { describe, expect, it } from 'vitest';
import { diagnostic, excerpt, formatDiagnostic, sortDiagnostics } from './diagnostic.ts';

describe('diagnostics', () => {
  it('format as path:line:column: severity: reason [rule]', () => {
    expect(formatDiagnostic(diagnostic('articles/x.md', 3, 5, 'error', 'frontmatter-yaml', 'Bad YAML'))).toBe('articles/x.md:3:5: error: Bad YAML [frontmatter-yaml]');
  });

  it('never point before line 1, column 1', () => {
    expect(diagnostic('a', 0, -3, 'warning', 'r', 'm')).toMatchObject({ line: 1, column: 1 });
  });

  it('sort by path, then position', () => {
    const sorted = sortDiagnostics([diagnostic('b', 1, 1, 'error', 'r', ''), diagnostic('a', 9, 1, 'error', 'r', ''), diagnostic('a', 2, 4, 'error', 'r', '')]);
    expect(sorted.map((d) => `${d.path}:${d.line}`)).toEqual(['a:2', 'a:9', 'b:1']);
  });

  it('show the offending line with two lines of context and a caret', () => {
    const text = '---\ntitle: Bad\ntags: [a, b\nlang: en\n---\n';
    expect(excerpt(diagnostic('x.md', 4, 3, 'error', 'r', ''), text)).toBe('  2 | title: Bad\n  3 | tags: [a, b\n  4 | lang: en\n    |   ^');
    expect(excerpt(diagnostic('x.md', 40, 1, 'error', 'r', ''), text)).toBe('');
  });
});
