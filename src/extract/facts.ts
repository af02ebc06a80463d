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
  const facts = doc.sentences
    .filter((sentence) => sentence.text.length > 0 && !isAside(doc, sentence.index))
    .map((sentence): Candidate => {
      const s = sentence.index;
      const actorIds = [...(actorsBy.get(s) ?? [])];
      const codes = listedCodes(doc.places[s], listed);
      const figureIndexes = figuresBy.get(s) ?? [];
      const attribution = attributionBy.get(s) ?? -1;
      const words = sentence.tokens.length;
      const leans = doc.lex.pronouns.at(sentence.tokens, 0) !== null || doc.lex.contextStarts.has(sentence.tokens[0]?.f ?? '');
      const score = (s === lede ? 1000 : 0) + (attribution >= 0 ? 3 : 0) + figureIndexes.length * 2 + actorIds.length * 1.5 + codes.length * 0.5 - s * 0.05 - (words < 6 ? 5 : 0) - (leans ? 3 : 0) + (sentence.first ? 0.5 : 0);
      return {
        fact: { text: sentence.text, sentence: s, actors: actorIds, countries: codes, figures: figureIndexes, attribution: attribution >= 0 ? attribution : null },
        score,
        tokens: sentence.tokens,
        words: null,
      };
    });
  const ranked = facts.sort((a, b) => b.score - a.score || a.fact.sentence - b.fact.sentence);
  const strong = ranked.filter((f) => f.score > 1);
  const pool = strong.length >= MIN_FACTS ? strong : ranked;
  const chosen: typeof pool = [];
  for (const f of pool) {
    if (chosen.length >= MAX_FACTS) break;
    if (chosen.some((c) => overlap(wordsOf(c, doc), wordsOf(f, doc)) >= SAME)) continue;
    chosen.push(f);
  }
  chosen.sort((a, b) => a.fact.sentence - b.fact.sentence);
  return chosen.map((f) => f.fact);
}

/** A sentence that may become a fact; its content words are read only if it is compared with a chosen one. */
interface Candidate {
  fact: Fact;
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
  for (const p of places) if (listed.has(p.code) && !codes.includes(p.code)) codes.push(p.code);
  return codes;
}

/** Share of the smaller set's words found in the other. */
function overlap(a: Set<string>, b: Set<string>): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  if (small.size === 0) return 0;
  let shared = 0;
  for (const w of small) if (large.has(w)) shared++;
  return shared / small.size;
}
