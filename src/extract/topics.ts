/**
 * IPTC Media Topics (top level) from per-language cue lexicons: frontmatter topics win; else
 * the topics whose cues are most frequent, most relevant first. A cue of six letters or more
 * matches as a prefix ("guerre" → "guerres"); a shorter one only as a word or its plural, so
 * that "arme" does not match "armoire" nor "front" "frontières".
 */
import { findTopic, TOPICS, topicLabel } from '../data/topics.ts';
import type { Topic } from '../record/types.ts';
import type { Doc } from './doc.ts';
import { TOPIC_WEIGHTS, type Lexicon } from './lexicon/index.ts';
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
const wordCache = new Map<Lexicon, Map<string, Array<[string, number, string]>>>();

function cuesOf(word: string, lex: Lexicon): Array<[string, number, string]> {
  let cache = wordCache.get(lex);
  if (!cache) {
    cache = new Map();
    wordCache.set(lex, cache);
  }
  let ids = cache.get(word);
  if (ids) return ids;
  ids = [];
  let exact = false;
  for (const topic of lex.topics) {
    for (const { cue, weight } of topic.cues) {
      if (cue.includes(' ')) continue;
      const whole = word === cue || word === `${cue}s` || word === `${cue}x`;
      if (whole || (cue.length >= 5 && !lex.topicExact.has(cue) && word.startsWith(cue))) {
        ids.push([topic.id, weight, whole ? cue : `${cue}*`]);
        exact ||= whole;
        break;
      }
    }
  }
  // A word that is a cue itself ("striker") is not also a longer word of a shorter cue ("strike").
  if (exact && ids.length > 1) ids = ids.filter(([, , cue]) => !cue.endsWith('*'));
  ids = ids.map(([id, weight, cue]) => [id, weight, cue.endsWith('*') ? cue.slice(0, -1) : cue]);
  if (cache.size > 100_000) cache.clear();
  cache.set(word, ids);
  return ids;
}

type PhraseCue = { words: string[]; id: string; weight: number; cue: string };
const phraseCache = new Map<Lexicon, Map<string, PhraseCue[]>>();

function phraseCues(lex: Lexicon): Map<string, PhraseCue[]> {
  let map = phraseCache.get(lex);
  if (map) return map;
  map = new Map();
  for (const topic of lex.topics) {
    for (const { cue, weight } of topic.cues) {
      if (!cue.includes(' ')) continue;
      // Split like the tokenizer: "chiffre d'affaires" → chiffre, d', affaires.
      const words = cue.split(' ').flatMap((w) => (/^[a-z]+'./u.test(w) ? [w.slice(0, w.indexOf("'") + 1), w.slice(w.indexOf("'") + 1)] : [w]));
      const first = words[0] ?? '';
      map.set(first, [...(map.get(first) ?? []), { words, id: topic.id, weight, cue }]);
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
  // What each (topic, cue) pair added, for the context rules below.
  const byCue = new Map<string, number>();
  const words = new Set<string>();
  const bump = (id: string, by: number, cue: string): void => {
    scores.set(id, (scores.get(id) ?? 0) + by);
    if (contextCues(doc.lex).has(cue)) byCue.set(`${id}\u0000${cue}`, (byCue.get(`${id}\u0000${cue}`) ?? 0) + by);
  };
  const weighted: Array<{ tokens: readonly Token[]; weight: number }> = [
    { tokens: doc.titleTokens, weight: TITLE_WEIGHT },
    ...doc.sentences.map((s) => ({ tokens: s.tokens, weight: s.index === 0 ? LEDE_WEIGHT : 1 })),
  ];
  // Cues of several words ("coupe du monde", "interest rate"), found from their first word; a weak
  // one (a setting: "saison des pluies") does not count its words again alone for its topic.
  const covered = new Map<Token, string>();
  const phrases = phraseCues(doc.lex);
  for (const { tokens, weight: where } of weighted) {
    for (let i = 0; i < tokens.length; i++) {
      const list = phrases.get((tokens[i] as Token).f);
      if (!list) continue;
      for (const { words: phrase, id, weight, cue } of list) {
        if (phrase.every((w, j) => tokens[i + j]?.f === w || (j === phrase.length - 1 && tokens[i + j]?.f.startsWith(w)))) {
          bump(id, where * weight, cue);
          for (let j = 0; j < phrase.length; j++) if (weight === TOPIC_WEIGHTS.weak) covered.set(tokens[i + j] as Token, id);
        }
      }
    }
  }
  for (const { tokens, weight } of weighted) {
    for (const token of tokens) {
      if (token.kind !== 'word' || token.f.length < 2) continue;
      words.add(token.f);
      const phraseTopic = covered.get(token);
      for (const [id, cueWeight, cue] of cuesOf(token.f, doc.lex)) if (id !== phraseTopic) bump(id, weight * cueWeight, cue);
    }
  }
  applyContext(doc.lex, scores, byCue, words);
  const ranked = [...scores.entries()].filter(([id]) => TOPICS.some((t) => t.id === id)).sort((a, b) => b[1] - a[1]);
  const best = ranked[0]?.[1] ?? 0;
  return ranked
    .filter(([, score], rank) => score >= MIN_SCORE && score >= best * (rank >= 2 ? THIRD_RELATIVE : RELATIVE))
    .slice(0, MAX_TOPICS)
    .map(([id]) => toTopic(id))
    .filter((t): t is Topic => t !== null);
}

const contextCache = new Map<Lexicon, Set<string>>();

/** Cues that some context rule may move: only these are tracked one by one. */
function contextCues(lex: Lexicon): Set<string> {
  let set = contextCache.get(lex);
  if (!set) {
    set = new Set(lex.topicContext.flatMap((r) => r.cues));
    contextCache.set(lex, set);
  }
  return set;
}

/** A context word is in the article: as a word, its plural, or (from five letters) a prefix. */
function hasWord(words: ReadonlySet<string>, w: string): boolean {
  if (words.has(w) || words.has(`${w}s`)) return true;
  if (w.length < 5) return false;
  for (const x of words) if (x.startsWith(w)) return true;
  return false;
}

/**
 * Ambiguous cues read in context (lexicon `topicContext`): "trial" beside "patients" is a
 * clinical trial (health, not crime), "contract" beside "transfer" is sport, not labour. What
 * the cue added moves from its topic to the rule's topic (or is dropped).
 */
function applyContext(lex: Lexicon, scores: Map<string, number>, byCue: ReadonlyMap<string, number>, words: ReadonlySet<string>): void {
  if (byCue.size === 0) return;
  for (const rule of lex.topicContext) {
    let moved = 0;
    for (const cue of rule.cues) moved += byCue.get(`${rule.from}\u0000${cue}`) ?? 0;
    if (moved === 0 || !rule.when.some((w) => hasWord(words, w))) continue;
    scores.set(rule.from, (scores.get(rule.from) ?? 0) - moved);
    if (rule.to) scores.set(rule.to, (scores.get(rule.to) ?? 0) + moved);
  }
}
