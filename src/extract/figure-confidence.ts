/**
 * How sure extraction is of a figure (record v2 `confidence`, 0–1), from the evidence that
 * produced it: an explicit unit, currency or percent sign, a counted noun found, a qualifier
 * ("more than") raise it; a lone small number with nothing to say what it counts, a number in
 * words that may be an article ("two" in "the two of them"), or a number beside a date word
 * ("on the 4th", « le 12 ») lower it. Pages may show only confident figures; the JSON keeps all.
 */
import type { Figure } from '../record/types.ts';
import type { CountsEvidence } from './counts.ts';
import type { Lexicon } from './lexicon/index.ts';
import type { Token } from './tokens.ts';

/** What the figure rules knew about one figure. */
export interface FigureEvidence {
  figure: Pick<Figure, 'kind' | 'unit' | 'value' | 'qualifier' | 'text'>;
  /** Written in words ("trois", "a dozen"), not digits. */
  words: boolean;
  /** Where its `counts` came from; null when nothing says what it counts. */
  counts: CountsEvidence | null;
  /** Its tokens [start, end) in the sentence. */
  start: number;
  end: number;
}

const WEIGHT: Record<CountsEvidence, number> = { noun: 0.2, link: 0.15, subject: 0.12, neighbour: 0.08, unit: 0.05 };
// Four digits opening a figure's text, as a year is written.
const YEAR_FIRST = /^\d{4}\b/u;

export function figureConfidence(e: FigureEvidence, tokens: readonly Token[], lex: Lexicon): number {
  const { figure } = e;
  let c = 0.5;
  if (figure.kind === 'money' || figure.kind === 'percent') c += 0.2;
  else if (figure.kind === 'duration' || figure.kind === 'quantity') c += 0.12;
  else if (figure.kind === 'rank') c += 0.05;
  c += e.counts ? WEIGHT[e.counts] : -0.1;
  if (figure.qualifier !== 'exact') c += 0.05;
  if (!e.words) c += 0.05;
  // A lone small number that says nothing of what it counts: often a leftover of a name or a list.
  if (figure.kind === 'count' && !e.counts && Math.abs(figure.value) < 10) c -= 0.2;
  // Beside a month or a day name: perhaps a date the rules did not see.
  for (let k = Math.max(0, e.start - 2); k < Math.min(tokens.length, e.end + 2); k++) {
    const t = tokens[k] as Token;
    if (lex.months.hasToken(t) || lex.days.hasToken(t)) {
      c -= 0.15;
      break;
    }
  }
  // Four digits that read like a year, kept because a noun followed ("2024 soldats").
  // (The value first: the text is read only for a count of a year's size.)
  if (!e.words && figure.kind === 'count' && figure.value >= 1800 && figure.value <= 2100 && YEAR_FIRST.test(figure.text)) c -= 0.2;
  return Math.round(Math.min(0.98, Math.max(0.05, c)) * 100) / 100;
}
