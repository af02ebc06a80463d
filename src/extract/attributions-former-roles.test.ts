import { describe, expect, it } from 'vitest';
import { extract } from './testing.ts';

const all = (text: string, lang = 'en') => extract(text, { lang }).attributions;

describe('a role joined to « ex » in one word (lexicon rolePrefixes: « exalcalde »)', () => {
  it('after a closing verb, names the former holder introduced before', () => {
    const found = all('La exalcaldesa de Montoro, Pilar Duarte, llegó al juzgado a las nueve. "No tengo nada que esconder", declaró la exalcaldesa antes de entrar.', 'es');
    expect(found.find((a) => a.verb === 'declaró')).toMatchObject({ source: 'Pilar Duarte', claim: 'No tengo nada que esconder' });
  });
  it('with no one introduced, is still a speaker', () => {
    expect(all('"Nadie nos avisó", explicó el exconcejal.', 'es')[0]?.source).toBe('el exconcejal');
  });
});
