import { describe, expect, it } from 'vitest';
import { extract } from './testing.ts';

const orgs = (t: string, lang = 'fr'): string[] =>
  extract(t, { lang })
    .actors.filter((a) => a.type === 'organization')
    .map((a) => a.name);
const people = (t: string, lang = 'fr'): string[] =>
  extract(t, { lang })
    .actors.filter((a) => a.type === 'person')
    .map((a) => a.name);
const figs = (t: string, lang = 'fr') => extract(t, { lang }).figures.map((f) => ({ value: f.value, unit: f.unit, kind: f.kind, qualifier: f.qualifier }));

describe('organisations: clubs, parties, companies, places', () => {
  it('clubs in a transfer, "X United" (en) and « rejoint X » (fr)', () => {
    expect(orgs('Mertens joined Ajax from Sporting Braga in 2021.', 'en')).toEqual(expect.arrayContaining(['Ajax', 'Sporting Braga']));
    expect(orgs('He signed for Leeds United in July.', 'en')).toContain('Leeds United');
    expect(orgs('Il a rejoint Benfica en provenance de Sporting Braga, a indiqué le club.')).toEqual(expect.arrayContaining(['Benfica', 'Sporting Braga']));
  });
  it('parties with an article or punctuation', () => {
    expect(orgs('Les Républicains et Les Démocrates ont rejeté le texte, a déclaré Marc Dupont.')).toEqual(expect.arrayContaining(['Les Républicains', 'Les Démocrates']));
    const r = extract('The Greens said the plan was flawed, while Možemo! called for new elections.', { lang: 'en' });
    expect(r.actors.map((a) => `${a.name}:${a.type}`)).toEqual(expect.arrayContaining(['Greens:organization', 'Možemo!:organization']));
  });
  it('company names with Energi, Logistics, Minerals, Group', () => {
    expect(orgs('Nordvik Energi and Baltic Logistics Holdings said profits rose, while Kestrel Minerals Group declined to comment.', 'en')).toEqual(
      expect.arrayContaining(['Nordvik Energi', 'Baltic Logistics Holdings', 'Kestrel Minerals Group']),
    );
  });
  it('a city after "in"/"à" is a place, never part of an actor', () => {
    expect(orgs('Kestrel Group in Trollhättan said it would cut jobs.', 'en')).toEqual(['Kestrel Group']);
    const r = extract('Le groupe Volvo à Vänersborg a annoncé des suppressions de postes.');
    expect(r.actors.map((a) => a.name)).not.toContain('Vänersborg');
  });
  it('words inside a lower-case ministry name are not actors', () => {
    expect(people('Le ministère de l’Environnement et de l’Eau a annoncé un plan, a déclaré le porte-parole Jean Martin.')).toEqual(['Jean Martin']);
  });
});

describe('currency symbols', () => {
  it('reads letters written onto a currency symbol as the currency, not a name ("a NZ$4.2 billion deal")', () => {
    const r = extract('The council signed a NZ$4.2 billion deal with a Dutch fund.', { lang: 'en' });
    expect(r.actors).toEqual([]);
    expect(r.figures.map((f) => [f.value, f.unit])).toEqual([[4_200_000_000, 'NZD']]);
  });
  it('reads a symbol one space before the number as its currency (« US$ 1.200 millones »), unless a number closes on it (« 5 € 10 fois »)', () => {
    expect(figs('Las ventas al exterior sumaron US$ 1.200 millones en marzo.', 'es')).toEqual([{ value: 1_200_000_000, unit: 'USD', kind: 'money', qualifier: 'exact' }]);
    expect(figs('Il paie 5 € 10 fois par mois.').map((f) => [f.value, f.unit])).toEqual([
      [5, 'EUR'],
      [10, 'fois'],
    ]);
  });
});

describe('figures: compounds, ellipsis, time since, shares', () => {
  it('"340-million-rand" is money', () => {
    expect(figs('The deal was worth a 340-million-rand contract, officials said.', 'en')).toContainEqual({ value: 340000000, unit: 'ZAR', kind: 'money', qualifier: 'exact' });
  });
  it('"19 goals in 31 games" is two counts, not a share', () => {
    const f = figs('He scored 19 goals in 31 games last season.', 'en');
    expect(f.map((x) => `${x.value} ${x.kind}`)).toEqual(['19 count', '31 count']);
  });
  it('time since: « il y a quinze ans », "two years ago"', () => {
    expect(figs('Il y a quinze ans, le club avait déjà gagné le titre.')).toContainEqual({ value: 15, unit: 'years', kind: 'duration', qualifier: 'exact' });
    expect(figs('The factory closed two years ago.', 'en')).toContainEqual({ value: 2, unit: 'years', kind: 'duration', qualifier: 'exact' });
  });
  it('"almost two-thirds" is an approximate percentage', () => {
    expect(figs('Almost two-thirds of voters backed the plan.', 'en')).toContainEqual({ value: 66.67, unit: '%', kind: 'percent', qualifier: 'approximate' });
  });
  it('a singular currency after a scale, and an amount that reuses the currency before it', () => {
    expect(figs('The state will invest 5 billion crown in the project.', 'en')[0]).toMatchObject({ value: 5e9, kind: 'money' });
    const f = figs('Le bénéfice a atteint 1,2 milliard d’euros contre 1,62 milliard un an plus tôt.');
    expect(f).toContainEqual({ value: 1.62e9, unit: 'EUR', kind: 'money', qualifier: 'exact' });
    expect(figs('Revenue reached $2.1 billion, up from 1.8 billion a year earlier.', 'en')).toContainEqual({ value: 1.8e9, unit: 'USD', kind: 'money', qualifier: 'exact' });
  });
  it('« cinq saisons », « dix points » are counts', () => {
    const f = figs('Il a passé cinq saisons au club et l’équipe compte dix points d’avance.');
    expect(f.map((x) => x.kind)).toEqual(['count', 'count']);
  });
});
