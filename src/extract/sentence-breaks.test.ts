import { describe, expect, it } from 'vitest';
import { lexicon } from './lexicon/index.ts';
import { sentenceEnds } from './sentence-breaks.ts';
import { splitSentences } from './sentences.ts';

// What Intl.Segmenter says: the offset past each sentence.
function segmenterEnds(text: string, lang = 'fr'): number[] {
  return [...new Intl.Segmenter(lang, { granularity: 'sentence' }).segment(text)].map((s) => s.index + s.segment.length);
}

// Every code unit the scan knows (see KNOWN_RANGES).
const KNOWN: string[] = [];
for (let code = 0; code <= 0x36f; code++) KNOWN.push(String.fromCharCode(code));
for (let code = 0x2000; code <= 0x20cf; code++) KNOWN.push(String.fromCharCode(code));

// A seeded generator: the same strings on every run.
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (Math.imul(state, 1103515245) + 12345) & 0x7fffffff;
    return state / 0x7fffffff;
  };
}

describe('sentenceEnds', () => {
  it('ends sentences where the segmenter does in written news', () => {
    const texts = [
      'Le ministre a parlé. Puis il est parti.',
      'M. Durand est arrivé à 9 h 30. Il a dit : « Nous partons. » Personne ne l’a cru.',
      'The U.S. Army said 3.5 million doses shipped. Officials declined to comment!',
      '¿Quién lo dijo? Nadie. «Ya veremos», añadió el portavoz.',
      'Is it over?! "No." (Not yet.) Wait... what — again?',
      'Première ligne\nSeconde ligne.\r\nTroisième.',
      'Prix\u00a0: 12,5\u00a0%. Hausse\u202fde 3\u2009%\u00a0! Fin',
      'e.g. this one. i.e. that one. Dr. Who arrived.',
    ];
    for (const text of texts) for (const lang of ['fr', 'en', 'es']) expect(sentenceEnds(text), `${lang}: ${text}`).toEqual(segmenterEnds(text, lang));
  });

  it('agrees with the segmenter on every known character, in every position around a full stop', () => {
    const contexts = ['aX b', 'a.X b', 'a. X b', 'a.X B', 'a X. B', 'X. b', 'a.XB', 'a!X B', 'a. XB', 'A.X. B', 'a.) X B', 'a. X1', 'a.\nX b', 'aX.b', 'a. ( X b'];
    const disagreements: string[] = [];
    for (const c of KNOWN) {
      for (const context of contexts) {
        const text = context.replace('X', c);
        if (JSON.stringify(sentenceEnds(text)) !== JSON.stringify(segmenterEnds(text))) disagreements.push(JSON.stringify(text));
      }
    }
    expect(disagreements).toEqual([]);
  });

  it('agrees with the segmenter on random strings of letters, marks, spaces and line breaks', () => {
    const next = random(7);
    const marks = [...'aAbBéÉ. .!?;:,-–—«»“”"\'()[]\n\r 0123\u00a0\u202f\u2009\u00ad\u0301…¿¡\u2024'];
    const disagreements: string[] = [];
    for (let k = 0; k < 20000; k++) {
      let text = '';
      const length = 1 + Math.floor(next() * 12);
      for (let j = 0; j < length; j++) text += next() < 0.7 ? marks[Math.floor(next() * marks.length)] : KNOWN[Math.floor(next() * KNOWN.length)];
      if (JSON.stringify(sentenceEnds(text)) !== JSON.stringify(segmenterEnds(text))) disagreements.push(JSON.stringify(text));
    }
    expect(disagreements.slice(0, 5)).toEqual([]);
  });

  it('answers null for a text with a character it does not know, and nothing for an empty text', () => {
    expect(sentenceEnds('Путин заявил. Конец.')).toBeNull();
    expect(sentenceEnds('Great news 🎉. Next.')).toBeNull();
    expect(sentenceEnds('')).toEqual([]);
  });
});

describe('splitSentences', () => {
  it('splits text the scan does not know with the segmenter, as before', () => {
    const lex = lexicon('en');
    const text = 'The envoy met Сергей Петров in Kyiv. Both spoke 🎉. Then they left.';
    const sentences = splitSentences([{ kind: 'paragraph', text, line: 1, column: 1 }], lex).map((s) => s.text);
    expect(sentences).toEqual(['The envoy met Сергей Петров in Kyiv.', 'Both spoke 🎉.', 'Then they left.']);
  });
});
