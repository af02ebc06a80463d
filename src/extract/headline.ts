/**
 * The headline: frontmatter title, else a title found in the text (page furniture taken for a
 * title is not one: furniture.ts), else one made from the lede, a short clause of who did what:
 * the lede's main clause (the reporting clause and a leading title such as "Le dirigeant
 * nord-coréen" dropped); when it is long, without what a headline never carries (asides between
 * dashes, an apposition between the subject and its verb, dates and days, acronyms in brackets),
 * then cut at a clause boundary or a word, never mid-word, at most 110 characters. A lede that
 * is a short verbless fragment ("A vote of 61 to 38.") says no one did anything: the next
 * sentence of its paragraph is used instead.
 */
import type { Attribution, HeadlineSource } from '../record/types.ts';
import type { ActorsResult } from './actors.ts';
import { type Annotations, annotate } from './annotate.ts';
import { OPEN } from './claims.ts';
import { type Doc, isAside } from './doc.ts';
import type { Lexicon } from './lexicon/index.ts';
import type { Sentence } from './sentences.ts';
import { capitaliseFirst, foldWord, squash } from './text.ts';
import { type Token, tokenAt, tokenize } from './tokens.ts';

const MAX = 110;
const MIN_CLAUSE = 40;
// A lede of fewer words than this, with no verb the lexicon knows, is a fragment.
const FRAGMENT_WORDS = 10;
// A scene-setting phrase before the subject ("After two days of talks,") is at most this many tokens.
const LEAD_ADJUNCT_TOKENS = 10;
// Labels that mark a verb (lexicon classes, annotate.ts).
const VERBS = ['aux', 'finite', 'participle', 'inverted'] as const;

export interface HeadlineInput {
  metaTitle: string | null;
  textTitle: string | null;
  /** Names that must never appear in a generated headline (the publisher). */
  forbidden: string[];
  fallback: string;
}

export function makeHeadline(doc: Doc, actors: ActorsResult, attributions: Attribution[], input: HeadlineInput): { headline: string; headlineSource: HeadlineSource } {
  if (input.metaTitle) return { headline: clip(squash(input.metaTitle), 160), headlineSource: 'frontmatter' };
  if (input.textTitle) return { headline: clip(squash(input.textTitle), 160), headlineSource: 'text' };
  const lede = ledeOf(doc, actors);
  const at = lede?.index ?? 0;
  let text = '';
  if (lede) {
    text = lede.text;
    // The reported news without its reporting clause, before ("…, officials said") or after it
    // ("According to X, …"); a quote stays in its sentence.
    const attribution = attributions.find((a) => a.sentence === at && !a.quote);
    const bare = (t: string): string => t.replace(/^[\s"«“‘'»”’]+|[\s.,;:!?…"«“‘'»”’]+$/gu, '');
    const claim = attribution ? bare(attribution.claim) : '';
    const framed = attribution?.verb ? foldWord(bare(text)).startsWith(foldWord(attribution.verb)) : false;
    if (claim.length >= 20 && (bare(text).startsWith(claim.slice(0, 20)) || (framed && bare(text).endsWith(claim.slice(-20))))) {
      // A claim cut from its frame may open with the frame's aside: "relayé par X, Y a été réélu".
      text = /^\p{Ll}/u.test(claim) ? dropLeadAdjunct(claim, doc.lex) : claim;
    }
    // Start at the actor when the lede opens with its title: "Le dirigeant nord-coréen Kim…" (not
    // inside a name: "… champion Manchester City" keeps "Manchester").
    const person = actors.mentions.find((m) => m.sentence === at && m.type === 'person' && m.roleRange && m.roleRange[1] <= m.start);
    const before = person ? tokenAt(lede.tokens, person.start - 1) : undefined;
    const inName = !!person && !!before?.cap && !doc.annotations[at]?.has(person.start - 1, 'role');
    if (person?.roleRange && person.roleRange[0] <= 1 && !inName && lede.text.startsWith(text.slice(0, 20))) {
      const start = lede.tokens[person.start]?.start;
      if (start !== undefined) text = text.slice(Math.max(0, start - lede.start));
    }
  }
  for (const name of input.forbidden) {
    const cut = beforeWord(text, name);
    if (cut !== text) text = trimWeakEnd(cut, doc.lex);
  }
  const names = actors.mentions.filter((m) => m.sentence === at).map((m) => m.name);
  text = capitaliseFirst(shorten(squash(text).replace(/[\s.,;:!?…]+$/u, ''), doc, names));
  return { headline: text || clip(input.fallback, 160) || 'Article', headlineSource: 'generated' };
}

/**
 * The first sentence of the story; the next one of its paragraph when it is a verbless fragment;
 * past a feature's quotation lede (a paragraph that opens with a quotation and names no one), the
 * first paragraph that opens neither with a quotation nor with words that only name its speaker
 * (lexicon class `said-so`: « Así se expresó X »).
 */
function ledeOf(doc: Doc, actors: ActorsResult): Sentence | undefined {
  const first = doc.sentences.find((s) => !isAside(doc, s.index)) ?? doc.sentences[0];
  const lede = first && OPEN.test(first.tokens[0]?.text ?? '') ? pastQuoteLede(doc, actors, first) : first;
  const next = lede ? doc.sentences[lede.index + 1] : undefined;
  if (!lede || !next || next.block !== lede.block) return lede;
  const ann = doc.annotations[lede.index];
  const words = lede.tokens.filter((t) => t.kind !== 'punct').length;
  const verb = ann ? lede.tokens.some((_, k) => VERBS.some((label) => ann.has(k, label))) : true;
  return words < FRAGMENT_WORDS && !verb ? next : lede;
}

/** The first sentence of the first paragraph after a quotation lede that tells the story, or the lede itself. */
function pastQuoteLede(doc: Doc, actors: ActorsResult, lede: Sentence): Sentence {
  if (actors.mentions.some((m) => doc.sentences[m.sentence]?.block === lede.block)) return lede;
  let block = lede.block;
  for (let hops = 0; hops < 3; hops++) {
    const next = doc.sentences.find((s) => s.block > block && !isAside(doc, s.index));
    if (!next) return lede;
    if (!OPEN.test(next.tokens[0]?.text ?? '') && !doc.annotations[next.index]?.spanAt(0, 'c:said-so')) return next;
    block = next.block;
  }
  return lede;
}

// Made once: a regular expression written in a function is a new object at each call, and these
// run at each word of a long lede (shortenAtBoundary, validEnd).
const WEAK_TAIL = /[\s,;:(«“"'’-]+$/u;
const LAST_RUN = /(\S+)$/u;
const APOSTROPHE_END = /[’']$/u;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const CLAUSE_MARKS_END = /[,;:–—-]+$/u;
const COMMA_END = /[,;:]$/u;
const DIGIT_OR_CAPITAL_FIRST = /^[\d\p{Lu}]/u;
const ELISION = /^\p{L}{1,7}[’']/u;
const DIGIT_FIRST = /^\d/u;
const PLURAL_END = /[sx]$/u;
const ONE_WORD_AFTER_COMMA = /,\s+(\S+(?:\s+\S+)?)$/u;
const CONNECTOR_BEFORE_CAPITAL = /^(\p{Ll}+)\s+\p{Lu}/u;
const CAPITAL_FIRST = /^\p{Lu}/u;

/** `text` without the function words and punctuation it ends on ("… a précisé à l’" → "… a précisé"). */
function trimWeakEnd(text: string, lex: Lexicon): string {
  let out = text.replace(WEAK_TAIL, '');
  for (let i = 0; i < 4; i++) {
    const last = LAST_RUN.exec(out)?.[1] ?? '';
    const folded = foldWord(last.replace(APOSTROPHE_END, ''));
    if (!last || !(lex.stopwords.has(folded) || lex.headline.weakEnds.has(folded) || APOSTROPHE_END.test(last))) break;
    out = out.slice(0, out.length - last.length).replace(WEAK_TAIL, '');
  }
  return out;
}

/** `text` up to the first whole-word occurrence of `name` ("ats" cuts "… (ats)", not "soldats"). */
function beforeWord(text: string, name: string): string {
  if (!name) return text;
  for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
    const before = text.charAt(at - 1);
    const after = text.charAt(at + name.length);
    if (!LETTER_OR_DIGIT.test(before) && !LETTER_OR_DIGIT.test(after)) return text.slice(0, at);
  }
  return text;
}

function shorten(text: string, doc?: Doc, names: string[] = []): string {
  if (text.length <= MAX) return text;
  if (doc) {
    const smart = shortenAtBoundary(text, doc, names);
    if (smart) return smart;
  }
  const head = text.slice(0, MAX + 1);
  const clause = Math.max(head.lastIndexOf(', '), head.lastIndexOf('; '), head.lastIndexOf(' – '), head.lastIndexOf(' — '));
  if (clause >= MIN_CLAUSE) return balance(text.slice(0, clause));
  return balance(clip(text, MAX));
}

/** A long lede without its asides: dashes' asides, appositions, dates and days, "(ASEAN)" acronyms. */
function trimAsides(text: string, lex: Lexicon): string {
  let out = text
    // An aside between spaced dashes: "… du texte - le président a quinze jours pour le faire -, le pays …".
    .replace(/\s[-–—]\s[^-–—]{3,200}?\s[-–—](?=[\s,])/gu, '')
    .replace(/\s*\((?:\p{Lu}[\p{L}\d&-]{1,11})\)/gu, '');
  // The steps mostly pass their text on unchanged: it is tokenized and annotated once.
  const read = new Reading(lex);
  out = dropLeadAdjunct(out, lex, read);
  out = dropVerbAside(out, lex, read);
  out = dropApposition(out, lex, read);
  out = dropDates(out, lex);
  return out
    .replace(/\s+,/gu, ',')
    .replace(/,(?:\s*,)+/gu, ',')
    .replace(/\s{2,}/gu, ' ')
    .trim();
}

/**
 * "The jury, chaired by a novelist, awarded…" → "The jury awarded…": a comma-enclosed aside that
 * starts in lower case (a participle, a relative, an adverb: never a name) and is followed by a
 * verb belongs to the subject, not to the news.
 */
function dropApposition(text: string, lex: Lexicon, read: Reading): string {
  const tokens = read.tokens(text);
  const ann = read.annotations(text);
  const isVerb = (k: number): boolean => VERBS.some((label) => ann.has(k, label)) || lex.headline.copulas.has(tokens[k]?.f ?? '');
  let open = -1;
  for (let k = 0; k < tokens.length; k++) {
    const token = tokens[k] as Token;
    if (isVerb(k) && open < 0) return text;
    if (token.text !== ',') continue;
    if (open >= 0 && isVerb(k + 1)) return `${text.slice(0, (tokens[open] as Token).start)}${text.slice(token.end)}`;
    const next = tokens[k + 1];
    const first = next && next.kind === 'punct' && next.text !== ',' ? tokens[k + 2] : next;
    open = first && ((first.kind === 'word' && !first.cap) || first.kind === 'number') ? k : -1;
  }
  return text;
}

/**
 * « Très attendu par les planteurs, le nouveau prix… » → « Le nouveau prix… »: a verbless opening
 * phrase before a comma, when a subject with its determiner follows it, sets the scene; the
 * news starts after it.
 */
function dropLeadAdjunct(text: string, lex: Lexicon, read = new Reading(lex)): string {
  const tokens = read.tokens(text);
  // A subject opens with its determiner ("The bank, …"); a scene-setting phrase is short.
  if (tokens.length === 0 || lex.determiners.hasToken(tokens[0])) return text;
  const ann = read.annotations(text);
  for (let k = 1; k < Math.min(tokens.length - 2, LEAD_ADJUNCT_TOKENS); k++) {
    const token = tokens[k] as Token;
    if (VERBS.some((label) => ann.has(k, label)) || lex.headline.copulas.has(token.f)) return text;
    if (token.text !== ',') continue;
    const next = tokens[k + 1] as Token;
    // A participial opening ("relayé par X, …", left by a reporting clause cut off before it) ends at any subject.
    const participial = !(tokens[0] as Token).cap && next.cap;
    // The subject after it opens with its determiner; an impersonal verb with its pronoun (« se aprobó »).
    const subject = !next.cap && (lex.determiners.hasToken(next) || lex.reflexives.hasToken(next));
    return next.kind === 'word' && (subject || participial) ? capitaliseFirst(text.slice(next.start)) : text;
  }
  return text;
}

/**
 * "The assembly approved, by 61 votes to 38, the budget" → "The assembly approved the budget": an
 * aside between commas right after a word in lower case, opened by a function word (a
 * preposition: never a determiner or a conjunction) and followed by the object's determiner,
 * stands between a verb and its object; the headline keeps the verb and its object together.
 */
function dropVerbAside(text: string, lex: Lexicon, read: Reading): string {
  const tokens = read.tokens(text);
  for (let k = 1; k + 2 < tokens.length && k < 16; k++) {
    const before = tokenAt(tokens, k - 1) as Token;
    const open = tokens[k + 1] as Token;
    if (tokens[k]?.text !== ',' || before.kind !== 'word' || before.cap) continue;
    if (open.cap || !lex.stopwords.hasToken(open) || lex.determiners.hasToken(open) || lex.clauseBreaks.hasToken(open) || lex.relatives.hasToken(open)) continue;
    for (let j = k + 2; j < tokens.length - 1 && j <= k + 10; j++) {
      const t = tokens[j] as Token;
      if (t.text !== ',') {
        if (t.kind === 'punct' && t.text !== '%') break;
        continue;
      }
      const object = tokens[j + 1] as Token;
      if (object.kind === 'word' && !object.cap && lex.determiners.hasToken(object)) return `${text.slice(0, (tokens[k] as Token).start)} ${text.slice(object.start)}`;
      break;
    }
    return text;
  }
  return text;
}

/**
 * The tokens of a text and their annotations, made for the last text asked only: the steps of
 * trimAsides mostly pass their text on unchanged.
 */
class Reading {
  private text: string | null = null;
  private tokenList: Token[] = [];
  private annotated: Annotations | null = null;

  constructor(private readonly lex: Lexicon) {}

  tokens(text: string): Token[] {
    if (text !== this.text) {
      this.text = text;
      this.tokenList = tokenize(text, this.lex.tokenizeOptions);
      this.annotated = null;
    }
    return this.tokenList;
  }

  annotations(text: string): Annotations {
    const tokens = this.tokens(text);
    this.annotated ??= annotate(tokens, this.lex);
    return this.annotated;
  }
}

// The date pattern of each language (null: it lists no days or months), built once.
const datePatterns = new WeakMap<Lexicon, RegExp | null>();

function datePattern(lex: Lexicon): RegExp | null {
  let pattern = datePatterns.get(lex);
  if (pattern !== undefined) return pattern;
  const alt = (set: ReadonlySet<string>): string => [...set].map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|');
  const days = alt(lex.days);
  const months = alt(lex.months);
  pattern = null;
  if (days && months) {
    const leads = alt(lex.headline.dateLeads);
    const parts = alt(lex.headline.dayParts);
    const lead = leads ? `(?:(?:${leads})\\s+)?` : '';
    const date = `(?:\\d{1,2}\\p{L}{0,2}\\s+(?:${months})|(?:${months})\\s+\\d{1,2}\\p{L}{0,2})(?:,?\\s+\\d{4})?`;
    const day = `(?:${days})(?:\\s+${date})?(?:\\s+(?:${parts}))?`;
    // ", jeudi," goes whole; ", jeudi" leaves its comma; " on Friday" goes.
    pattern = new RegExp(`(,?)\\s+${lead}(?:${day}|${date})(,(?=\\s))?(?=[\\s,.;:]|$)`, 'giu');
  }
  datePatterns.set(lex, pattern);
  return pattern;
}

/** Days and dates with the words that go with them: "on Friday", « jeudi 24 décembre », "le 5 mai 2024", "May 4, 2024". */
function dropDates(text: string, lex: Lexicon): string {
  const pattern = datePattern(lex);
  if (!pattern) return text;
  // Folded lexicon words match accented text through a folded copy of the same length.
  const folded = foldSameLength(text);
  // Every date the pattern finds holds a day's or a month's name: a text without any has none,
  // and the pattern, whose alternatives are tried at every space, need not run. (Only where the
  // names are plain ASCII in lower case, and the text holds no character that matches an ASCII
  // letter regardless of case but is none: the folded copy has no capital in ASCII, and of all
  // other characters only the long s and the kelvin sign match one; there, matching regardless
  // of case is matching the names as written.)
  const names = dateNamesOf(lex);
  if (names !== null && !matchesAsciiLetter(folded) && !containsAny(folded, names)) return text;
  let out = '';
  let last = 0;
  for (const match of folded.matchAll(pattern)) {
    const at = match.index ?? 0;
    // A date between two commas was an aside: both go. A comma on one side only ends the clause
    // the date closed ("…in Turkey on Tuesday, two days after…"): it stays.
    out += text.slice(last, at) + (!match[1] !== !match[2] ? ',' : '');
    last = at + match[0].length;
  }
  return out + text.slice(last);
}

// Per lexicon: its days' and months' names when all are plain ASCII in lower case (dropDates' shortcut), else null.
const dateNames = new WeakMap<Lexicon, readonly string[] | null>();
function dateNamesOf(lex: Lexicon): readonly string[] | null {
  let names = dateNames.get(lex);
  if (names === undefined) {
    const all = [...lex.days, ...lex.months];
    names = all.length > 0 && all.every(lowerAscii) ? all : null;
    dateNames.set(lex, names);
  }
  return names;
}

/** True when every character of `text` is ASCII and none is a capital. */
function lowerAscii(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code > 127 || (code >= 65 && code <= 90)) return false;
  }
  return true;
}

/** True when `text` holds "ſ" or "K" (the kelvin sign): the characters other than ASCII letters that a pattern matching regardless of case takes for one ("s", "k"). */
function matchesAsciiLetter(text: string): boolean {
  return text.includes('\u017f') || text.includes('\u212a');
}

function containsAny(text: string, words: readonly string[]): boolean {
  for (const word of words) if (text.includes(word)) return true;
  return false;
}

// Lower case, accents off, one character for one: the offsets of a match are the text's.
function foldSameLength(text: string): string {
  let out = '';
  for (const char of text) {
    // ASCII folds to its lower case, "`" to a straight apostrophe; a space stays (foldWord trims it
    // to nothing): no cache lookup for the characters of most ledes.
    const code = char.charCodeAt(0);
    if (code < 128) {
      out += code === 96 ? "'" : char.toLowerCase();
      continue;
    }
    const folded = foldWord(char);
    out += folded.length === char.length ? folded : char.toLowerCase();
  }
  return out;
}

/**
 * Cut a long lede at the last boundary within MAX that leaves a whole phrase: a clause or
 * complement boundary ("," or before an opener: "to", "from", « pour », « dans », …) when one
 * falls after MIN_CLAUSE, else any word boundary; never inside a name, never after a function
 * word or a bare number, never inside parentheses or quotes.
 */
function shortenAtBoundary(original: string, doc: Doc, names: string[]): string | null {
  const lex = doc.lex;
  const text = trimAsides(original, lex);
  if (text.length <= MAX) return text;
  const spans: Array<[number, number]> = [];
  for (const name of names) {
    if (!name.includes(' ')) continue;
    for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) spans.push([at, at + name.length]);
  }
  const words = [...text.matchAll(/\S+/gu)];
  let clauseCut = -1;
  let wordCut = -1;
  for (let w = 1; w < words.length; w++) {
    const next = words[w] as RegExpMatchArray;
    const prev = words[w - 1] as RegExpMatchArray;
    const cut = (prev.index ?? 0) + prev[0].length;
    if (cut > MAX) break;
    const end = text.slice(0, cut).replace(CLAUSE_MARKS_END, '');
    if (!validEnd(end, text, cut, spans, lex)) continue;
    const nextWord = foldWord(next[0].replace(APOSTROPHE_END, ''));
    const after = words[w + 1]?.[0] ?? '';
    const punct = COMMA_END.test(prev[0]) || next[0] === '–' || next[0] === '—';
    // An infinitive marker opens a clause only before a verb: "to allow", not "to a high" or "to 2%".
    const complement = lex.headline.infinitive.has(nextWord) && (lex.determiners.has(foldWord(after)) || DIGIT_OR_CAPITAL_FIRST.test(after));
    // An elided word opens a clause when the lexicon lists it as an opener (« d’ici », « qu’il »),
    // not an article before the verb's object (« interdit l’arrosage »).
    const elision = ELISION.exec(next[0])?.[0];
    const elided = elision !== undefined && lex.tokenizeOptions.elisions.size > 0 && lex.headline.openers.has(foldWord(elision));
    const opener = (lex.headline.openers.has(nextWord) || elided) && !complement;
    if ((punct || opener) && cut >= MIN_CLAUSE) clauseCut = end.length;
    wordCut = end.length;
  }
  const at = clauseCut > 0 ? clauseCut : wordCut;
  return at >= MIN_CLAUSE / 2 ? balance(text.slice(0, at).trim()) : null;
}

function isNumberWord(word: string, lex: Lexicon): boolean {
  if (DIGIT_FIRST.test(word)) return true;
  const folded = foldWord(word);
  // "dozens", « dizaines »: a number word or its plural.
  return numberOrScale(folded, lex) || numberOrScale(folded.replace(PLURAL_END, ''), lex);
}

function numberOrScale(w: string, lex: Lexicon): boolean {
  return lex.numbers.has(w) || lex.multipliers.has(w) || lex.approxNumbers.has(w);
}

function validEnd(end: string, text: string, cut: number, spans: Array<[number, number]>, lex: Lexicon): boolean {
  const last = lastWord(end);
  const folded = foldWord(last.replace(APOSTROPHE_END, ''));
  if (!last || lex.headline.weakEnds.has(folded) || lex.stopwords.has(folded) || isNumberWord(last, lex)) return false;
  if (APOSTROPHE_END.test(last)) return false;
  if (spans.some(([a, b]) => a < cut && cut < b)) return false;
  // "…two days | after the quake": a span of time goes with what it is counted from.
  if (lex.durations.has(folded) && isNumberWord(lastWord(end.slice(0, end.length - last.length).trimEnd()), lex)) return false;
  // Not one word left alone after a comma: "…200 basis points, seeking".
  const afterComma = ONE_WORD_AFTER_COMMA.exec(end);
  if (afterComma) return false;
  // Inside a capitalised name: "Association of Southeast Asian | Nations".
  const rest = text.slice(cut).trimStart();
  const connector = CONNECTOR_BEFORE_CAPITAL.exec(rest)?.[1];
  if (CAPITAL_FIRST.test(last) && (CAPITAL_FIRST.test(rest) || (connector !== undefined && lex.nameConnectors.has(foldWord(connector))))) return false;
  return !leavesOpen(end);
}

const LETTER = /^\p{L}$/u;
const WORD_CHARACTER = /^[\p{L}\p{N}’'.%-]$/u;

/**
 * The word `end` ends on, as /([\p{L}\p{N}’'.%-]+)\P{L}*$/u would capture it: the run of word
 * characters holding its last letter (digits and marks after it left out), or with no letter its
 * first run; '' when it has none. Read from the end rather than by trying every start: the
 * expression costs the square of the length, and a lede is asked at each of its words.
 */
function lastWord(end: string): string {
  let i = end.length;
  while (i > 0 && !isLetter(pointAt(end, pointBefore(end, i)))) i = pointBefore(end, i);
  let from = i > 0 ? pointBefore(end, i) : 0;
  if (i === 0) {
    while (from < end.length && !isWordCharacter(pointAt(end, from))) from += pointAt(end, from).length;
    if (from >= end.length) return '';
  }
  let to = from + pointAt(end, from).length;
  while (to < end.length && isWordCharacter(pointAt(end, to))) to += pointAt(end, to).length;
  while (from > 0 && isWordCharacter(pointAt(end, pointBefore(end, from)))) from = pointBefore(end, from);
  return end.slice(from, to);
}

/** The code point of `text` at code unit `i`, as a string of one or two code units. */
function pointAt(text: string, i: number): string {
  return (text.codePointAt(i) as number) > 0xffff ? text.slice(i, i + 2) : text.charAt(i);
}

/** Where the code point that ends right before code unit `i` (at least 1) starts. */
function pointBefore(text: string, i: number): number {
  const low = text.charCodeAt(i - 1);
  if (low < 0xdc00 || low > 0xdfff || i < 2) return i - 1;
  // Read only within the text: charCodeAt past its start gives NaN, which makes V8 treat every code here as a double.
  const high = text.charCodeAt(i - 2);
  return high >= 0xd800 && high <= 0xdbff ? i - 2 : i - 1;
}

function isLetter(point: string): boolean {
  const c = point.charCodeAt(0);
  return c < 128 ? (c >= 65 && c <= 90) || (c >= 97 && c <= 122) : LETTER.test(point);
}

function isWordCharacter(point: string): boolean {
  const c = point.charCodeAt(0);
  return c < 128 ? isLetter(point) || (c >= 48 && c <= 57) || c === 39 || c === 46 || c === 37 || c === 45 : WORD_CHARACTER.test(point);
}

/** True when `end` leaves a bracket or a quotation open: more "(" than ")", more "“" than "”", or an odd number of '"'. */
function leavesOpen(end: string): boolean {
  let brackets = 0;
  let quotes = 0;
  let straight = 0;
  for (let i = 0; i < end.length; i++) {
    const c = end.charAt(i);
    if (c === '(') brackets++;
    else if (c === ')') brackets--;
    else if (c === '“') quotes++;
    else if (c === '”') quotes--;
    else if (c === '"') straight++;
  }
  return brackets > 0 || quotes > 0 || straight % 2 === 1;
}

/** Cut at the last word boundary within `max`, dropping trailing short function words. */
function clip(text: string, max: number): string {
  if (text.length <= max) return text;
  let cut = text.slice(0, max + 1);
  const space = cut.lastIndexOf(' ');
  cut = space > 0 ? cut.slice(0, space) : text.slice(0, max);
  return cut.replace(/(?:\s+\S{1,3})+$/u, (m) => (m.length < cut.length / 3 ? '' : m)).replace(/[\s,;:–—-]+$/u, '');
}

// An opening « without its » reads badly: close it.
function balance(text: string): string {
  const open = (text.match(/«/g) ?? []).length - (text.match(/»/g) ?? []).length;
  return open > 0 ? `${text} »` : text;
}
