/**
 * The design rule of the extraction: every word of a language lives in its lexicon, and the code
 * in src/extract/*.ts is language-neutral. This test collects the words of every lexicon (length
 * three or more) and fails when one appears inside a string, template or regular-expression
 * literal of the extraction code, outside lexicon loading (src/extract/lexicon/).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LANGUAGES, lexicon, mergeLexicon } from './lexicon/index.ts';
import { SPAN_LABELS } from './spans.ts';
import { foldWord } from './text.ts';

const dir = import.meta.dirname;

// Lexicon keys whose own keys are words of the language ("numbers": {"deux": 2}); every other key is a name of the schema or of a rule ("classes": {"government-word": …}).
const WORD_MAPS = new Set(['numbers', 'multipliers', 'approxNumbers', 'fractions', 'ordinals', 'decades', 'timesWords', 'multiplyVerbs', 'currencies', 'durations', 'pointUnits']);

/** Every string in a lexicon value (descriptions aside), keys of word maps included. */
function strings(value: unknown, key = '', out: string[] = []): string[] {
  if (typeof value === 'string') out.push(value);
  else if (Array.isArray(value)) for (const v of value) strings(v, key, out);
  else if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) {
      if (k === 'about' || k === 'id') continue;
      // A word map's values are numbers or record codes ("EUR", "years"), not words.
      if (WORD_MAPS.has(key)) out.push(k);
      else strings(v, k, out);
    }
  }
  return out;
}

/** The folded words of three letters or more of one language's lexicon, main file and parts merged. */
function lexiconWords(lang: string): Set<string> {
  const main = JSON.parse(readFileSync(join(dir, 'lexicon', `${lang}.json`), 'utf8')) as object;
  const parts = readdirSync(join(dir, 'lexicon', lang))
    .filter((f) => f.endsWith('.json'))
    .map((f) => JSON.parse(readFileSync(join(dir, 'lexicon', lang, f), 'utf8')) as object);
  const merged = mergeLexicon(main, ...parts) as unknown as Record<string, unknown>;
  const words = new Set<string>();
  for (const [key, value] of Object.entries(merged)) {
    // Pattern specs name labels and set options ("is": "c:role", "op": "+"): only their word lists count.
    const data = key === 'patterns' ? patternWords(value) : value;
    // The lexicon's own settings (its language codes, the world-countries key) are no words.
    if (['lang', 'franc', 'gazetteer', 'headFinal', 'speechAfterComma', 'bareParticipleEvents'].includes(key)) continue;
    for (const text of strings(data, key)) for (const word of text.match(/\p{L}+/gu) ?? []) if (word.length >= 3) words.add(foldWord(word));
  }
  return words;
}

/** The words token patterns match on ("lower", "text"): the rest of a pattern is its syntax. */
function patternWords(value: unknown): string[] {
  const out: string[] = [];
  const walk = (v: unknown): void => {
    if (Array.isArray(v)) for (const x of v) walk(x);
    else if (v && typeof v === 'object') {
      for (const [k, x] of Object.entries(v)) {
        if (k === 'lower' || k === 'text') out.push(...[x].flat().filter((w): w is string => typeof w === 'string'));
        else walk(x);
      }
    }
  };
  walk(value);
  return out;
}

/**
 * The literals of a TypeScript source: quoted strings, template text and regular expressions,
 * with their line numbers. Comments are skipped. A light scanner, not a parser: enough for the
 * code style of this repository (no regex literal after a closing bracket).
 */
function literals(source: string): Array<{ text: string; line: number }> {
  const out: Array<{ text: string; line: number }> = [];
  let i = 0;
  let line = 1;
  let last = '';
  // The code inside a template's \${…} is code, not text.
  const push = (from: number, to: number): void => {
    out.push({ text: source.slice(from, to).replace(/\$\{[^}]*\}/g, ' '), line });
  };
  while (i < source.length) {
    const c = source[i] as string;
    if (c === '\n') {
      line++;
      i++;
      continue;
    }
    if (c === '/' && source[i + 1] === '/') {
      while (i < source.length && source[i] !== '\n') i++;
      continue;
    }
    if (c === '/' && source[i + 1] === '*') {
      const end = source.indexOf('*/', i + 2);
      const stop = end < 0 ? source.length : end + 2;
      line += (source.slice(i, stop).match(/\n/g) ?? []).length;
      i = stop;
      continue;
    }
    if (c === "'" || c === '"' || c === '`' || (c === '/' && /[(,=:[!&|?{};]|^$|return$/.test(last))) {
      const start = i + 1;
      let j = start;
      let inClass = false;
      while (j < source.length) {
        const d = source[j];
        if (d === '\\') {
          j += 2;
          continue;
        }
        if (c === '/' && d === '[') inClass = true;
        else if (c === '/' && d === ']') inClass = false;
        else if (d === c && !inClass) break;
        else if (d === '\n' && c !== '`') break;
        j++;
      }
      const before = source.slice(Math.max(0, i - 8), i);
      // Module paths ("./text.ts") name files, not words of a language.
      if (!/(?:from|import\(?)\s*$/.test(before)) push(start, j);
      line += (source.slice(start, j).match(/\n/g) ?? []).length;
      i = j + 1;
      last = 'x';
      continue;
    }
    if (!/\s/.test(c)) last = /\w/.test(c) ? (/\w/.test(last.slice(-1)) ? last + c : c) : c;
    i++;
  }
  return out;
}

/** Values of the ArticleRecord contract (src/record/types.ts) that read as English words: figure units and kinds, source types. */
const ALLOWED = new Set(['percentage', 'points', 'person', 'organization', 'government', 'media', 'unnamed', 'approximate', 'exact', 'count', 'money', 'percent', 'quantity', 'duration', 'ratio', 'rank', 'score', 'date']);

/**
 * The names code and lexicon share: class, word-list and rule-set names ("change-verb"), label
 * names ("c:role", "month"), pattern kinds ("byline") and the lexicon's own keys. They are
 * identifiers, even when they read as English words.
 */
function sharedNames(): Set<string> {
  const names = new Set<string>();
  const addName = (name: string): void => {
    for (const part of name.split(/[^\p{L}]+|(?=\p{Lu})/u)) if (part) names.add(foldWord(part));
  };
  for (const lang of LANGUAGES) {
    const lex = lexicon(lang);
    for (const [label] of [...lex.annotation.words, ...lex.annotation.phrases]) addName(label);
    for (const name of Object.keys(lex)) addName(name);
  }
  for (const label of SPAN_LABELS) addName(label);
  for (const file of readdirSync(join(dir, 'lexicon')).filter((f) => /^[a-z]{2}$/.test(f))) {
    for (const part of readdirSync(join(dir, 'lexicon', file))) {
      const data = JSON.parse(readFileSync(join(dir, 'lexicon', file, part), 'utf8')) as Record<string, unknown>;
      for (const key of Object.keys(data)) addName(key);
      for (const key of ['classes', 'wordLists', 'patterns']) for (const name of Object.keys((data[key] as object | undefined) ?? {})) addName(name);
      for (const list of Object.values((data.patterns as Record<string, Array<{ kind?: string }>> | undefined) ?? {})) for (const p of list) if (p.kind) addName(p.kind);
    }
  }
  return names;
}

/**
 * The code's own vocabulary: identifiers of src/**.ts outside literals and comments, split at
 * capitals ("sourceType" → source, type). A literal that repeats an identifier ("named",
 * "trailing") is a name in the code, such as a member of a string union, not a word of a language.
 */
function codeVocabulary(root: string): Set<string> {
  const words = new Set<string>();
  const walk = (folder: string): void => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      const path = join(folder, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.name.endsWith('.ts') && !entry.name.endsWith('.test.ts')) {
        let code = readFileSync(path, 'utf8');
        for (const { text } of literals(code)) code = code.replace(text, ' ');
        code = code.replace(/\/\/.*$/gm, ' ').replace(/\/\*[\s\S]*?\*\//g, ' ');
        for (const id of code.match(/[A-Za-z_$][\w$]*/g) ?? []) for (const part of id.split(/(?=[A-Z])|_/)) if (part.length >= 3) words.add(foldWord(part));
      }
    }
  };
  walk(root);
  return words;
}

describe('the extraction code', () => {
  const files = readdirSync(dir).filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts') && f !== 'testing.ts');
  const words = new Map<string, string[]>();
  for (const lang of LANGUAGES) for (const w of lexiconWords(lang)) words.set(w, [...(words.get(w) ?? []), lang]);
  const shared = sharedNames();
  const vocabulary = codeVocabulary(join(dir, '..'));

  /** "file:line: word" for every lexicon word in a literal of `source`. */
  const languageWords = (source: string, file: string): string[] =>
    literals(source).flatMap(({ text, line }) =>
      // A regex character class ("[sxz]") lists letters, not a word; capitals only ("USD", "GMT") are codes.
      (text.replace(/\[[^\]]*\]/g, ' ').match(/\p{L}+/gu) ?? [])
        .filter((word) => {
          const f = foldWord(word);
          return word.length >= 3 && !/^\p{Lu}+$/u.test(word) && !ALLOWED.has(f) && !shared.has(f) && !vocabulary.has(f) && words.has(f);
        })
        .map((word) => `src/extract/${file}:${line}: "${word}" (a word of the ${words.get(foldWord(word))?.join(', ')} lexicon) in «${text.slice(0, 60)}»`),
    );

  it('holds no word of any lexicon in a string or regex literal of src/extract/*.ts (lexicon loading aside)', () => {
    expect(files.flatMap((file) => languageWords(readFileSync(join(dir, file), 'utf8'), file)).join('\n')).toBe('');
  });

  it('would catch a French, English or Spanish word put in code: « selon », "she", « según »', () => {
    const found = languageWords("const a = /(?:^|-)(?:elle|she)$/u;\nif (w === 'selon' || w === 'según') return;", 'x.ts');
    expect(found.map((p) => p.split(': ')[1])).toEqual([
      '"elle" (a word of the fr lexicon) in «(?:^|-)(?:elle|she)$»',
      '"she" (a word of the en lexicon) in «(?:^|-)(?:elle|she)$»',
      '"selon" (a word of the fr lexicon) in «selon»',
      '"según" (a word of the es lexicon) in «según»',
    ]);
  });

  it('finds a lexicon word hidden in a string or a regex literal (the scanner works)', () => {
    const placeholder = ['$', '{y}'].join('');
    const found = literals(`const a = 'selon'; // 'said'\nconst b = /\\b(?:according|to)\\b/u; const c = \`x ${placeholder} dijo\`;`);
    expect(found.map((l) => l.text)).toEqual(['selon', '\\b(?:according|to)\\b', 'x   dijo']);
  });
});
