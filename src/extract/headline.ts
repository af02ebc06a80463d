/**
 * The headline: frontmatter title, else a title found in the text, else one made from the lede:
 * its main clause (the reporting clause and a leading title such as "Le dirigeant nord-coréen"
 * dropped), cut at a clause boundary or a word, never mid-word, at most 110 characters.
 */
import type { Attribution, HeadlineSource } from '../record/types.ts';
import type { ActorsResult } from './actors.ts';
import type { Doc } from './doc.ts';
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
  const lede = doc.sentences[0];
  let text = '';
  if (lede) {
    text = lede.text;
    const attribution = attributions.find((a) => a.sentence === 0);
    if (attribution && text.startsWith(attribution.claim.slice(0, 20))) text = attribution.claim;
    // Start at the actor when the lede opens with its title: "Le dirigeant nord-coréen Kim…".
    const person = actors.mentions.find((m) => m.sentence === 0 && m.type === 'person' && m.roleRange && m.roleRange[1] <= m.start);
    if (person && person.roleRange && person.roleRange[0] <= 1) {
      const start = lede.tokens[person.start]?.start;
      if (start !== undefined) text = text.slice(Math.max(0, start - lede.start));
    }
  }
  for (const name of input.forbidden) if (name && text.includes(name)) text = text.split(name)[0] ?? '';
  text = capitaliseFirst(shorten(squash(text).replace(/[\s.,;:!?…]+$/u, '')));
  return { headline: text || clip(input.fallback, 160) || 'Article', headlineSource: 'generated' };
}

function shorten(text: string): string {
  if (text.length <= MAX) return text;
  const head = text.slice(0, MAX + 1);
  const clause = Math.max(head.lastIndexOf(', '), head.lastIndexOf('; '), head.lastIndexOf(' – '), head.lastIndexOf(' — '));
  if (clause >= MIN_CLAUSE) return balance(text.slice(0, clause));
  return balance(clip(text, MAX));
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
