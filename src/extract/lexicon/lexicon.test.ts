import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { contradictions, type DataFile, type Entry, exactDuplicates, expectNone, type Meaning, readJson, schemaProblems, stringsOf } from '../../test/data-checks.ts';
import { PatternSet, type PatternSource, type TokenSpec } from '../match.ts';
import { SPAN_LABELS } from '../spans.ts';
import { fold } from '../text.ts';
import { LANGUAGES, lexicon, mergeLexicon } from './index.ts';

const dir = import.meta.dirname;
const schema = join(dir, 'lexicon.schema.json');

/** A language's lexicon files: the main file first, then its parts. */
function filesOf(lang: string): DataFile[] {
  const parts = readdirSync(join(dir, lang))
    .filter((f) => f.endsWith('.json'))
    .sort();
  return [readJson(join(dir, `${lang}.json`), `${lang}.json`), ...parts.map((f) => readJson(join(dir, lang, f), `${lang}/${f}`))];
}

/** Entries (value, file) at a path of every file of a language: a list's strings, or an object's keys. */
function entriesAt(files: readonly DataFile[], path: string): Entry[] {
  return files.flatMap((file) => {
    let value: unknown = file.data;
    for (const key of path.split('.')) value = value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>)[key] : undefined;
    const words = Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : value !== null && typeof value === 'object' ? Object.keys(value) : [];
    return words.map((w) => ({ value: w, file: file.file, path }));
  });
}

/** Classes of one group that no word may share ("month" and "day"), as paths into the lexicon. */
const EXCLUSIVE: Record<string, string[]> = {
  'calendar words': ['months', 'days', 'seasons'],
  'qualifier phrases': ['qualifiers.approximate', 'qualifiers.more-than', 'qualifiers.less-than', 'qualifiers.up-to', 'qualifiers.at-least'],
  'source nouns': ['sourceNouns.media', 'sourceNouns.government', 'sourceNouns.unnamed', 'sourceNouns.organization', 'sourceNouns.person'],
  'byline words': ['classes.byline-lead', 'classes.credit-other'],
  'page lines': ['classes.advert', 'classes.related', 'classes.page-prompt'],
};

/** Words in two classes of one exclusive group, with the files they come from. */
function exclusiveProblems(files: readonly DataFile[], lang: string): string[] {
  return Object.entries(EXCLUSIVE).flatMap(([group, paths]) => {
    const meanings: Meaning[] = paths.flatMap((path) => entriesAt(files, path).map((e) => ({ name: e.value, means: path, where: e.file })));
    return contradictions(meanings, `${lang} ${group}:`);
  });
}

/** Topic cues under two topics that no `topicShared` entry or context rule accounts for. */
function topicCueProblems(files: readonly DataFile[], lang: string, rules: ReadonlyArray<{ from: string; cues: readonly string[] }>): string[] {
  const topics = [...new Set(files.flatMap((file) => Object.keys((file.data as { topics?: object }).topics ?? {})))];
  const meanings = topics.flatMap((topic) => ['event', 'strong', 'weak'].flatMap((tier) => entriesAt(files, `topics.${topic}.${tier}`).map((e) => ({ name: e.value, means: topic, where: `${e.file} ${tier}` }))));
  const shared = new Set(entriesAt(files, 'topicShared').map((e) => fold(e.value)));
  return contradictions(meanings, `${lang} topic cue`, (cue, owners) => shared.has(cue) || rules.some((r) => owners.includes(r.from) && r.cues.includes(cue)));
}

// Labels that code puts on tokens besides the lexicon's classes: numbers (annotate.ts), places and known entities (spans.ts).
const CODE_LABELS = new Set(['number', ...SPAN_LABELS]);

describe.each(LANGUAGES)('the %s lexicon', (lang) => {
  const files = filesOf(lang);

  it('follows the lexicon schema: the main file whole, each part as a part, and all merged', () => {
    const problems = files.flatMap((file, i) => schemaProblems(file, schema, i === 0 ? '' : '#/$defs/part'));
    const merged = mergeLexicon(files[0]?.data as object, ...files.slice(1).map((f) => f.data as object));
    problems.push(...schemaProblems({ file: `${lang} merged`, data: merged }, schema));
    expectNone(problems);
  });

  it('lists no word twice in one list, in one file or across its parts', () => {
    const entries = files.flatMap((file) => stringsOf(file, new Set(['patterns'])));
    expectNone(exactDuplicates(entries).map((p) => `${lang}: ${p}`));
  });

  it('puts no word in two classes that exclude each other', () => {
    expectNone(exclusiveProblems(files, lang));
  });

  it('lists a topic cue under two topics only on purpose (topicShared) or with a context rule that moves it', () => {
    expectNone(topicCueProblems(files, lang, lexicon(lang).topicContext));
  });

  it('names in each context rule only cues of the topic it moves them from', () => {
    const cues = new Map(lexicon(lang).topics.map((t) => [t.id, new Set(t.cues.map((c) => c.cue))]));
    const problems = lexicon(lang).topicContext.flatMap((rule) => rule.cues.filter((cue) => !cues.get(rule.from)?.has(cue)).map((cue) => `${lang} topicContext: "${cue}" is no cue of ${rule.from}`));
    expectNone(problems);
  });

  it('names as a setting only words that are topic cues', () => {
    const cues = new Set(lexicon(lang).topics.flatMap((t) => t.cues.map((c) => c.cue)));
    expectNone([...lexicon(lang).topicSettings].filter((cue) => !cues.has(cue)).map((cue) => `${lang} topicSettings: "${cue}" is no topic cue`));
  });

  it('maps no currency word to two codes', () => {
    const meanings = files.flatMap((file) => {
      const currencies = (file.data as { units?: { currencies?: Record<string, string> } }).units?.currencies ?? {};
      return Object.entries(currencies).map(([name, code]) => ({ name, means: code, where: file.file }));
    });
    expectNone(contradictions(meanings, `${lang} currency word`));
  });

  it('has token patterns that compile, with ids unique in their rule set and only labels that exist', () => {
    const known = new Set([...CODE_LABELS, ...lexicon(lang).annotation.words.map(([label]) => label), ...lexicon(lang).annotation.phrases.map(([label]) => label)]);
    const problems: string[] = [];
    for (const file of files) {
      const patterns = (file.data as { patterns?: Record<string, PatternSource[]> }).patterns ?? {};
      for (const [set, list] of Object.entries(patterns)) {
        try {
          new PatternSet(list, `${file.file} patterns.${set}`);
        } catch (error) {
          problems.push((error as Error).message);
        }
        const ids = new Set<string>();
        for (const pattern of list) {
          if (ids.has(pattern.id)) problems.push(`${file.file}: patterns.${set}: id "${pattern.id}" is used twice`);
          ids.add(pattern.id);
          for (const spec of pattern.tokens as TokenSpec[]) {
            for (const label of [spec.is, spec.not, spec.span].flat()) {
              if (label !== undefined && !known.has(label)) problems.push(`${file.file}: patterns.${set} ${pattern.id}: no label "${label}" (a class "c:…" of this lexicon, or one of ${[...CODE_LABELS].join(', ')})`);
            }
          }
        }
      }
    }
    expectNone(problems);
  });
});

describe('the lexicon checks', () => {
  const part = (file: string, data: object): DataFile => ({ file, data });
  it('name both files of a word put in two exclusive classes', () => {
    const files = [part('xx.json', { months: ['mai'] }), part('xx/furniture.json', { days: ['Mai'] })];
    expect(exclusiveProblems(files, 'xx')).toEqual(['xx calendar words: "mai" means both months (xx.json) and days (xx/furniture.json)']);
  });

  it('refuse a cue under two topics unless it is shared on purpose or moved by a context rule', () => {
    const files = [part('xx.json', { topics: { health: { strong: ['trial'], weak: [] } } }), part('xx/topics.json', { topics: { 'crime-law-and-justice': { strong: ['trial'], weak: [] } } })];
    expect(topicCueProblems(files, 'xx', [])).toEqual(['xx topic cue "trial" means both health (xx.json strong) and crime-law-and-justice (xx/topics.json strong)']);
    expect(topicCueProblems(files, 'xx', [{ from: 'crime-law-and-justice', cues: ['trial'] }])).toEqual([]);
    expect(topicCueProblems([...files, part('xx/other.json', { topicShared: ['trial'] })], 'xx', [])).toEqual([]);
  });

  it('refuse a part with an unknown key, naming the file', () => {
    expect(schemaProblems(part('xx/figures.json', { montsh: ['mai'] }), schema, '#/$defs/part')).toEqual(['xx/figures.json: (top level): unknown key "montsh" (a typo, or a new key to describe in the schema)']);
  });
});
