/**
 * Numbers that are not reported quantities, decided from their shape and the words around
 * them (the words are lexicon data, `wordLists` of the figures part):
 *
 * - an ordinal that numbers an occurrence ("the third visit", « la 5e édition », "for the second
 *   time") is no figure; one that places something in a ranking ("ranks 189th out of 193",
 *   « à la troisième place », "finished fourth") is a rank;
 * - two numbers joined by a dash ("3-1") are a match score, which is no figure, when sport words
 *   stand in the sentence or the pair stands alone in brackets ("(1-0)"); with vote words ("the
 *   vote was 68-29") they are two counts; joined by a word (« 3 a 0 », « 2 à 1 »: the lexicon's
 *   `score-joiner`) they are a score only in a sentence with sport words, and never after a
 *   range's opening word (`range-opener`: "de 3 a 5") or before a unit;
 * - digits glued to a name or a code ("4G", "0100GMT", "@2") or a four-digit time ("0700").
 */
import type { Lexicon, PhraseTable } from './lexicon/index.ts';
import { digitsOnly } from './numbers.ts';
import { oneOf } from './text.ts';
import { type Token, tokenAt } from './tokens.ts';

// Tests of a token's text, made once: a regular expression written in a function is a new object at
// each call, and these are asked of every number; a one-character mark is told by a string search.
const CAPITAL_FIRST = /^\p{Lu}/u;
const THREE_CAPITALS = /^[A-Z]{3}$/u;
const DASH = oneOf('-–');

/** The word list `name` of the lexicon (figures part); an empty table when the language has none. */
function cls(lex: Lexicon, name: string): PhraseTable {
  return lex.wordList(name);
}

/**
 * True when the ordinal at tokens [start, end) places something in a ranking: a ranking verb
 * before it (at most two words between: "finished a close third"), or a ranking word after it.
 */
export function isRanking(tokens: readonly Token[], start: number, end: number, lex: Lexicon): boolean {
  const before = cls(lex, 'ranking-before');
  const after = cls(lex, 'ranking-after');
  if (after.at(tokens, end)) return true;
  for (let k = start - 1; k >= Math.max(0, start - 3); k--) {
    if (before.endingAt(tokens, k)) return true;
    if (tokens[k]?.kind === 'punct') break;
  }
  return false;
}

export type PairKind = 'score' | 'tally' | 'pair';

/**
 * Pairs "N-M" in a sentence, by the token index of their first number: a score (no figure), a
 * vote tally (two counts) or a plain pair (a range or two counts, decided later).
 */
export function dashPairs(tokens: readonly Token[], lex: Lexicon): Map<number, PairKind> {
  const pairs = new Map<number, PairKind>();
  let sport: boolean | null = null;
  let vote: boolean | null = null;

  for (let i = 0; i + 2 < tokens.length; i++) {
    const a = tokens[i] as Token;
    const dash = tokens[i + 1] as Token;
    const b = tokens[i + 2] as Token;
    if (a.kind !== 'number' || b.kind !== 'number') continue;
    // « ganó 3 a 0 », « s’est imposé 2 à 1 »: a score written with a word, in a sentence about a
    // match; not a range ("de 3 a 5", "between 2 and 4") nor two numbers of a unit ("3 a 5 años").
    if (cls(lex, 'score-joiner').at(tokens, i + 1)) {
      sport ??= anywhere(tokens, cls(lex, 'score-word'));
      const small = digitsOnly(a.text, 1, 2) && digitsOnly(b.text, 1, 2);
      const opened = !!cls(lex, 'range-opener').endingAt(tokens, i - 1);
      if (sport && small && !opened && !unitAt(tokens, i + 3, lex)) pairs.set(i, 'score');
      continue;
    }
    if (!DASH.test(dash.text) || a.end !== dash.start || dash.end !== b.start) continue;
    if (!digitsOnly(a.text, 1, 3) || !digitsOnly(b.text, 1, 3)) continue;
    const next = tokens[i + 3];
    if (next && next.start === b.end && DASH.test(next.text)) continue; // "12-15-year": a range glued to its unit
    vote ??= anywhere(tokens, cls(lex, 'vote-word'));
    sport ??= anywhere(tokens, cls(lex, 'score-word'));
    const bracketed = tokenAt(tokens, i - 1)?.text === '(' && tokens[i + 3]?.text === ')';
    pairs.set(i, vote ? 'tally' : sport || bracketed ? 'score' : 'pair');
  }
  return pairs;
}

/** True when a unit the number before it would take stands at k: a duration, a currency, a measure, an age. */
function unitAt(tokens: readonly Token[], k: number, lex: Lexicon): boolean {
  const t = tokens[k];
  if (t?.kind !== 'word') return false;
  return lex.durations.has(t.f) || !!lex.currencies.at(tokens, k) || !!lex.measures.at(tokens, k) || !!lex.ageUnits.at(tokens, k) || lex.unitSymbols.has(t.text);
}

/** True when a phrase of `table` starts anywhere in the sentence. */
function anywhere(tokens: readonly Token[], table: PhraseTable): boolean {
  for (let k = 0; k < tokens.length; k++) if (table.at(tokens, k) !== null) return true;
  return false;
}

/**
 * Digits that name or code something rather than count: glued to a word in capitals after them
 * ("4G", "5G+", "0100GMT", "3D") that is no unit symbol, glued after "@" or "#", or four
 * digits with a leading zero ("0700": a clock time).
 */
export function isCode(tokens: readonly Token[], i: number, lex: Lexicon): boolean {
  const t = tokens[i] as Token;
  if (t.text.charCodeAt(0) === 48 && digitsOnly(t.text, 4, 4)) return true;
  const before = tokenAt(tokens, i - 1);
  if (before && before.end === t.start && (before.text === '@' || before.text === '#')) return true;
  const after = tokens[i + 1];
  // Units glued in capitals are written as symbols ("40C", "300MW"): the lexicon lists them case and all.
  if (after && after.start === t.end && after.kind === 'word' && CAPITAL_FIRST.test(after.text) && !lex.multipliers.has(after.f) && !lex.unitSymbols.has(after.text) && !THREE_CAPITALS.test(after.text)) return true;
  return false;
}
