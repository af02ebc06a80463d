/**
 * Numbers as written: digits in each language's format ("1 200", "3,5", "1,200.5", French
 * "2.000" = two thousand, Swiss "1'200") and number words ("neuf", "soixante-deux",
 * "quatre-vingt-dix", "twenty-five", "two hundred and fifty", "43-point-three").
 */
import type { Lexicon, NumberFormat } from './lexicon/index.ts';
import { keptAnswers } from './text.ts';
import { type Token, tokenAt } from './tokens.ts';

/** The format digits are read with when a lexicon says nothing: English. */
export const DEFAULT_NUMBER_FORMAT: NumberFormat = { decimal: '.', groups: [',', ' ', '\u00a0', '\u202f', '\u2009'], decimalWords: [] };

const SPACES = /[\u00a0\u202f\u2009\u2007 ]/gu;

/** Four digits as written that read as a year of news (1800–2100): "2025", not "2,025" or "9000". */
export function writtenAsYear(raw: string): boolean {
  return digitsOnly(raw, 4, 4) && Number(raw) >= 1800 && Number(raw) <= 2100;
}

/**
 * True when `text` is ASCII digits alone, from `min` to `max` of them: what /^\d{min,max}$/ tests,
 * without a regular expression (every number read asks a few such questions).
 */
export function digitsOnly(text: string, min = 1, max = Number.POSITIVE_INFINITY): boolean {
  if (text.length < min || text.length > max) return false;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 48 || code > 57) return false;
  }
  return true;
}

/**
 * Value of a digit token in a language's number format. A group mark that is not a space
 * ("." in French, "," in English) groups only when exactly three digits follow each mark
 * ("2.000", "7.312", "1,200"); otherwise it is read as a decimal mark all the same ("1.5" in a
 * French text, "3,5" in an English one), which is what writers mean by it.
 */
export function parseDigits(raw: string, format: NumberFormat = DEFAULT_NUMBER_FORMAT): number | null {
  // Most numbers are plain digits: no mark to read.
  if (digitsOnly(raw)) return Number(raw);
  // Reading the marks splits and joins strings: each spelling is read once per format (a corpus
  // writes the same amounts again and again; formats never change once made).
  return readMarked(raw, format);
}

const readMarked = keptAnswers<NumberFormat, number | null>((raw, format) => parseMarked(raw, format));

function parseMarked(raw: string, format: NumberFormat): number | null {
  let text = raw.replace(SPACES, '');
  for (const mark of format.groups) {
    if (mark === format.decimal || !text.includes(mark) || mark.trim() === '') continue;
    const groups = text.split(format.decimal);
    const whole = groups[0] ?? '';
    if (!whole.includes(mark)) continue;
    const parts = whole.split(mark);
    if (groups.length <= 2 && parts.length > 1 && grouped(parts)) {
      text = [parts.join(''), ...groups.slice(1)].join(format.decimal);
    } else if (parts.length === 2 && groups.length === 1) {
      // "1.5" in French, "3,5" in English: one mark with other than three digits after it.
      text = parts.join(format.decimal);
    } else return null;
  }
  if (format.decimal !== '.') text = text.replace(format.decimal, '.');
  if (!/^\d+(?:\.\d+)?$/u.test(text)) return null;
  const value = Number(text);
  return Number.isFinite(value) ? value : null;
}

/** Thousands groups ("1.200.000", "1,200") or Indian lakh groups ("1,00,000": twos, then a three). */
function grouped(parts: readonly string[]): boolean {
  const [first = '', ...rest] = parts;
  const last = rest[rest.length - 1] ?? '';
  if (!/^\d{1,3}$/u.test(first) || !/^\d{3}$/u.test(last)) return false;
  const middle = rest.slice(0, -1);
  return middle.every((p) => /^\d{3}$/u.test(p)) || (first.length <= 2 && middle.every((p) => /^\d{2}$/u.test(p)));
}

/** A run of number words starting at token `i`: its value and the token after it, or null. */
export function parseNumberWords(tokens: readonly Token[], i: number, lex: Lexicon): { value: number; end: number } | null {
  let total = 0;
  let current = 0;
  let end = i;
  let any = false;
  for (let k = i; k < tokens.length; k++) {
    const token = tokens[k] as Token;
    if (token.kind !== 'word') break;
    // "vingt et un", "two hundred and fifty": a joiner only between two number words.
    // Only where a sum is written: after a hundred or thousand, or a ten before a unit ("vingt et
    // un"); "between one and nine" is two numbers.
    if (any && lex.joiners.hasToken(token) && tokens[k + 1] && joinable(total, current, wordValue(tokens[k + 1] as Token, lex))) continue;
    // A word without a hyphen is one part: a number word or nothing (a joiner alone is no number).
    const parts = token.f.includes('-') ? token.f.split('-') : null;
    if (parts === null ? !lex.numbers.has(token.f) : !parts.every((p) => lex.numbers.has(p) || lex.joiners.has(p)) || !parts.some((p) => lex.numbers.has(p))) break;
    for (const part of parts ?? [token.f]) {
      const n = lex.numbers.get(part);
      if (n === undefined) continue;
      if (n === 100) current = (current || 1) * 100;
      else if (n === 1000) {
        total += (current || 1) * 1000;
        current = 0;
      } else if (n === 20 && current % 100 === 4)
        current += 76; // "quatre-vingt(s)": 4 × 20
      else current += n;
    }
    any = true;
    end = k + 1;
  }
  return any ? { value: total + current, end } : null;
}

/**
 * Decimals spelled with a word after a whole number: "43-point-three", "seven-point-29",
 * "8-point-nine", "deux virgule cinq" (broadcast copy writes numbers as they are read out).
 * `whole` is the value read so far, ending before token `i` (or inside the hyphenated word
 * token `i - 1`, whose last parts `tail` are the words after the whole number); returns the
 * value with its decimals and the token after them, or null when no decimal word follows.
 */
export function readSpokenDecimals(tokens: readonly Token[], i: number, whole: number, lex: Lexicon, tail: readonly string[] = []): { value: number; end: number } | null {
  const words = lex.numberFormat.decimalWords;
  if (words.length === 0) return null;
  // The parts after the decimal word, from a hyphenated word ("seven-point-29") or the next tokens.
  let parts: string[];
  let end = i;
  if (tail.length >= 2 && words.includes(tail[0] as string)) parts = tail.slice(1);
  else {
    let k = i;
    if (tokens[k]?.text === '-' && tokens[k]?.start === tokenAt(tokens, k - 1)?.end) k++;
    const word = tokens[k];
    if (word?.kind !== 'word') return null;
    // Read after every number: the word is split only when it has a hyphen.
    const dash = word.f.indexOf('-');
    if (dash >= 0 && words.includes(word.f.slice(0, dash))) {
      parts = word.f.split('-').slice(1);
      end = k + 1;
    } else if (dash < 0 && words.includes(word.f)) {
      // Apart, the decimal word must be followed by digits or by a number word and a scale
      // ("deux virgule cinq milliards"): "at one point three men left" is no decimal.
      const next = tokens[k + 1];
      const after = tokens[k + 2];
      if (!next || !(next.kind === 'number' || (lex.numbers.has(next.f) && after && (lex.multipliers.has(after.f) || lex.percent.at(tokens, k + 2))))) return null;
      parts = [next.f];
      end = k + 2;
    } else return null;
  }
  let digits = '';
  for (const part of parts) {
    if (/^\d+$/u.test(part)) digits += part;
    else {
      const n = lex.numbers.get(part);
      if (n === undefined || n > 9) return null;
      digits += String(n);
    }
  }
  if (!digits) return null;
  return { value: Number(`${whole}.${digits}`), end };
}

function wordValue(token: Token, lex: Lexicon): number | null {
  const parts = token.f.split('-');
  return parts.every((p) => lex.numbers.has(p)) ? (lex.numbers.get(parts[0] ?? '') ?? null) : null;
}

function joinable(total: number, current: number, next: number | null): boolean {
  if (next === null) return false;
  if (current === 0) return total > 0 && next < 1000;
  if (current % 100 === 0) return next < 100;
  return current >= 20 && current % 10 === 0 && next < 10;
}

/** A hyphenated word that holds its own decimals: "seven-point-29" → 7.29; null otherwise. */
export function readSpokenWord(token: Token, lex: Lexicon): number | null {
  if (!token.f.includes('-')) return null;
  const parts = token.f.split('-');
  const at = parts.findIndex((p) => lex.numberFormat.decimalWords.includes(p));
  if (at <= 0) return null;
  const head = parts.slice(0, at);
  if (!head.every((p) => lex.numbers.has(p) || /^\d+$/u.test(p))) return null;
  const whole = head.reduce((sum, p) => sum + (lex.numbers.get(p) ?? Number(p)), 0);
  return readSpokenDecimals([token], 1, whole, lex, parts.slice(at))?.value ?? null;
}
