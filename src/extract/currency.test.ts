import { describe, expect, it } from 'vitest';
import { extract } from './testing.ts';

const money = (text: string, lang: string) => extract(text, { lang }).figures.map((f) => `${f.value} ${f.unit}`);

describe('currency symbols of the country, written before the number', () => {
  it('reads "KSh 640 billion", « S/ 640 millones », "RD$ 1,500" and "₱200" in their currencies', () => {
    expect(money('The Treasury plans to borrow KSh 640 billion from local markets.', 'en')).toEqual(['640000000000 KES']);
    expect(money('El municipio tendrá un presupuesto de S/ 640 millones el próximo año.', 'es')).toEqual(['640000000 PEN']);
    expect(money('Each family received RD$ 1,500 in aid.', 'en')).toEqual(['1500 DOP']);
    expect(money('A sack of rice costs ₱200 in the market.', 'en')).toEqual(['200 PHP']);
  });
  it('keeps "US$" and "$" as before', () => {
    expect(money('The loan is worth US$ 2 billion and $5 million more.', 'en')).toEqual(['2000000000 USD', '5000000 USD']);
  });
});

describe('a word that names a property of every object', () => {
  it('is no currency symbol: "valueOf 300 pupils" counts pupils', () => {
    expect(money('The heading read valueOf 300 pupils.', 'en')).toEqual(['300 pupils']);
    expect(extract('toString\n\n1 200 personnes ont manifesté.', { lang: 'fr' }).figures[0]?.kind).toBe('count');
  });
});
