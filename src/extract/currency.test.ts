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

describe('currency symbols in letters glued to their number, South Asian scales, scales after a hyphen', () => {
  it('reads "KSh90,000", "Rp25 million" and "Rs90,000" as sums, and a "Shs" in a Ugandan story in shillings of Uganda', () => {
    expect(money('A bag of maize now sells for KSh4,800 in Eldoret.', 'en')).toEqual(['4800 KES']);
    expect(money('Each stall holder paid Rp12 million in fees.', 'en')).toEqual(['12000000 IDR']);
    expect(money('A Karachi family spends Rs65,000 a month on rent.', 'en')).toEqual(['65000 PKR']);
    expect(money('The Ugandan cabinet approved Shs4 billion for new classrooms.', 'en')).toEqual(['4000000000 UGX']);
    expect(money('In Colombo the ferry ticket costs Rs 1,200.', 'en')).toEqual(['1200 LKR']);
  });
  it('reads "GH¢", the way Ghana’s press writes the cedi, as the cedi', () => {
    expect(money('Tomato sellers now pay GH¢450 a crate in Kumasi.', 'en')).toEqual(['450 GHS']);
  });
  it('keeps a name glued to digits a name: "A350", "G20" count nothing', () => {
    expect(money('The A350 landed after the G20 summit with 300 passengers.', 'en')).toEqual(['300 passengers']);
  });
  it('reads "crore" and "lakh" as the scales they are: "₹45 crore", "Rs 12 lakh"', () => {
    expect(money('The builder took ₹45 crore from buyers.', 'en')).toEqual(['450000000 INR']);
    expect(money('The clinic received Rs 12 lakh in donations.', 'en')).toEqual(['1200000 INR']);
  });
  it('reads a scale joined by a hyphen as the number’s: "a $5-billion fund", "a Rs 80-crore scam"', () => {
    expect(money('The state launched a $5-billion fund for ports.', 'en')).toEqual(['5000000000 USD']);
    expect(money('Police uncovered a Rs 80-crore scam in Pune.', 'en')).toEqual(['800000000 INR']);
  });
});

describe('a word that names a property of every object', () => {
  it('is no currency symbol: "valueOf 300 pupils" counts pupils', () => {
    expect(money('The heading read valueOf 300 pupils.', 'en')).toEqual(['300 pupils']);
    expect(extract('toString\n\n1 200 personnes ont manifesté.', { lang: 'fr' }).figures[0]?.kind).toBe('count');
  });
});
