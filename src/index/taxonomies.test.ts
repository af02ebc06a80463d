import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ArticleRecord } from '../record/types.ts';
import { record } from './fixtures/records.ts';
import { compareByDate } from './summary.ts';
import { ActorProfileIndex, actorProfile, buildTaxonomies, TaxonomyIndex, tagSlug } from './taxonomies.ts';

const TOPIC_IDS = ['politics', 'sport', 'health'];
const CODES = ['FR', 'KE', 'BR', 'JP'];
const ACTORS = [
  ['william-ruto', 'William Ruto', 'Ruto', 'KE'],
  ['un', 'UN', 'ONU', null],
  ['lula', 'Luiz Inácio Lula da Silva', 'Lula', 'BR'],
] as const;

// An article drawn from small pools, so that edits move articles between shared terms.
const arbitraryRecord = (id: string) =>
  fc
    .record({
      day: fc.integer({ min: 1, max: 28 }),
      topics: fc.subarray(TOPIC_IDS),
      countries: fc.subarray(CODES),
      actors: fc.subarray([0, 1, 2]),
      shortNames: fc.boolean(),
      tags: fc.subarray(['Trade', 'trade', 'Choléra', 'ports', '!!!']),
    })
    .map(
      ({ day, topics, countries, actors, shortNames, tags }): ArticleRecord =>
        record(id, {
          tags,
          date: `2026-10-${String(day).padStart(2, '0')}`,
          topics: topics.map((t) => ({ id: t, iptc: 'medtop:00000000', label: t })),
          countries: countries.map((code) => ({ code, name: code, mentions: 1, via: [code] })),
          actors: actors.map((i) => {
            const [actorId, full, short, country] = ACTORS[i]!;
            return { id: actorId, name: shortNames ? short : full, type: 'person' as const, roles: [], country: shortNames ? null : country, aliases: [], mentions: 1, confidence: 0.9 };
          }),
        }),
    );

const ids = ['a', 'b', 'c', 'd', 'e'];
const step = fc.record({ id: fc.constantFrom(...ids), remove: fc.boolean() }).chain(({ id, remove }) => (remove ? fc.constant({ id, record: null }) : arbitraryRecord(id).map((r) => ({ id, record: r as ArticleRecord | null }))));

describe('tags', () => {
  it('gathers free-form tags by slug, labelled by their most used spelling, with no empty slug', () => {
    const records = [record('a', { tags: ['Choléra', 'Amazon Fund'] }), record('b', { tags: ['choléra'] }), record('c', { tags: ['cholera', '¿?'] })];
    const { tags } = buildTaxonomies(records, { language: 'en' });
    expect(tags.map((t) => [t.slug, t.label, t.articles])).toEqual([
      ['cholera', 'Choléra', ['a', 'b', 'c']],
      ['amazon-fund', 'Amazon Fund', ['a']],
    ]);
    expect(tagSlug('Amazon Fund')).toBe('amazon-fund');
    expect(tagSlug('¿?')).toBe('');
  });
});

describe('TaxonomyIndex', () => {
  it('gives what a fresh buildTaxonomies gives after any sequence of edits, additions and removals', () => {
    fc.assert(
      fc.property(fc.array(step, { minLength: 1, maxLength: 25 }), (steps) => {
        const index = new TaxonomyIndex({ language: 'en' });
        const site = new Map<string, ArticleRecord>();
        for (const { id, record: next } of steps) {
          if (next) site.set(id, next);
          else site.delete(id);
          const records = [...site.values()].sort(compareByDate);
          expect(index.update(records)).toEqual(buildTaxonomies(records, { language: 'en' }));
        }
      }),
      { numRuns: 150 },
    );
  });
});

describe('ActorProfileIndex', () => {
  // Articles whose actors speak: statements come in site order, and edits move them.
  const speaking = (id: string) =>
    fc.record({ base: arbitraryRecord(id), speakers: fc.subarray([0, 1, 2]), roles: fc.subarray(['president', 'minister']) }).map(
      ({ base, speakers, roles }): ArticleRecord => ({
        ...base,
        actors: base.actors.map((a) => ({ ...a, roles })),
        attributions: speakers.map((i) => {
          const actorId = ACTORS[i]?.[0] ?? 'un';
          return { source: actorId, sourceType: 'person' as const, actor: actorId, claim: `the plan for ${id} is ready`, quote: false, verb: 'said', sentence: 0, confidence: 0.9 };
        }),
      }),
    );
  const edit = fc.record({ id: fc.constantFrom(...ids), remove: fc.boolean() }).chain(({ id, remove }) => (remove ? fc.constant({ id, record: null }) : speaking(id).map((r) => ({ id, record: r as ArticleRecord | null }))));

  it('gives what counting every article anew gives, after any sequence of edits', () => {
    fc.assert(
      fc.property(fc.array(edit, { minLength: 1, maxLength: 25 }), (steps) => {
        const index = new ActorProfileIndex({ language: 'en' });
        const site = new Map<string, ArticleRecord>();
        for (const { id, record: next } of steps) {
          if (next) site.set(id, next);
          else site.delete(id);
          const records = [...site.values()].sort(compareByDate);
          for (const [actorId] of ACTORS) {
            const own = records.filter((r) => r.actors.some((a) => a.id === actorId));
            expect(index.profile(actorId, own)).toEqual(actorProfile(actorId, own, { language: 'en' }));
          }
        }
      }),
      { numRuns: 150 },
    );
  });
});
