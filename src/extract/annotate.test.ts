import { describe, expect, it } from 'vitest';
import { Annotations, annotate, labelId, labelNames } from './annotate.ts';
import { type Lexicon, lexicon, PhraseTable } from './lexicon/index.ts';
import { tokenize, Vocabulary } from './tokens.ts';

describe('annotations', () => {
  const tokens = tokenize('La réunion a eu lieu à Rouen mardi.', { elisions: new Set(['l']), abbreviations: new Set(), vocabulary: new Vocabulary() });

  it('takes labels registered after it was made, past its slack, and keeps the ones it had', () => {
    const ann = new Annotations(tokens);
    ann.add('test-before', 6);
    ann.add('test-span-before', 1, 3);
    // Labels a rule set compiled later (another language's lexicon) would register.
    const late = Array.from({ length: 80 }, (_, i) => `test-late-${labelNames().length}-${i}`);
    for (const name of late) labelId(name);
    const last = late[late.length - 1] as string;
    ann.add(last, 2, 4);
    expect(ann.has(3, last)).toBe(true);
    expect(ann.spanAt(2, last)).toMatchObject({ start: 2, end: 4 });
    expect(ann.has(6, 'test-before')).toBe(true);
    expect(ann.spanAt(1, 'test-span-before')).toMatchObject({ start: 1, end: 3 });
    expect(ann.has(5, last)).toBe(false);
    expect(ann.labelsOf(3)).toEqual([last]);
  });
});

describe('annotations: which labels a sentence holds', () => {
  const tokens = tokenize('The council met in Leeds on Monday.', { elisions: new Set(), abbreviations: new Set(), vocabulary: new Vocabulary() });

  it('answers for labels added one by one, as spans and after growing past its slack', () => {
    const ann = new Annotations(tokens);
    expect(ann.present('test-present-a')).toBe(false);
    ann.add('test-present-a', 4);
    expect(ann.present('test-present-a')).toBe(true);
    ann.add('test-present-span', 1, 3);
    expect(ann.present('test-present-span')).toBe(true);
    const late = Array.from({ length: 70 }, (_, i) => `test-present-late-${labelNames().length}-${i}`);
    for (const name of late) labelId(name);
    const last = late[late.length - 1] as string;
    expect(ann.present(last)).toBe(false);
    ann.add(last, 0);
    expect(ann.present(last)).toBe(true);
    // What it held before growing, it still holds.
    expect(ann.present('test-present-a')).toBe(true);
    expect(ann.present('test-present-span')).toBe(true);
    expect(ann.present(late[0] as string)).toBe(false);
  });
});

describe('annotate: phrase classes', () => {
  it('marks the longest phrase of a class that starts at a token, every word past the first two compared', () => {
    const vocabulary = new Vocabulary();
    const options = { elisions: new Set<string>(), abbreviations: new Set<string>(), vocabulary };
    const table = new PhraseTable<true>();
    for (const phrase of ['harbour master', 'harbour master general', 'harbour master deputy office']) {
      table.add(
        tokenize(phrase, options).map((t) => t.f),
        true,
      );
    }
    const label = 'c:test-harbour-roles';
    // The two things annotate reads of a lexicon: its vocabulary and its classes.
    const lex = { tokenizeOptions: options, annotation: { words: [], phrases: [[label, table]] } } as unknown as Lexicon;
    const tokens = tokenize('The harbour master general came; the harbour master deputy mayor came', options);
    const ann = annotate(tokens, lex);
    expect(ann.spanAt(1, label)).toMatchObject({ start: 1, end: 4 });
    // "harbour master deputy" opens a longer phrase but goes on otherwise: the phrase of two.
    expect(ann.spanAt(7, label)).toMatchObject({ start: 7, end: 9 });
    expect(ann.has(0, label)).toBe(false);
  });
});

describe('annotations: where accents tell words apart, a verb form is only the form as spelled', () => {
  const finiteOf = (text: string): boolean[] => {
    const lex = lexicon('es');
    const words = tokenize(text, lex.tokenizeOptions);
    const ann = annotate(words, lex);
    return words.map((_, k) => ann.has(k, 'finite'));
  };
  it('« público » and « crítica » are no forms of « publicar » and « criticar »; « publicó » and « critica » are', () => {
    expect(finiteOf('El gasto público')[2]).toBe(false);
    expect(finiteOf('una crítica dura')[1]).toBe(false);
    expect(finiteOf('El diario publicó')[2]).toBe(true);
    expect(finiteOf('La oposición critica')[2]).toBe(true);
  });
  it('the lexicon’s set answers as the annotations do', () => {
    const lex = lexicon('es');
    const [adjective, verb] = tokenize('público publicó', lex.tokenizeOptions);
    expect(lex.finite.hasToken(adjective)).toBe(false);
    expect(lex.finite.hasToken(verb)).toBe(true);
  });
});
