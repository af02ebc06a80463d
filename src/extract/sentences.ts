/**
 * Sentences by Unicode's rules (UAX #29, as Intl.Segmenter applies them), then repaired: those
 * rules end a sentence after "M.", "Gen." or "U.S." and inside « Nous partons. », a-t-il dit.
 * Each sentence carries its tokens.
 */
import type { TextBlock } from '../parse/blocks.ts';
import type { Lexicon } from './lexicon/index.ts';
import { sentenceEnds } from './sentence-breaks.ts';
import { isWhiteSpaceUnit as isSpace, keptAnswers } from './text.ts';
import { type Token, tokenizeWithin } from './tokens.ts';

export interface Sentence {
  /** Index in the article (0-based, over all blocks). */
  index: number;
  text: string;
  /** Offset of the sentence in the body text (blocks joined by a blank line). */
  start: number;
  /** Index of the block it belongs to. */
  block: number;
  /** First sentence of its block. */
  first: boolean;
  tokens: Token[];
}

const segmenters = new Map<string, Intl.Segmenter>();
function segmenter(lang: string): Intl.Segmenter {
  let s = segmenters.get(lang);
  if (!s) {
    s = new Intl.Segmenter(lang, { granularity: 'sentence' });
    segmenters.set(lang, s);
  }
  return s;
}

// Quotation marks: « “ ‹ open, » ” › close.
const CLOSER = /[»”›]/u;
const CLOSING_LEAD = /^\s*[»”›]+\s+/u;
const ENDS_SENTENCE = /[.!?…]\s*$/u;
const OPENS_SENTENCE = /^[\p{Lu}«“]/u;
// Past this length a merge is probably a runaway quote: keep the segmenter's cut.
const MAX_SENTENCE = 1200;

/** The body text the sentence offsets refer to (blocks joined by a blank line); with `atLeast`, only its first blocks, enough to pass that many characters. */
export function bodyText(blocks: readonly TextBlock[], atLeast = Number.POSITIVE_INFINITY): string {
  // Blocks past `atLeast` characters are left out: a caller that reads only the start needs no more.
  let text = '';
  for (let b = 0; b < blocks.length && text.length < atLeast; b++) text += b === 0 ? (blocks[b] as TextBlock).text : `\n\n${(blocks[b] as TextBlock).text}`;
  return text;
}

/** Splits blocks into sentences (tokenised; each sentence's tokens read in its block, which analyse made an internal string). */
export function splitSentences(blocks: readonly TextBlock[], lex: Lexicon): Sentence[] {
  const sentences: Sentence[] = [];
  let offset = 0;
  for (let blockIndex = 0; blockIndex < blocks.length; blockIndex++) {
    const block = (blocks[blockIndex] as TextBlock).text;
    const ends = mergedEnds(block, segmentBlock(block, lex.lang), lex);
    let first = true;
    let from = 0;
    for (const to of ends) {
      // The piece trimmed, as String.prototype.trim would (its white space is what \s matches).
      let start = from;
      let end = to;
      while (start < end && isSpace(block.charCodeAt(start))) start++;
      while (end > start && isSpace(block.charCodeAt(end - 1))) end--;
      from = to;
      if (start === end) continue;
      const text = block.slice(start, end);
      sentences.push({ index: sentences.length, text, start: offset + start, block: blockIndex, first, tokens: tokenizeWithin(block, start, end, lex.tokenizeOptions, offset) });
      first = false;
    }
    offset += block.length + 2;
  }
  return sentences;
}

// Most text is split by sentence-breaks.ts, which applies the segmenter's rules in one scan; the
// segmenter takes text with characters that scan does not know (other scripts, emoji).
// Intl.Segmenter slows down badly on very long strings (seconds for a 1 MB paragraph), so a long
// block is first cut into chunks at clear sentence ends, each segmented on its own.
const CHUNK = 2000;
const CLEAR_END = /[.!?…]["»”']?\s+(?=[\p{Lu}«“"])/gu;

/**
 * Where the segments of a block end, in order, the last at the text's length: segments follow
 * one another with nothing between them, so their ends say it all, and no string is cut for a
 * segment that merging then joins to the one before.
 */
function segmentBlock(text: string, lang: string): number[] {
  const ends = sentenceEnds(text);
  if (ends !== null) return ends;
  const out: number[] = [];
  let from = 0;
  while (from < text.length) {
    let to = text.length;
    if (to - from > CHUNK * 2) {
      CLEAR_END.lastIndex = from + CHUNK;
      const end = CLEAR_END.exec(text);
      to = end && end.index < from + CHUNK * 4 ? end.index + end[0].length : Math.min(text.length, from + CHUNK * 4);
    }
    for (const seg of segmenter(lang).segment(text.slice(from, to))) out.push(from + seg.index + seg.segment.length);
    from = to;
  }
  return out;
}

/** The ends of the sentences the segments make once repaired: a segment joined to the one before, or its closing mark given back to it. */
function mergedEnds(text: string, ends: readonly number[], lex: Lexicon): number[] {
  const out: number[] = [];
  // The start of the last sentence in `out` (it ends where the next segment starts).
  let previous = 0;
  let start = 0;
  for (const end of ends) {
    if (out.length > 0) {
      // « … en justice. » Sur le plan politique, …: French spacing puts a space before the
      // closing mark, so the segmenter cuts before it. The mark closes the sentence before; a
      // capital after it opens the next one. (The pattern is tried only where a closing mark
      // follows the segment's leading white space.)
      const closing = opensWithCloser(text, start, end) ? CLOSING_LEAD.exec(text.slice(start, end)) : null;
      if (closing && ENDS_SENTENCE.test(text.slice(previous, start)) && OPENS_SENTENCE.test(text.slice(start + closing[0].length, end))) {
        out[out.length - 1] = start + closing[0].length;
        previous = start + closing[0].length;
        out.push(end);
        start = end;
        continue;
      }
      if (end - previous < MAX_SENTENCE && shouldJoin(text.slice(previous, start), text.slice(start, end), lex)) {
        out[out.length - 1] = end;
        start = end;
        continue;
      }
    }
    out.push(end);
    previous = start;
    start = end;
  }
  return out;
}

/** True when the text at [start, end) is white space and then a closing quotation mark (what CLOSING_LEAD needs first). */
function opensWithCloser(text: string, start: number, end: number): boolean {
  let i = start;
  while (i < end && isSpace(text.charCodeAt(i))) i++;
  if (i >= end) return false;
  const code = text.charCodeAt(i);
  return code === 0xbb || code === 0x201d || code === 0x203a;
}

function shouldJoin(before: string, after: string, lex: Lexicon): boolean {
  const next = after.trimStart();
  if (next === '') return true;
  // A continuation: lower case, or punctuation that cannot start a sentence.
  if (CONTINUATION.test(next)) return true;
  const trimmed = before.trimEnd();
  // "M. Choïgou", "Gen. Smith", "J. R. R. Tolkien": the dot belongs to an abbreviation or initial.
  const lastWord = wordBeforeFinalDot(trimmed);
  if (lastWord) {
    const kind = dotKind(lastWord, lex);
    if (kind === DOT_JOINS) return true;
    // A dotted abbreviation ("p.m.", "U.S.") ends a sentence only when a usual sentence opener follows.
    if (kind === DOT_BEFORE_OPENER) {
      const opener = FIRST_WORD.exec(next)?.[0]?.toLowerCase() ?? '';
      if (!lex.stopwords.has(opener)) return true;
    }
  }
  // An open quotation that the next piece closes: one quoted statement. A straight mark opens and
  // closes alike: an odd count is a quotation still open (counted only when the next piece has one,
  // since the merged text grows with each piece).
  // (The next piece is searched first: most have no closing mark, and then the count is not needed.)
  return (CLOSER.test(next) && openQuotes(trimmed) > 0) || (next.includes('"') && straightQuotes(trimmed) % 2 === 1);
}

// Patterns of shouldJoin as module constants: a literal is a new RegExp object each time it runs.
const CONTINUATION = /^[\p{Ll},;:)\]»”›%]/u;
const OPENING_MARKS = /^[«“"(]+/u;
const ONE_CAPITAL = /^\p{Lu}$/u;
const MARKS = /\p{M}/gu;
const INITIALS = /^(?:\p{Lu}\.)+\p{Lu}$/u;
const FIRST_WORD = /^\S+/u;

// What the word before a segment's final dot says (dotKind): the dot belongs to it, it may, when
// no usual sentence opener follows, or it ends the sentence.
const DOT_JOINS = 1;
const DOT_BEFORE_OPENER = 2;
const DOT_ENDS = 0;

/**
 * What the run before a final dot ("Gen", "«M", "U.S") says about the dot (see DOT_JOINS), kept
 * per lexicon and word: a corpus ends its sentences on the same words again and again, and each
 * answer folded the word (Unicode normalisation) anew.
 */
const dotKind = keptAnswers<Lexicon, number>(workOutDotKind);

function workOutDotKind(lastWord: string, lex: Lexicon): number {
  const word = lastWord.replace(OPENING_MARKS, '');
  if (ONE_CAPITAL.test(word)) return DOT_JOINS;
  const folded = word.toLowerCase().normalize('NFD').replace(MARKS, '');
  if (lex.honorifics.has(folded) || lex.honorifics.has(`${folded}.`)) return DOT_JOINS;
  const dotted = word.includes('.');
  if (lex.tokenizeOptions.abbreviations.has(folded) && !dotted) return DOT_JOINS;
  if (dotted && (lex.tokenizeOptions.abbreviations.has(folded) || INITIALS.test(word))) return DOT_BEFORE_OPENER;
  return DOT_ENDS;
}

/**
 * The run of non-space characters that ends `text` before its final dot ("Gen" in "… Gen."), or
 * '' when the text does not end so: what /(\S+)\.$/u captures, read back from the end instead
 * of tried at every position of a merged sentence that grows with each piece.
 */
export function wordBeforeFinalDot(text: string): string {
  const dot = text.length - 1;
  if (dot < 1 || text.charCodeAt(dot) !== 46) return '';
  let start = dot;
  while (start > 0 && !isSpace(text.charCodeAt(start - 1))) start--;
  return text.slice(start, dot);
}

/** The straight double quotation marks in text, counted in a loop as openQuotes does. */
function straightQuotes(text: string): number {
  let count = 0;
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 0x22) count++;
  return count;
}

/** Opening minus closing quotation marks, counted in a loop: the merged text grows with each piece, and a regex match would build an array of every mark each time. */
function openQuotes(text: string): number {
  let open = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0xab || c === 0x201c || c === 0x2039) open++;
    else if (c === 0xbb || c === 0x201d || c === 0x203a) open--;
  }
  return open;
}
