/**
 * The analysed article every module reads: language, lexicon, sentences with tokens, and the
 * places found in each sentence (computed once, used by countries, actors and attributions).
 */
import type { Annotations } from './annotate.ts';
import type { Furniture } from './furniture.ts';
import type { PlaceMatch } from './gazetteer.ts';
import type { Lexicon } from './lexicon/index.ts';
import type { Match } from './match.ts';
import type { Sentence } from './sentences.ts';
import type { Token } from './tokens.ts';

export interface Doc {
  lang: string;
  lex: Lexicon;
  sentences: Sentence[];
  /** Places per sentence, by sentence index. */
  places: PlaceMatch[][];
  /** Token annotations per sentence, by sentence index (annotate.ts): lexicon classes, places, known entities. */
  annotations: Annotations[];
  /** Acronyms the article defines as things, folded: "un « indice de prix agricole » (IPA)". */
  thingAcronyms: ReadonlySet<string>;
  /** Matches of the lexicon's `entities` patterns per sentence (clubs, ministries, institutions). */
  entities: Match[][];
  /** Title tokens (frontmatter or text title), for topic cues; empty without a title. */
  titleTokens: Token[];
  /** Kind of each block (paragraph, heading, quote, list-item), by block index. */
  blockKinds: string[];
  /** The page furniture taken out of the text before anything else read it (furniture.ts): authors, dateline, the publisher it names. */
  furniture: Furniture;
}

/** An editorial note ("Editor's note: …", "Lire aussi"), a heading, a list item, a photo caption
 * or a line ending in a colon: text around the story, never its lede or a key fact. */
export function isAside(doc: Doc, s: number): boolean {
  const sentence = doc.sentences[s];
  if (!sentence) return true;
  const kind = doc.blockKinds[sentence.block];
  if (kind === 'heading' || kind === 'list-item' || kind === 'caption') return true;
  if (/:\s*$/u.test(sentence.text)) return true;
  return doc.lex.boilerplate.at(sentence.tokens, 0) !== null;
}

/** True when tokens [start, end) of sentence `s` overlap a place match. */
export function placeAt(doc: Doc, s: number, start: number, end = start + 1): PlaceMatch | undefined {
  // A loop rather than find with an arrow: names and roles ask this for nearly every token.
  const places = doc.places[s];
  if (!places) return undefined;
  for (const p of places) if (p.start < end && start < p.end) return p;
  return undefined;
}
