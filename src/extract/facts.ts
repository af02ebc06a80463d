/**
 * Headline facts: the lede first, then the sentences that carry the most (attributed claims,
 * figures, named actors, countries), in that order of weight; 3 to 6 of them, in reading order,
 * each linked to its actors, countries, figures and attribution. Editorial notes, headings, list
 * items and near-repeats of a chosen fact are left out; a sentence that leans on the one before
 * ("He added…", "Its embassy…") weighs less.
 */
import type { Attribution, CountryMention, Fact, Figure } from '../record/types.ts';
import type { ActorsResult } from './actors.ts';
import { type Doc, isAside } from './doc.ts';
import type { PlaceMatch } from './gazetteer.ts';
import type { Token } from './tokens.ts';

const MAX_FACTS = 6;
const MIN_FACTS = 3;
// Two facts sharing this share of their content words say the same thing.
const SAME = 0.6;

export function extractFacts(doc: Doc, actors: ActorsResult, countries: CountryMention[], figures: Figure[], attributions: Attribution[]): Fact[] {
  const listed = new Set(countries.map((c) => c.code));
  // Per-sentence indexes, so that long articles stay linear.
  const actorsBy = new Map<number, Set<string>>();
  for (const m of actors.mentions) {
    const id = actors.actors[m.actor]?.id;
    if (id) actorsBy.set(m.sentence, (actorsBy.get(m.sentence) ?? new Set()).add(id));
  }
  const figuresBy = new Map<number, number[]>();
  figures.forEach((f, i) => {
    const list = figuresBy.get(f.sentence);
    if (list) list.push(i);
    else figuresBy.set(f.sentence, [i]);
  });
  const attributionBy = new Map<number, number>();
  attributions.forEach((a, i) => {
    if (!attributionBy.has(a.sentence)) attributionBy.set(a.sentence, i);
  });
  const lede = doc.sentences.find((x) => !isAside(doc, x.index))?.index ?? 0;
  // Every sentence is scored; only the few chosen become facts, so a candidate keeps what its
  // fact needs and the fact's arrays are made for those alone.
  const ranked: Candidate[] = [];
  for (const sentence of doc.sentences) {
    if (sentence.text.length === 0 || isAside(doc, sentence.index)) continue;
    const s = sentence.index;
    const actorIds = actorsBy.get(s);
    const codes = countListed(doc.places[s], listed);
    const figureIndexes = figuresBy.get(s);
    const attribution = attributionBy.get(s) ?? -1;
    const words = sentence.tokens.length;
    const leans = doc.lex.pronouns.at(sentence.tokens, 0) !== null || doc.lex.contextStarts.has(sentence.tokens[0]?.f ?? '');
    const score = (s === lede ? 1000 : 0) + (attribution >= 0 ? 3 : 0) + (figureIndexes?.length ?? 0) * 2 + (actorIds?.size ?? 0) * 1.5 + codes * 0.5 - s * 0.05 - (words < 6 ? 5 : 0) - (leans ? 3 : 0) + (sentence.first ? 0.5 : 0);
    ranked.push({ text: sentence.text, sentence: s, actors: actorIds, figures: figureIndexes, attribution, score, tokens: sentence.tokens, words: null });
  }
  ranked.sort((a, b) => b.score - a.score || a.sentence - b.sentence);
  let strong = 0;
  for (const f of ranked) if (f.score > 1) strong++;
  // The strong ones are the first of the ranking: the pool is its head, or all of it.
  const pool = strong >= MIN_FACTS ? strong : ranked.length;
  const chosen: Candidate[] = [];
  for (let k = 0; k < pool; k++) {
    const f = ranked[k] as Candidate;
    if (chosen.length >= MAX_FACTS) break;
    let repeats = false;
    for (const c of chosen) {
      if (overlap(wordsOf(c, doc), wordsOf(f, doc)) >= SAME) {
        repeats = true;
        break;
      }
    }
    if (!repeats) chosen.push(f);
  }
  chosen.sort((a, b) => a.sentence - b.sentence);
  return chosen.map(
    (f): Fact => ({
      text: f.text,
      sentence: f.sentence,
      actors: f.actors ? [...f.actors] : [],
      countries: listedCodes(doc.places[f.sentence], listed),
      figures: f.figures ?? [],
      attribution: f.attribution >= 0 ? f.attribution : null,
    }),
  );
}

/** A sentence that may become a fact; its content words are read only if it is compared with a chosen one. */
interface Candidate {
  text: string;
  sentence: number;
  /** The ids of its actors, its figures' indexes, its attribution's index (-1: none). */
  actors: Set<string> | undefined;
  figures: number[] | undefined;
  attribution: number;
  score: number;
  tokens: readonly Token[];
  words: Set<string> | null;
}

function wordsOf(candidate: Candidate, doc: Doc): Set<string> {
  candidate.words ??= contentWords(candidate.tokens, doc);
  return candidate.words;
}

function contentWords(tokens: readonly Token[], doc: Doc): Set<string> {
  const words = new Set<string>();
  for (const t of tokens) if ((t.kind === 'word' || t.kind === 'number') && !doc.lex.stopwords.hasToken(t)) words.add(t.f);
  return words;
}

/** The codes of a sentence's places that the record lists, each once, in reading order (most sentences name no place). */
function listedCodes(places: readonly PlaceMatch[] | undefined, listed: ReadonlySet<string>): string[] {
  const codes: string[] = [];
  if (places === undefined) return codes;
  for (let i = 0; i < places.length; i++) if (firstListed(places, i, listed)) codes.push((places[i] as PlaceMatch).code);
  return codes;
}

/** How many codes listedCodes would give, without making the list (every sentence is scored; few become facts). */
function countListed(places: readonly PlaceMatch[] | undefined, listed: ReadonlySet<string>): number {
  if (places === undefined) return 0;
  let n = 0;
  for (let i = 0; i < places.length; i++) if (firstListed(places, i, listed)) n++;
  return n;
}

/** Whether place i's code is one the record lists, and no place before it has that code. */
function firstListed(places: readonly PlaceMatch[], i: number, listed: ReadonlySet<string>): boolean {
  const code = (places[i] as PlaceMatch).code;
  if (!listed.has(code)) return false;
  for (let j = 0; j < i; j++) if ((places[j] as PlaceMatch).code === code) return false;
  return true;
}

/** Share of the smaller set's words found in the other. */
function overlap(a: Set<string>, b: Set<string>): number {
  const small = a.size <= b.size ? a : b;
  const large = small === a ? b : a;
  if (small.size === 0) return 0;
  let shared = 0;
  for (const w of small) if (large.has(w)) shared++;
  return shared / small.size;
}
