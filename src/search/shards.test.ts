import { describe, expect, it } from 'vitest';
import { MAX_SHARDS, planSearch, SHARD_SIZE, shardCount, shardListFile, shardOf } from './shards.ts';

const urls = (n: number, from = 0): string[] => Array.from({ length: n }, (_, i) => `/articles/story-${from + i}/`);
const records = (n: number): { url: string; content: string }[] => urls(n).map((url) => ({ url, content: `Text of ${url}` }));

describe('shardCount', () => {
  it('is the smallest power of two whose shards hold at most SHARD_SIZE records, up to MAX_SHARDS', () => {
    expect(shardCount(0)).toBe(1);
    expect(shardCount(SHARD_SIZE)).toBe(1);
    expect(shardCount(SHARD_SIZE + 1)).toBe(2);
    expect(shardCount(10_000)).toBe(32);
    expect(shardCount(10_000, undefined, 100)).toBe(MAX_SHARDS);
    expect(shardCount(10_000_000)).toBe(MAX_SHARDS);
  });

  it('keeps the last count while the site stays within a quarter and twice its size, so one article more never reshards', () => {
    expect(shardCount(10_001, 32)).toBe(32);
    expect(shardCount(9_999, 32)).toBe(32);
    expect(shardCount(32 * SHARD_SIZE * 2, 32)).toBe(32);
    expect(shardCount(32 * SHARD_SIZE * 2 + 1, 32)).toBe(64);
    expect(shardCount((32 * SHARD_SIZE) / 4 - 1, 32)).toBe(8);
    // A count no build makes (not a power of two) is not kept.
    expect(shardCount(10_000, 30)).toBe(32);
  });
});

describe('shardOf', () => {
  it('places a URL in the same shard every time, and spreads URLs evenly', () => {
    expect(shardOf('/articles/a/', 32)).toBe(shardOf('/articles/a/', 32));
    const sizes = new Array<number>(32).fill(0);
    for (const url of urls(10_000)) sizes[shardOf(url, 32)] = (sizes[shardOf(url, 32)] ?? 0) + 1;
    // 312.5 on average: no shard is half as full or half as full again.
    expect(Math.min(...sizes)).toBeGreaterThan(230);
    expect(Math.max(...sizes)).toBeLessThan(400);
  });

  it('keeps or halves a shard when the count doubles: a URL in shard s goes to s or s + count', () => {
    for (const url of urls(200)) expect([shardOf(url, 8), shardOf(url, 8) + 8]).toContain(shardOf(url, 16));
  });
});

describe('planSearch', () => {
  it('indexes every shard with records the first time, and lists only those', () => {
    const plan = planSearch(records(20), null, 4);
    expect(plan.state.count).toBe(8);
    expect(plan.shards.flatMap((s) => s.records).length).toBe(20);
    expect([...plan.stale].sort()).toEqual(plan.shards.map((s) => s.name).sort());
    // Empty shards have no index: their key is empty and they are not listed.
    expect(plan.state.keys.filter((k) => k === '').length).toBe(8 - plan.shards.length);
    expect(JSON.parse(String(shardListFile(plan).content))).toEqual({ shards: plan.shards.map((s) => s.name) });
  });

  it('marks stale only the shard of a changed record, and of an added one', () => {
    const before = records(2_000);
    const first = planSearch(before, null);
    expect(first.state.count).toBe(4);
    const changed = before.map((r, i) => (i === 7 ? { ...r, content: 'New text' } : r));
    const second = planSearch(changed, first.state);
    expect([...second.stale]).toEqual([String(shardOf(before[7]?.url ?? '', 4))]);
    const added = { url: '/articles/a-new-story/', content: 'Added' };
    const third = planSearch([...changed, added], second.state);
    expect([...third.stale]).toEqual([String(shardOf(added.url, 4))]);
    expect(planSearch([...changed, added], third.state).stale.size).toBe(0);
  });

  it('marks every shard stale when the count changes, or the last state cannot be read', () => {
    const small = planSearch(records(400), null);
    expect(small.state.count).toBe(1);
    const grown = planSearch(records(1_200), small.state);
    expect(grown.state.count).toBe(4);
    expect(grown.stale.size).toBe(grown.shards.length);
    const unreadable = JSON.parse('{"count": 4, "keys": "none"}') as { count: number; keys: string[] };
    expect(planSearch(records(1_200), unreadable).stale.size).toBe(4);
  });
});
