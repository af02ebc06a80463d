// The card cache: a card is made once per contents, whatever object carries them (a render
// thread gets a copy of every page's data), and never shown for other contents.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { france, fullFor, kenya, politics, record, siteArticle, sport } from '../index/fixtures/records.ts';
import { planSite } from '../index/plan.ts';
import type { Figure } from '../record/types.ts';
import { CardCache, cardKey } from './cards.ts';
import { createRenderer } from './engine.ts';
import { BUILTIN_THEME_DIR } from './theme.ts';

const options = { templatesDir: BUILTIN_THEME_DIR, baseUrl: 'https://example.org/', language: 'fr', site: { title: 'Digest', description: 'Tests' } };

describe('CardCache', () => {
  it('makes a card once for a summary and for every copy of it', () => {
    const cache = new CardCache();
    let made = 0;
    const make = () => `card ${++made}`;
    const summary = { id: 'a', headline: 'Rain returns to the valley', topics: [{ id: 'weather' }] };
    expect(cache.card(summary, make)).toBe('card 1');
    expect(cache.card(summary, make)).toBe('card 1');
    expect(cache.card(structuredClone(summary), make)).toBe('card 1');
    expect(made).toBe(1);
  });

  it('makes a new card when anything in the summary differs, the id kept', () => {
    const cache = new CardCache();
    let made = 0;
    const make = () => `card ${++made}`;
    cache.card({ id: 'a', headline: 'Rain returns to the valley', topics: [{ id: 'weather' }] }, make);
    expect(cache.card({ id: 'a', headline: 'Rain returns to the valley', topics: [{ id: 'health' }] }, make)).toBe('card 2');
    expect(cache.card({ id: 'a', headline: 'Rain returns to the hills', topics: [{ id: 'weather' }] }, make)).toBe('card 3');
  });

  it('takes the key a sender made for a copy of a summary rather than hashing the copy', () => {
    const cache = new CardCache();
    let made = 0;
    const make = () => `card ${++made}`;
    const summary = { id: 'b', headline: 'Ferry crossings resume at dawn', topics: [{ id: 'transport' }] };
    expect(cardKey(structuredClone(summary))).toBe(cardKey(summary));
    cache.card(summary, make);
    // The sender's key is the one used: a copy told the key of other contents gets another card.
    const [told, other] = [structuredClone(summary), structuredClone(summary)];
    cache.know(
      new Map([
        [told, cardKey(summary)],
        [other, cardKey({ ...summary, headline: 'Ferry crossings halted' })],
      ]),
    );
    expect(cache.card(told, make)).toBe('card 1');
    expect(cache.card(other, make)).toBe('card 2');
  });

  it('shows a card another cache made for the same contents without making it', () => {
    const summary = { id: 'c', headline: 'Night trains return to the coast', topics: [{ id: 'transport' }] };
    const maker = new CardCache();
    maker.card(summary, () => 'card made once');
    const key = cardKey(summary);
    const given = new CardCache();
    expect(given.get(key)).toBeUndefined();
    given.add([[key, maker.get(key) ?? '']]);
    expect(given.card(structuredClone(summary), () => 'card made again')).toBe('card made once');
  });
});

/** A small site of generated articles: headlines, summaries, dates, figures and terms vary. */
const site = fc.array(
  fc.record({
    headline: fc.string({ minLength: 1, maxLength: 30 }),
    summary: fc.string({ maxLength: 60 }),
    date: fc.option(fc.constantFrom('2026-10-01', '2026-10-02', '2025-01-31'), { nil: null }),
    language: fc.constantFrom('en', 'fr'),
    value: fc.option(fc.integer({ min: -5, max: 5_000_000 }), { nil: null }),
    counts: fc.constantFrom('people', 'homes', ''),
    topics: fc.subarray([politics, sport]),
    countries: fc.subarray([france, kenya]),
  }),
  { minLength: 1, maxLength: 6 },
);

describe('cards in rendered pages', () => {
  it('are the cards a fresh renderer makes, with every page of every site rendered from a copy of its data by one renderer', () => {
    // One renderer for every generated site, as a render thread keeps its renderer from batch to
    // batch and watch mode from save to save: the same ids come back with other contents.
    const kept = createRenderer(options);
    fc.assert(
      fc.property(site, fc.boolean(), (generated, reverse) => {
        // Two articles may share a headline: ids are made unique by position.
        const articles = generated.map((a, i) => {
          const figures: Figure[] = a.value === null ? [] : [{ text: String(a.value), value: a.value, unit: null, kind: 'count', qualifier: 'exact', sentence: 0, counts: a.counts, confidence: 0.9 }];
          return siteArticle(record(`a${i}`, { headline: a.headline, summary: a.summary, date: a.date, language: a.language, topics: a.topics, countries: a.countries, figures, tags: ['shared tag'] }));
        });
        const plan = planSite(articles, { pageSize: 2, language: 'fr' });
        const full = fullFor(articles);
        const pages = plan.pages.filter((p) => p.kind === 'html');
        for (const page of reverse ? [...pages].reverse() : pages) {
          const copy = { url: page.url, kind: page.kind, template: page.template, data: structuredClone(page.data), ...(page.article === undefined ? {} : { article: page.article }) };
          expect(kept.render(copy, full(page)), page.output).toBe(createRenderer(options).render(page, full(page)));
        }
      }),
      { numRuns: 25 },
    );
  });

  it('follow an article whose headline changed under the same id', () => {
    const renderer = createRenderer(options);
    const home = (headline: string) => {
      // b is the latest, the home page's lead story: a is shown as a card.
      const articles = [siteArticle(record('a', { headline })), siteArticle(record('b', { date: '2026-10-05' }))];
      const plan = planSite(articles, { pageSize: 20, language: 'fr' });
      const page = plan.pages.find((p) => p.output === 'index.html');
      if (!page) throw new Error('no home page');
      return renderer.render({ ...page, data: structuredClone(page.data) }, fullFor(articles)(page));
    };
    expect(home('Ferry service resumes')).toContain('Ferry service resumes');
    const changed = home('Ferry service halted again');
    expect(changed).toContain('Ferry service halted again');
    expect(changed).not.toContain('Ferry service resumes');
  });
});
