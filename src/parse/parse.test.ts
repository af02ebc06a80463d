import { describe, expect, it } from 'vitest';
import { parseMarkdown } from './markdown.ts';
import { parseText } from './text.ts';

describe('parseMarkdown', () => {
  it('takes a leading "# Title" as the title and leaves it out of the body', () => {
    const parsed = parseMarkdown('# Floods close schools\n\nHeavy rain closed *hundreds* of schools.\n', 1);
    expect(parsed.title).toBe('Floods close schools');
    expect(parsed.titleLine).toBe(1);
    expect(parsed.html).toBe('<p>Heavy rain closed <em>hundreds</em> of schools.</p>');
    expect(parsed.blocks).toEqual([{ text: 'Heavy rain closed hundreds of schools.', kind: 'paragraph', line: 3 }]);
  });

  it('counts block lines from the top of the file', () => {
    const parsed = parseMarkdown('First para.\n\n## Sub\n\n> quoted\n\n- item one\n', 12);
    expect(parsed.title).toBeNull();
    expect(parsed.blocks.map((b) => `${b.line} ${b.kind} ${b.text}`)).toEqual(['12 paragraph First para.', '14 heading Sub', '16 quote quoted', '18 list-item item one']);
  });

  it('joins soft-wrapped lines of a paragraph with spaces', () => {
    expect(parseMarkdown('one\ntwo\nthree', 1).blocks[0]?.text).toBe('one two three');
  });

  it('shows raw HTML as text, never as markup', () => {
    const parsed = parseMarkdown('Before <script>alert(1)</script> after.\n\n<img src=x onerror=alert(1)>\n\n<iframe src="https://evil.example"></iframe>\n', 1);
    expect(parsed.html).not.toMatch(/<script|<iframe|<img/i);
    expect(parsed.html).toBe('<p>Before &#x3C;script>alert(1)&#x3C;/script> after.</p>\n<p>&#x3C;img src=x onerror=alert(1)></p>\n<p>&#x3C;iframe src="https://evil.example">&#x3C;/iframe></p>');
    expect(parsed.blocks.map((b) => b.text)).toEqual(['Before <script>alert(1)</script> after.', '<img src=x onerror=alert(1)>', '<iframe src="https://evil.example"></iframe>']);
    // Each block of HTML keeps the line it stands on.
    expect(parsed.blocks.map((b) => b.line)).toEqual([1, 3, 5]);
  });

  it('removes javascript: URLs from links but keeps their text', () => {
    const parsed = parseMarkdown('[Confirm](javascript:alert(document.cookie)) and [ok](https://example.org/a?b=1&c=2)', 1);
    expect(parsed.html).not.toContain('javascript:');
    expect(parsed.html).toContain('Confirm');
    expect(parsed.html).toContain('href="https://example.org/a?b=1&#x26;c=2"');
  });

  it('shows code spans as text', () => {
    expect(parseMarkdown('Look: `<img src=x onerror=alert(1)>`', 1).html).toBe('<p>Look: <code>&#x3C;img src=x onerror=alert(1)></code></p>');
  });
});

describe('parseText', () => {
  it('takes a first line ending on an abbreviation of capitals for a title: "… wanted by the U.S.", « … buscado por EE.UU. »', () => {
    expect(parseText('Police hold a banker wanted by the U.S.\nThe arrest came on Monday in the capital.', 1).title).toBe('Police hold a banker wanted by the U.S.');
    expect(parseText('Detienen a un banquero buscado por EE.UU.\nLa detención ocurrió el lunes en la capital.', 1).title).toBe('Detienen a un banquero buscado por EE.UU.');
    expect(parseText('The bank said profits fell.\nThe arrest came on Monday in the capital.', 1).title).toBeNull();
  });
  it('makes one paragraph per line, as scrapers write them', () => {
    const parsed = parseText('First sentence here.\nSecond paragraph.\n\nThird one.', 1);
    expect(parsed.title).toBeNull();
    expect(parsed.blocks.map((b) => `${b.line}:${b.text}`)).toEqual(['1:First sentence here.', '2:Second paragraph.', '4:Third one.']);
  });

  it('joins hard-wrapped lines that stop mid-sentence', () => {
    const parsed = parseText('The committee met on Tuesday to discuss the budget and\nagreed to cut spending by ten percent.\nNext paragraph.', 1);
    expect(parsed.blocks.map((b) => b.text)).toEqual(['The committee met on Tuesday to discuss the budget and agreed to cut spending by ten percent.', 'Next paragraph.']);
  });

  it('joins the lines of a file wrapped at a fixed width where the next word did not fit', () => {
    const body = [
      'Wheat growers in the northern plains say a late frost cut their yields by',
      'a third this spring, and the farm ministry expects prices to rise before',
      'Minister Ilse Maarten presents her relief plan to parliament on Friday.',
      'The plan is said to cost about 40 million euros.',
    ].join('\n');
    expect(parseText(body, 1).blocks.map((b) => b.text)).toEqual([
      'Wheat growers in the northern plains say a late frost cut their yields by a third this spring, and the farm ministry expects prices to rise before Minister Ilse Maarten presents her relief plan to parliament on Friday.',
      'The plan is said to cost about 40 million euros.',
    ]);
  });

  it('keeps a deck, a credit or a teaser without a final stop apart from the paragraph under it', () => {
    const story = 'The port authority said on Monday that cargo traffic through the eastern terminal had fallen for a third month in a row, as two shipping lines moved their routes south after the strike.';
    const body = ['Harbour Board Cuts Fees to Win Back Shipping Lines', 'Traffic fell for a third month after the dock strike', story, 'Read also: How the strike began', story.replace('Monday', 'Tuesday')].join('\n');
    expect(parseText(body, 1).blocks.map((b) => b.text)).toEqual(['Traffic fell for a third month after the dock strike', story, 'Read also: How the strike began', story.replace('Monday', 'Tuesday')]);
    // A short line is never a wrapped one: "Jane Doe/AP" and a button under it stay apart.
    expect(parseText(`${story}\nLena Vos/AP\nhide caption`, 1).blocks.map((b) => b.text)).toEqual([story, 'Lena Vos/AP', 'hide caption']);
    // A link in lower case under a line without a stop is a line of its own.
    expect(parseText(`${story}\n— Ana Ruiz (@anaruiz) May 3, 2026\npic.example.com/x1y2`, 1).blocks.map((b) => b.text)).toEqual([story, '— Ana Ruiz (@anaruiz) May 3, 2026', 'pic.example.com/x1y2']);
  });

  it('takes a short first line without final punctuation as the title', () => {
    const parsed = parseText('Drought plan for farmers\nThe government announced a plan.', 5);
    expect(parsed.title).toBe('Drought plan for farmers');
    expect(parsed.titleLine).toBe(5);
    expect(parsed.blocks).toHaveLength(1);
  });

  it('takes the first line as the title when a line in lower case follows only after a blank line', () => {
    const parsed = parseText('Floods cut the coast road; thousands leave their homes\n\nphoto-credit\n\nThe regional government opened shelters on Monday.', 1);
    expect(parsed.title).toBe('Floods cut the coast road; thousands leave their homes');
    // Right below, the same line continues a wrapped sentence: no title.
    expect(parseText('Floods cut the coast road and\nthousands left their homes on Monday.', 1).title).toBeNull();
  });

  it('never reads Markdown or HTML in raw text: it is all text', () => {
    const parsed = parseText('# not a heading, *not emphasis* <script>alert(1)</script>.\nMore.', 1);
    expect(parsed.title).toBeNull();
    expect(parsed.html).toBe('<p># not a heading, *not emphasis* &#x3C;script>alert(1)&#x3C;/script>.</p>\n<p>More.</p>');
  });
});

describe('deep nesting', () => {
  it.each([
    ['quotes', `${'>'.repeat(10_000)} deep words\n`, 5],
    ['lists', `${'- '.repeat(10_000)}deep words\n`, 5],
    // Two columns per level: the 33rd line is indented past 64 columns.
    ['indented lists', Array.from({ length: 300 }, (_, i) => `${'  '.repeat(i)}- deep words ${i}`).join('\n'), 5 + 32],
    ['emphasis', `${'*a '.repeat(10_000)}deep words${' a*'.repeat(10_000)}\n`, 5],
    ['links', `${'['.repeat(10_000)}deep words${'](u)'.repeat(10_000)}\n`, 5],
  ])('keeps the words of deeply nested %s, flattened, with a warning', (_kind, body, line) => {
    const parsed = parseMarkdown(body, 5);
    expect(parsed.notes).toEqual([expect.objectContaining({ line, ruleId: 'nesting-depth' })]);
    expect(parsed.blocks.map((b) => b.text).join(' ')).toContain('deep words');
  });

  it('leaves ordinary nesting alone', () => {
    const parsed = parseMarkdown('> - quoted item\n>   - nested\n\n*a* _b_ [c](https://example.org)\n', 1);
    expect(parsed.notes).toEqual([]);
    expect(parsed.html).toContain('<blockquote>');
    expect(parsed.html).toContain('<em>a</em>');
  });
});
