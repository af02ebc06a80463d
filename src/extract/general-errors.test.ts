import { describe, expect, it } from 'vitest';
import { extract } from './testing.ts';

describe('generated headlines end on a whole phrase', () => {
  it('never cuts inside a name; drops the acronym and the day (en)', () => {
    const r = extract(
      'Thailand and Cambodia agreed on Friday to allow 120 unarmed observers from the Association of Southeast Asian Nations (ASEAN) to monitor their disputed border, more than a year after five days of fighting killed dozens of soldiers.',
      { lang: 'en' },
    );
    expect(r.headlineSource).toBe('generated');
    expect(r.headline.length).toBeLessThanOrEqual(110);
    expect(r.headline).not.toMatch(/Southeast Asian$/u);
    expect(r.headline).not.toMatch(/on Friday/u);
    expect(r.headline).not.toMatch(/\b(?:of|the|from|to|\d+)$/u);
  });
  it('never ends on a function word or a bare number (fr)', () => {
    const r = extract('L’armée soudanaise et les Forces de soutien rapide (FSR) ont accepté samedi une trêve humanitaire de 72 heures dans la région du Darfour, à l’issue de pourparlers indirects à Djeddah, a annoncé le ministère.');
    expect(r.headline.length).toBeLessThanOrEqual(110);
    expect(r.headline).not.toMatch(/\s(?:de|la|du|dans|à|72)$/u);
    expect(r.headline).not.toMatch(/samedi/u);
    expect(r.headline.startsWith('L’armée soudanaise')).toBe(true);
  });
});

describe('names never end in a function word', () => {
  it('en: "Chulalongkorn University in Bangkok"', () => {
    const r = extract('“The question is open,” said Nattapong Srisuk, a security researcher at Chulalongkorn University in Bangkok.', { lang: 'en' });
    const names = r.actors.map((a) => a.name);
    expect(names).toContain('Chulalongkorn University');
    expect(names.some((n) => /\s(?:in|of|at)$/u.test(n))).toBe(false);
  });
  it('fr: no organisation ends in "à" or "de"', () => {
    const r = extract('« La question reste ouverte », a déclaré Marie Dupont, chercheuse à l’Université Laval à Québec.');
    expect(r.actors.some((a) => /\s(?:à|de|du|en)$/u.test(a.name))).toBe(false);
  });
});

describe('first-name-only later mentions', () => {
  it('merges "Sarawut" into Sarawut Chaiyaporn, as a person source', () => {
    const r = extract('The deal was signed by Thai Foreign Minister Sarawut Chaiyaporn in Manila.\nSarawut said Bangkok remained committed to talks.', { lang: 'en' });
    expect(r.actors.filter((a) => a.name.startsWith('Sarawut'))).toHaveLength(1);
    const a = r.attributions.find((x) => x.claim.includes('Bangkok remained'));
    expect(a).toMatchObject({ source: 'Sarawut Chaiyaporn', sourceType: 'person' });
  });
  it('fr: "Joko a déclaré" after "Joko Widodo"', () => {
    const r = extract('Le président indonésien Joko Widodo a reçu la délégation.\nJoko a déclaré que les discussions avançaient.');
    expect(r.attributions.find((x) => x.claim.includes('discussions'))).toMatchObject({ source: 'Joko Widodo', sourceType: 'person' });
  });
  it('does not merge a first name two people share', () => {
    const r = extract('Foreign Minister Sarawut Chaiyaporn met Defence Minister Sarawut Kittikun.\nSarawut said the talks went well.', { lang: 'en' });
    const a = r.attributions.find((x) => x.claim.includes('talks went well'));
    expect(a?.source).not.toBe('Sarawut Chaiyaporn');
    expect(a?.source).not.toBe('Sarawut Kittikun');
  });
});

describe('groups of residents speak, not their province', () => {
  it('en: "Residents of … province and … province said"', () => {
    const r = extract('Residents of border villages in Thailand’s Si Sa Ket province and Cambodia’s Oddar Meanchey province said they hoped the deal would hold.', { lang: 'en' });
    const a = r.attributions.find((x) => x.claim.includes('hoped'));
    expect(a?.sourceType).toBe('unnamed');
    expect(a?.source.startsWith('Residents')).toBe(true);
  });
  it('fr: "Les habitants de la province de … ont déclaré"', () => {
    const r = extract('Les habitants de la province de Battambang et de la province de Pailin ont déclaré qu’ils espéraient rentrer chez eux.');
    const a = r.attributions.find((x) => x.claim.includes('espéraient'));
    expect(a?.sourceType).toBe('unnamed');
    expect(a?.source.startsWith('Les habitants')).toBe(true);
  });
});
