/**
 * The claim of an attribution, as a reader should see it: the reported words only, without the
 * speaker, the reporting verb, a leading conjunction or adverbial, or an addressee; a quotation
 * keeps its own words. Shared by every attribution shape (frames.ts, attributions.ts).
 */
import { knownAt } from './entities.ts';
import type { Lexicon } from './lexicon/index.ts';
import type { Sentence } from './sentences.ts';
import { oneOf } from './text.ts';
import { type Token, tokenAt } from './tokens.ts';
import { ADJ, FUNCTION, NOUN, PARTICIPLE, VERB, wordClassesOf } from './word-classes.ts';

export const OPEN = oneOf('«“‹"');
export const CLOSE = oneOf('»”›"');
export const END = oneOf('.!?…;:');

export function slice(sentence: Sentence, from: number, to: number): string {
  const tokens = sentence.tokens;
  const a = tokens[from];
  const b = tokenAt(tokens, to - 1);
  if (!a || !b || to <= from) return '';
  return sentence.text.slice(a.start - sentence.start, b.end - sentence.start);
}

export function cleanClaim(text: string): string {
  let out = trimEdges(text);
  // A quotation cut by the sentence split leaves a lone mark at one end: "…back on track,”".
  const unbalanced = closesMinusOpens(out);
  if (unbalanced > 0) out = out.replace(/[\s,;:]*[»”›]+$/u, '');
  if (unbalanced < 0) out = out.replace(/^[«“‹]+\s*/u, '');
  return trimEdges(out);
}

// What cleanClaim strips from both ends: white space (what `\s` and `trim` take) and the
// punctuation that joins a claim to its frame. A claim is cleaned for every shape tried, so by
// character codes rather than regular expressions over the whole text.
const EDGE_CODES = [...',;:—–-'].map((c) => c.charCodeAt(0));
function isEdge(code: number): boolean {
  if (code <= 0x20) return code === 0x20 || (code >= 0x09 && code <= 0x0d);
  if (code < 0xa0) return EDGE_CODES.includes(code);
  return code === 0xa0 || code === 0x1680 || (code >= 0x2000 && code <= 0x200a) || code === 0x2028 || code === 0x2029 || code === 0x202f || code === 0x205f || code === 0x3000 || code === 0xfeff || EDGE_CODES.includes(code);
}

function trimEdges(text: string): string {
  let from = 0;
  let to = text.length;
  while (from < to && isEdge(text.charCodeAt(from))) from++;
  while (to > from && isEdge(text.charCodeAt(to - 1))) to--;
  return from === 0 && to === text.length ? text : text.slice(from, to);
}

const OPENING_CODES = [...'«“‹'].map((c) => c.charCodeAt(0));
const CLOSING_CODES = [...'»”›'].map((c) => c.charCodeAt(0));

/** How many more closing quotation marks than opening ones `text` has (negative: fewer). */
function closesMinusOpens(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    // Every mark is past U+00AA: most characters are not looked up.
    if (code < 0xab) continue;
    if (OPENING_CODES.includes(code)) n--;
    else if (CLOSING_CODES.includes(code)) n++;
  }
  return n;
}

export interface Claim {
  claim: string;
  quote: boolean;
  /** The statement followed "that"/"que" (or an adverbial and "that"): a reported clause. */
  clause: boolean;
}

export const TRAILING = oneOf('.,;:!?…—–-');

/** A token's marks (frames.ts SentenceCues.marks): a comma. */
export const MARK_COMMA = 8;
/** A token's marks: a quotation mark that closes (CLOSE: » ” › and the straight one). */
export const MARK_CLOSE = 16;
/** A token's marks: a quotation mark that only opens (« “ ‹; OPEN is these and the straight one). */
export const MARK_OPENING = 128;
/** A token's marks: a straight quotation mark ("). */
export const MARK_STRAIGHT = 256;
/** A token's marks: a semicolon. */
export const MARK_SEMICOLON = 512;

// The marks of the sentence whose attribution cues were worked out last (frames.ts sentenceCues
// notes them): the scans below for quotation marks, commas and semicolons read a number per
// token of that sentence instead of each token's text, which they read for any other.
let markedTokens: readonly Token[] | null = null;
let markedBits: Uint16Array = new Uint16Array(0);

/** Notes `marks` (MARK_* bits by token) as the marks of `tokens` (of no tokens for null: while they are being written), until the next sentence's are noted. */
export function noteMarks(tokens: readonly Token[] | null, marks: Uint16Array): void {
  markedTokens = tokens;
  markedBits = marks;
}

/** The noted marks (MARK_* bits by token) when they are these tokens', else null. */
export function marksOf(tokens: readonly Token[]): Uint16Array | null {
  return tokens === markedTokens ? markedBits : null;
}

const QUOTE_MARKS = MARK_CLOSE | MARK_OPENING | MARK_STRAIGHT;

/** True when a phrase saying what words were about starts at k ("about the strike"; "about 500 people" is a figure). */
function aboutTopic(tokens: readonly Token[], k: number, lex: Lexicon): boolean {
  const topic = lex.classes.get('topic-of-telling')?.at(tokens, k);
  const next = topic ? tokens[k + topic.length] : undefined;
  return !!next && next.kind === 'word' && !lex.numbers.has(next.f);
}

/** True when tokens [k, to) hold no "that" and no opening quotation mark: a phrase, no reported words. */
function onlyAdverbial(tokens: readonly Token[], k: number, to: number, lex: Lexicon): boolean {
  if (complementizerAfter(tokens, k, to, lex) >= 0) return false;
  for (let j = k; j < to; j++) if (OPEN.test((tokens[j] as Token).text)) return false;
  return true;
}

/**
 * « sur France Inter », "on CNN", « en la radio Onda Sur »: a lead preposition then a news
 * outlet (one the lexicon knows, or a media noun and its name) says where the words were said,
 * not what; its length, or null.
 */
function mediumLead(tokens: readonly Token[], k: number, lex: Lexicon): { length: number } | null {
  if (!lex.claimLeadPrepositions.hasToken(tokens[k])) return null;
  let j = k + 1;
  while (j < tokens.length && lex.determiners.hasToken(tokens[j])) j++;
  const noun = lex.sourceNouns.at(tokens, j);
  const media = noun?.value === 'media';
  if (media) j += noun.length;
  const known = knownAt(tokens, j, lex.lang);
  if (known?.entity.kind === 'media') return { length: j + known.length - k };
  if (!media || !tokens[j]?.cap) return null;
  while (tokens[j]?.cap) j++;
  return { length: j - k };
}

/**
 * The statement in tokens [from, to), as a reader should see it: no leading conjunction,
 * comma or adverbial ("pour la première fois", "on Friday", "in a report last month that",
 * "told reporters that"), no closing punctuation; a quotation alone (after a short lead-in such
 * as "En retour,") is its own words, with `quote` true. `verb` is the reporting verb's last
 * word, for "told X that".
 */
export function statement(sentence: Sentence, from: number, end: number, lex: Lexicon, verb: Token | null = null): Claim {
  const tokens = sentence.tokens;
  let to = accordingTail(tokens, from, semicolonBefore(tokens, from, end), lex);
  while (to > from && TRAILING.test(tokenAt(tokens, to - 1)?.text ?? '')) to--;
  const lead = pastLeads(tokens, from, to, lex);
  if (!lead) return { claim: '', quote: false, clause: false };
  let k = lead.at;
  const adverbialEnd = lead.adverbialEnd;
  // "in a statement released on Monday that…", "dans un communiqué publié jeudi": a participle
  // right after the adverbial describes its document; the claim starts after the "that" that
  // follows, and without one there is no claim to show.
  if (k === adverbialEnd && describesDocument(tokens, k, lex)) {
    const that = complementizerAfter(tokens, k + 1, to, lex);
    if (that < 0) return { claim: '', quote: false, clause: false };
    k = that;
  }
  // « a rappelé, comme chaque année, que… », "said, as in past years, that…": an aside set off
  // after the verb, then the "that" that opens the claim.
  if (tokens[from]?.text === ',' && !lex.complementizers.has(tokens[k]?.f ?? '')) {
    const after = leadIn(tokens, k, to);
    if (after > 0 && lex.complementizers.has(tokens[after]?.f ?? '')) k = after;
  }
  let clause = false;
  if (lex.complementizers.has(tokens[k]?.f ?? '')) {
    // "rejected that claim, telling…": "that" before one lower-case word and a stop or a comma is a determiner.
    if (tokens[k + 1]?.kind === 'word' && !tokens[k + 1]?.cap && (k + 2 >= to || tokens[k + 2]?.text === ',')) return { claim: '', quote: false, clause: false };
    k++;
    clause = true;
  } else if (tokens[k] && (lex.claimLeadPrepositions.hasToken(tokens[k]) || (verb && lex.addresseeVerbs.hasToken(verb)))) {
    // "told lawmakers the reform would cost…": the addressee is not part of the statement.
    const addressee = verb && lex.addresseeVerbs.hasToken(verb) ? (lex.addressees.at(tokens, k) ?? namedAddressee(tokens, k, lex) ?? indirectAddressee(tokens, k, lex)) : null;
    if (addressee && k + addressee.length < to) {
      // "a expliqué aux enquêteurs ce matin.": past who was told, a time alone reports nothing.
      const after = pastLeads(tokens, k + addressee.length, to, lex);
      if (!after) return { claim: '', quote: false, clause: false };
      k = after.at;
      // « a demandé au juge de reporter… »: what was asked is the infinitive, not its « de ».
      if (lex.classes.get('infinitive-marker')?.at(tokens, k) && tokens[k + 1]?.kind === 'word') k++;
    }
    // "told reporters on Tuesday.", "told the radio about the strike": past who was told (maybe
    // passed over as a lead already: « a déclaré aux journalistes sur la grève »), a phrase
    // opened by a preposition (or one saying what the words were about, class `topic-of-telling`)
    // with no "that" and no quotation after it says when, where or what about, not what was said.
    const told = addressee !== null || (k > from && lex.addressees.endingAt(tokens, k - 1) !== null);
    if (told && (lex.claimLeadPrepositions.hasToken(tokens[k]) || aboutTopic(tokens, k, lex)) && onlyAdverbial(tokens, k, to, lex)) return { claim: '', quote: false, clause: false };
    // "said in February that…", "told reporters that…", "a déclaré à l’AFP que…"; but in
    // « anunció unos resultados que… » the object opens the claim and "que" is its relative.
    const that = lex.classes.get('object-start')?.at(tokens, k) ? -1 : complementizerAfter(tokens, k, to, lex);
    if (that >= 0) {
      k = that + 1;
      clause = true;
    }
  }
  if (k >= to) k = from;
  // A quotation alone, maybe after a lead-in of a few words and a comma: its words are the claim.
  const last = to - 1;
  const goingOn = quotationGoingOn(sentence, k, last, lex);
  if (goingOn) return { claim: goingOn, quote: true, clause };
  for (const open of [k, leadIn(tokens, k, to)]) {
    if (open < 0 || open >= last || !OPEN.test(tokens[open]?.text ?? '') || !CLOSE.test(tokens[last]?.text ?? '')) continue;
    if (!closes(tokens[open]?.text ?? '', tokens[last]?.text ?? '') || markBetween(tokens, open + 1, last)) continue;
    const words = cleanClaim(slice(sentence, open + 1, last)).replace(/[.,;:]+$/u, '');
    if (words) return { claim: words, quote: true, clause };
  }
  // "rejected that claim", "urged patience": one word, not quoted, is what the verb acts on, no statement.
  if (to - k === 1 && tokens[k]?.kind === 'word') return { claim: '', quote: false, clause: false };
  return { claim: cleanClaim(slice(sentence, k, sharedPredicateBefore(tokens, k, to, lex))), quote: false, clause };
}

/** True when the mark of token `last` stands in tokens [from, last) too (the quotation closes before it). */
function markBetween(tokens: readonly Token[], from: number, last: number): boolean {
  const mark = tokens[last]?.text;
  for (let j = from; j < last; j++) if ((tokens[j] as Token).text === mark) return true;
  return false;
}

/**
 * "Police said two men were held, but gave no details", « …, mais n’a pas précisé… », « …, pero
 * no dio detalles »: a comma, "but" (lexicon class `predicate-joiner`), then a verb with no
 * subject of its own (maybe past a negation, class `verb-negation`) is a second predicate of the
 * speaker, not part of the words reported. Where the reported words end: at that comma, else `to`.
 * (Outside quotation marks only; a verb is a reporting form, an English word the word classes
 * know only as a verb, or any lower-case word after a negation. "and" and an auxiliary are left
 * alone: "…said it had issued fines, and seized cattle", "…, but had not been named" go on
 * with the reported clause's own subject as often as with the speaker.)
 */
function sharedPredicateBefore(tokens: readonly Token[], from: number, to: number, lex: Lexicon): number {
  const joiners = lex.classes.get('predicate-joiner');
  if (!joiners) return to;
  const negations = lex.classes.get('verb-negation');
  const marks = marksOf(tokens);
  let depth = 0;
  for (let j = from + 1; j < to - 1; j++) {
    if (marks !== null) {
      // (As the texts below say, from the sentence's marks.)
      const mark = marks[j] as number;
      if ((mark & MARK_STRAIGHT) !== 0) depth = depth > 0 ? depth - 1 : 1;
      else if ((mark & MARK_OPENING) !== 0) depth++;
      else if ((mark & MARK_CLOSE) !== 0) depth = Math.max(0, depth - 1);
      if (depth !== 0 || ((marks[j - 1] as number) & MARK_COMMA) === 0) continue;
    } else {
      const text = (tokens[j] as Token).text;
      if (text === '"') depth = depth > 0 ? depth - 1 : 1;
      else if (OPEN.test(text)) depth++;
      else if (CLOSE.test(text)) depth = Math.max(0, depth - 1);
    }
    const joiner = depth === 0 && tokenAt(tokens, j - 1)?.text === ',' ? joiners.at(tokens, j) : null;
    if (!joiner) continue;
    let v = j + joiner.length;
    const negation = negations?.at(tokens, v);
    if (negation) v += negation.length;
    const w = tokens[v];
    if (w?.kind !== 'word' || w.cap || v >= to || (!negation && lex.auxiliaries.hasToken(w))) continue;
    const verbOnly = (wordClassesOf(lex.lang, w.f) & (VERB | NOUN | ADJ)) === VERB;
    if (negation || verbOnly || lex.finite.hasToken(w)) return j - 1;
  }
  return to;
}

/**
 * "…said she backed the nurses; another man said he had waited four hours": a semicolon outside
 * a quotation closes the reported words; what follows is another clause. Where the words end.
 */
function semicolonBefore(tokens: readonly Token[], from: number, end: number): number {
  let depth = 0;
  const marks = marksOf(tokens);
  if (marks !== null) {
    // (As the texts below say, from the sentence's marks.)
    for (let j = from; j < end; j++) {
      const mark = marks[j] as number;
      if ((mark & (QUOTE_MARKS | MARK_SEMICOLON)) === 0) continue;
      if ((mark & MARK_STRAIGHT) !== 0) depth = depth > 0 ? 0 : 1;
      else if ((mark & MARK_OPENING) !== 0) depth++;
      else if ((mark & MARK_CLOSE) !== 0) depth = Math.max(0, depth - 1);
      else if (depth === 0) return j;
    }
    return end;
  }
  for (let j = from; j < end; j++) {
    const t = (tokens[j] as Token).text;
    if (t === '"') depth = depth > 0 ? 0 : 1;
    else if (OPEN.test(t)) depth++;
    else if (CLOSE.test(t)) depth = Math.max(0, depth - 1);
    else if (t === ';' && depth === 0) return j;
  }
  return end;
}

/**
 * "…that the fund was empty, according to the minutes.", « …de « brutale », selon son
 * entourage. »: an according-to phrase after a comma that closes the words (no verb, no
 * quotation mark after it) names who reported the report, and is no part of the claim. Where
 * the claim's words end: the comma, or `end`.
 */
function accordingTail(tokens: readonly Token[], from: number, end: number, lex: Lexicon): number {
  const marks = marksOf(tokens);
  for (let c = end - 2; c > from; c--) {
    if (marks !== null) {
      // (As the texts below say, from the sentence's marks.)
      const mark = marks[c] as number;
      if ((mark & QUOTE_MARKS) !== 0) return end;
      if ((mark & MARK_COMMA) === 0 || !lex.accordingTo.at(tokens, c + 1)) continue;
    } else {
      const t = tokens[c] as Token;
      if (OPEN.test(t.text) || CLOSE.test(t.text)) return end;
      if (t.text !== ',' || !lex.accordingTo.at(tokens, c + 1)) continue;
    }
    for (let j = c + 1; j < end; j++) {
      const w = tokens[j] as Token;
      if (OPEN.test(w.text) || CLOSE.test(w.text) || lex.finite.hasToken(w) || lex.auxiliaries.hasToken(w) || (w.text === ',' && j < end - 1)) return end;
    }
    return c;
  }
  return end;
}

/**
 * Past the words that lead a claim in from k: a comma, a lead word or a day (« Jeudi, »), an
 * adverbial ("in a statement", « ce matin »), a medium (« sur France Inter »). Where the claim
 * may start, and where the last adverbial ended (-1 for none); null when nothing else is left.
 */
function pastLeads(tokens: readonly Token[], from: number, to: number, lex: Lexicon): { at: number; adverbialEnd: number } | null {
  let k = from;
  let adverbialEnd = -1;
  for (let hops = 0; hops < 8 && k < to; hops++) {
    const t = tokens[k] as Token;
    if (t.kind === 'punct' && /^[,;:—–-]$/u.test(t.text)) k++;
    else if (lex.claimLeadWords.hasToken(t) || lex.days.hasToken(t)) {
      // « Jeudi, le ministère accusait… »: a day or a lead word alone states nothing either.
      if (k + 1 >= to) return null;
      k++;
    } else {
      const adverbial = lex.claimLeadAdverbials.at(tokens, k) ?? mediumLead(tokens, k, lex);
      if (!adverbial) break;
      // "a réagi jeudi dans un communiqué.": an adverbial alone reports nothing.
      if (k + adverbial.length >= to) return null;
      k += adverbial.length;
      adverbialEnd = k;
    }
  }
  return { at: k, adverbialEnd };
}

/**
 * "said: “…,” adding that…", « a dit : « … », ajoutant que… »: a quotation that opens the claim
 * and closes before a participle that goes on is the claim (what the participle adds is another
 * claim of the same speaker, attributions.ts addedClause). Its words, or null.
 */
function quotationGoingOn(sentence: Sentence, open: number, last: number, lex: Lexicon): string | null {
  const tokens = sentence.tokens;
  const opening = tokens[open]?.text ?? '';
  if (!OPEN.test(opening)) return null;
  for (let c = open + 1; c < last; c++) {
    const closing = (tokens[c] as Token).text;
    if (!CLOSE.test(closing)) continue;
    if (!closes(opening, closing)) return null;
    const after = tokens[c + 1]?.text === ',' ? c + 2 : c + 1;
    const next = tokens[after];
    if (!next || !lex.participial.hasToken(next)) return null;
    return cleanClaim(slice(sentence, open + 1, c)).replace(/[.,;:]+$/u, '') || null;
  }
  return null;
}

/**
 * "told the Halden Gazette the deal…": a name (maybe after a determiner) right after a verb of
 * telling, before a lower-case word, is who was told. Its length from k, or null.
 */
function namedAddressee(tokens: readonly Token[], k: number, lex: Lexicon): { length: number } | null {
  let j = lex.determiners.hasToken(tokens[k]) ? k + 1 : k;
  const name = j;
  while (tokens[j]?.kind === 'word' && tokens[j]?.cap) j++;
  return j > name && tokens[j]?.kind === 'word' && !tokens[j]?.cap ? { length: j - k } : null;
}

/**
 * « a demandé à la mairie de… », « pidió al Gobierno el envío… »: a preposition of the indirect
 * object (class `addressee-preposition`), maybe determiners, then a name or one noun, before
 * what was asked (an infinitive's marker, "que" or a determiner), is who was asked. Its length
 * from k, or null.
 */
function indirectAddressee(tokens: readonly Token[], k: number, lex: Lexicon): { length: number } | null {
  const preposition = lex.classes.get('addressee-preposition')?.at(tokens, k);
  if (!preposition) return null;
  let j = k + preposition.length;
  while (j < tokens.length && lex.determiners.hasToken(tokens[j])) j++;
  const head = j;
  while (tokens[j]?.kind === 'word' && tokens[j]?.cap) j++;
  if (j === head) {
    const word = tokens[j];
    if (word?.kind !== 'word' || (wordClassesOf(lex.lang, word.f) & (VERB | FUNCTION)) !== 0) return null;
    j++;
  }
  const next = tokens[j];
  if (next?.kind !== 'word') return null;
  const asked = lex.classes.get('infinitive-marker')?.at(tokens, j) || lex.complementizers.hasToken(next) || lex.determiners.hasToken(next);
  return asked ? { length: j - k } : null;
}

/** A lower-case participle at k (from the word classes, or a reporting participle): "released", "publié". */
function describesDocument(tokens: readonly Token[], k: number, lex: Lexicon): boolean {
  const t = tokens[k];
  if (t?.kind !== 'word' || t.cap || lex.complementizers.hasToken(t)) return false;
  if (lex.participles.at(tokens, k)) return true;
  const classes = wordClassesOf(lex.lang, t.f);
  return (classes & PARTICIPLE) !== 0 || ((classes & VERB) !== 0 && (classes & (NOUN | FUNCTION)) === 0);
}

/** The first "that"/"que" in [from, to) within nine tokens, before any punctuation or finite verb, or -1. */
function complementizerAfter(tokens: readonly Token[], from: number, to: number, lex: Lexicon): number {
  for (let j = from; j < to && j < from + 9; j++) {
    const t = tokens[j] as Token;
    if (lex.complementizers.hasToken(t)) return j;
    if ((t.kind === 'punct' && !/^['’-]$/u.test(t.text)) || lex.auxiliaries.hasToken(t) || lex.finite.hasToken(t)) return -1;
  }
  return -1;
}

/** Index after "En retour," / "In turn," (at most four words and a comma) from k, or -1. */
export function leadIn(tokens: readonly Token[], k: number, to: number): number {
  for (let j = k; j < to && j < k + 5; j++) {
    const t = tokens[j] as Token;
    if (t.text === ',') return j > k ? j + 1 : -1;
    if (t.kind === 'punct') return -1;
  }
  return -1;
}

export function closes(open: string, close: string): boolean {
  // Straight and curly double quotes are mixed on real pages (“…" and "…”).
  const double = (q: string): boolean => q === '“' || q === '”' || q === '"';
  return (open === '«' && close === '»') || (open === '‹' && close === '›') || (double(open) && double(close) && open !== '”' && close !== '“');
}

/**
 * "The new fees, the board said, will take effect in June", « Los inversores, dicen los
 * operadores, ya descuentan… », « La grève, selon les syndicats, sera reconduite »: a reporting
 * clause set off by commas inside the statement, after its subject, leaves the statement in two
 * parts. The claim found (`claim`, one of the parts) made whole, or null when the sentence is not
 * so shaped: the words before the first comma are a phrase with no verb and more than a lead
 * word, the reporting `verb` stands between the two commas, and the words after the second go on
 * the same clause (no participle, conjunction or second clause opens them).
 */
export function inciseClaim(sentence: Sentence, lex: Lexicon, verb: string, claim: string): string | null {
  const tokens = sentence.tokens;
  let open = -1;
  for (let j = 1; j < tokens.length && j < 10 && open < 0; j++) {
    const t = tokens[j] as Token;
    if (t.text === ',') open = j;
    else if (t.kind === 'punct' || lex.finite.hasToken(t) || lex.auxiliaries.hasToken(t)) return null;
  }
  if (open < 0 || !pastLeads(tokens, 0, open, lex)) return null;
  let close = -1;
  for (let j = open + 2; j < tokens.length && j < open + 14 && close < 0; j++) if ((tokens[j] as Token).text === ',') close = j;
  const next = tokens[close + 1];
  if (close < 0 || !next || next.kind !== 'word' || next.cap || close + 2 >= tokens.length) return null;
  if (lex.participial.hasToken(next) || lex.clauseBreaks.hasToken(next) || lex.clauseSplitters.at(tokens, close + 1) || lex.classes.get('subordinator')?.at(tokens, close + 1)) return null;
  // "…, said Ana Ruiz, an economist at the bank": a phrase a determiner opens after the speaker
  // is the speaker's apposition, not the rest of the statement.
  if (lex.determiners.hasToken(next)) return null;
  if (!slice(sentence, open + 1, close).includes(verb)) return null;
  const before = slice(sentence, 0, open);
  const after = statement(sentence, close + 1, tokens.length, lex).claim;
  if (!after || (claim !== before && claim !== after)) return null;
  return `${before} ${after}`;
}
