import { describe, expect, it } from 'vitest';
import { extract } from './testing.ts';

const names = (text: string, lang?: string): string[] => extract(text, lang ? { lang } : {}).actors.map((a) => a.name);

describe('a place opens a body’s name when a body’s word follows within a few words', () => {
  it('en: a town before two capitalised words and the body’s word', () => {
    const found = names('The petition was filed by the Ndola Tenants Welfare Association on Friday.', 'en');
    expect(found).toContain('Ndola Tenants Welfare Association');
  });
  it('en: a country before the body’s words', () => {
    const found = names('The Malawi Electoral Commission said turnout stood at 68 percent.', 'en');
    expect(found).toContain('Malawi Electoral Commission');
  });
  it('en: a title after the place still names a person', () => {
    const r = extract('Zambia Mines Minister Kelvin Siame declined to comment.', { lang: 'en' });
    expect(r.actors.map((a) => a.name)).toEqual(['Kelvin Siame']);
  });
});

describe('a title word inside a body’s name is part of the name', () => {
  it('en: "Justice" before "Network"', () => {
    expect(names('The Environmental Justice Network said it would appeal the permit.', 'en')).toContain('Environmental Justice Network');
  });
  it('en: a title before a person’s name still ends at the title', () => {
    const r = extract('Transport Minister Eamon Fitzgerald urged both sides to return to talks.', { lang: 'en' });
    expect(r.actors.find((a) => a.name === 'Eamon Fitzgerald')?.roles).toContain('Transport Minister');
  });
});

describe('competitions are not actors', () => {
  it('en: "Premier League" and "English Premier League"', () => {
    const found = names('The striker left Fulbrook Rovers for a club in the English Premier League. The Premier League fined both clubs.', 'en');
    expect(found.some((n) => /Premier League/u.test(n))).toBe(false);
  });
  it('en: "Premier" still titles a head of government', () => {
    expect(names('Premier Li Tao said the talks were useful.', 'en')).toContain('Li Tao');
  });
});
