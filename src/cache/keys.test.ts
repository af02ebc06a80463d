import { describe, expect, it } from 'vitest';
import { hashJsonArray, hashParts } from './keys.ts';

describe('hashJsonArray', () => {
  it('gives the hash of the whole array serialised at once, so keys written by earlier builds still match', () => {
    const items = [{ url: '/articles/a/', content: 'Le maire a promis « 40 % » de plus.\nSecond line', filters: { topic: ['économie'] } }, { url: '/b/', missing: undefined }, undefined, 'plain', 7];
    expect(hashJsonArray(items)).toBe(hashParts(JSON.stringify(items)));
    expect(hashJsonArray([])).toBe(hashParts('[]'));
  });

  it('changes when one item changes', () => {
    expect(hashJsonArray([{ a: 1 }, { b: 2 }])).not.toBe(hashJsonArray([{ a: 1 }, { b: 3 }]));
  });
});
