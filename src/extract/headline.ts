/**
 * The headline: frontmatter title, else a title found in the text, else one made from the lede:
 * its main clause (the reporting clause and a leading title such as "Le dirigeant nord-coréen"
 * dropped), cut at a clause boundary or a word, never mid-word, at most 110 characters.
 */
import type { Attribution, HeadlineSource } from '../record/types.ts';
import type { ActorsResult } from './actors.ts';
import { isAside, type Doc } from './doc.ts';
import { capitaliseFirst, squash } from './text.ts';

const MAX = 110;
const MIN_CLAUSE = 40;

export interface HeadlineInput {
  metaTitle: string | null;
  textTitle: string | null;
  /** Names that must never appear in a generated headline (the publisher). */
  forbidden: string[];
  fallback: string;
}

export function makeHeadline(doc: Doc, actors: ActorsResult, attributions: Attribution[], input: HeadlineInput): { headline: string; headlineSource: HeadlineSource } {
  if (input.metaTitle) return { headline: clip(squash(input.metaTitle), 160), headlineSource: 'frontmatter' };
  if (input.textTitle) return { headline: clip(squash(input.textTitle), 160), headlineSource: 'text' };
  const lede = doc.sentences.find((s) => !isAside(doc, s.index)) ?? doc.sentences[0];
  const at = lede?.index ?? 0;
  let text = '';
  if (lede) {
    text = lede.text;
    const attribution = attributions.find((a) => a.sentence === at);
    if (attribution && text.startsWith(attribution.claim.slice(0, 20))) text = attribution.claim;
    // Start at the actor when the lede opens with its title: "Le dirigeant nord-coréen Kim…".
    const person = actors.mentions.find((m) => m.sentence === at && m.type === 'person' && m.roleRange && m.roleRange[1] <= m.start);
    if (person && person.roleRange && person.roleRange[0] <= 1) {
      const start = lede.tokens[person.start]?.start;
      if (start !== undefined) text = text.slice(Math.max(0, start - lede.start));
    }
  }
  for (const name of input.forbidden) if (name && text.includes(name)) text = text.split(name)[0] ?? '';
  const names = actors.mentions.filter((m) => m.sentence === at).map((m) => m.name);
  text = capitaliseFirst(shorten(squash(text).replace(/[\s.,;:!?…]+$/u, ''), doc, names));
  return { headline: text || clip(input.fallback, 160) || 'Article', headlineSource: 'generated' };
}

function shorten(text: string, doc?: Doc, names: string[] = []): string {
  if (text.length <= MAX) return text;
  if (doc) {
    const smart = shortenAtBoundary(text, doc, names);
    if (smart) return smart;
  }
  const head = text.slice(0, MAX + 1);
  const clause = Math.max(head.lastIndexOf(', '), head.lastIndexOf('; '), head.lastIndexOf(' – '), head.lastIndexOf(' — '));
  if (clause >= MIN_CLAUSE) return balance(text.slice(0, clause));
  return balance(clip(text, MAX));
}

// Words a headline never ends on (besides the lexicon's stopwords), and words that open a
// clause or a complement a headline may drop: "… observers | from the …", "… heures | dans …".
const WEAK_END = new Set(['of', 'the', 'a', 'an', 'from', 'to', 'for', 'in', 'on', 'at', 'by', 'with', 'and', 'or', 'but', 'its', 'their', 'his', 'her', 'de', 'la', 'le', 'les', 'l', 'du', 'des', 'd', 'à', 'au', 'aux', 'en', 'et', 'ou', 'un', 'une', 'sur', 'par', 'pour', 'dans', 'avec', 'son', 'sa', 'ses', 'leur', 'leurs', 'que', 'qui', 'than', 'that', 'who', 'which', 'more', 'plus', 'some', 'about', 'around', 'environ', 'quelque', 'près']);
const OPENERS = new Set(['to', 'from', 'after', 'before', 'while', 'as', 'when', 'since', 'amid', 'despite', 'which', 'who', 'in', 'at', 'during', 'with', 'for', 'pour', 'de', 'du', 'des', 'après', 'avant', 'alors', 'lors', 'depuis', 'dans', 'avec', 'afin', 'qui', 'malgré', 'à', 'au', 'aux', 'en', 'sur']);
const NUMBER_WORD = /^(?:\d[\d.,]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|hundred|thousand|million|billion|dozens?|un|une|deux|trois|quatre|cinq|sept|huit|neuf|dix|onze|douze|vingt|trente|quarante|cinquante|cent|mille|millions?|milliards?|dizaines?|centaines?|milliers?)$/iu;

/** Drop "(ASEAN)" acronyms and time adverbs ("on Friday", "jeudi", "mardi soir") from a long lede. */
function trimAsides(text: string, doc: Doc): string {
  const days = [...doc.lex.days].join('|');
  let out = text.replace(/\s*\((?:\p{Lu}[\p{L}\d&-]{1,11})\)/gu, '');
  if (days) {
    out = out
      .replace(new RegExp(`,?\\s+(?:on\\s+|last\\s+|this\\s+)?(?:${days})(?:\\s+(?:dernier|prochain|soir|matin|après-midi|morning|evening|night|afternoon))?(?=[\\s,.;:]|$)(,(?=\\s))?`, 'giu'), (m, comma: string | undefined) => (m.startsWith(',') && !comma ? ',' : m.startsWith(',') ? '' : ''))
      .replace(/\s+,/gu, ',');
  }
  return out.replace(/\s{2,}/gu, ' ').trim();
}

/**
 * Cut a long lede at the last boundary within MAX that leaves a whole phrase: a clause or
 * complement boundary ("," or before "to", "from", "after", "pour", "dans", …) when one falls
 * after MIN_CLAUSE, else any word boundary; never inside a name, never after a function word or
 * a bare number, never inside parentheses or quotes.
 */
function shortenAtBoundary(original: string, doc: Doc, names: string[]): string | null {
  const text = trimAsides(original, doc);
  if (text.length <= MAX) return text;
  const spans: Array<[number, number]> = [];
  for (const name of names) {
    if (!name.includes(' ')) continue;
    for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) spans.push([at, at + name.length]);
  }
  const words = [...text.matchAll(/\S+/gu)];
  let clauseCut = -1;
  let wordCut = -1;
  for (let w = 1; w < words.length; w++) {
    const next = words[w] as RegExpMatchArray;
    const prev = words[w - 1] as RegExpMatchArray;
    const cut = (prev.index ?? 0) + prev[0].length;
    if (cut > MAX) break;
    const end = text.slice(0, cut).replace(/[,;:–—-]+$/u, '');
    if (!validEnd(end, text, cut, spans, doc)) continue;
    const nextWord = next[0].toLowerCase().replace(/[’']$/u, '');
    const after = (words[w + 1]?.[0] ?? '').toLowerCase();
    const punct = /[,;:]$/u.test(prev[0]) || next[0] === '–' || next[0] === '—';
    // "to allow" opens a purpose clause; "to a four-month high" does not.
    const opener = OPENERS.has(nextWord) || /^(?:d|l)[’']/u.test(next[0].toLowerCase()) ? !(nextWord === 'to' && (/^(?:a|an|the|\d)/u.test(after) || /^\p{Lu}/u.test(words[w + 1]?.[0] ?? ''))) : false;
    if ((punct || opener) && cut >= MIN_CLAUSE) clauseCut = end.length;
    wordCut = end.length;
  }
  const at = clauseCut > 0 ? clauseCut : wordCut;
  return at >= MIN_CLAUSE / 2 ? balance(text.slice(0, at).trim()) : null;
}

function validEnd(end: string, text: string, cut: number, spans: Array<[number, number]>, doc: Doc): boolean {
  const last = /([\p{L}\p{N}’'.%-]+)\P{L}*$/u.exec(end)?.[1] ?? '';
  const folded = last.toLowerCase().replace(/[’']$/u, '');
  if (!last || WEAK_END.has(folded) || doc.lex.stopwords.has(folded) || NUMBER_WORD.test(last)) return false;
  if (/[’']$/u.test(last)) return false;
  if (spans.some(([a, b]) => a < cut && cut < b)) return false;
  // Inside a capitalised name: "Association of Southeast Asian | Nations".
  const rest = text.slice(cut).trimStart();
  if (/^\p{Lu}/u.test(last) && /^(?:\p{Lu}|(?:of|de|du|des|la|for|and)\s+\p{Lu})/u.test(rest)) return false;
  const open = (s: string, a: RegExp, b: RegExp): number => (s.match(a) ?? []).length - (s.match(b) ?? []).length;
  if (open(end, /\(/gu, /\)/gu) > 0 || open(end, /“/gu, /”/gu) > 0 || (end.match(/"/gu) ?? []).length % 2 === 1) return false;
  return true;
}

/** Cut at the last word boundary within `max`, dropping trailing short function words. */
function clip(text: string, max: number): string {
  if (text.length <= max) return text;
  let cut = text.slice(0, max + 1);
  const space = cut.lastIndexOf(' ');
  cut = space > 0 ? cut.slice(0, space) : text.slice(0, max);
  return cut.replace(/(?:\s+\S{1,3})+$/u, (m) => (m.length < cut.length / 3 ? '' : m)).replace(/[\s,;:–—-]+$/u, '');
}

// An opening « without its » reads badly: close it.
function balance(text: string): string {
  const open = (text.match(/«/g) ?? []).length - (text.match(/»/g) ?? []).length;
  return open > 0 ? `${text} »` : text;
}
