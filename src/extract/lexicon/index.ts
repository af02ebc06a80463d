/**
 * Per-language lexicons (reporting verbs, roles, number words, qualifiers, units, topic cues…),
 * compiled once at module load into folded sets and phrase tables. A language is one JSON file:
 * adding one means writing `xx.json` and listing it in `SOURCES` below; no rule changes.
 */

import currencyData from '../../data/currencies.json' with { type: 'json' };
import firstNameData from '../../data/first-names.json' with { type: 'json' };
import givenNameData from '../../data/given-names.json' with { type: 'json' };
import type { FigureQualifier, SourceType } from '../../record/types.ts';
import type { AnnotationSources } from '../annotate.ts';
import { PatternSet, type PatternSource } from '../match.ts';
import { fold, foldWord } from '../text.ts';
import { answerByWord, SpelledWordSet, type Token, tokenAt, tokenize, Vocabulary, WordMemo, WordSet, wordsAt } from '../tokens.ts';
import enActors from './en/actors.json' with { type: 'json' };
import enAttributions from './en/attributions.json' with { type: 'json' };
import enFigures from './en/figures.json' with { type: 'json' };
import enFurniture from './en/furniture.json' with { type: 'json' };
import enTopics from './en/topics.json' with { type: 'json' };
import en from './en.json' with { type: 'json' };
import esActors from './es/actors.json' with { type: 'json' };
import esAttributions from './es/attributions.json' with { type: 'json' };
import esFigures from './es/figures.json' with { type: 'json' };
import esFurniture from './es/furniture.json' with { type: 'json' };
import esTopics from './es/topics.json' with { type: 'json' };
import es from './es.json' with { type: 'json' };
import frActors from './fr/actors.json' with { type: 'json' };
import frAttributions from './fr/attributions.json' with { type: 'json' };
import frFigures from './fr/figures.json' with { type: 'json' };
import frFurniture from './fr/furniture.json' with { type: 'json' };
import frTopics from './fr/topics.json' with { type: 'json' };
import fr from './fr.json' with { type: 'json' };

/** The shape of a lexicon file (see fr.json / en.json). */
export interface LexiconSource {
  lang: string;
  franc: string;
  stopwords: string[];
  abbreviations: string[];
  honorifics: string[];
  elisions: string[];
  determiners: string[];
  definite: string[];
  relatives: string[];
  subjectRelatives: string[];
  indefinites: string[];
  headFinal: boolean;
  placePrepositions: string[];
  neutralVerbs: string[];
  clauseBreaks: string[];
  particles: string[];
  capitalisedNonNames: string[];
  months: string[];
  /** Months are written in lower case inside a sentence: a capitalised one there may be a given name. */
  monthsLowerCase?: boolean;
  days: string[];
  seasons: string[];
  roles: string[];
  roleModifiers: string[];
  /** Prefixes joined to a one-word role to name a former holder (« ex »: « exalcalde »): each such word is a role too. */
  rolePrefixes?: string[];
  reporting: {
    auxiliaries: string[];
    participles: string[];
    finite: string[];
    inverted: string[];
    accordingTo: string[];
    complementizers: string[];
    skipAfterVerb: string[];
    /** "…, saying that…", "…, estimant que…": a participle reporting for the main clause's subject. */
    participial?: string[];
  };
  /** How a claim is trimmed to the statement itself (see attributions.ts). */
  claims: {
    /** Conjunctions and adverbs dropped at a claim's start ("and", "également"). */
    leadWords: string[];
    /** Adverbial phrases dropped at a claim's start ("for the first time", "dans un communiqué"). */
    leadAdverbials: string[];
    /** Words that open an adverbial before "that"/"que": "said in February that…". */
    leadPrepositions: string[];
    /** Verbs whose object is the addressee: "told reporters that…", "a déclaré à l’AFP que…". */
    addresseeVerbs: string[];
    /** Verbs whose bare object is always who is told, never a speaker put after the verb: "…, told the BBC". */
    tellVerbs?: string[];
    /** Who is told: "reporters", "lawmakers", "la presse". */
    addressees: string[];
    /** Verbs that report only before "that"/"que": "a study found that…". */
    thatOnly: string[];
  };
  /** Sentences that are no key fact: editorial notes ("Editor's note", "Lire aussi"), and words that make a sentence lean on the one before ("Its", "Son"). */
  facts: { boilerplate: string[]; contextStarts: string[] };
  pronouns: string[];
  /** Words before a name that give a person's gender ("Mme", "la ministre", "spokeswoman"), for "elle"/"she". */
  genderCues?: { f: string[]; m: string[] };
  anaphors: string[];
  /** Anaphors that stand for any body of their kind ("le groupe", "the company"); others ("la fédération", "the ministry") only for one whose name holds them. */
  genericBodies?: string[];
  sourceNouns: Record<'media' | 'government' | 'unnamed' | 'organization' | 'person', string[]>;
  orgKeywords: string[];
  numbers: Record<string, number>;
  compoundJoiners: string[];
  multipliers: Record<string, number>;
  approxNumbers: Record<string, number>;
  fractions: Record<string, number>;
  articleNumbers: string[];
  /** "un enfant sur deux", "one in three": the word between the two numbers of a proportion. */
  proportionWords?: string[];
  /** "twice", "thrice": a number of times in one word. */
  timesWords?: Record<string, number>;
  /** "doubled", "triplé": a verb that multiplies by its value (a ratio, "nearly tripled" → 3). */
  multiplyVerbs?: Record<string, number>;
  /** "chipmaker", "l’opérateur": a noun that types the name after it (or its apposition) as an organisation. */
  orgDescriptors?: string[];
  /** A person's full name ends on two family names (Spanish: « Ana Ruiz Castro »), either of which, or the first alone, names them later. */
  twoSurnames?: boolean;
  /** An accent tells words apart (Spanish « público », the adjective, and « publico », the verb): a reporting verb's form is only the form as spelled. */
  accentsTellWordsApart?: boolean;
  /** "tribunal", "cour": a lower-case institution whose full name runs to a capitalised place ("le tribunal de commerce de Nanterre"). */
  institutionHeads?: string[];
  /** "dont", "including": a number after it is part of the figure just before ("dont deux avec sursis"). */
  subsetWords?: string[];
  /** "fois", "times": after a number, a count of times. */
  timesNouns?: string[];
  /** After "N times"/"twice", words that make it a ratio, not a count ("twice as many", "trois fois plus"). */
  ratioAfter?: string[];
  /** Words that make a capitalised run a place or a landmark, never an actor ("Kelso Ridge", "Mount X"). */
  placeWords?: string[];
  /**
   * A place noun opens the place's name (Spanish « Costa Brava », « Valle del Cauca »; French « lac
   * Kivu »), so after a given name it is a family name (« Ana Costa », « Luis Valle »), not a place.
   */
  placeWordsOpen?: boolean;
  /** "publiés par", "released by": after these, a name is the body that published something. */
  publishedBy?: string[];
  ordinals: Record<string, number>;
  decades: Record<string, Array<number | string>>;
  minusWords: string[];
  unitsBefore: string[];
  clauseSplitters: string[];
  reflexives: string[];
  nameConnectors: string[];
  eventWords: string[];
  adjectiveEndings: string;
  reflexiveAux: string[];
  timeBefore: string[];
  timeAfter: string[];
  unitSkips: string[];
  pairWords: string[];
  qualifiers: Record<string, string[]>;
  connectors: string[];
  units: { percent: string[]; currencies: Record<string, string>; durations: Record<string, string>; measures: string[] };
  notFigureBefore: string[];
  notFigureAfter: string[];
  ageUnits: string[];
  timeWords: string[];
  dateNouns: string[];
  /** Topic cues: event nouns (the happening itself: "grève", "earthquake") weigh 5, strong ones 3, weak ones 1. */
  topics: Record<string, { event?: string[]; strong: string[]; weak: string[] }>;
  /** Ambiguous topic cues: a cue counted for `from` goes to `to` (or nowhere) when any `when` word (or phrase of words in a row: "ice sheet") is in the article ("trial" + "patients" → health). */
  topicContext?: Array<{ from: string; cues: string[]; when: string[]; to?: string }>;
  /** Topic cues that match only as a word or its plural, never as a prefix ("parti" is not "participants"). */
  topicExact?: string[];
  /** Words that open a title's cause or circumstance ("… after the rains", « … por la sequía »): the title's topic cues after one count as the body's. */
  titleCauses?: string[];
  /** Set phrases whose words are no topic cue there (« frente a » is "against", no front line); one that is also a phrase cue still counts for its own topic, a shorter cue phrase from its first word ("walked out" in "walked out of") does not. */
  topicIdioms?: string[];
  /** Topic cues that name a place where people work or gather ("hospital", « lycée », « iglesia »): where a story happens, which says its topic only when that topic has words of its own besides. */
  topicSettings?: string[];
  /** How reporting verbs inflect: suffixes per slot by lemma ending, and spelling rules on "stem+suffix". */
  inflection?: { classes: InflectionClass[]; spelling: Array<[string, string]> };
  /** Reporting verbs by lemma; their forms are made from `inflection` and added to `reporting`. */
  reportingVerbs?: ReportingVerb[];
  /** How the gazetteer reads the country packages for this language (gazetteer.ts). */
  gazetteer?: { worldCountries: string; altSpellings?: boolean; demonymsLowerCase?: boolean; demonymNoPlural?: string };
  /** Party letters in tags ("D-N.Y."): the organisation id each stands for. */
  affiliationTags?: Record<string, string>;
  /** Plural of a noun: the first rule whose pattern matches applies (applied to source nouns). */
  nounPlural?: { rules: Array<[string, string]> };
  /** A finite reporting verb right after a comma speaks for what comes before, quotation or not ("…, said the spokesman"); in French only after a quotation ("…, juge l’accord fragile" is the sentence's own verb). */
  speechAfterComma?: boolean;
  /** The language drops subject pronouns (« Afirmó que… »): a reporting verb opening a sentence speaks for the last speaker. */
  nullSubject?: boolean;
  /** Auxiliaries of the passive ("was", "a été"): "was announced" names no speaker, unless "by X" follows. */
  passiveAux?: string[];
  /** The agent of a passive: "by", "par". */
  agentPrepositions?: string[];
  /** Topic cues listed under several topics on purpose ("cyclone": disaster and weather); the lexicon test refuses any other cue under two topics without a context rule. */
  topicShared?: string[];
  /** How a generated headline is cut (headline.ts): words it never ends on, words that open a droppable clause, date words around a day. */
  headline?: HeadlineWords<string[]>;
  /** Word classes of the lexicon's own, as phrases: each annotates tokens with the label "c:<name>" for token patterns. */
  /** Word lists that rules read directly, by name (figures part: verbs of change, ranking and score words…). Not annotated: they are mostly function words, and a label on every "de"/"of" of every sentence would cost every sentence. */
  wordLists?: Record<string, string[]>;
  classes?: Record<string, string[]>;
  /** Token patterns by rule set (see match.ts): the rules that are data. */
  patterns?: Record<string, PatternSource[]>;
  /** How digits are written (figures part): decimal mark, group marks, "point"/"virgule" read out. */
  numberFormat?: { decimal: string; groups: string[]; decimalWords?: string[]; alternate?: { decimal: string; groups: string[]; countries: string[] } };
  /** Unit symbols as written, case and all ("C", "MW", "kWh"): digits glued to other capitals are a code ("4G", "0100GMT"). */
  unitSymbols?: string[];
  /** A word the word-class lexicon does not know is taken for a noun unless it matches this (verb endings, for a lexicon that lists nouns and adjectives only). */
  unknownNonNouns?: string;
  /** A participle right after a counted noun tells its event (« soldats tués »); false where the simple past looks the same ("climbers reached"). Default true. */
  bareParticipleEvents?: boolean;
  /** Where the word classes do not mark participles: the ending of a verb's participle ("(?:ed|en)$"). */
  participleEnding?: string;
  /** The ending of a verb's gerund ("ing$"), which after a noun opens a clause ("girls living in…"). */
  gerundEnding?: string;
  /** The ending of a verb's present tense where it differs from its past ("s$": "represents"), which tells no event done to a counted noun. */
  presentEnding?: string;
  /** Generic currency words by family, the family named as in English ISO names ("franc", "cfa franc", "dirham"), with the code read when no country of the story says otherwise. */
  currencyFamilies?: Record<string, { words: string[]; default?: string }>;
  /** Currency subunits after a number: "36 US cents", « 50 centimes »: money, counted in the subunit. */
  currencySubunits?: string[];
  /** Units of a change in a percentage: "points de pourcentage", "basis points" (value: the unit recorded). */
  pointUnits?: Record<string, string>;
  /** A bare "points" is percentage points when a percent stands in the same sentence ("up 4 points to 33%"). */
  barePoints?: string[];
}

/** A language's way of writing numbers in digits (numbers.ts). */
export interface NumberFormat {
  /** The decimal mark: "," in French, "." in English. */
  decimal: string;
  /** Marks between groups of digits; a non-space mark groups only before exactly three digits. */
  groups: string[];
  /** Words read out for the decimal mark: "point" ("43-point-three"), "virgule". */
  decimalWords: string[];
  /**
   * The other way the language's press writes digits, and the countries whose press writes it
   * (Spanish: "2,700" is two thousand seven hundred in Mexico, « 2.700 » in Spain): an article
   * takes it when its own numbers say so, or when they cannot tell and it is about such a country.
   */
  alternate?: NumberFormat & { countries: ReadonlySet<string> };
}

/** The headline's words (lexicon part `xx/furniture.json`, key `headline`). */
export interface HeadlineWords<T> {
  /** Words a headline never ends on, besides the stopwords ("around", « environ »). */
  weakEnds: T;
  /** Words that open a clause or complement a long headline may drop ("after", « pour »). */
  openers: T;
  /** Openers that open a clause only before a verb ("to allow", not "to a high"). */
  infinitive: T;
  /** Words before a day or a date that go with it ("on", "last", « ce »). */
  dateLeads: T;
  /** Words after a day that go with it ("morning", « soir », « dernier »). */
  dayParts: T;
  /** Verb forms besides the reporting ones that end a subject's apposition ("are", « est »). */
  copulas: T;
}

/**
 * A language's lexicon is its main file plus parts by subject (`xx/figures.json`, …), merged:
 * objects key by key, lists appended; a value given twice for one key is a mistake.
 */
export function mergeLexicon(base: object, ...parts: object[]): LexiconSource {
  const merge = (into: Record<string, unknown>, part: Record<string, unknown>, path: string): void => {
    for (const [key, value] of Object.entries(part)) {
      const had = into[key];
      if (had === undefined) {
        if (isPlainObject(value)) {
          const fresh: Record<string, unknown> = {};
          merge(fresh, value, `${path}${key}.`);
          into[key] = fresh;
        } else into[key] = Array.isArray(value) ? [...value] : value;
      } else if (Array.isArray(had) && Array.isArray(value)) into[key] = [...had, ...value];
      else if (isPlainObject(had) && isPlainObject(value)) merge(had, value, `${path}${key}.`);
      else throw new Error(`lexicon ${(base as { lang?: string }).lang ?? '?'}: "${path}${key}" is given twice with values that cannot merge`);
    }
  };
  const out = structuredClone(base) as Record<string, unknown>;
  for (const part of parts) merge(out, part as Record<string, unknown>, '');
  return out as unknown as LexiconSource;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export type VerbSlot = 'present' | 'finite' | 'participle' | 'gerund' | 'inverted';
const SLOTS: readonly VerbSlot[] = ['present', 'finite', 'participle', 'gerund', 'inverted'];

/** The suffixes of one inflection class (lemmas with this ending). */
export interface InflectionClass extends Record<VerbSlot, string[]> {
  ending: string;
}

export interface ReportingVerb {
  lemma: string;
  /** Adds nothing to the claim ("said", "a indiqué"): the claim is what follows. */
  neutral?: boolean;
  /** Reports only before "that"/"que" or a quotation ("a study found that…"). */
  thatOnly?: boolean;
  /** Its object is who is told ("told reporters that…"). */
  addressee?: boolean;
  /** Its bare object is always who is told: the noun phrase after it is never its speaker ("…, told the BBC"), as it can be after "said". */
  tells?: boolean;
  /** Also reports in the base form, with a plural subject ("officials say"). */
  plural?: boolean;
  /** Its present forms are more often nouns ("posts", "rules"): only other forms report. */
  nounLike?: boolean;
  /** Reports in the passive with its agent ("was announced by the ministry"); other verbs in the passive mean something else ("est soutenue par"). */
  passive?: boolean;
  /** Means passing a sentence when a `sentence-term` pattern follows ("condamné à 20 ans"). */
  sentencing?: boolean;
  /** Stem of the present forms when it differs ("révèl" for révéler). */
  stem?: string;
  /** Forms the rules cannot make (irregular verbs, multi-word verbs). */
  forms?: Partial<Record<VerbSlot, string[]>>;
}

/** Every form of a reporting verb, by slot: made from its lemma by the inflection rules, plus its own forms. */
export function verbForms(verb: ReportingVerb, inflection: LexiconSource['inflection']): Record<VerbSlot, string[]> {
  const out: Record<VerbSlot, string[]> = { present: [], finite: [], participle: [], gerund: [], inverted: [] };
  for (const slot of SLOTS) out[slot].push(...(verb.forms?.[slot] ?? []));
  if (!inflection || verb.lemma.includes(' ')) return out;
  const cls = [...inflection.classes].sort((a, b) => b.ending.length - a.ending.length).find((c) => verb.lemma.endsWith(c.ending));
  if (!cls) return out;
  const stem = verb.lemma.slice(0, verb.lemma.length - cls.ending.length);
  const present = verb.stem ?? stem;
  const rules = inflection.spelling.map(([pattern, replacement]) => [new RegExp(pattern, 'u'), replacement] as const);
  const spell = (base: string, suffix: string): string => rules.reduce((form, [re, to]) => form.replace(re, to), `${base}+${suffix}`);
  if (!verb.nounLike) {
    for (const suffix of cls.present) out.present.push(spell(present, suffix));
    if (verb.plural) out.present.push(verb.lemma);
  }
  for (const slot of ['finite', 'participle', 'gerund'] as const) for (const suffix of cls[slot]) out[slot].push(spell(stem, suffix));
  // Inverted forms built on a present ending take the present stem ("révèle-t-il").
  for (const suffix of cls.inverted) out.inverted.push(spell(cls.present.includes(suffix.split('-')[0] ?? '') ? present : stem, suffix));
  for (const slot of SLOTS) out[slot] = [...new Set(out[slot])];
  return out;
}

/** The plural of a folded noun by the lexicon's rules, or null without rules. */
function pluraliser(source: LexiconSource): ((word: string) => string) | null {
  const rules = (source.nounPlural?.rules ?? []).map(([pattern, to]) => [new RegExp(pattern, 'u'), to] as const);
  if (rules.length === 0) return null;
  return (word) => {
    const rule = rules.find(([re]) => re.test(word));
    return rule ? word.replace(rule[0], rule[1]) : word;
  };
}

/** « exalcalde »: each of `words` that is a one-word role, joined to each of the lexicon's `rolePrefixes`. */
function prefixedRoles(source: LexiconSource, words: readonly string[]): string[] {
  const roles = new Set(source.roles);
  return (source.rolePrefixes ?? []).flatMap((prefix) => words.filter((word) => !word.includes(' ') && roles.has(word)).map((word) => prefix + word));
}

/** Lexicon.participleSpellings: the one-word participles whose spelling no finite form shares, though their folded word may. */
function participleSpellings(reporting: LexiconSource['reporting']): ReadonlySet<string> {
  const finite = new Set(reporting.finite.map((f) => f.toLowerCase()));
  return new Set(reporting.participles.map((p) => p.toLowerCase()).filter((p) => !p.includes(' ') && !finite.has(p) && p !== foldWord(p)));
}

/** The reporting lists of a lexicon source with every form of its `reportingVerbs` added. */
function withVerbForms(source: LexiconSource): LexiconSource {
  if (!source.reportingVerbs?.length) return source;
  const reporting = { ...source.reporting, finite: [...source.reporting.finite], participles: [...source.reporting.participles], inverted: [...source.reporting.inverted], participial: [...(source.reporting.participial ?? [])] };
  const claims = { ...source.claims, thatOnly: [...source.claims.thatOnly], addresseeVerbs: [...source.claims.addresseeVerbs], tellVerbs: [...(source.claims.tellVerbs ?? [])] };
  const neutral = [...source.neutralVerbs];
  for (const verb of source.reportingVerbs) {
    const forms = verbForms(verb, source.inflection);
    const all = SLOTS.flatMap((slot) => forms[slot]);
    reporting.finite.push(...forms.present, ...forms.finite);
    reporting.participles.push(...forms.participle);
    reporting.participial.push(...forms.gerund);
    reporting.inverted.push(...forms.inverted);
    if (verb.neutral) neutral.push(...all);
    if (verb.thatOnly) claims.thatOnly.push(...all);
    if (verb.addressee) claims.addresseeVerbs.push(...all);
    if (verb.tells) claims.tellVerbs.push(...all);
  }
  return { ...source, reporting, claims, neutralVerbs: neutral };
}

const SOURCES: readonly LexiconSource[] = [
  mergeLexicon(fr, frFigures, frFurniture, frActors, frAttributions, frTopics),
  mergeLexicon(en, enFigures, enFurniture, enActors, enAttributions, enTopics),
  mergeLexicon(es, esFigures, esFurniture, esActors, esAttributions, esTopics),
];

/** A phrase found in tokens: how many tokens it takes, and its value. Shared: never change it. */
export interface PhraseHit<V> {
  readonly length: number;
  readonly value: V;
}

export interface PhraseEntry<V> {
  words: string[];
  /** What a lookup returns for this phrase, made once: rules look up nearly every token, and a fresh object per hit was garbage. */
  hit: PhraseHit<V>;
}

/** The phrases of a table that start with one word, longest first. */
export class PhraseGroup<V> {
  private readonly entries: Array<PhraseEntry<V>> = [];
  /**
   * The phrases of two words or more by their second word (longest first, as in `entries`), and
   * the first one-word phrase: made on first use after a change. Rules ask at nearly every token,
   * and a function word starts a couple of dozen phrases: the next token's word picks the few
   * that can match instead of each being tried in turn.
   */
  private bySecond: Map<string, Array<PhraseEntry<V>>> | null = null;
  private single: PhraseEntry<V> | null = null;

  add(entry: PhraseEntry<V>): void {
    this.entries.push(entry);
    this.entries.sort((a, b) => b.words.length - a.words.length);
    this.bySecond = null;
  }

  /** The phrases of two words or more by their second word, longest first (ties in the order they were added). */
  longerBySecond(): ReadonlyMap<string, ReadonlyArray<PhraseEntry<V>>> {
    return this.bySecond ?? this.index();
  }

  /** The first one-word phrase added (the one a lookup finds), or null. */
  oneWord(): PhraseEntry<V> | null {
    if (this.bySecond === null) this.index();
    return this.single;
  }

  /** The longest of these phrases at token `i` (whose word is theirs), or null. */
  at(tokens: readonly Token[], i: number): PhraseHit<V> | null {
    const bySecond = this.bySecond ?? this.index();
    const next = tokens[i + 1];
    // Most groups are one word alone (a word list's entry): no lookup of the next word for them.
    const longer = next === undefined || bySecond.size === 0 ? undefined : bySecond.get(next.f);
    // Plain loops, no closure per entry. The first two words are known (the token's word is the
    // group's, and `longer` holds the phrases whose second word is the next token's); a one-word
    // phrase is the token's word.
    if (longer !== undefined) for (const entry of longer) if (wordsAt(entry.words, tokens, i, 2)) return entry.hit;
    return this.single !== null ? this.single.hit : null;
  }

  private index(): Map<string, Array<PhraseEntry<V>>> {
    const bySecond = new Map<string, Array<PhraseEntry<V>>>();
    this.single = null;
    for (const entry of this.entries) {
      const second = entry.words[1];
      if (second === undefined) {
        this.single ??= entry;
        continue;
      }
      const list = bySecond.get(second);
      if (list) list.push(entry);
      else bySecond.set(second, [entry]);
    }
    this.bySecond = bySecond;
    return bySecond;
  }
}

/** Phrases keyed by their first folded token, longest first, for matching on token arrays. */
export class PhraseTable<V = true> {
  private readonly byFirst = new Map<string, PhraseGroup<V>>();
  private readonly byLast = new Map<string, Array<PhraseEntry<V>>>();
  /** The words that are a phrase of their own (one word long): hasWord is asked at many tokens, and a set answers without going through the phrases ending with the word. */
  private readonly singles = new Set<string>();
  // The group and the ending list of each word asked about (null: none), kept on the words.
  private readonly firstMemo = new WordMemo<PhraseGroup<V> | null>();
  private readonly lastMemo = new WordMemo<Array<PhraseEntry<V>> | null>();
  private readonly groupOf = (f: string): PhraseGroup<V> | null => this.byFirst.get(f) ?? null;
  private readonly endingsOf = (f: string): Array<PhraseEntry<V>> | null => this.byLast.get(f) ?? null;

  add(words: string[], value: V): void {
    const first = words[0];
    const last = words[words.length - 1];
    if (first === undefined || last === undefined) return;
    const entry: PhraseEntry<V> = { words, hit: { length: words.length, value } };
    this.firstMemo.reset();
    this.lastMemo.reset();
    let group = this.byFirst.get(first);
    if (!group) {
      group = new PhraseGroup<V>();
      this.byFirst.set(first, group);
    }
    let ending = this.byLast.get(last);
    if (!ending) {
      ending = [];
      this.byLast.set(last, ending);
    }
    group.add(entry);
    if (words.length === 1) this.singles.add(first);
    ending.push(entry);
    ending.sort((a, b) => b.words.length - a.words.length);
  }

  /** The folded first words of every phrase. */
  firstWords(): IterableIterator<string> {
    return this.byFirst.keys();
  }

  /** True when some phrase starts with the folded word `first`. */
  startsWith(first: string): boolean {
    return this.byFirst.has(first);
  }

  /** True when the folded word `f` is a phrase of its own (one word long). */
  hasWord(f: string): boolean {
    return this.singles.has(f);
  }

  /** The phrases that start with the folded word `first`, for a caller that keeps them per word (annotate.ts); undefined for none. */
  startingWith(first: string): PhraseGroup<V> | undefined {
    return this.byFirst.get(first);
  }

  /** The longest phrase starting at token `i`: its length and value, or null. */
  at(tokens: readonly Token[], i: number): PhraseHit<V> | null {
    // (Callers ask about the token before one, -1 at a sentence's start: see tokenAt.)
    const token = tokenAt(tokens, i);
    if (token === undefined) return null;
    const group = this.firstMemo.answer(token, this.groupOf);
    return group ? group.at(tokens, i) : null;
  }

  /** The longest phrase ending at token `i` (inclusive): its length and value, or null. */
  endingAt(tokens: readonly Token[], i: number): PhraseHit<V> | null {
    const token = tokenAt(tokens, i);
    if (token === undefined) return null;
    const list = this.lastMemo.answer(token, this.endingsOf);
    if (!list) return null;
    for (const entry of list) {
      // (Its last word is the token's: the list holds the phrases ending in it.)
      const n = entry.words.length;
      if (i - n + 1 >= 0 && wordsAt(entry.words, tokens, i - n + 1, 0, n - 1)) return entry.hit;
    }
    return null;
  }
}

export interface Lexicon {
  lang: string;
  franc: string;
  tokenizeOptions: { elisions: Set<string>; abbreviations: Set<string>; vocabulary: Vocabulary; numberPrefixes: ReadonlySet<string> };
  stopwords: WordSet;
  honorifics: WordSet;
  determiners: WordSet;
  definite: WordSet;
  relatives: WordSet;
  /** Relatives that stand for the subject before them ("who", "qui"). */
  subjectRelatives: WordSet;
  /** Indefinite determiners: "un diplomate", "a senior official" are unnamed sources. */
  indefinites: WordSet;
  /** Noun phrases end with their head (English "Greek media"), else start with it (French). */
  headFinal: boolean;
  /** Prepositions before which an unknown capitalised run is a place or a thing, not a person. */
  placePrepositions: WordSet;
  /** Reporting verbs that add nothing to the claim ("said", "a indiqué"); others belong to it. */
  neutralVerbs: WordSet;
  clauseBreaks: WordSet;
  particles: WordSet;
  nonNames: WordSet;
  months: WordSet;
  monthsLowerCase: boolean;
  days: WordSet;
  seasons: WordSet;
  roles: PhraseTable;
  roleModifiers: WordSet;
  auxiliaries: WordSet;
  participles: PhraseTable;
  finite: WordSet;
  /**
   * Participles spelled as no finite form, whose folded word is one (« accusé » folds to
   * « accuse »): lower-cased as written, accents kept.
   */
  participleSpellings: ReadonlySet<string>;
  /** Present-tense forms of the reporting verbs ("señala", "reports"): after a determiner, nouns ("la alerta", "the claims"). */
  presentForms: WordSet;
  /** Finite reporting forms of more than one word ("fait état", "calls for"). */
  finitePhrases: PhraseTable;
  passiveAux: PhraseTable;
  agentPrepositions: WordSet;
  speechAfterComma: boolean;
  nullSubject: boolean;
  gazetteer: { worldCountries: string; altSpellings: boolean; demonymsLowerCase: boolean; demonymNoPlural: RegExp | null };
  /** Plural of a noun by the lexicon's rules (the word itself without rules). */
  plural: (word: string) => string;
  affiliationTags: Map<string, string>;
  /** Finite forms of verbs of speech proper ("said", "a indiqué"): evidence that a name is a speaker. */
  speechFinite: WordSet;
  speechParticiples: PhraseTable;
  /** Past participles of verbs that report in the passive, with their agent. */
  passiveReporting: PhraseTable;
  /** Forms of reporting verbs that may pass a sentence instead ("condamné … à 20 ans"). */
  sentencingVerbs: WordSet;
  inverted: WordSet;
  accordingTo: PhraseTable;
  complementizers: WordSet;
  skipAfterVerb: WordSet;
  participial: WordSet;
  claimLeadWords: WordSet;
  claimLeadAdverbials: PhraseTable;
  claimLeadPrepositions: WordSet;
  addresseeVerbs: WordSet;
  /** Verbs whose bare object is who is told, never their speaker ("…, told the BBC"). */
  tellVerbs: WordSet;
  addressees: PhraseTable;
  thatOnly: WordSet;
  boilerplate: PhraseTable;
  contextStarts: WordSet;
  pronouns: PhraseTable;
  genderCues: { f: Set<string>; m: Set<string> };
  anaphors: WordSet;
  genericBodies: WordSet;
  sourceNouns: PhraseTable<Exclude<SourceType, never>>;
  orgKeywords: WordSet;
  numbers: Map<string, number>;
  /** Words joining number words: "vingt et un", "two hundred and fifty". */
  joiners: WordSet;
  multipliers: Map<string, number>;
  approxNumbers: Map<string, number>;
  fractions: Map<string, number>;
  articleNumbers: WordSet;
  proportionWords: PhraseTable;
  timesWords: Map<string, number>;
  multiplyVerbs: Map<string, number>;
  orgDescriptors: PhraseTable;
  twoSurnames: boolean;
  placeWordsOpen: boolean;
  institutionHeads: PhraseTable;
  subsetWords: PhraseTable;
  timesNouns: WordSet;
  ratioAfter: WordSet;
  placeWords: WordSet;
  publishedBy: PhraseTable;
  /** Ordinal words from "second" up ("first"/"premier" are too often not ranks). */
  ordinals: Map<string, number>;
  /** Unit words that are numbers after an article: "a decade" → 10 years. */
  decades: Map<string, [number, string]>;
  /** "moins 170 degrés", "minus 40": a negative number. */
  minusWords: WordSet;
  /** Units written before the number: "magnitude 6.1". */
  unitsBefore: WordSet;
  /** Words that start a second clause after a comma, which may have its own speaker ("…, while police said…"). */
  clauseSplitters: PhraseTable;
  /** "s’est félicité": a reflexive pronoun and its auxiliary before a reporting participle. */
  reflexives: WordSet;
  /** Small words inside an organisation's name: "Ministry of Water and Irrigation". */
  nameConnectors: WordSet;
  /** Words that make a capitalised run an event or a thing, never an actor ("Pacific Nations Cup"). */
  eventWords: WordSet;
  /** Languages whose organisation names go on in lower case ("Observatoire du climat"): adjective endings; null otherwise. */
  adjectiveEndings: RegExp | null;
  reflexiveAux: WordSet;
  /** Before "N heures"/"N hours", a clock time: "vers 3 heures", "at 7 hours". */
  timeBefore: WordSet;
  /** After "N heures", a clock time: "du matin", "local time". */
  timeAfter: PhraseTable;
  /** Adjectives between a number and its noun: "deux dernières semaines". */
  unitSkips: WordSet;
  /** Determiners that make "deux"/"two" refer back to a pair: "les deux pays". */
  pairWords: WordSet;
  qualifiers: PhraseTable<FigureQualifier>;
  connectors: WordSet;
  percent: PhraseTable;
  currencies: PhraseTable<string>;
  durations: Map<string, string>;
  measures: PhraseTable;
  notFigureBefore: PhraseTable;
  notFigureAfter: PhraseTable;
  ageUnits: PhraseTable;
  timeWords: WordSet;
  dateNouns: PhraseTable;
  topics: Array<{ id: string; cues: Array<{ cue: string; weight: number }> }>;
  topicContext: Array<{ from: string; cues: string[]; when: string[]; to: string | null }>;
  topicExact: Set<string>;
  titleCauses: WordSet;
  topicIdioms: string[];
  topicSettings: Set<string>;
  headline: HeadlineWords<Set<string>>;
  /** What the annotator marks tokens with (annotate.ts). */
  annotation: AnnotationSources;
  /** The lexicon's own word classes ("c:<name>" labels), by name. */
  classes: Map<string, PhraseTable>;
  /** Word lists read directly by rules (not annotated), by name; an empty table for a list the language lacks. */
  wordList(name: string): PhraseTable;
  /** Token patterns by rule set; an empty set for a rule set this language has none of. */
  rules(name: string): PatternSet;
  numberFormat: NumberFormat;
  /** Unit symbols as written (not folded): "C", "MW". */
  unitSymbols: Set<string>;
  unknownNonNouns: RegExp | null;
  bareParticipleEvents: boolean;
  participleEnding: RegExp | null;
  gerundEnding: RegExp | null;
  presentEnding: RegExp | null;
  /** Generic currency words → their family ("francs" → "franc"). */
  currencyFamilies: PhraseTable<string>;
  /** Family → the code read when no country of the story uses a member of the family. */
  currencyDefaults: Map<string, string>;
  currencySubunits: PhraseTable;
  pointUnits: PhraseTable<string>;
  barePoints: PhraseTable;
}

const NO_PATTERNS = new PatternSet([]);
const NO_WORDS = new PhraseTable();

const GIVEN = givenNameData as { female: string[]; male: string[]; either: string[] };

/** Hand-picked first names common in news copy (src/data/first-names.json), folded: strong evidence of a person. */
export const COMMON_FIRST_NAMES: ReadonlySet<string> = new Set((firstNameData as { names: string[] }).names.map((n) => foldWord(n)));

/** Every known first name (first-names.json and given-names.json), folded: "Maria Lopez" is a person. */
export const FIRST_NAMES: ReadonlySet<string> = new Set([...COMMON_FIRST_NAMES, ...GIVEN.female, ...GIVEN.male, ...GIVEN.either]);

/** The usual gender of a given name ("f" or "m"), when the name lists say one. */
export function givenNameGender(folded: string): 'f' | 'm' | null {
  return GIVEN_GENDER.get(folded) ?? null;
}
const GIVEN_GENDER = new Map<string, 'f' | 'm'>([...GIVEN.female.map((n): [string, 'f'] => [n, 'f']), ...GIVEN.male.map((n): [string, 'm'] => [n, 'm'])]);

/** Weight of a topic cue by its tier in the lexicon. */
export const TOPIC_WEIGHTS = { event: 5, strong: 3, weak: 1 } as const;

const folded = (list: readonly string[]): WordSet => new WordSet(list.map((w) => foldWord(w)));

/** A lexicon's number format, with its other way (`alternate`) sharing its spoken decimal words. */
function numberFormatOf(source: LexiconSource['numberFormat']): NumberFormat {
  const decimalWords = (source?.decimalWords ?? []).map((w) => foldWord(w));
  const format: NumberFormat = { decimal: source?.decimal ?? '.', groups: source?.groups ?? [','], decimalWords };
  const other = source?.alternate;
  return other ? { ...format, alternate: { decimal: other.decimal, groups: other.groups, decimalWords, countries: new Set(other.countries) } } : format;
}
// Currency symbols in letters (data: "KSh", "Rp", "Rs"), which news may write glued to the number after them.
const NUMBER_PREFIXES: ReadonlySet<string> = new Set(Object.keys((currencyData as { symbols: Record<string, string> }).symbols).filter((symbol) => /^\p{L}+$/u.test(symbol)));
/** A topic cue folded word by word as tokens are (foldWord), so that « à » in « gaz à effet de serre » stays the token's « à », not the verb's « a ». */
const foldPhrase = (phrase: string): string => phrase.trim().split(/\s+/u).map(foldWord).join(' ');

function compile(raw: LexiconSource): Lexicon {
  const source = withVerbForms(raw);
  const oneWordFinite = source.reporting.finite.filter((f) => !f.includes(' '));
  const finiteSpellings = source.accentsTellWordsApart ? new Set(oneWordFinite.map((f) => f.toLowerCase())) : null;
  // Verbs of speech proper (the hand lists and the neutral lemmas), as evidence that the name
  // before or after them is a speaker: "X said", "said X". Other reporting verbs ("found",
  // "showed", "condemned") take things as subjects as often as people.
  const neutralForms = (raw.reportingVerbs ?? []).filter((v) => v.neutral).map((v) => verbForms(v, raw.inflection));
  const tokenizeOptions = {
    elisions: new Set(source.elisions.map((e) => foldWord(e))),
    abbreviations: new Set(source.abbreviations.map((a) => fold(a).replace(/\.$/, ''))),
    vocabulary: new Vocabulary(),
    numberPrefixes: NUMBER_PREFIXES,
  };
  // A phrase ending in an elision ("plus d’") is tokenised with a letter after it, as in text.
  const words = (phrase: string): string[] => {
    const elided = /['’]$/u.test(phrase);
    const tokens = tokenize(elided ? `${phrase}x` : phrase, tokenizeOptions).map((t) => t.f);
    return elided ? tokens.slice(0, -1) : tokens;
  };
  const table = <V>(entries: Iterable<[string, V]>): PhraseTable<V> => {
    const t = new PhraseTable<V>();
    for (const [phrase, value] of entries) t.add(words(phrase), value);
    return t;
  };
  const set = (list: readonly string[]): PhraseTable => table(list.map((p): [string, true] => [p, true]));
  const sourceNouns = new PhraseTable<SourceType>();
  const plural = pluraliser(source);
  const determiners = folded([...source.determiners, ...source.indefinites]);
  for (const [type, list] of Object.entries(source.sourceNouns) as Array<[SourceType, string[]]>) {
    for (const phrase of list) {
      const w = words(phrase);
      sourceNouns.add(w, type);
      // "analyste" → "analystes", "news agency" → "news agencies": the head noun in the plural.
      const head = source.headFinal ? w.length - 1 : 0;
      const headWord = w[head];
      if (!plural || !headWord || determiners.has(w[0] ?? '')) continue;
      const many = plural(headWord);
      if (
        many !== headWord &&
        !sourceNouns.at(
          [...w.slice(0, head), many, ...w.slice(head + 1)].map((f) => ({ f }) as Token),
          0,
        )
      )
        sourceNouns.add([...w.slice(0, head), many, ...w.slice(head + 1)], type);
    }
  }
  const qualifiers = new PhraseTable<FigureQualifier>();
  for (const [qualifier, list] of Object.entries(source.qualifiers)) {
    for (const phrase of list) qualifiers.add(words(phrase), qualifier as FigureQualifier);
  }
  const map = (record: Record<string, number>): Map<string, number> => new Map(Object.entries(record).map(([k, v]) => [fold(k), v]));
  const classes = new Map(Object.entries(source.classes ?? {}).map(([name, phrases]) => [name, set(phrases)]));
  const wordLists = new Map(Object.entries(source.wordLists ?? {}).map(([name, phrases]) => [name, set(phrases)]));
  const patterns = new Map(Object.entries(source.patterns ?? {}).map(([name, list]) => [name, new PatternSet(list, `${source.lang}.json patterns.${name}`)]));
  const lexicon: Lexicon = {
    lang: source.lang,
    franc: source.franc,
    tokenizeOptions,
    stopwords: folded(source.stopwords),
    honorifics: folded(source.honorifics),
    determiners: folded(source.determiners),
    definite: folded(source.definite),
    relatives: folded(source.relatives),
    subjectRelatives: folded(source.subjectRelatives),
    indefinites: folded(source.indefinites),
    headFinal: source.headFinal,
    placePrepositions: folded(source.placePrepositions),
    neutralVerbs: folded(source.neutralVerbs),
    clauseBreaks: folded(source.clauseBreaks),
    particles: folded(source.particles),
    nonNames: folded(source.capitalisedNonNames),
    months: folded(source.months),
    monthsLowerCase: source.monthsLowerCase ?? false,
    days: folded(source.days),
    seasons: folded(source.seasons),
    roles: set([...source.roles, ...prefixedRoles(source, source.roles)]),
    roleModifiers: folded(source.roleModifiers),
    auxiliaries: folded(source.reporting.auxiliaries),
    participles: set(source.reporting.participles),
    finite: finiteSpellings
      ? new SpelledWordSet(
          oneWordFinite.map((w) => foldWord(w)),
          finiteSpellings,
        )
      : folded(oneWordFinite),
    participleSpellings: participleSpellings(source.reporting),
    finitePhrases: set(source.reporting.finite.filter((f) => f.includes(' '))),
    passiveAux: set(source.passiveAux ?? []),
    speechAfterComma: source.speechAfterComma ?? false,
    nullSubject: source.nullSubject ?? false,
    gazetteer: {
      worldCountries: source.gazetteer?.worldCountries ?? source.franc,
      altSpellings: source.gazetteer?.altSpellings ?? false,
      demonymsLowerCase: source.gazetteer?.demonymsLowerCase ?? false,
      demonymNoPlural: source.gazetteer?.demonymNoPlural ? new RegExp(source.gazetteer.demonymNoPlural, 'u') : null,
    },
    plural: pluraliser(source) ?? ((word: string) => word),
    affiliationTags: new Map(Object.entries(source.affiliationTags ?? {}).filter(([k]) => k !== 'about')),
    speechFinite: folded([...raw.reporting.finite, ...neutralForms.flatMap((f) => [...f.present, ...f.finite, ...f.inverted])]),
    speechParticiples: set([...raw.reporting.participles, ...neutralForms.flatMap((f) => f.participle)]),
    presentForms: folded((source.reportingVerbs ?? []).flatMap((v) => verbForms(v, source.inflection).present)),
    passiveReporting: set((source.reportingVerbs ?? []).filter((v) => v.passive).flatMap((v) => verbForms(v, source.inflection).participle)),
    sentencingVerbs: folded((source.reportingVerbs ?? []).filter((v) => v.sentencing).flatMap((v) => Object.values(verbForms(v, source.inflection)).flat())),
    agentPrepositions: folded(source.agentPrepositions ?? []),
    inverted: folded(source.reporting.inverted),
    accordingTo: set(source.reporting.accordingTo),
    complementizers: folded(source.reporting.complementizers),
    skipAfterVerb: folded(source.reporting.skipAfterVerb),
    participial: folded(source.reporting.participial ?? []),
    claimLeadWords: folded(source.claims.leadWords),
    claimLeadAdverbials: set(source.claims.leadAdverbials),
    claimLeadPrepositions: folded(source.claims.leadPrepositions),
    addresseeVerbs: folded(source.claims.addresseeVerbs),
    tellVerbs: folded(source.claims.tellVerbs ?? []),
    addressees: set(source.claims.addressees),
    thatOnly: folded(source.claims.thatOnly),
    boilerplate: set(source.facts.boilerplate),
    contextStarts: folded(source.facts.contextStarts),
    pronouns: set(source.pronouns),
    genderCues: { f: folded(source.genderCues?.f ?? []), m: folded(source.genderCues?.m ?? []) },
    anaphors: folded([...source.anaphors, ...prefixedRoles(source, source.anaphors)]),
    genericBodies: folded(source.genericBodies ?? []),
    sourceNouns,
    orgKeywords: folded(source.orgKeywords),
    numbers: map(source.numbers),
    joiners: folded(source.compoundJoiners),
    multipliers: map(source.multipliers),
    approxNumbers: map(source.approxNumbers),
    fractions: map(source.fractions),
    articleNumbers: folded(source.articleNumbers),
    proportionWords: set(source.proportionWords ?? []),
    timesWords: map(source.timesWords ?? {}),
    multiplyVerbs: map(source.multiplyVerbs ?? {}),
    orgDescriptors: set(source.orgDescriptors ?? []),
    twoSurnames: source.twoSurnames ?? false,
    placeWordsOpen: source.placeWordsOpen ?? false,
    institutionHeads: set(source.institutionHeads ?? []),
    subsetWords: set(source.subsetWords ?? []),
    timesNouns: folded(source.timesNouns ?? []),
    ratioAfter: folded(source.ratioAfter ?? []),
    placeWords: folded(source.placeWords ?? []),
    publishedBy: set(source.publishedBy ?? []),
    ordinals: map(source.ordinals),
    decades: new Map(Object.entries(source.decades).map(([k, v]) => [fold(k), [Number(v[0]), String(v[1])]])),
    minusWords: folded(source.minusWords),
    unitsBefore: folded(source.unitsBefore),
    clauseSplitters: set(source.clauseSplitters),
    reflexives: folded(source.reflexives),
    nameConnectors: folded(source.nameConnectors),
    eventWords: folded(source.eventWords),
    adjectiveEndings: source.adjectiveEndings ? new RegExp(source.adjectiveEndings, 'u') : null,
    reflexiveAux: folded(source.reflexiveAux),
    timeBefore: folded(source.timeBefore),
    timeAfter: set(source.timeAfter),
    unitSkips: folded(source.unitSkips),
    pairWords: folded(source.pairWords),
    qualifiers,
    connectors: folded(source.connectors),
    percent: set(source.units.percent),
    currencies: table(Object.entries(source.units.currencies)),
    durations: new Map(Object.entries(source.units.durations).map(([k, v]) => [fold(k), v])),
    measures: set(source.units.measures),
    notFigureBefore: set(source.notFigureBefore),
    notFigureAfter: set(source.notFigureAfter),
    ageUnits: set(source.ageUnits),
    timeWords: folded(source.timeWords),
    dateNouns: set(source.dateNouns),
    topics: Object.entries(source.topics).map(([id, cues]) => ({
      id,
      cues: [
        ...(cues.event ?? []).map((c) => ({ cue: foldPhrase(c), weight: TOPIC_WEIGHTS.event })),
        ...cues.strong.map((c) => ({ cue: foldPhrase(c), weight: TOPIC_WEIGHTS.strong })),
        ...cues.weak.map((c) => ({ cue: foldPhrase(c), weight: TOPIC_WEIGHTS.weak })),
      ],
    })),
    topicExact: new Set((source.topicExact ?? []).map(foldPhrase)),
    titleCauses: folded(source.titleCauses ?? []),
    topicIdioms: (source.topicIdioms ?? []).map(foldPhrase),
    topicSettings: new Set((source.topicSettings ?? []).map(foldPhrase)),
    topicContext: (source.topicContext ?? []).map((r) => ({ from: r.from, cues: r.cues.map(foldPhrase), when: r.when.map(foldPhrase), to: r.to ?? null })),
    headline: {
      weakEnds: folded(source.headline?.weakEnds ?? []),
      openers: folded(source.headline?.openers ?? []),
      infinitive: folded(source.headline?.infinitive ?? []),
      dateLeads: folded(source.headline?.dateLeads ?? []),
      dayParts: folded(source.headline?.dayParts ?? []),
      copulas: folded(source.headline?.copulas ?? []),
    },
    annotation: { words: [], phrases: [] },
    classes,
    rules: (name) => patterns.get(name) ?? NO_PATTERNS,
    wordList: (name) => wordLists.get(name) ?? NO_WORDS,
    numberFormat: numberFormatOf(source.numberFormat),
    unitSymbols: new Set(source.unitSymbols ?? []),
    unknownNonNouns: source.unknownNonNouns ? new RegExp(source.unknownNonNouns, 'u') : null,
    bareParticipleEvents: source.bareParticipleEvents ?? true,
    participleEnding: source.participleEnding ? new RegExp(source.participleEnding, 'u') : null,
    gerundEnding: source.gerundEnding ? new RegExp(source.gerundEnding, 'u') : null,
    presentEnding: source.presentEnding ? new RegExp(source.presentEnding, 'u') : null,
    currencyFamilies: table(Object.entries(source.currencyFamilies ?? {}).flatMap(([family, { words: forms }]) => forms.map((w): [string, string] => [w, fold(family)]))),
    currencyDefaults: new Map(Object.entries(source.currencyFamilies ?? {}).flatMap(([family, f]) => (f.default ? [[fold(family), f.default] as [string, string]] : []))),
    currencySubunits: set(source.currencySubunits ?? []),
    pointUnits: table(Object.entries(source.pointUnits ?? {})),
    barePoints: set(source.barePoints ?? []),
  };
  lexicon.annotation = annotationSources(lexicon);
  bindWordSets(lexicon);
  return lexicon;
}

// The word sets rules test most often, most asked first (counted over the benchmark's articles):
// each gets a bit on the words of the language (WordSet); the other sets follow while bits last.
const MOST_ASKED: ReadonlyArray<keyof Lexicon> = ['determiners', 'connectors', 'stopwords', 'participial', 'clauseBreaks', 'auxiliaries', 'nonNames', 'particles', 'months', 'finite', 'days', 'orgKeywords'];

function bindWordSets(lex: Lexicon): void {
  const vocabulary = lex.tokenizeOptions.vocabulary;
  for (const key of MOST_ASKED) {
    const set = lex[key];
    if (set instanceof WordSet) set.bind(vocabulary);
  }
  for (const set of Object.values(lex)) if (set instanceof WordSet) set.bind(vocabulary);
}

/**
 * The labels every token gets from the lexicon (annotate.ts): single words by their folded
 * form, phrases by their first word. Label names are what token patterns say in `is`/`not`.
 */
function annotationSources(lex: Lexicon): AnnotationSources {
  return {
    words: [
      ['stop', lex.stopwords],
      ['determiner', lex.determiners],
      ['definite', lex.definite],
      ['indefinite', lex.indefinites],
      ['relative', lex.relatives],
      ['honorific', lex.honorifics],
      ['particle', lex.particles],
      ['connector', lex.connectors],
      ['name-connector', lex.nameConnectors],
      ['clause-break', lex.clauseBreaks],
      ['month', lex.months],
      ['day', lex.days],
      ['season', lex.seasons],
      ['aux', lex.auxiliaries],
      ['finite', lex.finite],
      ['inverted', lex.inverted],
      ['complementizer', lex.complementizers],
      ['role-modifier', lex.roleModifiers],
      ['org-word', lex.orgKeywords],
      ['place-word', lex.placeWords],
      ['event-word', lex.eventWords],
      ['anaphor', lex.anaphors],
      ['number-word', lex.numbers],
      ['multiplier', lex.multipliers],
      ['ordinal', lex.ordinals],
      ['duration', lex.durations],
      ['time-word', lex.timeWords],
      ['first-name', FIRST_NAMES],
    ],
    phrases: [
      ['role', lex.roles],
      ['participle', lex.participles],
      ['according-to', lex.accordingTo],
      ['qualifier', lex.qualifiers],
      ['percent', lex.percent],
      ['currency', lex.currencies],
      ['measure', lex.measures],
      ['source-noun', lex.sourceNouns],
      ['addressee', lex.addressees],
      ['published-by', lex.publishedBy],
      ['org-descriptor', lex.orgDescriptors],
      ['institution', lex.institutionHeads],
      ...[...lex.classes].map(([name, table]) => [`c:${name}`, table] as const),
    ],
  };
}

/** Languages that have a lexicon. */
export const LANGUAGES: readonly string[] = SOURCES.map((s) => s.lang);

/**
 * A table per language built on first use: one article needs its own language's tables only, and
 * building every language's at start-up is most of a one-article `extract`. Unknown languages
 * get English's.
 */
export function perLanguage<T>(build: (lang: string) => T): (lang: string) => T {
  const built = new Map<string, T>();
  // Rules ask for a table at nearly every token (known entities, places), nearly always in the
  // article's one language: the last answer is kept to skip the list scan and the lookup.
  let lastLang: string | null = null;
  let lastTable: T | undefined;
  return (lang) => {
    if (lang === lastLang) return lastTable as T;
    const known = LANGUAGES.includes(lang) ? lang : 'en';
    let table = built.get(known);
    if (table === undefined) {
      table = build(known);
      built.set(known, table);
    }
    lastLang = lang;
    lastTable = table;
    return table;
  };
}

/**
 * A question about a word whose answer depends on its folded form alone, in one language's
 * lexicon: `ask(lex)` is made once per lexicon, and its answer for each word asked once and kept
 * on the word (answerByWord), since such questions are asked at nearly every token. The last
 * lexicon asked is at hand, as one article asks in one language.
 */
export function byWord<T>(ask: (lex: Lexicon) => (f: string) => T): (lex: Lexicon, t: Token) => T {
  const answers = new WeakMap<Lexicon, (t: Token) => T>();
  let lastLexicon: Lexicon | null = null;
  let lastAnswer: ((t: Token) => T) | null = null;
  return (lex, t) => {
    if (lex !== lastLexicon || lastAnswer === null) {
      let answer = answers.get(lex);
      if (!answer) {
        answer = answerByWord(lex.tokenizeOptions.vocabulary, ask(lex));
        answers.set(lex, answer);
      }
      lastLexicon = lex;
      lastAnswer = answer;
    }
    return lastAnswer(t);
  };
}

/** The lexicon for `lang`, compiled on first use; English for a language without one (its rules are the most generic). */
export const lexicon: (lang: string) => Lexicon = perLanguage((lang) => compile(SOURCES.find((s) => s.lang === lang) as LexiconSource));

/** Every lexicon, for rules that look at words of all languages. */
export function allLexicons(): Lexicon[] {
  return LANGUAGES.map(lexicon);
}

/** What language detection needs of each language (its franc code and stopwords), without compiling its lexicon. */
export interface LanguageProfile {
  lang: string;
  franc: string;
  stopwords: ReadonlySet<string>;
}

export const LANGUAGE_PROFILES: readonly LanguageProfile[] = SOURCES.map((s) => ({ lang: s.lang, franc: s.franc, stopwords: folded(s.stopwords) }));
