/**
 * Language of the article: frontmatter `lang` wins; else franc-min restricted to the languages
 * that have a lexicon (unrestricted franc calls short French news Catalan); texts too short for
 * franc are decided by counting each lexicon's stopwords.
 */
import { franc } from 'franc-min';
import { allLexicons } from './lexicon/index.ts';

// franc needs some material; below this it answers "und".
const MIN_FRANC_LENGTH = 40;
// franc's cost grows with the text; the first few thousand characters decide as well as all.
const SAMPLE_LENGTH = 700;

/** ISO 639-1 code of `text`, or `declared` (frontmatter) when given. Never throws. */
export function detectLanguage(text: string, declared: string | null): string {
  if (declared) return declared;
  const lexicons = allLexicons();
  const sample = text.slice(0, SAMPLE_LENGTH);
  if (sample.trim().length >= MIN_FRANC_LENGTH) {
    const code = franc(sample, { only: lexicons.map((l) => l.franc), minLength: 10 });
    const match = lexicons.find((l) => l.franc === code);
    if (match) return match.lang;
  }
  return byStopwords(sample);
}

// Stopwords that belong to one language only ("a", "on" are both French and English).
const OWN = new Map(
  allLexicons().map((lex) => [lex.lang, new Set([...lex.stopwords].filter((w) => allLexicons().every((o) => o === lex || !o.stopwords.has(w))))]),
);

/** The language whose own stopwords are most frequent; English on a tie (including no words). */
export function byStopwords(text: string): string {
  const words = text.toLowerCase().normalize('NFD').replace(/\p{M}/gu, '').split(/[^\p{L}']+/u);
  let best = 'en';
  let bestCount = 0;
  for (const lex of allLexicons()) {
    const own = OWN.get(lex.lang) ?? lex.stopwords;
    let count = 0;
    for (const word of words) {
      const bare = word.replace(/^[a-z]'/, '');
      if (own.has(word) || own.has(bare)) count++;
    }
    if (count > bestCount) {
      best = lex.lang;
      bestCount = count;
    }
  }
  return best;
}
