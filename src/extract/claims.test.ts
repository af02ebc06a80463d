import { describe, expect, it } from 'vitest';
import { CLOSE, cleanClaim, END, OPEN, TRAILING } from './claims.ts';

describe('cleanClaim', () => {
  it('strips white space and joining punctuation from both ends', () => {
    expect(cleanClaim(' , the bridge will reopen in May ; ')).toBe('the bridge will reopen in May');
    expect(cleanClaim('\u00a0— la digue tiendra —\u202f')).toBe('la digue tiendra');
    expect(cleanClaim('\t:\nthe harvest was late-\n')).toBe('the harvest was late');
  });
  it('keeps the inner punctuation and an unchanged claim as it is', () => {
    expect(cleanClaim('rates, prices and rents - all rose')).toBe('rates, prices and rents - all rose');
  });
  it('is empty when only edges remain', () => {
    expect(cleanClaim(' ,;: — ')).toBe('');
  });
  it('drops a lone closing mark left by the sentence split, and a lone opening one', () => {
    expect(cleanClaim('the ferry is back on schedule,” ')).toBe('the ferry is back on schedule');
    expect(cleanClaim('« le marché couvert rouvrira')).toBe('le marché couvert rouvrira');
  });
  it('keeps balanced quotation marks', () => {
    expect(cleanClaim('the plan is “bold” but late')).toBe('the plan is “bold” but late');
  });
});

describe('mark tests', () => {
  it('take one mark, not a longer text', () => {
    expect(OPEN.test('«')).toBe(true);
    expect(OPEN.test('"')).toBe(true);
    expect(OPEN.test('»')).toBe(false);
    expect(CLOSE.test('”')).toBe(true);
    expect(CLOSE.test('”.')).toBe(false);
    expect(END.test('…')).toBe(true);
    expect(END.test(',')).toBe(false);
    expect(TRAILING.test(',')).toBe(true);
    expect(TRAILING.test('')).toBe(false);
  });
});
