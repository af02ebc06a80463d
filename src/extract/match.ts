/**
 * Token patterns over annotations, kept as data in the lexicons (in the manner of spaCy's
 * Matcher and GATE's JAPE): a pattern is a list of token specs, each naming what the token is
 * (its folded form, its shape, its labels) and how often it occurs. A rule is written once, as
 * data, per language:
 *
 *   { "id": "ministry-of", "tokens": [
 *       { "lower": ["ministère", "ministry"] },
 *       { "lower": ["de", "du", "des", "of"] },
 *       { "is": "determiner", "op": "?" },
 *       { "cap": true, "op": "+", "as": "domain" } ] }
 *
 * Specs: `lower` (folded forms), `text` (exact forms), `re` (a regular expression the folded
 * form must match whole), `cap`, `upper` (all capitals), `kind` (word, number, punct), `glued`
 * (no space before the token), `is` (any of these labels), `not` (none of these labels), `span`
 * (a whole annotated span of this label: a multi-word place or title), `oneOf` (any of several
 * specs). `op`: "?" optional, "*"
 * and "+" repeated (at most `max`, default 8), "!" one token that does NOT fit the spec. `as`
 * names the tokens a spec took, for the rule that uses the match; a name given to several specs
 * covers everything from the first to the last of them.
 */
import { type Annotations, labelId } from './annotate.ts';
import { foldWord } from './text.ts';
import { foldedFormsOf, type Token, tokenAt, type Vocabulary, WordMemo, WordSet } from './tokens.ts';

export interface TokenSpec {
  lower?: string | string[];
  text?: string | string[];
  re?: string;
  cap?: boolean;
  upper?: boolean;
  kind?: 'word' | 'number' | 'punct';
  glued?: boolean;
  is?: string | string[];
  not?: string | string[];
  span?: string;
  /** Any one of these specs fits (their own `op`, `max` and `as` are ignored). */
  oneOf?: TokenSpec[];
  op?: '?' | '*' | '+' | '!';
  max?: number;
  as?: string;
}

/** One anchor of a pattern (see Compiled.anchors): folded words, or labels. */
type Anchor = { words: string[] } | { labels: number[] };

/** A pattern as written in a lexicon: an id, its token specs, and any values the rule reads. */
export interface PatternSource {
  id: string;
  tokens: TokenSpec[];
  [value: string]: unknown;
}

export interface Match {
  pattern: PatternSource;
  start: number;
  end: number;
  /** Token ranges [start, end) of the specs named with `as`. */
  groups: Record<string, [number, number]>;
}

/**
 * What a spec asks of a token, as data read by one function (`passes`): a closure per kind of
 * test called through an array made each call site see many functions, at nearly every token of
 * every sentence. Null (or -1) where the spec asks nothing of that kind.
 */
interface SpecTest {
  /** One folded form the token must have (compared), or several (looked up). */
  lowerOne: string | null;
  lowerSet: ReadonlySet<string> | null;
  /** One exact form, or several. */
  textOne: string | null;
  textSet: ReadonlySet<string> | null;
  /** Matched whole against the folded form. */
  re: RegExp | null;
  cap: boolean | null;
  /** Whether the token must be written in capitals (UPPER), or must not. */
  upper: boolean | null;
  kind: Token['kind'] | null;
  /** Whether the token must follow the one before it with no space, or must not (never at the first token). */
  glued: boolean | null;
  /** Labels one of which the token must carry, and labels it must carry none of. */
  is: readonly number[] | null;
  not: readonly number[] | null;
  /** Specs one of which the token must pass. */
  oneOf: readonly SpecTest[] | null;
  /** A label a span starting at the token must have, or -1. */
  span: number;
}

interface CompiledSpec {
  test: SpecTest;
  /** Where each repetition of a "*" or "+" spec ended, for giving them back one at a time: made once here, since a search never re-enters the spec it is trying (later specs have their own). */
  stops: Int32Array;
  /** Label id of a `span` spec: it consumes the whole span. */
  span: number;
  /** Labels one of which a token must carry for this spec to take it (its `span`, else its `is`), or null when it needs none (or is negated). */
  labels: number[] | null;
  /** The capital a token must have (or not) for this spec to take it (`cap`), or null. */
  cap: boolean | null;
  /** The kind a token must be for this spec to take it, or null. */
  kind: Token['kind'] | null;
  op: '' | '?' | '*' | '+' | '!';
  max: number;
  as: string | null;
}

interface Compiled {
  source: PatternSource;
  specs: CompiledSpec[];
  /**
   * What a sentence must hold for the pattern to match anywhere in it: for each spec that must
   * take a token and names words or marks (`lower`, `text`) or labels (`is`, `span`), one of
   * them. A pattern not indexed by its first word is tried at every token; most sentences lack one
   * of its anchors, and one look at the sentence rules it out there.
   */
  anchors: Anchor[];
  /** The specs one of which must take the match's first token: the optional ones up to and including the first required one (all of them when none is required). */
  openers: CompiledSpec[];
  /**
   * When every opener needs a label (`is`, `span`), all those labels: a first token with none of
   * them opens no match, which one look at its bits tells before any search is set up. Null when
   * some opener takes a token by other means.
   */
  openLabels: number[] | null;
  /** The capital, and the kind, every opener needs of the first token (null: not all of them the same, or none). */
  openCap: boolean | null;
  openKind: Token['kind'] | null;
  /**
   * The specs one of which must take the match's last token: the last required one and the
   * optional ones after it (all of them when none is required), as `openers` are for the first.
   * Null when one of them takes a whole span, whose last token no test of its own tells.
   */
  closers: CompiledSpec[] | null;
}

const NO_STOPS = new Int32Array(0);
const list = (value: string | string[] | undefined): string[] => (value === undefined ? [] : Array.isArray(value) ? value : [value]);
const UPPER = /^\p{Lu}[\p{Lu}\d&.-]+$/u;

function compileTest(spec: TokenSpec, where: string): SpecTest {
  // Folded the way tokens are (foldWord keeps "à" apart from "a").
  const lower = new Set(list(spec.lower).map((w) => foldWord(w)));
  const text = new Set(list(spec.text));
  const is = list(spec.is).map(labelId);
  const not = list(spec.not).map(labelId);
  // One word (most specs) is compared, not looked up.
  const [onlyLower] = lower;
  const [onlyText] = text;
  let re: RegExp | null = null;
  if (spec.re !== undefined) {
    try {
      re = new RegExp(`^(?:${spec.re})$`, 'u');
    } catch (error) {
      throw new Error(`${where}: bad regular expression ${spec.re}: ${(error as Error).message}`);
    }
  }
  const oneOf = spec.oneOf ? spec.oneOf.map((sub, i) => compileTest(sub, `${where} oneOf ${i + 1}`)) : null;
  const span = spec.span === undefined ? -1 : labelId(spec.span);
  return {
    lowerOne: lower.size === 1 ? (onlyLower as string) : null,
    lowerSet: lower.size > 1 ? lower : null,
    textOne: text.size === 1 ? (onlyText as string) : null,
    textSet: text.size > 1 ? text : null,
    re,
    cap: spec.cap ?? null,
    upper: spec.upper ?? null,
    kind: spec.kind ?? null,
    glued: spec.glued ?? null,
    is: is.length > 0 ? is : null,
    not: not.length > 0 ? not : null,
    oneOf,
    span,
  };
}

function compileSpec(spec: TokenSpec, where: string): CompiledSpec {
  const test = compileTest(spec, where);
  const span = test.span;
  if (spec.op === '!' && span >= 0) throw new Error(`${where}: a "span" spec cannot be negated`);
  return {
    test,
    span,
    labels: spec.op === '!' ? null : span >= 0 ? [span] : test.is !== null ? (test.is as number[]) : null,
    cap: spec.op === '!' ? null : (spec.cap ?? null),
    kind: spec.op === '!' ? null : (spec.kind ?? null),
    op: spec.op ?? '',
    max: spec.max ?? 8,
    as: spec.as ?? null,
    stops: spec.op === '*' || spec.op === '+' ? new Int32Array((spec.max ?? 8) + 1) : NO_STOPS,
  };
}

/** A spec that takes at least one token. */
const isRequired = (spec: CompiledSpec): boolean => spec.op === '' || spec.op === '+' || spec.op === '!';

/** Whether token k (which exists) passes every test of `test`: the token's own fields first, then lookups, labels and patterns. */
function passes(test: SpecTest, ann: Annotations, k: number): boolean {
  const token = ann.tokens[k] as Token;
  if (test.cap !== null && token.cap !== test.cap) return false;
  if (test.kind !== null && token.kind !== test.kind) return false;
  if (test.lowerOne !== null && token.f !== test.lowerOne) return false;
  if (test.textOne !== null && token.text !== test.textOne) return false;
  if (test.glued !== null && !(k > 0 && ((tokenAt(ann.tokens, k - 1) as Token).end === token.start) === test.glued)) return false;
  if (test.lowerSet !== null && !test.lowerSet.has(token.f)) return false;
  if (test.textSet !== null && !test.textSet.has(token.text)) return false;
  if (test.is !== null && !hasAny(ann, k, test.is)) return false;
  if (test.not !== null && hasAny(ann, k, test.not)) return false;
  if (test.span >= 0 && ann.spanAt(k, test.span) === null) return false;
  if (test.upper !== null && UPPER.test(token.text) !== test.upper) return false;
  if (test.re !== null && !test.re.test(token.f)) return false;
  if (test.oneOf !== null) {
    for (const sub of test.oneOf) if (passes(sub, ann, k)) return true;
    return false;
  }
  return true;
}

// Plain loops rather than some/every with an arrow: a spec is tested at nearly every token, and
// each arrow would be a fresh closure per test.
function hasAny(ann: Annotations, k: number, labels: readonly number[]): boolean {
  for (const id of labels) if (ann.has(k, id)) return true;
  return false;
}

/**
 * Every word some pattern set anchors on, each with one id shared by all sets (of every
 * language). A sentence is scanned once for the anchor words it holds (anchorWordsIn), and each
 * set reads its own anchors from that short list, instead of every set scanning the sentence's
 * tokens again: those scans touched each word of each sentence a dozen times.
 */
const anchorIds = new Map<string, number>();
const anchorIdOf = (f: string): number => anchorIds.get(f) ?? -1;

/**
 * What anchorWordsIn keeps per language's vocabulary: each word's anchor id (-1 for none) in a
 * memo slot, and whether the word is an anchor word at all as a bit of the word (a WordSet). Two
 * tokens in three are no anchor word; the bit, on the word object a token's lookups read
 * anyway, tells them apart without reading the word's memo, a separate array of some 200 slots
 * that is seldom in the cache.
 */
interface AnchorTables {
  ids: WordMemo<number>;
  words: WordSet;
}
const anchorTables = new Map<Vocabulary | undefined, AnchorTables>();

/** The shared id of an anchor word, registered on first use (at module load, as pattern sets compile). */
function anchorIdFor(word: string): number {
  let id = anchorIds.get(word);
  if (id === undefined) {
    id = anchorIds.size;
    anchorIds.set(word, id);
    // A word's kept id was worked out before this one was registered.
    for (const tables of anchorTables.values()) {
      tables.ids.reset();
      tables.words.add(word);
    }
  }
  return id;
}

function anchorTablesOf(vocabulary: Vocabulary | undefined): AnchorTables {
  let tables = anchorTables.get(vocabulary);
  if (tables === undefined) {
    const words = new WordSet(anchorIds.keys());
    if (vocabulary !== undefined) words.bind(vocabulary);
    tables = { ids: new WordMemo<number>(vocabulary ?? null), words };
    anchorTables.set(vocabulary, tables);
  }
  return tables;
}

/**
 * The anchor words of one sentence (kept on its annotations, `anchorWords`): the ids it holds, and
 * each token's id (-1 for none), which tells a set whether a token starts one of its indexed
 * patterns by one array read instead of a lookup on the token's word at every token.
 */
class SentenceAnchors {
  constructor(
    /** The count of anchor words registered when the sentence was scanned. */
    readonly size: number,
    readonly ids: number[],
    readonly byToken: readonly number[],
  ) {}
}

const NO_ANCHORS = new SentenceAnchors(0, [], []);

/** The anchor words a sentence holds: its words do not change, so each sentence is scanned once (again only when anchor words were registered since). */
function anchorWordsIn(ann: Annotations): SentenceAnchors {
  const kept = ann.anchorWords;
  if (kept !== null && kept.size === anchorIds.size) return kept;
  const { ids: memo, words } = anchorTablesOf(ann.tokens[0]?.w?.vocabulary);
  const tokens = ann.tokens;
  const ids: number[] = [];
  // Made at its length at once (pushed one by one, its store was made again as it grew).
  const byToken = new Array<number>(tokens.length);
  for (let k = 0; k < tokens.length; k++) {
    const token = tokens[k] as Token;
    const id = words.hasToken(token) ? memo.answer(token, anchorIdOf) : -1;
    byToken[k] = id;
    if (id >= 0 && !ids.includes(id)) ids.push(id);
  }
  const anchors = new SentenceAnchors(anchorIds.size, ids, byToken);
  ann.anchorWords = anchors;
  return anchors;
}

/** A compiled set of patterns (one rule set of one lexicon), indexed by first word where it can be. */
export class PatternSet {
  private readonly anywhere: Compiled[] = [];
  /** The anchor bits each pattern of `anywhere` needs. */
  private readonly needs: number[] = [];
  /** The count of anchor bits given out (30 at most). */
  private anchorBits = 0;
  /**
   * Every label an anchor names, once, and the anchor bits it gives (those of the anchors naming
   * it): a sentence's labels are asked once each, not once per anchor naming them.
   */
  private readonly anchorLabelIds: number[] = [];
  private readonly anchorLabelBits: number[] = [];
  /** The anchor bits each anchor word gives, by the word's shared id (see anchorIds). */
  private readonly bitsByAnchorId: number[] = [];
  /**
   * The indexed patterns (those tried only at their first words), by the shared id (see anchorIds)
   * of each first word: a token's anchor id finds them by one array read, where a lookup kept on
   * its word read the word's memo, seldom in the cache.
   */
  private readonly firstByAnchorId: Array<Compiled[] | undefined> = [];
  /** The indexed patterns, each once (those of firstByAnchorId). */
  private readonly indexed: Compiled[] = [];
  readonly size: number;
  // The anchors of the sentence asked last, and the count of its changes they hold at.
  private lastAnn: Annotations | null = null;
  private lastAt = -1;
  private lastViable: readonly Compiled[] = [];
  /** Whether the sentence asked last holds a word that starts an indexed pattern: when not, none is looked up per token. */
  private lastHasFirst = false;
  /** The anchor id of each token of the sentence asked last (see SentenceAnchors): a token whose id starts no indexed pattern needs no lookup. */
  private lastByToken: readonly number[] = NO_ANCHORS.byToken;
  /** The patterns of `anywhere` a sentence holding these anchor bits can match, by bits. */
  private readonly viableByBits = new Map<number, Compiled[]>();

  constructor(sources: readonly PatternSource[], where = 'patterns') {
    // The indexed patterns by first word, while they are compiled (see firstByAnchorId).
    const byFirst = new Map<string, Compiled[]>();
    for (const source of sources) {
      const at = `${where} ${source.id}`;
      if (!Array.isArray(source.tokens) || source.tokens.length === 0) throw new Error(`${at}: a pattern needs at least one token spec`);
      const specs = source.tokens.map((spec, i) => compileSpec(spec, `${at} token ${i + 1}`));
      const required = specs.findIndex(isRequired);
      const openers = required < 0 ? specs : specs.slice(0, required + 1);
      const openLabels = openers.every((spec) => spec.labels !== null) ? [...new Set(openers.flatMap((spec) => spec.labels ?? []))] : null;
      const openCap = openers.every((spec) => spec.cap !== null && spec.cap === openers[0]?.cap) ? (openers[0]?.cap ?? null) : null;
      const openKind = openers.every((spec) => spec.kind !== null && spec.kind === openers[0]?.kind) ? (openers[0]?.kind ?? null) : null;
      let lastRequired = -1;
      for (let i = 0; i < specs.length; i++) if (isRequired(specs[i] as CompiledSpec)) lastRequired = i;
      const closing = lastRequired < 0 ? specs : specs.slice(lastRequired);
      const closers = closing.some((spec) => spec.span >= 0) ? null : closing;
      const compiled: Compiled = { source, specs, openers, openLabels, openCap, openKind, closers, anchors: anchorsOf(source.tokens) };
      const first = source.tokens[0] as TokenSpec;
      // A pattern whose first token must be one of some words (or exact texts: a token's folded
      // form is the key either way) is tried only at those words.
      const firstWords = first.op === undefined && first.span === undefined ? foldedWordsOf(first) : null;
      if (firstWords) {
        this.indexed.push(compiled);
        for (const word of firstWords) {
          const bucket = byFirst.get(word) ?? [];
          bucket.push(compiled);
          byFirst.set(word, bucket);
        }
      } else this.anywhere.push(compiled);
    }
    this.size = sources.length;
    // Each anchor of the patterns tried anywhere gets a bit, shared by the patterns that need the
    // same thing ("known-media", "/"). Thirty bits at most keep a sentence's bits a small integer
    // for V8; with a 31st, every sentence holding that anchor made its bits a heap number, at each
    // of the set's questions. Past them, a pattern keeps the anchors it has bits for, which only
    // makes it tried more often: so the bits go round by round, every pattern's first anchor
    // before any pattern's second (its words and labels before its marks, which most sentences
    // hold), and a large set's last patterns are not left with none.
    const bitOf = new Map<string, number>();
    this.needs.push(...this.anywhere.map(() => 0));
    const ranked = this.anywhere.map((pattern) => [...pattern.anchors].sort((a, b) => Number(marksOnly(a)) - Number(marksOnly(b))));
    const rounds = Math.max(0, ...ranked.map((anchors) => anchors.length));
    for (let round = 0; round < rounds; round++) {
      ranked.forEach((anchors, i) => {
        const anchor = anchors[round];
        if (anchor === undefined) return;
        const key = 'labels' in anchor ? `labels ${[...anchor.labels].sort().join(' ')}` : `words ${[...anchor.words].sort().join(' ')}`;
        let bit = bitOf.get(key);
        if (bit === undefined) {
          if (this.anchorBits >= 30) return;
          bit = 1 << this.anchorBits++;
          bitOf.set(key, bit);
          this.giveBit(anchor, bit);
        }
        this.needs[i] = (this.needs[i] as number) | bit;
      });
    }
    // The indexed patterns' first words are anchor words too: a sentence without one of them
    // needs no lookup of its tokens in `byFirst` (most sentences, for most sets).
    for (const [word, patterns] of byFirst) {
      const id = anchorIdFor(word);
      while (this.firstByAnchorId.length <= id) this.firstByAnchorId.push(undefined);
      this.firstByAnchorId[id] = patterns;
    }
  }

  /** Sets `bit` for the sentences that hold `anchor`: for its labels, or for its words. */
  private giveBit(anchor: Anchor, bit: number): void {
    if ('labels' in anchor) {
      for (const label of anchor.labels) {
        const at = this.anchorLabelIds.indexOf(label);
        if (at < 0) {
          this.anchorLabelIds.push(label);
          this.anchorLabelBits.push(bit);
        } else this.anchorLabelBits[at] = (this.anchorLabelBits[at] as number) | bit;
      }
      return;
    }
    for (const word of anchor.words) {
      const id = anchorIdFor(word);
      while (this.bitsByAnchorId.length <= id) this.bitsByAnchorId.push(0);
      this.bitsByAnchorId[id] = (this.bitsByAnchorId[id] as number) | bit;
    }
  }

  /**
   * The patterns of `anywhere` whose anchors this sentence holds (see Compiled.anchors), in their
   * order: its anchor words (one scan per sentence for every set, anchorWordsIn) and its labels
   * give bits, and the list for those bits is made once per set. Kept for the sentence asked last,
   * until its labels change: a search asks at each of its tokens in turn, and going through the
   * few patterns a sentence can hold costs less than testing every pattern's anchors per token.
   */
  private viableIn(ann: Annotations): readonly Compiled[] {
    if (this.lastAnn === ann && this.lastAt === ann.changes) return this.lastViable;
    let bits = 0;
    let hasFirst = false;
    let byToken = NO_ANCHORS.byToken;
    if (this.bitsByAnchorId.length > 0 || this.firstByAnchorId.length > 0) {
      const anchors = anchorWordsIn(ann);
      for (const id of anchors.ids) {
        bits |= this.bitsByAnchorId[id] ?? 0;
        hasFirst ||= this.firstByAnchorId[id] !== undefined;
      }
      byToken = anchors.byToken;
    }
    for (let i = 0; i < this.anchorLabelIds.length; i++) if (ann.present(this.anchorLabelIds[i] as number)) bits |= this.anchorLabelBits[i] as number;
    let viable = this.viableByBits.get(bits);
    if (viable === undefined) {
      viable = this.anywhere.filter((_, i) => ((this.needs[i] as number) & bits) === this.needs[i]);
      this.viableByBits.set(bits, viable);
    }
    this.lastAnn = ann;
    this.lastAt = ann.changes;
    this.lastViable = viable;
    this.lastHasFirst = hasFirst;
    this.lastByToken = byToken;
    return viable;
  }

  /** The longest match starting at token k (the first listed pattern wins a tie), or null. */
  at(ann: Annotations, k: number): Match | null {
    if (!ann.tokens[k]) return null;
    return this.atWith(ann, k, this.viableIn(ann));
  }

  /**
   * `at` once viableIn has been asked about this sentence (`viable` its answer): a search over a
   * sentence asks it once, not at every token, since matching adds no label.
   */
  private atWith(ann: Annotations, k: number, viable: readonly Compiled[], indexed = this.lastHasFirst): Match | null {
    const token = ann.tokens[k];
    if (!token) return null;
    // Indexed patterns first, then the others (the order decides ties), with no array made per token.
    // A token's anchor id says whether its word is a first word here: most are not, and need no lookup.
    const id = indexed ? (this.lastByToken[k] ?? -1) : -1;
    const first = id >= 0 ? this.firstByAnchorId[id] : undefined;
    const best = first === undefined ? null : longest(first, ann, k, null);
    return viable.length === 0 ? best : longest(viable, ann, k, best);
  }

  /** Non-overlapping matches from left to right, the longest at each position. */
  find(ann: Annotations, from = 0, to = ann.tokens.length): Match[] {
    const out: Match[] = [];
    const viable = this.viableIn(ann);
    // A sentence with none of the first words and none of the other patterns' anchors holds no match.
    if (viable.length === 0 && !this.lastHasFirst) return out;
    for (let k = from; k < to; k++) {
      const match = this.atWith(ann, k, viable);
      if (match && match.end <= to) {
        out.push(match);
        k = Math.max(k, match.end - 1);
      }
    }
    return out;
  }

  /** The match (the longest at its start) that ends exactly at token `end` (exclusive), starting at or after `from`, earliest start first. */
  endingAt(ann: Annotations, end: number, from = 0): Match | null {
    let viable = this.viableIn(ann);
    // As in find: a sentence with none of the first words and none of the other patterns' anchors holds no match.
    if (viable.length === 0 && !this.lastHasFirst) return null;
    let indexed = this.lastHasFirst;
    // At the end of the tokens, a pattern none of whose closers takes the last token ends no match
    // there, and no match of it can be longer: it is left out at every start, where it was tried at
    // each (a page's line is searched for a credit closing it, and few lines end as one does).
    // Before the end it stays, as its longer match at a start would hide a shorter one ending here.
    if (end === ann.tokens.length && end - 1 >= from) {
      viable = viable.filter((pattern) => closesAt(pattern, ann, end - 1));
      indexed &&= this.indexed.some((pattern) => closesAt(pattern, ann, end - 1));
      if (viable.length === 0 && !indexed) return null;
    }
    let best: Match | null = null;
    for (let k = end - 1; k >= from; k--) {
      const match = this.atWith(ann, k, viable, indexed);
      if (match && match.end === end && (!best || match.start < best.start)) best = match;
    }
    return best;
  }
}

/** The longest match at token k among `patterns`, or `best` when none is longer (earlier wins a tie). */
function longest(patterns: readonly Compiled[], ann: Annotations, k: number, best: Match | null): Match | null {
  const token = ann.tokens[k] as Token;
  for (let i = 0; i < patterns.length; i++) {
    const pattern = patterns[i] as Compiled;
    // What every opener needs of the first token, told before any search is set up.
    if (pattern.openLabels !== null && !hasAny(ann, k, pattern.openLabels)) continue;
    if ((pattern.openCap !== null && token.cap !== pattern.openCap) || (pattern.openKind !== null && token.kind !== pattern.openKind)) continue;
    const match = matchPattern(pattern, ann, k);
    if (match && (!best || match.end > best.end)) best = match;
  }
  return best;
}

/** Whether an anchor is marks only ("/", "|"): most sentences hold a comma or a dash. */
function marksOnly(anchor: Anchor): boolean {
  return 'words' in anchor && anchor.words.every((word) => !LETTER_OR_DIGIT.test(word));
}
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/**
 * The folded forms of the words a spec names, one of which a token it takes has: its `lower`
 * words folded, or the folded forms of its exact texts, words or marks ("FC", "/"); null when it
 * names none.
 */
function foldedWordsOf(spec: TokenSpec): string[] | null {
  if (spec.lower !== undefined) return list(spec.lower).map((w) => foldWord(w));
  const texts = list(spec.text);
  return texts.length > 0 ? texts.flatMap(foldedFormsOf) : null;
}

/** See Compiled.anchors. */
function anchorsOf(specs: readonly TokenSpec[]): Anchor[] {
  const anchors: Anchor[] = [];
  for (const spec of specs) {
    if (spec.op !== undefined && spec.op !== '+') continue;
    const words = foldedWordsOf(spec);
    if (words !== null) anchors.push({ words });
    else if (spec.is !== undefined || spec.span !== undefined) anchors.push({ labels: [...list(spec.is), ...list(spec.span)].map(labelId) });
  }
  return anchors;
}

// The search below is plain functions over one state object, with no closure made per call:
// patterns run on every line of every article, and a closure per step (which the TypeScript
// loader also wraps to keep its name) cost more than the matching itself.
interface Search {
  pattern: Compiled;
  ann: Annotations;
  /** Token range each spec took, by spec index. */
  from: Int32Array;
  to: Int32Array;
}

const scratch: Search = {
  pattern: { source: { id: '', tokens: [] }, specs: [], openers: [], openLabels: null, openCap: null, openKind: null, closers: null, anchors: [] },
  ann: null as unknown as Annotations,
  from: new Int32Array(16),
  to: new Int32Array(16),
};

/** One step of `spec` at token k: the token after it, or -1. */
function step(spec: CompiledSpec, ann: Annotations, k: number): number {
  if (k >= ann.tokens.length) return -1;
  if (spec.span >= 0) {
    const span = ann.spanAt(k, spec.span);
    return span && passes(spec.test, ann, k) ? span.end : -1;
  }
  return passes(spec.test, ann, k) ? k + 1 : -1;
}

/** Spec s took tokens [k, next): go on with the next spec. */
function rest(search: Search, s: number, next: number): number {
  search.to[s] = next;
  return descend(search, s + 1, next);
}

/** The end of a match of specs s… from token k, or -1 (backtracking search). */
function descend(search: Search, s: number, k: number): number {
  const specs = search.pattern.specs;
  if (s === specs.length) return k;
  const spec = specs[s] as CompiledSpec;
  search.from[s] = k;
  switch (spec.op) {
    case '': {
      const next = step(spec, search.ann, k);
      return next < 0 ? -1 : rest(search, s, next);
    }
    case '!':
      return k < search.ann.tokens.length && !passes(spec.test, search.ann, k) ? rest(search, s, k + 1) : -1;
    case '?': {
      const next = step(spec, search.ann, k);
      if (next >= 0) {
        const end = rest(search, s, next);
        if (end >= 0) return end;
      }
      return rest(search, s, k);
    }
    default: {
      // Greedy, then give back one repetition at a time.
      const stops = spec.stops;
      stops[0] = k;
      let taken = 0;
      while (taken < spec.max) {
        const next = step(spec, search.ann, stops[taken] as number);
        if (next < 0) break;
        stops[++taken] = next;
      }
      const min = spec.op === '+' ? 1 : 0;
      for (let i = taken; i >= min; i--) {
        const end = rest(search, s, stops[i] as number);
        if (end >= 0) return end;
      }
      return -1;
    }
  }
}

/** Whether one of the pattern's closers can take token k (which exists) as the match's last; true when that cannot be told (see Compiled.closers). */
function closesAt(pattern: Compiled, ann: Annotations, k: number): boolean {
  if (pattern.closers === null) return true;
  // A spec that takes no span takes one token a step: the last step's token passes its test (or, for "!", fails it).
  for (const spec of pattern.closers) if (passes(spec.test, ann, k) !== (spec.op === '!')) return true;
  return false;
}

function opensAt(openers: readonly CompiledSpec[], ann: Annotations, k: number): boolean {
  if (k >= ann.tokens.length) return false;
  for (const spec of openers) if (spec.op === '!' ? !passes(spec.test, ann, k) : step(spec, ann, k) >= 0) return true;
  return false;
}

function matchPattern(pattern: Compiled, ann: Annotations, start: number): Match | null {
  const n = pattern.specs.length;
  // Most attempts fail on the first token: find out before setting up the search. A match takes
  // at least one token, and the spec that takes the first one is optional ones skipped, at the
  // latest the first required one: when none of those fits token `start`, there is no match.
  if (!opensAt(pattern.openers, ann, start)) return null;
  // One search state for every attempt (matching is synchronous and never re-entered): a fresh
  // state and two arrays per attempted token were most of the garbage the matcher made. Stale
  // ranges left by an earlier attempt do no harm: a successful search writes every spec's range.
  const search = scratch;
  search.pattern = pattern;
  search.ann = ann;
  if (search.from.length < n) {
    search.from = new Int32Array(n);
    search.to = new Int32Array(n);
  }
  const { from, to } = search;
  const end = descend(search, 0, start);
  if (end < 0 || end === start) return null;
  const groups: Record<string, [number, number]> = {};
  for (let s = 0; s < n; s++) {
    const as = (pattern.specs[s] as CompiledSpec).as;
    if (!as || (to[s] as number) <= (from[s] as number)) continue;
    // A name given to several specs covers all they took: "Jane Doe and John Roe" as one group.
    const had = groups[as];
    groups[as] = had ? [had[0], to[s] as number] : [from[s] as number, to[s] as number];
  }
  return { pattern: pattern.source, start, end, groups };
}
