import { describe, expect, it } from 'vitest';
import { record, ruto, un } from '../index/fixtures/records.ts';
import type { Figure } from '../record/types.ts';
import { factBox } from './factbox.ts';

const figure = (value: number, unit: string | null, counts: string | null, extra: Partial<Figure> = {}): Figure => ({ text: String(value), value, unit, kind: 'count', qualifier: 'exact', sentence: 0, counts, confidence: 0.9, ...extra });
const attribution = (claim: string, extra: Record<string, unknown> = {}) => ({ source: 'William Ruto', sourceType: 'person' as const, actor: 'william-ruto', verb: 'said', claim, quote: true, sentence: 1, confidence: 0.9, ...extra });

describe('factBox', () => {
  it('keeps figures that say something, once each, ranks, bare numbers and unsure ones left out', () => {
    const box = factBox(
      record('x', {
        figures: [
          figure(27, null, null),
          figure(24, null, null), // a score split in two
          figure(58612, null, 'crowd at the stadium'),
          figure(3, null, null, { kind: 'rank' }),
          figure(18, '%', null, { kind: 'percent' }),
          figure(18, '%', 'fall in deforestation', { kind: 'percent' }),
          figure(900, 'people', 'people', { confidence: 0.2 }),
        ],
      }),
      '',
      { minConfidence: 0.5 },
    );
    expect(box.figures.map((f) => [f.value, f.counts])).toEqual([
      [58612, 'crowd at the stadium'],
      [18, 'fall in deforestation'],
    ]);
  });

  it('groups what each speaker said under their name and role, leaving out broken claims', () => {
    const box = factBox(
      record('x', {
        actors: [ruto, un],
        attributions: [
          attribution('The talks will resume next week in Nairobi'),
          attribution('The talks will resume next week in Nairobi'),
          attribution("'s crowd was the largest in years", { actor: null, source: 'Stan Sport' }),
          attribution('in a statement'),
          attribution('President said the talks would resume', { claim: 'President William Ruto said the talks would resume' }),
          attribution('We will not sign this text as it stands', { source: 'UN', actor: 'un', sourceType: 'organization' }),
          attribution('Nothing has been decided about the border yet', { source: 'officials', actor: null, sourceType: 'unnamed' }),
        ],
      }),
      '',
      { maxClaims: 2, maxSpeakers: 5 },
    );
    expect(box.speakers.map((s) => [s.name, s.role, s.actor, s.claims.map((c) => c.text)])).toEqual([
      ['William Ruto', 'President', 'william-ruto', ['The talks will resume next week in Nairobi']],
      ['UN', null, 'un', ['We will not sign this text as it stands']],
      ['officials', null, null, ['Nothing has been decided about the border yet']],
    ]);
  });

  it('leaves out key facts the first paragraphs already say', () => {
    const facts = ['Talks resumed in Geneva on Monday.', 'Both sides agreed to meet again in May.', 'The mediator praised the tone of the talks.'];
    const box = factBox(
      record('x', { facts: facts.map((text, sentence) => ({ text, sentence, actors: [], countries: [], figures: [], attribution: null })) }),
      '<p>Talks resumed in <em>Geneva</em> on Monday.</p><p>Both sides agreed to meet again in May.</p><p>The mediator praised the tone of the talks.</p>',
    );
    expect(box.facts).toEqual(['The mediator praised the tone of the talks.']);
  });

  it('lists confident actors, people first, and is empty when there is nothing to show', () => {
    const box = factBox(record('x', { actors: [un, ruto, { ...ruto, id: 'unsure', name: 'Unsure Name', confidence: 0.1 }] }), '');
    expect(box.actors.map((a) => a.id)).toEqual(['william-ruto', 'un']);
    expect(factBox(record('y'), '').empty).toBe(true);
  });
});
