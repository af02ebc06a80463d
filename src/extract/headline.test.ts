import { describe, expect, it } from 'vitest';
import { extract } from './testing.ts';

describe('headline and record parts', () => {
  it('uses the frontmatter title first', () => {
    expect(extract('Texte.', { title: 'Un titre' })).toMatchObject({ headline: 'Un titre', headlineSource: 'frontmatter' });
  });
  it('generates a short who-did-what headline from the lede, never cut mid-word', () => {
    const r = extract('Le dirigeant nord-coréen Kim Jong Un a promis un « soutien inconditionnel » à Moscou dans son conflit avec l’Ukraine, et prédit le succès de l’offensive russe menée depuis plus de trois ans, a rapporté, jeudi, un média d’Etat.');
    expect(r.headlineSource).toBe('generated');
    expect(r.headline.startsWith('Kim Jong Un a promis')).toBe(true);
    expect(r.headline.length).toBeLessThanOrEqual(110);
  });
  it('cuts a long English lede at a word boundary', () => {
    const r = extract(`The minister announced ${'a very long list of measures '.repeat(10)}today.`, { lang: 'en' });
    expect(r.headline.length).toBeLessThanOrEqual(110);
    expect(r.headline.endsWith('measures') || r.headline.endsWith('of') || /\w$/.test(r.headline)).toBe(true);
  });
  it('summarises with the lede and counts words', () => {
    const r = extract('Première phrase courte. Deuxième phrase.\nAutre paragraphe.');
    expect(r.summary).toBe('Première phrase courte. Deuxième phrase.');
    expect(r.wordCount).toBe(7);
  });
  it('takes date and tags from the frontmatter', () => {
    expect(extract('Texte.', { date: '2026-01-02', tags: ['a'] })).toMatchObject({ date: '2026-01-02', dateSource: 'frontmatter', tags: ['a'] });
    expect(extract('Texte.')).toMatchObject({ date: null, dateSource: 'none' });
  });
});
