/**
 * Helpers for the tests that check the data files (src/data) and the lexicons: JSON Schema
 * validation, duplicates and contradictions, each reported as one message that names the file
 * and the entry, so that whoever adds an entry in parallel sees at once what to fix.
 */
import { readFileSync } from 'node:fs';
import { Ajv2020, type ErrorObject } from 'ajv/dist/2020.js';
import { expect } from 'vitest';
import { fold } from '../extract/text.ts';

/** A JSON file as the checks see it: its path for messages, and its data. */
export interface DataFile {
  file: string;
  data: unknown;
}

/** One string found in a file, at a path ("classes.advert"). */
export interface Entry {
  value: string;
  file: string;
  path: string;
}

export function readJson(path: string, name = path): DataFile {
  return { file: name, data: JSON.parse(readFileSync(path, 'utf8')) as unknown };
}

// strictRequired off: the lexicon schema requires, at its root, keys its part definition describes.
const ajv = new Ajv2020({ allErrors: true, strict: true, strictRequired: false });
const compiled = new Map<string, ReturnType<typeof ajv.compile>>();

/** Problems of `file` against the schema at `schemaPath` (or one of its definitions, `#/$defs/x`). */
export function schemaProblems(file: DataFile, schemaPath: string, ref = ''): string[] {
  const key = `${schemaPath}${ref}`;
  let validate = compiled.get(key);
  if (!validate) {
    const schema = JSON.parse(readFileSync(schemaPath, 'utf8')) as { $id: string };
    if (!ajv.getSchema(schema.$id)) ajv.addSchema(schema);
    validate = ajv.getSchema(`${schema.$id}${ref}`);
    if (!validate) throw new Error(`${schemaPath}: no schema at "${ref}"`);
    compiled.set(key, validate);
  }
  if (validate(file.data)) return [];
  return (validate.errors ?? []).map((error) => `${file.file}: ${where(error)}: ${what(error)}`);
}

function where(error: ErrorObject): string {
  const path = error.instancePath.split('/').slice(1).join('.');
  return path === '' ? '(top level)' : path;
}

function what(error: ErrorObject): string {
  const params = error.params as Record<string, unknown>;
  if (error.keyword === 'additionalProperties') return `unknown key "${String(params.additionalProperty)}" (a typo, or a new key to describe in the schema)`;
  if (error.keyword === 'enum') return `${error.message ?? 'not allowed'}: ${JSON.stringify(params.allowedValues)}`;
  return error.message ?? error.keyword;
}

/** Every string of every list in `data`, with its path; `skip` leaves out top-level keys. */
export function stringsOf(file: DataFile, skip: ReadonlySet<string> = new Set()): Entry[] {
  const out: Entry[] = [];
  const walk = (value: unknown, path: string): void => {
    if (Array.isArray(value)) {
      if (value.every((v) => typeof v === 'string')) for (const v of value as string[]) out.push({ value: v, file: file.file, path });
      else
        value.forEach((v, i) => {
          walk(v, `${path}[${i}]`);
        });
    } else if (value !== null && typeof value === 'object') {
      for (const [key, v] of Object.entries(value)) if (!(path === '' && skip.has(key))) walk(v, path ? `${path}.${key}` : key);
    }
  };
  walk(file.data, '');
  return out;
}

/** "path: "x" is listed twice (a.json and b.json)" for each string listed twice under one path, in one file or across files. */
export function exactDuplicates(entries: readonly Entry[]): string[] {
  const seen = new Map<string, Entry>();
  const problems: string[] = [];
  for (const entry of entries) {
    const key = `${entry.path}\u0000${entry.value}`;
    const first = seen.get(key);
    if (first) problems.push(`${entry.path}: "${entry.value}" is listed twice (${first.file === entry.file ? `in ${entry.file}` : `${first.file} and ${entry.file}`})`);
    else seen.set(key, entry);
  }
  return problems;
}

/** A name and what it stands for (a country, an id, a class), with where it is written. */
export interface Meaning {
  name: string;
  means: string;
  where: string;
}

/**
 * "<what> "x" means both A (where) and B (where)" for each name that, folded (case, accents,
 * apostrophes), stands for two different things. Spelling variants of one thing are fine.
 */
export function contradictions(meanings: readonly Meaning[], what: string, allowed: (name: string, means: readonly string[]) => boolean = () => false): string[] {
  const byName = new Map<string, Meaning[]>();
  for (const meaning of meanings) {
    const key = fold(meaning.name);
    const list = byName.get(key) ?? [];
    if (!list.some((m) => m.means === meaning.means)) list.push(meaning);
    byName.set(key, list);
  }
  const problems: string[] = [];
  for (const [name, list] of byName) {
    if (
      list.length < 2 ||
      allowed(
        name,
        list.map((m) => m.means),
      )
    )
      continue;
    problems.push(`${what} "${list[0]?.name}" means both ${list.map((m) => `${m.means} (${m.where})`).join(' and ')}`);
  }
  return problems;
}

/** Fails with every problem on its own line, so that a long list reads whole in the test report. */
export function expectNone(problems: readonly string[]): void {
  expect(problems.join('\n')).toBe('');
}
