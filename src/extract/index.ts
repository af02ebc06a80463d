/**
 * Extraction: an article's text and metadata in, its ArticleRecord out. Pure and synchronous;
 * every lexicon and gazetteer is built once at module load. Each record part comes from its own
 * module; a part that fails on some odd input falls back to empty rather than losing the record.
 */
import { RECORD_VERSION, type ArticleRecord, type Attribution, type CountryMention, type Fact, type Figure, type Topic } from '../record/types.ts';
import { extractActors, type ActorsResult } from './actors.ts';
import { annotate, type Annotations } from './annotate.ts';
import { extractAttributions } from './attributions.ts';
import { extractCountries } from './countries.ts';
import { isAside, type Doc } from './doc.ts';
import { extractFacts } from './facts.ts';
import { extractFigures } from './figures.ts';
import { knownAt } from './entities.ts';
import { findPlaces, type PlaceMatch } from './gazetteer.ts';
import { makeHeadline } from './headline.ts';
import type { ExtractInput } from './input.ts';
import { detectLanguage } from './language.ts';
import { lexicon } from './lexicon/index.ts';
import { extractPublisher } from './publisher.ts';
import { bodyText, splitSentences } from './sentences.ts';
import { squash } from './text.ts';
import { tokenize, type Token } from './tokens.ts';
import { extractTopics } from './topics.ts';

export type { ExtractInput } from './input.ts';

// Run one part; on an unexpected error keep the record with that part empty. Tests
// (robust.test.ts) make sure this never actually happens on generated input.
function guard<T>(fallback: T, run: () => T): T {
  try {
    return run();
  } catch {
    return fallback;
  }
}

/** Analyses the body once: language, sentences, tokens, places. */
export function analyse(input: ExtractInput): Doc {
  const blocks = input.blocks.filter((b) => b.text.trim() !== '');
  const text = bodyText(blocks);
  const lang = guard('en', () => detectLanguage(`${input.meta.title ?? input.title ?? ''}\n${text}`, input.meta.lang));
  const lex = lexicon(lang);
  const sentences = guard([], () => splitSentences(blocks, lex));
  const places = sentences.map((s) => guard([], () => findPlaces(s.tokens, lang)));
  const annotations = sentences.map((s, i) => annotateSentence(s.tokens, places[i] ?? [], lang, lex));
  const titleTokens = guard([], () => tokenize(input.meta.title ?? input.title ?? '', lex.tokenizeOptions));
  return { lang, lex, sentences, places, annotations, titleTokens, blockKinds: blocks.map((b) => b.kind) };
}

const PLACE_LABELS = { country: ['place', 'country'], place: ['place', 'city'], demonym: ['demonym'], blocker: ['place-blocker'] } as const;

/** Lexicon classes, then the sentence's places and known entities as spans. */
function annotateSentence(tokens: readonly Token[], places: readonly PlaceMatch[], lang: string, lex: ReturnType<typeof lexicon>): Annotations {
  const ann = annotate(tokens, lex);
  for (const p of places) for (const label of PLACE_LABELS[p.kind]) ann.add(label, p.start, p.end);
  for (let k = 0; k < tokens.length; k++) {
    const hit = tokens[k]?.kind === 'word' ? knownAt(tokens, k, lang) : null;
    if (!hit) continue;
    ann.add(hit.entity.type === 'person' ? 'known-person' : 'known-org', k, k + hit.length);
    k += hit.length - 1;
  }
  return ann;
}

export function extractRecord(input: ExtractInput): ArticleRecord {
  const doc = analyse(input);
  const empty: ActorsResult = { actors: [], mentions: [] };
  const countries = guard<CountryMention[]>([], () => extractCountries(doc, input.meta.countries));
  const actors = guard(empty, () => extractActors(doc));
  const figures = guard<Figure[]>([], () => extractFigures(doc, { countries: countries.map((c) => c.code) }));
  const attributions = guard<Attribution[]>([], () => extractAttributions(doc, actors));
  const topics = guard<Topic[]>([], () => extractTopics(doc, input.meta.topics));
  const facts = guard<Fact[]>([], () => extractFacts(doc, actors, countries, figures, attributions));
  const publisher = guard(null, () => extractPublisher(input.meta, input.trailer, doc.lang, countries.map((c) => c.code)));
  const forbidden = [publisher?.name ?? '', input.trailer?.name ?? ''].filter(Boolean);
  const { headline, headlineSource } = guard({ headline: input.id, headlineSource: 'generated' as const }, () =>
    makeHeadline(doc, actors, attributions, { metaTitle: input.meta.title, textTitle: input.title, forbidden, fallback: input.id }),
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
    wordCount: doc.sentences.reduce((n, s) => n + s.tokens.filter((t) => t.kind !== 'punct').length, 0),
    authors: [],
    dateline: null,
  };
}

// The lede: the first paragraph's first sentence (past editorial notes), and its second when the first is short.
function summaryOf(doc: Doc): string {
  const first = doc.sentences.find((s) => !isAside(doc, s.index)) ?? doc.sentences[0];
  if (!first) return '';
  const second = doc.sentences[first.index + 1];
  const text = second && second.block === first.block && first.text.length < 120 ? `${first.text} ${second.text}` : first.text;
  return squash(text);
}
