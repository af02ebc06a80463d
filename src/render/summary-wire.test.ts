import { describe, expect, it } from 'vitest';
import { france, politics, record, siteArticle } from '../index/fixtures/records.ts';
import { planSite, summaryJson } from '../index/plan.ts';
import { cardKey, cardKeyOfJson } from './cards.ts';
import { unwireSummaries, wireSummaries } from './summary-wire.ts';

const articles = [
  siteArticle(record('ferry', { headline: 'Ferry <crossings> halted', topics: [politics], countries: [france], date: '2026-10-02' })),
  siteArticle(record('budget', { headline: 'Budget vote delayed', publisher: null, date: null })),
];
const plan = planSite(articles, { pageSize: 20, language: 'en' });
const wire = (item: object) => {
  const json = summaryJson(item);
  return json === undefined ? undefined : { json, key: cardKeyOfJson(json) };
};

describe('summaryJson', () => {
  it("gives a plan's summary the JSON the data index holds for it, and any other object nothing", () => {
    const home = plan.pages.find((p) => p.url === '/');
    const listed = home?.data.articles as object[];
    expect(listed).toHaveLength(2);
    for (const summary of listed) expect(summaryJson(summary)).toBe(JSON.stringify(summary));
    expect(summaryJson({ ...listed[0] })).toBeUndefined();
  });
});

describe('wireSummaries', () => {
  it('sends the summaries of page data as JSON that the thread makes into the same data, with their card keys', () => {
    for (const page of plan.pages.filter((p) => p.kind === 'html')) {
      const data = page.data;
      const before = structuredClone(data);
      const sent = structuredClone(wireSummaries(data, wire));
      const keys = new Map<object, string>();
      unwireSummaries(sent, keys);
      expect(sent).toEqual(before);
      for (const [summary, key] of keys) expect(key).toBe(cardKey(summary));
      // The page's own data is left as it was.
      expect(data).toEqual(before);
    }
    const home = structuredClone(wireSummaries(plan.pages.find((p) => p.url === '/')?.data ?? {}, wire));
    expect(JSON.stringify(home)).toContain('\\u0000summary');
  });

  it('leaves a property computed on access to be computed when the data is copied', () => {
    let reads = 0;
    const data: Record<string, unknown> = { articles: plan.pages.find((p) => p.url === '/')?.data.articles };
    Object.defineProperty(data, 'text', { enumerable: true, get: () => `read ${++reads}` });
    const wired = wireSummaries(data, wire);
    expect(reads).toBe(0);
    expect(structuredClone(wired).text).toBe('read 1');
  });
});
