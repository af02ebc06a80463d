import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fold } from '../extract/text.ts';
import { ADJ, ADV, NOUN, PARTICIPLE, VERB, wordClassesOf } from '../extract/word-classes.ts';

const CLASSES = new Set(['NOUN', 'ADJ', 'VERB', 'ADV', 'ADP', 'DET', 'PRON', 'NUM', 'AUX', 'CCONJ', 'SCONJ', 'PART', 'PARTICIPLE']);

describe.each(['en', 'fr', 'es'])('word classes %s.json', (lang) => {
  const data = JSON.parse(readFileSync(new URL(`./word-classes/${lang}.json`, import.meta.url), 'utf8')) as { about: string; source: string; licence: string; classes: Record<string, string> };
  it('says where it comes from and under which licence', () => {
    expect(data.source).toMatch(/derive-word-classes/);
    expect(data.licence.length).toBeGreaterThan(3);
  });
  it('holds only known classes, each a list of folded single words without repeats', () => {
    for (const [name, forms] of Object.entries(data.classes)) {
      expect(CLASSES.has(name), name).toBe(true);
      const list = forms.split(' ');
      expect(new Set(list).size, name).toBe(list.length);
      for (const form of list.slice(0, 2000)) expect(fold(form), form).toBe(form);
      expect(
        list.some((f) => /\s|\d/u.test(f)),
        name,
      ).toBe(false);
    }
  });
});

describe('word classes', () => {
  it('tells adjectives from nouns: "young" ADJ, "farmers" NOUN, « jeunes » both', () => {
    expect(wordClassesOf('en', 'young') & NOUN).toBe(0);
    expect(wordClassesOf('en', 'young') & ADJ).toBe(ADJ);
    expect(wordClassesOf('en', 'farmers') & NOUN).toBe(NOUN);
    expect(wordClassesOf('fr', 'jeunes') & (NOUN | ADJ)).toBe(NOUN | ADJ);
  });
  it('knows verbs and participles: "killed" VERB, « tues » PARTICIPLE', () => {
    expect(wordClassesOf('en', 'killed') & VERB).toBe(VERB);
    expect(wordClassesOf('fr', 'tues') & PARTICIPLE).toBe(PARTICIPLE);
  });
  it('reads Spanish classes from a spelling dictionary’s flags: « cantaron » VERB, « cantado » PARTICIPLE, « densas » ADJ, « sentimiento » NOUN, « limpiamente » ADV', () => {
    expect(wordClassesOf('es', 'cantaron')).toBe(VERB);
    expect(wordClassesOf('es', 'cantadas')).toBe(PARTICIPLE);
    expect(wordClassesOf('es', 'densas')).toBe(ADJ);
    expect(wordClassesOf('es', 'sentimiento') & NOUN).toBe(NOUN);
    expect(wordClassesOf('es', 'limpiamente')).toBe(ADV);
    expect(wordClassesOf('es', 'acuerdo') & (NOUN | VERB)).toBe(NOUN | VERB);
  });
  it('leaves unknown a Spanish form that is also a word the flags do not class (« para », « entre »), and second persons', () => {
    expect(wordClassesOf('es', 'para')).toBe(0);
    expect(wordClassesOf('es', 'entre')).toBe(0);
    expect(wordClassesOf('es', 'cantasteis')).toBe(0);
  });
  it('knows nothing for a language without a file', () => {
    expect(wordClassesOf('xx', 'casa')).toBe(0);
  });
});
