/**
 * Language of the article: frontmatter `lang` wins; else franc-min restricted to the languages
 * that have a lexicon (unrestricted franc calls short French news Catalan); texts too short for
 * franc are decided by counting each lexicon's stopwords.
 */
import { franc } from 'franc-min';
import { LANGUAGE_PROFILES } from './lexicon/index.ts';
import { CodeUnitClass } from './text.ts';

// franc needs some material; below this it answers "und".
const MIN_FRANC_LENGTH = 40;
// franc's cost grows with the text; the first few thousand characters decide as well as all.
/** How much of the text detectLanguage reads: its first characters, this many. */
export const SAMPLE_LENGTH = 700;

/** ISO 639-1 code of `text`, or `declared` (frontmatter) when given. Never throws. */
export function detectLanguage(text: string, declared: string | null): string {
  if (declared) return declared;
  const lexicons = LANGUAGE_PROFILES;
  const sample = text.slice(0, SAMPLE_LENGTH);
  // Most news settles it by its function words alone ("les", "du", "the", "of"); franc's trigram
  // model, the costlier test, is kept for texts where they do not clearly agree.
  const counts = ownStopwordCounts(sample);
  if (counts[0] && counts[0].count >= DECISIVE_COUNT && counts[0].count >= DECISIVE_RATIO * (counts[1]?.count ?? 0)) return counts[0].lang;
  if (sample.trim().length >= MIN_FRANC_LENGTH) {
    const code = franc(sample, { only: lexicons.map((l) => l.franc), minLength: 10 });
    const match = lexicons.find((l) => l.franc === code);
    if (match) return match.lang;
  }
  return byStopwords(sample);
}

// Stopwords that belong to one language only ("a", "on" are both French and English), each with
// the index of its language in LANGUAGE_PROFILES.
const OWN_BY_WORD = new Map<string, number>();
LANGUAGE_PROFILES.forEach((lex, l) => {
  for (const w of lex.stopwords) if (LANGUAGE_PROFILES.every((o) => o === lex || !o.stopwords.has(w))) OWN_BY_WORD.set(w, l);
});

// A language wins outright with this many of its own stopwords, this many times the runner-up's.
const DECISIVE_COUNT = 12;
const DECISIVE_RATIO = 4;

/** Each language's count of its own stopwords in `text`, highest first (ties keep lexicon order). */
function ownStopwordCounts(text: string, own = true): { lang: string; count: number }[] {
  const folded = text.toLowerCase().normalize('NFD').replace(MARKS, '');
  const tally = new Int32Array(LANGUAGE_PROFILES.length);
  // The words are the runs between separators (what splitting at /[^\p{L}']+/u gives, the empty
  // ones at either end aside, which no list holds), read in one scan with no array of them made.
  let start = -1;
  for (let i = 0; i <= folded.length; i++) {
    const width = i < folded.length ? wordUnitsAt(folded, i) : 0;
    if (width > 0) {
      if (start < 0) start = i;
      i += width - 1;
    } else if (start >= 0) {
      countWord(folded.slice(start, i), tally, own);
      start = -1;
    }
  }
  const counts = LANGUAGE_PROFILES.map((lex, l) => ({ lang: lex.lang, count: tally[l] ?? 0 }));
  return counts.sort((a, b) => b.count - a.count);
}

function countWord(word: string, tally: Int32Array, own: boolean): void {
  // The word without its elision ("l'", "d'"): what ELISION would cut.
  const first = word.charCodeAt(0);
  // (The length first: a read past the end, NaN, would deoptimise this.)
  const bare = word.length > 1 && word.charCodeAt(1) === 39 && first >= 97 && first <= 122 ? word.slice(2) : word;
  if (own) {
    // Each word is one language's own at most (OWN_BY_WORD): the word and its bare form are each
    // looked up once, instead of once in every language's list.
    const a = OWN_BY_WORD.get(word);
    const b = bare === word ? undefined : OWN_BY_WORD.get(bare);
    if (a !== undefined) tally[a] = (tally[a] ?? 0) + 1;
    if (b !== undefined && b !== a) tally[b] = (tally[b] ?? 0) + 1;
  } else {
    for (let l = 0; l < LANGUAGE_PROFILES.length; l++) {
      const list = (LANGUAGE_PROFILES[l] as (typeof LANGUAGE_PROFILES)[number]).stopwords;
      if (list.has(word) || list.has(bare)) tally[l] = (tally[l] ?? 0) + 1;
    }
  }
}

const MARKS = /\p{M}/gu;
const LETTER = /^\p{L}$/u;
const LETTER_UNITS = new CodeUnitClass(LETTER);

/** The code units of the word character at i (a letter or a straight apostrophe): 1, 2 for a letter outside the BMP, 0 for a separator. */
function wordUnitsAt(text: string, i: number): number {
  const code = text.charCodeAt(i);
  if (code === 39) return 1;
  if (code >= 0xd800 && code <= 0xdfff) {
    const next = text.charCodeAt(i + 1);
    return code <= 0xdbff && next >= 0xdc00 && next <= 0xdfff && LETTER.test(text.slice(i, i + 2)) ? 2 : 0;
  }
  return LETTER_UNITS.has(code) ? 1 : 0;
}

/**
 * The language whose own stopwords are most frequent (the first lexicon on a tie); when a short
 * text has only words two languages share ("de", "la"), the one with clearly most stopwords of
 * any kind; English when none is found or on a tie.
 */
export function byStopwords(text: string): string {
  const [first] = ownStopwordCounts(text);
  if (first && first.count > 0) return first.lang;
  const [shared, runnerUp] = ownStopwordCounts(text, false);
  return shared && shared.count > (runnerUp?.count ?? 0) ? shared.lang : 'en';
}
