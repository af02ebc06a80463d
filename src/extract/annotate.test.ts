import { describe, expect, it } from 'vitest';
import { Annotations, labelId, labelNames } from './annotate.ts';
import { tokenize, Vocabulary } from './tokens.ts';

describe('annotations', () => {
  const tokens = tokenize('La réunion a eu lieu à Rouen mardi.', { elisions: new Set(['l']), abbreviations: new Set(), vocabulary: new Vocabulary() });

  it('takes labels registered after it was made, past its slack, and keeps the ones it had', () => {
    const ann = new Annotations(tokens);
    ann.add('test-before', 6);
    ann.add('test-span-before', 1, 3);
    // Labels a rule set compiled later (another language's lexicon) would register.
    const late = Array.from({ length: 80 }, (_, i) => `test-late-${labelNames().length}-${i}`);
    for (const name of late) labelId(name);
    const last = late[late.length - 1] as string;
    ann.add(last, 2, 4);
    expect(ann.has(3, last)).toBe(true);
    expect(ann.spanAt(2, last)).toMatchObject({ start: 2, end: 4 });
    expect(ann.has(6, 'test-before')).toBe(true);
    expect(ann.spanAt(1, 'test-span-before')).toMatchObject({ start: 1, end: 3 });
    expect(ann.has(5, last)).toBe(false);
    expect(ann.labelsOf(3)).toEqual([last]);
  });
});
