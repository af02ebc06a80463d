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

// At most this many topics; each must reach this share of the best one's score and a floor.
const MAX_TOPICS = 3;
const RELATIVE = 0.25;
const MIN_SCORE = 3;

// Word → topic ids it cues, per language, filled as words are met (shared across articles).
const wordCache = new Map<Lexicon, Map<string, string[]>>();

function cuesOf(word: string, lex: Lexicon): string[] {
  let cache = wordCache.get(lex);
  if (!cache) {
    cache = new Map();
    wordCache.set(lex, cache);
  }
  let ids = cache.get(word);
  if (ids) return ids;
  ids = [];
  for (const topic of lex.topics) {
    for (const cue of topic.cues) {
      if (cue.includes(' ')) continue;
      if (word === cue || word === `${cue}s` || word === `${cue}x` || (cue.length >= 6 && word.startsWith(cue))) {
        ids.push(topic.id);
        break;
      }
    }
  }
  if (cache.size > 100_000) cache.clear();
  cache.set(word, ids);
  return ids;
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
  for (const sentence of doc.sentences) {
    // The lede says what the article is about: its words count double.
    const weight = sentence.index === 0 ? 2 : 1;
    for (const token of sentence.tokens) {
      if (token.kind !== 'word' || token.f.length < 2) continue;
      for (const id of cuesOf(token.f, doc.lex)) bump(id, weight);
    }
  }
  const body = doc.sentences.map((s) => s.tokens.map((t) => t.f).join(' ')).join(' ');
  for (const topic of doc.lex.topics) {
    for (const cue of topic.cues) {
      if (!cue.includes(' ')) continue;
      let at = body.indexOf(cue);
      while (at >= 0) {
        bump(topic.id, 1);
        at = body.indexOf(cue, at + cue.length);
      }
    }
  }
  const ranked = [...scores.entries()].filter(([id]) => TOPICS.some((t) => t.id === id)).sort((a, b) => b[1] - a[1]);
  const best = ranked[0]?.[1] ?? 0;
  return ranked
    .filter(([, score]) => score >= MIN_SCORE && score >= best * RELATIVE)
    .slice(0, MAX_TOPICS)
    .map(([id]) => toTopic(id))
    .filter((t): t is Topic => t !== null);
}
