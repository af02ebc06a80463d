/**
 * Runs of words that the project's own text shares with the real evaluation sets
 * (../shared/realnews*). Rules, tests and fixtures get invented example sentences: a run of
 * several words in common with a real article says a sentence was copied or paraphrased too
 * closely, and the sets would then no longer measure how extraction does on unseen news.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { extname, join, relative } from 'node:path';

/** How many words in a row make a copied phrase: five still hits stock phrases of news ("a déclaré à l'AFP que le"). */
export const RUN_LENGTH = 6;

const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}\p{N}]+)*/gu;

/** The words of a text, lower case, apostrophes straightened; punctuation and markup drop out. */
export function wordsOf(text: string): string[] {
  return text.toLowerCase().replace(/’/g, "'").match(WORD) ?? [];
}

/** Every run of `length` words of each text, joined by spaces. */
export function runsOf(texts: Iterable<string>, length = RUN_LENGTH): Set<string> {
  const runs = new Set<string>();
  for (const text of texts) {
    const words = wordsOf(text);
    for (let i = 0; i + length <= words.length; i++) runs.add(words.slice(i, i + length).join(' '));
  }
  return runs;
}

/** The runs of `text` found in `known`, each once, in the order they come. */
export function sharedRuns(text: string, known: ReadonlySet<string>, length = RUN_LENGTH): string[] {
  const found: string[] = [];
  const words = wordsOf(text);
  for (let i = 0; i + length <= words.length; i++) {
    const run = words.slice(i, i + length).join(' ');
    if (known.has(run) && !found.includes(run)) found.push(run);
  }
  return found;
}

/**
 * The texts of a file to compare: a JSON file's string values one by one (a word list's entries
 * are not one sentence: "en rueda de prensa" then "en directo" make no phrase), any other file whole.
 */
export function textsOfFile(path: string): string[] {
  const content = readFileSync(path, 'utf8');
  if (extname(path) !== '.json') return [content];
  const out: string[] = [];
  const collect = (value: unknown): void => {
    if (typeof value === 'string') out.push(value);
    else if (Array.isArray(value)) for (const item of value) collect(item);
    else if (value && typeof value === 'object') for (const item of Object.values(value)) collect(item);
  };
  collect(JSON.parse(content) as unknown);
  return out;
}

/** Files under `dir` (recursively) whose name passes `keep`, as paths relative to `root`. */
export function filesUnder(root: string, dir: string, keep: (name: string) => boolean): string[] {
  const out: string[] = [];
  const walk = (path: string): void => {
    let names: string[];
    try {
      names = readdirSync(path);
    } catch {
      return;
    }
    for (const name of names) {
      const child = join(path, name);
      if (statSync(child).isDirectory()) walk(child);
      else if (keep(name)) out.push(relative(root, child));
    }
  };
  walk(join(root, dir));
  return out.sort();
}
