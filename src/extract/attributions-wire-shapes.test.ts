import { describe, expect, it } from 'vitest';
import { extract } from './testing.ts';

const all = (text: string, lang = 'en') => extract(text, { lang }).attributions;

describe('a name right after an according-to phrase’s comma', () => {
  it('is the subject of the clause that follows, not the source, when a word follows it', () => {
    const en = all('Tobias Renner, 61, was jailed on Friday. According to court papers, Renner moved 30 cargoes through a shell firm.');
    expect(en.find((a) => a.verb === 'According to')).toMatchObject({ source: 'court papers', claim: 'Renner moved 30 cargoes through a shell firm' });
    const fr = all('Lucien Favre, 58 ans, a été condamné jeudi. Selon les pièces du dossier, Favre a détourné 12 millions d’euros en six ans.', 'fr');
    expect(fr.find((a) => a.verb === 'Selon')?.source).not.toBe('Lucien Favre');
  });
  it('is still the source when it closes the phrase: "according to the port’s director, Ana Ruiz."', () => {
    expect(all('The ferry will resume on Monday, according to the port’s director, Ana Ruiz.')[0]).toMatchObject({ source: 'Ana Ruiz' });
  });
});
