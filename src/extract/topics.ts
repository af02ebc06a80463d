/**
 * IPTC Media Topics (top level) from per-language cue lexicons: frontmatter topics win; else the
 * topics the text gives most evidence for, most relevant first.
 *
 * Evidence is gathered first (`topicCues`): every cue word or phrase found, with its tier (event
 * nouns such as "earthquake" weigh most, then strong cues, then weak ones) and where it stands
 * (the title and the lede say what the article is about). Ambiguous cues are then read in
 * context (lexicon `topicContext`: "trial" beside "patients" is health, "school" in a story about
 * a kidnapping is the setting of a crime, "judges" of a literary prize are no court), and each
 * topic scores the weight of its cues where they stand. A set phrase (lexicon `topicIdioms`:
 * « frente a » is "against", "trade war" is no war) keeps its words from being read alone for any
 * topic, and a shorter cue phrase from its first word ("walked out" in "walked out of the talks")
 * from being read at all. A cue of five letters or more matches as a prefix ("guerre" → "guerres") unless listed in
 * `topicExact`; a shorter one only as a word or its plural, so that "arme" does not match
 * "armoire" nor "storm" "stormed".
 */
import { findTopic, TOPICS, topicLabel } from '../data/topics.ts';
import type { Topic } from '../record/types.ts';
import type { ActorsResult } from './actors.ts';
import { type Annotations, labelId } from './annotate.ts';
import type { Doc } from './doc.ts';
import { type Lexicon, TOPIC_WEIGHTS } from './lexicon/index.ts';
import { foldWord } from './text.ts';
import { answerByWord, type Token, tokenAt } from './tokens.ts';

// At most this many topics; each must reach this share of the best one's score and a floor.
const MAX_TOPICS = 3;
const RELATIVE = 0.2;
const MIN_SCORE = 6;
// A topic named only by the place the story happens in is its setting when another topic's own words weigh this share of it (inSetting).
const SETTING_RIVAL = 0.5;
// A second topic the title does not name must weigh this share of the best: a side of the story
// the headline leaves out is an aside unless the body weighs it.
const UNTITLED_RELATIVE = 0.3;
// A third topic must come close to the best one.
const THIRD_RELATIVE = 0.75;
// A second topic whose story cues all stand in one paragraph must reach this share of the best.
const ONE_PARAGRAPH_RELATIVE = 0.3;
// A second topic the title or the lede names and the story comes back to in this many sentences
// (title and lede included) needs only this share of the best: a trial repeats its court words in
// every paragraph, and the accused's office (a president, a mayor) must not drown in them.
const TOLD_THROUGHOUT = 5;
const TOLD_THROUGHOUT_RELATIVE = 0.15;
// A third topic is no mention in passing: its cues stand in more than this many sentences of the
// body, or in the title or the lede.
const THIRD_SENTENCES = 1;
// The title and the lede say what the article is about: their cues count this many times; but
// the title's cues after a word that opens its cause or circumstance ("… por la sequía", "… after
// the rains": lexicon `titleCauses`) count as the body's, since that part names why, not what.
const TITLE_WEIGHT = 3;
const LEDE_WEIGHT = 2;

/** One cue found in the text: evidence for a topic. */
export interface TopicCue {
  topic: string;
  /** The cue as written in the lexicon (folded). */
  cue: string;
  /** Its tier's weight (TOPIC_WEIGHTS). */
  weight: number;
  /** Sentence index; -1 for the title. */
  sentence: number;
  /** How much its place counts: the title and the lede more than the body. */
  place: number;
}

/** A topic a word cues: `whole` when the word is the cue or its plural, not a longer word it begins. */
type WordCue = [topic: string, weight: number, cue: string, whole: boolean];

/**
 * What a word brings to the search, asked once per word of a language and kept on the word
 * (shared across articles): the topics it cues, the phrase cues it opens, and the context words
 * of `topicContext` it stands for (see standsFor).
 */
interface WordTopics {
  cues: WordCue[];
  phrases: PhraseCue[] | undefined;
  /** Indexes in the language's ContextRules.words. */
  context: number[];
  /** The context phrases this word opens (ContextRules.phrases). */
  contextPhrases: ContextPhrase[] | undefined;
}

/** A `when` of several words ("ice sheet", « gardien de but »): its words, and its index in ContextRules.words. */
interface ContextPhrase {
  words: string[];
  index: number;
}

/**
 * The context rules of a language, indexed once: each distinct `when` word has a number, each
 * rule the numbers of its words, and each topic and cue the rules that may move it, in order.
 */
interface ContextRules {
  words: string[];
  /** The `when` entries of several words, by their first word: found in the text as a phrase (phraseAt), not word by word. */
  phrases: Map<string, ContextPhrase[]>;
  whenOf: number[][];
  byCue: Map<string, Map<string, number[]>>;
}

// What most words bring: one shared answer, which stays in the cache while a sentence is read.
const NO_TOPICS: WordTopics = { cues: [], phrases: undefined, context: [], contextPhrases: undefined };

const wordTopics = new WeakMap<Lexicon, { of: (t: Token) => WordTopics; rules: ContextRules }>();

function topicsByWord(lex: Lexicon): { of: (t: Token) => WordTopics; rules: ContextRules } {
  let found = wordTopics.get(lex);
  if (!found) {
    const rules = contextRules(lex);
    const phrases = phraseCues(lex);
    const of = answerByWord(lex.tokenizeOptions.vocabulary, (word): WordTopics => {
      const context: number[] = [];
      rules.words.forEach((w, i) => {
        if (standsFor(word, w)) context.push(i);
      });
      const cues = wordCuesOf(word, lex);
      const opens = phrases.get(word);
      const contextPhrases = rules.phrases.get(word);
      return cues.length === 0 && !opens && context.length === 0 && !contextPhrases ? NO_TOPICS : { cues, phrases: opens, context, contextPhrases };
    });
    found = { of, rules };
    wordTopics.set(lex, found);
  }
  return found;
}

function contextRules(lex: Lexicon): ContextRules {
  const words: string[] = [];
  const index = new Map<string, number>();
  const whenOf = lex.topicContext.map((rule) =>
    rule.when.map((w) => {
      let i = index.get(w);
      if (i === undefined) {
        i = words.push(w) - 1;
        index.set(w, i);
      }
      return i;
    }),
  );
  // A phrase is no word of the text: it is looked for from its first word (standsFor never matches it).
  const phrases = new Map<string, ContextPhrase[]>();
  words.forEach((w, index) => {
    if (!w.includes(' ')) return;
    const split = phraseWords(w);
    const first = split[0] ?? '';
    phrases.set(first, [...(phrases.get(first) ?? []), { words: split, index }]);
  });
  const byCue = new Map<string, Map<string, number[]>>();
  lex.topicContext.forEach((rule, r) => {
    let cues = byCue.get(rule.from);
    if (!cues) {
      cues = new Map();
      byCue.set(rule.from, cues);
    }
    for (const cue of rule.cues) cues.set(cue, [...(cues.get(cue) ?? []), r]);
  });
  return { words, phrases, whenOf, byCue };
}

/** A one-word cue where the lexicon lists it: its topic (by order in `lex.topics`), its place in that topic's list, its weight. */
interface CueEntry {
  topic: number;
  order: number;
  weight: number;
  cue: string;
}

// Per lexicon: one-word cues by their text. A word is a cue's whole word (itself, or its plural
// in -s or -x) or starts with it, so the only cues to try for a word are the word, the word less
// its last letter, and its beginnings of five letters or more: a few lookups instead of a pass
// over every cue of every topic, with its strings, for each new word of a corpus.
const cuesByText = new WeakMap<Lexicon, Map<string, CueEntry[]>>();

function cueIndex(lex: Lexicon): Map<string, CueEntry[]> {
  const kept = cuesByText.get(lex);
  if (kept) return kept;
  const index = new Map<string, CueEntry[]>();
  lex.topics.forEach((topic, t) => {
    topic.cues.forEach(({ cue, weight }, order) => {
      if (cue.includes(' ')) return;
      const entry: CueEntry = { topic: t, order, weight, cue };
      const list = index.get(cue);
      if (list) list.push(entry);
      else index.set(cue, [entry]);
    });
  });
  cuesByText.set(lex, index);
  return index;
}

/** The topics a word cues: per topic, its first one-word cue (in the lexicon's order) that the word is, is the plural of, or starts with (from five letters). */
function wordCuesOf(word: string, lex: Lexicon): WordCue[] {
  const index = cueIndex(lex);
  // Per topic, the first matching cue in its list, and whether the word is that cue's whole word.
  const best = new Map<number, { entry: CueEntry; whole: boolean }>();
  const consider = (text: string): void => {
    for (const entry of index.get(text) ?? []) {
      const cue = entry.cue;
      const whole = word === cue || (word.length === cue.length + 1 && word.startsWith(cue) && (word.endsWith('s') || word.endsWith('x')));
      if (!whole && !(cue.length >= 5 && !lex.topicExact.has(cue) && word.startsWith(cue))) continue;
      const kept = best.get(entry.topic);
      if (!kept || entry.order < kept.entry.order) best.set(entry.topic, { entry, whole });
    }
  };
  consider(word);
  if (word.length > 1) consider(word.slice(0, -1));
  for (let length = 5; length < word.length - 1; length++) consider(word.slice(0, length));
  if (best.size === 0) return formerOf(word, lex);
  const found = [...best.values()].sort((a, b) => a.entry.topic - b.entry.topic);
  // A word that is a cue itself ("striker") is not also a longer word of a shorter cue ("strike").
  const exact = found.some((f) => f.whole);
  return found.filter((f) => !exact || f.whole).map(({ entry, whole }) => [lex.topics[entry.topic]?.id as string, entry.weight, entry.cue, whole]);
}

/**
 * The cues of a role word a "former" prefix is glued to (lexicon `roleModifiers`): « ex-maire »,
 * "ex-minister", « exalcalde » say what « maire », "minister", « alcalde » say. With its hyphen the
 * prefix is plain; glued without one ("ex" + "port…"), the rest must be a cue's whole word of five
 * letters or more, so that "export" or « explosión » are never read as a prefix and a word.
 */
function formerOf(word: string, lex: Lexicon): WordCue[] {
  for (const modifier of lex.roleModifiers) {
    if (!modifier.endsWith('-')) continue;
    if (word.startsWith(modifier) && word.length > modifier.length + 1) return wordCuesOf(word.slice(modifier.length), lex);
    const bare = modifier.slice(0, -1);
    const rest = word.slice(bare.length);
    if (bare.length > 0 && word.startsWith(bare) && rest.length >= 5) {
      const cues = wordCuesOf(rest, lex).filter(([, , , whole]) => whole);
      if (cues.length > 0) return cues;
    }
  }
  return [];
}

// An idiom (lexicon `topicIdioms`) is a phrase of no topic: its id is empty, and its words are read alone for none.
type PhraseCue = { words: string[]; id: string; weight: number; cue: string };
const IDIOM = '';
const phraseCache = new Map<Lexicon, Map<string, PhraseCue[]>>();

function phraseCues(lex: Lexicon): Map<string, PhraseCue[]> {
  let map = phraseCache.get(lex);
  if (map) return map;
  const found = new Map<string, PhraseCue[]>();
  const add = (cue: string, id: string, weight: number): void => {
    const words = phraseWords(cue);
    const first = words[0] ?? '';
    found.set(first, [...(found.get(first) ?? []), { words, id, weight, cue }]);
  };
  for (const topic of lex.topics) for (const { cue, weight } of topic.cues) if (cue.includes(' ')) add(cue, topic.id, weight);
  for (const idiom of lex.topicIdioms) add(idiom, IDIOM, 0);
  map = found;
  phraseCache.set(lex, map);
  return map;
}

/** A lexicon phrase's words, split like the tokenizer: "chiffre d'affaires" → chiffre, d', affaires. */
function phraseWords(phrase: string): string[] {
  return phrase.split(' ').flatMap((w) => (/^[a-z]+'./u.test(w) ? [w.slice(0, w.indexOf("'") + 1), w.slice(w.indexOf("'") + 1)] : [w]));
}

/**
 * Where a phrase cue found at token i ends (the index after its last word), or -1: its words in
 * order, the last one also as a prefix ("coupe du monde" → "mondial"). A count may stand between
 * two of its words ("cut 4,000 jobs", « suppressions de 1 200 postes »): the phrase says the same
 * with or without it.
 */
function phraseAt(phrase: readonly string[], tokens: readonly Token[], i: number, lex: Lexicon): number {
  const last = phrase.length - 1;
  let k = i;
  for (let j = 0; j <= last; j++) {
    if (j > 0) while (isCount(tokens[k], lex)) k++;
    const f = tokens[k]?.f;
    const w = phrase[j] as string;
    if (f !== w && !(j === last && f?.startsWith(w))) return -1;
    k++;
  }
  return k;
}

/** A word of a count: digits, or a number word ("four", « mille », « millones »). */
function isCount(token: Token | undefined, lex: Lexicon): boolean {
  return token !== undefined && (token.kind === 'number' || lex.numbers.has(token.f) || lex.multipliers.has(token.f));
}

/**
 * Every topic cue of the title and the body, context rules applied. A person's surname is no cue
 * (`people`: the actors and their mentions): « Héctor Luna » is no moon, "Guerra said" no war.
 * Only the words after a person's given name count as the surname: a title or a ministry's word
 * a name took in by mistake as its first ("Councillor Mark Abbott", « Santé André … ») still says
 * what the story is about.
 */
export function topicCues(doc: Doc, people: ActorsResult = NO_PEOPLE): TopicCue[] {
  const lede = doc.sentences.find((s) => s.text.length > 0)?.index ?? 0;
  const { of, rules } = topicsByWord(doc.lex);
  const surnames = surnameTokens(doc, people);
  // Cues of several words ("coupe du monde", "interest rate"), found from their first word; a weak
  // one (a setting: "saison des pluies") does not count its words again alone for its topic. They
  // come first in the list, then the cues of one word.
  const phraseHits: TopicCue[] = [];
  const wordHits: TopicCue[] = [];
  const covered = new Map<Token, string>();
  // The context words of `topicContext` the article has (see standsFor).
  const seen = seenScratch(rules.words.length);
  // Per phrase of the word read, where it ends (scan).
  const phraseEnds: number[] = [];
  const scan = (tokens: readonly Token[], sentence: number, placeOf: number): void => {
    let place = placeOf;
    // A body sentence's annotations say whether it holds a portfolio's title or a work's
    // "about" at all (most hold neither); the title has none, so it is always searched.
    const ann = sentence >= 0 ? doc.annotations[sentence] : undefined;
    const portfolio = !ann || ann.present(PORTFOLIO_ROLE) ? portfolioTokens(tokens, doc.lex, ann) : NO_TOKENS;
    const subject = !ann || ann.present(WORK_SUBJECT) ? workSubjectTokens(tokens, doc.lex, of, ann) : NO_TOKENS;
    for (let i = 0; i < tokens.length; i++) {
      const token = tokens[i] as Token;
      if (sentence < 0 && doc.lex.titleCauses.hasToken(token)) place = 1;
      const entry = of(token);
      // Most words open no phrase, stand for no context word and cue no topic: nothing below reads them.
      if (entry === NO_TOPICS) continue;
      // A portfolio's word is the complement of a title, and the subject of a work is the work's:
      // side mentions wherever they stand (weak, and weighed as the body's).
      const side = portfolio.has(token) || subject.has(token);
      // A phrase starting here covers its words before any of them is read alone below.
      if (entry.phrases) {
        // An idiom that runs on past a cue phrase from the same word ("walked out of the talks"
        // past "walked out") is what the words say there: the shorter cue is not read.
        // Where each phrase ends here (-1: it is not here), read once for both passes.
        const phrases = entry.phrases;
        while (phraseEnds.length < phrases.length) phraseEnds.push(-1);
        let idiomEnd = -1;
        for (let p = 0; p < phrases.length; p++) {
          const { words: phrase, id } = phrases[p] as PhraseCue;
          const end = phraseAt(phrase, tokens, i, doc.lex);
          phraseEnds[p] = end;
          if (id === IDIOM) idiomEnd = Math.max(idiomEnd, end);
        }
        for (let p = 0; p < phrases.length; p++) {
          const { id, weight, cue } = phrases[p] as PhraseCue;
          const end = phraseEnds[p] as number;
          if (end < 0 || (id !== IDIOM && end < idiomEnd)) continue;
          // (A phrase that runs on into the title's head, "foreign minister", names the post itself.)
          let inPortfolio = true;
          for (let w = i; w < end && inPortfolio; w++) inPortfolio = portfolio.has(tokens[w] as Token) || subject.has(tokens[w] as Token);
          // (Its words include this token: a phrase in a portfolio is a side mention.)
          if (id !== IDIOM) phraseHits.push(inPortfolio ? { topic: id, cue, sentence, weight: Math.min(weight, TOPIC_WEIGHTS.weak), place: 1 } : { topic: id, cue, sentence, weight, place });
          for (let w = i; w < end; w++) {
            const word = tokens[w] as Token;
            if (id === IDIOM || (weight === TOPIC_WEIGHTS.weak && covered.get(word) !== IDIOM)) covered.set(word, id);
          }
        }
      }
      if (token.kind !== 'word' || token.f.length < 2) continue;
      for (const w of entry.context) seen[w] = 1;
      if (entry.contextPhrases) for (const { words: phrase, index } of entry.contextPhrases) if (phraseAt(phrase, tokens, i, doc.lex) >= 0) seen[index] = 1;
      // « se ha impuesto », "has fired": after an auxiliary a cue's word is a participle, not the noun.
      if (entry.cues.length === 0 || (i > 0 && doc.lex.auxiliaries.hasToken(tokenAt(tokens, i - 1))) || surnames.has(token)) continue;
      // "the comedy ‘Wedding Wars’": a word of a title in quotation marks names the work, not what the story is about.
      if (token.cap && inQuotedTitle(tokens, i, doc.lex)) continue;
      const phraseTopic = covered.get(token);
      if (phraseTopic === IDIOM) continue;
      // A weak cue, a word of the setting, that only begins a capitalised word of the body is part
      // of a name ("Rivertown will face…", « le club de Fontenay »), not the setting; a longer word
      // of its own opening a sentence weighs little to lose. A stronger cue still counts in a name
      // (« Instituto de Vulcanología », "Meteorological Department").
      const inName = token.cap && sentence >= 0;
      for (const [id, weight, cue, whole] of entry.cues) {
        if (id !== phraseTopic && (whole || !inName || weight > TOPIC_WEIGHTS.weak)) wordHits.push(side ? { topic: id, cue, sentence, weight: Math.min(weight, TOPIC_WEIGHTS.weak), place: 1 } : { topic: id, cue, sentence, weight, place });
      }
    }
  };
  scan(doc.titleTokens, -1, TITLE_WEIGHT);
  for (const s of doc.sentences) scan(s.tokens, s.index, s.index === lede ? LEDE_WEIGHT : 1);
  return inContext(doc.lex, rules, phraseHits.concat(wordHits), seen);
}

// Marks that open and close a quoted title: single ones too (‘…’), which quote titles in English headlines.
const TITLE_OPENS: ReadonlySet<string> = new Set(['“', '‘', '«', '‹', '"', "'"]);
const TITLE_CLOSES: ReadonlySet<string> = new Set(['”', '’', '»', '›', '"', "'"]);
// A quoted title has at least two words and at most this many.
const TITLE_WORDS = 6;

/**
 * True when token i stands in a title written in quotation marks: two to six words, each
 * capitalised or a particle, between an opening and a closing mark ("‘Wedding Wars’",
 * « Les Années Folles »). A quoted phrase in lower case ("a ‘war’ on prices") is no title.
 */
function inQuotedTitle(tokens: readonly Token[], i: number, lex: Lexicon): boolean {
  const titleWord = (t: Token): boolean => t.kind === 'word' && (t.cap || lex.nameConnectors.hasToken(t) || lex.determiners.hasToken(t));
  let open = i - 1;
  while (open >= 0 && i - open <= TITLE_WORDS && titleWord(tokens[open] as Token)) open--;
  if (open < 0 || !TITLE_OPENS.has((tokens[open] as Token).text)) return false;
  let close = i + 1;
  while (close < tokens.length && close - open <= TITLE_WORDS && titleWord(tokens[close] as Token)) close++;
  const words = close - open - 1;
  // ("“Wedding Wars,” directed by…": the sentence's comma may stand inside the closing mark.)
  if (tokens[close]?.text === ',' || tokens[close]?.text === '.') close++;
  if (close >= tokens.length || !TITLE_CLOSES.has((tokens[close] as Token).text)) return false;
  return words >= 2 && words <= TITLE_WORDS && (tokens[open + 1] as Token).cap;
}

// Whether each context word was seen, reused from article to article (extraction is synchronous):
// a typed array of this size per article is a buffer outside the heap, which costs more to make
// than to clear.
let seenWords = new Uint8Array(256);

/** The context-word flags for `length` words, all cleared. */
function seenScratch(length: number): Uint8Array {
  if (seenWords.length < length) seenWords = new Uint8Array(Math.max(length, 2 * seenWords.length));
  else seenWords.fill(0, 0, length);
  return seenWords;
}

const NO_PEOPLE: ActorsResult = { actors: [], mentions: [] };
const NO_SENTENCES: ReadonlySet<number> = new Set();
const NO_TOKENS: ReadonlySet<Token> = new Set();

// The topic whose cues name works (a novel, a film, an exhibition), by its IPTC code, and how far a work's subject runs after its preposition.
const ARTS = findTopic('medtop:01000000')?.id;
const WORK_SUBJECT_WORDS = 6;
// The annotation label of the lexicon class `work-subject`.
const WORK_SUBJECT = 'c:work-subject';

/**
 * The words that say what a work is about (lexicon class `work-subject` after a cue of the arts:
 * « un roman sur l'exil », "a documentary about the war", « una exposición sobre la sequía »),
 * up to the clause's end: the work's subject, not the story's, which is the prize, the premiere
 * or the exhibition.
 */
function workSubjectTokens(tokens: readonly Token[], lex: Lexicon, of: (t: Token) => WordTopics, ann: Annotations | undefined): Set<Token> {
  const found = new Set<Token>();
  const about = lex.classes.get('work-subject');
  if (!about || !ARTS) return found;
  // The annotator marks every token a phrase of the class starts at (numbers apart, which it
  // labels with nothing): a token without the label needs no lookup. Only for the annotations of
  // these very tokens, which the caller found to hold the label, registered by then.
  const marks = ann?.tokens === tokens ? ann : undefined;
  const label = marks ? labelId(WORK_SUBJECT) : -1;
  for (let i = 0; i + 1 < tokens.length; i++) {
    if (marks && !marks.has(i + 1, label) && (tokens[i + 1] as Token).kind !== 'number') continue;
    // The preposition first: it is one lookup, and most words have none after them.
    const hit = about.at(tokens, i + 1);
    if (!hit || !of(tokens[i] as Token).cues.some(([topic]) => topic === ARTS)) continue;
    const from = i + 1 + hit.length;
    for (let k = from; k < tokens.length && k < from + WORK_SUBJECT_WORDS; k++) {
      const t = tokens[k] as Token;
      if (t.kind === 'punct' && t.text !== "'" && t.text !== '’') break;
      found.add(t);
    }
  }
  return found;
}

// Words a portfolio runs over after its first: « Santé et des Solidarités », "Health and Social Care".
const PORTFOLIO_WORDS = 4;
// The annotation label of the lexicon class `portfolio-role`.
const PORTFOLIO_ROLE = 'c:portfolio-role';

/**
 * The words that name a minister's portfolio (lexicon class `portfolio-role`): « ministre de la
 * Santé et des Solidarités », « consejero de Sanidad », and where the head comes last, the word
 * before it: "Health Secretary". They say which post a person holds, not what the story is
 * about: a reshuffle that names a health minister is no health story, and a health story has its
 * own words. (A ministry or an office that speaks, « Dirección de Meteorología », is the story's
 * source: its domain stays evidence.)
 */
function portfolioTokens(tokens: readonly Token[], lex: Lexicon, ann: Annotations | undefined): Set<Token> {
  const found = new Set<Token>();
  const roles = lex.classes.get('portfolio-role');
  if (!roles) return found;
  // As in workSubjectTokens: only a token the annotator marked with the class (or a number) may start one of its phrases.
  const marks = ann?.tokens === tokens ? ann : undefined;
  const label = marks ? labelId(PORTFOLIO_ROLE) : -1;
  const joins = (k: number): boolean => {
    const t = tokens[k];
    return t !== undefined && lex.nameConnectors.hasToken(t);
  };
  const isWord = (t: Token | undefined): t is Token => t?.kind === 'word' && !lex.nameConnectors.hasToken(t);
  for (let i = 0; i < tokens.length; i++) {
    if (marks && !marks.has(i, label) && (tokens[i] as Token).kind !== 'number') continue;
    const hit = roles.at(tokens, i);
    if (!hit) continue;
    const before = tokenAt(tokens, i - 1);
    if (lex.headFinal && isWord(before)) found.add(before);
    // After the head: connectors, then the portfolio's words joined by connectors, all with the
    // capital of the first or all without ("minister of health and social care").
    let j = i + hit.length;
    if (!joins(j)) continue;
    while (joins(j)) j++;
    const first = tokens[j];
    if (!isWord(first)) continue;
    found.add(first);
    for (let taken = 1; taken < PORTFOLIO_WORDS; taken++) {
      let k = j + 1;
      while (joins(k)) k++;
      const next = tokens[k];
      if (k === j + 1 || !isWord(next) || next.cap !== first.cap) break;
      found.add(next);
      j = k;
    }
    i = j;
  }
  return found;
}

/** The tokens of the body that are a person's name but not its given name (the first word of the person's fullest name). */
function surnameTokens(doc: Doc, people: ActorsResult): Set<Token> {
  const found = new Set<Token>();
  // Each person's given name, folded once (a person is mentioned again and again).
  const givenNames: Array<string | undefined> = [];
  for (const m of people.mentions) {
    const person = people.actors[m.actor];
    const tokens = doc.sentences[m.sentence]?.tokens;
    if (person?.type !== 'person' || !tokens) continue;
    let given = givenNames[m.actor];
    if (given === undefined) {
      given = foldWord(person.name.split(' ')[0] ?? '');
      givenNames[m.actor] = given;
    }
    for (let t = m.start; t < m.end; t++) {
      const token = tokens[t] as Token;
      if (token.f !== given) found.add(token);
    }
  }
  return found;
}

export function extractTopics(doc: Doc, declared: readonly string[] | null, people: ActorsResult = NO_PEOPLE): Topic[] {
  const toTopic = (id: string): Topic | null => {
    const def = findTopic(id);
    return def ? { id: def.id, iptc: def.iptc, label: topicLabel(def, doc.lang) } : null;
  };
  if (declared && declared.length > 0) return declared.map(toTopic).filter((t): t is Topic => t !== null);
  const cues = inSetting(topicCues(doc, people), doc.lex.topicSettings);
  const ranked = [...scoreTopics(cues).entries()].filter(([id]) => TOPICS.some((t) => t.id === id)).sort((a, b) => b[1] - a[1]);
  const best = ranked[0]?.[1] ?? 0;
  // A second topic needs evidence in the story itself: a cue of the title alone ("… warns the
  // World Cup's organisers" in a health story) is a detail of the headline, not what it is about.
  // And a topic only one paragraph speaks of, where the main one runs over several (the mayor's
  // word in a museum story), is that paragraph's aside unless it weighs more than a side mention.
  const paragraphs = new Map<string, Set<number>>();
  // Where each topic is told: the sentences of its cues, the title counted as -1 (see toldInPassing).
  const sentences = new Map<string, Set<number>>();
  for (const hit of cues) {
    const where = sentences.get(hit.topic);
    if (where) where.add(hit.sentence);
    else sentences.set(hit.topic, new Set([hit.sentence]));
    const block = hit.sentence >= 0 ? doc.sentences[hit.sentence]?.block : undefined;
    if (block === undefined) continue;
    const seen = paragraphs.get(hit.topic);
    if (seen) seen.add(block);
    else paragraphs.set(hit.topic, new Set([block]));
  }
  // (A story told in one paragraph has every topic in it: there, no topic is an aside.)
  const told = paragraphs.get(ranked[0]?.[0] ?? '')?.size ?? 0;
  const argued = (id: string, score: number): boolean => {
    const count = paragraphs.get(id)?.size ?? 0;
    return count > 1 || (count === 1 && (told < 2 || score >= best * ONE_PARAGRAPH_RELATIVE));
  };
  // A third topic must be more than an aside of one sentence of the body (a mayor's budget speech
  // that notes the stadium's record season in a line): the title or the lede name it, or the
  // story comes back to it. A second one that the title or the lede name and the story keeps
  // coming back to is told throughout, however many court words a trial repeats beside it.
  const lede = doc.sentences.find((s) => s.text.length > 0)?.index ?? 0;
  const toldInPassing = (id: string): boolean => {
    const where = sentences.get(id) ?? NO_SENTENCES;
    return where.size <= THIRD_SENTENCES && !where.has(-1) && !where.has(lede);
  };
  const toldThroughout = (id: string): boolean => {
    const where = sentences.get(id) ?? NO_SENTENCES;
    return where.size >= TOLD_THROUGHOUT && (where.has(-1) || where.has(lede));
  };
  // The share of the best score a topic needs at its rank (0 for the first): a second one the
  // title names, or told throughout, less than one the title leaves out.
  // (A story with no title has nothing to leave out.)
  const titled = doc.titleTokens.length > 0;
  const shareNeeded = (rank: number, id: string): number => (rank >= 2 ? THIRD_RELATIVE : toldThroughout(id) ? TOLD_THROUGHOUT_RELATIVE : !titled || sentences.get(id)?.has(-1) ? RELATIVE : UNTITLED_RELATIVE);
  // A topic's rank is its place among the topics kept: one left out (a cue of the title alone)
  // does not make the next one a third topic that must come close to the best.
  const kept: string[] = [];
  for (const [id, score] of ranked) {
    if (kept.length === MAX_TOPICS) break;
    if (score >= MIN_SCORE && score >= best * shareNeeded(kept.length, id) && (kept.length === 0 || argued(id, score)) && (kept.length < 2 || !toldInPassing(id))) kept.push(id);
  }
  return kept.map(toTopic).filter((t): t is Topic => t !== null);
}

/**
 * A place where people work or gather (lexicon `topicSettings`: "hospital", « lycée », « colegio »)
 * is where a story happens: the porter who wins the lottery works at a hospital, the bus that
 * overturns carries pupils of a school. A topic named by such a place, whose only other words
 * are weak ones (the patients, the pupils), is the story's setting, not its subject, when
 * another topic's own words above the weak tier weigh half as much as all of its cues: its cues
 * then count as weak ones wherever they stand. (A story of a hospital's night closure told in
 * "hospital" and "doctors", where a union and a mayor are side words, stays a health story.) A health story has words of its own besides
 * the hospital (an illness, a ward, surgery), and a school story besides the school (lessons, a
 * curriculum, a head teacher).
 */
function inSetting(cues: readonly TopicCue[], settings: ReadonlySet<string>): TopicCue[] {
  if (settings.size === 0) return [...cues];
  // Per topic: the weight of all its cues, and of its own words (above the weak tier, no place).
  const total = new Map<string, number>();
  const own = new Map<string, number>();
  const placed = new Set<string>();
  for (const hit of cues) {
    const score = hit.weight * hit.place;
    total.set(hit.topic, (total.get(hit.topic) ?? 0) + score);
    if (settings.has(hit.cue)) placed.add(hit.topic);
    else if (hit.weight > TOPIC_WEIGHTS.weak) own.set(hit.topic, (own.get(hit.topic) ?? 0) + score);
  }
  const setAside = new Set<string>();
  for (const topic of placed) {
    if (own.has(topic)) continue;
    const rival = Math.max(0, ...[...own].filter(([other]) => other !== topic).map(([, score]) => score));
    if (rival > 0 && rival >= (total.get(topic) ?? 0) * SETTING_RIVAL) setAside.add(topic);
  }
  if (setAside.size === 0) return [...cues];
  return cues.map((hit) => (setAside.has(hit.topic) ? { ...hit, weight: TOPIC_WEIGHTS.weak, place: 1 } : hit));
}

/** A topic's score: the weight of each of its cues where it stands (the title and the lede count more). */
export function scoreTopics(cues: readonly TopicCue[]): Map<string, number> {
  const scores = new Map<string, number>();
  for (const hit of cues) scores.set(hit.topic, (scores.get(hit.topic) ?? 0) + hit.weight * hit.place);
  return scores;
}

/**
 * A context word `w` is in the article when a word of it is `w`, its plural, or (from five
 * letters) starts with `w`.
 */
function standsFor(word: string, w: string): boolean {
  return word === w || word === `${w}s` || (w.length >= 5 && word.startsWith(w));
}

/**
 * Ambiguous cues read in context (lexicon `topicContext`): "trial" beside "patients" is a
 * clinical trial (health, not crime), "contract" beside "transfer" is sport, not labour. A cue
 * a rule names moves from its topic to the rule's topic (or is dropped) when any `when` word is
 * in the article (`seen`, by ContextRules.words; a phrase such as "ice sheet" when its words stand
 * in a row); the first such rule of the cue decides.
 */
function inContext(lex: Lexicon, rules: ContextRules, hits: TopicCue[], seen: Uint8Array): TopicCue[] {
  const applies = rules.whenOf.map((when) => when.some((w) => seen[w] === 1));
  if (!applies.includes(true)) return hits;
  const out: TopicCue[] = [];
  for (const hit of hits) {
    const r = rules.byCue
      .get(hit.topic)
      ?.get(hit.cue)
      ?.find((i) => applies[i]);
    const rule = r === undefined ? undefined : lex.topicContext[r];
    if (!rule) out.push(hit);
    else if (rule.to) out.push({ ...hit, topic: rule.to });
  }
  return out;
}
