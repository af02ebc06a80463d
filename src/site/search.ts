/**
 * The search index of a build or of watch mode: the articles' search records split into shards
 * (search/shards.ts) and compared with the last index, and only the shards whose records changed
 * indexed by Pagefind. A Pagefind failure (its binary missing for this platform, say) is reported
 * and the site is written without search rather than not at all.
 */
import { join } from 'node:path';
import { hashParts } from '../cache/keys.ts';
import type { SiteConfig } from '../config/config.ts';
import { type Diagnostic, diagnostic } from '../diagnostics/diagnostic.ts';
import type { SiteArticle } from '../index/plan.ts';
import type { CustomRecord, Shard } from '../search/index.ts';
import { planSearch, SEARCH_DIR, type SearchPlan, type ShardedIndex, type ShardRecord, shardListFile } from '../search/shards.ts';
import type { OutputFile } from '../write/site.ts';

export interface SearchOptions {
  /** The last index on disk (null: none, index every shard). Default: null. */
  previous?: ShardedIndex | null;
  /** Records per shard a new shard count aims at. Default: shards.ts's SHARD_SIZE. */
  shardSize?: number;
  /** Where the articles' text is, when they do not hold it (a build: in the cache folder). Default: each article's `text` or `full`. */
  texts?: ArticleTexts;
  /** Indexes the stale shards, one at a time as they come. Default: search/index.ts's buildShardIndexes, in this thread. */
  indexShards?: ShardIndexer;
}

/** Indexes shards of search records with Pagefind and returns the files of their indexes. */
export type ShardIndexer = (shards: AsyncIterable<Shard>, options: { language: string }) => Promise<OutputFile[]>;

/**
 * The text of articles kept out of memory: `version` changes whenever the text does (a hash of
 * what it is made from), and `text` is read only when the article's shard is indexed.
 */
export interface ArticleTexts {
  version(article: SiteArticle): string;
  text(article: SiteArticle): Promise<string>;
}

/** What sharding sees of an article's search record: its URL, and a hash of the whole record. */
export interface KeyedRecord extends ShardRecord {
  key: string;
}

export interface SearchBuild {
  plan: SearchPlan<KeyedRecord>;
  /** The files of the stale shards (plan.stale) and the shard list; none when Pagefind failed. */
  files: OutputFile[];
  problem: Diagnostic | null;
}

/** Each article's search record's URL and hash, by the settings it was made with (articles are never changed in place). */
const keyedRecords = new WeakMap<SiteArticle, { settings: string; url: string; key: string }>();

export async function buildSearch(config: SiteConfig, articles: readonly SiteArticle[], options: SearchOptions = {}): Promise<SearchBuild> {
  // Pagefind's module loads only for builds that make an index.
  const { buildShardIndexes, searchRecordOf } = await import('../search/index.ts');
  const settings = { language: config.language, minConfidence: config.factbox.minConfidence };
  const recordOf = searchRecordOf(settings);
  const texts = options.texts;
  // Each record is hashed and dropped, and a stale shard's records are made again just before
  // Pagefind indexes it: the records of a whole site, each with its article's text, would
  // otherwise be held for as long as the pages render (about 70 MiB at 10,000 articles). Text
  // kept out of memory is hashed by its version, and read when its shard is indexed.
  const byUrl = new Map<string, SiteArticle>();
  const settingsKey = `${settings.language}\u0000${settings.minConfidence}`;
  const keyed = articles.map((article): KeyedRecord => {
    // Watch mode hands over the same article objects save after save: each is made into a record
    // and hashed once (its body's plain text is most of that), not on every refresh.
    const known = texts ? undefined : keyedRecords.get(article);
    if (known?.settings === settingsKey) {
      byUrl.set(known.url, article);
      return { url: known.url, key: known.key };
    }
    const record = recordOf(texts ? { ...article, text: '' } : article);
    byUrl.set(record.url, article);
    const key = texts ? hashParts(JSON.stringify(record), texts.version(article)) : hashParts(JSON.stringify(record));
    if (!texts) keyedRecords.set(article, { settings: settingsKey, url: record.url, key });
    return { url: record.url, key };
  });
  const plan = planSearch(keyed, options.previous ?? null, options.shardSize);
  const stale = plan.shards.filter((shard) => plan.stale.has(shard.name));
  const recordsOf = async (article: SiteArticle | undefined): Promise<CustomRecord[]> => (article ? [recordOf(texts ? { ...article, text: await texts.text(article) } : article)] : []);
  const shardOf = async (shard: (typeof stale)[number]): Promise<{ name: string; records: CustomRecord[] }> => ({ name: shard.name, records: (await Promise.all(shard.records.map(({ url }) => recordsOf(byUrl.get(url))))).flat() });
  // The next shard's records (reading each article's text) are made while Pagefind indexes the
  // last one's, not after: the two then run on two cores. They are made once the last shard has
  // been handed over (setImmediate), so Pagefind does not wait for them either.
  async function* staleShards(): AsyncGenerator<{ name: string; records: CustomRecord[] }> {
    let next = stale[0] ? shardOf(stale[0]) : null;
    for (let i = 0; next; i++) {
      const current = await next;
      const following = stale[i + 1];
      next = following ? new Promise((resolve, reject) => setImmediate(() => shardOf(following).then(resolve, reject))) : null;
      // Pagefind failing on this shard ends the loop: a failure of the next one is then nobody's to report.
      next?.catch(() => undefined);
      yield current;
    }
  }
  try {
    const files = stale.length === 0 ? [] : await (options.indexShards ?? buildShardIndexes)(staleShards(), settings);
    return { plan, files: [...files, shardListFile(plan)], problem: null };
  } catch (error) {
    const reason = (error instanceof Error ? error.message : String(error)).split('\n')[0];
    return { plan, files: [], problem: diagnostic(join(config.outDir, SEARCH_DIR), 1, 1, 'warning', 'search-index', `Search index not built: ${reason}. The site is written without search`) };
  }
}

/**
 * Whether an output path is a file of a shard the plan keeps as the last index left it: a shard
 * with records (its key is not empty) that is not indexed again.
 */
export function inKeptShard(plan: SearchPlan<ShardRecord>, path: string): boolean {
  if (!path.startsWith(`${SEARCH_DIR}/`)) return false;
  const rest = path.slice(SEARCH_DIR.length + 1);
  const slash = rest.indexOf('/');
  if (slash <= 0) return false;
  const name = rest.slice(0, slash);
  return /^\d+$/.test(name) && Boolean(plan.state.keys[Number(name)]) && !plan.stale.has(name);
}
