// Property test for HTML escaping: whatever text an article carries (headline, summary, publisher,
// tags, an actor's name and role, a quote), the rendered pages have exactly the markup of the same
// pages rendered with plain words: every "<", ">", '"' and "'" of the text is escaped, so it can
// neither open a tag nor close an attribute.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fullFor, politics, record, ruto, siteArticle } from '../index/fixtures/records.ts';
import { planSite } from '../index/plan.ts';
import { createRenderer } from './engine.ts';
import { BUILTIN_THEME_DIR } from './theme.ts';

const renderer = createRenderer({ templatesDir: BUILTIN_THEME_DIR, baseUrl: '/', language: 'en', site: { title: 'Digest', description: 'Tests' } });

/** Every HTML page of a one-article site whose strings are all `text`. */
function pagesWith(text: string): Map<string, string> {
  const rec = record('a', {
    headline: text || 'x',
    summary: text,
    publisher: { name: text || 'x', country: null, url: null },
    // A tag always has a letter, so that it always has a page to link to.
    tags: [`t ${text}`],
    topics: [politics],
    actors: [{ ...ruto, name: text || 'x', roles: [text] }],
    attributions: [{ source: text || 'x', sourceType: 'person', actor: ruto.id, verb: 'said', claim: text || 'x', quote: true, sentence: 0, confidence: 0.9 }],
  });
  const articles = [siteArticle(rec)];
  const plan = planSite(articles, { pageSize: 20, language: 'en' });
  const full = fullFor(articles);
  return new Map(plan.pages.filter((page) => page.kind === 'html').map((page) => [page.output, renderer.render(page, full(page))]));
}

// The page's skeleton: each tag with its quotes and equals signs (attribute boundaries). Quotes in
// text between tags are harmless; "<" there is escaped, so tags are found reliably.
const markup = (html: string): string => (html.match(/<[^>]*>/g) ?? []).map((tag) => tag.replace(/"[^"]*"|'[^']*'/g, '""').replace(/[^<>"'=]/g, '')).join('');
/** Strings heavy in the characters that matter, plus anything at all. */
const hostile = fc.oneof(fc.string({ unit: fc.constantFrom('<', '>', '"', "'", '&', '/', '=', ' ', 'a', 's', 'c', 'r', 'i', 'p', 't', '!', '-', '`', '\\') }), fc.string({ unit: 'grapheme', maxLength: 40 }));

describe('HTML escaping', () => {
  it('leaves the markup of every page as it is with plain text, whatever the text', () => {
    const plain = pagesWith('plain words');
    fc.assert(
      fc.property(hostile, (text) => {
        const pages = pagesWith(text);
        // A tag's own page sits at its slug: compare it with the plain tag's page. A text with no
        // letter or digit makes no slug and so no tag page, which is right too.
        const tagPage = /^tags\/(?!index\.html)[^/]+\/index\.html$/u;
        const plainTag = [...plain.keys()].find((p) => tagPage.test(p)) ?? '';
        expect([...pages.keys()].filter((p) => !tagPage.test(p)).sort()).toEqual([...plain.keys()].filter((p) => !tagPage.test(p)).sort());
        for (const [path, html] of pages) expect(markup(html), path).toBe(markup(plain.get(tagPage.test(path) ? plainTag : path) ?? ''));
      }),
      { numRuns: 150 },
    );
  });
});
