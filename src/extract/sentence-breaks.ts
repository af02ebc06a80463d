/**
 * Sentence boundaries by the rules of Unicode's UAX #29 (the rules Intl.Segmenter's sentence mode
 * applies), read in one pass over the text's code units. Intl.Segmenter was the largest single
 * cost of splitting an article into sentences: it builds an object per segment through ICU, and
 * its time per character is several times that of a scan. The scan knows the sentence-break
 * classes of the Latin, combining-mark and general-punctuation ranges only, where news in French,
 * English and Spanish is written; for a text with any other character it answers null and the
 * caller asks Intl.Segmenter. sentence-breaks.test.ts checks the two agree, character class by
 * character class and on random text.
 */

// Sentence_Break classes (UAX #29, table 4), for the characters the scan knows. UNKNOWN: not
// known here, the text goes to Intl.Segmenter. EXTEND stands for Extend and Format alike: both
// are read as part of the character before (rule SB5).
const UNKNOWN = 0;
const OTHER = 1;
const CR = 2;
const LF = 3;
const SEP = 4;
const SP = 5;
const LOWER_CASE = 6;
const UPPER_CASE = 7;
const O_LETTER = 8;
const NUMERIC_CLASS = 9;
const A_TERM = 10;
const S_TERM = 11;
const CLOSE = 12;
const S_CONTINUE = 13;
const EXTEND_CLASS = 14;

// The classes of code units U+0000–U+036F and U+2000–U+20CF, worked out once from Unicode
// properties; every other code unit is Unknown.
const CLASS = new Uint8Array(0x10000);
const KNOWN_RANGES: ReadonlyArray<readonly [number, number]> = [
  [0x0000, 0x036f],
  [0x2000, 0x20cf],
];
const LOWER = /^\p{Lowercase}$/u;
const UPPER = /^[\p{Uppercase}\p{Lt}]$/u;
const ALPHABETIC = /^\p{Alphabetic}$/u;
const NUMERIC = /^\p{Nd}$/u;
const EXTEND = /^[\p{Grapheme_Extend}\p{Mc}]$/u;
const FORMAT = /^\p{Cf}$/u;
// \s is White_Space within the known ranges but for U+0085, a paragraph separator (tested first).
const WHITE_SPACE = /^\s$/u;
const STERM = /^\p{Sentence_Terminal}$/u;
// Close: opening and closing punctuation and quotation marks (Line_Break=Quotation, which the
// regular expressions of JavaScript cannot name: the Pi and Pf marks and the straight quotes).
const CLOSE_MARK = /^[\p{Ps}\p{Pe}\p{Pi}\p{Pf}"']$/u;
// SContinue, as listed by UAX #29 within the known ranges.
const SCONTINUE = new Set([0x2c, 0x2d, 0x3a, 0x3b, 0x2013, 0x2014]);
const ATERM = new Set([0x2e, 0x2024]);

function classOf(code: number): number {
  const c = String.fromCharCode(code);
  if (code === 0x0d) return CR;
  if (code === 0x0a) return LF;
  if (code === 0x85 || code === 0x2028 || code === 0x2029) return SEP;
  // (The zero-width joiners, Extend in UAX #29, are Format characters too.)
  if (EXTEND.test(c) || FORMAT.test(c)) return EXTEND_CLASS;
  if (WHITE_SPACE.test(c)) return SP;
  if (LOWER.test(c)) return LOWER_CASE;
  if (UPPER.test(c)) return UPPER_CASE;
  if (ALPHABETIC.test(c)) return O_LETTER;
  if (NUMERIC.test(c)) return NUMERIC_CLASS;
  if (ATERM.has(code)) return A_TERM;
  if (STERM.test(c)) return S_TERM;
  if (CLOSE_MARK.test(c)) return CLOSE;
  if (SCONTINUE.has(code)) return S_CONTINUE;
  return OTHER;
}
for (const [from, to] of KNOWN_RANGES) for (let code = from; code <= to; code++) CLASS[code] = classOf(code);

let scratch = new Uint8Array(4096);

/** True for a paragraph separator (CR, LF, Sep): a sentence always ends after one (SB4). */
const isParaSep = (c: number): boolean => c === CR || c === LF || c === SEP;
const isTerm = (c: number): boolean => c === A_TERM || c === S_TERM;

/**
 * The offsets where sentences end in `text` (each past the last character of a sentence,
 * trailing spaces included; the text's length last), or null when the text holds a character
 * whose class the scan does not know.
 */
export function sentenceEnds(text: string): number[] | null {
  const n = text.length;
  if (n === 0) return [];
  // The class of each code unit with Extend and Format folded into the character before (SB5):
  // they take that character's class, so rules read through them. (In a scratch array kept from
  // call to call: a fresh one per block was a buffer allocated outside the heap each time.)
  if (scratch.length < n) scratch = new Uint8Array(Math.max(n, 2 * scratch.length));
  const classes = scratch;
  // Where a sentence may end: the terminators and paragraph separators, in order. The rules below
  // read only around them, and most characters are neither (stepping through every character
  // there cost three times this first pass).
  const stops: number[] = [];
  let last = SP;
  for (let i = 0; i < n; i++) {
    let c = CLASS[text.charCodeAt(i)] as number;
    if (c === UNKNOWN) return null;
    // After a paragraph separator, an Extend or Format starts afresh (SB5 does not apply there).
    if (c === EXTEND_CLASS) c = isParaSep(last) ? OTHER : EXTEND_CLASS;
    else if (isTerm(c) || isParaSep(c)) stops.push(i);
    classes[i] = c;
    if (c !== EXTEND_CLASS) last = c;
  }
  const ends: number[] = [];
  // The next character at or after i that is not Extend or Format, or n.
  const next = (i: number): number => {
    let j = i;
    while (j < n && classes[j] === EXTEND_CLASS) j++;
    return j;
  };
  // The class of the character before the one at i (Extend and Format skipped), for SB7.
  const before = (i: number): number => {
    let j = i - 1;
    while (j >= 0 && classes[j] === EXTEND_CLASS) j--;
    return j < 0 ? OTHER : (classes[j] as number);
  };
  // The rules have read up to i (a stop before it was read as part of what came before).
  let i = 0;
  for (const stop of stops) {
    if (stop < i) continue;
    i = stop;
    const c = classes[i] as number;
    if (isParaSep(c)) {
      // SB3: CR × LF; SB4: a break after any paragraph separator.
      let end = i + 1;
      if (c === CR && end < n && classes[end] === LF) end++;
      end = next(end);
      if (end < n) ends.push(end);
      i = end;
      continue;
    }
    const after = next(i + 1);
    const following = after < n ? (classes[after] as number) : UNKNOWN;
    // SB6: "3.5"; SB7: "U.S" (a letter, a full stop, a capital letter).
    if (c === A_TERM && (following === NUMERIC_CLASS || (following === UPPER_CASE && (before(i) === UPPER_CASE || before(i) === LOWER_CASE)))) {
      i = after;
      continue;
    }
    // SB9, SB10: no break inside the closing marks and spaces after a terminator.
    let p = after;
    while (p < n && classes[p] === CLOSE) p = next(p + 1);
    while (p < n && classes[p] === SP) p = next(p + 1);
    if (p >= n) break;
    const at = classes[p] as number;
    // SB11 with a paragraph separator: the sentence ends after it (the loop's first branch).
    if (isParaSep(at)) {
      i = p;
      continue;
    }
    // SB8: after a full stop, no break when the next letter is in lower case.
    if (c === A_TERM && lowerFollows(classes, p, n)) {
      i = p;
      continue;
    }
    // SB8a: a comma, a dash or another terminator goes on with the sentence.
    if (at === S_CONTINUE || isTerm(at)) {
      i = p;
      continue;
    }
    // SB11: a break.
    ends.push(p);
    i = p;
  }
  ends.push(n);
  return ends;
}

/** SB8: the first character from p on (up to n) that is a letter, a paragraph separator or a terminator is a lower-case letter. */
function lowerFollows(classes: Uint8Array, p: number, n: number): boolean {
  for (let j = p; j < n; j++) {
    const c = classes[j] as number;
    if (c === LOWER_CASE) return true;
    if (c === O_LETTER || c === UPPER_CASE || isParaSep(c) || isTerm(c)) return false;
  }
  return false;
}
