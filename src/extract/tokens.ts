/**
 * Word tokens with character offsets. A regular expression rather than Intl.Segmenter's word
 * mode: the segmenter splits "nord-coréen", "a-t-il" and "Lee Seong-kweun" into pieces and
 * glues "l’Ukraine" into one word, which every later rule would have to undo; one regex pass is
 * also several times faster on 4 KB articles.
 */
import { foldWord } from './text.ts';

export type TokenKind = 'word' | 'number' | 'punct';

export interface Token {
  /** As written. */
  text: string;
  /** Folded (lower case, no accents, straight apostrophes): the key for every lookup. */
  f: string;
  kind: TokenKind;
  /** Offsets in the text the tokens were made from. */
  start: number;
  end: number;
  /** Starts with an upper-case letter. */
  cap: boolean;
}

export interface TokenizeOptions {
  /** Folded elided words split off the next word (the lexicon's \`elisions\`: "l", "d", "qu"); empty in a language without elision. */
  elisions: ReadonlySet<string>;
  /** Folded abbreviations (without the final dot) that keep their dot: "m", "gen", "dr". */
  abbreviations: ReadonlySet<string>;
}

// Order matters: dotted acronyms ("U.S.") before words, grouped numbers ("1 200", "1,200.5")
// before plain ones, elisions before words. Spaces inside numbers: only no-break spaces, or a
// plain space before exactly three digits (French "1 200"). Apostrophes and U+201A group digits on
// some pages (Swiss "1'200", "1‚200"); numbers.ts decides what each mark means.
const TOKEN = /‘’|’’|''|‘‘|,,|(?:\p{Lu}\.){2,}|\d{1,3}(?:[\u00a0\u202f\u2009 ]\d{3})+(?:,\d+)?(?![\d,.]\d)|\d+(?:[.,'’‚]\d+)*|\p{L}{1,7}['’](?=[\p{L}\d])|[\p{L}\p{N}]+(?:[-'’][\p{L}\p{N}]+|\.(?=\p{L}\.))*|[^\s\p{L}\p{N}]/uy;
// Every character but white space starts a token (the last branch takes any other mark), so the
// tokenizer skips white space, then matches TOKEN sticky there and reads the end from lastIndex:
// `test` makes no match array, which for one array per token was a tenth of extraction's garbage.
const SPACE = /\s*/uy;
const QUOTE_PAIR = /^(?:‘’|’’|''|‘‘|,,)$/u;
// A word cut by an apostrophe: an elision when the lexicon lists it, else part of a longer word.
const ELIDED = /^(\p{L}+)['’]$/u;
const POSSESSIVE = /^(.+)(['’]s)$/u;
// Module constants rather than literals in the loop: a literal makes a new RegExp object per token.
const HAS_WORD_CHARACTER = /[\p{L}\p{N}]/u;

/** Splits `text` into tokens; `offset` is added to every position. */
export function tokenize(text: string, options: TokenizeOptions, offset = 0): Token[] {
  const tokens: Token[] = [];
  let next = 0;
  while (next < text.length) {
    SPACE.lastIndex = next;
    SPACE.test(text);
    const start = SPACE.lastIndex;
    if (start >= text.length) break;
    TOKEN.lastIndex = start;
    // Never taken (see SPACE); moving on one character is what a global search would do.
    if (!TOKEN.test(text)) {
      next = start + 1;
      continue;
    }
    let value = text.slice(start, TOKEN.lastIndex);
    next = TOKEN.lastIndex;
    // Scraped pages write double quotes as two single ones (‘’…’’, ''…''): one quotation mark,
    // opening after a space or at the start, closing after a word.
    if (value.length === 2 && QUOTE_PAIR.test(value)) {
      const before = text.charAt(start - 1);
      tokens.push({ text: before === '' || /[\s([«“]/u.test(before) ? '“' : '”', f: '"', kind: 'punct', start: start + offset, end: start + offset + 2, cap: false });
      continue;
    }
    const first = value.charCodeAt(0);
    if (first >= 48 && first <= 57) {
      push(tokens, value, 'number', start + offset);
      continue;
    }
    // Only a token ending in an apostrophe can be an elision: skip the regex for the others.
    const lastCode = value.charCodeAt(value.length - 1);
    const elided = lastCode === 39 || lastCode === 0x2019 ? ELIDED.exec(value) : null;
    if (elided) {
      if (options.elisions.has(foldWord(elided[1] as string))) {
        push(tokens, value, 'word', start + offset);
        continue;
      }
      // Not an elision of this language ("D'Angelo" in English, "aujourd'hui"): match the whole word instead.
      const rest = /^[\p{L}\p{N}'’-]+/u.exec(text.slice(start));
      value = rest ? rest[0] : value;
      next = start + value.length;
    }
    if (HAS_WORD_CHARACTER.test(value)) {
      // Abbreviations and initials keep their dot: "M.", "Gen.", "J." (one capital letter).
      if (text.charCodeAt(start + value.length) === 46 && !value.endsWith('.')) {
        const bare = foldWord(value);
        if (options.abbreviations.has(bare) || /^\p{Lu}$/u.test(value)) {
          value += '.';
          next = start + value.length;
        }
      }
      if (options.elisions.size === 0) {
        const possessive = POSSESSIVE.exec(value);
        if (possessive?.[1] && possessive[2]) {
          push(tokens, possessive[1], 'word', start + offset);
          push(tokens, possessive[2], 'word', start + offset + possessive[1].length);
          continue;
        }
      }
      push(tokens, value, 'word', start + offset);
    } else push(tokens, value, 'punct', start + offset);
  }
  return tokens;
}

function push(tokens: Token[], text: string, kind: TokenKind, start: number): void {
  const code = text.charCodeAt(0);
  const cap = kind === 'word' && text.charAt(0) !== text.charAt(0).toLowerCase();
  tokens.push({ text, f: kind === 'punct' && code < 128 ? text : foldWord(text), kind, start, end: start + text.length, cap });
}
