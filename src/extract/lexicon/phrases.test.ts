import { describe, expect, it } from 'vitest';
import { tokenize, Vocabulary } from '../tokens.ts';
import { PhraseTable } from './index.ts';

const options = { elisions: new Set<string>(), abbreviations: new Set<string>(), vocabulary: new Vocabulary() };
const words = (text: string): string[] => tokenize(text, options).map((t) => t.f);

describe('phrase tables', () => {
  it('finds the longest phrase at a token, a phrase of one word when no longer one fits', () => {
    const table = new PhraseTable<string>();
    table.add(words('board'), 'one');
    table.add(words('board of governors'), 'three');
    table.add(words('board of'), 'two');
    const tokens = tokenize('the board of governors met; the board of trade; the board met', options);
    expect(table.at(tokens, 1)).toEqual({ length: 3, value: 'three' });
    expect(table.at(tokens, 7)).toEqual({ length: 2, value: 'two' });
    expect(table.at(tokens, 12)).toEqual({ length: 1, value: 'one' });
    expect(table.at(tokens, 0)).toBeNull();
  });

  it('finds a phrase added after the table was first asked', () => {
    const table = new PhraseTable<string>();
    table.add(words('central bank'), 'short');
    const tokens = tokenize('the central bank governor spoke', options);
    expect(table.at(tokens, 1)).toEqual({ length: 2, value: 'short' });
    table.add(words('central bank governor'), 'long');
    expect(table.at(tokens, 1)).toEqual({ length: 3, value: 'long' });
    table.add(words('central'), 'word');
    expect(table.at(tokenize('central station', options), 0)).toEqual({ length: 1, value: 'word' });
  });

  it('keeps the first of two phrases written alike', () => {
    const table = new PhraseTable<string>();
    table.add(words('prime minister'), 'first');
    table.add(words('prime minister'), 'second');
    table.add(words('mayor'), 'first mayor');
    table.add(words('mayor'), 'second mayor');
    expect(table.at(tokenize('the prime minister said', options), 1)?.value).toBe('first');
    expect(table.at(tokenize('the mayor said', options), 1)?.value).toBe('first mayor');
  });

  it('finds nothing past the end of the tokens', () => {
    const table = new PhraseTable<string>();
    table.add(words('state media'), 'two');
    const tokens = tokenize('according to state', options);
    expect(table.at(tokens, 2)).toBeNull();
    expect(table.at(tokens, 3)).toBeNull();
  });

  it('finds the longest phrase ending at a token, every word before its last compared', () => {
    const table = new PhraseTable<string>();
    table.add(words('rate'), 'one');
    table.add(words('interest rate'), 'two');
    table.add(words('base interest rate'), 'three');
    const tokens = tokenize('the base interest rate rose; a mortgage interest rate; the growth rate; a base mortgage rate', options);
    expect(table.endingAt(tokens, 3)).toEqual({ length: 3, value: 'three' });
    expect(table.endingAt(tokens, 9)).toEqual({ length: 2, value: 'two' });
    expect(table.endingAt(tokens, 13)).toEqual({ length: 1, value: 'one' });
    expect(table.endingAt(tokens, 18)).toEqual({ length: 1, value: 'one' });
    expect(table.endingAt(tokens, 2)).toBeNull();
    expect(table.endingAt(tokens, -1)).toBeNull();
  });
});
