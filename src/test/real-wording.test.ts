import { existsSync, readdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { filesUnder, RUN_LENGTH, runsOf, sharedRuns, textsOfFile, wordsOf } from './real-wording.ts';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const shared = resolve(root, '..', 'shared');
const realSets = existsSync(shared) ? readdirSync(shared).filter((name) => /^realnews/.test(name) && existsSync(join(shared, name, 'articles'))) : [];
if (realSets.length === 0) console.warn(`real-wording.test: no ../shared/realnews*/articles beside this checkout; the scan of the repository is skipped`);

describe('runs of words shared with another text', () => {
  it('reads words in lower case with their apostrophes, without punctuation or markup', () => {
    expect(wordsOf('« L’équipe a gagné », a-t-il dit à <b>Radio-Nord</b>.')).toEqual(["l'équipe", 'a', 'gagné', 'a', 't', 'il', 'dit', 'à', 'b', 'radio', 'nord', 'b']);
  });

  it(`finds a run of ${RUN_LENGTH} words in common, and none shorter`, () => {
    const known = runsOf(['The harbour master said the ferry would sail again on Friday morning.']);
    expect(sharedRuns('Yesterday the harbour master said the ferry was late.', known)).toEqual(['the harbour master said the ferry']);
    expect(sharedRuns('Yesterday the harbour master said the boat was late.', known)).toEqual([]);
  });

  it('reads a JSON file’s strings one by one, so that two entries of a list make no phrase', () => {
    const dir = join(root, 'src/test/fixtures/real-wording');
    expect(textsOfFile(join(dir, 'list.json'))).toEqual(['en rueda de prensa', 'en directo desde', 'con el apoyo de', 'la misma tarde']);
  });
});

describe.skipIf(realSets.length === 0)('the repository’s own text and the real evaluation sets (../shared/realnews*)', () => {
  it(`shares no run of ${RUN_LENGTH} words with a real article: rules, tests, fixtures and docs use invented sentences`, () => {
    const real = runsOf(realSets.flatMap((set) => filesUnder(shared, join(set, 'articles'), () => true).flatMap((path) => textsOfFile(join(shared, path)))));
    // World data (src/data/: real institutions, places and names) is welcome as data; the derived
    // word classes are a dictionary. Everything else written here is checked.
    const ours = [
      ...filesUnder(root, 'src', (name) => /\.(ts|js|json|md|txt|liquid|html)$/.test(name)).filter((path) => !path.startsWith(join('src', 'data'))),
      ...filesUnder(root, 'templates', () => true),
      ...filesUnder(root, 'articles', () => true),
      ...filesUnder(root, 'scripts', (name) => /\.(ts|mjs|js)$/.test(name)),
      ...filesUnder(root, 'docs', () => true),
      'README.md',
    ];
    expect(ours.length).toBeGreaterThan(100);
    const found = ours.flatMap((path) => textsOfFile(join(root, path)).flatMap((text) => sharedRuns(text, real).map((run) => `${path}: ${run}`)));
    expect(found).toEqual([]);
  });
});
