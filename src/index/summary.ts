import type { ArticleRecord } from '../record/types.ts';

/** What a list page or the data index shows of one article: read from the record only. */
export interface ArticleSummary {
  id: string;
  headline: string;
  date: string | null;
  language: string;
  summary: string;
  publisher: string | null;
  countries: { code: string; name: string }[];
  topics: { id: string; label: string }[];
  /** The first reported figure, as written: the digest's "key figure". */
  keyFigure: string | null;
}

export function summarize(record: ArticleRecord): ArticleSummary {
  return {
    id: record.id,
    headline: record.headline,
    date: record.date,
    language: record.language,
    summary: record.summary,
    publisher: record.publisher?.name ?? null,
    countries: record.countries.map((c) => ({ code: c.code, name: c.name })),
    topics: record.topics.map((t) => ({ id: t.id, label: t.label })),
    keyFigure: keyFigure(record),
  };
}

// The figure of the first headline fact that has one, else the first figure of the article.
function keyFigure(record: ArticleRecord): string | null {
  for (const fact of record.facts) {
    const index = fact.figures[0];
    if (index !== undefined && record.figures[index]) return record.figures[index].text;
  }
  return record.figures[0]?.text ?? null;
}

/** Latest first; undated articles last; ties broken by headline then id so order is stable. */
export function compareByDate(a: ArticleRecord, b: ArticleRecord): number {
  if (a.date !== b.date) {
    if (a.date === null) return 1;
    if (b.date === null) return -1;
    return a.date < b.date ? 1 : -1;
  }
  return a.headline.localeCompare(b.headline) || a.id.localeCompare(b.id);
}
