import { resolve } from 'node:path';
import { Liquid } from 'liquidjs';
import { describe, expect, it } from 'vitest';
import { record } from '../index/fixtures/records.ts';
import { summarize } from '../index/summary.ts';
import { createRenderer } from './engine.ts';
import { keyOf, MemoRenderTag } from './partials.ts';

const fixtures = resolve(import.meta.dirname, 'fixtures');

/** An engine over fixtures/partials/ whose `counted` filter counts its calls; with the kept `{% render %}` or LiquidJS's own. */
function engine(memo: boolean): { liquid: Liquid; calls: () => number } {
  const liquid = new Liquid({ partials: [resolve(fixtures, 'partials')], extname: '.liquid', outputEscape: 'escape', cache: true });
  let calls = 0;
  liquid.registerFilter('counted', (value: unknown) => {
    calls++;
    return value;
  });
  if (memo) liquid.registerTag('render', MemoRenderTag);
  return { liquid, calls: () => calls };
}

/** The text of `source` rendered with `scope`, by the kept render and by LiquidJS's own, and the kept one's filter calls. */
function both(source: string, scope: Record<string, unknown>): { kept: string; plain: string; calls: number } {
  const memo = engine(true);
  const plain = engine(false);
  return { kept: memo.liquid.parseAndRenderSync(source, scope), plain: plain.liquid.parseAndRenderSync(source, scope), calls: memo.calls() };
}

describe('MemoRenderTag', () => {
  it('renders a partial once for calls that read the same values, and writes the same HTML', () => {
    const site = { title: 'Daily <news>' };
    const source = "{% render 'masthead', site: site, page: a %}|{% render 'masthead', site: site, page: b %}";
    // The pages differ only in what the partial does not read.
    const { kept, plain, calls } = both(source, { site, a: { lang: 'fr', url: '/a/' }, b: { lang: 'fr', url: '/b/' } });
    expect(kept).toBe(plain);
    expect(kept).toContain('Daily &lt;news&gt;');
    expect(calls).toBe(1);
  });

  it('renders it again when a value it reads differs', () => {
    const source = "{% render 'masthead', site: site, page: a %}|{% render 'masthead', site: site, page: b %}";
    const { kept, plain, calls } = both(source, { site: { title: 'T' }, a: { lang: 'fr' }, b: { lang: 'es' } });
    expect(kept).toBe(plain);
    expect(kept).toContain('lang="es"');
    expect(calls).toBe(2);
  });

  it('tells apart objects whose size differs, though no key of theirs is read by name', () => {
    const source = "{% render 'size', info: a %}|{% render 'size', info: b %}";
    const { kept, plain } = both(source, { a: { x: 1 }, b: { x: 1, y: 2 } });
    expect(kept).toBe(plain);
    expect(kept.split('|').map((part) => part.trim())).toEqual(['1', '2']);
  });

  it('renders every call of a partial that reads a computed key or a whole object', () => {
    const lookup = both("{% render 'lookup', page: a, field: 'x' %}{% render 'lookup', page: a, field: 'y' %}", { a: { x: 'one', y: 'two' } });
    expect(lookup.kept).toBe(lookup.plain);
    expect(lookup.calls).toBe(2);
    const every = both("{% render 'every', page: a %}|{% render 'every', page: b %}", { a: { x: 'one' }, b: { x: 'one', y: undefined } });
    expect(every.kept).toBe(every.plain);
  });

  it('keys undefined, null and numbers Liquid prints differently apart', () => {
    const paths = [['page', 'value']];
    const keys = [undefined, null, Number.NaN, 0, -0, '0'].map((value) => keyOf(paths, { page: { value } }, {}));
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('gives a card tag in a partial the article it reads', () => {
    const renderer = createRenderer({ templatesDir: resolve(fixtures, 'theme'), baseUrl: '/', language: 'en', site: { title: 'T', description: 'D' } });
    const articles = [summarize(record('first', { headline: 'The first story' })), summarize(record('second', { headline: 'The second story' }))];
    const html = renderer.render({ url: '/', kind: 'html', template: 'home', data: { articles } });
    expect(html).toContain('The first story');
    expect(html).toContain('The second story');
  });
});
