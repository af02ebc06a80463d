import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fold } from '../extract/text.ts';
import { contradictions, type DataFile, exactDuplicates, expectNone, type Meaning, readJson, schemaProblems, stringsOf } from '../test/data-checks.ts';

const dir = import.meta.dirname;
const dataFiles = readdirSync(dir)
  .filter((f) => f.endsWith('.json') && !f.endsWith('.schema.json'))
  .sort();
const load = (name: string): DataFile => readJson(join(dir, name), `src/data/${name}`);
const LANGUAGES = ['fr', 'en'];

interface CountryNames {
  [lang: string]: { names?: Record<string, string[]>; demonyms?: Record<string, string[]> };
}
interface Places {
  places: Record<string, Record<string, string[]>>;
  sharedPlaces: { names: Record<string, string[]> };
}
interface Named {
  id: string;
  names?: string[];
  [lang: string]: string[] | string | undefined;
}

describe('data files (src/data)', () => {
  it('each has a JSON schema beside it, and follows it', () => {
    const problems = dataFiles.flatMap((name) => {
      const schema = join(dir, name.replace(/\.json$/, '.schema.json'));
      if (!readdirSync(dir).includes(name.replace(/\.json$/, '.schema.json'))) return [`src/data/${name}: no schema ${name.replace(/\.json$/, '.schema.json')} beside it`];
      return schemaProblems(load(name), schema);
    });
    expectNone(problems);
  });

  it('lists no name twice in one list', () => {
    const problems = dataFiles.flatMap((name) => exactDuplicates(stringsOf(load(name))).map((p) => `src/data/${name}: ${p}`));
    expectNone(problems);
  });

  it('maps no country name, demonym or place to two countries', () => {
    const names = load('country-names.json').data as CountryNames;
    const places = load('places.json').data as Places;
    // Names several countries share on purpose, resolved by the article's other countries.
    const shared = new Set(Object.keys(places.sharedPlaces.names).map((n) => fold(n)));
    const problems = LANGUAGES.flatMap((lang) => {
      const meanings: Meaning[] = [];
      for (const kind of ['names', 'demonyms'] as const) {
        for (const [code, list] of Object.entries(names[lang]?.[kind] ?? {})) for (const name of list) meanings.push({ name, means: code, where: `country-names.json ${lang}.${kind}.${code}` });
      }
      for (const [code, byLang] of Object.entries(places.places)) {
        for (const name of [...(byLang[lang] ?? []), ...(byLang['*'] ?? [])]) meanings.push({ name, means: code, where: `places.json places.${code}` });
      }
      return contradictions(meanings, `${lang} name`, (name) => shared.has(name));
    });
    expectNone(problems);
  });

  it('lists each organisation and person once, and no name under two of them', () => {
    const problems: string[] = [];
    for (const [file, key] of [
      ['organizations.json', 'organizations'],
      ['people.json', 'people'],
    ] as const) {
      const entries = (load(file).data as Record<string, Named[]>)[key] ?? [];
      const ids = new Set<string>();
      for (const entry of entries) {
        if (ids.has(entry.id)) problems.push(`src/data/${file}: id "${entry.id}" is listed twice`);
        ids.add(entry.id);
      }
      for (const lang of LANGUAGES) {
        const meanings = entries.flatMap((entry) =>
          Object.entries(entry)
            .filter(([k, v]) => Array.isArray(v) && (k === lang || k === '*' || k === 'names'))
            .flatMap(([, v]) => (v as string[]).map((name) => ({ name, means: entry.id, where: `src/data/${file}` }))),
        );
        problems.push(...contradictions(meanings, `${lang} name`));
      }
    }
    expectNone(problems);
  });

  it('maps no currency name to two codes', () => {
    const currencies = load('currencies.json').data as Record<string, Record<string, string[]> | string>;
    const problems = LANGUAGES.flatMap((lang) => {
      const byCode = currencies[lang];
      if (typeof byCode !== 'object') return [`src/data/currencies.json: no "${lang}" names`];
      return contradictions(
        Object.entries(byCode).flatMap(([code, list]) => list.map((name) => ({ name, means: code, where: `src/data/currencies.json ${lang}.${code}` }))),
        `${lang} currency name`,
      );
    });
    expectNone(problems);
  });

  it('gives every topic its own id and IPTC code', () => {
    const topics = load('topics.json').data as Array<{ id: string; iptc: string }>;
    const problems = contradictions([...topics.map((t) => ({ name: t.id, means: t.iptc, where: 'id' })), ...topics.map((t) => ({ name: t.iptc, means: t.id, where: 'iptc' }))], 'src/data/topics.json:');
    expectNone(problems);
  });
});

describe('given names', () => {
  it('take the genders and kept names of given-name-corrections.json (the derivation was run after the last correction)', () => {
    const names = load('given-names.json').data as { female: string[]; male: string[]; either: string[] };
    const corrections = load('given-name-corrections.json').data as { male: string[]; female?: string[]; keep?: string[] };
    const all = new Set([...names.female, ...names.male, ...names.either]);
    const male = new Set(names.male);
    const female = new Set(names.female);
    expectNone([
      ...corrections.male.filter((n) => !male.has(n)).map((n) => `${n} is not male`),
      ...(corrections.female ?? []).filter((n) => !female.has(n)).map((n) => `${n} is not female`),
      ...(corrections.keep ?? []).filter((n) => !all.has(n)).map((n) => `${n} is not kept`),
    ]);
  });
});

describe('the checks themselves', () => {
  it('name the file and both meanings of a contradiction, and the file of a duplicate', () => {
    expect(
      contradictions(
        [
          { name: 'Kivu', means: 'CD', where: 'a.json' },
          { name: 'kivu', means: 'RW', where: 'b.json' },
        ],
        'fr name',
      ),
    ).toEqual(['fr name "Kivu" means both CD (a.json) and RW (b.json)']);
    expectNone(
      contradictions(
        [
          { name: 'Bogotá', means: 'CO', where: 'a.json' },
          { name: 'Bogota', means: 'CO', where: 'a.json' },
        ],
        'fr name',
      ),
    );
    expect(
      exactDuplicates([
        { value: 'x', file: 'a.json', path: 'p' },
        { value: 'x', file: 'b.json', path: 'p' },
      ]),
    ).toEqual(['p: "x" is listed twice (a.json and b.json)']);
  });

  it('report an unknown key with its path', () => {
    const problems = schemaProblems({ file: 'people.json', data: { about: '', people: [{ id: 'a-b', country: 'KE', names: ['A B'], nmaes: [] }] } }, join(dir, 'people.schema.json'));
    expect(problems).toEqual(['people.json: people.0: unknown key "nmaes" (a typo, or a new key to describe in the schema)']);
  });
});
