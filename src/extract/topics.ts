/**
 * IPTC Media Topics (top level) from per-language cue lexicons: frontmatter topics win; else
 * the topics whose cues are most frequent, most relevant first. A cue of six letters or more
 * matches as a prefix ("guerre" → "guerres"); a shorter one only as a word or its plural, so
 * that "arme" does not match "armoire" nor "front" "frontières".
 */
import { findTopic, TOPICS, topicLabel } from '../data/topics.ts';
import type { Topic } from '../record/types.ts';
import type { Doc } from './doc.ts';
import type { Lexicon } from './lexicon/index.ts';
import type { Token } from './tokens.ts';

// At most this many topics; each must reach this share of the best one's score and a floor.
const MAX_TOPICS = 3;
const RELATIVE = 0.2;
const MIN_SCORE = 6;
// A third topic must come close to the best one.
const THIRD_RELATIVE = 0.75;
// The title and the lede say what the article is about: their cues count this many times.
const TITLE_WEIGHT = 3;
const LEDE_WEIGHT = 2;

// Word → topics it cues with their weight, per language, filled as words are met (shared
// across articles).
const wordCache = new Map<Lexicon, Map<string, Array<[string, number]>>>();

function cuesOf(word: string, lex: Lexicon): Array<[string, number]> {
  let cache = wordCache.get(lex);
  if (!cache) {
    cache = new Map();
    wordCache.set(lex, cache);
  }
  let ids = cache.get(word);
  if (ids) return ids;
  ids = [];
  for (const topic of lex.topics) {
    for (const { cue, weight } of topic.cues) {
      if (cue.includes(' ')) continue;
      if (word === cue || word === `${cue}s` || word === `${cue}x` || (cue.length >= 5 && word.startsWith(cue))) {
        ids.push([topic.id, weight]);
        break;
      }
    }
  }
  if (cache.size > 100_000) cache.clear();
  cache.set(word, ids);
  return ids;
}

const phraseCache = new Map<Lexicon, Map<string, Array<{ words: string[]; id: string; weight: number }>>>();

function phraseCues(lex: Lexicon): Map<string, Array<{ words: string[]; id: string; weight: number }>> {
  let map = phraseCache.get(lex);
  if (map) return map;
  map = new Map();
  for (const topic of lex.topics) {
    for (const { cue, weight } of topic.cues) {
      if (!cue.includes(' ')) continue;
      // Split like the tokenizer: "chiffre d'affaires" → chiffre, d', affaires.
      const words = cue.split(' ').flatMap((w) => (/^[a-z]+'./u.test(w) ? [w.slice(0, w.indexOf("'") + 1), w.slice(w.indexOf("'") + 1)] : [w]));
      const first = words[0] ?? '';
      map.set(first, [...(map.get(first) ?? []), { words, id: topic.id, weight }]);
    }
  }
  phraseCache.set(lex, map);
  return map;
}

export function extractTopics(doc: Doc, declared: readonly string[] | null): Topic[] {
  const toTopic = (id: string): Topic | null => {
    const def = findTopic(id);
    return def ? { id: def.id, iptc: def.iptc, label: topicLabel(def, doc.lang) } : null;
  };
  if (declared && declared.length > 0) return declared.map(toTopic).filter((t): t is Topic => t !== null);
  const scores = new Map<string, number>();
  const bump = (id: string, by: number): void => {
    scores.set(id, (scores.get(id) ?? 0) + by);
  };
  const weighted: Array<{ tokens: readonly Token[]; weight: number }> = [
    { tokens: doc.titleTokens, weight: TITLE_WEIGHT },
    ...doc.sentences.map((s) => ({ tokens: s.tokens, weight: s.index === 0 ? LEDE_WEIGHT : 1 })),
  ];
  for (const { tokens, weight } of weighted) {
    for (const token of tokens) {
      if (token.kind !== 'word' || token.f.length < 2) continue;
      for (const [id, cueWeight] of cuesOf(token.f, doc.lex)) bump(id, weight * cueWeight);
    }
  }
  // Cues of several words ("coupe du monde", "interest rate"), found from their first word.
  const phrases = phraseCues(doc.lex);
  for (const { tokens, weight: where } of weighted) {
    for (let i = 0; i < tokens.length; i++) {
      const list = phrases.get((tokens[i] as Token).f);
      if (!list) continue;
      for (const { words, id, weight } of list) {
        if (words.every((w, j) => tokens[i + j]?.f === w || (j === words.length - 1 && tokens[i + j]?.f.startsWith(w)))) bump(id, where * weight);
      }
    }
  }
  const ranked = [...scores.entries()].filter(([id]) => TOPICS.some((t) => t.id === id)).sort((a, b) => b[1] - a[1]);
  const best = ranked[0]?.[1] ?? 0;
  return ranked
    .filter(([, score], rank) => score >= MIN_SCORE && score >= best * (rank >= 2 ? THIRD_RELATIVE : RELATIVE))
    .slice(0, MAX_TOPICS)
    .map(([id]) => toTopic(id))
    .filter((t): t is Topic => t !== null);
}
