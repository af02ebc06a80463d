import type { Figure } from '../record/types.ts';
import type { ListedRecord } from './listing.ts';

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
  /** The best figure as written in the article ("58,612"), or null: see `figure`. */
  keyFigure: string | null;
  /**
   * The story's best figure: the most confident one that says what it counts (ranks never),
   * earliest in the key facts on a tie. A figure whose `counts` is null is never chosen: a home
   * card shows a figure only with what it counts.
   */
  figure: Pick<Figure, 'value' | 'unit' | 'kind' | 'qualifier' | 'counts' | 'confidence'> | null;
  /** Bylines, when the record has them. */
  authors: string[];
}

export function summarize(record: ListedRecord): ArticleSummary {
  const best = bestFigure(record);
  return {
    id: record.id,
    headline: record.headline,
    date: record.date,
    language: record.language,
    summary: record.summary,
    publisher: record.publisher?.name ?? null,
    countries: record.countries.map((c) => ({ code: c.code, name: c.name })),
    topics: record.topics.map((t) => ({ id: t.id, label: t.label })),
    keyFigure: best?.text ?? null,
    figure: best ? { value: best.value, unit: best.unit, kind: best.kind, qualifier: best.qualifier, counts: best.counts, confidence: best.confidence } : null,
    authors: record.authors ?? [],
  };
}

export function bestFigure(record: Pick<ListedRecord, 'figures' | 'facts'>): Figure | null {
  // Position of each figure in reading order of the key facts (the lede fact first).
  const inFacts = new Map<number, number>();
  record.facts.forEach((fact, f) => {
    fact.figures.forEach((index, i) => {
      if (!inFacts.has(index)) inFacts.set(index, f * 100 + i);
    });
  });
  let best: Figure | null = null;
  let bestRank = Infinity;
  record.figures.forEach((figure, index) => {
    if (!figure.counts?.trim() || figure.kind === 'rank') return;
    const rank = inFacts.get(index) ?? 10_000 + index;
    if (!best || figure.confidence > best.confidence || (figure.confidence === best.confidence && rank < bestRank)) {
      best = figure;
      bestRank = rank;
    }
  });
  return best;
}

/** Latest first; undated articles last; ties broken by headline then id so order is stable. */
export function compareByDate(a: ListedRecord, b: ListedRecord): number {
  if (a.date !== b.date) {
    if (a.date === null) return 1;
    if (b.date === null) return -1;
    return a.date < b.date ? 1 : -1;
  }
  return a.headline.localeCompare(b.headline) || a.id.localeCompare(b.id);
}
