/**
 * schema.org NewsArticle for an article page, as JSON ready to sit in a <script> element: every
 * value comes from the record, so the text is escaped for the script context (see
 * scriptSafeJson), never trusted.
 */
import type { ArticleRecord } from '../record/types.ts';
import { scriptSafeJson } from './escape.ts';

export interface NewsArticleContext {
  /** The page's URL as readers use it. */
  url: string;
  /** The original story (frontmatter `url`). */
  originalUrl: string | null;
  /** Site title: the publisher when the record names none. */
  siteTitle: string;
  /** Topic and country names in the site's language. */
  topicLabel: (id: string) => string;
  countryName: (code: string) => string;
}

export function newsArticleJsonLd(record: ArticleRecord, context: NewsArticleContext): string {
  const publisher = { '@type': 'Organization', name: record.publisher?.name ?? context.siteTitle, ...(record.publisher?.url ? { url: record.publisher.url } : {}) };
  const authors = record.authors ?? [];
  return scriptSafeJson({
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: record.headline,
    description: record.summary,
    inLanguage: record.language,
    url: context.url,
    mainEntityOfPage: context.url,
    ...(record.date ? { datePublished: record.date } : {}),
    author: authors.length > 0 ? authors.map((name) => ({ '@type': 'Person', name })) : [publisher],
    publisher,
    about: [...record.topics.map((t) => ({ '@type': 'Thing', name: context.topicLabel(t.id) })), ...record.countries.map((c) => ({ '@type': 'Country', name: context.countryName(c.code) }))],
    mentions: record.actors.map((a) => ({ '@type': a.type === 'person' ? 'Person' : 'Organization', name: a.name })),
    ...(context.originalUrl ? { isBasedOn: context.originalUrl } : {}),
    wordCount: record.wordCount,
  });
}
