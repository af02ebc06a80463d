/**
 * The analysed article every module reads: language, lexicon, sentences with tokens, and the
 * places found in each sentence (computed once, used by countries, actors and attributions).
 */
import type { Lexicon } from './lexicon/index.ts';
import type { PlaceMatch } from './gazetteer.ts';
import type { Sentence } from './sentences.ts';
import type { Token } from './tokens.ts';

export interface Doc {
  lang: string;
  lex: Lexicon;
  sentences: Sentence[];
  /** Places per sentence, by sentence index. */
  places: PlaceMatch[][];
  /** Title tokens (frontmatter or text title), for topic cues; empty without a title. */
  titleTokens: Token[];
}

/** True when tokens [start, end) of sentence `s` overlap a place match. */
export function placeAt(doc: Doc, s: number, start: number, end = start + 1): PlaceMatch | undefined {
  return doc.places[s]?.find((p) => p.start < end && start < p.end);
}
