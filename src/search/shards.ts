/**
 * How search records are split into shards, each its own Pagefind index (pagefind/<shard>/) that
 * the search page merges into one search (Pagefind's documented multisite `mergeIndex`). A
 * rebuild indexes again only the shards whose records changed: Pagefind cannot update an index,
 * so a site in one index pays for every record when one changes.
 *
 * An article's shard is a hash of its URL modulo the shard count, so it never moves while the
 * count stays; the count is a power of two derived from the site's size and kept while the site
 * stays within a wide band of it, so a growing site re-indexes whole only when its size doubles
 * past the band, not at every article added. Pure: no I/O.
 */
import { hashParts } from '../cache/keys.ts';
import type { OutputFile } from '../write/site.ts';

/** The folder of the search index in the site: one folder per shard, and SHARDS_FILE. */
export const SEARCH_DIR = 'pagefind';
/** The list of shards the search page loads: `{ "shards": ["0", "3", …] }`, empty shards left out. */
export const SHARDS_FILE = `${SEARCH_DIR}/shards.json`;

/** Records per shard a new shard count aims at (at most this, at least half of it). */
export const SHARD_SIZE = 500;
/** The search page loads one index per shard: past this, shards grow rather than multiply. */
export const MAX_SHARDS = 64;

/**
 * The shard count for `records` records: `previous` (the last build's count) while each shard
 * holds between a quarter and twice SHARD_SIZE on average, else the smallest power of two whose
 * shards hold at most SHARD_SIZE.
 */
export function shardCount(records: number, previous?: number, size = SHARD_SIZE): number {
  if (previous !== undefined && isPowerOfTwo(previous) && previous <= MAX_SHARDS) {
    const tooFull = records > previous * size * 2 && previous < MAX_SHARDS;
    const tooEmpty = previous > 1 && records < (previous * size) / 4;
    if (!tooFull && !tooEmpty) return previous;
  }
  let count = 1;
  while (count < MAX_SHARDS && records > count * size) count *= 2;
  return count;
}

function isPowerOfTwo(n: number): boolean {
  return Number.isInteger(n) && n >= 1 && (n & (n - 1)) === 0;
}

/**
 * The shard of a record (by its URL): FNV-1a of its UTF-16 code units, then a final mix (FNV's
 * low bits alone follow the parity of the characters, and the count is a power of two), modulo
 * the count.
 */
export function shardOf(key: string, count: number): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) {
    hash ^= key.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  hash ^= hash >>> 16;
  hash = Math.imul(hash, 0x85ebca6b);
  hash ^= hash >>> 13;
  hash = Math.imul(hash, 0xc2b2ae35);
  hash ^= hash >>> 16;
  return (hash >>> 0) % count;
}

/** The positions of `keys` in each shard, in their order: `shardCount(keys.length, previous, size)` lists, some maybe empty. */
export function searchShards(keys: readonly string[], previous?: number, size = SHARD_SIZE): number[][] {
  const count = shardCount(keys.length, previous, size);
  const shards: number[][] = Array.from({ length: count }, () => []);
  keys.forEach((key, i) => {
    shards[shardOf(key, count)]?.push(i);
  });
  return shards;
}

/** What a build remembers of its search index: the shard count and a hash of each shard's records. */
export interface ShardedIndex {
  count: number;
  keys: string[];
}

/** A record as sharding sees it: its URL places it; the whole record is hashed. */
export interface ShardRecord {
  url: string;
}

export interface SearchPlan<R extends ShardRecord> {
  /** What to remember for the next build. */
  state: ShardedIndex;
  /** Every shard with records, by name (its folder under pagefind/), in shard order. */
  shards: { name: string; records: R[] }[];
  /** Names of the shards to index again: their records changed, or the count did. */
  stale: Set<string>;
}

/**
 * Splits records into shards and compares each with the last build's (`previous`, null when
 * there is none or its index is not on disk): a shard is stale when its records' hash changed.
 * A change of shard count moves records between shards, so every shard is stale then.
 */
export function planSearch<R extends ShardRecord>(records: readonly R[], previous: ShardedIndex | null, size = SHARD_SIZE): SearchPlan<R> {
  const positions = searchShards(
    records.map((r) => r.url),
    previous?.count,
    size,
  );
  const keys = positions.map((at) => (at.length === 0 ? '' : hashParts(JSON.stringify(at.map((i) => records[i])))));
  // A cache is read back from JSON: keys that are not a list mean nothing to compare with.
  const same = previous !== null && previous.count === positions.length && Array.isArray(previous.keys);
  const shards: SearchPlan<R>['shards'] = [];
  const stale = new Set<string>();
  positions.forEach((at, i) => {
    if (at.length === 0) return;
    const name = String(i);
    shards.push({ name, records: at.map((j) => records[j] as R) });
    if (!same || previous.keys[i] !== keys[i]) stale.add(name);
  });
  return { state: { count: positions.length, keys }, shards, stale };
}

/** The folder of a shard's index in the site. */
export function shardDir(name: string): string {
  return `${SEARCH_DIR}/${name}`;
}

/** The list of shards for the search page. */
export function shardListFile(plan: SearchPlan<ShardRecord>): OutputFile {
  return { path: SHARDS_FILE, content: `${JSON.stringify({ shards: plan.shards.map((s) => s.name) })}\n` };
}
