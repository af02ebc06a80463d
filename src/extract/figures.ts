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
import type { Doc } from './doc.ts';
import type { Lexicon } from './lexicon/index.ts';
import { parseDigits, parseNumberWords } from './numbers.ts';
import type { Token } from './tokens.ts';

const SYMBOLS: Record<string, string> = { $: 'USD', '€': 'EUR', '£': 'GBP', '¥': 'JPY', '₹': 'INR', '₦': 'NGN', '₩': 'KRW' };
const SYMBOL_PREFIXES: Record<string, string> = { us: 'USD', r: 'BRL', a: 'AUD', c: 'CAD', nz: 'NZD', hk: 'HKD' };
// Single-letter multipliers ("$205m", "3k") only count glued to the number or after a currency.
const SHORT_MULTIPLIERS = new Set(['m', 'k', 'b', 'bn', 'mn', 'tn']);

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
}

export function extractFigures(doc: Doc): Figure[] {
  const figures: Figure[] = [];
  for (const sentence of doc.sentences) {
    const tokens = sentence.tokens;
    for (let i = 0; i < tokens.length; i++) {
      const found = readNumber(tokens, i, doc.lex, doc.lang);
      if (!found) continue;
      const figure = classify(tokens, found, doc.lex, sentence.text, sentence.start);
      if (figure) figures.push({ ...figure, sentence: sentence.index });
      i = Math.max(i, found.end - 1);
    }
  }
  return figures;
}

function readNumber(tokens: readonly Token[], i: number, lex: Lexicon, lang: string): NumberAt | null {
  const token = tokens[i] as Token;
  if (token.kind === 'punct' || (token.kind === 'word' && !mayBeNumber(token.f, lex))) return null;
  let start = i;
  let currency: string | null = null;
  const previous = tokens[i - 1];
  if (previous && SYMBOLS[previous.text] && previous.end === token.start) {
    currency = SYMBOLS[previous.text] ?? null;
    start = i - 1;
    const prefix = tokens[i - 2];
    if (prefix && prefix.end === previous.start && SYMBOL_PREFIXES[prefix.f]) {
      currency = SYMBOL_PREFIXES[prefix.f] ?? currency;
      start = i - 2;
    }
  }
  let value: number | null = null;
  let end = i + 1;
  let words = false;
  let approximate = false;
  if (token.kind === 'number') {
    // "G7", "COVID-19" are single word tokens; a number glued after a letter is an identifier.
    if (previous && previous.kind === 'word' && previous.end === token.start) return null;
    value = parseDigits(token.text, lang);
  } else if (token.kind === 'word') {
    const approx = lex.approxNumbers.get(token.f);
    const ordinal = lex.ordinals.get(token.f);
    const compound = /^(.+?)-([\p{L}]+)$/u.exec(token.f);
    if (approx !== undefined && previous && lex.articleNumbers.has(previous.f)) {
      // "une dizaine de", "a dozen": the article is part of the figure.
      value = approx;
      start = i - 1;
      approximate = true;
    } else if (lex.decades.has(token.f) && previous && lex.articleNumbers.has(previous.f)) {
      // "over a decade" → 10 years
      const [n, unit] = lex.decades.get(token.f) ?? [0, ''];
      return { value: n, start: i - 1, end, words: true, approximate, currency, raw: token.text, rank: false, glued: unit };
    } else if (lex.fractions.has(token.f) && previous && (lex.articleNumbers.has(previous.f) || previous.f === 'la') && !lex.multipliers.has(tokens[i + 1]?.f ?? '') && !lex.articleNumbers.has(tokens[i + 1]?.f ?? '') && !(ordinal !== undefined && isContentWord(tokens[i + 1], lex))) {
      // "less than a third", "by a quarter", "la moitié des": a share, as a percentage.
      return { value: (lex.fractions.get(token.f) ?? 0) * 100, start: i - 1, end, words: true, approximate, currency, raw: token.text, rank: false, glued: '%' };
    } else if (lex.fractions.has(token.f) && token.f !== 'demi' && previous && lex.qualifiers.endingAt(tokens, i - 1) && !lex.articleNumbers.has(tokens[i + 1]?.f ?? '')) {
      // "up to half of the programme"
      return { value: (lex.fractions.get(token.f) ?? 0) * 100, start: i, end, words: true, approximate, currency, raw: token.text, rank: false, glued: '%' };
    } else if (ordinal !== undefined) {
      return { value: ordinal, start, end, words: true, approximate, currency, raw: token.text, rank: true, glued: null };
    } else if (lex.fractions.has(token.f) && lex.articleNumbers.has(tokens[i + 1]?.f ?? '') && lex.multipliers.has(tokens[i + 2]?.f ?? '')) {
      // "half a million"
      value = (lex.fractions.get(token.f) ?? 1) * (lex.multipliers.get(tokens[i + 2]?.f ?? '') ?? 1);
      return { value, start, end: i + 3, words: true, approximate, currency, raw: token.text, rank: false, glued: null };
    } else if (compound && compound[1] && compound[2] && (lex.durations.has(compound[2]) || lex.measures.at([{ ...token, f: compound[2] }], 0))) {
      // "five-day strike", "12-month", "10-km"
      const n = lex.numbers.get(compound[1]) ?? (/^\d+(?:[.,]\d+)?$/.test(compound[1]) ? parseDigits(compound[1], lang) : undefined);
      if (n === undefined || n === null) return null;
      return { value: n, start, end, words: true, approximate, currency, raw: token.text, rank: false, glued: compound[2] };
    } else {
      const parsed = parseNumberWords(tokens, i, lex);
      if (!parsed) return null;
      value = parsed.value;
      end = parsed.end;
      words = true;
    }
  }
  if (value === null) return null;
  // A minus sign glued to the number ("-170 degrés") or the word ("moins 170 degrés").
  if (token.kind === 'number' && previous && ((/^[-−]$/u.test(previous.text) && previous.end === token.start && !/[\p{L}\p{N}]/u.test(tokens[i - 2]?.text.slice(-1) ?? '')) || (lex.minusWords.has(previous.f) && !lex.qualifiers.endingAt(tokens, i - 1)))) {
    value = -value;
    start = i - 1;
  }
  // Fractions after a number: "deux tiers", "a third".
  const fraction = tokens[end] ? lex.fractions.get((tokens[end] as Token).f) : undefined;
  if (fraction !== undefined && words) {
    value *= fraction;
    end++;
  }
  const next = tokens[end];
  if (next && next.kind === 'word') {
    const multiplier = lex.multipliers.get(next.f);
    const glued = next.start === (tokens[end - 1] as Token).end;
    if (multiplier !== undefined && (!SHORT_MULTIPLIERS.has(next.f) || glued || currency)) {
      value *= multiplier;
      end++;
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

function isContentWord(t: Token | undefined, lex: Lexicon): boolean {
  return !!t && t.kind === 'word' && !lex.stopwords.has(t.f) && !lex.connectors.has(t.f);
}

// Fast test before the full parse: most words are not numbers.
function mayBeNumber(word: string, lex: Lexicon): boolean {
  const dash = word.indexOf('-');
  const head = dash > 0 ? word.slice(0, dash) : word;
  return lex.numbers.has(head) || lex.approxNumbers.has(word) || lex.ordinals.has(word) || lex.fractions.has(word) || /^\d/.test(head);
}

function classify(tokens: readonly Token[], n: NumberAt, lex: Lexicon, text: string, offset: number): Omit<Figure, 'sentence'> | null {
  const first = tokens[n.start] as Token;
  const before = tokens[n.start - 1];
  const after = tokens[n.end];
  const raw = n.raw;
  // Articles: "un accord", "a year" (but "moins d’un an" is a figure); "les deux pays", "the two
  // sides" refer back to a pair.
  const qualified = findQualifier(tokens, n.start, lex) !== null;
  if (n.words && n.end - n.start === 1 && lex.articleNumbers.has(first.f) && !n.approximate && !qualified) return null;
  // "one of the…", "one said": "one" counts only before a noun.
  if (n.words && n.value === 1 && n.end - n.start === 1 && !qualified && (!after || after.kind !== 'word' || lex.stopwords.has(after.f) || lex.connectors.has(after.f))) return null;
  if (n.words && before && lex.pairWords.has(before.f) && n.value === 2 && !durationAfter(tokens, n.end, lex)) return null;
  if (n.rank) {
    if (n.words && before && lex.articleNumbers.has(before.f) && after && lex.durations.has(after.f)) return null;
    return { text: text.slice(first.start - offset, first.end - offset), value: n.value, unit: null, kind: 'rank', qualifier: 'exact' };
  }
  if (n.glued === '%') {
    return { text: text.slice(first.start - offset, (tokens[n.end - 1] as Token).end - offset), value: round(n.value), unit: '%', kind: 'percent', qualifier: findQualifier(tokens, n.start, lex) ?? 'exact' };
  }
  if (n.glued) {
    const duration = lex.durations.get(n.glued) ?? (n.glued === 'years' ? 'years' : n.glued === 'days' ? 'days' : undefined);
    return { text: first.text, value: n.value, unit: duration ?? n.glued, kind: duration ? 'duration' : 'quantity', qualifier: findQualifier(tokens, n.start, lex) ?? 'exact' };
  }
  // Times: "14h30", "10:30", "3 p.m.".
  if (after && (after.f === ':' || /^h\d*$/.test(after.f)) && after.start === (tokens[n.end - 1] as Token).end) return null;
  if (before && before.text === ':' && before.end === first.start && tokens[n.start - 2]?.kind === 'number') return null;
  if (after && lex.timeWords.has(after.f) && n.value <= 24 && ((before && lex.timeBefore.has(before.f)) || lex.timeAfter.at(tokens, n.end + 1))) return null;
  if (after && lex.timeWords.has(after.f) && !n.words && n.value <= 24 && !lex.durations.has(after.f)) return null;
  // Ordinals: "189th", "3e" are ranks; "1er mars" is a date (below).
  const ordinal = after && after.start === (tokens[n.end - 1] as Token).end && /^(?:er|re|ere|e|eme|nd|st|rd|th|ieme)$/.test(after.f);
  // "à la 81e minute" is a moment of the match, not a rank.
  const afterOrdinal = tokens[n.end + 1]?.f ?? '';
  if (ordinal && !lex.months.has(afterOrdinal) && !lex.durations.has(afterOrdinal)) {
    return { text: text.slice(first.start - offset, after.end - offset), value: n.value, unit: null, kind: 'rank', qualifier: 'exact' };
  }
  if (ordinal) return null;
  // Dates: a day beside a month ("5 mars", "March 5"), a year.
  if ((after && lex.months.has(after.f)) || (before && lex.months.has(before.f) && n.value <= 31)) return null;
  const isYear = /^\d{4}$/.test(raw) && n.value >= 1800 && n.value <= 2100 && !n.currency;
  if (isYear) {
    // "2024 soldats" counts; "Canada’s 2023 fire season", "in 2023" are years.
    const nounAfter = after && after.kind === 'word' && !after.cap && !lex.stopwords.has(after.f) && !lex.seasons.has(after.f) && /[sx]$/u.test(after.f);
    if (!nounAfter || (before && (lex.seasons.has(before.f) || lex.months.has(before.f)))) return null;
  }
  // A year range's second half ("2015-2020") is a year too.
  if (before?.text === '-' && /^\d{4}$/.test(tokens[n.start - 2]?.text ?? '') && /^\d{4}$/.test(raw)) return null;
  // Identifiers, "il y a trois ans", ages, ratios.
  if (endsWithPhrase(lex.notFigureBefore, tokens, n.start - 1, lex)) return null;
  if (after && lex.notFigureAfter.at(tokens, n.end)) return null;
  if (after?.text === '-' && lex.ageUnits.at(tokens, n.end + 1)) return null;
  if (after && lex.ageUnits.at(tokens, n.end) && before && (before.text === ',' || before.text === '(') && tokens[n.start - 2]?.cap) return null;

  let end = n.end;
  let kind: FigureKind = 'count';
  let unit: string | null = null;
  let currency = n.currency;
  // "500-cubic-metre", "16-pound": a unit joined by a hyphen.
  const joined = after?.text === '-' && after.start === (tokens[n.end - 1] as Token).end ? tokens[n.end + 1] : undefined;
  if (joined && joined.start === (after as Token).end && joined.kind === 'word') {
    const words = joined.f.split('-');
    const duration = lex.durations.get(words[words.length - 1] ?? '');
    const measured = lex.measures.at(words.map((w) => ({ ...joined, f: w })), 0);
    if (duration || measured) {
      return { text: text.slice(first.start - offset, joined.end - offset), value: round(n.value), unit: duration ?? joined.text, kind: duration ? 'duration' : 'quantity', qualifier: findQualifier(tokens, n.start, lex) ?? 'exact' };
    }
  }
  if (before && lex.unitsBefore.has(before.f)) {
    return { text: text.slice(before.start - offset, (tokens[n.end - 1] as Token).end - offset), value: round(n.value), unit: before.text, kind: 'quantity', qualifier: findQualifier(tokens, n.start - 1, lex) ?? 'exact' };
  }
  const at = (k: number): Token | undefined => tokens[k];
  const connector = (k: number): number => {
    let j = at(k) && lex.connectors.has((at(k) as Token).f) ? k + 1 : k;
    while (at(j) && lex.unitSkips.has((at(j) as Token).f) && j - k < 2) j++;
    return j;
  };
  const percent = lex.percent.at(tokens, end);
  if (percent) {
    kind = 'percent';
    unit = '%';
    end += percent.length;
  } else if (!currency && at(end) && SYMBOLS[(at(end) as Token).text]) {
    currency = SYMBOLS[(at(end) as Token).text] ?? null;
    end++;
  } else {
    const k = connector(end);
    const money = lex.currencies.at(tokens, k);
    if (money) {
      currency = money.value;
      end = k + money.length;
    }
  }
  if (currency) {
    kind = 'money';
    unit = currency;
  } else if (kind !== 'percent') {
    const k = connector(end);
    const duration = at(k) ? lex.durations.get((at(k) as Token).f) : undefined;
    const measure = lex.measures.at(tokens, k);
    if (duration) {
      // "il y a trois ans", "three years ago": a point in time, not a duration.
      if (at(k + 1)?.f === 'ago') return null;
      kind = 'duration';
      unit = duration;
      end = k + 1;
    } else if (measure && (k === end || measure.length > 1 || (at(k) as Token).f.length > 2)) {
      kind = 'quantity';
      unit = tokens.slice(k, k + measure.length).map((t) => t.text).join(' ');
      end = k + measure.length;
    } else {
      const noun = at(k);
      if (noun && noun.kind === 'word' && !noun.cap && !lex.stopwords.has(noun.f) && !lex.finite.has(noun.f) && !lex.auxiliaries.has(noun.f)) {
        unit = noun.text;
        end = k + 1;
      }
    }
  }
  const qualifier = findQualifier(tokens, n.start, lex) ?? (n.approximate ? 'approximate' : 'exact');
  // "deux tiers des malades": a share, reported as a percentage.
  if (n.words && n.value > 0 && n.value < 1 && kind === 'count') {
    return { text: text.slice(first.start - offset, (tokens[end - 1] as Token).end - offset), value: round(n.value * 100), unit: '%', kind: 'percent', qualifier };
  }
  const last = tokens[end - 1] as Token;
  return {
    text: text.slice(first.start - offset, last.end - offset),
    value: round(n.value),
    unit,
    kind,
    qualifier,
  };
}

function findQualifier(tokens: readonly Token[], start: number, lex: Lexicon): FigureQualifier | null {
  let k = start - 1;
  // « neuf millions »: quotes and a partitive between the qualifier and the number.
  while (k >= 0 && /^[«“"‹(]$/u.test((tokens[k] as Token).text)) k--;
  const hit = lex.qualifiers.endingAt(tokens, k);
  return hit ? hit.value : null;
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

function round(value: number): number {
  return Math.abs(value) >= 1 ? Math.round(value * 1e6) / 1e6 : Math.round(value * 1e9) / 1e9;
}
