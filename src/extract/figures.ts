/**
 * Reported numbers with what they count. A number (digits or words, with "million"/"milliard"/
 * "bn" multipliers) becomes a figure unless it is a date, a year, a time, an ordinal, an age, an
 * identifier ("article 5", "COVID-19") or a determiner ("les deux pays", "un accord"). Its kind
 * comes from the unit after it (%, currency, duration, measure, else a count of the noun), its
 * qualifier from the words before it ("plus de", "jusqu’à", "about").
 *
 * Decisions: ages ("45 ans" after a name, "aged 45", "45-year-old") are not figures: they
 * describe a person, not a reported quantity. Vague plurals ("des milliers", "thousands of")
 * are not figures either; "une dizaine", "a dozen" are (approximate). "N fois"/"N times" are
 * ratios, not figures.
 */
import type { Figure, FigureKind, FigureQualifier } from '../record/types.ts';
import type { Annotations } from './annotate.ts';
import { adverbOrGerundAt, type PlacedFigure, pluralWord, sentenceCounts } from './counts.ts';
import { currencyAt, resolveCurrency, SYMBOL_PREFIXES, SYMBOLS, symbolEndingAt } from './currency.ts';
import type { Doc } from './doc.ts';
import { figureConfidence } from './figure-confidence.ts';
import { byWord, type Lexicon, type NumberFormat, type PhraseTable } from './lexicon/index.ts';
import { itemAt } from './lists.ts';
import { dashPairs, isCode, isRanking, type PairKind } from './not-figures.ts';
import { digitsOnly, parseDigits, parseNumberWords, readSpokenDecimals, readSpokenWord, writtenAsYear } from './numbers.ts';
import { oneOf } from './text.ts';
import { type Token, tokenAt, tokenize, withForm } from './tokens.ts';
import { ADJ, FUNCTION, NOUN, VERB, wordClassesOf, writtenAsVerb } from './word-classes.ts';

// Per token of the sentence read: whether a figure may start there (extractFigures), reused from
// sentence to sentence (extraction is synchronous).
let startsAt = new Uint8Array(256);

// The pairs of a sentence with fewer than two numbers in digits: none (dashPairs).
const NO_PAIRS: ReadonlyMap<number, PairKind> = new Map();

// Single-letter multipliers ("$205m", "3k") only count glued to the number or after a currency.
const SHORT_MULTIPLIERS = new Set(['m', 'k', 'b', 'bn', 'mn', 'tn']);

// Tests of a token's text, made once: a regular expression written inside a rule is a new object
// each time the rule runs (for each number read), and a mark of one character is told by a string
// search at less cost.
const DECIMAL = /^\d+(?:[.,]\d+)?$/;
const DIGIT_FIRST = /^\d/;
const HOUR_MARK = /^h\d*$/;
const ORDINAL_SUFFIX = /^(?:er|re|ere|e|eme|nd|st|rd|th|ieme)$/;
const PLURAL_END = /[sx]$/u;
const COMPOUND = /^(.+?)-([\p{L}]+)$/u;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const DASH = oneOf('-–');
const MINUS = oneOf('-−');
const YEAR_JOIN = oneOf('-/');
const NUMBER_JOIN = oneOf('-–:,/');
const CLAUSE_EDGE = oneOf(',;:.!?()');
const ASIDE_CLOSE = oneOf(',)');

/** A figure as the number rules find it; `counts` and `confidence` are added once it is kept. */
type FigureDraft = Omit<Figure, 'sentence' | 'counts' | 'confidence'>;

interface NumberAt {
  value: number;
  /** First token of the number (a currency symbol before it included). */
  start: number;
  /** Token after the number and its multiplier. */
  end: number;
  words: boolean;
  approximate: boolean;
  currency: string | null;
  /** The number as written (digits), for the year test. */
  raw: string;
  /** An ordinal: "189th", "troisième". */
  rank: boolean;
  /** Unit glued by a hyphen: "five-day" → day. */
  glued: string | null;
  /** A scale word multiplied it: "1,62 milliard", "3 million". */
  scaled?: boolean;
}

export interface FigureOptions {
  /** The story's countries (ISO alpha-2), which say what a generic currency word means. Default: none. */
  countries?: readonly string[];
  /** Kinds of blocks whose sentences are not read (their figures are not the story's: a photo caption's). Default: none. */
  skipBlocks?: ReadonlySet<string>;
}

export function extractFigures(doc: Doc, options: FigureOptions = {}): Figure[] {
  const countries = options.countries ?? [];
  const format = articleNumberFormat(doc, countries);
  const figures: Figure[] = [];
  const starts = figureStartsOf(doc.lex);
  const skipBlocks = options.skipBlocks;
  for (const sentence of doc.sentences) {
    // Sentences are read one by one, each alone: one left out changes no other's figures.
    if (skipBlocks?.has(doc.blockKinds[sentence.block] as string)) continue;
    const tokens = sentence.tokens;
    // Neither compoundDuration nor readNumber reads a number from punctuation or from a word that
    // is none: only a token in digits or a word that may read as a number (mayStartFigure) can start
    // a figure. Those are marked once; a sentence with none is skipped whole, the other tokens cost
    // one test below, and a pair of numbers ("3-1", dashPairs) needs two tokens in digits.
    if (startsAt.length < tokens.length) startsAt = new Uint8Array(Math.max(tokens.length, 2 * startsAt.length));
    let digits = 0;
    let candidates = 0;
    for (let k = 0; k < tokens.length; k++) {
      const t = tokens[k] as Token;
      const may = t.kind === 'number' || (t.kind === 'word' && mayStartFigure(t.f, starts, doc.lex));
      startsAt[k] = may ? 1 : 0;
      if (t.kind === 'number') digits++;
      else if (may) candidates++;
    }
    if (digits + candidates === 0) continue;
    const found: Placed[] = [];
    const pairs = digits >= 2 ? dashPairs(tokens, doc.lex) : NO_PAIRS;
    for (let i = 0; i < tokens.length; i++) {
      if (pairs.size > 0 && pairs.get(i) === 'score') {
        i += 2;
        continue;
      }
      if (startsAt[i] === 0) continue;
      if (tokens[i]?.kind === 'number' && isCode(tokens, i, doc.lex)) continue;
      const time = compoundDuration(tokens, i, doc.lex, sentence.text, sentence.start);
      if (time) {
        found.push({ figure: time.figure, start: i, end: time.end, numberEnd: time.end, words: false, parts: true });
        i = time.end - 1;
        continue;
      }
      const number = readNumber(tokens, i, doc.lex, format);
      if (!number) continue;
      const share = proportion(tokens, number, doc.lex, doc.lang, sentence.text, sentence.start);
      if (share) {
        place(found, tokens, share.figure, number.start, share.end, number.words).noun = share.noun;
        i = Math.max(i, share.end - 1);
        continue;
      }
      const figure = classify(tokens, number, doc.lex, sentence.text, sentence.start, doc.annotations[sentence.index]);
      // "Boeing 737", "Windows 11", "Apollo 11": digits right after a name inside the sentence
      // name a thing; a score ("Samoa 31-17") or a place ("Gaza 40") does not.
      if (figure && figure.kind === 'count' && !number.words && identifierAfterName(tokens, number, doc, sentence.index)) {
        i = Math.max(i, number.end - 1);
        continue;
      }
      const last = itemAt(found, found.length - 1)?.figure;
      // "1,2 milliard d’euros contre 1,62 milliard": a scaled amount with no unit of its own
      // reuses the currency named just before in the sentence.
      if (figure && figure.kind === 'count' && figure.unit === null && number.scaled && last?.kind === 'money') Object.assign(figure, { kind: 'money', unit: last.unit });
      // "cinq ans de prison, dont deux avec sursis": a bare number after "dont"/"including"
      // is a part of the duration just before it, in its unit ("including nine who…" is not).
      if (figure && figure.kind === 'count' && figure.unit === null && number.start > 0 && doc.lex.subsetWords.endingAt(tokens, number.start - 1) && last?.kind === 'duration' && !doc.lex.relatives.hasToken(tokens[number.end])) {
        Object.assign(figure, { kind: 'duration', unit: last.unit });
      }
      if (figure) place(found, tokens, figure, figure.text.startsWith(tokens[number.start]?.text ?? '') ? number.start : Math.max(0, number.start - 1), number.end, number.words);
      i = Math.max(i, number.end - 1);
    }
    if (found.length === 0) continue;
    shareRangeUnits(found, tokens, doc.lex);
    shareEarlierLevelUnits(found, tokens, doc.lex);
    const placed: PlacedFigure[] = [];
    for (const p of found) placed.push({ kind: p.figure.kind, start: p.start, end: p.end, numberEnd: p.numberEnd, unitText: unitAsWritten(tokens, p, doc.lex), noun: p.noun });
    const counts = sentenceCounts(tokens, doc.annotations[sentence.index], doc.lex, sentence.text, sentence.start, placed);
    const bases = rateBases(found, tokens, doc.lex);
    for (let k = 0; k < found.length; k++) {
      const p = found[k] as Placed;
      const base = bases.has(k + 1) ? (found[k + 1] as Placed) : null;
      if (base) perBase(p, base, tokens, sentence.text, sentence.start);
      if (p.figure.kind === 'money') p.figure.unit = resolveCurrency(p.figure.unit, tokens, p.start, p.end, doc.lex, countries);
      const c = counts[k] ?? { counts: null, evidence: null };
      // « le taux a été gardé à zéro »: a bare number that measures a rate is a percentage.
      // "24.3 per 100,000 people" is a rate of its own, no percentage.
      if (p.figure.kind === 'count' && p.figure.unit === null && c.counts && measuresRate(c.counts, doc.lex) && !doc.lex.wordList('per-base').at(tokens, p.end)) Object.assign(p.figure, { kind: 'percent', unit: '%' });
      const confidence = figureConfidence({ figure: p.figure, words: p.words, counts: c.evidence, start: p.start, end: p.end }, tokens, doc.lex);
      const { text, value, unit, kind, qualifier } = p.figure;
      figures.push({ text, value, unit, kind, qualifier, sentence: sentence.index, counts: c.counts, confidence });
    }
  }
  return figures;
}

/**
 * "14 cases per 100,000 people", « 320 cas pour 100 000 habitants », « 85 por cada 100.000 »: the
 * round number after a `per-base` phrase is the base of the count before it, which the rate's
 * unit must name ("14 cases" alone misleads). The base stays a figure of its own, as the
 * evaluation's readers count it. The indexes of such bases: a count of a power of ten (100 or more) right after the
 * phrase, which follows a count with nothing between ("12 millions d’euros pour 5 000 logements"
 * is two figures: its second is no power of ten, nor its first a count).
 */
function rateBases(found: readonly Placed[], tokens: readonly Token[], lex: Lexicon): Set<number> {
  const bases = new Set<number>();
  for (let k = 1; k < found.length; k++) {
    const base = found[k] as Placed;
    const rate = found[k - 1] as Placed;
    if (base.figure.kind !== 'count' || rate.figure.kind !== 'count' || base.start === 0) continue;
    const per = lex.wordList('per-base').endingAt(tokens, base.start - 1);
    if (!per || rate.end !== base.start - per.length || !roundBase(base.figure.value)) continue;
    bases.add(k);
  }
  return bases;
}

/** 100, 1,000, 10,000… a million: the bases rates are given per. */
function roundBase(value: number): boolean {
  return value >= 100 && value <= 1e6 && Number.isInteger(Math.log10(value));
}

/** The rate `p` takes in its base: its text and unit run to the base's end ("per 100,000 people", « cas pour 100 000 habitants »). */
function perBase(p: Placed, base: Placed, tokens: readonly Token[], text: string, offset: number): void {
  const from = (tokens[p.start] as Token).start - offset;
  const to = (tokenAt(tokens, base.end - 1) as Token).end - offset;
  p.figure.text = text.slice(from, to);
  p.figure.unit = text.slice((tokens[p.numberEnd] as Token).start - offset, to);
}

// The parts of a time written in several units, largest first, with their length in seconds.
const TIME_PARTS = [
  ['hours-part', 3600],
  ['minutes-part', 60],
  ['seconds-part', 1],
] as const;

/** TIME_PARTS with each part's word list, and the first words of all their phrases (a word no part starts with opens none). */
interface TimeParts {
  tables: ReadonlyArray<readonly [PhraseTable, number]>;
  firstWords: ReadonlySet<string>;
}

// Per lexicon: a time's parts are tried after every number followed by a word.
const timeParts = new WeakMap<Lexicon, TimeParts>();
function timePartsOf(lex: Lexicon): TimeParts {
  let parts = timeParts.get(lex);
  if (!parts) {
    const tables = TIME_PARTS.map(([name, seconds]) => [lex.wordList(name), seconds] as const);
    parts = { tables, firstWords: new Set(tables.flatMap(([table]) => [...table.firstWords()])) };
    timeParts.set(lex, parts);
  }
  return parts;
}

/**
 * "2 h 11 min 20 s", « 1 min 12 s », "2 hours 1 minute 38 seconds": a race's or a record's time,
 * written in two or three parts of falling size (word lists `hours-part`, `minutes-part`,
 * `seconds-part`). One duration in seconds; read part by part, "11" after "2 h" would be a clock's
 * minutes and "20 s" a count of "s".
 */
function compoundDuration(tokens: readonly Token[], i: number, lex: Lexicon, text: string, offset: number): { figure: FigureDraft; end: number } | null {
  let k = i;
  let total = 0;
  let parts = 0;
  let size = Number.POSITIVE_INFINITY;
  let end = i;
  // Most numbers have no word after them that names a part: cheap tests before the word lists
  // (a time's first part is named right after its number, by a word some part's phrase starts with).
  const next = tokens[i + 1];
  if (next?.kind !== 'word') return null;
  const timeParts = timePartsOf(lex);
  if (!timeParts.firstWords.has(next.f)) return null;
  for (let value = partValue(tokens[k], lex); value !== undefined; value = partValue(tokens[k], lex)) {
    let partSize = 0;
    let length = 0;
    for (const [table, seconds] of timeParts.tables) {
      const hit = table.at(tokens, k + 1);
      if (hit) {
        partSize = seconds;
        length = hit.length;
        break;
      }
    }
    // Each part smaller than the one before; minutes and seconds after a larger part stay under 60.
    if (partSize === 0 || partSize >= size || (parts > 0 && value >= 60)) break;
    total += value * partSize;
    size = partSize;
    parts++;
    k += 1 + length;
    end = k;
    // "2 hours and 5 minutes", "1 h, 12 min": a conjunction or a comma may join two parts.
    const joiner = tokens[k];
    if (joiner && (joiner.text === ',' || lex.clauseBreaks.hasToken(joiner)) && partValue(tokens[k + 1], lex) !== undefined) k++;
  }
  if (parts < 2) return null;
  const first = tokens[i] as Token;
  const last = tokenAt(tokens, end - 1) as Token;
  return { figure: { text: text.slice(first.start - offset, last.end - offset), value: total, unit: 'seconds', kind: 'duration', qualifier: findQualifier(tokens, i, lex) ?? 'exact' }, end };
}

/** A part of a time: up to three digits, or a number word (« una hora y 35 minutos », "two hours and 5 minutes"). */
function partValue(t: Token | undefined, lex: Lexicon): number | undefined {
  return t?.kind === 'number' && digitsOnly(t.text, 1, 3) ? Number(t.text) : t?.kind === 'word' ? lex.numbers.get(t.f) : undefined;
}

/**
 * "between seven and 10 years", « de 20 à 80 millions d’euros », "a 12- to 15-year sentence": a
 * bare first bound takes the range's unit, kind and scale from the second.
 */
function shareRangeUnits(found: Placed[], tokens: readonly Token[], lex: Lexicon): void {
  const ranges = lex.wordList('range-word');
  for (let i = 0; i + 1 < found.length; i++) {
    const first = found[i] as Placed;
    const second = found[i + 1] as Placed;
    if (first.figure.kind !== 'count' || first.figure.unit !== null || second.figure.kind === 'count' || second.figure.kind === 'rank') continue;
    if (second.start <= first.end || second.start - first.end > 2) continue;
    let joined = true;
    for (let k = first.end; k < second.start; k++) if (!(ranges?.at(tokens, k) || DASH.test((tokens[k] as Token).text))) joined = false;
    if (!joined) continue;
    let scale = 1;
    for (let k = second.start; k < second.end; k++) scale = lex.multipliers.get((tokens[k] as Token).f) ?? scale;
    let firstScaled = false;
    for (let k = first.start; k < first.end; k++) if (lex.multipliers.has((tokens[k] as Token).f)) firstScaled = true;
    // « entre 180.000 y 1,2 millones de pesos »: a first bound already above the second once scaled is written whole.
    const scaled = round(first.figure.value * scale);
    first.figure = { ...first.figure, kind: second.figure.kind, unit: second.figure.unit, value: firstScaled || scaled > second.figure.value ? first.figure.value : scaled };
  }
}

/**
 * "cut the journey to 4 hours from 9.", « ramené le trajet à 3 heures contre 5 », "rose to 12
 * dollars from 9": a bare number right after a measure and a word that names the earlier level
 * (word list `earlier-level`), closing its clause, is the same measure before the change. A
 * scaled measure lends nothing to an unscaled number ("to $1.2 billion from 900" is unclear).
 */
function shareEarlierLevelUnits(found: Placed[], tokens: readonly Token[], lex: Lexicon): void {
  for (let i = 0; i + 1 < found.length; i++) {
    const level = found[i] as Placed;
    const earlier = found[i + 1] as Placed;
    if (earlier.figure.kind !== 'count' || earlier.figure.unit !== null || earlier.words) continue;
    if (level.figure.kind !== 'duration' && level.figure.kind !== 'money' && level.figure.kind !== 'quantity') continue;
    const word = lex.wordList('earlier-level').at(tokens, level.end);
    if (!word || earlier.start !== level.end + word.length) continue;
    const next = tokens[earlier.end];
    if (next && next.kind !== 'punct' && !periodAt(tokens, earlier.end, lex)) continue;
    const scaled = (p: Placed): boolean => tokens.slice(p.start, p.end).some((t) => lex.multipliers.has(t.f));
    if (scaled(level) && !scaled(earlier)) continue;
    earlier.figure = { ...earlier.figure, kind: level.figure.kind, unit: level.figure.unit };
  }
}

/** A figure with the tokens it covers in its sentence. */
interface Placed {
  figure: FigureDraft;
  start: number;
  end: number;
  numberEnd: number;
  /** Written in words. */
  words: boolean;
  /** A time written in several parts ("2 h 11 min 20 s"). */
  parts?: boolean;
  /** A proportion's noun written inside it (« un TGV sur deux », "one worker in five"); null for a proportion whose noun follows it ("one in five workers"). */
  noun?: [number, number] | null;
}

/** Records a figure found at token `start` with the tokens it covers; the record, for what only some figures carry. */
function place(found: Placed[], tokens: readonly Token[], figure: FigureDraft, start: number, numberEnd: number, words: boolean): Placed {
  const end = endToken(tokens, start, figure.text.length);
  const placed: Placed = { figure, start, end, numberEnd: Math.min(numberEnd, end), words };
  found.push(placed);
  return placed;
}

/** The token after a figure that starts at token `start` and is `length` characters long. */
function endToken(tokens: readonly Token[], start: number, length: number): number {
  const stop = (tokens[start] as Token).start + length;
  let k = start;
  while (k < tokens.length && (tokens[k] as Token).end <= stop) k++;
  return Math.max(k, start + 1);
}

/** The unit as written, the figure's last word ("heures", "hectares", "won"); none when it ends on its number or a scale. */
function unitAsWritten(tokens: readonly Token[], p: Placed, lex: Lexicon): string | null {
  if (p.end <= p.numberEnd && p.figure.kind !== 'duration') return null;
  // A time in several parts ("2 h 11 min 20 s") has no one unit: its last part ("s") is none.
  if (p.parts) return null;
  // "6.8 tonnes per hectare" is a yield: its unit whole, else "hectare" would make it a measure of land.
  if (p.figure.kind === 'quantity' && lex.wordList('measure-per').endingAt(tokens, p.end - 1)) return p.figure.unit;
  const t = tokenAt(tokens, p.end - 1) as Token;
  // The first bound of a range of durations ("between seven and 10 years") has no unit of its own.
  if (t.kind !== 'word' || lex.multipliers.has(t.f) || (p.end <= p.numberEnd && lex.numbers.has(t.f))) return null;
  return t.text.includes('-') ? (t.text.split('-').pop() ?? null) : t.text;
}

/**
 * "un enfant sur deux", "one in three", "3 in 10 Kenyans": a proportion, as a percentage.
 * At most two words between the numerator and "sur"/"in"; the denominator is larger and is
 * no duration, unit or year ("one died in 2020", "2 in 3 days").
 */
function proportion(tokens: readonly Token[], n: NumberAt, lex: Lexicon, _lang: string, text: string, offset: number): { figure: FigureDraft; end: number; noun: [number, number] | null } | null {
  if (n.rank || n.currency || n.glued || n.approximate || n.value <= 0 || (tokens[n.end] as Token | undefined)?.start === (tokenAt(tokens, n.end - 1) as Token).end) return null;
  // The proportion's word ("sur", "in") stands at most two words after the number: where no word
  // there starts one of its phrases there is none, and the word tests below need not run.
  const words = lex.proportionWords;
  if (!words.startsWith(tokens[n.end]?.f ?? '') && !words.startsWith(tokens[n.end + 1]?.f ?? '') && !words.startsWith(tokens[n.end + 2]?.f ?? '')) return null;
  let k = n.end;
  for (let steps = 0; steps < 2; steps++) {
    const t = tokens[k];
    if (t?.kind !== 'word' || lex.proportionWords.at(tokens, k) || lex.stopwords.hasToken(t) || lex.finite.hasToken(t) || lex.durations.has(t.f) || lex.percent.at(tokens, k)) break;
    k++;
  }
  const word = lex.proportionWords.at(tokens, k);
  if (!word) return null;
  const own = k > n.end;
  const d = k + word.length;
  const dt = tokens[d];
  if (!dt || (dt.kind !== 'number' && !(dt.kind === 'word' && lex.numbers.has(dt.f.split('-')[0] ?? '')))) return null;
  const den = dt.kind === 'number' ? { value: parseDigits(dt.text, lex.numberFormat), end: d + 1 } : parseNumberWords(tokens, d, lex);
  if (!den || den.value === null || den.value <= n.value || den.value > 1000) return null;
  const after = tokens[den.end];
  // "19 goals in 31 games", "12 wins in 20 league matches": each number has its own noun, two
  // counts, no proportion. ("one nurse in four works nights": one of a noun is always a share.)
  if (own && n.value !== 1 && ownNounAfter(tokens, den.end, lex)) return null;
  // « 51 sièges sur 65 », "152 seats out of 300": a part of a whole that is no base of ten and more
  // than ten is a count of that whole (« trois salariés sur dix », "one nurse in 20" are shares).
  if (own && n.value !== 1 && den.value > 10 && !POWERS_OF_TEN.has(den.value)) return null;
  if (
    after &&
    (lex.durations.has(after.f) ||
      lex.percent.at(tokens, den.end) ||
      lex.measures.at(tokens, den.end) ||
      currencyAt(tokens, den.end, lex) ||
      lex.multipliers.has(after.f) ||
      lex.months.hasToken(after) ||
      lex.timeWords.hasToken(after) ||
      after.text === '-' ||
      after.text === ':')
  )
    return null;
  const first = tokens[n.start] as Token;
  const last = tokenAt(tokens, den.end - 1) as Token;
  return {
    figure: { text: text.slice(first.start - offset, last.end - offset), value: Math.round((n.value / den.value) * 10000) / 100, unit: '%', kind: 'percent', qualifier: findQualifier(tokens, n.start, lex) ?? 'exact' },
    end: den.end,
    noun: own ? [n.end, k] : null,
  };
}

const POWERS_OF_TEN = new Set([10, 100, 1000]);

/**
 * A plural noun of its own right after a proportion's denominator, or after one word that modifies
 * it ("31 games", "31 league matches"): a plural word in lower case that can be a noun and is no
 * function word or verb of the lexicon ("three in ten earn less" has none).
 */
function ownNounAfter(tokens: readonly Token[], k: number, lex: Lexicon): boolean {
  for (let j = k; j < k + 2; j++) {
    const t = tokens[j];
    if (t?.kind !== 'word' || t.cap || lex.stopwords.hasToken(t) || lex.connectors.hasToken(t) || lex.finite.hasToken(t) || lex.auxiliaries.hasToken(t)) return false;
    const classes = wordClassesOf(lex.lang, t.f);
    if (PLURAL_END.test(t.f) && (classes === 0 || (classes & NOUN) !== 0)) return true;
    // Only a word that can modify a noun stands before it.
    if ((classes & (NOUN | ADJ)) === 0) return false;
  }
  return false;
}

/** Digits right after a capitalised name word that is not the sentence's first word, a place, a month or a day. */
function identifierAfterName(tokens: readonly Token[], n: NumberAt, doc: Doc, s: number): boolean {
  const k = n.start - 1;
  const before = tokens[k];
  const lex = doc.lex;
  if (!before || k === 0 || before.kind !== 'word' || !before.cap || before.end !== (tokens[n.start] as Token).start - 1) return false;
  if (lex.months.hasToken(before) || lex.days.hasToken(before) || lex.stopwords.hasToken(before) || lex.unitsBefore.hasToken(before) || currencyAt(tokens, k, lex) || SYMBOL_PREFIXES[before.f]) return false;
  if (doc.places[s]?.some((p) => p.start <= k && k < p.end)) return false;
  const after = tokens[n.end];
  return !(after && NUMBER_JOIN.test(after.text) && tokens[n.end + 1]?.kind === 'number');
}

/**
 * True when the currency symbol before token i, which starts at token `start` (symbolEndingAt),
 * is the number's: written onto it ("$40", "US$40"), or one space before it ("US$ 1.200
 * millones", "$ 500"), unless a number stands before the symbol, which then closes that number
 * ("5 € 10 fois": the euros are the 5's).
 */
function symbolBefore(tokens: readonly Token[], i: number, start: number): boolean {
  const gap = (tokens[i] as Token).start - (tokenAt(tokens, i - 1) as Token).end;
  if (gap === 0) return true;
  return gap === 1 && tokenAt(tokens, start - 1)?.kind !== 'number';
}

function readNumber(tokens: readonly Token[], i: number, lex: Lexicon, format: NumberFormat = lex.numberFormat): NumberAt | null {
  const token = tokens[i] as Token;
  if (token.kind === 'punct' || (token.kind === 'word' && !mayBeNumberWord(lex, token))) return null;
  let start = i;
  let currency: string | null = null;
  const previous = tokenAt(tokens, i - 1);
  const symbol = previous ? symbolEndingAt(tokens, i - 1) : null;
  if (symbol && symbolBefore(tokens, i, symbol.start)) {
    currency = symbol.code;
    start = symbol.start;
  }
  let value: number | null = null;
  let end = i + 1;
  let words = false;
  let approximate = false;
  if (token.kind === 'number') {
    // "G7", "COVID-19" are single word tokens; a number glued after a letter is an identifier,
    // unless the letters are a currency's symbol ("KSh90,000", which the tokenizer split).
    if (previous && previous.kind === 'word' && previous.end === token.start && currency === null) return null;
    value = parseDigits(token.text, format);
  } else if (token.kind === 'word') {
    const approx = lex.approxNumbers.get(token.f);
    const ordinal = lex.ordinals.get(token.f);
    // (A word with no hyphen after its first letter is no compound: no match to try.)
    const compound = token.f.indexOf('-', 1) < 0 ? null : COMPOUND.exec(token.f);
    const times = lex.timesWords.get(token.f);
    const multiplied = lex.multiplyVerbs.get(token.f);
    // "ont presque triplé", "nearly tripled": a ratio; "un doublé" (two goals) is no verb.
    if (
      multiplied !== undefined &&
      !(previous && (lex.determiners.hasToken(previous) || lex.articleNumbers.hasToken(previous) || lex.definite.hasToken(previous))) &&
      !lex.wordList('multiply-not-before').startsWith(tokens[i + 1]?.f ?? '')
    ) {
      return { value: multiplied, start: i, end, words: true, approximate, currency, raw: token.text, rank: false, glued: 'multiplied' };
    }
    if (times !== undefined) {
      // "scored twice": a number of times.
      return { value: times, start: i, end, words: true, approximate, currency, raw: token.text, rank: false, glued: 'times' };
    }
    const bounding = lex.durations.has(token.f) ? lex.qualifiers.endingAt(tokens, i - 2) : null;
    // "11% more than a year earlier": a comparison that follows a figure is that figure's.
    const compares = !!bounding && (tokens[i - 2 - bounding.length]?.kind === 'number' || !!lex.percent.endingAt(tokens, i - 2 - bounding.length));
    if (bounding && !compares && !lex.decades.has(token.f) && previous && lex.articleNumbers.hasToken(previous) && !lex.numbers.has(previous.f) && bound(bounding.value)) {
      // "less than a day", "more than a year": one unit, bounded ("almost a year after" only dates something).
      return { value: 1, start: i - 1, end, words: true, approximate, currency, raw: token.text, rank: false, glued: token.f };
    }
    if (approx !== undefined && previous && lex.articleNumbers.hasToken(previous)) {
      // "une dizaine de", "a dozen": the article is part of the figure.
      value = approx;
      start = i - 1;
      approximate = true;
    } else if (lex.decades.has(token.f) && previous && lex.articleNumbers.hasToken(previous)) {
      // "over a decade" → 10 years
      const [n, unit] = lex.decades.get(token.f) ?? [0, ''];
      return { value: n, start: i - 1, end, words: true, approximate, currency, raw: token.text, rank: false, glued: unit };
    } else if (lex.wordList('fraction-not-share').startsWith(token.f) && !lex.multipliers.has(tokens[i + 1]?.f ?? '')) {
      // « la media » (the average), « y medio », « en medio de »: a half that is no share of anything.
      return null;
    } else if (lex.fractions.has(token.f) && lex.multipliers.has(tokens[i + 1]?.f ?? '') && previous?.kind !== 'number' && !lex.articleNumbers.has(previous?.f ?? '')) {
      // « medio millón »: a fraction of a scale, with no article before it.
      value = (lex.fractions.get(token.f) ?? 1) * (lex.multipliers.get(tokens[i + 1]?.f ?? '') ?? 1);
      return { value, start, end: i + 2, words: true, approximate, currency, raw: token.text, rank: false, glued: null };
    } else if (
      lex.fractions.has(token.f) &&
      previous &&
      (lex.articleNumbers.hasToken(previous) || (previous.f === 'la' && ordinal === undefined)) &&
      !lex.multipliers.has(tokens[i + 1]?.f ?? '') &&
      !lex.articleNumbers.hasToken(tokens[i + 1]) &&
      !(ordinal !== undefined && isContentWord(tokens[i + 1], lex) && !periodAt(tokens, i + 1, lex))
    ) {
      // "less than a third", "by a quarter", "la moitié des": a share, as a percentage.
      return { value: (lex.fractions.get(token.f) ?? 0) * 100, start: i - 1, end, words: true, approximate, currency, raw: token.text, rank: false, glued: '%' };
    } else if (
      lex.fractions.has(token.f) &&
      previous &&
      previous.kind === 'word' &&
      previous.f.length > 4 &&
      [...lex.wordList('superlative-ending').firstWords()].some((e) => previous.f.endsWith(e)) &&
      lex.definite.hasToken(tokenAt(tokens, i - 2))
    ) {
      // "the poorest tenth", "the richest fifth": a share, as a percentage.
      return { value: (lex.fractions.get(token.f) ?? 0) * 100, start: i - 1, end, words: true, approximate, currency, raw: token.text, rank: false, glued: '%' };
    } else if (lex.fractions.has(token.f) && !lex.wordList('fraction-not-alone').startsWith(token.f) && previous && lex.qualifiers.endingAt(tokens, i - 1) && !lex.articleNumbers.hasToken(tokens[i + 1])) {
      // "up to half of the programme"
      return { value: (lex.fractions.get(token.f) ?? 0) * 100, start: i, end, words: true, approximate, currency, raw: token.text, rank: false, glued: '%' };
    } else if (
      lex.fractions.has(token.f) &&
      ordinal === undefined &&
      (!previous ||
        previous.kind === 'punct' ||
        (!lex.determiners.hasToken(previous) &&
          !lex.ordinals.has(previous.f) &&
          !lex.unitSkips.hasToken(previous) &&
          !previous.cap &&
          !(tokenAt(tokens, i - 2)?.kind === 'number' && (tokenAt(tokens, i - 2) as Token).end === previous.start))) &&
      lex.connectors.hasToken(tokens[i + 1])
    ) {
      // "half of what I earn", "moitié de la récolte": a share, as a percentage.
      return { value: (lex.fractions.get(token.f) ?? 0) * 100, start: i, end, words: true, approximate, currency, raw: token.text, rank: false, glued: '%' };
    } else if (ordinal !== undefined) {
      return { value: ordinal, start, end, words: true, approximate, currency, raw: token.text, rank: true, glued: null };
    } else if (lex.fractions.has(token.f) && lex.articleNumbers.hasToken(tokens[i + 1]) && lex.multipliers.has(tokens[i + 2]?.f ?? '')) {
      // "half a million"
      value = (lex.fractions.get(token.f) ?? 1) * (lex.multipliers.get(tokens[i + 2]?.f ?? '') ?? 1);
      return { value, start, end: i + 3, words: true, approximate, currency, raw: token.text, rank: false, glued: null };
    } else if (compound?.[1] && compound[2] && lex.numbers.has(compound[1]) && lex.fractions.has(compound[2])) {
      // "two-thirds", "three-quarters": a share, as a percentage.
      return { value: (lex.numbers.get(compound[1]) ?? 0) * (lex.fractions.get(compound[2]) ?? 0) * 100, start, end, words: true, approximate, currency, raw: token.text, rank: false, glued: '%' };
    } else if (compound?.[1] && compound[2] && (lex.durations.has(compound[2]) || lex.measures.hasWord(compound[2]))) {
      // "five-day strike", "12-month", "10-km"
      const n = lex.numbers.get(compound[1]) ?? (DECIMAL.test(compound[1]) ? parseDigits(compound[1], lex.numberFormat) : undefined);
      if (n === undefined || n === null) return null;
      return { value: n, start, end, words: true, approximate, currency, raw: token.text, rank: false, glued: compound[2] };
    } else {
      const spoken = readSpokenWord(token, lex);
      const parsed = spoken !== null ? { value: spoken, end: i + 1 } : parseNumberWords(tokens, i, lex);
      if (!parsed) return null;
      value = parsed.value;
      end = parsed.end;
      words = true;
    }
  }
  if (value === null) return null;
  // "43-point-three billion", « deux virgule cinq millions »: decimals read out.
  const spoken = Number.isInteger(value) ? readSpokenDecimals(tokens, end, value, lex) : null;
  if (spoken) {
    value = spoken.value;
    end = spoken.end;
  }
  // A minus sign glued to the number ("-170 degrés") or the word ("moins 170 degrés").
  if (
    token.kind === 'number' &&
    previous &&
    ((MINUS.test(previous.text) && previous.end === token.start && (tokenAt(tokens, i - 2)?.end !== previous.start || !LETTER_OR_DIGIT.test(tokenAt(tokens, i - 2)?.text.slice(-1) ?? ''))) ||
      (lex.minusWords.hasToken(previous) && !lex.qualifiers.endingAt(tokens, i - 1)))
  ) {
    value = -value;
    start = i - 1;
  }
  // Fractions after a number: "deux tiers", "a third".
  const fraction = tokens[end] ? lex.fractions.get((tokens[end] as Token).f) : undefined;
  // "un cinquième des voix" is a share; "un cinquième mandat" a rank.
  const rankAfter = lex.ordinals.has(tokens[end]?.f ?? '') && isContentWord(tokens[end + 1], lex);
  if (fraction !== undefined && words && !rankAfter) {
    value *= fraction;
    end++;
  }
  // "a $5-billion fund", "a Rs 340-crore fraud": a scale joined by a hyphen is the number's.
  const hyphen = tokens[end];
  const joined = tokens[end + 1];
  if (hyphen?.text === '-' && joined?.kind === 'word' && hyphen.start === (tokenAt(tokens, end - 1) as Token).end && joined.start === hyphen.end && !SHORT_MULTIPLIERS.has(joined.f)) {
    const multiplier = lex.multipliers.get(joined.f);
    if (multiplier !== undefined) return { value: value * multiplier, start, end: end + 2, words, approximate, currency, raw: token.text, rank: false, glued: null, scaled: true };
  }
  const next = tokens[end];
  if (next && next.kind === 'word') {
    const multiplier = lex.multipliers.get(next.f);
    const glued = next.start === (tokenAt(tokens, end - 1) as Token).end;
    if (multiplier !== undefined && (!SHORT_MULTIPLIERS.has(next.f) || glued || currency)) {
      value *= multiplier;
      end++;
      return { value, start, end, words, approximate, currency, raw: token.text, rank: false, glued: null, scaled: true };
    } else if (lex.approxNumbers.has(next.f) && words) {
      value *= lex.approxNumbers.get(next.f) ?? 1;
      approximate = true;
      end++;
    }
  }
  // "half a million": a fraction, an article, a multiplier.
  if (words && value === 0 && lex.fractions.has(token.f)) return null;
  return { value, start, end, words, approximate, currency, raw: token.text, rank: false, glued: null };
}

/** "next year", "this month": a period named by a lead word and a duration, which no ordinal counts ("cut by a fifth next year"). */
function periodAt(tokens: readonly Token[], k: number, lex: Lexicon): boolean {
  const lead = lex.wordList('period-lead').at(tokens, k);
  return !!lead && lex.durations.has(tokens[k + lead.length]?.f ?? '');
}

function isContentWord(t: Token | undefined, lex: Lexicon): boolean {
  return !!t && t.kind === 'word' && !lex.stopwords.hasToken(t) && !lex.connectors.hasToken(t);
}

// Fast test before the full parse: most words are not numbers.
function mayBeNumber(word: string, lex: Lexicon): boolean {
  const dash = word.indexOf('-');
  const head = dash > 0 ? word.slice(0, dash) : word;
  return lex.numbers.has(head) || numberWordsOf(lex).has(word) || DIGIT_FIRST.test(head);
}

// Per lexicon, every word that reads as a number besides the plain number words (approximate
// numbers, ordinals, fractions, decades, durations, times, multiplying verbs): one set lookup
// per word instead of seven; and the answer for each word kept on it, since every word token asks.
const numberWords = new Map<Lexicon, Set<string>>();
function numberWordsOf(lex: Lexicon): Set<string> {
  let words = numberWords.get(lex);
  if (!words) {
    words = new Set([lex.approxNumbers, lex.ordinals, lex.fractions, lex.decades, lex.durations, lex.timesWords, lex.multiplyVerbs].flatMap((table) => [...table.keys()]));
    numberWords.set(lex, words);
  }
  return words;
}
const mayBeNumberWord = byWord((lex) => (f) => mayBeNumber(f, lex));

/**
 * A folded word that may start a figure: one readNumber may read (mayBeNumber), or a number word
 * that may open a time in parts (compoundDuration's partValue); `starts` is figureStartsOf(lex).
 * The same answer as mayBeNumber(f, lex) || lex.numbers.has(f), from a digit, one lookup in a small
 * set, and for a word with a hyphen its head: extractFigures asks it of every word token, and a
 * word's kept answers (WordMemo) are scattered in memory, so reading one cost more than this.
 * Most words are passed before any lookup: by their first letter, last letter and length, which
 * no word of the set shares (StartWords.shapes), and for a hyphen's head by its first letter.
 */
function mayStartFigure(f: string, starts: StartWords, lex: Lexicon): boolean {
  const first = f.charCodeAt(0);
  if (first >= 48 && first <= 57) return true;
  if (hasShape(starts.shapes, shapeOf(first, f.charCodeAt(f.length - 1), f.length)) && starts.words.has(f)) return true;
  // A word that opens on a hyphen has no head: mayBeNumber reads it whole, which `starts` answered.
  if (first === 45) return false;
  // The head before a hyphen starts with this word's first letter: no number word does.
  if (starts.heads[first & 127] === 0) return false;
  // The head before the first hyphen ("five-day", « vingt-deux »), found by hand: cheaper than indexOf on a short word.
  for (let k = 1; k < f.length; k++) if (f.charCodeAt(k) === 45) return lex.numbers.has(f.slice(0, k));
  return false;
}

/** The words that may start a figure whole, and what lets most other words be passed without a lookup. */
interface StartWords {
  words: Set<string>;
  /** Bits by shapeOf: set for the shape of every word of `words` (words of other shapes are none of them). */
  shapes: Uint8Array;
  /** By first code unit (low 7 bits): 1 when some plain number word (lex.numbers) starts with it. */
  heads: Uint8Array;
}

const SHAPE_BITS = 1 << 12;

/** A word's first and last code units and length, mixed into one of SHAPE_BITS bits (words of one shape share a bit; others may too). */
function shapeOf(first: number, last: number, length: number): number {
  return (((first & 127) * 131 + (last & 127)) * 37 + length) & (SHAPE_BITS - 1);
}

function hasShape(shapes: Uint8Array, shape: number): boolean {
  return ((shapes[shape >>> 3] as number) & (1 << (shape & 7))) !== 0;
}

// Per lexicon: every word that reads as a number whole (numberWordsOf and the plain number words).
const figureStarts = new WeakMap<Lexicon, StartWords>();
function figureStartsOf(lex: Lexicon): StartWords {
  let starts = figureStarts.get(lex);
  if (!starts) {
    const words = new Set([...numberWordsOf(lex), ...lex.numbers.keys()]);
    const shapes = new Uint8Array(SHAPE_BITS / 8);
    for (const w of words) {
      const shape = shapeOf(w.charCodeAt(0), w.charCodeAt(w.length - 1), w.length);
      shapes[shape >>> 3] = (shapes[shape >>> 3] as number) | (1 << (shape & 7));
    }
    const heads = new Uint8Array(128);
    for (const w of lex.numbers.keys()) heads[w.charCodeAt(0) & 127] = 1;
    starts = { words, shapes, heads };
    figureStarts.set(lex, starts);
  }
  return starts;
}

function classify(tokens: readonly Token[], n: NumberAt, lex: Lexicon, text: string, offset: number, ann?: Annotations): FigureDraft | null {
  const first = tokens[n.start] as Token;
  const before = tokenAt(tokens, n.start - 1);
  const after = tokens[n.end];
  const raw = n.raw;
  // Articles: "un accord", "a year" (but "moins d’un an" is a figure); "les deux pays", "the two
  // sides" refer back to a pair.
  const found = findQualifier(tokens, n.start, lex);
  const qualified = found !== null;
  // « alrededor de una estrella », « cerca de una escuela »: an article after a word of
  // approximation that is also one of place ("around", « cerca de ») is an article, not one of
  // something ("at least one person" stays a figure).
  if (n.words && n.end - n.start === 1 && lex.articleNumbers.hasToken(first) && !n.approximate && (!qualified || found === 'approximate')) return null;
  // "one of the…", "one said": "one" counts only before a noun.
  if (n.words && n.value === 1 && n.end - n.start === 1 && !qualified && (after?.kind !== 'word' || lex.stopwords.hasToken(after) || lex.connectors.hasToken(after))) return null;
  if (n.words && before && lex.pairWords.hasToken(before) && n.value === 2 && !durationAfter(tokens, n.end, lex)) return null;
  // "seconde période", "second half": an ordinal naming a period of play.
  if ((n.rank || n.words) && after && lex.notFigureAfter.at(tokens, n.end) && !lex.durations.has(after.f)) return null;
  if (n.rank) {
    if (n.words && before && lex.articleNumbers.hasToken(before) && after && lex.durations.has(after.f)) return null;
    // "the third visit", « la deuxième fois »: an ordinal that numbers an occurrence is no figure.
    if (!isRanking(tokens, n.start, n.end, lex)) return null;
    return { text: text.slice(first.start - offset, first.end - offset), value: n.value, unit: null, kind: 'rank', qualifier: 'exact' };
  }
  // "a quarter of a percentage point", « un cuarto de punto », "a quarter point": a fraction of a
  // point is a change in a percentage, in points (read as a share, "a quarter" is 25 already).
  const point = n.words && (n.glued === '%' || (n.glued === null && n.value > 0 && n.value < 1)) ? pointAfterFraction(tokens, n, lex) : null;
  if (point) {
    const value = round(n.glued === '%' ? n.value / 100 : n.value);
    return { text: text.slice(first.start - offset, (tokenAt(tokens, point.end - 1) as Token).end - offset), value, unit: point.unit, kind: 'percent', qualifier: found ?? (n.approximate ? 'approximate' : 'exact') };
  }
  if (n.glued === '%') {
    return { text: text.slice(first.start - offset, (tokenAt(tokens, n.end - 1) as Token).end - offset), value: Math.round(n.value * 100) / 100, unit: '%', kind: 'percent', qualifier: found ?? 'exact' };
  }
  if (n.glued === 'multiplied') {
    return { text: text.slice(first.start - offset, (tokenAt(tokens, n.end - 1) as Token).end - offset), value: n.value, unit: 'times', kind: 'quantity', qualifier: found ?? 'exact' };
  }
  if (n.glued === 'times') {
    // "twice as many": a ratio.
    const ratio = !!after && lex.ratioAfter.hasToken(after);
    return { text: text.slice(first.start - offset, (tokenAt(tokens, n.end - 1) as Token).end - offset), value: n.value, unit: 'times', kind: ratio ? 'quantity' : 'count', qualifier: found ?? 'exact' };
  }
  if (n.glued) {
    const duration = lex.durations.get(n.glued) ?? (n.glued === 'years' ? 'years' : n.glued === 'days' ? 'days' : undefined);
    // "2.4 trillion pesos over a decade": a preposition after an amount spans the time, it qualifies nothing.
    const q = lex.qualifiers.endingAt(tokens, n.start - 1);
    const spread = !!q && q.length === 1 && n.start - 2 >= 0 && !!currencyAt(tokens, n.start - 2, lex);
    return {
      text: text.slice(first.start - offset, (tokenAt(tokens, n.end - 1) as Token).end - offset),
      value: n.value,
      unit: duration ?? n.glued,
      kind: duration ? 'duration' : 'quantity',
      qualifier: spread ? 'exact' : (found ?? 'exact'),
    };
  }
  // Times: "14h30", "10:30", "3 p.m.".
  // (Glued first: most numbers have a space after them, and then no mark needs reading.)
  if (after && after.start === (tokenAt(tokens, n.end - 1) as Token).end && (after.f === ':' || HOUR_MARK.test(after.f))) return null;
  // "by 1130 GMT", « à 1400 heure locale »: a clock's three or four digits before a time zone (word list `time-zone`).
  if (after && digitsOnly(raw, 3, 4) && Math.floor(n.value / 100) < 24 && n.value % 100 < 60 && lex.wordList('time-zone').at(tokens, n.end)) return null;
  if (before && before.text === ':' && before.end === first.start && tokenAt(tokens, n.start - 2)?.kind === 'number') return null;
  // « 10 h 30 », « 8 heures 15 »: the minutes of a clock time written with spaces.
  if (before && lex.timeWords.hasToken(before) && digitsOnly(raw, 2, 2) && n.value < 60 && tokenAt(tokens, n.start - 2)?.kind === 'number' && Number(tokenAt(tokens, n.start - 2)?.text) <= 24) return null;
  // "vers 3 heures du matin", "at 14 hours"; "after three hours of talks" is a duration.
  if (after && lex.timeWords.hasToken(after) && n.value <= 24 && ((before && lex.timeBefore.hasToken(before) && !n.words) || lex.timeAfter.at(tokens, n.end + 1))) return null;
  if (after && lex.timeWords.hasToken(after) && !n.words && n.value <= 24 && !lex.durations.has(after.f)) return null;
  // « desde las 17.30 », « para las 6 y, después, … »: where an hour takes an article
  // (`clock-article`), that article before a number of the day with no noun after it is a clock time.
  if (
    before &&
    n.value <= 24 &&
    lex.wordList('clock-article').at(tokens, n.start - 1) &&
    (!after || after.kind === 'punct' || lex.stopwords.hasToken(after) || lex.placePrepositions.hasToken(after) || lex.timeWords.hasToken(after) || lex.timeAfter.at(tokens, n.end))
  )
    return null;
  // « a los 2 minutos », "six minutes from time", « à deux minutes de la fin »: a moment of a match
  // or of an event, not a quantity (word lists `moment-unit`, `moment-before`, `moment-after`).
  if (after && lex.wordList('moment-unit').at(tokens, n.end) && (lex.wordList('moment-before').endingAt(tokens, n.start - 1) || lex.wordList('moment-after').at(tokens, n.end + 1))) return null;
  // Ordinals: "189th", "3e" are ranks; "1er mars" is a date (below).
  const ordinal = after && after.start === (tokenAt(tokens, n.end - 1) as Token).end && ORDINAL_SUFFIX.test(after.f);
  // "à la 81e minute" is a moment of the match, not a rank.
  const afterOrdinal = tokens[n.end + 1]?.f ?? '';
  if (ordinal && !lex.months.has(afterOrdinal) && !lex.durations.has(afterOrdinal) && !lex.notFigureAfter.at(tokens, n.end + 1) && isRanking(tokens, n.start, n.end + 1, lex)) {
    return { text: text.slice(first.start - offset, after.end - offset), value: n.value, unit: null, kind: 'rank', qualifier: 'exact' };
  }
  if (ordinal) return null;
  // Dates: a day beside a month ("5 mars", "March 5", "5 de marzo" with the language's date joiner), a year.
  const joinedMonth = !!after && lex.wordList('date-joiner').startsWith(after.f) && lex.months.hasToken(tokens[n.end + 1]) && n.value <= 31;
  if ((after && lex.months.hasToken(after)) || joinedMonth || (before && lex.months.hasToken(before) && n.value <= 31)) return null;
  if (firstDayOfRange(tokens, n, lex) || minuteMark(tokens, n, lex)) return null;
  // The value too: a scale word may have multiplied the digits (« 2000 millions »).
  const isYear = writtenAsYear(raw) && n.value <= 2100 && !n.currency;
  if (isYear) {
    // "2024 soldats" counts; "Canada’s 2023 fire season", "in 2023" are years.
    const nounAfter = after && after.kind === 'word' && !after.cap && !lex.stopwords.hasToken(after) && !lex.seasons.hasToken(after) && PLURAL_END.test(after.f);
    if (!nounAfter || (before && (lex.seasons.hasToken(before) || lex.months.hasToken(before)))) return null;
  }
  // A year range's second half ("2015-2020"; a fiscal year written short, "2026/27", "2025-26") is a year too.
  if (before?.text === '-' && digitsOnly(tokenAt(tokens, n.start - 2)?.text ?? '', 4, 4) && digitsOnly(raw, 4, 4)) return null;
  if (before && YEAR_JOIN.test(before.text) && before.start === tokenAt(tokens, n.start - 2)?.end && before.end === first.start && writtenAsYear(tokenAt(tokens, n.start - 2)?.text ?? '') && digitsOnly(raw, 2, 2)) return null;
  // Identifiers, "il y a trois ans", ages, ratios.
  // "il y a quinze ans" spans a time: a duration; "il y a trois blessés", "article 5" are not figures.
  if (endsWithPhrase(lex.notFigureBefore, tokens, n.start - 1, lex) && !(after && lex.durations.has(after.f) && !n.currency)) return null;
  if (after && lex.notFigureAfter.at(tokens, n.end)) return null;
  if (isAge(tokens, n, lex, ann) || inAgeRange(tokens, n, lex, ann)) return null;

  let end = n.end;
  let kind: FigureKind = 'count';
  let unit: string | null = null;
  let currency = n.currency;
  // "500-cubic-metre", "16-pound": a unit joined by a hyphen.
  const joined = after?.text === '-' && after.start === (tokenAt(tokens, n.end - 1) as Token).end ? tokens[n.end + 1] : undefined;
  if (joined && joined.start === (after as Token).end && joined.kind === 'word') {
    const words = joined.f.split('-');
    const scale = words.length > 1 ? lex.multipliers.get(words[0] ?? '') : undefined;
    const duration = lex.durations.get(words[words.length - 1] ?? '');
    const measured = lex.measures.at(
      words.map((w) => withForm(joined, w)),
      0,
    );
    // "a 4.5-billion-dollar deal", "a 50,000-euro bonus": a currency joined to its number ("a
    // 16-pound turkey" weighs: a measure's name is read first).
    const named = scale === undefined ? words : words.slice(1);
    const money =
      scale === undefined && measured
        ? null
        : currencyAt(
            named.map((w) => ({ ...withForm(joined, w), cap: false })),
            0,
            lex,
          );
    if (money && money.length === named.length) {
      return { text: text.slice(first.start - offset, joined.end - offset), value: round(n.value * (scale ?? 1)), unit: money.value, kind: 'money', qualifier: found ?? 'exact' };
    }
    if (duration || measured) {
      return { text: text.slice(first.start - offset, joined.end - offset), value: round(n.value), unit: duration ?? joined.text, kind: duration ? 'duration' : 'quantity', qualifier: found ?? 'exact' };
    }
    // "a 400-seat hall", "a 12-member jury": a noun joined to a count is what it counts, and the
    // phrase after it what has them (counts.ts).
    if (lex.headFinal && words.length === 1 && !joined.cap && (wordClassesOf(lex.lang, joined.f) & (NOUN | FUNCTION)) === NOUN && tokens[n.end + 2]?.kind === 'word') {
      return { text: text.slice(first.start - offset, joined.end - offset), value: round(n.value), unit: joined.text, kind: 'count', qualifier: found ?? 'exact' };
    }
  }
  if (before && lex.unitsBefore.hasToken(before)) {
    return { text: text.slice(before.start - offset, (tokenAt(tokens, n.end - 1) as Token).end - offset), value: round(n.value), unit: before.text, kind: 'quantity', qualifier: findQualifier(tokens, n.start - 1, lex) ?? 'exact' };
  }
  // A share moves by at most 100 points: "closed at 17,890 points" is an index's level.
  const points = lex.pointUnits.at(tokens, end) ?? (lex.barePoints.at(tokens, end) && Math.abs(n.value) <= 100 && percentInSentence(tokens, lex) ? { length: 1, value: 'percentage points' } : null);
  const percent = points ? null : lex.percent.at(tokens, end);
  const subunit = lex.currencySubunits.at(tokens, end);
  if (points) {
    // "4.5 percentage points", « 17 points » beside a percentage: a change in a percentage.
    kind = 'percent';
    unit = points.value;
    end += points.length;
  } else if (percent) {
    kind = 'percent';
    unit = '%';
    end += percent.length;
  } else if (subunit && !currency) {
    // "48 US cents a share": money, counted in the subunit as written.
    kind = 'money';
    unit = tokens
      .slice(end, end + subunit.length)
      .map((t) => t.text)
      .join(' ');
    end += subunit.length;
  } else if (!currency && tokens[end] && SYMBOLS[(tokens[end] as Token).text]) {
    currency = SYMBOLS[(tokens[end] as Token).text] ?? null;
    end++;
  } else {
    const k = pastConnector(tokens, end, lex);
    const money = currencyAt(tokens, k, lex);
    if (money) {
      currency = money.value;
      end = k + money.length;
    }
  }
  if (currency) {
    kind = 'money';
    unit = currency;
  } else if (kind !== 'percent' && kind !== 'money') {
    const k = pastConnector(tokens, end, lex);
    const duration = tokens[k] ? lex.durations.get((tokens[k] as Token).f) : undefined;
    const measure = lex.measures.at(tokens, k);
    if (periodAt(tokens, end, lex)) {
      // "up from 36,500 last year": a period named right after the number says when; the number
      // has no unit of its own there.
    } else if (duration && !(measure && measure.length > 1)) {
      // « 25 años luz », "25 light years": a measure of several words that opens with a duration
      // word is a distance, not a time.
      // "il y a quinze ans", "two years ago": the time since, a duration.
      kind = 'duration';
      unit = duration;
      end = k + 1;
    } else if (measure && (k === end || measure.length > 1 || (tokens[k] as Token).f.length > 2)) {
      kind = 'quantity';
      // "6.8 tonnes per hectare", « 3 litres par habitant », « 40 quintales por hectárea »: a yield's
      // or a ration's base (word list `measure-per`) is part of the unit; without it the figure reads as a total.
      const per = lex.wordList('measure-per').at(tokens, k + measure.length)?.length ?? 0;
      end = k + measure.length + per;
      // As written, spaces and all: "km/h" is one unit, not "km / h", and « km à l’heure » keeps its elision.
      unit = text.slice((tokens[k] as Token).start - offset, (tokenAt(tokens, end - 1) as Token).end - offset);
    } else {
      const noun = tokens[k];
      // "trois fois plus", "three times as many": a ratio, not a count.
      if (noun && lex.timesNouns.hasToken(noun) && tokens[k + 1] && lex.ratioAfter.hasToken(tokens[k + 1] as Token)) {
        kind = 'quantity';
        unit = noun.text;
        end = k + 1;
      } else if (
        noun &&
        noun.kind === 'word' &&
        !noun.cap &&
        !lex.stopwords.hasToken(noun) &&
        !elidedAt(noun, lex) &&
        // « en construire six nouvelles »: a word skipped before a noun names none when none follows.
        !lex.unitSkips.hasToken(noun) &&
        !lex.placePrepositions.hasToken(noun) &&
        !lex.finite.hasToken(noun) &&
        !lex.auxiliaries.hasToken(noun) &&
        !lex.numbers.has(noun.f) &&
        // « 245 sièges sur 577 dimanche »: a day of the week after a number says when, it counts nothing.
        !lex.days.hasToken(noun) &&
        (!verbNotNoun(noun, lex) || adjectiveBeforeNoun(tokens, k, lex)) &&
        !singularStateAfter(noun, n.value, lex) &&
        !lex.wordList('event-aux').at(tokens, k) &&
        !lex.wordList('preposition-phrase').at(tokens, k) &&
        // « 40 milliards de baisse des dépenses »: a noun of change says how the amount moved, it
        // is no unit (the sum takes the sentence's currency below).
        !lex.wordList('change-noun').at(tokens, k) &&
        // « 12 millones netos », "3 million net": net or gross says how a sum is counted, not what.
        !lex.wordList('amount-adjective').at(tokens, k) &&
        !adverbOrGerundAt(tokens, k, lex)
      ) {
        // Not a preposition: in « de 20 a 80 euros » the range's « a » is not what 20 counts. Not a
        // verb: « 14 murieron », « 30 resultaron heridos » count no "murieron".
        const head = lex.headFinal ? compoundHead(tokens, k, lex) : k;
        unit = (tokens[head] as Token).text;
        end = head + 1;
      }
    }
  }
  // « 1,78 euro le litre », "82 dollars a barrel", « 95 euros por megavatio hora »: a price's unit
  // of sale (word list `price-unit`) is part of the figure, never a phrase a neighbour counts.
  if (kind === 'money') end += lex.wordList('price-unit').at(tokens, end)?.length ?? 0;
  const qualifier = found ?? (n.approximate ? 'approximate' : 'exact');
  // "deux tiers des malades": a share, reported as a percentage.
  if (n.words && n.value > 0 && n.value < 1 && kind === 'count') {
    return { text: text.slice(first.start - offset, (tokenAt(tokens, end - 1) as Token).end - offset), value: round(n.value * 100), unit: '%', kind: 'percent', qualifier };
  }
  // « un blessé », "one winner": a lone "one" before a noun is an article more than a figure;
  // "one point behind" compares, and counts.
  if (kind === 'count' && n.words && n.value === 1 && n.end - n.start === 1 && !qualified && !lex.wordList('comparison-after').at(tokens, end)) return null;
  const last = tokenAt(tokens, end - 1) as Token;
  return {
    text: text.slice(first.start - offset, last.end - offset),
    // A count is never below zero: « (-1.200 postes) » marks a decrease of 1,200, which the noun says.
    value: round(kind === 'count' ? Math.abs(n.value) : n.value),
    unit,
    kind,
    qualifier,
  };
}

/** Where a unit may start after the number's end `k`: past a connector ("of", « de ») and words such as "good" before a noun. */
function pastConnector(tokens: readonly Token[], k: number, lex: Lexicon): number {
  const t = tokens[k];
  let j = t !== undefined && lex.connectors.hasToken(t) ? k + 1 : k;
  // "two good players", « six bons numéros »: skipped only before a word that may be the noun
  // (« 300 bons d’achat » are vouchers).
  for (let u = tokens[j]; u !== undefined && lex.unitSkips.hasToken(u) && j - k < 2 && contentAfter(tokens, j, lex); u = tokens[j]) j++;
  return j;
}

/** The token after k is a word that may carry content: no stop word, no elided article. */
function contentAfter(tokens: readonly Token[], k: number, lex: Lexicon): boolean {
  const t = tokens[k + 1];
  return !!t && t.kind === 'word' && !lex.stopwords.hasToken(t) && !elidedAt(t, lex) && !lex.connectors.hasToken(t);
}

/** An elided article or pronoun split off its word (« l’ » of « l’an dernier »): never a unit. */
function elidedAt(t: Token, lex: Lexicon): boolean {
  const last = t.text.charCodeAt(t.text.length - 1);
  return (last === 39 || last === 0x2019) && lex.tokenizeOptions.elisions.has(t.f.slice(0, -1));
}

/** True when the phrase a figure measures names a rate ("policy rate", « taux d'intérêt »). */
function measuresRate(counts: string, lex: Lexicon): boolean {
  const rates = lex.wordList('rate-noun');
  if (!rates) return false;
  const words = tokenize(counts, lex.tokenizeOptions);
  for (let k = 0; k < words.length; k++) if (rates.at(words, k) !== null) return true;
  return false;
}

/** True when a percent sign or word stands anywhere in the sentence. */
function percentInSentence(tokens: readonly Token[], lex: Lexicon): boolean {
  for (let k = 0; k < tokens.length; k++) if (lex.percent.at(tokens, k)) return true;
  return false;
}

/** « “ " ‹ (: a mark that opens a quotation or a bracket, alone (findQualifier asks before every number). */
function isOpeningMark(text: string): boolean {
  if (text.length !== 1) return false;
  const c = text.charCodeAt(0);
  return c === 0xab || c === 0x201c || c === 0x22 || c === 0x2039 || c === 0x28;
}

function findQualifier(tokens: readonly Token[], start: number, lex: Lexicon): FigureQualifier | null {
  let k = start - 1;
  // « neuf millions »: quotes and a partitive between the qualifier and the number.
  while (k >= 0 && isOpeningMark((tokens[k] as Token).text)) k--;
  const hit = lex.qualifiers.endingAt(tokens, k);
  if (hit?.value === 'up-to' && lex.wordList('level-to').endingAt(tokens, k) && levelReached(tokens, k - hit.length, lex)) return 'exact';
  if (hit?.value === 'more-than' && lex.wordList('span-qualifier').endingAt(tokens, k) && spanBefore(tokens, k - hit.length, start, lex)) return null;
  return hit ? hit.value : null;
}

/**
 * "a 9% rise over two years", "flights cancelled over two days": a word that bounds a figure but
 * also names a span (`span-qualifier`), before a duration and after a noun or a passive's
 * participle, says over what time, not "more than" ("took over two years" stays a bound).
 */
function spanBefore(tokens: readonly Token[], k: number, start: number, lex: Lexicon): boolean {
  const t = tokens[k];
  if (t?.kind !== 'word' || !durationAfter(tokens, start, lex)) return false;
  return (wordClassesOf(lex.lang, t.f) & NOUN) !== 0 || !!lex.wordList('event-aux').endingAt(tokens, k - 1);
}

/**
 * « subió hasta el 5 % », « se redujo en 118.000 personas, hasta 2,75 millones »: where a word of
 * "up to" also says "to" (word list `level-to`: « hasta »; "reached up to", « jusqu'à » stay
 * bounds), after a verb of change or after a comma that closes a figure it names the level
 * reached, which is exact.
 */
function levelReached(tokens: readonly Token[], k: number, lex: Lexicon): boolean {
  if (lex.wordList('change-verb').endingAt(tokens, k)) return true;
  // « creció un 1 % hasta 46 millones »: the size of the change between the verb and the word.
  let sized = false;
  for (let j = k; j >= Math.max(0, k - 6) && !CLAUSE_EDGE.test(tokens[j]?.text ?? ''); j--) {
    if (tokens[j]?.kind === 'number') sized = true;
    else if (sized && lex.wordList('change-verb').endingAt(tokens, j)) return true;
  }
  if (tokens[k]?.text !== ',') return false;
  // The figure may stand a few words before the comma (« un 3,2 % interanual en octubre, hasta »).
  for (let j = k - 1; j >= Math.max(0, k - 6) && !CLAUSE_EDGE.test(tokens[j]?.text ?? ''); j--) if (tokens[j]?.kind === 'number') return true;
  return false;
}

function endsWithPhrase(table: Lexicon['notFigureBefore'], tokens: readonly Token[], k: number, lex: Lexicon): boolean {
  if (k < 0) return false;
  if (table.endingAt(tokens, k)) return true;
  // A qualifier may stand between: "il y a plus de trois ans".
  const q = lex.qualifiers.endingAt(tokens, k);
  return q ? !!table.endingAt(tokens, k - q.length) : false;
}

function durationAfter(tokens: readonly Token[], k: number, lex: Lexicon): boolean {
  for (let j = k; j < k + 3 && j < tokens.length; j++) if (lex.durations.has((tokens[j] as Token).f)) return true;
  return false;
}

/** The point word after a number's fraction word (past "of a", « de »): its unit and the token after it, or null. */
function pointAfterFraction(tokens: readonly Token[], n: NumberAt, lex: Lexicon): { unit: string; end: number } | null {
  // The number may already reach past « de punto »: look right after the fraction word.
  let fraction = n.start;
  while (fraction < n.end - 1 && !lex.fractions.has((tokens[fraction] as Token).f)) fraction++;
  let j = fraction + 1;
  if (lex.connectors.hasToken(tokens[j])) j++;
  if (lex.articleNumbers.hasToken(tokens[j])) j++;
  const unit = lex.pointUnits.at(tokens, j);
  if (unit) return { unit: unit.value, end: j + unit.length };
  const bare = lex.barePoints.at(tokens, j);
  if (bare) return { unit: 'percentage points', end: j + bare.length };
  // « dos décimas menos que en marzo » beside a rate: a tenth named alone (`point-fraction`) is a
  // tenth of a point, not a share of ten percent. Before « de » it is of something else
  // (« décimas de segundo »), and with no percentage in the sentence there is no rate to move.
  const alone = j === fraction + 1 && !!tokens[fraction] && lex.wordList('point-fraction').hasWord((tokens[fraction] as Token).f);
  return alone && percentInSentence(tokens, lex) ? { unit: 'percentage points', end: fraction + 1 } : null;
}

/** A qualifier that bounds a value (more than, up to…), not an approximation. */
function bound(q: FigureQualifier | undefined): boolean {
  return q !== undefined && q !== 'approximate' && q !== 'exact';
}

/**
 * An age is no figure: "45-year-old"; beside a name, « Koffi Assalé, 46 ans, », « Rosa Quispe, de
 * 44 años, »; after a person, « un peintre malien de 58 ans »; after a verb of age (word list
 * `age-verb`: « il a 6 ans », « tiene 44 años », "turned 101"); and a bare whole number between
 * commas or brackets right after a name ("Kelsey Moen, 38, started…", "Jonas Berg (34)").
 */
function isAge(tokens: readonly Token[], n: NumberAt, lex: Lexicon, ann?: Annotations): boolean {
  const before = tokenAt(tokens, n.start - 1);
  const after = tokens[n.end];
  if (!before || !after) return false;
  if (after.text === '-' && lex.ageUnits.at(tokens, n.end + 1)) return true;
  const ageUnit = lex.ageUnits.at(tokens, n.end);
  if (ageUnit) {
    if (nameAside(tokens, n.start - 1, lex) || personAside(tokens, n.start - 1, n.end + ageUnit.length, lex, ann)) return true;
    // « âgé de 63 ans », "aged 63 years old": a word that announces an age (`age-before`).
    if (lex.wordList('age-before').endingAt(tokens, n.start - 1)) return true;
    // « chez les moins de 35 ans », « los mayores de 65 años »: an article, a bound, an age: a group of people by age.
    const bound = lex.qualifiers.endingAt(tokens, n.start - 1) ?? lex.wordList('age-bound').endingAt(tokens, n.start - 1);
    if (bound && lex.determiners.hasToken(tokens[n.start - 1 - bound.length])) return true;
    // « un électeur sur quatre a plus de 65 ans », « la mitad tiene menos de 30 años »: a verb of
    // having an age, a bound, an age.
    if (bound && haveAgeEndingAt(tokens, n.start - 1 - bound.length, lex)) return true;
    // « un peintre de 58 ans », « La artista, de 27 años, »: after a person, maybe across a comma.
    const person = tokenAt(tokens, n.start - 2)?.text === ',' ? n.start - 3 : n.start - 2;
    if (lex.connectors.hasToken(before) && (nameAside(tokens, n.start - 2, lex) || personBefore(tokens, person, lex, ann))) return true;
    return !!lex.wordList('age-verb').endingAt(tokens, n.start - 1);
  }
  if (n.words || n.glued !== null || n.currency || !digitsOnly(n.raw, 1, 3) || n.value > 120) return false;
  if (after.kind === 'punct' && lex.wordList('age-verb').endingAt(tokens, n.start - 1)) return true;
  // "One in four voters is over 65.", "most of them under 5.": a bound and a bare whole number that
  // closes the clause, after people (`age-people`, "voters", "of them"), maybe with a verb of
  // having an age between. "The index was under 50." has no people: a figure.
  const bareBound = after.kind === 'punct' ? lex.qualifiers.endingAt(tokens, n.start - 1) : null;
  if (bareBound) {
    const k = n.start - 1 - bareBound.length;
    if (lex.wordList('age-people').endingAt(tokens, k)) return true;
    const have = haveAgeEndingAt(tokens, k, lex);
    // The verb's subject: people within its clause, a complement maybe between ("residents of the valley are").
    for (let j = k - have; have && j >= Math.max(0, k - have - 6) && tokens[j]?.kind !== 'punct'; j--) {
      if (lex.wordList('age-people').endingAt(tokens, j) || personBefore(tokens, j, lex, ann)) return true;
    }
  }
  return after.text === (before.text === '(' ? ')' : ',') && (nameAside(tokens, n.start - 1, lex) || personAside(tokens, n.start - 1, n.end, lex, ann));
}

/** A capitalised word at k that is no month and no day: a name, for isAge. */
function namedAt(tokens: readonly Token[], k: number, lex: Lexicon): boolean {
  const t = tokens[k];
  return !!t?.cap && t.kind === 'word' && !lex.months.hasToken(t) && !lex.days.hasToken(t);
}

/** A comma or a bracket at k right after a name: an age's aside opens there ("Kelsey Moen, 38"). */
function nameAside(tokens: readonly Token[], k: number, lex: Lexicon): boolean {
  return (tokens[k]?.text === ',' || tokens[k]?.text === '(') && namedAt(tokens, k - 1, lex);
}

/**
 * "the winner, 27, said", « le vainqueur, 27 ans, qui »: an aside at k after a person noun, closed
 * right at `close` after the age (« les hommes, 20 ans de prison » is a sentence).
 */
function personAside(tokens: readonly Token[], k: number, close: number, lex: Lexicon, ann: Annotations | undefined): boolean {
  return (tokens[k]?.text === ',' || tokens[k]?.text === '(') && ASIDE_CLOSE.test(tokens[close]?.text ?? '') && personBefore(tokens, k - 1, lex, ann);
}

/**
 * The length of a verb of having an age (word list `age-have`: « a », « tienen », "are") that ends
 * at token k, or 0; « il y a », a time ago (`notFigureBefore`), is none.
 */
function haveAgeEndingAt(tokens: readonly Token[], k: number, lex: Lexicon): number {
  const have = lex.wordList('age-have').endingAt(tokens, k);
  if (!have || endsWithPhrase(lex.notFigureBefore, tokens, k, lex)) return 0;
  return have.length;
}

/** A person named just before token k (at most two adjectives between): a person noun, a role or a demonym (« un hondureño de 31 años »). */
function personBefore(tokens: readonly Token[], k: number, lex: Lexicon, ann?: Annotations): boolean {
  const people = lex.wordList('person-noun');
  for (let j = k; j >= Math.max(0, k - 2); j--) {
    const t = tokens[j] as Token;
    if (t.kind !== 'word' || lex.stopwords.hasToken(t)) return false;
    // A demonym counts as a person only as a noun, after its article: « le régime malien de 30 ans » lasted.
    if (people?.endingAt(tokens, j) || lex.roles.endingAt(tokens, j) || ann?.has(j, 'c:person-noun') || (ann?.has(j, 'demonym') && lex.determiners.hasToken(tokenAt(tokens, j - 1)))) return true;
  }
  return false;
}

/**
 * « niñas de 2 a 5 años », "children aged 5 to 9", « les enfants de 5 à 9 ans et de 10 à 14 ans »:
 * both bounds of a range of ages are ages, no figures. A range is two numbers joined by a range
 * word (word list `range-word`), maybe after its opener (`range-opener`); it is one of ages after a
 * word that announces an age ("aged", « âgés de », « edades »: `age-before`), or after a noun for people
 * when an age unit closes it, or after a conjunction that follows another range of ages.
 */
function inAgeRange(tokens: readonly Token[], n: NumberAt, lex: Lexicon, ann: Annotations | undefined, depth = 0): boolean {
  const joiners = lex.wordList('range-word');
  let open = n.start;
  let close = n.end;
  const joiner = joiners.at(tokens, n.end) ?? gluedDash(tokens, n.end);
  const next = joiner ? boundAt(tokens, n.end + joiner.length, lex) : null;
  if (next) close = next.end;
  else {
    // The second bound: a one-token first bound stands before the joiner.
    const back = joiners.endingAt(tokens, n.start - 1) ?? gluedDash(tokens, n.start - 1);
    const previous = back ? boundAt(tokens, n.start - 1 - back.length, lex) : null;
    if (!back || !previous || previous.end !== n.start - back.length) return false;
    open = previous.start;
  }
  const ageUnit = lex.ageUnits.at(tokens, close);
  const opener = lex.wordList('range-opener').endingAt(tokens, open - 1);
  const lead = opener ? open - opener.length : open;
  if (lex.wordList('age-before').endingAt(tokens, lead - 1)) return true;
  if (ageUnit && personBefore(tokens, lead - 1, lex, ann)) return true;
  // « les 15-24 ans », « los 15 a 24 años », "the 15-24 age group": a range of ages after an
  // article and no noun is an age group, unless a complement follows (« les 10 à 15 ans de
  // prison » is a sentence's length). Word list `age-group` names such a group ("year olds").
  const group = ageUnit ?? lex.wordList('age-group').at(tokens, close);
  if (group && !opener && lex.determiners.hasToken(tokenAt(tokens, lead - 1)) && !lex.connectors.hasToken(tokens[close + group.length])) return true;
  // "… and 5 to 9": a conjunction after another range of ages (its unit, if any, before it).
  const and = depth < 2 ? joiners.endingAt(tokens, lead - 1) : null;
  if (!and) return false;
  const last = lead - 1 - and.length;
  const unitBefore = lex.ageUnits.endingAt(tokens, last);
  const bound = boundAt(tokens, unitBefore ? last - unitBefore.length : last, lex);
  return !!bound && inAgeRange(tokens, bound, lex, ann, depth + 1);
}

/**
 * How this article writes digits: its language's way, or the language's other way (`alternate`:
 * "2,700" for two thousand seven hundred in Mexican Spanish) when most of the article's own
 * numbers say so (decimalMarkOf), or, where they are even, when the country the article names
 * most is one whose press writes it.
 */
function articleNumberFormat(doc: Doc, countries: readonly string[]): NumberFormat {
  const own = doc.lex.numberFormat;
  const other = own.alternate;
  if (!other) return own;
  let votes = 0;
  for (const sentence of doc.sentences) {
    for (const t of sentence.tokens) {
      if (t.kind !== 'number' || digitsOnly(t.text)) continue;
      const decimal = decimalMarkOf(t.text);
      if (decimal === own.decimal) votes--;
      else if (decimal === other.decimal) votes++;
    }
  }
  if (votes !== 0) return votes > 0 ? other : own;
  return countries[0] !== undefined && other.countries.has(countries[0]) ? other : own;
}

/**
 * The decimal mark a number written with "." or "," shows by grouping digits, or null: with both
 * marks, the last one ("1,250.5", « 1.250,5 »); one used twice groups ("1,250,000"), and so does
 * one before exactly three digits ("2,700", « 12.000 »: news seldom writes a decimal of three
 * digits), so the decimal mark is the other. One mark before other than three digits ("3.5",
 * « 7,2 ») says nothing: both ways read it as a decimal.
 */
function decimalMarkOf(text: string): string | null {
  const comma = text.lastIndexOf(',');
  const dot = text.lastIndexOf('.');
  if (comma >= 0 && dot >= 0) return comma > dot ? ',' : '.';
  const at = comma >= 0 ? comma : dot;
  if (at < 0) return null;
  const mark = text.charAt(at);
  if (text.indexOf(mark) === at && text.length - at - 1 !== 3) return null;
  return mark === ',' ? '.' : ',';
}

/** The number read at token k, a bound of a range for inAgeRange; null past the sentence or at punctuation. */
function boundAt(tokens: readonly Token[], k: number, lex: Lexicon): NumberAt | null {
  return k >= 0 && k < tokens.length && tokens[k]?.kind !== 'punct' ? readNumber(tokens, k, lex) : null;
}

/** A dash written between two numbers with no space ("15-24"), as a one-token range joiner at k. */
function gluedDash(tokens: readonly Token[], k: number): { length: number } | null {
  const dash = tokenAt(tokens, k);
  const before = tokenAt(tokens, k - 1);
  const after = tokens[k + 1];
  if (!dash || !before || !after || (dash.text !== '-' && dash.text !== '–') || before.kind !== 'number' || after.kind !== 'number') return null;
  return before.end === dash.start && dash.end === after.start ? { length: 1 } : null;
}

/** A month at token k, or the date joiner and a month (« 18 de agosto »): the day before it is a date. */
function monthAt(tokens: readonly Token[], k: number, lex: Lexicon): boolean {
  const t = tokens[k];
  if (!t) return false;
  return lex.months.hasToken(t) || (lex.wordList('date-joiner').startsWith(t.f) && lex.months.hasToken(tokens[k + 1]));
}

/**
 * « du 11 au 14 novembre », « entre el 12 y el 18 de agosto », "from 11 to 14 November": the first
 * day of a range of dates (joined by a word of list `day-range`, maybe with an article) is a date
 * like the second, which stands before the month.
 */
function firstDayOfRange(tokens: readonly Token[], n: NumberAt, lex: Lexicon): boolean {
  if (!digitsOnly(n.raw, 1, 2) || n.value > 31 || n.words) return false;
  const joiner = lex.wordList('day-range').at(tokens, n.end);
  if (!joiner) return false;
  let k = n.end + joiner.length;
  if (lex.determiners.hasToken(tokens[k])) k++;
  const second = tokens[k];
  return second?.kind === 'number' && digitsOnly(second.text, 1, 2) && Number(second.text) <= 31 && monthAt(tokens, k + 1, lex);
}

/**
 * « en el minuto 112 », « en los minutos 71 y 84 », "in minute 90": a number after a word of the
 * match clock (`moment-unit`) that follows an article or a preposition marks a moment, as do the
 * numbers listed after it.
 */
function minuteMark(tokens: readonly Token[], n: NumberAt, lex: Lexicon): boolean {
  if (n.words || (!digitsOnly(n.raw, 1, 2) && !digitsOnly(n.raw, 3, 3))) return false;
  let k = n.start - 1;
  // Back over "71 y" in « los minutos 71 y 84 ».
  for (let hops = 0; hops < 3; hops++) {
    const joiner = lex.wordList('range-word').endingAt(tokens, k);
    const listed = joiner ? tokens[k - joiner.length] : undefined;
    if (!joiner || listed?.kind !== 'number') break;
    k -= joiner.length + 1;
  }
  const unit = lex.wordList('moment-unit').endingAt(tokens, k);
  if (!unit) return false;
  const lead = tokens[k - unit.length];
  return !!lead && (lex.determiners.hasToken(lead) || lex.placePrepositions.hasToken(lead));
}

function round(value: number): number {
  return Math.abs(value) >= 1 ? Math.round(value * 1e6) / 1e6 : Math.round(value * 1e9) / 1e9;
}

/** A word that is a verb and no noun: by the word classes where the language has them, else by its written ending (« murieron »). */
/**
 * Where heads come last, the head of the compound a count's first word opens: "640 social housing
 * units", "42 teaching posts", "5,000 electric cars" count units, posts, cars. The phrase goes on
 * while its word so far can modify a noun (an adjective, or a noun not written as a plural) and
 * the next can be a noun; a plural noun ends it ("12 soldiers Monday").
 */
function compoundHead(tokens: readonly Token[], k: number, lex: Lexicon): number {
  let head = k;
  for (let j = k + 1; j < tokens.length && j - k <= 2; j++) {
    const t = tokens[j] as Token;
    const current = tokens[head] as Token;
    const classes = wordClassesOf(lex.lang, t.f);
    const currentClasses = wordClassesOf(lex.lang, current.f);
    // A plural modifies nothing after it, but a plural no -s shows may ("women workers").
    const modifies = (currentClasses & ADJ) !== 0 || (!current.f.endsWith('s') && !pluralBeforeVerb(current, t, classes, lex));
    // "40 new surgical hubs": a word that can only be an adjective heads nothing, so a word the
    // word classes do not know after it is the noun, unless it is written as a verb.
    const unknownAfterAdjective = classes === 0 && (currentClasses & (ADJ | NOUN)) === ADJ && !writtenAsVerb(t, lex);
    // The next word must be a noun and no adjective: "2 people familiar with", "children aged 5".
    if (t.kind !== 'word' || t.cap || !modifies || ((classes & (NOUN | ADJ | FUNCTION)) !== NOUN && !unknownAfterAdjective) || lex.stopwords.hasToken(t) || lex.durations.has(t.f) || lex.timeWords.has(t.f)) break;
    head = j;
  }
  return head;
}

/** "2 million people die": a plural no -s shows (`irregular-plural`) before a word that may be its verb and is no plural itself. */
function pluralBeforeVerb(plural: Token, next: Token, nextClasses: number, lex: Lexicon): boolean {
  return lex.wordList('irregular-plural').hasWord(plural.f) && (nextClasses & VERB) !== 0 && !next.f.endsWith('s');
}

/** "300 trained nurses", "5 wounded soldiers": a verb's form that can be an adjective, right before a word that can only be a noun. */
function adjectiveBeforeNoun(tokens: readonly Token[], k: number, lex: Lexicon): boolean {
  const next = tokens[k + 1];
  if (!lex.headFinal || !next || next.kind !== 'word' || next.cap) return false;
  return (wordClassesOf(lex.lang, (tokens[k] as Token).f) & ADJ) !== 0 && (wordClassesOf(lex.lang, next.f) & (NOUN | ADJ | VERB | FUNCTION)) === NOUN;
}

/**
 * « le record de 1,2 million atteint en 2021 »: where adjectives agree, an adjective or participle
 * that is no noun stands for the counted only in the plural (« 3 blessés »); in the singular after
 * a plural number it qualifies something else.
 */
function singularStateAfter(t: Token, value: number, lex: Lexicon): boolean {
  if (lex.headFinal || Math.abs(value) < 2) return false;
  const classes = wordClassesOf(lex.lang, t.f);
  return classes !== 0 && (classes & NOUN) === 0 && !pluralWord(t.f, lex);
}

function verbNotNoun(t: Token, lex: Lexicon): boolean {
  const classes = wordClassesOf(lex.lang, t.f);
  return classes === 0 ? writtenAsVerb(t, lex) : (classes & VERB) !== 0 && (classes & NOUN) === 0;
}
