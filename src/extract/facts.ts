/**
 * Headline facts: the lede first, then the sentences that carry the most (attributed claims,
 * figures, named actors, countries), in that order of weight; 3 to 6 of them, each linked to
 * its actors, countries, figures and attribution.
 */
import type { Attribution, CountryMention, Fact, Figure } from '../record/types.ts';
import type { ActorsResult } from './actors.ts';
import type { Doc } from './doc.ts';

const MAX_FACTS = 6;
const MIN_FACTS = 3;

export function extractFacts(doc: Doc, actors: ActorsResult, countries: CountryMention[], figures: Figure[], attributions: Attribution[]): Fact[] {
  const listed = new Set(countries.map((c) => c.code));
  // Per-sentence indexes, so that long articles stay linear.
  const actorsBy = new Map<number, Set<string>>();
  for (const m of actors.mentions) {
    const id = actors.actors[m.actor]?.id;
    if (id) actorsBy.set(m.sentence, (actorsBy.get(m.sentence) ?? new Set()).add(id));
  }
  const figuresBy = new Map<number, number[]>();
  figures.forEach((f, i) => figuresBy.set(f.sentence, [...(figuresBy.get(f.sentence) ?? []), i]));
  const attributionBy = new Map<number, number>();
  attributions.forEach((a, i) => {
    if (!attributionBy.has(a.sentence)) attributionBy.set(a.sentence, i);
  });
  const facts = doc.sentences.map((sentence): { fact: Fact; score: number } => {
    const s = sentence.index;
    const actorIds = [...(actorsBy.get(s) ?? [])];
    const codes = [...new Set((doc.places[s] ?? []).map((p) => p.code).filter((c) => listed.has(c)))];
    const figureIndexes = figuresBy.get(s) ?? [];
    const attribution = attributionBy.get(s) ?? -1;
    const words = sentence.tokens.length;
    const score =
      (s === 0 ? 1000 : 0) + (attribution >= 0 ? 3 : 0) + figureIndexes.length * 2 + actorIds.length * 1.5 + codes.length * 0.5 - s * 0.05 - (words < 6 ? 5 : 0) + (sentence.first ? 0.5 : 0);
    return {
      fact: { text: sentence.text, sentence: s, actors: actorIds, countries: codes, figures: figureIndexes, attribution: attribution >= 0 ? attribution : null },
      score,
    };
  });
  const ranked = facts.filter((f) => f.fact.text.length > 0).sort((a, b) => b.score - a.score || a.fact.sentence - b.fact.sentence);
  const strong = ranked.filter((f) => f.score > 1);
  const chosen = (strong.length >= MIN_FACTS ? strong : ranked).slice(0, MAX_FACTS);
  return chosen.map((f) => f.fact);
}
