import { describe, expect, it } from 'vitest';
import { extract } from './testing.ts';

const figures = (text: string, lang = 'en') => extract(text, { lang }).figures;
const counts = (text: string, lang = 'en') => figures(text, lang).map((f) => f.counts);
const one = (text: string, lang = 'en') => figures(text, lang)[0]?.counts;

describe('what a figure counts', () => {
  it('reads the counted noun past an adjective: "4,300 young Kenyans" counts Kenyans', () => {
    expect(one('Some 4,300 young Kenyans applied for the visas.')).toMatch(/Kenyans$/);
  });
  it('keeps a compound noun whole: "37 cholera patients", "12 wildfire crews"', () => {
    expect(one('Doctors treated 37 cholera patients at the clinic.')).toBe('cholera patients');
    expect(one('The state sent 12 wildfire crews north.')).toBe('wildfire crews');
  });
  it('skips "more"/« autres » before the noun: "Nine more climbers", « six autres blessés »', () => {
    expect(one('Nine more climbers reached the summit on Friday.')).toBe('climbers');
    expect(one('On compte six autres blessés à Gap.', 'fr')).toBe('blessés');
  });
  it('keeps French adjectives and participles after the noun: « 14 soldats maliens tués »', () => {
    expect(one('Le bilan fait état de 14 soldats maliens tués près de Gao.', 'fr')).toBe('soldats maliens tués');
  });
  it('adds the event that follows: "29 miners were trapped" counts miners trapped', () => {
    expect(one('Officials said 29 miners were trapped underground.')).toBe('miners trapped');
    expect(one('Onze randonneurs ont été secourus dimanche.', 'fr')).toBe('randonneurs secourus');
  });
  it('reads "two of our five boats" as counting boats', () => {
    expect(counts('Two of our five boats sank in the storm.')).toEqual(['boats', 'boats']);
  });
  it('reads what a percentage is of: « 64 % des électeurs », "40% of the harvest"', () => {
    expect(one('Le candidat a recueilli 64 % des électeurs inscrits.', 'fr')).toBe('électeurs inscrits');
    expect(one('Pests destroyed 40% of the harvest.')).toBe('harvest');
  });
  it('reads the noun after an English amount: "a 3% target", "a $2 billion rescue package"', () => {
    expect(one('The bank kept its 3% target.')).toBe('target');
    expect(one('Parliament approved a $2 billion rescue package.')).toBe('rescue package');
  });
  it('reads the phrase a figure hangs from: "a fine of $40,000", « un mandat de cinq ans »', () => {
    expect(one('The court imposed a fine of $40,000.')).toBe('fine');
    expect(one('Il a été élu pour un mandat de cinq ans.', 'fr')).toBe('mandat');
  });
  it('reads the subject of a verb of change: "Net profit rose 12% to $3.1 billion" (both figures)', () => {
    expect(counts('Net profit rose 12% to $3.1 billion.')).toEqual(['Net profit', 'Net profit']);
  });
  it('reads the first phrase of a French clause as the subject: « le taux de chômage du pays a reculé de 0,4 % »', () => {
    expect(one('Selon l’institut, le taux de chômage du pays a reculé de 0,4 %.', 'fr')).toBe('taux de chômage');
  });
  it('reads the object of a verb of change: "cut the lending rate to 6.5 percent from 7 percent"', () => {
    expect(counts('The bank cut the lending rate to 6.5 percent from 7 percent.')).toEqual(['lending rate', 'lending rate']);
  });
  it('leaves a noun of change to the subject: « la cote du maire a connu un bond à 41 % »', () => {
    expect(one('Mais la cote du maire a connu un bond à 41 %.', 'fr')).toBe('cote du maire');
  });
  it('shares a noun between coordinated figures: "won 14 and 9 seats"', () => {
    expect(counts('The two parties won 14 and 9 seats.')).toEqual(['seats', 'seats']);
  });
  it('lets a bracketed figure restate the one before: « 2,1 millions de voix (38 %) »', () => {
    expect(counts('Elle a obtenu 2,1 millions de voix (38 %).', 'fr')).toEqual(['voix', 'voix']);
  });
  it('reads what lasts: "20 years in prison", "three hours of talks", « 25 ans de règne »', () => {
    expect(one('He was jailed for 20 years in prison.')).toBe('prison');
    expect(one('After three hours of talks the deal was signed.')).toBe('talks');
    expect(one('Le roi a fêté 25 ans de règne.', 'fr')).toBe('règne');
  });
  it('reads what has lasted before « depuis »: « la grève menée depuis plus de six semaines »', () => {
    expect(one('Les syndicats soutiennent la grève menée depuis plus de six semaines.', 'fr')).toBe('grève');
    expect(one('Elle est venue pour la première fois depuis dix ans.', 'fr')).toBe('ans');
  });
  it("falls back to a duration's unit as written: « depuis 48 heures »", () => {
    expect(one('Les pompiers luttent depuis 48 heures.', 'fr')).toBe('heures');
  });
  it('reads a quantity after a verb as the unit and the verb: "flooded 3,000 hectares"', () => {
    expect(one('The river flooded 3,000 hectares of farmland last week.')).toBe('farmland');
    expect(one('The storm flattened 3,000 hectares.')).toBe('hectares flattened');
  });
  it('reads a distance from its place: "40 kilometers (25 miles) off the Sicilian coast"', () => {
    expect(one('The ferry sank 40 kilometers (25 miles) off the Sicilian coast.')).toBe('Sicilian coast');
  });
  it('never puts the number itself in what it counts, and keeps it short', () => {
    for (const f of figures('Quarterly revenue at the group rose 7 per cent to $4.2 billion, while 300 new staff were hired.')) {
      expect(f.counts ?? '').not.toMatch(/\d/);
      expect((f.counts ?? '').split(' ').length).toBeLessThanOrEqual(6);
    }
  });
});
