import { describe, expect, it } from 'vitest';
import { type Annotations, annotate } from './annotate.ts';
import { analyse } from './index.ts';
import { lexicon } from './lexicon/index.ts';
import { PatternSet, type PatternSource } from './match.ts';
import { inputOf } from './testing.ts';
import { tokenize } from './tokens.ts';

const en = lexicon('en');
const fr = lexicon('fr');
const annotated = (text: string, lex = en): Annotations => annotate(tokenize(text, lex.tokenizeOptions), lex);
const words = (ann: Annotations, start: number, end: number): string =>
  ann.tokens
    .slice(start, end)
    .map((t) => t.text)
    .join(' ');

describe('annotate', () => {
  it('marks lexicon classes on each token', () => {
    const ann = annotated('The minister said on Monday that three ships had left.');
    expect(ann.has(1, 'role')).toBe(true);
    expect(ann.has(2, 'finite')).toBe(true);
    expect(ann.has(4, 'day')).toBe(true);
    expect(ann.has(6, 'number-word')).toBe(true);
    expect(ann.has(6, 'role')).toBe(false);
  });

  it('keeps a multi-word phrase as one span', () => {
    const ann = annotated('Selon le ministère, les écoles rouvriront.', fr);
    expect(ann.spanAt(0, 'according-to')).toMatchObject({ start: 0, end: 1 });
    const qualified = annotated('Il y a plus de trois mille blessés.', fr);
    const q = qualified.tokens.findIndex((t) => t.f === 'plus');
    expect(qualified.spanAt(q, 'qualifier')?.end).toBe(q + 2);
    expect(qualified.has(q + 1, 'qualifier')).toBe(true);
  });

  it('adds places and known bodies found by the gazetteer and the entity list', () => {
    const doc = analyse(inputOf('The UN said aid reached Nairobi on Friday.'));
    const ann = doc.annotations[0] as Annotations;
    const at = (word: string): number => ann.tokens.findIndex((t) => t.text === word);
    expect(ann.has(at('UN'), 'known-org')).toBe(true);
    expect(ann.has(at('Nairobi'), 'place')).toBe(true);
    expect(ann.has(at('Nairobi'), 'city')).toBe(true);
  });
});

describe('token patterns', () => {
  const ministry: PatternSource = {
    id: 'ministry-of',
    tokens: [{ lower: ['ministry', 'department'] }, { lower: 'of' }, { lower: 'the', op: '?' }, { cap: true, op: '+', as: 'domain' }],
  };

  it('matches optional and repeated tokens and names the parts', () => {
    const set = new PatternSet([ministry]);
    const ann = annotated('Officials at the ministry of Foreign Affairs declined to comment.');
    const [match] = set.find(ann);
    expect(match && words(ann, match.start, match.end)).toBe('ministry of Foreign Affairs');
    expect(match && words(ann, ...match.groups.domain!)).toBe('Foreign Affairs');
  });

  it('gives back repetitions when a later spec needs the token', () => {
    const set = new PatternSet([{ id: 'caps-then-said', tokens: [{ cap: true, op: '+' }, { cap: true, as: 'last' }, { lower: 'said' }] }]);
    const ann = annotated('Yesterday Maria Fernanda Lopez said no.');
    const match = set.at(ann, 1);
    expect(match && words(ann, ...match.groups.last!)).toBe('Lopez');
  });

  it('matches labels, negations and spans', () => {
    const set = new PatternSet([
      {
        id: 'role-name',
        tokens: [
          { span: 'role', as: 'role' },
          { cap: true, not: ['month', 'day'], op: '+', as: 'name' },
        ],
      },
      { id: 'not-a-verb', tokens: [{ lower: 'the' }, { is: 'finite', op: '!' }, { lower: 'report' }] },
    ]);
    const ann = annotated('The defence minister Ana Ruiz spoke before the annual report on Monday.');
    const role = set.find(ann).find((m) => m.pattern.id === 'role-name');
    expect(role && words(ann, ...role.groups.name!)).toBe('Ana Ruiz');
    expect(set.find(ann).some((m) => m.pattern.id === 'not-a-verb')).toBe(true);
    expect(set.find(annotated('Tuesday said the minister Friday.')).some((m) => m.pattern.id === 'role-name')).toBe(false);
  });

  it('prefers the longest match at a position, and the first listed on a tie', () => {
    const set = new PatternSet([
      { id: 'short', tokens: [{ lower: 'supreme' }, { lower: 'court' }] },
      { id: 'long', tokens: [{ lower: 'supreme' }, { lower: 'court' }, { lower: 'of' }, { cap: true }] },
      { id: 'same', tokens: [{ lower: 'supreme' }, { lower: 'court' }] },
    ]);
    expect(set.at(annotated('the Supreme Court of Kenya ruled'), 1)?.pattern.id).toBe('long');
    expect(set.at(annotated('the Supreme Court ruled'), 1)?.pattern.id).toBe('short');
  });

  it('finds the match that ends at a token', () => {
    const set = new PatternSet([{ id: 'told', tokens: [{ lower: ['told', 'informed'] }, { cap: true, op: '+' }] }]);
    const ann = annotated('She told Radio Nord about it.');
    expect(set.endingAt(ann, 4)?.start).toBe(1);
    expect(set.endingAt(ann, 3)).toBeNull(); // the match at 1 runs on to 4
    expect(set.endingAt(ann, 5)).toBeNull();
  });

  it('finds a match closing the tokens with any spec that can take the last one', () => {
    const atEnd = (set: PatternSet, ann: Annotations): number | undefined => set.endingAt(ann, ann.tokens.length)?.start;
    // The last token goes to the last required spec or to an optional one after it; a pattern
    // tried anywhere (its first spec is optional) and one tried at its first word.
    const anywhere = new PatternSet([{ id: 'credit', tokens: [{ cap: true, op: '?' }, { text: '(' }, { cap: true, op: '+', max: 3 }, { text: ')', op: '?' }] }]);
    const indexed = new PatternSet([{ id: 'byline', tokens: [{ lower: 'by' }, { cap: true, op: '+', max: 3 }, { text: '.', op: '?' }] }]);
    expect(atEnd(anywhere, annotated('Boats at dawn ( Jane Doe )'))).toBe(3);
    expect(atEnd(anywhere, annotated('Boats at dawn ( Jane Doe'))).toBe(3);
    expect(atEnd(anywhere, annotated('Boats at dawn ( Jane Doe ) today'))).toBeUndefined();
    expect(anywhere.endingAt(annotated('Boats at dawn ( Jane Doe ) today'), 7)?.start).toBe(3);
    expect(anywhere.endingAt(annotated('Boats at dawn ( Jane Doe ) today'), 6)).toBeNull(); // the match at 3 takes ")"
    expect(atEnd(indexed, annotated('Story by Jane Doe'))).toBe(1);
    expect(atEnd(indexed, annotated('Story by Jane Doe .'))).toBe(1);
    expect(atEnd(indexed, annotated('Story by Jane Doe today'))).toBeUndefined();
    // A negated spec takes a token that fails its test.
    const via = new PatternSet([{ id: 'via', tokens: [{ kind: 'word', op: '?' }, { lower: 'via' }, { kind: 'word', op: '!' }] }]);
    expect(atEnd(via, annotated('It came in via .'))).toBe(2);
    // A span's last token is not where the span starts.
    const place = new PatternSet([{ id: 'to-place', tokens: [{ lower: 'to', op: '?' }, { span: 'place' }] }]);
    const ferry = annotated('The ferry headed to Port Salvo');
    ferry.add('place', 4, 6);
    expect(atEnd(place, ferry)).toBe(3);
  });

  it('before the end of the tokens, a longer match at a start hides one ending there', () => {
    // (Tried anywhere, not at a first word: each pattern is weighed on its own.)
    const set = new PatternSet([
      { id: 'court-ruled', tokens: [{ lower: 'the', op: '?' }, { lower: 'supreme' }, { lower: 'court' }, { lower: 'ruled' }] },
      { id: 'court', tokens: [{ lower: 'the', op: '?' }, { lower: 'supreme' }, { lower: 'court' }] },
    ]);
    expect(set.endingAt(annotated('The Supreme Court ruled today'), 3)).toBeNull();
    expect(set.endingAt(annotated('Ask the Supreme Court'), 4)?.pattern.id).toBe('court');
    expect(set.endingAt(annotated('Ask the Supreme Court'), 4)?.start).toBe(1);
  });

  it('tries a pattern anywhere in a sentence that holds its anchors, and sees labels added later', () => {
    // Neither pattern is indexed by its first word: both are tried where the sentence holds what they need.
    const set = new PatternSet([
      { id: 'caps-fc', tokens: [{ cap: true, op: '+', max: 2 }, { text: ['FC'] }] },
      { id: 'caps-person', tokens: [{ cap: true, op: '?' }, { is: 'person', as: 'who' }, { lower: 'spoke' }] },
    ]);
    const club = annotated('Fans of Lakeside FC sang.');
    expect(set.find(club).map((m) => words(club, m.start, m.end))).toEqual(['Lakeside FC']);
    expect(set.find(annotated('Fans of Lakeside sang.'))).toEqual([]);
    const ann = annotated('Then Ada Quill spoke.');
    expect(set.find(ann)).toEqual([]);
    ann.add('person', 2);
    expect(set.find(ann).map((m) => words(ann, ...m.groups.who!))).toEqual(['Quill']);
  });

  it('tries a pattern that needs a mark only where a token of it stands, a quotation pair included', () => {
    // Tried anywhere (the first spec is optional): the mark is what the sentence must hold.
    const set = new PatternSet([{ id: 'quoted-name', tokens: [{ lower: 'dubbed', op: '?' }, { text: '“' }, { cap: true, op: '+', max: 3 }] }]);
    const found = (ann: Annotations): string[] => set.find(ann).map((m) => words(ann, m.start, m.end));
    expect(found(annotated('The ship, dubbed “Blue Heron”, sailed.'))).toEqual(['dubbed “ Blue Heron']);
    // Two single quotes are one token written “ but folded as a straight double quotation mark.
    expect(found(annotated("The ship, dubbed ''Blue Heron'', sailed."))).toEqual(['dubbed “ Blue Heron']);
    expect(found(annotated('The ship, dubbed Blue Heron, sailed.'))).toEqual([]);
  });

  it('finds a pattern indexed by its first word once a label it needs is added to the sentence', () => {
    const set = new PatternSet([{ id: 'the-person', tokens: [{ lower: 'the' }, { cap: true, op: '?' }, { is: 'person', as: 'who' }] }]);
    const ann = annotated('Later the Ada Quill spoke.');
    expect(set.find(ann)).toEqual([]);
    ann.add('person', 3);
    expect(set.find(ann).map((m) => words(ann, ...m.groups.who!))).toEqual(['Quill']);
    expect(set.at(ann, 1)?.end).toBe(4);
  });

  it('finds every pattern of a set needing more things than it has bits for', () => {
    // Forty patterns, each needing a word of its own and a mark: seventy-one things in all.
    const sources: PatternSource[] = Array.from({ length: 40 }, (_, i) => ({ id: `p${i}`, tokens: [{ cap: true, op: '?' }, { lower: `w${i}x` }, { text: i % 2 === 0 ? '/' : '|' }, { kind: 'number' }] }));
    const set = new PatternSet(sources);
    for (const i of [0, 17, 39]) {
      const ann = annotated(`Then Ada w${i}x ${i % 2 === 0 ? '/' : '|'} 12 left.`);
      expect(set.find(ann).map((m) => m.pattern.id)).toEqual([`p${i}`]);
      expect(set.find(annotated(`Then Ada w${i}x 12 left.`))).toEqual([]);
    }
  });

  it('refuses a malformed pattern with its place', () => {
    expect(() => new PatternSet([{ id: 'bad', tokens: [{ re: '(' }] }], 'en.json patterns.test')).toThrow(/en\.json patterns\.test bad token 1/);
    expect(() => new PatternSet([{ id: 'empty', tokens: [] }])).toThrow(/at least one token/);
  });
});

describe('lexicon parts', () => {
  it('merge key by key, append lists and refuse a value given twice', async () => {
    const { mergeLexicon } = await import('./lexicon/index.ts');
    const merged = mergeLexicon({ lang: 'xx', roles: ['mayor'], patterns: { a: [{ id: 'one', tokens: [{ lower: 'x' }] }] } }, { roles: ['judge'], patterns: { b: [] } }) as unknown as Record<string, unknown>;
    expect(merged.roles).toEqual(['mayor', 'judge']);
    expect(Object.keys(merged.patterns as object)).toEqual(['a', 'b']);
    expect(() => mergeLexicon({ lang: 'xx', headFinal: true }, { headFinal: false })).toThrow(/"headFinal" is given twice/);
  });
});
