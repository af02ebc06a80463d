import { describe, expect, it } from 'vitest';
import { readArticle } from './article.ts';
import { findTrailer } from './trailer.ts';

const STORY = 'The harbour reopened on Monday after the storm.';

describe('findTrailer: publisher marks of real pages', () => {
  it('reads a site name alone on the last line ("Newsroom24.com")', () => {
    expect(findTrailer([STORY, '', 'Newsroom24.com'], 1)).toMatchObject({ name: 'Newsroom24.com', kind: 'site', line: 3, column: 1, tagline: '' });
    expect(findTrailer([STORY, 'www.lanterne-info.fr'], 1)?.name).toBe('www.lanterne-info.fr');
  });

  it('reads an agency acronym alone on the last line ("AFP")', () => {
    expect(findTrailer([STORY, 'AFP'], 1)).toMatchObject({ name: 'AFP', kind: 'agency' });
  });

  it('reads an agency set off by a dash or brackets ("— Reuters", "(AP)")', () => {
    expect(findTrailer([STORY, '— Reuters'], 1)?.name).toBe('Reuters');
    expect(findTrailer([STORY, '(AP)'], 1)?.name).toBe('AP');
  });

  it('reads an agency tag closing the last paragraph, « (ats/nxp) », and says where it starts', () => {
    const trailer = findTrailer([STORY, 'Les secours ont évacué 300 familles. (ats/nxp)'], 1);
    expect(trailer).toMatchObject({ name: 'ats', kind: 'agency', text: '(ats/nxp)', line: 2, column: 38 });
    expect(findTrailer([STORY, 'The ministry did not comment. — Reuters'], 1)).toMatchObject({ name: 'Reuters', column: 31 });
  });

  it('leaves a last sentence that ends with an acronym in brackets alone', () => {
    expect(findTrailer([STORY, 'The plan was drafted by the World Food Programme (WFP).'], 1)).toBeNull();
    expect(findTrailer([STORY, 'He thanked the rescuers.'], 1)).toBeNull();
    expect(findTrailer([STORY, 'Le vote a eu lieu à main levée (scrutin public) .'], 1)).toBeNull();
  });
});

describe('readArticle with a closing agency tag', () => {
  it('cuts the tag off the body and keeps the sentence before it', () => {
    const bytes = new TextEncoder().encode(`${STORY}\n\nThe ferry company expects delays until Friday. (ANSA)\n`);
    const { article } = readArticle(bytes, { path: 'ferry.txt' });
    expect(article?.trailer).toMatchObject({ name: 'ANSA', kind: 'agency', line: 3 });
    expect(article?.body.trimEnd().endsWith('expects delays until Friday.')).toBe(true);
  });
});
