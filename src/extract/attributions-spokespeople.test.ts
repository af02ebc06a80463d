import { describe, expect, it } from 'vitest';
import { extract } from './testing.ts';

const one = (text: string, lang = 'en') => extract(text, { lang }).attributions[0];

describe('a spokesperson for a hospice or an infirmary (lexicon orgKeywords)', () => {
  it('is an unnamed source, never a person named like the institution', () => {
    expect(one('A spokesman for St Jude’s Hospice said the trustees would meet on Monday.')).toMatchObject({ source: 'A spokesman for St Jude’s Hospice', sourceType: 'unnamed' });
    expect(one('A nurse at Kelford Infirmary said the ward had been closed.')?.sourceType).toBe('unnamed');
  });
});
