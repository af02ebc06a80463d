/**
 * The search index: every article as a Pagefind record (its text, its language, and filters by
 * topic, country, actor and language), indexed with Pagefind's Node API into one index per shard
 * (shards.ts) under pagefind/<shard>/, which the search page merges. `searchRecords` is pure;
 * `buildSearchIndex` runs the Pagefind binary (the I/O edge) and returns the files instead of
 * writing them, so that they go through the same atomic write as the pages.
 */
import { type CustomRecord, close, createIndex } from 'pagefind';

export type { CustomRecord };

import { countryName } from '../data/country-names.ts';
import { findTopic, topicLabel } from '../data/topics.ts';
import type { SiteArticle } from '../index/plan.ts';
import { plainText } from '../render/html-text.ts';
import type { OutputFile } from '../write/site.ts';
import { SEARCH_DIR, shardDir } from './shards.ts';

export interface SearchOptions {
  /** UI language: filter values (topic and country names, languages) are in it, and so is the index's stemming. */
  language: string;
  /** Actors below this extraction confidence are not offered as filters. Default: 0.5. */
  minConfidence?: number;
}

export { SEARCH_DIR } from './shards.ts';

/**
 * One record per article. Every article goes into one index in the site's language (Pagefind
 * would otherwise split languages into separate indexes, and a reader of the English site could
 * not find French stories); the article's own language is kept as a filter and in `meta.lang`.
 */
export function searchRecords(articles: readonly SiteArticle[], options: SearchOptions): CustomRecord[] {
  return articles.map(searchRecordOf(options));
}

/** Makes one article's record (as `searchRecords` does), so that records can be made a few at a time. */
export function searchRecordOf(options: SearchOptions): (article: SiteArticle) => CustomRecord {
  const min = options.minConfidence ?? 0.5;
  const languageNames = new Intl.DisplayNames([options.language], { type: 'language' });
  const dates = new Intl.DateTimeFormat(options.language, { dateStyle: 'long', timeZone: 'UTC' });
  return ({ record, text, full }) => {
    const topics = record.topics.map((t) => {
      const topic = findTopic(t.id);
      return topic ? topicLabel(topic, options.language) : t.label;
    });
    const date = record.date ? new Date(record.date) : null;
    return {
      url: `/articles/${record.id}/`,
      content: [record.headline, record.summary, text ?? plainText(full?.html ?? '')].join('\n'),
      language: options.language,
      meta: {
        title: record.headline,
        lang: record.language,
        ...(date && !Number.isNaN(date.getTime()) ? { date: dates.format(date) } : {}),
      },
      filters: {
        topic: topics,
        country: record.countries.map((c) => countryName(c.code, options.language)),
        actor: record.actors.filter((a) => a.confidence >= min).map((a) => a.name),
        language: [languageNames.of(record.language) ?? record.language],
      },
      ...(record.date ? { sort: { date: record.date } } : {}),
    };
  };
}

// Pagefind's own interface bundles (pagefind-ui.js, modular UI, component UI, highlighter): the
// search page uses pagefind.js alone.
const UNUSED = /^pagefind-(?:ui|modular-ui|component-ui|highlight)\b|^pagefind-component/;

let users = 0;

/** Runs `use` with Pagefind's service, which stops when no build in this process needs it. */
async function withService<T>(use: () => Promise<T>): Promise<T> {
  users++;
  try {
    return await use();
  } finally {
    // The Pagefind service is a child process: stop it when no build in this process needs it,
    // or it would keep the process alive.
    if (--users === 0) await close();
  }
}

/** Indexes the records and returns the files of the index, with paths under `dir` (default: pagefind/). */
export function buildSearchIndex(records: readonly CustomRecord[], options: SearchOptions & { dir?: string }): Promise<OutputFile[]> {
  return withService(() => indexFiles(records, options.language, options.dir ?? SEARCH_DIR));
}

/** A shard's records, indexed into pagefind/<name>/. */
export interface Shard {
  name: string;
  records: readonly CustomRecord[];
}

/**
 * Indexes each shard (its own index under pagefind/<name>/) and returns all their files. One
 * shard at a time: Pagefind then holds one shard's index in memory, not the site's; and shards
 * given by a generator are made one at a time too, so only one shard's records exist at once.
 */
export function buildShardIndexes(shards: Iterable<Shard> | AsyncIterable<Shard>, options: SearchOptions): Promise<OutputFile[]> {
  return withService(async () => {
    const files: OutputFile[] = [];
    for await (const shard of shards) files.push(...(await indexFiles(shard.records, options.language, shardDir(shard.name))));
    return files;
  });
}

async function indexFiles(records: readonly CustomRecord[], language: string, dir: string): Promise<OutputFile[]> {
  const { index, errors } = await createIndex({ forceLanguage: language });
  if (!index) throw new Error(errors.join('; ') || 'Pagefind did not start');
  try {
    // Pagefind's service takes records one message at a time; sending them all at once is faster
    // than awaiting each.
    const added = await Promise.all(records.map((r) => index.addCustomRecord(r)));
    const failed = added.flatMap((a) => a.errors);
    if (failed.length > 0) throw new Error(failed.slice(0, 3).join('; '));
    const { files, errors: fileErrors } = await index.getFiles();
    if (fileErrors.length > 0) throw new Error(fileErrors.join('; '));
    return files.filter((f) => !UNUSED.test(f.path)).map((f) => ({ path: `${dir}/${f.path}`, content: f.content }));
  } finally {
    await index.deleteIndex();
  }
}
