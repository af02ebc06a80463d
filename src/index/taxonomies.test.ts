import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ArticleRecord } from '../record/types.ts';
import { ACTORS, arbitraryEdit, arbitraryRecord } from './fixtures/arbitrary.ts';
import { record } from './fixtures/records.ts';
import { compareByDate } from './summary.ts';
import { ActorProfileIndex, actorProfile, buildTaxonomies, TaxonomyIndex, tagSlug } from './taxonomies.ts';

const step = arbitraryEdit();

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
  const edit = arbitraryEdit(speaking);

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
