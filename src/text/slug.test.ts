import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { collectArticles, loadArticleBytes } from '../article/load.ts';
import { isSafeSlug, SLUG_PATTERN, slugify } from './slug.ts';

describe('slugify', () => {
  // Actor pages live at /actors/<id>/ and article pages at /articles/<id>/: these ids are URLs
  // readers have bookmarked. This table pins what they were before the two slug functions became
  // one; a change here breaks links.
  it.each([
    ['Kim Jong-un', 'kim-jong-un'],
    ['Kim Jong Un', 'kim-jong-un'],
    ['Ursula von der Leyen', 'ursula-von-der-leyen'],
    ['Choïgou', 'choigou'],
    ['Sergueï Choïgou', 'serguei-choigou'],
    ['Lee Seong-kweun', 'lee-seong-kweun'],
    ['Luiz Inácio Lula da Silva', 'luiz-inacio-lula-da-silva'],
    ['N’Djamena', 'n-djamena'],
    ["Côte d'Ivoire", 'cote-d-ivoire'],
    ['Organisation mondiale de la santé (OMS)', 'organisation-mondiale-de-la-sante-oms'],
    ['Łódź Œuvre Straße', 'lodz-oeuvre-strasse'],
    ['Corée du Nord: Kim promet « soutien »', 'coree-du-nord-kim-promet-soutien'],
    ['000_3e50fc57543504c2', '000-3e50fc57543504c2'],
    ['<script>', 'script'],
    ['Zürich', 'zurich'],
    ['Nguyễn Phú Trọng', 'nguyen-phu-trong'],
  ])('keeps the id of %j: %s', (name, id) => {
    expect(slugify(name)).toBe(id);
  });

  it.each([
    ['Đorđe', 'dorde'],
    ['Þór', 'thor'],
    ['Øystein', 'oystein'],
    ['Æsa', 'aesa'],
    ['Straße', 'strasse'],
    ['Łukasz', 'lukasz'],
    ['Владимир Путин', 'vladimir-putin'],
    ['Κυριάκος Μητσοτάκης', 'kyriakos-mitsotakis'],
    ['محمد بن سلمان', 'mhmd-bn-slmn'],
    ['בנימין נתניהו', 'vnymyn-ntnyhv'],
    ['习近平', 'xi-jin-ping'],
    ['김정은', 'gim-jeong-eun'],
    ['नरेंद्र मोदी', 'nremdr-modi'],
    ['🎉', 'tada'],
  ])('spells %j in ASCII: %s', (name, id) => {
    expect(slugify(name)).toBe(id);
  });

  it('never gives an empty, dot or reserved slug', () => {
    for (const text of ['', '   ', '..', '.', '«»', '/', '\uE000', '\u0301']) {
      const slug = slugify(text);
      expect(slug, JSON.stringify(text)).toMatch(/^x-[0-9a-f]{10}$/);
    }
    expect(slugify('CON')).toBe('con-x');
    expect(slugify('nul')).toBe('nul-x');
    expect(slugify('Com1')).toBe('com1-x');
    expect(slugify('lpt9')).toBe('lpt9-x');
    expect(slugify('../../etc/passwd')).toBe('etc-passwd');
    expect(slugify('a/b')).toBe('a-b');
  });

  it('gives different hash slugs to different texts that nothing transliterates', () => {
    expect(slugify('\uE000')).not.toBe(slugify('\uE001'));
  });

  it('cuts long text at the maximum length without a trailing hyphen', () => {
    const slug = slugify('word '.repeat(100), { maxLength: 41 });
    expect(slug.length).toBeLessThanOrEqual(41);
    expect(slug.endsWith('-')).toBe(false);
    expect(slug).toMatch(SLUG_PATTERN);
  });
});

describe('slugify properties', () => {
  const anyText = fc.oneof(fc.string({ unit: 'grapheme', maxLength: 60 }), fc.string({ unit: 'binary', maxLength: 60 }), fc.constantFrom('CON', 'nul', '..', '.', '', 'a/b', '../../etc/passwd', '🎉', 'LPT1'));

  it('is always safe: one path segment, [a-z0-9-], not reserved, within the length', () => {
    fc.assert(
      fc.property(anyText, fc.integer({ min: 16, max: 200 }), (text, maxLength) => {
        const slug = slugify(text, { maxLength });
        expect(slug).toMatch(SLUG_PATTERN);
        expect(slug.length).toBeLessThanOrEqual(maxLength);
        expect(isSafeSlug(slug, maxLength)).toBe(true);
        expect(slug.includes('/') || slug.includes('\\') || slug === '.' || slug === '..').toBe(false);
      }),
      { numRuns: 2000 },
    );
  });

  it('is stable: the same text gives the same slug, and a slug is its own slug', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const slug = slugify(text);
        expect(slugify(text)).toBe(slug);
        expect(slugify(slug)).toBe(slug);
      }),
      { numRuns: 1000 },
    );
  });

  it('gives every article of a site a different id, whatever its file name (duplicates are reported, never merged)', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(
          fc.string({ unit: 'grapheme', minLength: 1, maxLength: 12 }).filter((name) => !/[/\\\0]/.test(name)),
          { minLength: 1, maxLength: 12 },
        ),
        (names) => {
          const loaded = names.map((name) => loadArticleBytes('/site/articles', `${name}.md`, new TextEncoder().encode('# A title\n\nSome text.\n')));
          const { articles, diagnostics } = collectArticles(loaded, { drafts: false });
          const ids = articles.map((article) => article.record.id);
          expect(new Set(ids).size).toBe(ids.length);
          for (const id of ids) expect(isSafeSlug(id)).toBe(true);
          // Every file is either on the site or named in a duplicate-id diagnostic.
          expect(articles.length + diagnostics.filter((d) => d.ruleId === 'duplicate-id').length).toBe(names.length);
        },
      ),
      { numRuns: 200 },
    );
  });
});
