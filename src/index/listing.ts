/**
 * What the index stage reads of a record, and the record cut down to it. Lists, taxonomies,
 * profiles, feeds, the data index and search read an article's headline, dates, people,
 * places, topics, best figure and clean claims, never its facts or every figure and
 * attribution. A large build keeps only this much of each article in the main thread (about a
 * third of the record); the whole record is read again only to render the article's own page
 * and record file.
 */
import type { ArticleRecord, Attribution } from '../record/types.ts';
import { isCleanClaim } from './claims.ts';
import { bestFigure } from './summary.ts';

/** The fields of a record the index stage reads. A whole ArticleRecord is one. */
export type ListedRecord = Pick<ArticleRecord, 'id' | 'source' | 'language' | 'headline' | 'headlineSource' | 'summary' | 'date' | 'publisher' | 'countries' | 'actors' | 'figures' | 'facts' | 'attributions' | 'topics' | 'tags' | 'authors'>;

/** An attribution an actor page can show: a named actor's clean claim. */
export function isListedAttribution(attribution: Attribution): boolean {
  return attribution.actor !== null && isCleanClaim(attribution.claim, attribution.source);
}

/**
 * Pure: the record with what no list, profile or search record reads left out. Listing it gives
 * the same pages as listing the whole record: its only figure is the best one (facts only break
 * ties between figures), and its attributions are the clean claims of named actors, the only
 * ones an actor page shows.
 */
export function listedRecord(record: ArticleRecord): ListedRecord {
  const best = bestFigure(record);
  return {
    id: record.id,
    source: record.source,
    language: record.language,
    headline: record.headline,
    headlineSource: record.headlineSource,
    summary: record.summary,
    date: record.date,
    publisher: record.publisher,
    countries: record.countries,
    actors: record.actors,
    figures: best ? [best] : [],
    facts: [],
    attributions: record.attributions.filter(isListedAttribution),
    topics: record.topics,
    tags: record.tags,
    ...(record.authors ? { authors: record.authors } : {}),
  };
}
