import { describe, expect, it } from 'vitest';
import { extract } from './testing.ts';

const all = (text: string, lang = 'en') => extract(text, { lang }).attributions;

describe('a participle of a reporting verb with no auxiliary, spelled with its accent (« accusé »)', () => {
  it('describes the person it follows: no attribution', () => {
    expect(all('Le procès du trésorier du club, Marc Vidal, accusé de détournement de fonds, s’est ouvert mardi à Nantes.', 'fr')).toEqual([]);
    expect(all('L’ancienne directrice, Julie Faure, déclarée coupable en appel, a quitté la salle sans un mot.', 'fr').map((a) => a.source)).not.toContain('Julie Faure');
  });
  it('guard: the present form still reports, and a participle after « et » shares the auxiliary before it', () => {
    expect(all('Le syndicat accuse la direction de mentir sur les comptes.', 'fr')[0]?.verb).toBe('accuse');
    const joined = all('Le parti a dénoncé des fraudes et annoncé qu’il saisirait la justice.', 'fr');
    expect(joined.map((a) => a.claim).join(' | ')).toContain('il saisirait la justice');
  });
});

describe('a passive then words that report for its subject (class passive-report-tail)', () => {
  it('"X was quoted as saying…" is X’s report', () => {
    expect(all('The harbour master, Ines Dahl, was quoted as saying the pier would reopen in June.')[0]).toMatchObject({ source: 'Ines Dahl', claim: 'the pier would reopen in June' });
  });
  it('guard: a passive alone names no speaker', () => {
    expect(all('The closure was announced on Monday by the port.').map((a) => a.source)).not.toContain('The closure');
  });
});
