/**
 * Extraction: an article's text and metadata in, its ArticleRecord out. Pure and synchronous;
 * every lexicon and gazetteer is built once at module load. Each record part comes from its own
 * module; a part that fails on some odd input falls back to empty rather than losing the record.
 */
import { type ArticleRecord, type Attribution, type CountryMention, type Fact, type Figure, RECORD_VERSION, type Topic } from '../record/types.ts';
import { type ActorsResult, extractActors } from './actors.ts';
import { extractAttributions } from './attributions.ts';
import { extractCountries } from './countries.ts';
import { type Doc, isAside } from './doc.ts';
import { extractFacts } from './facts.ts';
import { extractFigures } from './figures.ts';
import { type Furniture, findFurniture } from './furniture.ts';
import { findPlaces } from './gazetteer.ts';
import { makeHeadline } from './headline.ts';
import type { ExtractInput } from './input.ts';
import { detectLanguage, SAMPLE_LENGTH } from './language.ts';
import { lexicon } from './lexicon/index.ts';
import { extractPublisher } from './publisher.ts';
import { bodyText, type Sentence, splitSentences } from './sentences.ts';
import { annotateSpans } from './spans.ts';
import { internal, squash } from './text.ts';
import { type Token, tokenAt, tokenize } from './tokens.ts';
import { extractTopics } from './topics.ts';

export type { ExtractInput } from './input.ts';

/** A part of extraction that failed on this article: the record keeps that part empty. */
export interface ExtractionFailure {
  /** The part ("figures", "attributions", …). */
  part: string;
  message: string;
}

// The failures of the article being extracted (extraction is synchronous: one article at a time
// per thread), so that a part's bug is reported against the file instead of silently emptying it.
let failures: ExtractionFailure[] = [];

// Run one part; on an unexpected error keep the record with that part empty and note the failure.
// Tests (robust.test.ts) make sure this never actually happens on generated input.
function guard<T>(part: string, fallback: T, run: () => T): T {
  try {
    return run();
  } catch (error) {
    failures.push({ part, message: error instanceof Error ? error.message : String(error) });
    return fallback;
  }
}

/** Analyses the body once: language, sentences, tokens, places, annotations; then takes the page furniture out. */
export function analyse(input: ExtractInput): Doc {
  // Each block's text as an internal string (see internal): sentence splitting reads it character
  // by character, and the tokenizer reads each sentence's tokens in it (tokenizeWithin). (A cut of
  // an internal string is a kind of its own: read in cut sentences, and blocks not made internal,
  // extraction took 6 % and 3 % more instructions.)
  const blocks = input.blocks.filter((b) => b.text.trim() !== '').map((b) => ({ ...b, text: internal(b.text) }));
  // A declared language is the answer (detectLanguage's first test): no sample is made for it.
  const declared = input.meta.lang;
  const lang = declared ? declared : guard('language', 'en', () => detectLanguage(`${input.meta.title ?? input.title ?? ''}\n${bodyText(blocks, SAMPLE_LENGTH)}`, declared));
  const lex = lexicon(lang);
  const sentences = guard('sentences', [], () => splitSentences(blocks, lex));
  const places = sentences.map((s) => guard('places', [], () => findPlaces(s.tokens, lang)));
  const annotations = sentences.map((s, i) => annotateSpans(s.tokens, places[i] ?? [], lang, lex));
  const analysed = { sentences, places, annotations };
  const none: Furniture = { blocks, title: input.title, authors: [], dateline: null, publisher: null, items: [] };
  const cleaned = guard('furniture', { furniture: none, analysed }, () => findFurniture({ title: input.title, titleLine: input.titleLine ?? null, blocks, format: input.format }, analysed, lang, lex));
  const { furniture } = cleaned;
  const titleTokens = guard('title', [], () => tokenize(input.meta.title ?? furniture.title ?? '', lex.tokenizeOptions));
  // Names the lexicon's patterns recognise (clubs, ministries, institutions); the places inside a
  // club's name ("Bayern Munich", "Paris SG") are part of the name, no country mention.
  const entityRules = lex.rules('entities');
  const entities = cleaned.analysed.annotations.map((ann) => {
    const found = entityRules.find(ann);
    for (const m of found) if (m.pattern.hidesPlace === true) ann.add('hides-place', m.start, m.end);
    return found;
  });
  const thingAcronymSet = thingAcronyms(cleaned.analysed.sentences);
  return { lang, lex, ...cleaned.analysed, entities, thingAcronyms: thingAcronymSet, titleTokens, blockKinds: furniture.blocks.map((b) => b.kind), furniture };
}

/** Acronyms defined after words in lower case or a quotation ("the consumer price index (CPI)"): names of things, not bodies. */
function thingAcronyms(sentences: readonly Sentence[]): Set<string> {
  const out = new Set<string>();
  for (const { text, tokens } of sentences) {
    // A "(" token is written in its sentence's text: most sentences have none, and one search of
    // the text passes them without reading their tokens.
    if (!text.includes('(')) continue;
    for (let p = 1; p + 2 < tokens.length; p++) {
      const before = tokenAt(tokens, p - 1) as Token;
      const acronym = tokens[p + 1] as Token;
      if (tokens[p]?.text !== '(' || tokens[p + 2]?.text !== ')' || !CAPITALS.test(acronym.text)) continue;
      if ((before.kind === 'word' && !before.cap) || CLOSING_QUOTE.test(before.text)) out.add(acronym.f);
    }
  }
  return out;
}
const CAPITALS = /^\p{Lu}{2,}$/u;
const CLOSING_QUOTE = /^[»”"]$/u;

export function extractRecord(input: ExtractInput): ArticleRecord {
  return extractWithFailures(input).record;
}

/** The record, and the parts of extraction that failed on this article (reported as `internal-error`). */
export function extractWithFailures(input: ExtractInput): { record: ArticleRecord; failures: ExtractionFailure[] } {
  failures = [];
  const record = buildRecord(input);
  const found = failures;
  failures = [];
  return { record, failures: found };
}

// The blocks whose figures are not the story's (buildRecord).
const CAPTIONS: ReadonlySet<string> = new Set(['caption']);

function buildRecord(input: ExtractInput): ArticleRecord {
  const doc = analyse(input);
  const empty: ActorsResult = { actors: [], mentions: [] };
  const actors = guard('actors', empty, () => extractActors(doc));
  const countries = guard<CountryMention[]>('countries', [], () => extractCountries(doc, input.meta.countries, actors));
  // A photo caption repeats the story's numbers and dates its photo: its figures are not the story's.
  const figures = guard<Figure[]>('figures', [], () => extractFigures(doc, { countries: countries.map((c) => c.code), skipBlocks: CAPTIONS }));
  const attributions = guard<Attribution[]>('attributions', [], () => extractAttributions(doc, actors));
  const topics = guard<Topic[]>('topics', [], () => extractTopics(doc, input.meta.topics, actors));
  const facts = guard<Fact[]>('facts', [], () => extractFacts(doc, actors, countries, figures, attributions));
  const publisher = guard('publisher', null, () => extractPublisher(input.meta, input.trailer, doc.lang, { articleCountries: countries.map((c) => c.code), furniture: doc.furniture.publisher, format: input.format }));
  const forbidden = [publisher?.name ?? '', input.trailer?.name ?? ''].filter(Boolean);
  const { headline, headlineSource } = guard('headline', { headline: input.id, headlineSource: 'generated' as const }, () =>
    makeHeadline(doc, actors, attributions, { metaTitle: input.meta.title, textTitle: doc.furniture.title, forbidden, fallback: input.id }),
  );
  return {
    schemaVersion: RECORD_VERSION,
    id: input.id,
    source: { path: input.path, format: input.format },
    language: doc.lang,
    headline,
    headlineSource,
    summary: summaryOf(doc),
    date: input.meta.date,
    dateSource: input.meta.date ? 'frontmatter' : 'none',
    publisher,
    facts,
    actors: actors.actors,
    countries,
    figures,
    attributions,
    topics,
    tags: [...input.meta.tags],
    wordCount: wordCount(doc.sentences),
    authors: doc.furniture.authors,
    dateline: doc.furniture.dateline,
  };
}

// The tokens that are no punctuation, in every sentence (a count, without an array per sentence).
function wordCount(sentences: readonly Sentence[]): number {
  let n = 0;
  for (const s of sentences) for (const t of s.tokens) if (t.kind !== 'punct') n++;
  return n;
}

// The lede: the first paragraph's first sentence (past editorial notes), and its second when the first is short.
function summaryOf(doc: Doc): string {
  const first = doc.sentences.find((s) => !isAside(doc, s.index)) ?? doc.sentences[0];
  if (!first) return '';
  const second = doc.sentences[first.index + 1];
  const text = second && second.block === first.block && first.text.length < 120 ? `${first.text} ${second.text}` : first.text;
  return squash(text);
}
