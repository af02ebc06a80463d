/**
 * A token sequence's full annotations: the lexicon's classes (annotate.ts), then the gazetteer's
 * places and the known entities as spans. One function for the sentences (index.ts) and for the
 * lines of page furniture (furniture.ts), so that a pattern sees the same labels wherever it runs.
 */
import { type Annotations, annotate, labelId } from './annotate.ts';
import { knownAt, knownNeedsCapital } from './entities.ts';
import type { PlaceMatch } from './gazetteer.ts';
import type { Lexicon } from './lexicon/index.ts';
import type { Token } from './tokens.ts';

// Registered at load, like the lexicons' labels: an Annotations set is sized for the labels known when it is made.
labelId('known-media');

const PLACE_LABELS = { country: ['place', 'country'], place: ['place', 'city'], demonym: ['demonym'], blocker: ['place-blocker'] } as const;

/** Every label this module puts on tokens (token patterns may name them). */
export const SPAN_LABELS: readonly string[] = [...new Set(Object.values(PLACE_LABELS).flat()), 'known-org', 'known-person', 'known-media'];

/** Lexicon classes, then `places` and the known entities as spans ("known-media" too for news organisations). */
export function annotateSpans(tokens: readonly Token[], places: readonly PlaceMatch[], lang: string, lex: Lexicon): Annotations {
  const ann = annotate(tokens, lex);
  for (const p of places) for (const label of PLACE_LABELS[p.kind]) ann.add(label, p.start, p.end);
  // A known name starts only at a word, and (in most languages' tables) only at a capitalised one:
  // the other tokens are passed over here, without a call that would rule them out.
  const needsCapital = knownNeedsCapital(lang);
  for (let k = 0; k < tokens.length; k++) {
    const token = tokens[k] as Token;
    if (token.kind !== 'word' || (needsCapital && !token.cap)) continue;
    const hit = knownAt(tokens, k, lang);
    if (!hit) continue;
    ann.add(hit.entity.type === 'person' ? 'known-person' : 'known-org', k, k + hit.length);
    if (hit.entity.kind === 'media') ann.add('known-media', k, k + hit.length);
    k += hit.length - 1;
  }
  return ann;
}
