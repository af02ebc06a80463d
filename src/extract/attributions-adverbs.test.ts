import { describe, expect, it } from 'vitest';
import { extract } from './testing.ts';

const all = (text: string, lang = 'en') => extract(text, { lang }).attributions;

describe('an adverb between a lone surname and its verb (class verb-adverb, lead words)', () => {
  it('is no part of the speaker’s name: « Ferrán siempre ha defendido », "Okoro later said"', () => {
    expect(all('Ferrán siempre ha defendido que la planta es rentable.', 'es')[0]?.source).toBe('Ferrán');
    expect(all('Ferrán también aseguró que la planta es rentable.', 'es')[0]?.source).toBe('Ferrán');
    expect(all('Okoro later said that the plant was profitable.')[0]?.source).toBe('Okoro');
  });
});
