/**
 * The shapes of text that attribute a statement, one function each, tried in this order per
 * sentence: a trailing reporting clause ("…, a rapporté, jeudi, un média d’Etat", "…, a-t-il
 * déclaré", "…, said the spokesman", "…, INPE said"); "selon X" / "according to X"; a subject and
 * a reporting verb ("Pyongyang a affirmé…", "X told reporters…"); a participle after the main
 * clause ("…, saying that…"); a passive with its agent ("…was estimated by experts").
 */
import type { Attribution } from '../record/types.ts';
import type { Annotations } from './annotate.ts';
import { CLOSE, cleanClaim, END, MARK_CLOSE, MARK_COMMA, MARK_OPENING, MARK_SEMICOLON, MARK_STRAIGHT, marksOf, noteMarks, OPEN, slice, statement } from './claims.ts';
import { byWord, type Lexicon, type PhraseTable } from './lexicon/index.ts';
import { inTitleComplement } from './names.ts';
import type { Sentence } from './sentences.ts';
import type { Resolver, SourceFields } from './sources.ts';
import { foldWord } from './text.ts';
import { type Token, tokenAt, type Vocabulary, type Word, WordSet } from './tokens.ts';
import { commaFree, isObject, nounPhraseEnd, opensVerbWord, relativeSubject, subjectEnd, verbAt, verbNeeds, walkBack } from './verbs.ts';
import { ADJ, ADV, FUNCTION, NOUN, VERB, wordClassesOf } from './word-classes.ts';

/** The shape of text that produced an attribution (confidence depends on it). */
export type Rule = 'trailing' | 'according' | 'subject' | 'participial' | 'passive' | 'colon' | 'continued' | 'run' | 'added';

export type Found = (Omit<Attribution, 'confidence'> & { rule: Rule; how: SourceFields['how'] }) | null;

/**
 * A frame's attribution: `source`'s fields and the rest. Written out field by field: a spread of
 * the source with more fields after it cost more than the frame's own search, on every
 * attribution. (Only these fields are read from a Found: see extractAttributions' `keep`.)
 */
export function attributed(source: SourceFields, rule: Rule, how: SourceFields['how'], verb: Attribution['verb'], claim: string, quote: boolean, sentence: number): NonNullable<Found> {
  return { source: source.source, sourceType: source.sourceType, actor: source.actor, rule, how, verb, claim, quote, sentence };
}

/**
 * What a sentence's words allow the frames to find, worked out in one pass over its tokens before
 * any frame runs: most sentences report nothing, and each frame would otherwise walk every token
 * to find its own cue missing. `lastVerb`: the last token a reporting verb can reach (the last
 * word verbNeeds answers for: verbAt finds no verb past it); `lastAccording`: the last token an
 * according-to phrase can start at; `participial`: whether any word is a reporting participle
 * ("saying"). -1 and false when there is none.
 */
export interface SentenceCues {
  lastVerb: number;
  lastAccording: number;
  participial: boolean;
  /** Per token of the sentence: its MARK_* bits (what may start there, and the marks that frames and claims look for). */
  marks: Uint16Array;
  /** The sentence's first colon, or -1. */
  firstColon: number;
  /** Whether a token is a quotation mark (« “ ‹ » ” › or a straight one). */
  quoted: boolean;
}

/** SentenceCues.marks: the token's word may open a verb's form (opensVerbWord); verbAt finds none where it is unset. */
export const MARK_OPENS_VERB = 1;
/** SentenceCues.marks: an according-to phrase may start at the token (its word starts one). */
const MARK_ACCORDING = 2;
/** SentenceCues.marks: a passive auxiliary may start at the token (its word starts one). */
const MARK_PASSIVE = 4;
// (MARK_COMMA = 8 and MARK_CLOSE = 16, the token's punctuation, and the other marks claims.ts reads are claims.ts's.)
/** SentenceCues.marks: a phrase of class `opinion-of` may start at the token (« Pour X, … »). */
const MARK_OPINION = 32;
/** SentenceCues.marks: a phrase of class `own-view` may start at the token (« A su juicio, … »). */
const MARK_OWN_VIEW = 64;

// SentenceCues.marks of the sentence read, one array reused from sentence to sentence and from
// article to article (extraction is synchronous): a typed array is made outside the heap, which
// costs more than the tokens it marks.
let marksScratch = new Uint16Array(256);

/** Cues for a first sentence (sentenceCues fills them). */
export function noCues(): SentenceCues {
  return { lastVerb: -1, lastAccording: -1, participial: false, marks: marksScratch, firstColon: -1, quoted: false };
}

// A word's cues: the MARK_* bits a word gives its token, and these three.
const VERB_WORD = 256;
const PARTICIPIAL_WORD = 512;
/** The folded form of a comma, a colon, a semicolon or a quotation mark: the token's text says which (the fold may join marks). */
const MARK_WORD = 1024;
const MARK_FORMS: ReadonlySet<string> = new Set([...',:;«“‹»”›"'].map((c) => foldWord(c)));

/** The cues a folded word gives, as bits, in one lexicon. */
function cuesOfWord(lex: Lexicon): (f: string) => number {
  const verb = verbNeeds(lex);
  const opens = opensVerbWord(lex);
  const opinion = lex.classes.get('opinion-of');
  const ownView = lex.classes.get('own-view');
  return (f) =>
    (verb(f) ? VERB_WORD : 0) |
    (lex.accordingTo.startsWith(f) ? MARK_ACCORDING : 0) |
    (lex.participial.has(f) ? PARTICIPIAL_WORD : 0) |
    (opens(f) ? MARK_OPENS_VERB : 0) |
    (lex.passiveAux.startsWith(f) ? MARK_PASSIVE : 0) |
    (opinion?.startsWith(f) ? MARK_OPINION : 0) |
    (ownView?.startsWith(f) ? MARK_OWN_VIEW : 0) |
    (MARK_FORMS.has(f) ? MARK_WORD : 0);
}

// Each lexicon's cuesOfWord, shared by wordCues and the two CueWords sets, with the last word's
// answer kept: the three ask about a word one right after the other (the sets as its bits are
// worked out, wordCues next), so a new word's cues are worked out once, not three times.
const sharedCues = new WeakMap<Lexicon, (f: string) => number>();
function cuesOf(lex: Lexicon): (f: string) => number {
  let cues = sharedCues.get(lex);
  if (cues === undefined) {
    const workOut = cuesOfWord(lex);
    let lastWord: string | null = null;
    let lastCues = 0;
    cues = (f) => {
      if (f !== lastWord) {
        lastCues = workOut(f);
        lastWord = f;
      }
      return lastCues;
    };
    sharedCues.set(lex, cues);
  }
  return cues;
}

/** The cues a word gives, as bits: one answer kept per word instead of one lookup per frame. */
const wordCues = byWord(cuesOf);

/**
 * Words by what cues they give, as sets whose answer for a word is a bit on the word itself
 * (Vocabulary.bindSet): three words in four give none, and half of the others are marks (a
 * comma, a quotation mark) that give only MARK_WORD. The two bits spare those words the read of
 * wordCues' answer, which lies in the word's memo, a slot far down an array of some 150 that
 * nothing else of the sentence's pass touches (that read was most of sentenceCues' time).
 */
class CueWords extends WordSet {
  constructor(private readonly holds: (f: string) => boolean) {
    super();
  }

  /** True when the folded word is one of these (what the vocabulary asks once per word). */
  override has(f: string): boolean {
    return this.holds(f);
  }

  /** The set holds no words: `holds` answers. */
  override get holdsItsWords(): boolean {
    return false;
  }
}

/** Where a bound set's bit lies on the words: in `moreFlags` or in `flags`, and the bit (0 for a set that got none). */
interface CueBit {
  more: boolean;
  bit: number;
}

/** A lexicon's two CueWords bound to its words: words with some cue, words whose only cue is MARK_WORD. */
interface CueGate {
  vocabulary: Vocabulary;
  some: CueBit;
  markOnly: CueBit;
}

const cueGates = new WeakMap<Lexicon, CueGate | null>();
let lastGateLexicon: Lexicon | null = null;
let lastGate: CueGate | null = null;

/** The bit of `set` bound to `vocabulary` (bit 0 when it has no bit left). */
function bindCueWords(vocabulary: Vocabulary, set: CueWords): CueBit {
  const index = vocabulary.bindSet(set);
  return { more: index >= 32, bit: index < 0 ? 0 : 1 << (index & 31) };
}

/** The lexicon's CueWords bits, bound on first use; null when the vocabulary has no bit left for the first (every word's cues are then read from the memo). */
function cueGate(lex: Lexicon): CueGate | null {
  if (lex === lastGateLexicon) return lastGate;
  let gate = cueGates.get(lex);
  if (gate === undefined) {
    const vocabulary = lex.tokenizeOptions.vocabulary;
    const cues = cuesOf(lex);
    const some = bindCueWords(vocabulary, new CueWords((f) => cues(f) !== 0));
    gate = some.bit === 0 ? null : { vocabulary, some, markOnly: bindCueWords(vocabulary, new CueWords((f) => cues(f) === MARK_WORD)) };
    cueGates.set(lex, gate);
  }
  lastGateLexicon = lex;
  lastGate = gate;
  return gate;
}

/** True when the word has the bit (which is not 0). */
function hasCueBit(vocabulary: Vocabulary, word: Word, cue: CueBit): boolean {
  return ((cue.more ? vocabulary.moreFlagsOf(word) : vocabulary.flagsOf(word)) & cue.bit) !== 0;
}

/** The token's cues as its word's bits tell them (0, or MARK_WORD alone), or -1 when they do not (wordCues is then asked). */
function cuesByBits(gate: CueGate | null, t: Token): number {
  const word = t.w;
  if (gate === null || word === undefined || word.vocabulary !== gate.vocabulary || word.f !== t.f) return -1;
  if (!hasCueBit(gate.vocabulary, word, gate.some)) return 0;
  return gate.markOnly.bit !== 0 && hasCueBit(gate.vocabulary, word, gate.markOnly) ? MARK_WORD : -1;
}

const WORD_MARKS = MARK_OPENS_VERB | MARK_ACCORDING | MARK_PASSIVE | MARK_OPINION | MARK_OWN_VIEW;

const COMMA_CODE = 0x2c;
const COLON_CODE = 0x3a;
const SEMICOLON_CODE = 0x3b;
const STRAIGHT_QUOTE_CODE = 0x22;
const OPENING_CODES = [...'«“‹'].map((c) => c.charCodeAt(0));
const CLOSING_CODES = [...'»”›'].map((c) => c.charCodeAt(0));

/** The marks of a quotation mark: a straight one closes as CLOSE tests it and opens as OPEN does; 0 for any other character. */
function quotationMark(code: number): number {
  if (code === STRAIGHT_QUOTE_CODE) return MARK_STRAIGHT | MARK_CLOSE;
  if (CLOSING_CODES.includes(code)) return MARK_CLOSE;
  return OPENING_CODES.includes(code) ? MARK_OPENING : 0;
}

/** The sentence's cues, written into `into` (one object per article rather than one per sentence). */
export function sentenceCues(tokens: readonly Token[], lex: Lexicon, into: SentenceCues): SentenceCues {
  into.lastVerb = -1;
  into.lastAccording = -1;
  into.participial = false;
  into.firstColon = -1;
  into.quoted = false;
  if (marksScratch.length < tokens.length) marksScratch = new Uint16Array(Math.max(tokens.length, 2 * marksScratch.length));
  const marks = marksScratch;
  into.marks = marks;
  // (The array is the last sentence's too: its marks are no longer noted once it is written over.)
  noteMarks(null, marks);
  const gate = cueGate(lex);
  for (let k = tokens.length - 1; k >= 0; k--) {
    const t = tokens[k] as Token;
    let cues = cuesByBits(gate, t);
    if (cues === 0) {
      marks[k] = 0;
      continue;
    }
    if (cues < 0) cues = wordCues(lex, t);
    let mark = cues & WORD_MARKS;
    // (Every mark looked for is one character of punctuation, which the tokenizer folds to
    // itself or as foldWord does: only a token of such a folded form has its text read.)
    const text = (cues & MARK_WORD) !== 0 ? t.text : '';
    if (text.length === 1) {
      const code = text.charCodeAt(0);
      if (code === COMMA_CODE) mark |= MARK_COMMA;
      else if (code === COLON_CODE) into.firstColon = k;
      else if (code === SEMICOLON_CODE) mark |= MARK_SEMICOLON;
      else if (code === STRAIGHT_QUOTE_CODE || code >= 0xab) {
        // (Every quotation mark but the straight one is past U+00AA: most marks are not looked up.)
        const quote = quotationMark(code);
        if (quote !== 0) into.quoted = true;
        mark |= quote;
      }
    }
    marks[k] = mark;
    if (cues === 0) continue;
    if ((cues & VERB_WORD) !== 0 && into.lastVerb < 0) into.lastVerb = k;
    if ((cues & MARK_ACCORDING) !== 0 && into.lastAccording < 0) into.lastAccording = k;
    if ((cues & PARTICIPIAL_WORD) !== 0) into.participial = true;
  }
  noteMarks(tokens, marks);
  return into;
}

/** True when token k of the sentence whose cues these are is a comma. */
export function commaAt(cues: SentenceCues, k: number): boolean {
  return ((cues.marks[k] as number) & MARK_COMMA) !== 0;
}

// Marks that stand inside a name or a noun phrase: brackets, apostrophes, hyphens.
const PHRASE_MARK = /^[()'’-]$/u;

/** True when the token is punctuation that ends a noun phrase (a comma, a stop, a quotation mark…), not a mark inside one. */
function breaksPhrase(t: Token | undefined): boolean {
  return t?.kind === 'punct' && !PHRASE_MARK.test(t.text);
}

/** Where a person's name starts in [from, to) after the run's first capitalised word, or -1. */
function personInRun(tokens: readonly Token[], from: number, to: number, sentence: number, resolver: Resolver): number {
  let first = from;
  while (first < to && !(tokens[first] as Token).cap) first++;
  for (let j = first + 1; j < to; j++) if ((tokens[j] as Token).cap && resolver.personStartsAt(sentence, j)) return j;
  return -1;
}

/** `cues`: the sentence's (sentenceCues). */
export function trailing(sentence: Sentence, lex: Lexicon, resolver: Resolver, cues: SentenceCues): Found {
  const tokens = sentence.tokens;
  const { lastVerb, marks } = cues;
  // The subject's relative clause the commas may close (subjectWithRelative), once asked.
  let relative: { open: number; bound: number } | null | undefined;
  // (verbAfterQuote finds a verb only after a closing mark, in a sentence that opens on a quotation.)
  const opensOnQuote = OPEN.test(tokens[0]?.text ?? '');
  // Only a comma or a closing quotation mark can stand at c (the sentence's marks say where).
  for (let c = tokens.length - 2; c > 0; c--) {
    const mark = marks[c] as number;
    if ((mark & (MARK_COMMA | MARK_CLOSE)) === 0) continue;
    const comma = (mark & MARK_COMMA) !== 0;
    // « La ministra de Cultura, Educación y Sanidad anunció »: a comma inside a title's list of
    // portfolios closes no claim.
    if (comma && portfolioListAfter(tokens, c, null, lex)) continue;
    // From the last word a verb needs on, no verb follows c: nothing below finds a verb there,
    // and only a `learned-from` phrase after a comma can close the sentence.
    if (c >= lastVerb) {
      if (!comma) continue;
      const learned = learnedFrom(sentence, c, CLOSE.test(tokens[c + 1]?.text ?? '') ? c + 2 : c + 1, lex, resolver);
      if (learned) return learned;
      continue;
    }
    // « « … » a dénoncé le syndicat »: a quotation that opens the sentence may close right
    // before the verb, with no comma (`bare`: where the verb starts).
    const bare = comma || !opensOnQuote ? -1 : verbAfterQuote(tokens, c, lex);
    if (!comma && bare < 0) continue;
    // "The Department of Agriculture, Forestry and Fisheries said": a comma inside a name is no clause's.
    if (comma && resolver.mentionEndCovering(sentence.index, c) > c) continue;
    // "…disappearing,” said X": the comma may stand inside the closing quote.
    const inside = bare < 0 && CLOSE.test(tokens[c + 1]?.text ?? '');
    let v = bare >= 0 ? bare : inside ? c + 2 : c + 1;
    // The quoted words end before the comma, or with the quotation mark that closes them.
    const claimEnd = bare >= 0 ? c + 1 : inside ? c + 2 : c;
    // "…, a appris Radio Ostende de sources portuaires", "…, Reuters learned from officials": who learned
    // is no source; the phrase after "from" is (lexicon patterns `learned-from`).
    const learned = bare < 0 ? learnedFrom(sentence, c, v, lex, resolver) : null;
    if (learned) return learned;
    // "…, nous déclare-t-il", "…, lui a-t-elle dit": a clitic pronoun before the verb.
    if (lex.classes.get('clitic')?.at(tokens, v) && verbAt(tokens, v + 1, lex)) v++;
    const verb = verbAt(tokens, v, lex);
    // "…, told the BBC": the noun phrase after such a verb is who was told; its speaker stands
    // before the comma (an earlier comma finds it).
    if (verb && lex.tellVerbs.hasToken(tokenAt(tokens, v + verb.length - 1))) continue;
    let sourceFrom: number;
    let sourceTo: number;
    let verbText: string;
    // A finite verb after the comma ("…, juge l’accord fragile") reports only after a quotation
    // or in English ("…, said the spokesman"); otherwise it is the sentence's own verb.
    const quoted = CLOSE.test(tokenAt(tokens, c - 1)?.text ?? '') || inside || bare >= 0 || lex.speechAfterComma;
    // "…, rappellent les chercheurs.": a finite verb then a speaker closing the sentence reports,
    // when the words before the comma are one clause (no apposition: "Le pays, frappé…, accuse X").
    const loose = !!verb && !verb.aux && !quoted && !lex.inverted.hasToken(tokens[v]);
    if (loose && !commaFree(tokens, c)) continue;
    // "The port authority, Marport, said ships…", « El delantero Iván Solís, de 22 años, sentenció
    // el partido »: a subject and its apposition set off by commas, with no verb of their own,
    // state nothing; the verb after them is the sentence's own.
    if (verb && bare < 0 && !inside && !CLOSE.test(tokenAt(tokens, c - 1)?.text ?? '') && apposedSubject(tokens, c, lex, resolver, sentence.index, marks)) continue;
    if (relative === undefined) relative = subjectWithRelative(tokens, lex);
    if (relative && relative.open < c && c <= relative.bound) continue;
    if (verb) {
      verbText = slice(sentence, v, v + verb.length);
      let k = v + verb.length;
      // Inverted pronoun: "a-t-il déclaré" (an auxiliary joined to its subject pronoun) names no one: the last speaker said it.
      const inverted = verb.aux?.f.includes('-') && lex.pronouns.startsWith(verb.aux.f.split('-').pop() ?? '') ? verb.aux : lex.inverted.hasToken(tokens[v]) ? tokens[v] : null;
      if (inverted) {
        const source = resolver.pronoun(sentence.index, (inverted as Token).f);
        if (!source) return null;
        const { claim, quote } = statement(sentence, 0, claimEnd, lex);
        return attributed(source, 'trailing', source.how, verbText, claim, quote, sentence.index);
      }
      // « "…", reiteró. », « "…", dijo a la prensa. »: where subject pronouns drop, a verb that
      // closes a quotation with no speaker after it (only who was told) speaks for the last
      // speaker, as a pronoun would.
      // (Who was told is looked for only where it can matter: it costs a pattern match.)
      if (lex.nullSubject && (inside || bare >= 0 || CLOSE.test(tokenAt(tokens, c - 1)?.text ?? '')) && closesSentence(tokens, v + verb.length, lex, resolver.annotations(sentence.index))) {
        const source = resolver.pronoun(sentence.index);
        if (!source) return null;
        const { claim, quote } = statement(sentence, 0, claimEnd, lex);
        return attributed(source, 'trailing', source.how, verbText, claim, quote, sentence.index);
      }
      k = pastTimes(tokens, k, lex);
      // "a déclaré à l’AFP le ministre", "a réagi pour la radio l’élue X": who was told is not who spoke.
      const ann = resolver.annotations(sentence.index);
      for (let hops = 0; ann && hops < 2; hops++) {
        const recipient = lex.rules('recipient').at(ann, k);
        if (!recipient || recipient.end >= tokens.length || (tokens[recipient.end]?.kind === 'punct' && tokens[recipient.end]?.text !== ',')) break;
        // « a affirmé à l’AFP Jean Roux, secrétaire… »: a person named after who was told, in the
        // same capitalised run, is the speaker.
        const speaker = personInRun(tokens, k, recipient.end, sentence.index, resolver);
        if (speaker > 0) {
          k = speaker;
          break;
        }
        k = recipient.end;
        k = pastTimes(tokens, k, lex);
      }
      // "Asimismo, apuntó que…": a verb with its own "that" clause opens a statement, it closes none.
      if (lex.complementizers.has(tokens[k]?.f ?? '')) continue;
      // « …, aseguró en Camaná el ministro »: where the words were said is not who said them.
      k = placeOrTimeEnd(tokens, k, lex);
      sourceFrom = k;
      sourceTo = nounPhraseEnd(tokens, k, lex, resolver, sentence.index);
      // "…, a déclaré la représentante de l’agence à Dakar, Aminata Sow": past a place, the name speaks.
      for (let j = sourceTo; j < tokens.length && j < sourceTo + 6; j++) {
        const t = tokens[j] as Token;
        // « …, el doctor Andrés Lagos »: a determiner and a title of lower-case words may stand before the name.
        let p = j + 1;
        if (t.text === ',' && lex.determiners.hasToken(tokens[p])) while (p < j + 4 && tokens[p + 1]?.kind === 'word' && !tokens[p + 1]?.cap) p++;
        if (p > j + 1 && resolver.personStartsAt(sentence.index, p + 1)) p++;
        else p = j + 1;
        if (t.text === ',' && resolver.personStartsAt(sentence.index, p)) {
          const end = resolver.personEnd(sentence.index, p);
          if (end >= tokens.length || tokens[end]?.kind === 'punct') sourceTo = end;
          break;
        }
        if (t.kind === 'punct' || lex.auxiliaries.hasToken(t) || lex.finite.hasToken(t)) break;
      }
    } else {
      // English "…, INPE said." / "…, the ministry said in a statement."
      let k = v;
      const ann = resolver.annotations(sentence.index);
      const tags = lex.rules('affiliation');
      // Where the name ends when an apposition follows it: the name alone speaks, not a person
      // the apposition mentions ("…,” Jane Roe, the lawyer who represents John Doe, said").
      let nameEnd = -1;
      let nameStart = -1;
      while (k < tokens.length && k - v < 12) {
        // "…,” Jane Roe, D-N.Y., said": a party tag inside the speaker's phrase.
        const tag = ann && k > v ? tags.at(ann, k) : null;
        if (tag) {
          k = tag.end;
          if (tokenAt(tokens, k - 1)?.text === ',' && verbAt(tokens, k, lex)) break;
          continue;
        }
        // "…,” Jane Roe, the head of the union, told X": a person's name, then an apposition between commas.
        const apposition = tokens[k]?.text === ',' && k > v ? appositionEnd(tokens, v, k, lex, resolver, sentence.index) : -1;
        if (apposition > 0) {
          nameEnd = k;
          k = apposition;
          break;
        }
        // "…, the agency’s director, Jo Banda, said": a title first, then the name set off by
        // commas right before the verb; the name speaks.
        const titled = tokens[k]?.text === ',' && k > v ? titledName(tokens, v, k, lex, resolver, sentence.index) : -1;
        if (titled > 0) {
          nameStart = k + 1;
          nameEnd = titled;
          k = titled + 1;
          break;
        }
        if ((verbAt(tokens, k, lex) && !relativeSubject(tokens, k, lex)) || breaksPhrase(tokens[k])) break;
        k++;
      }
      let late = verbAt(tokens, k, lex);
      // "…, the report said": a noun that is also a verb ("report", "claims") after a determiner.
      if (late && !late.aux && lex.determiners.has(tokenAt(tokens, k - 1)?.f ?? '') && verbAt(tokens, k + 1, lex)) late = verbAt(tokens, ++k, lex);
      if (!late || k === v || late.aux) continue;
      // "…, a Lagos-based think tank, argued": a verb's form that opens a longer source noun is that noun.
      if (opensSourceNoun(tokens, k, late.length, lex)) continue;
      // "…, a step first taken in 2021 and criticised by some charities": a verb joined by "and"
      // to the words before it goes on their clause; those words are no speaker.
      if (lex.clauseBreaks.hasToken(tokens[k - 1])) continue;
      // "ACCRA, Dec 9 - Ghana's ruling party, …": a form in -ing after the words describes a noun; no tail closes on it.
      if (lex.gerundEnding?.test(tokenAt(tokens, k + late.length - 1)?.f ?? '')) continue;
      // "…, the toll rose to 1,204 the ministry said.": a clause, then a speaker with no comma before it (subjectVerb reads it).
      if (juxtaposedSpeaker(tokens, v, k, lex) > 0) continue;
      // "…, la nueva jefa se ha querido mostrar…": an auxiliary before the verb makes a clause, not a speaker.
      if (auxiliaryIn(tokens, v, k, lex)) continue;
      // "…, selon un communiqué publié par X": an according-to phrase, whose verb is the document's.
      if (lex.accordingTo.at(tokens, v)) continue;
      // "…, while police put the figure at 40,000": a second clause, not a reporting tail.
      // "…, and residents say…": a tail never opens with a conjunction; the clause has a subject of its own.
      if (lex.clauseSplitters.at(tokens, v) || lex.clauseBreaks.hasToken(tokens[v]) || lex.relatives.hasToken(tokens[v])) continue;
      // "…, ce que Moscou dément", "…, lo que X niega": a comment on the clause, not a speaker's tail.
      if (lex.determiners.hasToken(tokens[v]) && lex.relatives.has(tokens[v + 1]?.f ?? '')) continue;
      // "…, beating the analysts' estimate": a participle taking an object (a determiner follows:
      // "sporting director X said" is a title), whose noun is no speaker.
      const opener = tokens[v] as Token;
      if (!opener.cap && lex.gerundEnding?.test(opener.f) && lex.determiners.has(tokens[v + 1]?.f ?? '') && !lex.stopwords.hasToken(opener)) continue;
      // "Asked about X, Holt said: “…”": a verb that opens a quotation or a colon introduces what
      // follows it; the words before the comma are no statement of its speaker.
      const opens = tokens[k + late.length];
      if (opens && (opens.text === ':' || OPEN.test(opens.text))) continue;
      // "…,” X said as ministers met": a clause opened by "as", "when", "while" is not the speaker's.
      // (Only one before the first comma after the verb changes what `rest` holds: it is looked for there.)
      let tailComma = k + late.length;
      while (tailComma < tokens.length && ((marks[tailComma] as number) & MARK_COMMA) === 0) tailComma++;
      const subordinate = firstAt(lex.classes.get('subordinator'), tokens, k + late.length, tailComma);
      // The words after the verb, up to the subordinator or else the comma (the subordinator, when
      // there is one, stands before the comma), punctuation left out.
      const rest = wordsIn(tokens, k + late.length, subordinate > 0 ? subordinate : tailComma);
      // "…, Lee told reporters after a closed-door session": a longer tail is fine when it is only
      // an addressee or an adverbial (no verb, no "that").
      const first = rest[0];
      const adverbial = !!first && (lex.claimLeadPrepositions.hasToken(first) || lex.addressees.at(rest, 0) !== null) && !holdsClause(rest, rest.length, lex);
      if (rest.length > (adverbial ? 14 : 6)) continue;
      // "Speaking at a briefing, she insisted the province had enough…": a clause of its own after
      // the verb (a verb before any relative or "that") is what it reports; the words before the
      // comma only set the scene.
      if (verbBeforeClause(rest, lex)) continue;
      // "However, Jensen explained that…": a verb with its own "that" clause reports that clause, not the words before the comma.
      if (complementizerIn(rest, Math.min(4, rest.length), lex)) continue;
      // "After the meeting, Lee said staff were leaving", "In an interview with X, Lee said…": a
      // phrase a preposition opens, with no verb, sets the scene of the clause after the comma
      // and states nothing.
      if (sceneBefore(tokens, c, lex)) continue;
      sourceFrom = nameStart > 0 ? nameStart : v;
      sourceTo = nameEnd > 0 ? nameEnd : k;
      verbText = slice(sentence, k, k + late.length);
    }
    if (sourceTo <= sourceFrom) continue;
    if (loose && sourceTo < tokens.length && !END.test(tokens[sourceTo]?.text ?? '')) continue;
    // "…, a annoncé mercredi un bénéfice net de…": an object after the verb, not its speaker.
    if (verb && isObject(tokens, sourceFrom, sourceTo, lex, resolver, sentence.index)) continue;
    // "…, said the first units would reach…": a clause after the verb, not its speaker.
    const next = tokens[sourceTo];
    if (verb && next && next.kind === 'word' && (lex.auxiliaries.hasToken(next) || lex.finite.hasToken(next))) continue;
    // "L’avocate, Me Aminata Touré-Kouassi, a annoncé…": the name before the comma is the subject.
    if (resolver.personIn(sentence.index, Math.max(0, c - 6), c)?.[1] === c) continue;
    // « Rubén Olmo, de 41 años, negó… »: a name opening the sentence, with only an apposition set off after it, is the subject too.
    const opener = resolver.personStartsAt(sentence.index, 0) ? resolver.personEnd(sentence.index, 0) : -1;
    if (opener > 0 && opener < c && tokens[opener]?.text === ',' && !tokens.slice(opener, c).some((t) => lex.finite.hasToken(t) || lex.auxiliaries.hasToken(t))) continue;
    // After a quotation, a phrase that names no one may be a person's epithet ("…,” said the 24-year-old).
    const afterQuote = inside || bare >= 0 || CLOSE.test(tokenAt(tokens, c - 1)?.text ?? '');
    const source = clauseSubject(sentence, c, sourceFrom, sourceTo, lex, resolver) ?? resolver.resolve(sentence, sourceFrom, sourceTo) ?? (afterQuote ? resolver.epithet(sentence, sourceFrom, sourceTo) : null);
    if (!source) continue;
    const { claim, quote } = statement(sentence, 0, claimEnd, lex);
    // "Jeudi, une enquête de X accusait…": a lead that says when states nothing; the words
    // after the comma are a clause of their own (subjectVerb reads it).
    if (!claim) continue;
    return attributed(source, 'trailing', source.how, verbText, claim, quote, sentence.index);
  }
  return null;
}

/**
 * True when tokens [0, c) are a subject and one apposition set off by a comma: a name alone
 * after a noun ("The port authority, Marport"), or a phrase opened by a determiner or a
 * preposition after a name ("El delantero Iván Solís, de 22 años"). Neither holds a verb: no
 * auxiliary, reporting form, "that" or relative, no word the word classes know only as a verb.
 */
function apposedSubject(tokens: readonly Token[], c: number, lex: Lexicon, resolver: Resolver, s: number, marks: ArrayLike<number>): boolean {
  // The one comma before c, from the sentence's marks (most commas have a clause before them: the
  // cheap tests first).
  let comma = -1;
  for (let k = 1; k < c; k++) {
    if (((marks[k] as number) & MARK_COMMA) === 0) continue;
    if (comma >= 0) return false;
    comma = k;
  }
  if (comma < 1 || lex.claimLeadPrepositions.hasToken(tokens[0]) || lex.placePrepositions.hasToken(tokens[0])) return false;
  const beforeComma = resolver.mentionEndCovering(s, comma - 1);
  const subjectNamed = beforeComma === comma;
  // The apposition is a name, whole, after a noun: "…, Marport,".
  let named = c > comma + 1 && beforeComma < 0;
  for (let k = comma + 1; k < c && named; k++) named = !!tokens[k]?.cap && tokens[k]?.kind === 'word';
  // Or the subject ends on a name, and a determiner or a preposition opens the apposition: "…, de 22 años,".
  const opener = tokens[comma + 1];
  const described = subjectNamed && (lex.determiners.hasToken(opener) || lex.connectors.hasToken(opener) || lex.placePrepositions.hasToken(opener));
  if (!named && !described) return false;
  for (let k = 0; k < c; k++) {
    const t = tokens[k] as Token;
    if (t.kind === 'punct' && (OPEN.test(t.text) || CLOSE.test(t.text))) return false;
    if (t.kind !== 'word') continue;
    if (lex.auxiliaries.hasToken(t) || lex.finite.hasToken(t) || lex.complementizers.hasToken(t) || lex.relatives.hasToken(t)) return false;
    if (!t.cap) {
      const classes = wordClassesOf(lex.lang, t.f);
      if ((classes & VERB) !== 0 && (classes & (NOUN | ADJ)) === 0) return false;
    }
  }
  return true;
}

/** Past the times between a verb and its speaker from token k ("…, estimó este jueves la Bolsa", "…, informó ayer el ministerio"): where the speaker may start. */
function pastTimes(tokens: readonly Token[], k: number, lex: Lexicon): number {
  const times = lex.classes.get('time-after-verb');
  for (;;) {
    const time = times?.at(tokens, k);
    if (time) k += time.length;
    else if (tokens[k]?.text === ',' || dayAfterVerb(tokens, k, lex)) k++;
    else if (lex.determiners.has(tokens[k]?.f ?? '') && dayAfterVerb(tokens, k + 1, lex)) k += 2;
    else return k;
  }
}

/** True when token j is a day's name that may stand after a verb. */
function dayAfterVerb(tokens: readonly Token[], j: number, lex: Lexicon): boolean {
  return lex.skipAfterVerb.has(tokens[j]?.f ?? '') && lex.days.has(tokens[j]?.f ?? '');
}

// The words of a tail (wordsIn), one array reused from call to call: trailing reads them right away.
const tailWords: Token[] = [];

/** The tokens of [from, to) that are no punctuation, in a reused array (read it before the next call). */
function wordsIn(tokens: readonly Token[], from: number, to: number): readonly Token[] {
  tailWords.length = 0;
  for (let j = from; j < to && j < tokens.length; j++) {
    const t = tokens[j] as Token;
    if (t.kind !== 'punct') tailWords.push(t);
  }
  return tailWords;
}

/** True when one of the first `count` words is an auxiliary, a finite form, a "that" or a relative pronoun. */
function holdsClause(words: readonly Token[], count: number, lex: Lexicon): boolean {
  for (let j = 0; j < count; j++) {
    const t = words[j] as Token;
    if (lex.auxiliaries.hasToken(t) || lex.finite.hasToken(t) || lex.complementizers.hasToken(t) || lex.relatives.hasToken(t)) return true;
  }
  return false;
}

/** True when an auxiliary or a finite form stands among the words before the first relative pronoun or "that" (among all, without one). */
function verbBeforeClause(words: readonly Token[], lex: Lexicon): boolean {
  for (const t of words) {
    if (lex.relatives.hasToken(t) || lex.complementizers.hasToken(t)) return false;
    if (lex.auxiliaries.hasToken(t) || lex.finite.hasToken(t)) return true;
  }
  return false;
}

/** True when one of the first `count` words is a "that". */
function complementizerIn(words: readonly Token[], count: number, lex: Lexicon): boolean {
  for (let j = 0; j < count; j++) if (lex.complementizers.hasToken(words[j])) return true;
  return false;
}

/** True when an auxiliary stands in tokens [from, to). */
function auxiliaryIn(tokens: readonly Token[], from: number, to: number, lex: Lexicon): boolean {
  for (let j = from; j < to; j++) if (lex.auxiliaries.hasToken(tokens[j])) return true;
  return false;
}

/** True when tokens [0, c) are a phrase a preposition opens, with no verb, no quotation and no comma: a scene, no statement. */
function sceneBefore(tokens: readonly Token[], c: number, lex: Lexicon): boolean {
  const first = tokens[0];
  if (!first || !lex.claimLeadPrepositions.hasToken(first) || c > 10) return false;
  for (let j = 1; j < c; j++) {
    const t = tokens[j] as Token;
    if (t.kind === 'punct' || t.kind === 'number' || lex.finite.hasToken(t) || lex.auxiliaries.hasToken(t) || lex.passiveAux.at(tokens, j)) return false;
  }
  return true;
}

/**
 * "The ministry, which has pressed for cuts, said…", « Vecinos del barrio, donde…, celebraron… »:
 * a noun phrase with no verb, then a relative clause set off by commas that closes at a comma c,
 * are the subject of what follows c; nobody said them. Such a c lies in (open, bound]: `open`
 * the phrase's comma (the sentence's first comma, with no other punctuation, auxiliary or finite
 * verb before it, a relative pronoun after it), `bound` the first punctuation after the relative
 * pronoun. Worked out once per sentence, since trailing asks at each comma. Null when the
 * sentence opens on no such phrase.
 */
function subjectWithRelative(tokens: readonly Token[], lex: Lexicon): { open: number; bound: number } | null {
  let open = -1;
  for (let j = 0; j < tokens.length && open < 0; j++) {
    const t = tokens[j] as Token;
    if (t.text === ',') open = j;
    else if (breaksPhrase(t) || lex.auxiliaries.hasToken(t) || lex.finite.hasToken(t)) return null;
    // « Miles de personas esperaron ante el teatro, que… »: a verb before the comma makes that
    // clause the main one, and the relative after the comma is its object's.
    else if (t.kind === 'word' && !t.cap && (wordClassesOf(lex.lang, t.f) & (VERB | NOUN | ADJ)) === VERB) return null;
  }
  if (open < 1 || !lex.relatives.hasToken(tokens[open + 1])) return null;
  let bound = open + 2;
  while (bound < tokens.length && !breaksPhrase(tokens[bound])) bound++;
  return { open, bound };
}

/**
 * « « … » a dénoncé le syndicat », « « … » pour les marins a déploré X »: where the quotation
 * closed at c opens the sentence, a reporting verb after its closing mark with no comma, maybe
 * past a short phrase that a function word opens (at most four lower-case words, no verb; no
 * conjunction, pronoun or determiner first), speaks for the quotation. The token where the verb starts, or -1.
 */
function verbAfterQuote(tokens: readonly Token[], c: number, lex: Lexicon): number {
  // ("…,” she said": a comma inside the mark opens the trailing clause as any comma does.)
  if (!CLOSE.test(tokens[c]?.text ?? '') || tokenAt(tokens, c - 1)?.text === ',' || !OPEN.test(tokens[0]?.text ?? '') || tokens[c + 1]?.kind !== 'word') return -1;
  // The quotation that closes at c is the one the sentence opens: no other mark between.
  for (let j = 1; j < c; j++) if (OPEN.test(tokens[j]?.text ?? '') || CLOSE.test(tokens[j]?.text ?? '')) return -1;
  const lead = tokens[c + 1] as Token;
  for (let v = c + 1; v < tokens.length && v <= c + 5; v++) {
    // (A subject before the verb, "” she said", "” the mayor said", is subjectVerb's to read.)
    if (verbAt(tokens, v, lex)) return v === c + 1 || (lex.stopwords.hasToken(lead) && !lex.pronouns.at(tokens, c + 1) && !lex.determiners.hasToken(lead) && !lex.clauseBreaks.hasToken(lead) && !lex.relatives.hasToken(lead)) ? v : -1;
    const t = tokens[v] as Token;
    if (t.kind !== 'word' || t.cap || lex.auxiliaries.hasToken(t) || lex.finite.hasToken(t)) return -1;
  }
  return -1;
}

/**
 * The attribution of "…, a appris Radio Ostende de sources portuaires." when a `learned-from` phrase
 * opens at token v after the comma c: the source after the phrase said the words before the
 * comma. Null when no such phrase opens there, or it names no source.
 */
function learnedFrom(sentence: Sentence, c: number, v: number, lex: Lexicon, resolver: Resolver): Found {
  const ann = resolver.annotations(sentence.index);
  const phrase = ann ? lex.rules('learned-from').at(ann, v) : null;
  if (!phrase) return null;
  const tokens = sentence.tokens;
  let to = nounPhraseEnd(tokens, phrase.end, lex, resolver, sentence.index);
  // « de fuentes portuarias el domingo »: the determiner of a time after the source is not its own.
  while (to > phrase.end + 1 && lex.determiners.hasToken(tokenAt(tokens, to - 1))) to--;
  const source = to > phrase.end ? resolver.resolve(sentence, phrase.end, to) : null;
  if (!source) return null;
  const inside = v === c + 2;
  const { claim, quote } = statement(sentence, 0, inside ? c + 2 : c, lex);
  return claim ? attributed(source, 'trailing', source.how, slice(sentence, v, phrase.end), claim, quote, sentence.index) : null;
}

/** True when, past who was told (at most two phrases), nothing but the sentence's end follows token `after`. */
function closesSentence(tokens: readonly Token[], after: number, lex: Lexicon, told: Annotations | undefined): boolean {
  let k = after;
  for (let hops = 0; told && hops < 2; hops++) k = lex.rules('recipient').at(told, k)?.end ?? k;
  k = placeOrTimeEnd(tokens, k, lex);
  const bare = tokens[k];
  return !bare || END.test(bare.text);
}

/**
 * « ante los vecinos », « en la rueda de prensa »: a phrase a preposition opens (its nouns joined
 * only by prepositions, a determiner only right after one) says where or before whom, and holds
 * no speaker: where it ends (at the end of the words or before a determiner that opens the next
 * phrase), or `from` when no such phrase starts there.
 */
function placeOrTimeEnd(tokens: readonly Token[], from: number, lex: Lexicon): number {
  if (!tokens[from] || !lex.claimLeadPrepositions.hasToken(tokens[from])) return from;
  const prepositions = lex.classes.get('preposition');
  let j = from + 1;
  let afterPreposition = true;
  for (; j < tokens.length && j < from + 8; j++) {
    const t = tokens[j] as Token;
    if (t.kind !== 'word') break;
    const preposition = lex.claimLeadPrepositions.hasToken(t) || !!prepositions?.at(tokens, j);
    // « en Camaná el ministro »: a determiner after the phrase's noun opens the next phrase.
    if (lex.determiners.hasToken(t) && !preposition && !afterPreposition) break;
    // « devant les députés Jean Morin »: a name after the phrase's common noun is the speaker.
    if (t.cap && !afterPreposition && !(tokenAt(tokens, j - 1) as Token).cap) break;
    if (lex.auxiliaries.hasToken(t) || lex.finite.hasToken(t)) return from;
    afterPreposition = preposition || (afterPreposition && lex.determiners.hasToken(t));
  }
  return j > from + 1 && !afterPreposition ? j : from;
}

/**
 * Where the person's name ends when one starts right after the comma at `comma`, closes with a
 * comma right before a reporting verb, and the words [from, comma) before it hold a role or a
 * source noun ("the agency’s director, Jo Banda, said"); else -1.
 */
function titledName(tokens: readonly Token[], from: number, comma: number, lex: Lexicon, resolver: Resolver, s: number): number {
  if (!resolver.personStartsAt(s, comma + 1)) return -1;
  const end = resolver.personEnd(s, comma + 1);
  if (tokens[end]?.text !== ',' || !verbAt(tokens, end + 1, lex)) return -1;
  for (let j = from; j < comma; j++) if (lex.roles.at(tokens, j) || lex.sourceNouns.at(tokens, j)) return end;
  return -1;
}

/**
 * The token after an apposition that follows a person's name at [from, comma) and ends with a
 * comma right before a reporting verb ("Jane Roe, the head of the union, said"), or -1. The
 * apposition has no verb of its own and no quotation mark, and is at most 14 tokens long.
 */
function appositionEnd(tokens: readonly Token[], from: number, comma: number, lex: Lexicon, resolver: Resolver, s: number): number {
  if (!resolver.personStartsAt(s, from) || resolver.personEnd(s, from) !== comma) return -1;
  for (let j = comma + 2; j < tokens.length - 1 && j <= comma + 15; j++) {
    const t = tokens[j] as Token;
    if (t.text === ',') return verbAt(tokens, j + 1, lex) ? j + 1 : -1;
    if (OPEN.test(t.text) || CLOSE.test(t.text) || END.test(t.text) || lex.auxiliaries.hasToken(t)) return -1;
  }
  return -1;
}

/**
 * "The water board is checking every levee, it said": a pronoun that can only stand for a body
 * (the lexicon's `pronoun-body` list), speaking after the clause, stands for the body that opens
 * the clause, when one does; null otherwise (the pronoun then resolves as usual).
 */
function clauseSubject(sentence: Sentence, comma: number, from: number, to: number, lex: Lexicon, resolver: Resolver): SourceFields | null {
  const tokens = sentence.tokens;
  if (to - from !== 1 || lex.wordList('pronoun-body').at(tokens, from)?.length !== 1) return null;
  const end = subjectEnd(tokens, 0, comma, lex, resolver, sentence.index);
  if (end <= 0 || tokens[end]?.kind !== 'word') return null;
  const subject = resolver.resolve(sentence, 0, end);
  return subject && subject.sourceType !== 'person' && subject.sourceType !== 'unnamed' ? { source: subject.source, sourceType: subject.sourceType, actor: subject.actor, how: 'anaphor' } : null;
}

/**
 * The first comma within 16 tokens from `from`, with no auxiliary or other punctuation before it,
 * or -1. Reporting verb forms do not stop it: an adjective can look like one (« pública »).
 */
function phraseComma(tokens: readonly Token[], from: number, lex: Lexicon): number {
  for (let j = from; j < tokens.length && j < from + 16; j++) {
    const t = tokens[j] as Token;
    if (t.text === ',') return j;
    if (breaksPhrase(t) || lex.auxiliaries.hasToken(t)) return -1;
  }
  return -1;
}

/** The first token in [from, to) where a phrase of `table` starts, or -1. */
function firstAt(table: PhraseTable | undefined, tokens: readonly Token[], from: number, to: number): number {
  if (!table) return -1;
  for (let j = Math.max(0, from); j < tokens.length && j < to; j++) if (table.at(tokens, j)) return j;
  return -1;
}

/** Past the token `first`, a phrase starts only where the sentence's cues mark one may (`cues.marks`), at `cues.lastAccording` at the latest. */
export function accordingTo(sentence: Sentence, lex: Lexicon, resolver: Resolver, cues: SentenceCues, first = 0): Found {
  const tokens = sentence.tokens;
  const { marks, lastAccording: last } = cues;
  for (let k = first; k < tokens.length && (k === first || k <= last); k++) {
    // (Only where the sentence's marks say a phrase looked for may start: at `first` one of the
    // three classes below, past it one of the lexicon's according-to list.)
    if (((marks[k] as number) & (k === first ? MARK_ACCORDING | MARK_OPINION | MARK_OWN_VIEW : MARK_ACCORDING)) === 0) continue;
    // « Pour Karim Diallo, secrétaire du syndicat, ces annonces… », "For Jane Roe, …": a phrase of
    // class `opinion-of` opening the sentence gives a named person's view (checked below).
    const opinion = k === first && !lex.accordingTo.at(tokens, k) ? lex.classes.get('opinion-of')?.at(tokens, k) : null;
    // « A su juicio, … », « À ses yeux, … », "In her view, …": a phrase of class `own-view`
    // opening the sentence holds its source as a possessive: the last speaker, as a pronoun would.
    const ownView = k === first && tokens[k + 1] ? lex.classes.get('own-view')?.at(tokens, k) : null;
    if (ownView && tokens[k + ownView.length]?.text === ',') return ownViewOf(sentence, k + ownView.length + 1, lex, resolver);
    const hit = opinion ?? lex.accordingTo.at(tokens, k);
    if (!hit) continue;
    // "según sean los datos", "selon que…": the phrase means "depending on", and names no source.
    if (lex.classes.get('not-according-after')?.at(tokens, k + hit.length)) continue;
    // « según precisó X »: a reporting verb between the phrase and its source belongs to the phrase.
    const between = verbAt(tokens, k + hit.length, lex);
    const from = k + hit.length + (between?.length ?? 0);
    // "X a recensé, selon ses propres chiffres, …": the subject's own count; the subject speaks.
    if (lex.classes.get('possessive')?.at(tokens, from) && k > 0) return null;
    // "| Según X, …" (a caption in a table cell): punctuation alone before the phrase.
    // « Et selon X, … », "But according to X, …": a conjunction or lead word before it too.
    const atStart = k === first || (k < first + 4 && tokenAt(tokens, k - 1)?.text === ',') || onlyLeads(tokens, first, k, lex);
    // « Según la empresa pública X (Y), … »: an according-to phrase opening the sentence runs to
    // its comma, past adjectives after the noun that end a noun phrase elsewhere.
    const to = Math.max(nounPhraseEnd(tokens, from, lex, resolver, sentence.index), atStart ? phraseComma(tokens, from, lex) : -1);
    // "X was quoted by the Gazette as saying…": the subject spoke, the paper printed it (passiveAgent reads it).
    if (lex.classes.get('quoted-as')?.at(tokens, to)) return null;
    // « De source hospitalière, … », "from sources close to…": a phrase that ends on a source noun
    // names its source with that noun.
    // « …, de même source. »: a phrase that holds "the same source" names the last source again.
    const nounFrom = lex.sourceNouns.at(tokens, k + hit.length - 1) ? k + hit.length - 1 : from;
    const sameFrom = hit.length > 1 && lex.classes.get('same-source')?.at(tokens, k + 1) ? k + 1 : nounFrom;
    const source = (!atStart && appositionAtEnd(sentence, from, resolver)) || resolver.resolve(sentence, sameFrom, to);
    if (!source) return null;
    // "X denounced a 'sham trial' aimed, in his words, at…", « X a critiqué une « réforme » destinée,
    // selon elle, à… »: a pronoun's phrase set off inside a clause whose own reporting verb came
    // before it points back at that verb's speaker; the clause is theirs, read by subjectVerb.
    if (!atStart && source.how === 'pronoun' && tokens[to]?.text === ',' && to + 1 < tokens.length - 1 && reportedBefore(tokens, first, k, lex)) return null;
    const verb = slice(sentence, k, from);
    let claimFrom = atStart ? to : first;
    let claimTo = atStart ? tokens.length : k;
    // "Selon l’ONG Acled, qui recense les violences politiques, plus de…": past the relative clause.
    // « D’après les analystes de X, interrogés par l’AFP, le groupe… », "According to economists
    // polled by Y, …": a participle and its agent set off by commas describe the source.
    const agent = tokens[claimFrom + 2];
    const polled = tokens[claimFrom + 1]?.kind === 'word' && !tokens[claimFrom + 1]?.cap && agent !== undefined && lex.agentPrepositions.hasToken(agent);
    if (atStart && tokens[claimFrom]?.text === ',' && (polled || lex.relatives.has(tokens[claimFrom + 1]?.f ?? ''))) {
      const close = tokens.findIndex((t, i) => i > claimFrom + 1 && t.text === ',');
      if (close > 0 && close < tokens.length - 3) claimFrom = close + 1;
    }
    // « Selon Karim Diallo, secrétaire du syndicat, ces annonces… », « Según la epidemióloga X, de
    // la Universidad Y, "…" »: past a title or an affiliation set off after the named person.
    const described = atStart && source.sourceType === 'person' && tokens[claimFrom]?.text === ',' ? appositionSkipped(tokens, claimFrom, lex) : claimFrom;
    // ("Pour X, c’est un revers" may be the writer's view of X: the person's own view needs a
    // title set off after the name, or quoted words. « Pour lui, la ville « a perdu six ans » »:
    // a pronoun for a person, with quoted words, gives that person's view too.)
    // (A sentence with no quotation mark at all, as its cues tell, needs no look.)
    const quoted = cues.quoted && openingMarkFrom(tokens, claimFrom);
    const personNamed = source.how === 'named' || (source.how === 'pronoun' && quoted);
    // « Para los analistas consultados por X, … », « Pour les experts interrogés par X, … »: a
    // group the writer went to ask (a participle and its agent) gives its own view too.
    const asked = opinion && atStart && source.sourceType === 'unnamed' && askedBy(tokens, from, to, lex);
    // « Pour la CGT, les renforts sont « très loin du compte » », « Para los sindicatos, las
    // medidas son "insuficientes" »: a named or described body whose sentence ends on quoted
    // words gives its own view; those words are the body's. (A quote inside the sentence may be
    // someone else's words the body reacts to, so it must close the sentence.)
    const bodyQuoted = opinion && atStart && source.sourceType !== 'person' && source.how !== 'pronoun' && source.how !== 'anaphor' && quoteClosesSentence(tokens, claimFrom);
    if (opinion && !asked && !bodyQuoted && (!personNamed || source.sourceType !== 'person' || !atStart || (described === claimFrom && !quoted))) continue;
    claimFrom = described;
    while (tokens[claimFrom]?.text === ',') claimFrom++;
    // « De source hospitalière, on précise que… »: an impersonal report of what the source says.
    const impersonal = atStart ? lex.classes.get('impersonal')?.at(tokens, claimFrom) : null;
    const reported = impersonal ? verbAt(tokens, claimFrom + impersonal.length, lex) : null;
    if (impersonal && reported) claimFrom += impersonal.length + reported.length;
    if (!atStart && to < tokens.length - 1 && !END.test(tokens[to]?.text ?? '.')) claimTo = k;
    const { claim, quote } = statement(sentence, claimFrom, claimTo, lex);
    return attributed(source, 'according', source.how, verb, claim, quote, sentence.index);
  }
  return null;
}

/** True when a token from `from` on opens a quotation. */
function openingMarkFrom(tokens: readonly Token[], from: number): boolean {
  for (let j = Math.max(0, from); j < tokens.length; j++) if (OPEN.test((tokens[j] as Token).text)) return true;
  return false;
}

/** True when tokens [from, to) are only punctuation and lead words ("But", « Et »). */
function onlyLeads(tokens: readonly Token[], from: number, to: number, lex: Lexicon): boolean {
  for (let j = from; j < to; j++) {
    const t = tokens[j] as Token;
    if (t.kind !== 'punct' && !lex.claimLeadWords.hasToken(t)) return false;
  }
  return true;
}

/**
 * "The mayor was quoted by the Gazette as saying (that)…", "She was quoted as telling…": the
 * subject before the passive auxiliary at `aux` said the words after the lexicon's `quoted-as`
 * phrase; the agent only printed them. Undefined when no such phrase follows the participle
 * (ending at `after`) or its agent; null when one does but names no speaker or no words.
 */
function quotedAsSaying(sentence: Sentence, aux: number, after: number, lex: Lexicon, resolver: Resolver): Found | undefined {
  const table = lex.classes.get('quoted-as');
  if (!table) return undefined;
  const tokens = sentence.tokens;
  let q = after;
  if (lex.agentPrepositions.hasToken(tokens[q])) q = nounPhraseEnd(tokens, q + 1, lex, resolver, sentence.index);
  const as = table.at(tokens, q);
  if (!as) return undefined;
  // The subject opens the sentence, maybe after a short lead ("On Friday, …").
  const lead = tokens.findIndex((t, i) => i < aux && i < 5 && t.text === ',');
  const from = lead >= 0 ? lead + 1 : 0;
  const source = aux > from ? resolver.resolve(sentence, from, aux) : null;
  const found = statement(sentence, q + as.length, tokens.length, lex, tokenAt(tokens, q + as.length - 1) ?? null);
  if (!source || !found.claim || found.claim.length < 3) return null;
  return attributed(source, 'passive', source.how, slice(sentence, aux, q + as.length), found.claim, found.quote, sentence.index);
}

/** True when the tokens from `from` on end with a quotation that opens after `from` and closes just before the final stop. */
function quoteClosesSentence(tokens: readonly Token[], from: number): boolean {
  let last = tokens.length - 1;
  while (last > from && END.test(tokens[last]?.text ?? '')) last--;
  if (!CLOSE.test(tokens[last]?.text ?? '')) return false;
  for (let j = last - 1; j > from; j--) if (OPEN.test(tokens[j]?.text ?? '')) return true;
  return false;
}

/** True when a participle of asking (class `asked-participle`) then an agent's preposition ("polled by", « consultados por ») stand in tokens [from, to). */
function askedBy(tokens: readonly Token[], from: number, to: number, lex: Lexicon): boolean {
  const asked = lex.classes.get('asked-participle');
  for (let j = from + 1; asked && j + 1 < to; j++) if (asked.at(tokens, j)?.length === 1 && lex.agentPrepositions.hasToken(tokens[j + 1])) return true;
  return false;
}

/**
 * « A su juicio, el sindicato busca… »: the words after an own-view phrase (from `from`) are the
 * view of the last speaker, found as a pronoun's antecedent; null when no one spoke before or
 * the words are too few to be a claim.
 */
function ownViewOf(sentence: Sentence, from: number, lex: Lexicon, resolver: Resolver): Found {
  const source = resolver.pronoun(sentence.index);
  if (source?.sourceType !== 'person') return null;
  const { claim, quote } = statement(sentence, from, sentence.tokens.length, lex);
  if (claim.split(/\s+/u).length < 3) return null;
  return attributed(source, 'according', 'pronoun', slice(sentence, 0, from - 1), claim, quote, sentence.index);
}

/**
 * Where the claim starts when a title or an affiliation (a role, maybe after a determiner, or a phrase opened by a
 * preposition such as "of"/« de ») stands between the comma at c and the next one, with no verb
 * or quotation mark in it and words after it: past that second comma; else c.
 */
function appositionSkipped(tokens: readonly Token[], c: number, lex: Lexicon): number {
  const next = tokens[c + 1];
  if (!next) return c;
  const role = lex.roles.at(tokens, lex.determiners.hasToken(next) ? c + 2 : c + 1);
  if (!role && !lex.classes.get('preposition')?.at(tokens, c + 1)) return c;
  for (let j = c + 2; j < tokens.length - 3 && j < c + 14; j++) {
    const t = tokens[j] as Token;
    if (t.text === ',') return j;
    if (breaksPhrase(t) || lex.auxiliaries.hasToken(t) || lex.finite.hasToken(t) || lex.complementizers.hasToken(t)) return c;
  }
  return c;
}

/**
 * "According to the bylaws, 30 signatures are needed, the treasurer said according to…", « De
 * acuerdo con X, …, según precisó Y. »: a sentence opening with one "according to" phrase may
 * close with another, whose source speaks for the words between the two.
 */
export function secondAccording(sentence: Sentence, lex: Lexicon, resolver: Resolver, cues: SentenceCues): Found {
  const tokens = sentence.tokens;
  const marks = cues.marks;
  let k = 0;
  while (k < 4 && k < tokens.length && lex.accordingTo.at(tokens, k) === null) k++;
  if (k === 4 || k === tokens.length) return null;
  let comma = k + 1;
  while (comma < tokens.length && ((marks[comma] as number) & MARK_COMMA) === 0) comma++;
  return comma < tokens.length ? accordingTo(sentence, lex, resolver, cues, comma + 1) : null;
}

/**
 * "…, according to the port's director, Ana Ruiz.": a name set off by the comma after the source's
 * noun phrase that closes the sentence is that source, and the more precise one.
 */
function appositionAtEnd(sentence: Sentence, from: number, resolver: Resolver): SourceFields | null {
  const tokens = sentence.tokens;
  let end = tokens.length;
  const to = tokens.findIndex((t, j) => j > from && j < from + 10 && t.text === ',');
  if (to < 0) return null;
  while (end > to + 1 && (END.test(tokenAt(tokens, end - 1)?.text ?? '') || CLOSE.test(tokenAt(tokens, end - 1)?.text ?? ''))) end--;
  if (end - to < 2 || end - to > 6) return null;
  for (let j = to + 1; j < end; j++) if (tokens[j]?.kind !== 'word') return null;
  const source = resolver.resolve(sentence, to + 1, end);
  // "…, según Laura Ruiz, portavoz del grupo": a role after the name describes the source named before it.
  return source?.sourceType === 'person' && source.how === 'named' ? source : null;
}

/**
 * "The bill fell after a vote called by Ana Ruiz, who argued that the count was wrong.": a
 * relative clause set off by a comma right after a person's name, whose reporting verb takes a
 * "that" clause running to the sentence's end, is that person's statement.
 */
function relativeSpeaker(sentence: Sentence, v: number, length: number, lex: Lexicon, resolver: Resolver): Found {
  const tokens = sentence.tokens;
  const r = v - 1;
  if (!lex.subjectRelatives.has(tokens[r]?.f ?? '') || tokenAt(tokens, r - 1)?.text !== ',') return null;
  const person = resolver.personIn(sentence.index, Math.max(0, r - 8), r - 1);
  if (!person || person[1] !== r - 1) return null;
  const found = statement(sentence, v + length, tokens.length, lex, tokenAt(tokens, v + length - 1) ?? null);
  if (!found.clause || !found.claim) return null;
  let claim = found.claim;
  // A comma may close the relative clause before the main one. Only in a sentence opened by a
  // lead phrase ("After a motion by X, who argued that A, B, the committee voted…") is the main
  // clause sure to come after it: the claim stops at its last comma. Elsewhere a comma leaves the
  // claim's end unknown: no attribution.
  if (claim.includes(',')) {
    if (found.quote || !lex.claimLeadPrepositions.hasToken(tokens[0])) return null;
    claim = cleanClaim(claim.slice(0, claim.lastIndexOf(',')));
  }
  const source = resolver.resolve(sentence, person[0], person[1]);
  if (source?.sourceType !== 'person') return null;
  return attributed(source, 'subject', source.how, slice(sentence, v, v + length), claim, found.quote, sentence.index);
}

/**
 * The subject relative pronoun ("who", « qui ») a few words before token k, with only words
 * between (no punctuation, no "that"), after a word; or -1.
 */
function subjectRelativeBefore(tokens: readonly Token[], k: number, lex: Lexicon): number {
  for (let j = k - 1; j > 0 && j >= k - 16; j--) {
    const t = tokens[j] as Token;
    if (t.kind !== 'word') return -1;
    if (lex.subjectRelatives.hasToken(t)) return tokens[j - 1]?.kind === 'word' ? j : -1;
    // ("who asked not to be named because she was not allowed to…": a clause of cause inside it.)
    if (lex.complementizers.hasToken(t)) return -1;
  }
  return -1;
}

/** True when the verb's form of `length` tokens at k opens a longer source noun ("think tank"). */
function opensSourceNoun(tokens: readonly Token[], k: number, length: number, lex: Lexicon): boolean {
  return (lex.sourceNouns.at(tokens, k)?.length ?? 0) > length;
}

/** True when a reporting verb's form stands in tokens [from, to). */
function reportedBefore(tokens: readonly Token[], from: number, to: number, lex: Lexicon): boolean {
  for (let j = from; j < to; j++) if (verbAt(tokens, j, lex)) return true;
  return false;
}

/**
 * True when the word at `p` opens a relative clause on the sentence's opening noun phrase, up to
 * `end`: it is both a relative pronoun and "that" (« que »), a word stands before it, nothing but
 * that noun phrase stands before it, and the clause names no one (« las cifras que publicó el INE
 * muestran… »: a name in the clause is the relative's own subject, who speaks).
 */
function bareRelativeClause(tokens: readonly Token[], p: number, end: number, lex: Lexicon): boolean {
  const pronoun = tokenAt(tokens, p);
  if (!pronoun || p + 1 >= end || !lex.relatives.hasToken(pronoun) || !lex.complementizers.hasToken(pronoun) || tokenAt(tokens, p - 1)?.kind !== 'word') return false;
  if (walkBack(tokens, p - 1, lex) >= 0) return false;
  for (let j = p + 1; j < end; j++) if ((tokens[j] as Token).cap) return false;
  return true;
}

/** True when tokens [from, to) are a short noun phrase: determiners, capitalised words, nouns and adjectives, no verb. */
function nounPhraseOnly(tokens: readonly Token[], from: number, to: number, lex: Lexicon): boolean {
  if (to - from > 5) return false;
  for (let j = from; j < to; j++) {
    const t = tokens[j] as Token;
    if (t.kind !== 'word' || lex.auxiliaries.hasToken(t) || lex.finite.hasToken(t)) return false;
    if (lex.determiners.hasToken(t) || t.cap) continue;
    const classes = wordClassesOf(lex.lang, t.f);
    if ((classes & (NOUN | ADJ)) === 0 || (classes & FUNCTION) !== 0) return false;
  }
  return true;
}

/** True when the verb at v passes a sentence ("à 20 ans", "to life in prison") in its clause. */
function sentencing(sentence: Sentence, v: number, length: number, lex: Lexicon, resolver: Resolver): boolean {
  const last = tokenAt(sentence.tokens, v + length - 1) as Token;
  if (!lex.sentencingVerbs.hasToken(last)) return false;
  const ann = resolver.annotations(sentence.index);
  if (!ann) return false;
  const terms = lex.rules('sentence-term');
  for (let k = v + length; k < sentence.tokens.length && k < v + length + 14; k++) {
    const t = sentence.tokens[k] as Token;
    if (t.kind === 'punct' && t.text !== '-') return false;
    if (terms.at(ann, k)) return true;
  }
  return false;
}

/** The end of the run of capitalised words, connectors, articles and conjunctions after `comma`. */
function listRunEnd(tokens: readonly Token[], comma: number, lex: Lexicon): number {
  let k = comma + 1;
  while (k < tokens.length && (tokens[k] as Token).kind === 'word' && ((tokens[k] as Token).cap || lex.connectors.hasToken(tokens[k]) || lex.determiners.hasToken(tokens[k]) || lex.clauseBreaks.hasToken(tokens[k]))) k++;
  return k;
}

/**
 * Whether the words after the comma at `comma`, up to `end` (to the end of their run when null),
 * go on with a title's list of portfolios: capitalised words, connectors and articles with a
 * conjunction among them, after a title and its capitalised complement (inTitleComplement:
 * « ministre de la Santé, de la Jeunesse et des Sports »).
 */
function portfolioListAfter(tokens: readonly Token[], comma: number, end: number | null, lex: Lexicon): boolean {
  if (!tokenAt(tokens, comma - 1)?.cap) return false;
  const to = end ?? listRunEnd(tokens, comma, lex);
  let conjunction = false;
  for (let k = comma + 1; k < to; k++) {
    const t = tokens[k] as Token;
    if (lex.clauseBreaks.hasToken(t) && !t.cap) conjunction = true;
    else if (!(t.kind === 'word' && (t.cap || lex.connectors.hasToken(t) || lex.determiners.hasToken(t)))) return false;
  }
  return conjunction && inTitleComplement(tokens, comma - 1, lex);
}

/** `cues`: the sentence's (sentenceCues); the subject's verb is looked for from token `first` on. */
export function subjectVerb(sentence: Sentence, lex: Lexicon, resolver: Resolver, cues: SentenceCues, first = 1): Found {
  const tokens = sentence.tokens;
  const { lastVerb, marks } = cues;
  const subordinators = lex.classes.get('subordinator');
  // (No verb starts past lastVerb; none where the sentence's cues say no verb's form opens:
  // a byte read instead of verbAt's lookup of the word, at each token up to lastVerb.)
  for (let v = first; v < tokens.length && v <= lastVerb; v++) {
    if (((marks[v] as number) & MARK_OPENS_VERB) === 0) continue;
    const verb = verbAt(tokens, v, lex);
    if (!verb) continue;
    // "a think tank": a verb's form that opens a longer source noun is that noun.
    if (opensSourceNoun(tokens, v, verb.length, lex)) continue;
    // "X, who has called for…, said that…": the verb of a relative clause reports nothing for the
    // main clause; it reports for the person it hangs on ("…by Ana Ruiz, who said that…").
    if (relativeSubject(tokens, v, lex)) {
      const said = relativeSpeaker(sentence, v, verb.length, lex, resolver);
      if (said) return said;
      continue;
    }
    // « Solo se registró una queja »: an impersonal verb has no speaker.
    if (!verb.aux && lex.classes.get('impersonal')?.endingAt(tokens, v - 1)) continue;
    // "a infligé jeudi douze ans à un chef de bande", "condemned him to life": a sentence, not a statement.
    if (sentencing(sentence, v, verb.length, lex, resolver)) continue;
    // Walk back over the subject noun phrase, past appositions and relative clauses set off by
    // commas ("Chad Whitfield, a logistics coordinator for the WFP, said", "La Finul, qui compte
    // 10 000 Casques bleus, a fait état", "A senior official who asked not to be named said").
    let end = v;
    let k = walkBack(tokens, v - 1, lex);
    let named: [number, number] | null = null;
    let phraseStart = -1;
    let relativeVerb = false;
    // The verb is that of a relative clause with its own subject (between k and end).
    let ownRelative = false;
    for (let hops = 0; hops < 4; hops++) {
      const t = tokenAt(tokens, k);
      if (!t) break;
      // « La ministra de Cultura, Educación y Sanidad anunció »: a title's list of portfolios goes
      // on past the comma; the subject is the title, list and all.
      if (t.text === ',' && hops === 0 && portfolioListAfter(tokens, k, end, lex)) {
        k = walkBack(tokens, k - 1, lex);
        continue;
      }
      if (t.text === ',' && (k + 1 >= end || hops > 0)) {
        const open = walkBack(tokens, k - 1, lex, true);
        // "Le ministre …, Jean-Noël Barrot, a appelé": the name set off by commas speaks; a name
        // inside a relative clause of the apposition ("…, the lawyer who represents X, said") is
        // whom the clause is about, never the speaker.
        named = resolver.personIn(sentence.index, open + 1, relativeStart(tokens, open + 1, k, lex));
        // "…,” the mayor, Ana Ruiz, said": the phrase the name is set off from opens the subject.
        if (named && tokenAt(tokens, open)?.text === ',') phraseStart = walkBack(tokens, open - 1, lex) + 1;
        // "Son parti, l’Alliance pour le renouveau (APR), a annoncé": the named body set off by commas.
        if (!named && tokenAt(tokens, open)?.text === ',') named = resolver.bodyApposition(sentence.index, walkBack(tokens, open - 1, lex) + 1, open, k);
        if (named || tokenAt(tokens, open)?.text !== ',') break;
        end = open;
        k = walkBack(tokens, open - 1, lex);
      } else if (lex.relatives.hasToken(t) && !lex.clauseBreaks.hasToken(t) && tokenAt(tokens, k - 1)?.text === ',') {
        // « Un operador, que pidió…, aseguró que… »: a relative right before the verb, after the
        // phrase that opens the sentence, makes it the relative clause's own verb; the main verb comes later.
        if (k + 1 === end && walkBack(tokens, k - 2, lex) < 0) {
          relativeVerb = true;
          break;
        }
        end = k - 1;
        k = walkBack(tokens, k - 2, lex);
      } else if (lex.subjectRelatives.hasToken(t) && k + 1 < end) {
        // "tax changes that the government says will raise…": a relative with a subject of its
        // own and no verb before this one makes this verb the relative clause's; that subject speaks.
        if (hops === 0 && nounPhraseOnly(tokens, k + 1, end, lex)) {
          ownRelative = true;
          break;
        }
        end = k;
        k = walkBack(tokens, k - 1, lex);
      } else if ((lex.auxiliaries.hasToken(t) || lex.finite.hasToken(t)) && lex.subjectRelatives.has(tokenAt(tokens, k - 1)?.f ?? '')) {
        // "Un responsable qui a requis l’anonymat estime": skip the relative clause.
        end = k - 1;
        k = walkBack(tokens, k - 2, lex);
      } else if (hops === 0 && bareRelativeClause(tokens, lex.auxiliaries.hasToken(t) || lex.finite.hasToken(t) ? k - 1 : k, end, lex)) {
        // « Un negociador que pidió el anonimato aseguró que… », « Una fuente que conoce el caso
        // dijo… »: where one word is both the relative pronoun and "that", the clause it opens
        // right after the noun phrase that opens the sentence is that phrase's relative clause,
        // and the next verb is the main one. (The walk stopped at the clause's verb or at the
        // pronoun: the subject ends before the pronoun.)
        end = lex.relatives.hasToken(t) ? k : k - 1;
        k = walkBack(tokens, end - 1, lex);
      } else if (hops === 0 && (lex.auxiliaries.hasToken(t) || lex.finite.hasToken(t) || lex.participles.endingAt(tokens, k))) {
        // « Un porte-parole qui a demandé à ne pas être nommé a indiqué… »: a subject's relative
        // clause of several verbs, with no comma, ends right before this verb; past its relative
        // pronoun stands the subject.
        const r = subjectRelativeBefore(tokens, k, lex);
        if (r < 0) break;
        end = r;
        k = walkBack(tokens, r - 1, lex);
      } else break;
    }
    if (relativeVerb) continue;
    if (named) {
      k = named[0] - 1;
      end = named[1];
    }
    const stop = tokenAt(tokens, k);
    // (Asked for the clause after a splitter, « …, tandis que X a affirmé… », the splitter's own
    // "que" opens that clause.)
    if (!named && !ownRelative && stop && !lex.clauseBreaks.hasToken(stop) && (lex.relatives.hasToken(stop) || lex.complementizers.hasToken(stop)) && !(k === first - 1 && lex.clauseSplitters.endingAt(tokens, k))) continue;
    // "Arturo Ruiz, presidente de la central dijo que…": a name opening the sentence, then its
    // title with no closing comma: the name speaks.
    if (!named && stop?.text === ',' && end - k > 1) {
      const opener = walkBack(tokens, k - 1, lex) + 1;
      const person = opener === 0 ? resolver.personIn(sentence.index, 0, k) : null;
      if (person && person[1] === k && lex.roles.at(tokens, k + 1 + (lex.roleModifiers.has(tokens[k + 1]?.f ?? '') ? 1 : 0))) {
        k = person[0] - 1;
        end = person[1];
      }
    }
    let from = k + 1;
    // "…jumped 14% on Tuesday after the company said…": a subordinator inside the phrase opens the
    // clause whose subject speaks; what stands before it belongs to the main clause.
    for (let j = end - 2; j > from && subordinators; j--) {
      const t = tokenAt(tokens, j) as Token;
      if (!t.cap && t.kind === 'word' && subordinators.at(tokens, j)?.length === 1) {
        from = j + 1;
        break;
      }
    }
    // "She also urged…", "The mayor repeatedly said…": an adverb before the verb is no part of its subject.
    while (end - 1 > from && adverbOnly(tokenAt(tokens, end - 1) as Token, lex)) end--;
    // « Les organisateurs en revendiquent… », « El ministro le aseguró… »: an object pronoun
    // bound to the verb (lexicon class `preverbal-clitic`) is no part of its subject.
    while (end - 1 > from && lex.classes.get('preverbal-clitic')?.at(tokens, end - 1)?.length === 1) end--;
    if (from >= end || end - from > 14) continue;
    // « "Every megawatt counts. …" »: a subject inside a quotation is the quoted speaker's word, no source.
    // (No quotation is open in a sentence with no quotation mark, as its cues tell.)
    if (cues.quoted && insideQuotation(tokens, from)) continue;
    // "According to the figures released today, X…": a participle inside an attribution phrase.
    if (lex.accordingTo.at(tokens, from)) continue;
    // "individuals accused of laundering": an English participle used as an adjective.
    if (lex.headFinal && !verb.aux && /^(?:of|by|to|as)$/u.test(tokens[v + 1]?.f ?? '')) continue;
    // "…the toll rose to 1,204 the ministry said.": a determiner right after a number starts a
    // new noun phrase with no comma before it; the speaker is that phrase, the claim what precedes.
    const joined = juxtaposedSpeaker(tokens, from, end, lex);
    if (joined > 0) {
      const tail = statement(sentence, v + verb.length, tokens.length, lex);
      // "…1,204 the ministry said, adding: …": a participle after the verb goes on with the same
      // speaker (addedClause reads it); it is no object of the verb.
      const goesOn = tokens[v + verb.length]?.text === ',' && lex.participial.hasToken(tokens[v + verb.length + 1]);
      const source = tail.claim === '' || goesOn ? resolver.resolve(sentence, joined, end) : null;
      const before = source ? statement(sentence, 0, joined, lex) : null;
      if (source && before && before.claim.length >= 3) return attributed(source, 'trailing', source.how, slice(sentence, v, v + verb.length), before.claim, before.quote, sentence.index);
      continue;
    }
    const source = resolver.resolve(sentence, from, end);
    if (!source) continue;
    // "“These numbers show…,” Environment Minister X told reporters": the quote is the claim.
    let q = (phraseStart >= 0 && phraseStart < from ? phraseStart : from) - 1;
    if (tokenAt(tokens, q)?.text === ',') q--;
    if (q >= 1 && CLOSE.test(tokenAt(tokens, q)?.text ?? '')) {
      const quoted = statement(sentence, 0, q + 1, lex);
      return attributed(source, 'subject', source.how, slice(sentence, v, v + verb.length), quoted.claim, true, sentence.index);
    }
    // "said (that) …": the clause after the verb. A verb that is not a plain "said" ("has denied
    // involvement", "a condamné les relations…") is part of the statement: the whole clause,
    // subject included, unless a "that"/"que" clause follows it.
    // A verb that is not a plain "said" ("has denied involvement", "a condamné les relations…")
    // keeps its meaning in `verb`: the claim is still only what follows it, never the speaker.
    const participle = tokenAt(tokens, v + verb.length - 1) as Token;
    const found = statement(sentence, v + verb.length, tokens.length, lex, participle);
    // "The governor has declared a state of emergency", « a déclaré la guerre »: a verb whose
    // object is one of the lexicon's `act-object` phrases performs an act and reports nothing.
    const act = lex.classes.get('act-object')?.at(tokens, v + verb.length);
    if (act || (lex.thatOnly.hasToken(participle) && !found.clause && !found.quote)) {
      // "X declared a state of emergency and said that…": an act's subject speaks through the
      // reporting verb joined to it, whose own "that" clause is the claim.
      const joined = joinedReport(sentence, v + verb.length, lex);
      if (joined) return attributed(source, 'subject', source.how, joined.verb, joined.claim, joined.quote, sentence.index);
      continue;
    }
    if (!found.claim || found.claim.length < 3) continue;
    return attributed(source, 'subject', source.how, slice(sentence, v, v + verb.length), found.claim, found.quote, sentence.index);
  }
  return null;
}

/**
 * The reporting verb right after a clause break ("and", « y ») within the object of a verb that
 * ends at `from`, with its "that" clause or quotation: the verb and its claim, or null. The
 * search stops at a stop or a quotation mark: past them another speaker may talk.
 */
function joinedReport(sentence: Sentence, from: number, lex: Lexicon): { verb: string; claim: string; quote: boolean } | null {
  const tokens = sentence.tokens;
  for (let g = from; g < tokens.length - 2 && g < from + 12; g++) {
    const t = tokens[g] as Token;
    if (END.test(t.text) || OPEN.test(t.text) || t.text === ';') return null;
    if (!lex.clauseBreaks.hasToken(t)) continue;
    const verb = verbAt(tokens, g + 1, lex);
    if (!verb) continue;
    const next = statement(sentence, g + 1 + verb.length, tokens.length, lex, tokens[g + verb.length] ?? null);
    if (next.claim.length < 3 || (!next.clause && !next.quote)) return null;
    return { verb: slice(sentence, g + 1, g + 1 + verb.length), claim: next.claim, quote: next.quote };
  }
  return null;
}

/** True when a quotation opened before token k is still open there. */
export function insideQuotation(tokens: readonly Token[], k: number): boolean {
  let open = false;
  const marks = marksOf(tokens);
  if (marks !== null) {
    // (As the texts below say, from the sentence's marks: OPEN is an opening or a straight mark.)
    for (let i = 0; i < k; i++) if (((marks[i] as number) & (open ? MARK_CLOSE : MARK_OPENING | MARK_STRAIGHT)) !== 0) open = !open;
    return open;
  }
  for (let i = 0; i < k; i++) if ((open ? CLOSE : OPEN).test((tokens[i] as Token).text)) open = !open;
  return open;
}

/** True when the word-class lexicon knows the word as an adverb and as nothing else ("also", "repeatedly"). */
function adverbOnly(t: Token, lex: Lexicon): boolean {
  if (t.kind !== 'word' || t.cap) return false;
  // « Soto siempre ha defendido », « Soto también aseguró »: the lexicon's adverbs before a verb
  // (class `verb-adverb`) and a claim's lead words ("also", « también ») where the word classes
  // know no adverb.
  if (lex.claimLeadWords.hasToken(t) || lex.classes.get('verb-adverb')?.at([t], 0)) return true;
  return (wordClassesOf(lex.lang, t.f) & (ADV | NOUN | ADJ | VERB | FUNCTION)) === ADV;
}

/** Where a determiner follows a number inside a subject [from, end) (a noun phrase with no comma before it), or -1. */
function juxtaposedSpeaker(tokens: readonly Token[], from: number, end: number, lex: Lexicon): number {
  for (let j = from + 1; j < end; j++) if (tokenAt(tokens, j - 1)?.kind === 'number' && lex.determiners.hasToken(tokens[j])) return j;
  return -1;
}

/** The first relative pronoun in tokens [from, to) (where a clause about the phrase before it opens), or `to`. */
function relativeStart(tokens: readonly Token[], from: number, to: number, lex: Lexicon): number {
  for (let k = from; k < to; k++) if (lex.subjectRelatives.hasToken(tokens[k]) || lex.relatives.hasToken(tokens[k])) return k;
  return to;
}

/**
 * "The minister resigned on Friday, saying (that) the reform had failed", "…, estimant que…":
 * a reporting participle after a comma speaks for the subject of the main clause.
 */
export function participial(sentence: Sentence, lex: Lexicon, resolver: Resolver): Found {
  const tokens = sentence.tokens;
  if (lex.participial.size === 0) return null;
  for (let k = 2; k < tokens.length - 2; k++) {
    const t = tokens[k] as Token;
    const comma = t.kind === 'word' && lex.participial.hasToken(t) ? participialComma(tokens, k, lex) : -1;
    if (comma < 0) continue;
    // The subject opens the sentence, maybe after a short lead ("On Friday, …", "Mardi, …").
    // A comma before a relative pronoun opens a clause about the subject ("Ostmark, which makes
    // routers, raised…"), no lead: the subject is the phrase before it.
    let from = 0;
    const lead = tokens.findIndex((x, i) => i < comma && i < 5 && x.text === ',');
    // "The Greens, the main party of opposition, abstained…": a name that ends right at the first
    // comma is the subject its apposition follows, no lead.
    const named = lead > 0 && resolver.mentionEndCovering(sentence.index, lead - 1) === lead;
    if (lead >= 0 && !named && !lex.relatives.hasToken(tokens[lead + 1])) from = lead + 1;
    let end = subjectEnd(tokens, from, comma, lex, resolver, sentence.index);
    if (end <= from) return null;
    // "The board's new chairman, Jo Ndegwa, declined…, saying": the name set off by commas
    // after the subject's words speaks, not the body that owns the title.
    const apposed = appositionName(tokens, from, comma, lex, resolver, sentence.index);
    if (apposed) [from, end] = apposed;
    const source = resolver.resolve(sentence, from, end);
    if (!source) return null;
    const found = statement(sentence, k + 1, tokens.length, lex, t);
    if (!found.claim || found.claim.length < 3) return null;
    // "…, al asegurar que…": a verb after a preposition reports only a "that" clause or a quotation.
    if (comma < k - 1 && !found.clause && !found.quote) return null;
    return attributed(source, 'participial', source.how, t.text, found.claim, found.quote, sentence.index);
  }
  return null;
}

/**
 * The person named between the first two commas after `from` (before `limit`), when only words
 * with no verb stand before the first: [start, end) of the name, or null.
 */
function appositionName(tokens: readonly Token[], from: number, limit: number, lex: Lexicon, resolver: Resolver, s: number): [number, number] | null {
  let c = from;
  while (c < limit && tokens[c]?.kind === 'word' && !lex.auxiliaries.hasToken(tokens[c]) && !lex.finite.hasToken(tokens[c])) c++;
  if (c === from || tokens[c]?.text !== ',' || !resolver.personStartsAt(s, c + 1)) return null;
  const end = resolver.personEnd(s, c + 1);
  return tokens[end]?.text === ',' && end < limit ? [c + 1, end] : null;
}

/**
 * The comma before a reporting participle at k ("…, saying", "…, estimant"), maybe past a
 * preposition that opens it ("…, al señalar", "…, tout en estimant", "…, after saying"): its
 * index, or -1 when no comma opens the participle's clause.
 */
export function participialComma(tokens: readonly Token[], k: number, lex: Lexicon): number {
  if (tokenAt(tokens, k - 1)?.text === ',') return k - 1;
  // "…,” adding": English puts the comma inside the closing quotation mark.
  if (CLOSE.test(tokenAt(tokens, k - 1)?.text ?? '') && tokenAt(tokens, k - 2)?.text === ',') return k - 1;
  const lead = lex.classes.get('participial-lead')?.endingAt(tokens, k - 1);
  return lead && tokens[k - 1 - lead.length]?.text === ',' ? k - 1 - lead.length : -1;
}

/**
 * « …, comme le précise X : « … » », « Comme l’explique X, … », « …, tal como lo señaló X », "…, as
 * X explained": a clause opened by "as" (lexicon class `as-said`) that holds a reporting verb and
 * its speaker (after the verb where the language inverts them, before it in English) gives the
 * speaker the rest of the sentence: the quotation or colon that follows the speaker (past an
 * apposition, no verb in it), else the main clause before the "as", or after the clause's comma
 * when it opens the sentence.
 */
const AS_SAID = 'c:as-said';

export function asSaid(sentence: Sentence, lex: Lexicon, resolver: Resolver): Found {
  // (The sentence's annotations say at once whether an opener stands anywhere in it.)
  const ann = resolver.annotations(sentence.index);
  if (!ann?.present(AS_SAID)) return null;
  const tokens = sentence.tokens;
  for (let k = 0; k + 2 < tokens.length; k++) {
    const opener = ann.spanAt(k, AS_SAID);
    if (!opener) continue;
    const v0 = opener.end;
    let verb = verbAt(tokens, v0, lex);
    let from = v0;
    let to: number;
    let end: number;
    if (verb) {
      // Inverted: the speaker follows the verb.
      from = v0 + verb.length;
      to = nounPhraseEnd(tokens, from, lex, resolver, sentence.index);
      end = to;
    } else {
      // "as X explained": a short subject, then the verb.
      let v = v0;
      while (v < tokens.length && v - v0 < 8 && tokens[v]?.kind === 'word' && !verbAt(tokens, v, lex)) v++;
      verb = v > v0 ? verbAt(tokens, v, lex) : null;
      if (!verb || verb.aux?.f.includes('-')) continue;
      to = v;
      end = v + verb.length;
    }
    if (to <= from) continue;
    const source = resolver.resolve(sentence, from, to);
    if (!source) continue;
    const verbText = from === v0 + (verb?.length ?? 0) ? slice(sentence, v0, from) : slice(sentence, to, end);
    // The speaker's words: a quotation or a colon right after the speaker, past an apposition.
    let c = end;
    while (c < tokens.length && c - end < 16 && tokens[c]?.text !== ':' && !OPEN.test(tokens[c]?.text ?? '') && !END.test(tokens[c]?.text ?? '') && !lex.finite.hasToken(tokens[c]) && !lex.auxiliaries.hasToken(tokens[c])) c++;
    let found: ReturnType<typeof statement> | null = null;
    if (tokens[c]?.text === ':') found = statement(sentence, c + 1, tokens.length, lex);
    else if (OPEN.test(tokens[c]?.text ?? '') && (c === end || tokenAt(tokens, c - 1)?.text === ',')) found = statement(sentence, c, tokens.length, lex);
    else if (k === 0 && tokens[end]?.text === ',') found = statement(sentence, end + 1, tokens.length, lex);
    else if (k > 0 && (end >= tokens.length || END.test(tokens[end]?.text ?? '') || tokens[end]?.text === ',')) found = statement(sentence, 0, tokenAt(tokens, k - 1)?.text === ',' ? k - 1 : k, lex);
    if (!found?.claim || found.claim.split(/\s+/u).length < 3) continue;
    return attributed(source, 'subject', source.how, verbText, found.claim, found.quote, sentence.index);
  }
  return null;
}

/**
 * "Its value was estimated at £8m by art-market experts", "a été annoncé par le ministère": a
 * reporting verb in the passive with its agent. The agent speaks; the claim is the clause before
 * the agent.
 */
export function passiveAgent(sentence: Sentence, lex: Lexicon, resolver: Resolver, cues: SentenceCues): Found {
  const tokens = sentence.tokens;
  const { lastVerb, marks } = cues;
  // (The reporting participle after the auxiliary is one of the lexicon's participles: it stands
  // at lastVerb at the latest. The auxiliary starts where the sentence's marks say one may.)
  for (let k = 1; k < tokens.length - 2 && k < lastVerb; k++) {
    if (((marks[k] as number) & MARK_PASSIVE) === 0) continue;
    const aux = lex.passiveAux.at(tokens, k);
    if (!aux) continue;
    let p = k + aux.length;
    if (lex.claimLeadWords.has(tokens[p]?.f ?? '')) p++;
    const participle = lex.passiveReporting.at(tokens, p);
    const length = participle?.length ?? 0;
    if (length === 0) continue;
    const quotedAs = quotedAsSaying(sentence, k, p + length, lex, resolver);
    if (quotedAs !== undefined) return quotedAs;
    for (let j = p + length; j < tokens.length - 1 && j < p + length + 15; j++) {
      const t = tokens[j] as Token;
      if (t.kind === 'punct' && t.text !== ',' && t.text !== '-') break;
      if (!lex.agentPrepositions.hasToken(t)) continue;
      const to = nounPhraseEnd(tokens, j + 1, lex, resolver, sentence.index);
      const source = to > j + 1 ? resolver.resolve(sentence, j + 1, to) : null;
      if (!source) break;
      // "It is claimed by some officials that turnout…": a "that" after the agent opens the claim.
      const found = to < tokens.length && lex.complementizers.hasToken(tokens[to]) ? statement(sentence, to, tokens.length, lex) : statement(sentence, 0, j, lex);
      if (!found.claim || found.claim.length < 3) break;
      return attributed(source, 'passive', source.how, slice(sentence, k, p + length), found.claim, found.quote, sentence.index);
    }
  }
  return null;
}
