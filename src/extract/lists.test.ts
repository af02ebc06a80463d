import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { itemAt } from './lists.ts';

describe('itemAt', () => {
  it('reads any index of a list as indexing does inside it, and as nothing before or past it', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.integer(), fc.string(), fc.constant(null))), fc.integer({ min: -5, max: 30 }), (items, i) => {
        expect(itemAt(items, i)).toBe(i >= 0 && i < items.length ? items[i] : undefined);
      }),
    );
    // The figure before the first is none, even where a list has a property named "-1".
    const figures = Object.assign(['first', 'second'], { '-1': 'not an item' });
    expect(itemAt(figures, -1)).toBeUndefined();
    expect(itemAt(figures, 0)).toBe('first');
  });
});
