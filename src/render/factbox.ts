/**
 * What an article's fact box shows, chosen from its record: pure, language-free (the templates
 * format figures and dates). A fact box is worth reading when it is short and says what the
 * story's first paragraphs do not: confident items only, each figure once with what it counts,
 * no ranks or bare numbers, speakers with their claims grouped, no key fact the reader has just
 * read.
 */
import { isCleanClaim } from '../index/claims.ts';
import type { Actor, ArticleRecord, Figure, SourceType } from '../record/types.ts';
import { plainText } from './html-text.ts';

export interface FactBoxOptions {
  /** Items below this extraction confidence are left out. Default: 0.5. */
  minConfidence?: number;
  /** Key facts shown at most. Default: 2. */
  maxFacts?: number;
  /** Figures shown at most, those that say what they count first. Default: 5. */
  maxFigures?: number;
  /** People and organisations listed under "who" at most. Default: 6. */
  maxActors?: number;
  /** Speakers under "who said what" at most. Default: 3. */
  maxSpeakers?: number;
  /** Claims per speaker at most. Default: 1. */
  maxClaims?: number;
  /** Paragraphs at the top of the body whose sentences are not repeated as key facts. Default: 2. */
  leadParagraphs?: number;
}

export interface FactBoxSpeaker {
  name: string;
  /** Actor id when the speaker is a listed actor (links to their page). */
  actor: string | null;
  /** Their role in the story, as written ("ministre des Finances"), else null. */
  role: string | null;
  type: SourceType;
  claims: { text: string; quote: boolean }[];
}

export interface FactBox {
  facts: string[];
  actors: Pick<Actor, 'id' | 'name' | 'type' | 'country'>[];
  countries: string[];
  figures: Figure[];
  speakers: FactBoxSpeaker[];
  /** Whether there is anything to show. */
  empty: boolean;
}

const DEFAULTS: Required<FactBoxOptions> = { minConfidence: 0.5, maxFacts: 2, maxFigures: 5, maxActors: 6, maxSpeakers: 3, maxClaims: 1, leadParagraphs: 2 };

/** `html` is the article's sanitised body: its first paragraphs are what the reader reads first. */
export function factBox(record: ArticleRecord, html: string, options: FactBoxOptions = {}): FactBox {
  const o = { ...DEFAULTS, ...options };
  const confident = <T extends { confidence: number }>(item: T): boolean => item.confidence >= o.minConfidence;
  const lead = normalise(leadText(html, o.leadParagraphs));

  const actors = record.actors
    .filter(confident)
    // People first, then by how much the story is about them.
    .sort((a, b) => (a.type === b.type ? 0 : a.type === 'person' ? -1 : 1) || b.mentions - a.mentions)
    .slice(0, o.maxActors)
    .map(({ id, name, type, country }) => ({ id, name, type, country }));

  const figures: Figure[] = [];
  const seen = new Map<string, number>();
  for (const figure of record.figures) {
    if (!confident(figure) || figure.kind === 'rank') continue;
    // A bare number ("27", one side of a score "27-24") says nothing without a unit or what it counts.
    if (!figure.unit && !figure.counts) continue;
    const key = `${figure.value}\u0000${(figure.unit ?? '').toLowerCase()}\u0000${figure.kind}`;
    const at = seen.get(key);
    if (at !== undefined) {
      // The same value again: one line, keeping what it counts from whichever mention says it.
      const kept = figures[at];
      if (kept && !kept.counts && figure.counts) figures[at] = { ...kept, counts: figure.counts };
      continue;
    }
    seen.set(key, figures.length);
    figures.push(figure);
  }

  const byId = new Map(record.actors.map((a) => [a.id, a]));
  const speakers = new Map<string, FactBoxSpeaker>();
  for (const attribution of record.attributions) {
    if (!confident(attribution) || !isCleanClaim(attribution.claim, attribution.source)) continue;
    const key = attribution.actor ?? attribution.source.toLowerCase();
    const actor = attribution.actor ? byId.get(attribution.actor) : undefined;
    // A claim that starts with or holds the speaker's role took in the words around the quote.
    if (actor?.roles.some((role) => role.length > 3 && attribution.claim.includes(role))) continue;
    let speaker = speakers.get(key);
    if (!speaker) {
      speaker = { name: actor?.name ?? attribution.source, actor: actor && confident(actor) ? actor.id : null, role: actor?.roles[0] ?? null, type: attribution.sourceType, claims: [] };
      speakers.set(key, speaker);
    }
    if (speaker.claims.length < o.maxClaims && !speaker.claims.some((c) => c.text === attribution.claim)) speaker.claims.push({ text: attribution.claim, quote: attribution.quote });
  }
  // Named speakers before unnamed sources, each in the order the story quotes them.
  const speakerList = [...speakers.values()].sort((a, b) => Number(a.type === 'unnamed') - Number(b.type === 'unnamed')).slice(0, o.maxSpeakers);

  // Key facts the reader has not just read: not in the first paragraphs, not a claim shown above.
  const claims = speakerList.flatMap((s) => s.claims.map((c) => normalise(c.text)));
  const facts: string[] = [];
  // The first facts that pass, in order: the others are not compared.
  for (const fact of record.facts) {
    if (facts.length >= o.maxFacts) break;
    const plain = normalise(fact.text);
    if (!lead.includes(plain) && !claims.some((claim) => plain.includes(claim))) facts.push(fact.text);
  }

  // Figures that say what they count come first, then the others, each group in reading order.
  const ordered = [...figures.filter((f) => f.counts), ...figures.filter((f) => !f.counts)].slice(0, o.maxFigures);
  const countries = record.countries.map((c) => c.code);
  const shown = { facts, actors, countries, figures: figures.filter((f) => ordered.includes(f)), speakers: speakerList };
  return { ...shown, empty: facts.length + actors.length + countries.length + shown.figures.length + speakerList.length === 0 };
}

/** The text of the first `count` paragraphs of sanitised HTML. */
export function leadText(html: string, count: number): string {
  const paragraphs: string[] = [];
  // The body's first paragraphs only: the rest of it is not searched.
  for (const m of html.matchAll(/<p>([\s\S]*?)<\/p>/g)) {
    if (paragraphs.length >= count) break;
    paragraphs.push(plainText(m[1] ?? ''));
  }
  return paragraphs.join(' ');
}

/** Compares texts without case, punctuation or spacing differences. */
function normalise(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}
