/**
 * Numbers as written: digits in French and English formats ("1 200", "3,5", "1,200.5") and number
 * words ("neuf", "soixante-deux", "quatre-vingt-dix", "twenty-five", "two hundred and fifty").
 */
import type { Lexicon } from './lexicon/index.ts';
import type { Token } from './tokens.ts';

/** Value of a digit token: `lang` decides whether "," is a decimal mark ("3,5") or a group mark. */
export function parseDigits(raw: string, lang: string): number | null {
  let text = raw.replace(/[\u00a0\u202f\u2009 ]/g, '');
  const commaDecimal = lang !== 'en';
  if (commaDecimal) {
    // "1.200.000" groups with dots; "3,5" decimal comma; "1.5" still read as a decimal.
    if (/^\d{1,3}(?:\.\d{3}){2,}(?:,\d+)?$/.test(text)) text = text.replace(/\./g, '');
    text = text.replace(',', '.');
  } else {
    // "1,200" groups; a lone "3,5" in English text is read as a decimal all the same.
    if (/^\d{1,3}(?:,\d{3})+(?:\.\d+)?$/.test(text)) text = text.replace(/,/g, '');
    else text = text.replace(',', '.');
  }
  if (!/^\d+(?:\.\d+)?$/.test(text)) return null;
  const value = Number(text);
  return Number.isFinite(value) ? value : null;
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
    if (any && lex.joiners.has(token.f) && tokens[k + 1] && joinable(total, current, wordValue(tokens[k + 1] as Token, lex))) continue;
    const parts = token.f.split('-');
    if (!parts.every((p) => lex.numbers.has(p) || lex.joiners.has(p)) || !parts.some((p) => lex.numbers.has(p))) break;
    for (const part of parts) {
      const n = lex.numbers.get(part);
      if (n === undefined) continue;
      if (n === 100) current = (current || 1) * 100;
      else if (n === 1000) {
        total += (current || 1) * 1000;
        current = 0;
      } else if (n === 20 && current % 100 === 4) current += 76; // "quatre-vingt(s)": 4 × 20
      else current += n;
    }
    any = true;
    end = k + 1;
  }
  return any ? { value: total + current, end } : null;
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
