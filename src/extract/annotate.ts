/**
 * Token annotations: what each token of a sentence is, decided once, in one place. A label is a
 * lexicon class ("role", "aux", "month", a lexicon's own `classes` such as "c:agency"), a
 * gazetteer or known-entity span ("place", "demonym", "known-org"), or anything a later stage
 * adds ("person" once actors are known). Rules then ask "is token k a role?" instead of each
 * re-reading the lexicon its own way, and token patterns (match.ts) are written over labels.
 *
 * Labels sit in a bit set per token (a few 32-bit words), so asking costs one AND; spans keep
 * their extent so that a pattern can consume a whole multi-word place or title at once.
 */
import type { Lexicon, PhraseEntry, PhraseTable } from './lexicon/index.ts';
import { answerByWord, SpelledWordSet, spelledAsOneOf, type Token, wordsAt } from './tokens.ts';

const registry = new Map<string, number>();
const names: string[] = [];

/** The id of a label, registered on first use (at module load: lexicons and patterns compile then). */
export function labelId(name: string): number {
  let id = registry.get(name);
  if (id === undefined) {
    id = names.length;
    registry.set(name, id);
    names.push(name);
  }
  return id;
}

/** Every label registered so far, in id order (for tests and debugging). */
export function labelNames(): readonly string[] {
  return names;
}

/**
 * Zeroed label bits for one Annotations set, cut from a shared block: every sentence makes a set,
 * and a typed array of its own (a few hundred bytes to a few kilobytes) is a buffer allocated
 * outside the heap and tracked by the collector, which cost more than annotating the sentence. A
 * block is never handed out twice: a used-up one is left to the collector once its sets are gone.
 */
const BLOCK_WORDS = 16_384;
let block = new Uint32Array(BLOCK_WORDS);
let blockUsed = 0;

function zeroedBits(length: number): Uint32Array {
  if (length > BLOCK_WORDS / 4) return new Uint32Array(length);
  if (blockUsed + length > BLOCK_WORDS) {
    block = new Uint32Array(BLOCK_WORDS);
    blockUsed = 0;
  }
  const bits = block.subarray(blockUsed, blockUsed + length);
  blockUsed += length;
  return bits;
}

export interface Span {
  label: number;
  start: number;
  end: number;
}

/** The annotations of one token sequence (a sentence, a title, a line). */
export class Annotations {
  /** Words of 32 bits per token, with slack for labels registered after this set's creation. */
  private words: number;
  /**
   * Labels covering each token (`words` per token), then, from `half` on, labels whose span
   * starts at each token, then, from 2 × `half` on, every label on some token (their union, kept
   * as labels are added: pattern sets ask whether a sentence holds a label each time its labels
   * change). One array rather than three, as every sentence makes one set.
   */
  private bits: Uint32Array;
  private half: number;
  /** Spans of more than one token, by start (one-token spans need no record: the bits say it all); made at the first such span. */
  private longSpans: Map<number, Span[]> | null = null;
  /** Changes so far: what was worked out from the labels (see `present`, match.ts) is stale once it grows. */
  changes = 0;
  /** The pattern sets' anchor words these tokens hold (match.ts), by shared id, each token's id (-1 for none), and the count of anchor words registered then. */
  anchorWords: { size: number; ids: number[]; byToken: readonly number[] } | null = null;

  constructor(readonly tokens: readonly Token[]) {
    this.words = Math.max(2, Math.ceil((names.length + 16) / 32));
    this.half = tokens.length * this.words;
    this.bits = zeroedBits(2 * this.half + this.words);
  }

  /** Marks tokens [start, end) with `label`; a span of more than one token is also kept whole. */
  add(label: number | string, start: number, end = start + 1): void {
    const id = typeof label === 'string' ? labelId(label) : label;
    const word = id >>> 5;
    if (word >= this.words) this.grow(word + 1);
    if (start < 0 || end <= start || start >= this.tokens.length) return;
    this.changes++;
    const bit = 1 << (id & 31);
    const first = start * this.words + word;
    this.bits[this.half + first] = ((this.bits[this.half + first] as number) | bit) >>> 0;
    const last = Math.min(end, this.tokens.length) * this.words;
    for (let i = first; i < last; i += this.words) this.bits[i] = ((this.bits[i] as number) | bit) >>> 0;
    this.bits[2 * this.half + word] = ((this.bits[2 * this.half + word] as number) | bit) >>> 0;
    if (end - start > 1) {
      this.longSpans ??= new Map();
      const list = this.longSpans.get(start);
      if (list) list.push({ label: id, start, end });
      else this.longSpans.set(start, [{ label: id, start, end }]);
    }
  }

  /**
   * Makes room for labels registered since this set was made past its slack: a lexicon or a rule
   * set compiled on first use (another language's article, later in the same process) registers
   * its labels then.
   */
  private grow(needed: number): void {
    const words = Math.max(needed, Math.ceil((names.length + 16) / 32));
    const half = this.tokens.length * words;
    const bits = zeroedBits(2 * half + words);
    for (let k = 0; k < this.tokens.length; k++) {
      bits.set(this.bits.subarray(k * this.words, (k + 1) * this.words), k * words);
      bits.set(this.bits.subarray(this.half + k * this.words, this.half + (k + 1) * this.words), half + k * words);
    }
    bits.set(this.bits.subarray(2 * this.half, 2 * this.half + this.words), 2 * half);
    this.words = words;
    this.bits = bits;
    this.half = half;
  }

  /**
   * Marks token k with one-token labels given as [word, bits] pairs, `width` the highest word
   * plus one: a word's lexicon classes at once, as `add` would one by one. False, marking nothing,
   * when a label is past this set's words (the caller then adds them one by one, which makes room
   * for them).
   */
  markToken(k: number, masks: readonly number[], width: number): boolean {
    if (width > this.words) return false;
    const base = k * this.words;
    this.changes++;
    for (let i = 0; i < masks.length; i += 2) {
      const at = base + (masks[i] as number);
      const bits = masks[i + 1] as number;
      this.bits[this.half + at] = (this.bits[this.half + at] as number) | bits;
      this.bits[at] = (this.bits[at] as number) | bits;
      const union = 2 * this.half + (masks[i] as number);
      this.bits[union] = (this.bits[union] as number) | bits;
    }
    return true;
  }

  /** Takes `label` off token k (a one-token label: the union of the labels keeps it, which only makes a search look further). */
  drop(label: number, k: number): void {
    const word = label >>> 5;
    if (k < 0 || k >= this.tokens.length || word >= this.words) return;
    this.changes++;
    const keep = ~(1 << (label & 31));
    const at = k * this.words + word;
    this.bits[at] = ((this.bits[at] as number) & keep) >>> 0;
    this.bits[this.half + at] = ((this.bits[this.half + at] as number) & keep) >>> 0;
  }

  /** True when token k carries `label`. */
  has(k: number, label: number | string): boolean {
    if (k < 0 || k >= this.tokens.length) return false;
    const id = typeof label === 'string' ? (registry.get(label) ?? -1) : label;
    if (id < 0) return false;
    const word = id >>> 5;
    return word < this.words && ((this.bits[k * this.words + word] ?? 0) & (1 << (id & 31))) !== 0;
  }

  /** True when some token carries `label`: one AND. */
  present(label: number | string): boolean {
    const id = typeof label === 'string' ? (registry.get(label) ?? -1) : label;
    if (id < 0) return false;
    const word = id >>> 5;
    if (word >= this.words) return false;
    return ((this.bits[2 * this.half + word] as number) & (1 << (id & 31))) !== 0;
  }

  /** The longest span of `label` starting at token k, or null. */
  spanAt(k: number, label: number | string): Span | null {
    const id = typeof label === 'string' ? (registry.get(label) ?? -1) : label;
    if (id < 0 || k < 0 || k >= this.tokens.length) return null;
    const word = id >>> 5;
    if (word >= this.words || ((this.bits[this.half + k * this.words + word] as number) & (1 << (id & 31))) === 0) return null;
    let best: Span = { label: id, start: k, end: k + 1 };
    for (const span of this.longSpans?.get(k) ?? []) if (span.label === id && span.end > best.end) best = span;
    return best;
  }

  /** The labels of token k by name (for tests and debugging). */
  labelsOf(k: number): string[] {
    return names.filter((_, id) => this.has(k, id));
  }
}

/** What the annotator reads in a lexicon: single-word classes and phrase classes, by label. */
export interface AnnotationSources {
  words: ReadonlyArray<readonly [string, ReadonlySet<string> | ReadonlyMap<string, unknown>]>;
  phrases: ReadonlyArray<readonly [string, PhraseTable<unknown>]>;
}

interface WordEntry {
  /**
   * Label ids a word token of this word gets alone: its single-word classes and the phrase
   * classes of which the word alone is a phrase. A longer phrase of one of those classes found at
   * the token marks the token with the same label anyway (the first token of a span carries its
   * label and its start), so the one-word phrase needs no check against the longer ones.
   */
  labels: number[];
  /** The same labels as [word, bits] pairs for Annotations.markToken. */
  masks: number[];
  /** The highest 32-bit word of `masks` plus one (0 for none): markToken needs a set that wide. */
  width: number;
  /** The labels a punctuation token of this spelling gets alone: one-word phrases of the lexicon's own classes (the built-in classes are about words), as ids, masks and width. */
  ownLabels: number[];
  ownMasks: number[];
  ownWidth: number;
  /**
   * The phrases of two words or more that start with this word, by their second word: for each
   * phrase class with such phrases, its label, whether it is one of the lexicon's own classes
   * (which punctuation may start) and those phrases, longest first. A function word starts a
   * couple of dozen phrases across the classes: the next token's word picks the few that can
   * match, in one lookup for all classes. Null when there are none.
   */
  longer: Map<string, PhraseChoice[]> | null;
}

interface PhraseChoice {
  label: number;
  own: boolean;
  phrases: ReadonlyArray<PhraseEntry<unknown>>;
}

interface Annotator {
  /**
   * Each word's classes, kept on the word (tokens.ts WordMemo, in the word's own field) as words
   * are met: a corpus has a few thousand distinct words, so after the first articles annotation
   * reads one field per token. A word that no class holds and no phrase starts with (a third of
   * all tokens) has the one entry NOTHING, told by reference.
   */
  entryOf: (t: Token) => WordEntry;
}

// Per lexicon (whose classes never change once built, as the kept entries assume).
const annotators = new WeakMap<Lexicon, Annotator>();

function annotatorOf(lex: Lexicon): Annotator {
  let annotator = annotators.get(lex);
  if (!annotator) {
    annotator = { entryOf: answerByWord(lex.tokenizeOptions.vocabulary, (f) => wordEntry(lex, f), true) };
    annotators.set(lex, annotator);
  }
  return annotator;
}

/** The entry of every word that gets no label and starts no phrase. */
const NOTHING: WordEntry = { labels: [], masks: [], width: 0, ownLabels: [], ownMasks: [], ownWidth: 0, longer: null };

function wordEntry(lex: Lexicon, f: string): WordEntry {
  const labels: number[] = [];
  const ownLabels: number[] = [];
  let longer: Map<string, PhraseChoice[]> | null = null;
  for (const [label, set] of lex.annotation.words) if (set.has(f)) labels.push(labelId(label));
  // The phrases themselves, not the table: matching them then needs no lookup of the word per table.
  for (const [label, table] of lex.annotation.phrases) {
    const group = table.startingWith(f);
    if (!group) continue;
    const id = labelId(label);
    const own = label.startsWith('c:');
    for (const [second, phrases] of group.longerBySecond()) {
      longer ??= new Map();
      const choice = { label: id, own, phrases };
      const choices = longer.get(second);
      if (choices) choices.push(choice);
      else longer.set(second, [choice]);
    }
    if (group.oneWord()) {
      if (!labels.includes(id)) labels.push(id);
      if (own && !ownLabels.includes(id)) ownLabels.push(id);
    }
  }
  if (labels.length === 0 && longer === null) return NOTHING;
  const masks = labelMasks(labels);
  const ownMasks = labelMasks(ownLabels);
  return { labels, masks, width: maskWidth(masks), ownLabels, ownMasks, ownWidth: maskWidth(ownMasks), longer };
}

/** Label ids as [word, bits] pairs, one pair per 32-bit word used. */
function labelMasks(labels: readonly number[]): number[] {
  const bitsByWord = new Map<number, number>();
  for (const id of labels) bitsByWord.set(id >>> 5, (bitsByWord.get(id >>> 5) ?? 0) | (1 << (id & 31)));
  return [...bitsByWord].flat();
}

/** The highest 32-bit word of [word, bits] pairs plus one (0 for none). */
function maskWidth(masks: readonly number[]): number {
  let width = 0;
  for (let i = 0; i < masks.length; i += 2) width = Math.max(width, (masks[i] as number) + 1);
  return width;
}

let numberLabel: number | undefined;
let finiteLabel: number | undefined;

/** Annotates tokens with the lexicon's word and phrase classes. */
export function annotate(tokens: readonly Token[], lex: Lexicon): Annotations {
  const ann = new Annotations(tokens);
  // Looked up once per sentence, not once per token.
  const { entryOf } = annotatorOf(lex);
  // Where accents tell words apart, the finite forms as spelled (lexicon.ts makes them a SpelledWordSet).
  const spellings = lex.finite instanceof SpelledWordSet ? lex.finite.spellings : null;
  finiteLabel ??= labelId('finite');
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k] as Token;
    if (t.kind === 'number') {
      // Registered where it is first met, as before, so that label ids keep their order.
      numberLabel ??= labelId('number');
      ann.add(numberLabel, k);
      continue;
    }
    const entry = entryOf(t);
    if (entry === NOTHING) continue;
    // Punctuation starts only phrases of the lexicon's own classes ("(left)", ", right ,"); the
    // built-in classes are about words.
    const word = t.kind === 'word';
    // All of the token's one-word labels in one go (most words have several: "de" is stop, determiner, connector…).
    if (word) {
      if (entry.width > 0 && !ann.markToken(k, entry.masks, entry.width)) for (const id of entry.labels) ann.add(id, k);
      // « público » folds to « publico », a form of « publicar »: where accents tell words apart,
      // a word spelled as no form is no verb.
      if (spellings !== null && ann.has(k, finiteLabel as number) && !spelledAsOneOf(t, spellings)) ann.drop(finiteLabel as number, k);
    } else if (entry.ownWidth > 0 && !ann.markToken(k, entry.ownMasks, entry.ownWidth)) for (const id of entry.ownLabels) ann.add(id, k);
    // Each class's longest phrase of two words or more here.
    const next = tokens[k + 1];
    const choices = next === undefined || entry.longer === null ? undefined : entry.longer.get(next.f);
    if (choices === undefined) continue;
    for (const choice of choices) {
      if (!word && !choice.own) continue;
      for (const phrase of choice.phrases) {
        // (Its first two words are this token's and the next one's: the entry and `longer` say so.)
        if (!wordsAt(phrase.words, tokens, k, 2)) continue;
        ann.add(choice.label, k, k + phrase.words.length);
        break;
      }
    }
  }
  return ann;
}
