/**
 * What a figure counts (record v2 `counts`): a short noun phrase from the sentence, read with the
 * word classes of a well-kept lexicon (word-classes.ts) and the lexicon's figure words.
 *
 * In order of evidence:
 * 1. the noun phrase after the number, past adjectives and determiners ("3 200 young farmers",
 *    "12 blessés graves", "two of our three boats"), with its event when one follows ("people
 *    killed", « policiers tués »); for amounts, what follows the unit ("a 2% target", "80 % de la
 *    population", "five hours of talks", "20 ans de prison");
 * 2. the noun phrase the figure is linked to before it ("a fine of", « un mandat de », "an offer
 *    worth", "the deposit rate to");
 * 3. the subject of a verb of change ("revenue rose 12% to $3.1 billion", « la cote a connu un
 *    rebond à 39 % »);
 * 4. a neighbour in the same sentence: "from $2.2 billion" after "sales rose to $2.6 billion",
 *    "16 and 12 seats";
 * 5. for a duration, its unit as written ("48 heures").
 * The language-specific part is data: the lexicon's word sets and its `wordLists` (change-verb,
 * link-before, measured-of, event-aux), and whether noun phrases end with their head.
 */
import { intlUnitOf, unitLabels } from '../data/units.ts';
import type { FigureKind } from '../record/types.ts';
import type { Annotations } from './annotate.ts';
import type { Lexicon } from './lexicon/index.ts';
import { itemAt } from './lists.ts';
import { writtenAsYear } from './numbers.ts';
import { isAcronym, oneOf } from './text.ts';
import { type Token, tokenAt } from './tokens.ts';
import { ADJ, ADV, classesIn, FUNCTION, NOUN, PARTICIPLE, VERB, type WordClassTable, wordClassesOf, wordClassTable, writtenAsVerb } from './word-classes.ts';

/** A figure of one sentence as counts.ts sees it: its kind and its tokens [start, end) (unit included). */
export interface PlacedFigure {
  kind: FigureKind;
  start: number;
  end: number;
  /** The token after the number itself (and its scale): where a count's noun starts. */
  numberEnd: number;
  /** The unit as written ("heures", "hectares", "won"): a duration's fallback, and what a verb acts on. */
  unitText: string | null;
  /** A proportion's noun written inside it (« un TGV sur deux »): what it counts; null for a proportion whose noun follows it ("one in five workers"). */
  noun?: [number, number] | null | undefined;
}

/** Where a figure's `counts` came from, for its confidence. */
export type CountsEvidence = 'noun' | 'link' | 'subject' | 'neighbour' | 'unit';

export interface CountsResult {
  counts: string | null;
  evidence: CountsEvidence | null;
}

/** At most this many words in `counts`: a reader sees "58,612 · crowd at the stadium". */
const MAX_WORDS = 6;

// Tests of one token's text, made once: a regular expression written inside a rule is a new object
// each time the rule runs, and a mark of one character is told by a string search at less cost.
const TRAILING_S = /s$/u;
const PLURAL_END = /[sx]$/u;
const POSSESSIVE_END = /['’]s?$/u;
const POSSESSIVE_MARK = /^['’]s?$/u;
const POSSESSIVE_S = /['’]s$/u;
const OPENING_MARK = oneOf('«“"(‘\'');
const CLOSING_MARK = oneOf('”"’»');
const CLAUSE_MARK = oneOf(',;:«»"“”');
const COLON_CLAUSE_MARK = oneOf(',;:.!?«»"“”');
const OPENING_CLAUSE_MARK = oneOf(',;:(—–-');
const SENTENCE_MARK = oneOf(';:.!?');
const SIGN = oneOf('-−–+');
const RANGE_MARK = oneOf('-–,');

// Per-token buffers, reused from sentence to sentence (extraction is synchronous: one sentence is
// read at a time in a thread), so that a sentence with figures allocates none. Rules read a token
// or two past a sentence's end ("… 4 of the" at the end of a text): there a buffer reads -1, never
// what it held for a longer sentence before (a figure of that sentence, which this one lacks).
const buffers: Int32Array[] = [];
// How far each buffer was handed out last: entries up to there may hold that sentence's values.
const handedOut: number[] = [];

/** Buffer `slot`, at least `length` long, every entry -1. */
function scratch(slot: number, length: number): Int32Array {
  let buffer = buffers[slot];
  if (!buffer || buffer.length < length) {
    buffers[slot] = buffer = new Int32Array(Math.max(length, 256)).fill(-1);
    handedOut[slot] = 0;
  }
  buffer.fill(-1, 0, Math.max(length, handedOut[slot] ?? 0));
  handedOut[slot] = length;
  return buffer;
}

class Reader {
  /** Per token: word classes (-1 until asked) and whether it is a function word (-1 until asked). */
  private readonly classCache: Int32Array;
  private readonly functionCache: Int32Array;
  /** Per token: whether it can be a counted phrase's noun, and its adjective (-1 until asked; rules ask of the same tokens again and again). */
  private readonly nounCache: Int32Array;
  private readonly adjectiveCache: Int32Array;
  private readonly wordClasses: WordClassTable;
  constructor(
    readonly tokens: readonly Token[],
    readonly lex: Lexicon,
    readonly ann: Annotations | undefined,
    readonly text: string,
    readonly offset: number,
    /** Token → index of the figure covering it (unit included), or -1. */
    readonly figureAt: Int32Array,
    /** Token → index of the figure whose number it is, or -1. */
    readonly numberAt: Int32Array,
    readonly figures: readonly PlacedFigure[],
  ) {
    this.wordClasses = wordClassTable(lex.lang);
    this.classCache = scratch(1, tokens.length);
    this.functionCache = scratch(2, tokens.length);
    this.nounCache = scratch(5, tokens.length);
    this.adjectiveCache = scratch(6, tokens.length);
  }

  f(k: number): string {
    return tokenAt(this.tokens, k)?.f ?? '';
  }

  cls(k: number): number {
    if (k < 0 || k >= this.tokens.length) return 0;
    let c = this.classCache[k] as number;
    if (c < 0) {
      const t = this.tokens[k] as Token;
      c = t.kind === 'word' ? classesIn(this.wordClasses, t.f) : 0;
      // A word-class file may list no adverbs (the French one lists nouns, adjectives and
      // participles): the lexicon's `adverb` list tells those it leaves unknown, which would
      // otherwise head a counted phrase (« d’ici 2030 », « por encima del »).
      if (c === 0 && t.kind === 'word' && this.isClass('adverb', k)) c = ADV;
      this.classCache[k] = c;
    }
    return c;
  }

  isClass(name: string, k: number): boolean {
    return !!this.lex.wordList(name).at(this.tokens, k);
  }

  /** A word that carries no content: punctuation, numbers, stop words, prepositions, auxiliaries, determiners. */
  isFunction(k: number): boolean {
    if (k < 0 || k >= this.tokens.length) return true;
    let cached = this.functionCache[k] as number;
    if (cached < 0) this.functionCache[k] = cached = this.computeFunction(k) ? 1 : 0;
    return cached === 1;
  }

  private computeFunction(k: number): boolean {
    const t = this.tokens[k];
    if (t?.kind !== 'word' || this.numberAt[k] !== -1) return true;
    const lex = this.lex;
    // Reporting verbs are not listed here: "states", "reports" are nouns too, and the word classes tell.
    // (The word sets answer from the bits kept on the token's word: no hash lookup per set.)
    return (
      lex.stopwords.hasToken(t) ||
      lex.placePrepositions.hasToken(t) ||
      lex.determiners.hasToken(t) ||
      lex.connectors.hasToken(t) ||
      lex.auxiliaries.hasToken(t) ||
      lex.relatives.hasToken(t) ||
      lex.months.hasToken(t) ||
      lex.days.hasToken(t) ||
      lex.numbers.has(t.f) ||
      this.isClass('event-aux', k) ||
      // « frente a », « par rapport à », "ahead of": a compound preposition's first word is no noun.
      this.isClass('preposition-phrase', k)
    );
  }

  /** Capitalised words name things, so they head no counted phrase, except demonyms ("Ghanaians"), acronyms ("MPs") and a sentence's first word. */
  private capitalOk(k: number): boolean {
    const t = this.tokens[k] as Token;
    if (!t.cap) return true;
    if (this.ann?.has(k, 'demonym') || isAcronym(t.text.replace(TRAILING_S, ''))) return true;
    const before = tokenAt(this.tokens, k - 1);
    return k === 0 || (!!before && before.kind === 'punct' && OPENING_MARK.test(before.text));
  }

  canNoun(k: number): boolean {
    if (k < 0 || k >= this.tokens.length) return false;
    let cached = this.nounCache[k] as number;
    if (cached < 0) this.nounCache[k] = cached = this.computeNoun(k) ? 1 : 0;
    return cached === 1;
  }

  private computeNoun(k: number): boolean {
    if (this.isFunction(k) || !this.capitalOk(k)) return false;
    const c = this.cls(k);
    // "till", "will": a word that can be a preposition or an auxiliary heads no counted phrase.
    if (c & FUNCTION) return false;
    if (c & NOUN) return !this.accentedAsVerb(k);
    if (this.ann?.has(k, 'demonym')) return true;
    return c === 0 && !this.f(k).includes('-') && !this.lex.unknownNonNouns?.test(this.f(k));
  }

  /** A word that says when: a month, a day, a time word ("yesterday", « année »), a duration's unit. */
  isTime(k: number): boolean {
    const t = this.tokens[k];
    return !!t && (this.lex.months.hasToken(t) || this.lex.days.hasToken(t) || this.lex.timeWords.hasToken(t) || this.lex.durations.has(t.f));
  }

  /**
   * « cerró », « terminó »: folding takes the accent that makes a verb's form of a noun's
   * (« cerro », « término »); a word whose last letter lost an accent and that is written as the
   * lexicon's verbs end (`unknownNonNouns`) is the verb.
   */
  private accentedAsVerb(k: number): boolean {
    const t = this.tokens[k] as Token;
    return t.text.charAt(t.text.length - 1).toLowerCase() !== t.f.charAt(t.f.length - 1) && writtenAsVerb(t, this.lex);
  }

  canAdj(k: number): boolean {
    if (k < 0 || k >= this.tokens.length) return false;
    let cached = this.adjectiveCache[k] as number;
    if (cached < 0) this.adjectiveCache[k] = cached = this.computeAdjective(k) ? 1 : 0;
    return cached === 1;
  }

  private computeAdjective(k: number): boolean {
    if (this.isFunction(k) || (this.tokens[k] as Token).cap) return false;
    return (this.cls(k) & (ADJ | PARTICIPLE)) !== 0 || !!this.ann?.has(k, 'demonym') || this.compoundAdj(k);
  }

  /**
   * "heat-related", « franco-allemand »: a hyphenated word the word classes do not know, whose last
   * part is an adjective or a participle. Where heads come last, so is one whose last part is a
   * noun, before a noun ("its full-year revenue forecast").
   */
  private compoundAdj(k: number): boolean {
    const f = this.f(k);
    const hyphen = f.lastIndexOf('-');
    if (hyphen <= 0 || this.cls(k) !== 0) return false;
    const last = classesIn(this.wordClasses, f.slice(hyphen + 1));
    return (last & (ADJ | PARTICIPLE)) !== 0 || (this.lex.headFinal && (last & NOUN) !== 0 && this.canNoun(k + 1));
  }

  /**
   * An adjective after a head noun: by the word classes, or for a word they do not know, by the
   * lexicon's adjective endings (« incendios forestales »: the Spanish data leaves unknown the
   * stems its dictionary gives no class), unless the word is written as a verb (« acudió »).
   */
  followsAsAdj(k: number): boolean {
    if (this.canAdj(k)) return true;
    if (this.isFunction(k) || (this.tokens[k] as Token).cap || this.cls(k) !== 0) return false;
    return !!this.lex.adjectiveEndings?.test(this.f(k)) && !this.lex.unknownNonNouns?.test(this.f(k)) && !writtenAsVerb(this.tokens[k] as Token, this.lex);
  }

  /** A past participle that names what happened to the counted ("killed", « tués »). */
  isParticiple(k: number): boolean {
    const t = this.tokens[k];
    if (t?.kind !== 'word' || this.isFunction(k) || t.cap) return false;
    const c = this.cls(k);
    if (c & PARTICIPLE) return true;
    return (c & VERB) !== 0 && !!this.lex.participleEnding?.test(t.f);
  }

  span(start: number, end: number): string {
    const first = this.tokens[start] as Token;
    const last = tokenAt(this.tokens, end - 1) as Token;
    return this.text.slice(first.start - this.offset, last.end - this.offset);
  }

  words(start: number, end: number): number {
    let n = 0;
    for (let k = start; k < end; k++) if (this.tokens[k]?.kind === 'word') n++;
    return n;
  }
}

/**
 * "leaving 11,500 still in the dark", "another 120 coming from the north": an adverb (word list
 * `adverb-after-count`) or a verb's -ing form before a preposition or a stop is no noun that a
 * bare count counts ("5 housing units" has its noun after the -ing form).
 */
export function adverbOrGerundAt(tokens: readonly Token[], k: number, lex: Lexicon): boolean {
  const t = tokens[k];
  if (!t) return false;
  if (lex.wordList('adverb-after-count').at(tokens, k)) return true;
  const classes = wordClassesOf(lex.lang, t.f);
  // An adverb the word classes leave unknown (see Reader.cls): « 600 aujourd’hui ».
  if (classes === 0 && lex.wordList('adverb').at(tokens, k)) return true;
  const next = tokens[k + 1];
  if (next && next.kind === 'word' && !lex.placePrepositions.hasToken(next) && !lex.stopwords.hasToken(next)) return false;
  return (classes & VERB) !== 0 && !!lex.gerundEnding?.test(t.f);
}

/** The noun phrase starting at token k (adjectives and skip words before the head allowed), or null. */
function phraseAt(r: Reader, k: number): [number, number] | null {
  const { tokens, lex } = r;
  let j = k;
  // Past "more", « nouveaux »: only before a word that may be the noun (« 300 bons d’achat »).
  while (j < tokens.length && lex.unitSkips.hasToken(r.tokens[j]) && j - k < 2 && !r.isFunction(j + 1)) j++;
  // « en construire six nouvelles. »: such a word with no noun after it names nothing; nor does
  // net or gross (« 12 millones netos », figures.ts reads no unit there either).
  if (lex.unitSkips.hasToken(r.tokens[j]) || (j === k && lex.wordList('amount-adjective').at(tokens, j))) return null;
  // "20 billion euros last year", « 5 millions le mois dernier », "£300 million last season": a
  // time or a period (word list `period-noun`) after a skip word is when, not what.
  if (j > k && (lex.durations.has(r.f(j)) || r.isClass('period-noun', j))) return null;
  if (lex.headFinal) {
    // "a two-year 7.5 per cent wage rise": another figure before the noun is no part of it.
    // A count's own noun is a noun of the phrase ("half of the 16 official crossings").
    while (j < tokens.length && r.figureAt[j] !== -1 && r.figureAt[j] !== r.figureAt[k - 1] && j - k < 4 && (r.numberAt[j] !== -1 || r.figures[r.figureAt[j] as number]?.kind !== 'count')) j++;
  }
  const start = j;
  if (lex.headFinal) {
    // "530 flu patients", "medical, food and legal aid": the head ends the run.
    let lastNoun = -1;
    let words = 0;
    while (j < tokens.length && words < 5) {
      const t = tokens[j] as Token;
      const joins = (t.text === ',' || lex.clauseBreaks.hasToken(t)) && j > start && r.canAdj(j - 1) && (r.canAdj(j + 1) || r.canAdj(j + 2));
      if (joins) {
        j++;
        continue;
      }
      // "pay increase factoring in…", "girls living in…": a verb's -ing form after the head starts a clause.
      if (lastNoun >= 0 && r.cls(j) & VERB && lex.gerundEnding?.test(t.f) && (r.isFunction(j + 1) || (r.cls(j + 1) & FUNCTION) !== 0)) break;
      // "farmland last week", "crews north": a time or a direction after the head ends the phrase.
      if (lastNoun >= 0 && (lex.unitSkips.hasToken(t) || (r.cls(j) & ADV && !r.canNoun(j + 1)))) break;
      if (lastNoun === j - 1 && (verbAfterNoun(r, j) || verbAfterPlural(r, j))) break;
      if (r.canNoun(j)) lastNoun = j;
      else if (!r.canAdj(j) && !(t.cap && t.kind === 'word' && !r.isFunction(j) && words < 3)) break;
      j++;
      words++;
    }
    return lastNoun < 0 ? null : [start, lastNoun + 1];
  }
  // Head first ("soldats nord-coréens tués"): one adjective before the head at most.
  if (r.canAdj(j) && r.canNoun(j + 1) && !r.isFunction(j + 1)) j++;
  // « cinco implicados », « de los implicados »: right after a number or a determiner, an adjective
  // or a participle with no noun after it stands for one.
  // So may one after "de" (« la cifra de desaparecidos »).
  // After a number it agrees: « 3,4 millions atteint en 2019 » stands for nothing.
  const standsForNoun = j === start && r.canAdj(j) && ((r.numberAt[j - 1] !== -1 && pluralWord(r.f(j), r.lex)) || r.lex.determiners.hasToken(tokenAt(r.tokens, j - 1)) || r.isClass('measured-of', j - 1));
  if (!r.canNoun(j) && !standsForNoun) return null;
  j++;
  let added = 0;
  while (j < tokens.length && added < 3) {
    // « près de Gao », « lors de »: a word opening a locution with « de » ends the phrase.
    if (r.followsAsAdj(j) && !r.isClass('event-aux', j) && !(r.isClass('complement-of', j + 1) && !r.isParticiple(j))) {
      j++;
      added++;
    } else if (r.isClass('phrase-negation', j) && r.followsAsAdj(j + 1) && !r.isClass('event-aux', j + 1)) {
      // « aviones no tripulados », « objets non identifiés »: a negated adjective is still one.
      j += 2;
      added++;
    } else if (r.isClass('complement-of', j) && !r.isClass('complement-with-article', j) && r.canNoun(j + 1) && added === 0) {
      // « corps de migrants », « chefs d’accusation »: a complement without an article; « nombre de
      // nouveaux cas »: with an adjective before its noun.
      j += r.canAdj(j + 1) && r.canNoun(j + 2) && !r.isFunction(j + 2) ? 3 : 2;
      added++;
    } else break;
  }
  return [start, j];
}

/**
 * Head last ("two aides received suspended sentences"): a verb's form at k that cannot be a noun,
 * right after a noun, is the clause's verb; the nouns after it are its object, not the phrase of
 * the noun before it.
 */
function verbAfterNoun(r: Reader, k: number): boolean {
  if ((r.cls(k) & VERB) === 0 || r.canNoun(k)) return false;
  // "the world's refined copper": after a possessive the word is the next phrase's adjective.
  if (POSSESSIVE_END.test(tokenAt(r.tokens, k - 1)?.text ?? '')) return false;
  if ((r.cls(k - 1) & (NOUN | VERB)) === NOUN) return true;
  // "The new filter reduced emissions": a word that may be a verb too ("filter") is a noun after
  // a determiner, past its adjectives.
  if (!r.canNoun(k - 1)) return false;
  let j = k - 2;
  while (j >= 0 && k - j < 5 && r.canAdj(j) && !r.lex.determiners.hasToken(r.tokens[j])) j--;
  return j >= 0 && r.lex.determiners.hasToken(r.tokens[j]);
}

/** "The drug also lowered LDL levels": a verb's form that is no noun, right after an adverb, is the verb. */
function verbAfterAdverb(r: Reader, k: number): boolean {
  return (r.cls(k) & VERB) !== 0 && !r.canNoun(k) && r.cls(k - 1) === ADV;
}

/**
 * "She saw second-half sales rising", "and forecast second-half output": a word that may be a
 * verb right after a subject pronoun or "and" is the verb; a name's possessive ("Norvik's") opens
 * the phrase after it and is no part of it ("the operator's fuel bill" keeps its owner).
 */
function verbOpening(r: Reader, k: number): boolean {
  if (POSSESSIVE_MARK.test(r.tokens[k]?.text ?? '')) return !!tokenAt(r.tokens, k - 1)?.cap;
  if ((r.cls(k) & VERB) === 0) return false;
  if (r.lex.pronouns.hasWord(r.f(k - 1))) return true;
  // After "and" only a word that is no noun, or a participle no ending tells ("forecast"):
  // "rice and corn crops" is one phrase.
  return r.lex.clauseBreaks.hasToken(tokenAt(r.tokens, k - 1)) && (!r.canNoun(k) || r.isClass('irregular-participle', k));
}

/** "2 million people die", "3,000 workers strike": a word that may be a verb, not written as a plural, right after a plural noun is its verb. */
function verbAfterPlural(r: Reader, k: number): boolean {
  return (r.cls(k) & VERB) !== 0 && pluralNoun(r.f(k - 1), r.lex) && !pluralNoun(r.f(k), r.lex);
}

/** A plural is a noun with an -s added ("gas" is none), or a listed one; never a possessive ("Ghana's export earnings"). */
function pluralNoun(f: string, lex: Lexicon): boolean {
  return (f.endsWith('s') && !POSSESSIVE_S.test(f) && (wordClassesOf(lex.lang, f.slice(0, -1)) & NOUN) !== 0) || lex.wordList('irregular-plural').hasWord(f);
}

/**
 * "She said repairs could cost…": a reporting verb that cannot be a noun ("said", not "reports")
 * opens the clause after it, unless a determiner makes it an adjective ("the confirmed cases").
 */
function reportsBefore(r: Reader, k: number): boolean {
  return r.lex.finite.hasToken(r.tokens[k]) && (r.cls(k) & NOUN) === 0 && !r.lex.determiners.hasToken(tokenAt(r.tokens, k - 1));
}

/** The noun phrase ending at token k (inclusive), or null; a bracketed acronym stands for the name before it. `ofCount`: a count's noun may be that phrase. */
function phraseEndingAt(r: Reader, k: number, ofCount = false): [number, number] | null {
  const { tokens, lex } = r;
  if (tokens[k]?.text === ')' && tokenAt(tokens, k - 2)?.text === '(' && isAcronym(tokenAt(tokens, k - 1)?.text ?? '')) return [k - 1, k];
  // "two electricity credits of €150": a count's own noun may be what a figure after "of" is of.
  const countNoun = ofCount && r.numberAt[k] === -1 && itemAt(r.figures, r.figureAt[k] as number)?.kind === 'count';
  if (r.figureAt[k] !== -1 && !countNoun) return null;
  if (!r.canNoun(k) && !(r.canAdj(k) && !lex.headFinal)) return null;
  let j = k;
  if (lex.headFinal) {
    if (!r.canNoun(k)) return null;
    while (
      j - 1 >= 0 &&
      k - j < 3 &&
      r.figureAt[j - 1] === -1 &&
      (r.canNoun(j - 1) || r.canAdj(j - 1)) &&
      !verbAfterNoun(r, j - 1) &&
      !verbAfterPlural(r, j - 1) &&
      !verbAfterAdverb(r, j - 1) &&
      !verbOpening(r, j - 1) &&
      !reportsBefore(r, j - 1)
    )
      j--;
    // "the risk of heart attacks and strokes": nouns joined by "and" are one phrase.
    // Only inside a complement ("of"), where the two cannot be subject and object.
    if (lex.clauseBreaks.hasToken(tokenAt(r.tokens, j - 1))) {
      let b = j - 1;
      while (b - 1 >= 0 && j - b < 4 && r.figureAt[b - 1] === -1 && !r.isFunction(b - 1) && (r.canNoun(b - 1) || r.canAdj(b - 1))) b--;
      if (b < j - 1 && r.canNoun(j - 2) && lex.connectors.hasToken(tokenAt(r.tokens, b - 1))) j = b;
    }
    // "the number of patients": the phrase before "of" holds it.
    if (lex.connectors.hasToken(tokenAt(r.tokens, j - 1)) && r.canNoun(j - 2)) {
      j -= 2;
      // "The filter reduced emissions of soot": the verb ends this walk too.
      while (j - 1 >= 0 && k - j < 5 && (r.canNoun(j - 1) || r.canAdj(j - 1)) && !verbAfterNoun(r, j - 1) && !reportsBefore(r, j - 1)) j--;
    }
    return [j, k + 1];
  }
  // Head first: walk back over adjectives to the head (« hausse record », « droits de douane américains »).
  // A verb of change with no article before it ends the walk (« le taux reste stable à »; « la baisse » is a noun).
  const changeVerb = (j: number): boolean => r.isClass('change-verb', j) && !lex.determiners.hasToken(tokenAt(r.tokens, j - 1));
  while (j - 1 >= 0 && k - j < 6 && !changeVerb(j - 1)) {
    if (r.canNoun(j - 1) || r.canAdj(j - 1)) j--;
    // « casos confirmados de gripe »: the word before the connector may be its noun's adjective.
    else if (lex.connectors.hasToken(tokenAt(r.tokens, j - 1)) && (r.canNoun(j - 2) || r.canAdj(j - 2))) j -= 2;
    else break;
  }
  while (j < k && !r.canNoun(j)) j++;
  return r.canNoun(j) ? [j, k + 1] : null;
}

/**
 * For a head-first language, the phrase a complement hangs from: « la cote de confiance de son
 * équipe » → « cote de confiance ». For a level reached (`toLevel`: « la baisse du temps de
 * travail à 32 heures »), a noun of change holds no level: what changed, its complement, does.
 */
function headOfChain(r: Reader, np: [number, number], toLevel = false): [number, number] {
  if (r.lex.headFinal) return np;
  let [start, end] = np;
  // « du », « des »: an article with its preposition in one word is a complement's too.
  const links = (j: number): boolean => r.lex.connectors.hasToken(r.tokens[j]) || r.isClass('complement-of', j);
  for (let hop = 0; hop < 2; hop++) {
    let k = start - 1;
    while (k >= 0 && r.lex.determiners.hasToken(r.tokens[k]) && !links(k)) k--;
    if (k < 1 || !links(k)) break;
    const before = phraseEndingAt(r, k - 1);
    // « a relevé des concentrations »: a participle after its auxiliary is the verb, no head.
    if (!before || verbAfterAuxiliary(r, before) || (toLevel && (r.isClass('change-noun', before[0]) || r.isClass('change-noun', before[1] - 1)))) break;
    start = before[0];
  }
  // « la subida del tipo de interés al 4 % »: the same, inside one phrase.
  if (toLevel && r.isClass('change-noun', start) && r.lex.connectors.hasToken(r.tokens[start + 1])) {
    let k = start + 2;
    while (k < end - 1 && r.lex.determiners.hasToken(r.tokens[k])) k++;
    if (k < end && r.canNoun(k)) start = k;
  }
  // Keep the head and what follows it, within the length a reader takes in.
  return trimTail(r, [start, end]);
}

/** An event after the phrase: "were killed", « ont été tués », "killed" right after. */
function eventAfter(r: Reader, end: number): number {
  let j = end;
  let steps = 0;
  let passive = false;
  let perfect = false;
  while (j < r.tokens.length && steps < 3 && (r.isClass('event-aux', j) || r.lex.auxiliaries.hasToken(r.tokens[j]) || r.cls(j) === ADV)) {
    if (r.isClass('event-aux', j) && !r.lex.auxiliaries.hasToken(r.tokens[j])) passive = true;
    else if (r.lex.auxiliaries.hasToken(r.tokens[j])) perfect = true;
    j++;
    steps++;
  }
  // "87 seats compared to 41": a participle before "to"/« à » links, it tells no event. Where the
  // simple past looks like a participle ("climbers reached the top"), an auxiliary must say passive.
  // A word the word classes do not know, after a passive's auxiliary, that ends as an adjective
  // is the participle (« fueron imputados »).
  const participle = r.isParticiple(j) || (passive && r.followsAsAdj(j) && !r.canAdj(j));
  if (!participle || linksToFigure(r, j + 1) || (j === end && !r.lex.bareParticipleEvents)) return -1;
  // « han fallecido », « ont péri », « ont pris des mesures »: where participles agree with their
  // noun, an active perfect's participle does not (its auxiliary is the lexicon's `auxiliaries`,
  // « avoir », « haber »): it tells what the counted did, no state of theirs, even when it ends
  // as a plural would (« pris », « mis »). A passive's participle agrees: after a plural noun, a
  // singular one is another subject's (« le procès de deux gérants s’est ouvert »).
  const plural = PLURAL_END.test(r.f(end - 1));
  if (!r.lex.headFinal && ((perfect && !passive) || (plural && !r.f(j).endsWith('s')))) return -1;
  return j;
}

/** "to 52", « a los 40 », « à 12 »: a `link-to` word at k, then a figure (past a determiner). */
function linksToFigure(r: Reader, k: number): boolean {
  if (!r.isClass('link-to', k)) return false;
  let j = k + 1;
  if (r.lex.determiners.hasToken(r.tokens[j])) j++;
  return j < r.tokens.length && r.figureAt[j] !== -1;
}

function withEvent(r: Reader, np: [number, number]): string {
  const event = eventAfter(r, np[1]);
  const phrase = r.span(np[0], np[1]);
  return event >= 0 && r.words(np[0], np[1]) < MAX_WORDS ? `${phrase} ${(r.tokens[event] as Token).text}` : phrase;
}

/** Past a bracketed conversion after a unit ("80 kilometers (50 miles) off…"): the token after it. */
function afterBrackets(r: Reader, k: number): number {
  if (r.tokens[k]?.text !== '(') return k;
  for (let j = k + 1; j < r.tokens.length && j - k < 10; j++) if (r.tokens[j]?.text === ')') return j + 1;
  return k;
}

/** What follows a figure's unit: "of/de/in" and an article, then a noun phrase. */
function measuredAfter(r: Reader, end: number, inside = true): [number, number] | null {
  let k = afterBrackets(r, end);
  // A measure is of what follows "of"; "44 degrees in parts of the country" says where
  // (`measured-in`: the words that measure an amount, "$5 million in aid", not a quantity).
  if (!r.isClass('measured-of', k) || (!inside && r.isClass('measured-in', k))) return null;
  // "$10,940 a tonne in afternoon trading": after a price's unit of sale (figures.ts reads it into
  // the price) "in" says when or where; "a tonne of copper", « le kilo de fèves » still name the good.
  if (r.isClass('measured-in', k) && r.lex.wordList('price-unit').endingAt(r.tokens, end - 1)) return null;
  const within = r.isClass('measured-in', k);
  k = pastDeterminers(r, k + 1);
  const np = countedAt(r, pastOwnerOfCount(r, k)) ?? phraseAt(r, k);
  // "dropped 14 per cent in the third quarter", « au premier semestre »: a period says when.
  if (np && (r.isTime(np[1] - 1) || r.isClass('period-noun', np[1] - 1) || r.isClass('period-noun', np[0]))) return null;
  // "reached 91% in the northern city", « 12 % dans la région »: after "in", a place's noun says where.
  if (np && within && r.lex.classes.get('place-apposition')?.at(r.tokens, np[1] - 1)) return null;
  // « el 8 % del total de las ventas »: a container holds nothing itself; its complement does.
  if (np && r.isClass('container-noun', np[1] - 1) && r.isClass('measured-of', np[1])) {
    let j = np[1] + 1;
    while (j < r.tokens.length && r.lex.determiners.hasToken(r.tokens[j]) && j - np[1] < 3) j++;
    // Only a complement that opens on its noun: « du montant d’un éventuel futur transfert » keeps « montant ».
    const inner = phraseAt(r, j);
    return inner && !r.canAdj(inner[0]) ? inner : np;
  }
  return np;
}

/**
 * "61% of the province's roughly 3 million voters", « 40 % des quelque 9 000 inscrits »: an owner
 * and a qualifier before a count stand before what is counted, which the count's own noun names:
 * where they end (k when there are none). (The owner alone, "the province's", is no noun of what
 * a share is of.)
 */
function pastOwnerOfCount(r: Reader, k: number): number {
  let j = k;
  if (POSSESSIVE_END.test(r.tokens[j]?.text ?? '') && r.tokens[j]?.kind === 'word') j++;
  else if (POSSESSIVE_MARK.test(r.tokens[j + 1]?.text ?? '')) j += 2;
  const q = r.lex.qualifiers.at(r.tokens, j);
  return q ? j + q.length : j;
}

/** Whether "of" after a share's end names a whole by its count ("of the 9,000 members", « des quelque 9 000 inscrits »). */
function wholeCountedAfter(r: Reader, end: number): boolean {
  const k = afterBrackets(r, end);
  if (!r.isClass('measured-of', k) || r.isClass('measured-in', k)) return false;
  return countedAt(r, pastOwnerOfCount(r, pastDeterminers(r, k + 1))) !== null;
}

/** Past up to two determiners from k (« de los », "of the"). */
function pastDeterminers(r: Reader, k: number): number {
  let j = k;
  while (j < r.tokens.length && r.lex.determiners.hasToken(r.tokens[j]) && j - k < 2) j++;
  return j;
}

/** The noun of a count whose number starts at k ("9 000 inscrits", « 12.000 votos emitidos »), or null. */
function countedAt(r: Reader, k: number): [number, number] | null {
  const at = r.numberAt[k];
  if (at === undefined || at === -1) return null;
  const f = r.figures[at] as PlacedFigure;
  return f.kind === 'count' && (f.start === k || r.lex.qualifiers.endingAt(r.tokens, k - 1) !== null) ? phraseAt(r, f.numberEnd) : null;
}

/**
 * « un déficit de 5,1 % du PIB », "debt of 117% of GDP", « un gasto del 2 % del PIB »: a share of
 * a base the whole economy is measured by (word list `base-noun`) measures what it hangs from
 * (`link-before`) or the clause's subject, never the base. Other phrases after a share are what
 * it is a share of (« 80 % des bulletins »).
 */
function shareOfBase(r: Reader, f: PlacedFigure): boolean {
  let k = afterBrackets(r, f.end);
  if (!r.isClass('measured-of', k)) return false;
  k++;
  while (k < r.tokens.length && r.lex.determiners.hasToken(r.tokens[k]) && !r.isClass('base-noun', k)) k++;
  return r.isClass('base-noun', k);
}

/**
 * Heads last, a change named right after its figure is a change of the phrase after it: "a 31%
 * drop in annual profit", "a 5 per cent rise in exports" count profit and exports, not the drop.
 */
function changeAfterFigure(r: Reader, f: PlacedFigure): [number, number] | null {
  if (!r.lex.headFinal) return null;
  const np = phraseAt(r, f.end);
  return np && r.isClass('change-noun', np[1] - 1) ? measuredAfter(r, np[1]) : null;
}

/**
 * What a change's figure changed: "a rise of 4% in exports", « una variación de 6 % anual en la
 * inflación ». The figure hangs from a noun of change (`change-noun` and a `link-before` word);
 * past a period word (`change-period`: annual…), "in"/« en » (`change-in`, `measured-of`) names
 * what changed. A place or a date there ("in March", « en Madrid ») is no counted thing.
 */
function changedAfter(r: Reader, f: PlacedFigure): [number, number] | null {
  let k = f.start - 1;
  const q = r.lex.qualifiers.endingAt(r.tokens, k);
  if (q) k -= q.length;
  const link = r.lex.wordList('link-before').endingAt(r.tokens, k);
  if (!link || !r.isClass('change-noun', k - link.length)) return null;
  // "had been cut by 40% in real terms": after an auxiliary the word of change is the verb's
  // participle; what changed is its subject, and "in" says how the change is measured.
  if (verbAfterAuxiliary(r, [k - link.length, k - link.length + 1])) return null;
  let j = afterBrackets(r, f.end);
  const period = r.lex.wordList('change-period').at(r.tokens, j);
  if (period) j += period.length;
  if (!r.isClass('change-in', j) && !r.isClass('measured-of', j)) return null;
  const from = ++j;
  while (j < r.tokens.length && r.lex.determiners.hasToken(r.tokens[j]) && j - from < 2) j++;
  const np = phraseAt(r, j);
  return np && !r.isFunction(np[0]) && !(r.tokens[np[0]] as Token).cap ? np : null;
}

/**
 * The phrase a figure hangs from before it: "a fine of", « un mandat de », "an offer worth"
 * (class `link-before`); with `link-to` ("the deposit rate to", « son taux à »), only a phrase
 * that is no prepositional complement itself ("in early trading to $12" says nothing).
 */
function linkedBefore(r: Reader, start: number, className = 'link-before', share = false): [number, number] | null {
  let k = start - 1;
  // "target” of between 5 and 9 percent": closing quotes, "between" and qualifiers stand between.
  while (k >= 0 && CLOSING_MARK.test(tokenAt(r.tokens, k)?.text ?? '')) k--;
  const q = r.lex.qualifiers.endingAt(r.tokens, k);
  if (q) k -= q.length;
  // "a surplus of just $1.1 billion", « un excédent de seulement 2 % »: an adverb of degree (word
  // list `figure-adverb`) stands between the link and its figure too.
  const adverb = r.lex.wordList('figure-adverb').endingAt(r.tokens, k);
  if (adverb) k -= adverb.length;
  if (r.isClass('range-word', k) && !r.lex.wordList(className).endingAt(r.tokens, k)) k--;
  // « en el 3 % »: a share takes an article between the link word and the figure (a count's
  // article is its own: « frente a los 173 »).
  if (share && r.lex.determiners.hasToken(tokenAt(r.tokens, k)) && r.lex.wordList(className).endingAt(r.tokens, k - 1)) k--;
  const link = r.lex.wordList(className).endingAt(r.tokens, k);
  if (!link) return null;
  k -= link.length;
  const linkStart = k + 1;
  while (k >= 0 && CLOSING_MARK.test(tokenAt(r.tokens, k)?.text ?? '')) k--;
  k = pastTimeAdjunct(r, k);
  // « s'est accru de 2,3 % », « en hausse de 6,1 % »: a change, whose subject says what changed.
  // A time that could not be passed ("tripled last year to 127,000") is when, never what.
  // A determiner makes the word a noun ("in a range of 15 to 16 per cent").
  const change = r.lex.wordList('change-verb').endingAt(r.tokens, k);
  // (So is a period: « terminó la rueda a 290 dólares », "ended the session at".)
  if ((change && !r.lex.determiners.hasToken(tokenAt(r.tokens, k - change.length))) || r.isTime(k) || r.isClass('period-noun', k)) return null;
  let np = phraseEndingAt(r, k, className === 'link-before');
  if (!np) return null;
  // « fue elevada de 5 a 7 », "was lifted from 5 to 7": right after an auxiliary the word is a
  // verb's participle, no noun phrase; what changed is the clause's subject.
  if (verbAfterAuxiliary(r, np)) return null;
  // « Les loyers, passés de 600 à 900 euros »: a participle set off by a comma qualifies the
  // phrase before the comma, which is what changed.
  if (np[1] - np[0] === 1 && r.isParticiple(np[0]) && tokenAt(r.tokens, np[0] - 1)?.text === ',') {
    const qualified = phraseEndingAt(r, np[0] - 2);
    // Its figures are the levels it went through: a noun of change there holds none (toLevel).
    return qualified ? headOfChain(r, qualified, true) : null;
  }
  // « Le tunnel, long de 12 km », « une digue haute de 8 mètres »: an adjective of size (word list
  // `measure-adjective`) says which dimension; what is measured is the phrase it qualifies.
  if (r.lex.wordList('measure-adjective').at(r.tokens, np[1] - 1)) {
    if (np[1] - np[0] > 1) np = [np[0], np[1] - 1];
    else {
      // The phrase right before the comma, not the head of its chain: in "12 km more of their
      // border, long of 1,000 km" the border is long, not the 12 km.
      return tokenAt(r.tokens, np[0] - 1)?.text === ',' ? phraseEndingAt(r, np[0] - 2) : null;
    }
  }
  // "growth in a range of 7 to 9 per cent", "over the course of five years": a container
  // noun holds nothing itself; the phrase before its preposition does, if any.
  if (r.isClass('container-noun', np[1] - 1)) {
    const p = prepositionBefore(r, np[0]);
    // Only through "in"/"of"/« à »: "over the course of" leaves the figure to its own unit.
    const through = p > 0 && (r.isClass('measured-of', p) || r.isClass('link-to', p) || r.isClass('change-by', p));
    const before = through ? phraseEndingAt(r, p - 1) : null;
    if (!before) return null;
    np = before;
  } else if (className !== 'link-before') {
    // "in early trading to $12": a phrase inside a prepositional phrase is a circumstance,
    // unless it follows a noun of change ("an increase in inflation to 13%") or "with" makes it
    // the subject of a level (`link-with`: "with its main rate at 3%", « con la inflación en el 5 % »).
    const p = prepositionBefore(r, np[0]);
    if (p >= 0 && !r.isClass('change-noun', p - 1) && !r.isClass('link-with', p)) return null;
  }
  // "cut delays on the northern line by 28%": the change is of the phrase that opens the chain.
  if (r.isClass('change-by', linkStart)) {
    const opening = chainOpening(r, np);
    return opening ? headOfChain(r, opening) : null;
  }
  return headOfChain(r, np, className === 'link-to');
}

/**
 * The token before a time adjunct that ends at token k (« en 2025 », "this year", « en mars »),
 * or k when none ends there: when something happened, between a phrase and the word that links
 * it to a figure, is not what the figure counts.
 */
function pastTimeAdjunct(r: Reader, k: number): number {
  const t = r.tokens[k];
  if (!t) return k;
  const year = t.kind === 'number' && r.figureAt[k] === -1 && writtenAsYear(t.text);
  if (!year && !r.isTime(k)) return k;
  let j = k - 1;
  // "last year", "next month": the words that place a time (unitSkips) are part of it.
  while (j >= 0 && (r.lex.determiners.hasToken(r.tokens[j]) || r.lex.timeWords.hasToken(r.tokens[j]) || r.lex.unitSkips.hasToken(r.tokens[j]))) j--;
  if (j >= 0 && r.lex.placePrepositions.hasToken(r.tokens[j])) j--;
  // Only between words: a figure or a clause's edge before it leaves the adjunct where it is.
  return j >= 0 && r.tokens[j]?.kind === 'word' && r.figureAt[j] === -1 && j < k ? j : k;
}

/** The preposition just before a phrase starting at token `start` (past its determiners and modifiers), or -1. */
function prepositionBefore(r: Reader, start: number): number {
  let p = start - 1;
  for (let steps = 0; p >= 0 && steps < 3 && (r.lex.determiners.hasToken(tokenAt(r.tokens, p)) || (tokenAt(r.tokens, p)?.kind === 'word' && !r.isFunction(p) && (r.cls(p) & FUNCTION) === 0)); steps++) p--;
  const t = tokenAt(r.tokens, p);
  if (t?.kind !== 'word') return -1;
  return r.lex.placePrepositions.hasToken(t) || r.isClass('measured-of', p) || ((r.cls(p) & FUNCTION) !== 0 && !r.lex.determiners.hasToken(t) && !r.lex.clauseBreaks.hasToken(t)) ? p : -1;
}

/** The tokens [start, end) of a verb of word list `name` before the figure, in its clause (past no punctuation and no other figure, within 8 tokens), or null. */
function verbOfListBefore(r: Reader, start: number, name: string): [number, number] | null {
  const verbs = r.lex.wordList(name);
  for (let j = start - 1, budget = 8; j >= 0 && budget > 0; j--, budget--) {
    const t = r.tokens[j] as Token;
    if (t.kind === 'punct' && t.text !== '(' && t.text !== ')' && t.text !== '’' && t.text !== "'") return null;
    // "nearly tripled to £412 million": a verb that is a figure itself ("tripled") is still the verb.
    const hit = verbs.endingAt(r.tokens, j);
    if (hit) return [j - hit.length + 1, j + 1];
    if (r.figureAt[j] !== -1) return null;
  }
  return null;
}

/** The subject of a verb of change before the figure: "revenue rose 18% to…", « le taux a été gardé à zéro ». */
function subjectOfChange(r: Reader, start: number): [number, number] | null {
  // « ont été inférieures de 20 % à la moyenne »: a comparative adjective compares its subject.
  const found = verbOfListBefore(r, start, 'change-verb') ?? verbOfListBefore(r, start, 'comparative-adjective');
  if (!found) return null;
  // "set aside $75 million": with its particle (`verb-particle`) the verb is another one, no change.
  if (r.isClass('verb-particle', found[1])) return null;
  // "raised the lending rate to 9%", « porte son taux d’approbation à 41 % »: the object changes;
  // « a connu un rebond à 39 % », "posted a rise of 5%": a noun of change leaves it to the subject.
  const [verb, changeEnd] = found;
  let o = changeEnd;
  // The object follows the verb at once ("raised its rate to"): "de"/« à » or a qualifier there
  // introduce the figure itself (« en recul de près de 15 % »).
  const linked = r.isClass('link-before', o) || r.isClass('link-to', o) || r.lex.qualifiers.at(r.tokens, o) !== null;
  while (!linked && o < start && (r.lex.determiners.hasToken(r.tokens[o]) || r.lex.stopwords.hasToken(r.tokens[o]))) o++;
  const object = !linked && o < start ? phraseAt(r, o) : null;
  // "is forecast at 4.4%": a participle after the copula is the verb's, no object.
  if (object && object[1] <= start && !r.isClass('change-noun', object[0]) && !r.isClass('change-noun', object[1] - 1) && !verbAfterAuxiliary(r, object)) return headOfChain(r, trimTail(r, object));
  // « portera de 20 à 24 le nombre de vols »: the figures first, then the object that changes;
  // where heads come first, one share may stand before it (« ont réduit de 40 % l’usage
  // d’engrais », « han recortado un 40 % el uso de fertilizantes »).
  const firstKind = (r.figures[r.figureAt[start] as number] as PlacedFigure).kind;
  const shareFirst = !r.lex.headFinal && (firstKind === 'percent' || firstKind === 'money') && onlyLinksBetween(r, changeEnd, start);
  const after = linked || shareFirst ? objectAfterFigures(r, start, shareFirst) : null;
  if (after) return after;
  return subjectOfVerb(r, verb, changeEnd, linked || changeEnd === start);
}

/**
 * What a price or a cost is of: the subject of a verb of cost before the figure (word list
 * `cost-verb`: "the strike costs the company 20 million euros a day", « le chantier coûtera 3
 * milliards », « la obra costó a la ciudad 95 millones »). The phrase after such a verb is who
 * pays, never what is measured.
 */
function subjectOfCost(r: Reader, start: number): [number, number] | null {
  const verb = verbOfListBefore(r, start, 'cost-verb');
  return verb ? subjectOfVerb(r, verb[0], verb[1], true) : null;
}

/**
 * "sales in the second half", "profit excluding special items", "freight costs from Asia to the
 * east coast": where a compound's head comes last and complements follow it, the phrase that
 * opens a chain of prepositional phrases (a place's preposition, `modifier-prep`,
 * `complement-prep`) ending with `np`. A name in the chain is passed as a phrase of its own; a
 * chain that opens with a name gives null.
 */
function chainOpening(r: Reader, np: [number, number]): [number, number] | null {
  let name = false;
  for (let hop = 0; hop < 3 && r.lex.headFinal; hop++) {
    let p: number = np[0] - 1;
    while (p >= 0 && r.lex.determiners.hasToken(r.tokens[p])) p--;
    if (p < 1 || !(r.lex.placePrepositions.hasToken(r.tokens[p]) || r.isClass('modifier-prep', p) || r.isClass('complement-prep', p))) break;
    let first: number = p;
    while (first - 1 > 0 && tokenAt(r.tokens, first - 1)?.cap && tokenAt(r.tokens, first - 1)?.kind === 'word' && !r.isFunction(first - 1)) first--;
    const before: [number, number] | null = first < p ? [first, p] : phraseEndingAt(r, p - 1);
    if (!before) break;
    np = before;
    name = first < p;
  }
  return name ? null : np;
}

/**
 * The subject of the verb at [verb, verbEnd) whose figure comes after it. `direct`: the figure
 * follows the verb with no object between (a name may then be the whole subject: "Shares in
 * Norvale rose 5%").
 */
function subjectOfVerb(r: Reader, verb: number, verbEnd: number, direct: boolean): [number, number] | null {
  const described = relativeSubject(r, verb);
  if (described) return described;
  let k = verb - 1;
  // Auxiliaries and adverbs between the subject and its verb; "the turbine now costs": a word that
  // may also be a noun is an adverb there when a word that can only be a noun stands before it
  // ("we now know there were": no subject before "there").
  const adverb = (j: number): boolean => r.cls(j) === ADV || ((r.cls(j) & ADV) !== 0 && r.canNoun(j - 1) && (r.cls(j - 1) & VERB) === 0);
  // A modal before the verb ("could cost", « devrait ralentir », « podría alcanzar ») stands between too.
  for (let steps = 0; k >= 0 && steps < 3 && (r.isClass('event-aux', k) || r.lex.auxiliaries.hasToken(r.tokens[k]) || adverb(k) || r.lex.reflexives.hasToken(r.tokens[k]) || r.isClass('modal-verb', k)); steps++) k--;
  // "wage growth, which stood at 3.3%", « los precios, que subieron un 7 % »: a relative right
  // before its verb is the subject; what it stands for, the phrase before it, changed.
  const relative = r.lex.wordList('subject-relative').endingAt(r.tokens, k);
  if (relative) {
    const before = k - relative.length;
    const end = r.tokens[before]?.text === ',' ? before - 1 : before;
    const np = phraseEndingAt(r, end);
    if (np) return headOfChain(r, trimTail(r, np));
    // "Shares in Ridgeway, which have gained 40%": past a name, the first phrase of its clause;
    // "the cost of a plant in Ohio that will cost": a name after a preposition is where the
    // phrase before the preposition stands.
    const named = r.tokens[end]?.cap && r.tokens[end]?.kind === 'word';
    if (!named) return null;
    let first = end;
    while (first > 1 && tokenAt(r.tokens, first - 1)?.cap && tokenAt(r.tokens, first - 1)?.kind === 'word') first--;
    const placed = r.lex.placePrepositions.hasToken(tokenAt(r.tokens, first - 1)) ? phraseEndingAt(r, first - 2) : null;
    return placed ? headOfChain(r, trimTail(r, placed)) : firstPhraseOfClause(r, end);
  }
  // Head first, the subject's head opens its clause and complements follow it (« le niveau de stock
  // des entrepôts … de l’enseigne a baissé »): the clause's first phrase, not the nearest noun.
  // A comma right before the verb closes an incise (« el frente, cuya llegada fue anunciada
  // ayer, se ubicó… »): the subject is the phrase before the incise, not one inside it.
  if (!r.lex.headFinal) {
    // Only before a verb: « , en recul de 23 % » after a comma is an adjunct around a noun of
    // change, with no subject of its own.
    const opens = !r.isClass('change-noun', verbEnd - 1) && r.tokens[k]?.text === ',' ? inciseStart(r, k) : -1;
    // « la central tendrá 600 megavatios de potencia y costará… »: a verb coordinated after another
    // verb's figure shares that verb's subject; the phrase after the figure is its object's complement.
    if (opens < 0 && r.lex.clauseBreaks.hasToken(r.tokens[k])) {
      const start = clauseStart(r, k);
      if (start > 0 && r.figureAt[start - 1] !== -1) return null;
    }
    return firstPhraseOfClause(r, opens > 0 ? opens : k);
  }
  // "Export revenue, which the ministry tracks every month, rose to": a relative clause set off
  // by commas stands between the subject and its verb; the subject ends before it. So does an
  // apposition ("Diesel sales, the ministry's main gauge, fell") or a participle's phrase
  // ("Tarvex bonds, traded mostly in Zurich, lost"), when the subject before it opens the clause.
  if (r.tokens[k]?.text === ',') {
    const opens = inciseStart(r, k);
    const first = r.tokens[opens + 1];
    const incise = opens > 0 && (r.lex.relatives.hasToken(first) || ((r.lex.determiners.hasToken(first) || r.isParticiple(opens + 1)) && opensItsClause(r, phraseEndingAt(r, opens - 1))));
    if (incise) k = opens - 1;
  }
  const inner = countInComplement(r, k);
  if (inner) return inner;
  const np = phraseEndingAt(r, k);
  if (!np) {
    // "Shares in Norvale rose 5%", "the death toll … declared in early May has climbed to 61",
    // "gusts reached up to": past a name (or a verb of the chain) right before a verb that takes
    // the figure at once, the clause's first phrase.
    const named = r.tokens[k]?.cap === true && r.tokens[k]?.kind === 'word';
    return direct && (named || r.lex.wordList('change-verb').endingAt(r.tokens, k)) ? firstPhraseOfClause(r, k) : null;
  }
  // "those of maize fell 4%": the phrase after such a pronoun is its complement (standsForEarlierNoun).
  if (r.lex.wordList('demonstrative-pronoun').endingAt(r.tokens, np[0] - 1)) return null;
  // "Those who backed the amendment were 61": the phrase before the verb ends a relative clause;
  // the subject is whom the clause describes, no noun inside it.
  for (let p = np[0] - 1; p >= 0 && (r.tokens[p] as Token).kind !== 'punct'; p--) if (r.isClass('relative-pronoun', p)) return null;
  const opening = chainOpening(r, np);
  return opening ? headOfChain(r, opening) : null;
}

/**
 * "Membership of the league's 40 clubs fell by 3%": where heads come last, a count that ends the
 * subject's complement (after "of", past determiners and a possessive) is no subject itself; the
 * phrase before "of" is. Null when the token at k ends no such count.
 */
function countInComplement(r: Reader, k: number): [number, number] | null {
  const figure = itemAt(r.figures, r.figureAt[k] as number);
  if (figure?.kind !== 'count' || figure.end !== k + 1) return null;
  let p = figure.start - 1;
  for (let steps = 0; p > 0 && steps < 3; steps++, p--) {
    const t = r.tokens[p] as Token;
    if (!r.lex.determiners.hasToken(t) && !POSSESSIVE_MARK.test(t.text) && !POSSESSIVE_END.test(t.text) && !POSSESSIVE_MARK.test(tokenAt(r.tokens, p + 1)?.text ?? '')) break;
  }
  if (!r.lex.connectors.hasToken(r.tokens[p])) return null;
  const np = phraseEndingAt(r, p - 1);
  return np ? headOfChain(r, trimTail(r, np)) : null;
}

/**
 * A subject that is a relative clause about people (`those-who`: "Those who voted for the bill
 * were 204", « Ceux qui ont voté pour étaient 204 », « Quienes votaron a favor fueron 204 »): the
 * clause says what is counted, from its verb (past an auxiliary) to the main verb at `verb`.
 */
function relativeSubject(r: Reader, verb: number): [number, number] | null {
  const leads = r.lex.wordList('those-who');
  for (let p = verb - 1; p >= 0 && verb - p <= 10; p--) {
    const t = r.tokens[p] as Token;
    if ((t.kind === 'punct' && t.text !== '’' && t.text !== "'") || r.figureAt[p] !== -1) return null;
    if (!leads.endingAt(r.tokens, p)) continue;
    let from = p + 1;
    while (from < verb && (r.lex.auxiliaries.hasToken(r.tokens[from]) || r.isClass('event-aux', from))) from++;
    let end = verb;
    while (r.words(from, end) > MAX_WORDS) end--;
    return end > from ? trimTail(r, [from, end]) : null;
  }
  return null;
}

/** Tokens [from, to) are only determiners, link words and qualifiers (« de », « en », « un », « de près de »). */
function onlyLinksBetween(r: Reader, from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const qualifier = r.lex.qualifiers.at(r.tokens, k);
    if (qualifier) k += qualifier.length - 1;
    else if (!r.lex.determiners.hasToken(r.tokens[k]) && !r.isClass('link-before', k) && !r.isClass('link-to', k) && !r.isClass('change-by', k)) return false;
  }
  return true;
}

/**
 * The object after a change's range (« de 20 à 24 le nombre de vols »): a determiner and its
 * phrase right after the second figure, or null. A single figure is not enough where heads come
 * last: in "rose to 3,412 the agency said" the words after it open another clause; `single` reads
 * the phrase right after one figure (a head-first language's share, see subjectOfChange).
 */
function objectAfterFigures(r: Reader, start: number, single = false): [number, number] | null {
  const first = r.figureAt[start] as number;
  let k = start;
  while (k < r.tokens.length && r.figureAt[k] === first) k++;
  if (!single) {
    // One range word (« à », "to"), then the second figure.
    if (!r.isClass('range-word', k) && !r.isClass('link-to', k)) return null;
    const second = r.figureAt[k + 1] as number;
    if (second === -1 || second === undefined || second === first) return null;
    k++;
    while (k < r.tokens.length && r.figureAt[k] === second) k++;
  } else if (r.isClass('measured-of', k) || r.isClass('complement-of', k) || r.lex.connectors.hasToken(r.tokens[k])) {
    // « llegará al 2 % del PIB »: a complement after one figure says what it is a share of.
    return null;
  }
  if (!r.lex.determiners.hasToken(r.tokens[k])) return null;
  while (k < r.tokens.length && r.lex.determiners.hasToken(r.tokens[k])) k++;
  const np = phraseAt(r, k);
  if (!np) return null;
  // « le mois dernier », « el próximo año »: a time after the figures says when, not what changed.
  for (let j = np[0]; j <= np[1]; j++) if (r.lex.durations.has(r.f(j)) || r.lex.timeWords.hasToken(r.tokens[j])) return null;
  // « de 400 à 450 francs le kilo », « 80 dollars le baril »: a unit of measure after them is what
  // the price is per, not what changed.
  if (r.lex.measures.at(r.tokens, np[0])) return null;
  return containedIn(r, trimTail(r, np));
}

/** A phrase cut before its first adverb ("a 16-pound turkey now costs": "now" before a verb's form): an adverb after a noun opens the predicate. */
function untilAdverb(r: Reader, np: [number, number] | null): [number, number] | null {
  if (!np) return null;
  for (let k = np[0] + 1; k < np[1]; k++) if ((r.cls(k) & ADV) !== 0 && ((r.cls(k) & NOUN) === 0 || (r.cls(k + 1) & VERB) !== 0)) return [np[0], k];
  return np;
}

/** The first noun phrase of the clause that ends at token k (after a comma, a relative, a clause break). */
function firstPhraseOfClause(r: Reader, k: number): [number, number] | null {
  let j = clauseStart(r, k);
  // « celles à destination de la Chine ont augmenté », "those of the north rose": a pronoun
  // that stands for a noun said before names nothing here (see standsForEarlierNoun).
  if (r.isClass('demonstrative-pronoun', j)) return null;
  while (j < k && (r.lex.determiners.hasToken(r.tokens[j]) || r.lex.stopwords.hasToken(r.tokens[j]))) j++;
  let np = phraseAt(r, j);
  // « 26 millions de tonnes cette année, en recul de 25 % »: a time opening the clause is when.
  if (np && np[1] - np[0] === 1 && r.isTime(np[0])) return null;
  // « la grève coûte »: a verb the word classes also know as an adjective ends the phrase.
  if (np && np[1] > k + 1 && np[0] <= k && r.canNoun(k)) np = [np[0], k + 1];
  if (!np || np[1] > k + 1 || verbAfterAuxiliary(r, np)) return null;
  return containedIn(r, trimTail(r, np));
}

/** The first token of the clause that token k is in (after a comma, a relative, a clause break or a figure; within 14 tokens). */
function clauseStart(r: Reader, k: number): number {
  let j = k;
  for (let budget = 14; j > 0 && budget > 0; j--, budget--) {
    const before = tokenAt(r.tokens, j - 1) as Token;
    // « el precio de la carga de 125 kilos subió »: a figure that complements a noun (after
    // « de », "of") is inside the subject; the clause goes on before it.
    const figure = r.figureAt[j - 1] as number;
    if (figure !== -1) {
      const start = (r.figures[figure] as PlacedFigure).start;
      if (!r.lex.connectors.hasToken(tokenAt(r.tokens, start - 1)) || !r.canNoun(start - 2) || (r.cls(start - 2) & (VERB | PARTICIPLE)) !== 0) break;
      j = start + 1; // the loop steps back to the figure's first token
      continue;
    }
    if ((before.kind === 'punct' && CLAUSE_MARK.test(before.text)) || r.lex.relatives.hasToken(before) || r.lex.clauseBreaks.hasToken(before)) break;
  }
  return j;
}

/**
 * "640 of the stranded", "two of the wounded": after an article, an adjective or a participle
 * that no noun follows stands for the people it says; its range, or null.
 */
function adjectiveAsNoun(r: Reader, k: number): [number, number] | null {
  if (!r.lex.headFinal || !r.lex.determiners.hasToken(tokenAt(r.tokens, k - 1)) || !(r.canAdj(k) || r.isParticiple(k)) || r.canNoun(k + 1)) return null;
  return (r.tokens[k] as Token).kind === 'word' && !(r.tokens[k] as Token).cap ? [k, k + 1] : null;
}

/** Whether a noun phrase opens its clause, only determiners before it. */
function opensItsClause(r: Reader, np: [number, number] | null): boolean {
  if (!np) return false;
  for (let j = clauseStart(r, np[0]); j < np[0]; j++) if (!r.lex.determiners.hasToken(r.tokens[j])) return false;
  return true;
}

/**
 * « les ventes de vin ont augmenté de 6 %, tandis que celles de bière ont reculé de 4 % »: a
 * figure whose clause opens with a pronoun standing for a noun said before (word list
 * `demonstrative-pronoun`) counts that noun's head alone, « ventes », not its complement.
 */
function standsForEarlierNoun(r: Reader, f: PlacedFigure): boolean {
  return f.start > 0 && r.isClass('demonstrative-pronoun', clauseStart(r, f.start - 1));
}

/** The head word of a counted phrase: its last word where heads come last, else its first. */
function headWord(r: Reader, phrase: string): string {
  const words = phrase.split(' ');
  return (r.lex.headFinal ? words[words.length - 1] : words[0]) ?? phrase;
}

/** The comma that opens the incise closed by the comma at `close` (within 20 tokens, in the same clause), or -1 when there is none. */
function inciseStart(r: Reader, close: number): number {
  for (let j = close - 1; j > 0 && close - j <= 20; j--) {
    const t = r.tokens[j] as Token;
    if (t.text === ',') return j;
    if (t.kind === 'punct' && SENTENCE_MARK.test(t.text)) return -1;
  }
  return -1;
}

/**
 * A word right after an auxiliary that is a participle, an -ing form or no noun (« fue revisada »,
 * "was lifted", "were running"): part of a verb, never the phrase a figure counts.
 */
function verbAfterAuxiliary(r: Reader, np: [number, number]): boolean {
  if (!r.lex.auxiliaries.hasToken(tokenAt(r.tokens, np[0] - 1)) && !r.isClass('event-aux', np[0] - 1)) return false;
  // "were running 7% ahead": a lone -ing form after the copula is a verb too.
  const progressive = np[1] - np[0] === 1 && (r.cls(np[0]) & VERB) !== 0 && !!r.lex.gerundEnding?.test(r.f(np[0]));
  // "is forecast at 4.4%", "was put at": a participle that no ending tells (word list
  // `irregular-participle`) is the verb's after an auxiliary, though it may also be a noun.
  // « ont été inférieures de 20 % »: a comparative adjective there is the predicate, whatever its classes.
  return progressive || r.isParticiple(np[1] - 1) || (r.cls(np[1] - 1) & NOUN) === 0 || (np[1] - np[0] === 1 && (r.isClass('irregular-participle', np[0]) || r.isClass('comparative-adjective', np[0])));
}

/** « la cifra de los pacientes internados », "the total of votes": a container noun counts what its complement names. */
function containedIn(r: Reader, np: [number, number]): [number, number] {
  const head = r.lex.headFinal ? np[1] - 1 : np[0];
  if (!r.isClass('container-noun', head)) return np;
  const inner = measuredAfter(r, np[1]);
  return inner && r.words(inner[0], inner[1]) > 0 ? inner : np;
}

/** A phrase never ends on a connector or a determiner (« ventes totales des »). */
function trimTail(r: Reader, np: [number, number]): [number, number] {
  let [start, end] = np;
  while (r.words(start, end) > 4) end--;
  while (end - 1 > start && (r.lex.connectors.hasToken(tokenAt(r.tokens, end - 1)) || r.lex.determiners.hasToken(tokenAt(r.tokens, end - 1)))) end--;
  return [start, end];
}

/** What has lasted: « l'offensive russe menée depuis plus de trois ans », « en poste depuis 11 ans » (word list `lasting-since`). */
function lastingBefore(r: Reader, start: number): [number, number] | null {
  let k = start - 1;
  const q = r.lex.qualifiers.endingAt(r.tokens, k);
  if (q) k -= q.length;
  const since = r.lex.wordList('lasting-since').endingAt(r.tokens, k);
  if (!since) return null;
  k -= since.length;
  if (r.isParticiple(k) && (r.canNoun(k - 1) || r.canAdj(k - 1))) k--;
  // « pour la première fois depuis douze ans » dates an event; it names nothing that lasted.
  if (r.lex.dateNouns.endingAt(r.tokens, k)) return null;
  const np = phraseEndingAt(r, k);
  return np ? headOfChain(r, np) : null;
}

/**
 * What a sum is allotted to: "has set aside 3 billion rupees for bridge repairs", « consacrera
 * 800 millions à la réparation des ponts », « destinará 45.000 millones a un plan de
 * alfabetización »: after a verb that allots money (word list `allot-verb`) in the figure's
 * clause, the phrase after the purpose word that follows the sum (`allot-for`). A name there is
 * who receives it, and a time when: neither says what the money is for.
 */
function allottedTo(r: Reader, f: PlacedFigure): [number, number] | null {
  if (!verbOfListBefore(r, f.start, 'allot-verb')) return null;
  let k = afterBrackets(r, f.end);
  const purpose = r.lex.wordList('allot-for').at(r.tokens, k);
  if (!purpose) return null;
  k += purpose.length;
  for (let steps = 0; steps < 2 && r.lex.determiners.hasToken(r.tokens[k]); steps++) k++;
  const t = tokenAt(r.tokens, k);
  if (t?.kind !== 'word' || t.cap || r.isTime(k)) return null;
  const np = phraseAt(r, k);
  if (!np || r.isTime(np[1] - 1) || r.isClass('period-noun', np[1] - 1)) return null;
  return trimTail(r, np);
}

/**
 * What a bound is of: the noun phrase right before a word that sets one (word list
 * `threshold-link`: "water temperatures above 31 degrees", "firms with sales below $5 million",
 * « des concentrations supérieures à 50 milligrammes », « temperaturas por encima de los 40
 * grados »). After a verb ("rose above 5%", « se mantuvo por debajo del 3 % ») no phrase ends
 * there, and the verb's subject rules read the figure; a name there says where, not what.
 */
function thresholdOf(r: Reader, f: PlacedFigure): [number, number] | null {
  let k = f.start - 1;
  // « superiores a los 42 grados »: an article between the bound and its figure.
  while (k >= 0 && f.start - k < 3 && r.lex.determiners.hasToken(r.tokens[k])) k--;
  const link = r.lex.wordList('threshold-link').endingAt(r.tokens, k);
  if (!link) return null;
  k -= link.length;
  const t = tokenAt(r.tokens, k);
  if (t?.kind !== 'word' || t.cap || r.isTime(k) || r.isClass('change-verb', k)) return null;
  const np = phraseEndingAt(r, k);
  if (!np) return null;
  // « a relevé des concentrations de nitrates supérieures à »: where heads come first the walk
  // back may reach the verb's participle; the phrase starts at the noun after it.
  let start = np[0];
  if (!r.lex.headFinal && verbAfterAuxiliary(r, [start, start + 1])) {
    start++;
    while (start < np[1] && (r.lex.determiners.hasToken(r.tokens[start]) || r.isClass('complement-of', start))) start++;
  }
  return start < np[1] && r.canNoun(start) && !verbAfterAuxiliary(r, [start, np[1]]) ? headOfChain(r, trimTail(r, [start, np[1]])) : null;
}

/** The token before a figure starting at `start` and its qualifier ("more than", « au moins »), if any. */
function pastQualifier(r: Reader, start: number): number {
  const q = r.lex.qualifiers.endingAt(r.tokens, start - 1);
  return q ? start - 1 - q.length : start - 1;
}

/**
 * What a sum was paid for: "agreed to sell its stake in two fields for £650 million", « a racheté
 * son concurrent pour 2 milliards », « vendió la planta por 80 millones »: the object of a verb of
 * exchange (word list `exchange-verb`) before the price's `price-for` word.
 */
function pricedObject(r: Reader, start: number): [number, number] | null {
  const k = pastQualifier(r, start);
  if (!r.isClass('price-for', k)) return null;
  const exchange = r.lex.wordList('exchange-verb');
  for (let v = k - 1; v >= 0 && k - v <= 10; v--) {
    const t = r.tokens[v] as Token;
    if (t.kind === 'punct' && t.text !== '’' && t.text !== "'") return null;
    if (!exchange.endingAt(r.tokens, v)) continue;
    // The object follows the verb at once, past its determiners: "sold on a forum for $900" names
    // where, and a passive's object is its subject.
    let o = v + 1;
    while (o < k && r.lex.determiners.hasToken(r.tokens[o])) o++;
    const np = o < k ? phraseAt(r, o) : null;
    return np && np[1] <= k ? trimTail(r, np) : null;
  }
  return null;
}

/** A penalty named right after a term, with no « de » (`penalty-noun`: « 30 meses cárcel », "8 years jail"). */
function penaltyAfter(r: Reader, f: PlacedFigure): [number, number] | null {
  const k = afterBrackets(r, f.end);
  const hit = r.lex.wordList('penalty-noun').at(r.tokens, k);
  return hit ? [k, k + hit.length] : null;
}

/**
 * A term a court gave (`penalty-verb`, its link word last: "sentenced to 6 years", « condenado a 6
 * años », « a écopé de 5 ans »): the verb as written, without its link word or auxiliary.
 */
function sentencedBefore(r: Reader, f: PlacedFigure): [number, number] | null {
  const k = pastQualifier(r, f.start);
  const hit = r.lex.wordList('penalty-verb').endingAt(r.tokens, k);
  if (!hit) return null;
  let start = k - hit.length + 1;
  while (start < k && r.lex.auxiliaries.hasToken(r.tokens[start])) start++;
  // The link word ("to", « a », « de ») ends the phrase when it has one.
  const linked = hit.length > 1 && (r.lex.placePrepositions.hasToken(r.tokens[k]) || r.lex.connectors.hasToken(r.tokens[k]) || r.lex.stopwords.hasToken(r.tokens[k]));
  const end = linked ? k : k + 1;
  return end > start ? [start, end] : null;
}

/**
 * What went on for a duration (`duration-for`: "would strike for 12 hours", « ont manifesté
 * pendant trois jours », « estuvieron detenidos durante 12 horas »): the verb before it, by its
 * word class, or after an auxiliary in a language without word classes.
 */
function actedFor(r: Reader, f: PlacedFigure): [number, number] | null {
  let k = pastQualifier(r, f.start);
  const hit = r.lex.wordList('duration-for').endingAt(r.tokens, k);
  if (!hit) return null;
  k -= hit.length;
  const t = r.tokens[k];
  if (t?.kind !== 'word' || t.cap || r.isFunction(k) || r.isClass('event-aux', k)) return null;
  const verb = (r.cls(k) & (VERB | PARTICIPLE)) !== 0 || (r.cls(k) === 0 && (r.lex.auxiliaries.hasToken(tokenAt(r.tokens, k - 1)) || r.isClass('event-aux', k - 1)));
  return verb ? [k, k + 1] : null;
}

/**
 * Bracketed figure after its phrase: « plus nombreux (50 %) », « sa démission (42 %) »; past a
 * sign or a range's opener inside the bracket and a time adjunct before it (« les fermetures
 * prévues en 2027 (-300 à -450) »).
 */
function bracketedAfter(r: Reader, start: number): [number, number] | null {
  let k = start - 1;
  if (SIGN.test(r.tokens[k]?.text ?? '')) k--;
  if (r.isClass('range-opener', k)) k--;
  if (r.tokens[k]?.text !== '(') return null;
  const np = phraseEndingAt(r, pastTimeAdjunct(r, k - 1));
  return np ? headOfChain(r, np) : null;
}

const FAMILY: Record<FigureKind, string> = { count: 'count', money: 'amount', percent: 'amount', duration: 'duration', quantity: 'quantity', rank: 'rank' };

/** Figures that can measure the same thing: counts with counts, money with percents ("revenue rose 18% to $9.4 billion"). */
function related(a: FigureKind, b: FigureKind): boolean {
  return FAMILY[a] === FAMILY[b];
}

/**
 * Figures that can measure the same thing and, for two measures, in the same unit: "35 million
 * tonnes from 10 million hectares" is a harvest and the land it grew on, « 55 km … à 320 km/h »
 * a line and its trains' speed; "3,940 square kilometres, down from 4,800 sq km" is one unit.
 */
function sameMeasure(r: Reader, a: PlacedFigure, b: PlacedFigure): boolean {
  if (!related(a.kind, b.kind)) return false;
  if (a.kind !== 'quantity' || b.kind !== 'quantity' || !a.unitText || !b.unitText) return true;
  return unitKey(r, a) === unitKey(r, b);
}

/** A measure's unit as the site's unit table names it (« km », "kilometres" → kilometer), else its last word, singular or plural alike. */
function unitKey(r: Reader, f: PlacedFigure): string {
  const last = (f.unitText ?? '').toLowerCase();
  for (const written of [r.span(f.numberEnd, f.end).toLowerCase(), last]) {
    const known = intlUnitOf(written) ?? unitLabels[written]?.en?.other;
    if (known) return known;
  }
  return last.replace(TRAILING_S, '');
}

/**
 * What each figure of one sentence counts. `figures` are in text order; `noun` (the counted
 * phrase without its event) is what a neighbour borrows.
 */
export function sentenceCounts(tokens: readonly Token[], ann: Annotations | undefined, lex: Lexicon, text: string, offset: number, figures: readonly PlacedFigure[]): CountsResult[] {
  const figureAt = scratch(3, tokens.length);
  const numberAt = scratch(4, tokens.length);
  for (let i = 0; i < figures.length; i++) {
    const f = figures[i] as PlacedFigure;
    for (let k = f.start; k < f.end && k < tokens.length; k++) figureAt[k] = i;
    for (let k = f.start; k < f.numberEnd && k < tokens.length; k++) numberAt[k] = i;
  }
  const r = new Reader(tokens, lex, ann, text, offset, figureAt, numberAt, figures);
  const nouns: Array<string | null> = [];
  // Whether a figure's own phrase is a noun of change: « une hausse de trois points » is the size
  // of a change, which says nothing of what a later figure in another unit (« les 30 % ») counts;
  // « une croissance de 2,1 %, contre 1,8 % » shares it, in the same unit.
  const changes: boolean[] = [];
  // Whether a figure counts what the verb before it did in its unit ("won extorted").
  const verbed: boolean[] = [];
  // Whether a count is a vote ("204 voted for"): a later count with a side alone is the other vote.
  const voted: boolean[] = [];
  const results: CountsResult[] = [];
  // Whether a share is a change set off by a comma after the figure before it (changeAside), read
  // once for both passes below.
  const asides: boolean[] = [];
  for (let i = 0; i < figures.length; i++) {
    const f = figures[i] as PlacedFigure;
    const previous = itemAt(figures, i - 1);
    asides.push(!!previous && f.kind === 'percent' && changeAside(r, previous.end, f));
    let own = ownCounts(r, f, i, figures);
    // « 91,8 % après le premier tour, en baisse de 0,3 point », "5 million tonnes after a dry
    // summer, down 12%": a change set off by a comma after a figure is that figure's change, not
    // one of the phrase right before the comma, which a subject rule takes (a noun of its own,
    // "down 3% in sales", still wins). The neighbour pass below gives it the figure's noun.
    if (own && own.evidence !== 'noun' && itemAt(nouns, i - 1) && asides[i]) own = null;
    nouns.push(own ? own.noun : null);
    voted.push(f.kind === 'count' && own !== null && r.isClass('vote-verb', f.end));
    changes.push(own?.change === true);
    results.push(own ? { counts: own.counts, evidence: own.evidence } : { counts: null, evidence: null });
  }
  // "Kenya leads the confirmed infections with 520, followed by Uganda with 130": in a list of
  // pairs (two "with" figures at least; "finished the match with 10" is none), what the first
  // pair's phrase names before "with" is what the list counts; the neighbours below share it.
  if (paired(r, figures) >= 2) {
    for (let i = 0; i < figures.length; i++) {
      if (results[i]?.counts) continue;
      const np = linkedBefore(r, (figures[i] as PlacedFigure).start, 'link-with');
      if (!np) continue;
      results[i] = { counts: r.span(np[0], np[1]), evidence: 'link' };
      nouns[i] = results[i]?.counts ?? null;
    }
  }
  // Neighbours: "from $1.5 billion" after "to $1.9 billion"; "16 and 12 seats"; then the phrase
  // before "to"/« à »; then any earlier figure of the same family.
  for (let i = 0; i < figures.length; i++) {
    if (results[i]?.counts) continue;
    const f = figures[i] as PlacedFigure;
    const previous = itemAt(figures, i - 1);
    // "3,2 millions de voix (38,5 %)", "£80 million ($101 million)": a bracket after a figure restates it.
    const restates = previous && tokenAt(tokens, f.start - 1)?.text === '(' && previous.end === f.start - 1;
    if (previous && nouns[i - 1] && (restates || (sameMeasure(r, previous, f) && f.start > previous.end && f.start - previous.end <= 2 && joinsRange(r, previous.end, f.start)))) {
      results[i] = { counts: nouns[i - 1] ?? null, evidence: 'neighbour' };
      nouns[i] = nouns[i - 1] ?? null;
      continue;
    }
    // A restatement of a figure that counts nothing known counts nothing known either: it borrows
    // from no other figure (« 900 casos en 30 provincias, … el 40 % (360) » is no number of provinces).
    if (restates) continue;
    // "rose 8.1%, to 680,000 tonnes", « ont diminué de 10 %, à 4,4 millions d’hectares »: a
    // change, then the level it reached, in another unit: the level is of what changed.
    if (previous && changes[i - 1] !== true && nouns[i - 1] && levelAfterChange(r, previous.end, f.start, previous.kind === 'percent' && f.kind !== 'percent')) {
      results[i] = { counts: nouns[i - 1] ?? null, evidence: 'neighbour' };
      nouns[i] = nouns[i - 1] ?? null;
      continue;
    }
    // "1.9 gigawatts last year, up 30%", « 26 millions de tonnes, en recul de 25 % », « 7,8
    // millones de hectáreas, un 6 % menos »: a change set off by a comma after a figure is its change.
    if (itemAt(nouns, i - 1) && asides[i]) {
      results[i] = { counts: nouns[i - 1] ?? null, evidence: 'neighbour' };
      continue;
    }
    const sample = shareOfOpening(r, figures, nouns, i);
    if (sample) {
      results[i] = { counts: sample, evidence: 'neighbour' };
      continue;
    }
    const weak = linkedBefore(r, f.start, 'link-to', f.kind === 'percent');
    if (weak) {
      results[i] = { counts: r.span(weak[0], weak[1]), evidence: 'link' };
      nouns[i] = results[i]?.counts ?? null;
      continue;
    }
    const next = figures[i + 1];
    if (next && nouns[i + 1] && sameMeasure(r, next, f) && next.start > f.end && next.start - f.end <= 2 && joinsRange(r, f.end, next.start)) {
      results[i] = { counts: nouns[i + 1] ?? null, evidence: 'neighbour' };
      continue;
    }
    // « cinq d'entre eux », "five of them": the pronoun stands for an earlier count of the
    // sentence, however far; what happened to them follows the pronoun.
    const partitive = f.kind === 'count' ? r.lex.wordList('partitive-pronoun').at(tokens, f.numberEnd) : null;
    if (partitive) {
      const end = f.numberEnd + partitive.length;
      for (let j = i - 1; j >= 0 && !results[i]?.counts; j--) {
        if ((figures[j] as PlacedFigure).kind !== 'count' || !nouns[j]) continue;
        const event = eventAfter(r, end);
        results[i] = { counts: event >= 0 ? `${nouns[j]} ${(tokens[event] as Token).text}` : (nouns[j] ?? null), evidence: 'neighbour' };
      }
      continue;
    }
    if (f.kind === 'count' && voted.some((v, j) => v && j < i)) {
      const side = sideAfter(r, f);
      if (side) {
        results[i] = { counts: r.span(side[0], side[1]), evidence: 'noun' };
        continue;
      }
    }
    // "204 against 115", "with 40 against", « 204 contre 115 »: the other side of a vote is no
    // group its rival's subject named. A sum or a share after « contre » is last year's, and alike.
    const opposed = f.kind === 'count' && (r.isClass('opposed-to', f.start - 1) || r.isClass('opposed-to', f.end));
    // A bare count after a new verb leaves its noun unsaid ("killing 14 people and forcing 210,000
    // from their homes"); an amount or a share there measures something of its own clause.
    const ownClause = f.kind !== 'count' && !standsForEarlierNoun(r, f);
    for (let j = i - 1; j >= 0; j--) {
      const before = figures[j] as PlacedFigure;
      if (f.start - before.end > 14 || (ownClause && opensClause(r, before.end, f.start) && !sharesChangeVerb(r, before.end, f.start))) break;
      if (opposed && results[j]?.evidence === 'subject') continue;
      // "5.4 homicides per 100,000 people, against 6.2": a rate's base lends its noun to no
      // later figure; the rate itself may.
      if (rateBase(r, figures, j)) continue;
      // "87 seats in the 200-member chamber, up from 64": a count joined to its noun by a hyphen
      // counts for the phrase after it, which a later bare number does not count.
      if (before.kind === 'count' && joinedByHyphen(r, before)) continue;
      if (nouns[j] && sameMeasure(r, before, f) && !(changes[j] && before.unitText !== f.unitText)) {
        const noun = standsForEarlierNoun(r, f) ? headWord(r, nouns[j] as string) : (nouns[j] as string);
        results[i] = { counts: noun, evidence: 'neighbour' };
        nouns[i] = noun;
        break;
      }
    }
    if (results[i]?.counts) continue;
    // "had gutted 4,500 hectares", "extorted seven billion won": what the verb did, in its unit.
    const verb = verbBefore(r, f.start);
    // A measure's unit whole ("square kilometres"), as written.
    const unit = f.kind === 'quantity' && f.end > f.numberEnd ? r.span(f.numberEnd, f.end) : f.unitText;
    if (verb >= 0 && f.kind !== 'duration' && f.unitText) {
      results[i] = { counts: `${unit} ${(tokens[verb] as Token).text}`, evidence: 'unit' };
      verbed[i] = true;
    } else if (verb >= 0 && f.kind === 'money') {
      // "had diverted $12 million": a sum in a currency's sign has no unit word; the verb alone says what it counts.
      results[i] = { counts: (tokens[verb] as Token).text, evidence: 'unit' };
      verbed[i] = true;
    } else if (f.kind === 'duration' && f.unitText) results[i] = { counts: f.unitText, evidence: 'unit' };
    else {
      // "extorted 7 billion won from one group and 8.9 billion won from another": a figure in
      // the same unit right after "and" is the same verb's second object.
      const shared = coordinatedObject(r, f, i, figures, verbed);
      if (shared >= 0) {
        results[i] = { counts: results[shared]?.counts ?? null, evidence: 'neighbour' };
        verbed[i] = true;
      }
    }
  }
  return results;
}

/**
 * "In a survey of 1,200 parents, 22% said…", « Dans un sondage auprès de 1 000 personnes, 38 %
 * disent », « En una encuesta a 2.000 personas, el 45 % dijo »: a share right after the comma
 * that closes the sentence's opening adjunct (it opens on a preposition, not on a subject) is
 * a share of the count that adjunct ends on. The count's noun, or null.
 */
function shareOfOpening(r: Reader, figures: readonly PlacedFigure[], nouns: readonly (string | null)[], i: number): string | null {
  const f = figures[i] as PlacedFigure;
  const count = itemAt(figures, i - 1);
  if (f.kind !== 'percent' || !count || count.kind !== 'count' || !nouns[i - 1]) return null;
  let comma = f.start - 1;
  while (comma > count.end && r.lex.determiners.hasToken(r.tokens[comma])) comma--;
  if (r.tokens[comma]?.text !== ',' || comma !== count.end) return null;
  for (let k = 0; k < comma; k++) if (r.tokens[k]?.text === ',') return null;
  const first = r.tokens[0];
  if (first?.kind !== 'word' || !r.lex.placePrepositions.has(first.f)) return null;
  return nouns[i - 1] ?? null;
}

/** True when figure j is the base a rate is counted per: a `per-base` phrase ("per", « por cada ») between it and the figure before it. */
function rateBase(r: Reader, figures: readonly PlacedFigure[], j: number): boolean {
  const base = figures[j] as PlacedFigure;
  const per = r.lex.wordList('per-base').endingAt(r.tokens, base.start - 1);
  return !!per && j > 0 && (figures[j - 1] as PlacedFigure).end === base.start - per.length;
}

/**
 * A comma and a word of change right before the share `f` ("up", « en recul de »), or a comma and
 * an article before it and a word of comparison after it (« , un 6 % menos »), with only words and
 * no verb since the figure that ends at `from` ("1.9 gigawatts of solar capacity last year, up
 * 30%"): the share is the change of what that figure measured.
 */
function changeAside(r: Reader, from: number, f: PlacedFigure): boolean {
  let comma = f.start - 1;
  while (comma > from && r.lex.determiners.hasToken(r.tokens[comma])) comma--;
  const compared = r.tokens[comma]?.text === ',' && r.isClass('comparison-after', f.end);
  if (!compared) {
    let j = f.start - 1;
    const link = r.lex.wordList('link-before').endingAt(r.tokens, j);
    if (link) j -= link.length;
    const change = r.lex.wordList('change-verb').endingAt(r.tokens, j);
    if (!change) return false;
    comma = j - change.length;
    if (r.tokens[comma]?.text !== ',') return false;
  }
  for (let k = from; k < comma; k++) if (r.tokens[k]?.kind !== 'word' || ((r.cls(k) & VERB) !== 0 && (r.cls(k) & NOUN) === 0)) return false;
  return true;
}

/**
 * Tokens [from, to) are a comma, a `link-to` word ("to", « à », « hasta ») and determiners: the
 * level a change reached follows. After a share (`afterShare`: "rose 43% to 136,200", « a bondi
 * de 15 % à 12 000 exemplaires ») the comma may be left out: a share then a level in another unit
 * is a change and where it led.
 */
function levelAfterChange(r: Reader, from: number, to: number, afterShare = false): boolean {
  const onlyDeterminers = (k: number): boolean => {
    for (let j = k; j < to; j++) if (!r.lex.determiners.hasToken(r.tokens[j])) return false;
    return true;
  };
  if (afterShare && r.isClass('link-to', from) && onlyDeterminers(from + 1)) return true;
  // « un 3,2 % interanual en octubre, hasta 438.000 toneladas »: a time or a period may stand before the comma.
  while (from < to && r.tokens[from]?.kind === 'word' && (r.isTime(from) || r.isClass('change-period', from) || r.lex.placePrepositions.hasToken(r.tokens[from]) || r.lex.determiners.hasToken(r.tokens[from]))) from++;
  if (r.tokens[from]?.text !== ',' || !r.isClass('link-to', from + 1)) return false;
  return to > from + 1 && onlyDeterminers(from + 2);
}

/**
 * True when a new clause with its own verb opens in tokens [from, to): "6% of its workforce, and
 * sell its stake for £650 million", « de 4 % et l’entreprise a vendu… ». "3.2% in May and 3.4%
 * in June" shares its verb, and its subject.
 */
function opensClause(r: Reader, from: number, to: number): boolean {
  let opened = false;
  for (let k = from; k < to; k++) {
    if (r.lex.clauseBreaks.hasToken(r.tokens[k])) opened = true;
    else if (opened && (r.lex.auxiliaries.hasToken(r.tokens[k]) || ((r.cls(k) & VERB) !== 0 && ((r.cls(k) & NOUN) === 0 || r.lex.clauseBreaks.hasToken(tokenAt(r.tokens, k - 1)))))) return true;
  }
  return false;
}

/**
 * "Occupancy averaged 71% in Lisbon and reached 88% in the Algarve", « la ocupación promedió el
 * 71 % en Lisboa y alcanzó el 88 % »: a verb of change right after the last conjunction in tokens
 * [from, to), with no subject of its own, that takes the figure at `to` at once (past link words,
 * determiners and a qualifier), shares the earlier figure's subject.
 */
function sharesChangeVerb(r: Reader, from: number, to: number): boolean {
  let conjunction = -1;
  for (let k = from; k < to; k++) if (r.lex.clauseBreaks.hasToken(r.tokens[k])) conjunction = k;
  const verb = conjunction < 0 ? null : r.lex.wordList('change-verb').at(r.tokens, conjunction + 1);
  if (!verb) return false;
  for (let k = conjunction + 1 + verb.length; k < to; k++) {
    const qualifier = r.lex.qualifiers.at(r.tokens, k);
    if (qualifier) k += qualifier.length - 1;
    else if (!r.lex.determiners.hasToken(r.tokens[k]) && !r.isClass('link-to', k) && !r.isClass('change-by', k)) return false;
  }
  return true;
}

/** The earlier figure of the sentence whose verb a figure shares: same unit, within 14 tokens, the figure right after a conjunction; -1 if none. */
function coordinatedObject(r: Reader, f: PlacedFigure, i: number, figures: readonly PlacedFigure[], verbed: readonly boolean[]): number {
  const before = tokenAt(r.tokens, f.start - 1);
  if (!f.unitText || !before || !r.lex.clauseBreaks.hasToken(before)) return -1;
  for (let j = i - 1; j >= 0; j--) {
    const other = figures[j] as PlacedFigure;
    if (f.start - other.end > 14) return -1;
    if (verbed[j] && other.kind === f.kind && other.unitText === f.unitText) return j;
  }
  return -1;
}

/** How many figures stand right after a `link-with` word ("with 520", « con 130 ») with no noun of their own after them. */
function paired(r: Reader, figures: readonly PlacedFigure[]): number {
  let n = 0;
  for (const f of figures) if (r.isClass('link-with', f.start - 1) && f.end === f.numberEnd && !r.canNoun(f.end)) n++;
  return n;
}

/** A verb right before a figure (a qualifier between allowed) that acts on it: "flattened", "measured"; -1 if none. */
function verbBefore(r: Reader, start: number): number {
  let k = start - 1;
  const q = r.lex.qualifiers.endingAt(r.tokens, k);
  if (q) k -= q.length;
  const t = tokenAt(r.tokens, k);
  if (t?.kind !== 'word' || t.cap || r.isFunction(k) || r.isClass('change-verb', k)) return -1;
  // "the council said 62 per cent…", « l'institut a estimé 40 % … »: a reporting verb says who
  // gave the figure, not what was done to what it counts.
  if (r.lex.finite.hasToken(t) || r.lex.participles.at(r.tokens, k)) return -1;
  // « a los partidos unos 95 millones »: a word right after a determiner is a noun, whatever else
  // the word classes call it.
  if (r.lex.determiners.hasToken(tokenAt(r.tokens, k - 1))) return -1;
  const c = r.cls(k);
  // After a perfect's auxiliary ("had gutted"), a word that is no noun is the verb's participle,
  // whatever else the word classes call it; where a participle agrees with its noun (« ont
  // ravagé » / « hectares ravagés »), the form after the auxiliary cannot follow the unit as written.
  // (Where accents fold, a participle may read as a noun too: « a dépensé » folds as « la dépense ».)
  const perfect = r.lex.auxiliaries.hasToken(tokenAt(r.tokens, k - 1));
  // Where the unit comes first in the phrase made (head-first languages: « hectáreas arrasadas »),
  // only a participle reads after it; a finite verb there (« dólares sumaron ») says nothing.
  // A present tense ("represents 6,500 nurses", "employs") tells no event done to what is counted.
  const finite = (c & VERB) !== 0 && r.lex.headFinal && !r.lex.presentEnding?.test(r.f(k));
  return (finite || c & PARTICIPLE || perfect) && (perfect || !(c & NOUN)) ? k : -1;
}

/** Tokens [from, to) only join two figures: "and", "to", « à », a dash. */
function joinsRange(r: Reader, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (!r.lex.clauseBreaks.hasToken(r.tokens[k]) && !RANGE_MARK.test((r.tokens[k] as Token).text) && !r.isClass('range-word', k)) return false;
  return true;
}

interface Own {
  counts: string;
  noun: string;
  evidence: CountsEvidence;
  /** The phrase is headed by a noun of change ("rise", « hausse »). */
  change: boolean;
}

function ownResult(r: Reader, np: [number, number] | null, evidence: CountsEvidence, event: boolean): Own | null {
  if (!np || np[1] <= np[0]) return null;
  const noun = r.span(np[0], np[1]);
  return { counts: event ? withEvent(r, np) : noun, noun, evidence, change: r.isClass('change-noun', np[0]) || r.isClass('change-noun', np[1] - 1) };
}

function ownCounts(r: Reader, f: PlacedFigure, i: number, figures: readonly PlacedFigure[]): Own | null {
  const { tokens, lex } = r;
  if (f.kind === 'count') {
    // "a 400-seat concert hall": a count joined to its noun by a hyphen counts for the phrase after.
    if (joinedByHyphen(r, f) && r.lex.headFinal) {
      const holder = ownResult(r, phraseAt(r, f.end), 'noun', false);
      if (holder) return holder;
    }
    // "542 of the 543 seats", « deux d’entre elles »: the phrase after the second number.
    let k = f.numberEnd;
    if (lex.connectors.hasToken(r.tokens[k])) {
      let j = k + 1;
      while (j < tokens.length && (lex.determiners.hasToken(r.tokens[j]) || lex.stopwords.hasToken(r.tokens[j])) && j - k < 3) j++;
      // "14 of the country's 22 provinces", "9 of Ghana's 16 regions": a possessive before the
      // second number owns its noun, it is not what the first counts.
      const owner = POSSESSIVE_END.test(tokens[j]?.text ?? '') ? 1 : POSSESSIVE_MARK.test(tokens[j + 1]?.text ?? '') ? 2 : 0;
      if (owner && (r.figureAt[j + owner] ?? -1) > i && r.numberAt[j + owner] !== -1) j += owner;
      const other = r.figureAt[j];
      if (other !== undefined && other > i) k = (figures[other] as PlacedFigure).numberEnd;
      else if (j === k + 1 || lex.determiners.hasToken(r.tokens[k + 1])) k = j;
      else k++;
    }
    return (
      (adverbOrGerundAt(r.tokens, k, lex) ? null : ownResult(r, phraseAt(r, k) ?? adjectiveAsNoun(r, k), 'noun', true)) ??
      ownResult(r, relativePredicate(r, f), 'subject', false) ??
      ownResult(r, voteAfter(r, f), 'noun', false) ??
      // « 14 personnes sont mortes et 30 ont été blessées »: a count that opens its own clause as
      // the subject of a passive counts its state, whatever verb stands before it.
      ownResult(r, predicateAfter(r, f), 'subject', false) ??
      ownResult(r, linkedBefore(r, f.start), 'link', false) ??
      ownResult(r, subjectOfChange(r, f.start), 'subject', false) ??
      ownResult(r, bracketedAfter(r, f.start), 'link', false) ??
      ownResult(r, colonSubject(r, f), 'subject', false)
    );
  }
  if (f.kind === 'percent') {
    if (f.noun !== undefined) return ownResult(r, f.noun ?? phraseAt(r, f.end), 'noun', false);
    if (shareOfBase(r, f)) return ownResult(r, linkedBefore(r, f.start), 'link', false) ?? ownResult(r, subjectOfChange(r, f.start), 'subject', false);
    // "cut admissions by 35% in the trial": after the word that makes it the size of a change
    // (`change-by`), "in" names where or when the change happened, not what it is a share of.
    const changeSize = endsWithClass(r, 'change-by', f.start - 1);
    // "Attendance was 58% of the league's 12,000 members", « cifró el ausentismo en el 12 % de
    // los 9.000 docentes »: a share of a counted whole measures what the clause links to it;
    // the whole is only its base.
    const ofCount = !changeSize && wholeCountedAfter(r, f.end);
    return (
      ownResult(r, thresholdOf(r, f), 'link', false) ??
      (ofCount ? (ownResult(r, linkedBefore(r, f.start), 'link', false) ?? ownResult(r, subjectOfChange(r, f.start), 'subject', false)) : null) ??
      ownResult(r, measuredAfter(r, f.end, !changeSize), 'noun', false) ??
      ownResult(r, changeAfterFigure(r, f), 'noun', false) ??
      (lex.headFinal ? ownResult(r, nounAfterShare(r, f), 'noun', false) : null) ??
      ownResult(r, comparedAfter(r, f), 'noun', false) ??
      ownResult(r, changedAfter(r, f), 'link', false) ??
      ownResult(r, linkedBefore(r, f.start), 'link', false) ??
      ownResult(r, subjectOfChange(r, f.start), 'subject', false) ??
      ownResult(r, bracketedAfter(r, f.start), 'link', false) ??
      ownResult(r, predicateAfter(r, f), 'subject', false) ??
      ownResult(r, recipientAfter(r, f), 'link', false) ??
      ownResult(r, colonSubject(r, f), 'subject', false)
    );
  }
  if (f.kind === 'money') {
    // "$5 million in aid" is aid; "$3 billion in its latest funding round", with an article or a
    // possessive, says where the amount stands.
    const k = afterBrackets(r, f.end);
    const placed = r.isClass('measured-in', k) && r.lex.determiners.hasToken(r.tokens[k + 1]);
    return (
      ownResult(r, thresholdOf(r, f), 'link', false) ??
      (lex.headFinal ? ownResult(r, nounAfterAmount(r, f), 'noun', false) : null) ??
      (placed ? null : ownResult(r, measuredAfter(r, f.end), 'noun', false)) ??
      ownResult(r, changedAfter(r, f), 'link', false) ??
      ownResult(r, linkedBefore(r, f.start), 'link', false) ??
      ownResult(r, subjectOfCost(r, f.start), 'subject', false) ??
      ownResult(r, pricedObject(r, f.start), 'link', false) ??
      ownResult(r, allottedTo(r, f), 'link', false) ??
      ownResult(r, subjectOfChange(r, f.start), 'subject', false) ??
      ownResult(r, colonSubject(r, f), 'subject', false) ??
      ownResult(r, relativeVerb(r, f), 'link', false)
    );
  }
  if (f.kind === 'duration') {
    // "moved 30 minutes earlier next year": a phrase after a duration that ends on a time says when.
    const after = lex.headFinal ? phraseAt(r, f.end) : null;
    const timed = !!after && (lex.durations.has(r.f(after[1] - 1)) || r.isTime(after[1] - 1) || r.isClass('period-noun', after[1] - 1));
    return (
      (timed ? null : ownResult(r, after, 'noun', false)) ??
      ownResult(r, measuredAfter(r, f.end), 'noun', false) ??
      ownResult(r, penaltyAfter(r, f), 'noun', false) ??
      ownResult(r, linkedBefore(r, f.start), 'link', false) ??
      ownResult(r, lastingBefore(r, f.start), 'link', false) ??
      ownResult(r, sentencedBefore(r, f), 'link', false) ??
      ownResult(r, actedFor(r, f), 'link', false)
    );
  }
  if (f.kind === 'quantity') {
    // "a 350-megawatt solar farm", "a 12-kilometre tunnel": a measure joined to its number by a
    // hyphen is an adjective; where heads come last, it measures the noun it stands before.
    const adjective = r.lex.headFinal && joinedByHyphen(r, f) ? untilAdverb(r, phraseAt(r, f.end)) : null;
    // "profit nearly tripled", « les ventes ont doublé »: a figure that is a verb of change counts its subject.
    if (r.isClass('change-verb', f.start)) return ownResult(r, subjectOfVerb(r, f.start, f.end, true), 'subject', false);
    const measured = measuredAfter(r, f.end, false);
    // « des navires de 300 mètres de long »: a dimension (`dimension-word`) says which way the
    // measure goes; a noun the measure hangs from is what it measures.
    const dimension = !!measured && measured[1] - measured[0] === 1 && r.isClass('dimension-word', measured[0]);
    // "300,000 tonnes of copper", « 9 000 hectares de canne »: a measure of a good says both, the
    // unit as written and what it measures.
    const good = measured && !dimension && f.end > f.numberEnd && onlyLinksBetween(r, f.end, measured[0]) ? ownResult(r, measured, 'noun', false) : null;
    const measure = good && measured ? { ...good, counts: r.span(f.numberEnd, measured[1]).replace(/\s+/gu, ' ') } : null;
    const own =
      ownResult(r, adjective, 'noun', false) ??
      ownResult(r, thresholdOf(r, f), 'link', false) ??
      (dimension ? ownResult(r, linkedBefore(r, f.start), 'link', false) : null) ??
      measure ??
      ownResult(r, measured, 'noun', false) ??
      ownResult(r, linkedBefore(r, f.start), 'link', false) ??
      ownResult(r, subjectOfChange(r, f.start), 'subject', false);
    const distance = own ? null : distanceFrom(r, f);
    return own ?? (distance ? { counts: distance, noun: distance, evidence: 'unit', change: false } : null);
  }
  return null;
}

/**
 * Where heads come last, the noun phrase right after a share ("a 3% target"); none when it is the
 * period the share changed over ("fell 6.4% year on year": `change-period`), though a noun past
 * that word is one ("its 0.6% quarterly projection").
 */
function nounAfterShare(r: Reader, f: PlacedFigure): [number, number] | null {
  const np = phraseAt(r, f.end);
  const period = np ? r.lex.wordList('change-period').at(r.tokens, f.end) : null;
  return np && !(period && np[1] <= f.end + period.length) ? np : null;
}

/** True when a word of the list `name` ends at token k, past qualifiers ("by nearly 35%"). */
function endsWithClass(r: Reader, name: string, k: number): boolean {
  const q = r.lex.qualifiers.endingAt(r.tokens, k);
  return !!r.lex.wordList(name).endingAt(r.tokens, q ? k - q.length : k);
}

/**
 * Heads last, the noun right after an amount is what it pays for ("a $300 tax cut"), unless an
 * auxiliary follows it: "beat the $3.2 billion analysts had forecast" names who forecast it.
 */
function nounAfterAmount(r: Reader, f: PlacedFigure): [number, number] | null {
  const np = phraseAt(r, f.end);
  if (!np || !r.lex.auxiliaries.hasToken(r.tokens[np[1]])) return np;
  // Only where the amount is a verb's object ("The $40 million fee was paid" keeps its noun).
  let k = f.start - 1;
  while (k >= 0 && r.lex.determiners.hasToken(r.tokens[k])) k--;
  return (r.cls(k) & VERB) !== 0 && !r.isFunction(k) ? null : np;
}

/** A figure whose unit is joined to its number by a hyphen: "350-megawatt", "400-seat". */
function joinedByHyphen(r: Reader, f: PlacedFigure): boolean {
  const dash = r.tokens[f.numberEnd];
  return dash?.text === '-' && dash.start === (tokenAt(r.tokens, f.numberEnd - 1) as Token).end && f.end > f.numberEnd + 1;
}

/** A folded word written as a plural: by its ending, or listed (`irregular-plural`: "children"). */
export function pluralWord(f: string, lex: Lexicon): boolean {
  const last = f.charCodeAt(f.length - 1);
  return last === 115 || last === 120 || lex.wordList('irregular-plural').hasWord(f);
}

/**
 * A figure that is the subject of a passive or of a copula, with nothing counted after it: "14
 * were killed", « 62 % n’étaient pas vaccinés », « el 30 % (410) fueron descartados ». It counts
 * what the predicate says of it, as written, negation included. A reporting participle before
 * the state ("were reported killed") is skipped: the state is what was counted.
 */
function predicateAfter(r: Reader, f: PlacedFigure): [number, number] | null {
  if (!startsItsClause(r, f.start)) return null;
  let j = afterBrackets(r, f.end);
  // « el 30 % (410) fueron descartados »: the bracketed figure's subject is the one before it.
  if (tokenAt(r.tokens, f.start - 1)?.text === '(' && r.tokens[j]?.text === ')') j++;
  let negation = -1;
  let auxiliaries = 0;
  for (let steps = 0; j < r.tokens.length && steps < 4; steps++) {
    if (r.isClass('negation', j)) {
      if (negation < 0) negation = j;
    } else if (r.lex.auxiliaries.hasToken(r.tokens[j])) {
      // A perfect's auxiliary ("have", « ont », « han ») makes no passive: « ont trouvé refuge »
      // is what they did. It may stand before one that does (« ont été tués »).
    } else if (r.isClass('event-aux', j)) auxiliaries++;
    else if (r.cls(j) !== ADV) break;
    j++;
  }
  if (auxiliaries === 0) return null;
  // A state, not a noun: "were unvaccinated", "resultaron heridos" (by its ending, for a word the
  // word classes do not know).
  const state = (k: number): boolean => r.isParticiple(k) || (r.canAdj(k) && !r.canNoun(k)) || (r.followsAsAdj(k) && !r.canAdj(k));
  const reported = r.lex.participles.at(r.tokens, j);
  const skipped = reported !== null && state(j + reported.length);
  if (skipped) j += reported.length;
  // "Of the 44 dead, 5 were engineers", « 12 étaient des enfants »: after a bare count, a plural
  // noun phrase right after the copula, past its article, says what they were.
  if (f.kind === 'count' && f.end === f.numberEnd && !state(j) && negation < 0 && !skipped) {
    let k = j;
    while (k < j + 2 && r.lex.determiners.hasToken(r.tokens[k])) k++;
    const np = phraseAt(r, k);
    if (np && !(r.tokens[np[0]] as Token).cap && pluralWord(r.f(r.lex.headFinal ? np[1] - 1 : np[0]), r.lex) && !r.isClass('link-to', np[1])) return np;
  }
  // No link to another figure ("were compared to 52").
  if (!state(j) || (r.isClass('link-to', j + 1) && j + 2 < r.tokens.length && r.figureAt[j + 2] !== -1)) return null;
  return [negation >= 0 && !skipped ? negation : j, j + 1];
}

/**
 * A bare count that votes: "204 voted for the motion", « 115 ont voté contre », « 12 se
 * abstuvieron » (word lists `vote-verb` and the side, `vote-side`): the vote and its side.
 */
function voteAfter(r: Reader, f: PlacedFigure): [number, number] | null {
  const vote = r.lex.wordList('vote-verb').at(r.tokens, f.end);
  if (!vote) return null;
  const end = f.end + vote.length;
  const side = r.lex.wordList('vote-side').at(r.tokens, end);
  let start = f.end;
  // « ont voté pour »: the vote, not its auxiliary.
  while (start < end - 1 && r.lex.auxiliaries.hasToken(r.tokens[start])) start++;
  return [start, side ? end + side.length : end];
}

/** After a count that voted, a count followed by a side alone ("and 115 against", « y 115 en contra »): that side. */
function sideAfter(r: Reader, f: PlacedFigure): [number, number] | null {
  const side = r.lex.wordList('vote-side').at(r.tokens, f.end);
  if (!side || r.figureAt[f.end + side.length] !== -1) return null;
  return [f.end, f.end + side.length];
}

/**
 * What a relative clause right after a bare count says it is: "nine who were nurses", « six qui
 * étaient des pompiers », « seis que eran bomberos », or the state it gives ("who were
 * vaccinated"). A perfect ("who have left") says what they did, and is left out.
 */
function relativePredicate(r: Reader, f: PlacedFigure): [number, number] | null {
  let k = f.end;
  if (!r.lex.relatives.hasToken(r.tokens[k])) return null;
  k++;
  let copulas = 0;
  for (let steps = 0; k < r.tokens.length && steps < 3; steps++, k++) {
    if (r.isClass('event-aux', k) && !r.lex.auxiliaries.hasToken(r.tokens[k])) copulas++;
    else if (r.cls(k) !== ADV && !r.isClass('negation', k)) break;
  }
  if (copulas === 0) return null;
  const state = k;
  for (let n = 0; n < 2 && k < r.tokens.length && r.lex.determiners.hasToken(r.tokens[k]); n++) k++;
  const np = phraseAt(r, k);
  if (np && !(r.tokens[np[0]] as Token).cap) return trimTail(r, np);
  return k === state && (r.isParticiple(k) || (r.canAdj(k) && !r.canNoun(k)) || (r.followsAsAdj(k) && !r.canAdj(k))) ? [k, k + 1] : null;
}

/**
 * True when a figure at `start` opens its clause: after a qualifier and a determiner at most, the
 * sentence's start, a mark, a conjunction or a relative ("of whom 12 were…", « dont 12 ont été… »,
 * "said that 14 were…").
 */
function startsItsClause(r: Reader, start: number): boolean {
  let k = start - 1;
  const q = r.lex.qualifiers.endingAt(r.tokens, k);
  if (q) k -= q.length;
  for (let n = 0; n < 2 && k >= 0 && r.lex.determiners.hasToken(tokenAt(r.tokens, k)); n++) k--;
  const t = tokenAt(r.tokens, k);
  return t === undefined || (t.kind === 'punct' && OPENING_CLAUSE_MARK.test(t.text)) || r.lex.clauseBreaks.hasToken(t) || r.lex.relatives.hasToken(t);
}

/**
 * Whom a share goes to, when nothing else says what it counts: « dieron 44 % a Ramírez », "gave
 * 52% to Hallam", « 30 % aux indépendants » (word list `share-to`): a name (a candidate, a party)
 * or a phrase with its article. A sum is left out: "$45 for export", « pour le compte de » say no
 * recipient.
 */
function recipientAfter(r: Reader, f: PlacedFigure): [number, number] | null {
  let k = afterBrackets(r, f.end);
  const to = r.lex.wordList('share-to').at(r.tokens, k);
  if (!to) return null;
  k += to.length;
  const first = r.tokens[k];
  if (first?.kind !== 'word' || r.figureAt[k] !== -1) return null;
  if (first.cap) {
    if (r.isFunction(k)) return null;
    let end = k + 1;
    while (end < r.tokens.length && end - k < 4 && (r.tokens[end] as Token).cap && (r.tokens[end] as Token).kind === 'word') end++;
    return [k, end];
  }
  // A recipient has an article, or the link word holds one (« aux », « al »): "to deal with",
  // « pour faire face » are purposes.
  const from = k;
  for (let n = 0; n < 2 && k < r.tokens.length && r.lex.determiners.hasToken(r.tokens[k]); n++) k++;
  if (k === from && !r.lex.determiners.hasToken(tokenAt(r.tokens, from - 1))) return null;
  const np = phraseAt(r, k);
  // "5% for the year", « 3 % au mois de mai »: a time is when, not whom.
  if (!np || (r.tokens[np[0]] as Token).cap) return null;
  for (let j = np[0]; j < np[1]; j++) if (r.lex.durations.has(r.f(j)) || r.lex.timeWords.hasToken(r.tokens[j]) || r.lex.months.hasToken(r.tokens[j])) return null;
  return trimTail(r, np);
}

/**
 * A figure that opens what follows a colon (« le nouveau prix a été fixé vendredi : 825 francs le
 * kilo », "The new tariff was announced on Friday: $12 a tonne"): the subject of the clause before
 * the colon. A clause with a figure of its own ("Three towns were hit: 40 in…") lists, and is left.
 */
function colonSubject(r: Reader, f: PlacedFigure): [number, number] | null {
  const colon = pastQualifier(r, f.start);
  if (tokenAt(r.tokens, colon)?.text !== ':') return null;
  let j = colon;
  for (let budget = 30; j > 0 && budget > 0; j--, budget--) {
    const before = tokenAt(r.tokens, j - 1) as Token;
    if (r.figureAt[j - 1] !== -1) return null;
    if ((before.kind === 'punct' && COLON_CLAUSE_MARK.test(before.text)) || r.lex.clauseBreaks.hasToken(before)) break;
  }
  if (j > 0 && tokenAt(r.tokens, j - 1)?.kind !== 'punct' && !r.lex.clauseBreaks.hasToken(tokenAt(r.tokens, j - 1))) return null;
  while (j < colon && (r.lex.determiners.hasToken(tokenAt(r.tokens, j)) || r.lex.stopwords.hasToken(tokenAt(r.tokens, j)))) j++;
  const np = phraseAt(r, j);
  if (!np || np[1] > colon || (r.tokens[np[0]] as Token).cap) return null;
  return containedIn(r, trimTail(r, np));
}

/**
 * What was done with a sum, said by the relative clause after it ("the €90 million that Rovers
 * paid", « les 90 millions d'euros que le club a payés », « que el club pagó »): its verb, past
 * the clause's subject and auxiliaries.
 */
function relativeVerb(r: Reader, f: PlacedFigure): [number, number] | null {
  let j = afterBrackets(r, f.end);
  if (!r.isClass('object-relative', j)) return null;
  const from = ++j;
  if (r.lex.determiners.hasToken(r.tokens[j])) {
    while (j < r.tokens.length && r.lex.determiners.hasToken(r.tokens[j])) j++;
    const subject = phraseAt(r, j);
    if (!subject) return null;
    j = subject[1];
  } else {
    while (j < r.tokens.length && j - from < 4 && (r.tokens[j] as Token).cap && (r.tokens[j] as Token).kind === 'word') j++;
  }
  for (let steps = 0; steps < 3 && j < r.tokens.length && (r.lex.auxiliaries.hasToken(r.tokens[j]) || r.isClass('event-aux', j) || r.cls(j) === ADV); steps++) j++;
  // With neither a subject nor an auxiliary ("as orders slowed"), the word may be a noun.
  if (j === from) return null;
  const t = r.tokens[j];
  if (t?.kind !== 'word' || t.cap || r.isFunction(j)) return null;
  const c = r.cls(j);
  return (c & (VERB | PARTICIPLE)) !== 0 || (c === 0 && (writtenAsVerb(t, r.lex) || r.followsAsAdj(j))) ? [j, j + 1] : null;
}

/**
 * A share of a comparison with no noun (« un 40 % más fría », "30% more expensive", « 20 % plus
 * cher »; word list `compared-more`): the comparison as written.
 */
function comparedAfter(r: Reader, f: PlacedFigure): [number, number] | null {
  const more = r.lex.wordList('compared-more').at(r.tokens, f.end);
  if (!more) return null;
  const k = f.end + more.length;
  const t = r.tokens[k];
  if (t?.kind !== 'word' || t.cap || r.isFunction(k)) return null;
  const adjective = r.canAdj(k) ? !r.canNoun(k) || !r.lex.headFinal : r.followsAsAdj(k);
  return adjective ? [f.end, k + 1] : null;
}

/**
 * A distance from a place: « a unos 90 kilómetros de la Ciudad de Guatemala », "60 miles north of
 * Benghazi", "40 miles from the border". It counts its unit and the place it is measured from, as
 * written, when nothing else said what the figure measures.
 */
function distanceFrom(r: Reader, f: PlacedFigure): string | null {
  if (!f.unitText || f.end <= f.numberEnd) return null;
  let k = afterBrackets(r, f.end);
  const from = k;
  const direction = r.lex.wordList('direction-of').at(r.tokens, k);
  if (direction) k += direction.length;
  else if (r.isClass('measured-of', k) || r.isClass('distance-from', k)) k++;
  else return null;
  for (let n = 0; n < 2 && k < r.tokens.length && r.lex.determiners.hasToken(r.tokens[k]); n++) k++;
  // The place: a name ("la Ciudad de Guatemala": capitalised words and the particles between them) or a noun phrase ("the border").
  let end = k;
  while (end < r.tokens.length && ((r.tokens[end] as Token).cap || (end > k && r.isClass('measured-of', end) && r.tokens[end + 1]?.cap === true))) end++;
  if (end === k) end = phraseAt(r, k)?.[1] ?? k;
  if (end === k || r.words(from, end) > MAX_WORDS) return null;
  return `${r.span(f.numberEnd, f.end)} ${r.span(from, end)}`;
}
