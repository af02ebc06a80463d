import { describe, expect, it } from 'vitest';
import { extract } from './testing.ts';

const all = (text: string, lang = 'en') => extract(text, { lang }).attributions;

describe('an according-to phrase closing another verb’s claim', () => {
  it('is no part of the claim: "…, according to the minutes", « …, selon son entourage », « …, según fuentes sindicales »', () => {
    expect(all('The treasurer, Alma Voss, had warned in May that the fund could be empty by winter, according to the minutes of the meeting.').find((a) => a.verb === 'had warned')?.claim).toBe('the fund could be empty by winter');
    expect(all('La ministre de la Culture aurait jugé le projet « indigne », selon son entourage.', 'fr')[0]?.claim).toBe('le projet « indigne »');
    expect(all('El consejero, Íñigo Sáez, dijo que la fábrica cerrará en mayo, según fuentes sindicales.', 'es').find((a) => a.verb === 'dijo')?.claim).toBe('la fábrica cerrará en mayo');
  });
  it('keeps the claim of a verb whose "that" comes after a short adverbial ("had warned in May that")', () => {
    expect(all('The mayor said on Monday that the bridge would reopen, according to the council’s statement.')).toMatchObject([{ source: 'The mayor', claim: 'the bridge would reopen' }]);
  });
  it('guard: an according-to phrase inside a quotation stays in it', () => {
    expect(all('“We will close the plant, according to the plan,” said Alma Voss.')[0]?.claim).toBe('We will close the plant, according to the plan');
  });
});

describe('a semicolon outside a quotation', () => {
  it('closes the reported words: "X said …; another man said …"', () => {
    expect(all('A woman waiting outside the clinic said she backed the nurses; another man said he had waited four hours.')[0]?.claim).toBe('she backed the nurses');
  });
  it('guard: inside a quotation it stays', () => {
    expect(all('“We waited; nobody came,” said Ada Brill.')[0]?.claim).toBe('We waited; nobody came');
  });
});

describe('a document’s "that" before a speaker closing the sentence', () => {
  it('is what the speaker reports: "A study … found that A, the ministry said" is the ministry’s', () => {
    expect(all('A study of 200 farms found that yields fell by a third, the ministry said.')).toMatchObject([{ source: 'the ministry' }]);
    expect(all('Un rapport publié lundi montre que les rendements ont chuté, a indiqué le ministère.', 'fr')).toMatchObject([{ source: 'le ministère' }]);
  });
  it('guard: a speaker’s own "that" stays the speaker’s', () => {
    expect(all('The mayor said that the bridge would reopen, the council’s statement said.')).toMatchObject([{ source: 'The mayor', claim: 'the bridge would reopen' }]);
  });
});
