/**
 * Known organisations and people (src/data/organizations.json, people.json) as phrase tables per
 * language, built once. Their ids are language-neutral: "ONU" and "UN" are one actor, "Poutine"
 * and "Putin" one person.
 */
import orgData from '../data/organizations.json' with { type: 'json' };
import peopleData from '../data/people.json' with { type: 'json' };
import { lexicon, PhraseTable, perLanguage } from './lexicon/index.ts';
import { isAcronym } from './text.ts';
import { type Token, tokenize } from './tokens.ts';

export interface KnownEntity {
  id: string;
  type: 'person' | 'organization';
  /** igo, ngo, media, government, group, company, sport (organisations). */
  kind: string;
  country: string | null;
  /** Languages in which its one-word name is also an ordinary word (organizations.json `wordIn`). */
  wordIn?: readonly string[];
}

interface OrgRecord {
  id: string;
  kind: string;
  wordIn?: string[];
  [lang: string]: string[] | string | undefined;
}
interface PersonRecord {
  id: string;
  country: string;
  names: string[];
}

// JSON imports are typed from their literal content (each entry differently); give them one shape.
const ORGS = (orgData as unknown as { organizations: OrgRecord[] }).organizations;
const PEOPLE = (peopleData as unknown as { people: PersonRecord[] }).people;

interface Entry {
  entity: KnownEntity;
  /** What knownAt returns for this name, made once (an entry is one name, so one length): rules ask at every capitalised word. */
  match: KnownMatch;
  /** Written forms in capitals that must match exactly ("UN"). */
  exact: Set<string>;
  /** Some form of these words may be written in any case ("Nasa" beside "NASA"). */
  loose: boolean;
}

interface KnownTable {
  table: PhraseTable<Entry>;
  /** Some exact form starts with a character that is no capital letter: only then can a token without a capital start a match. */
  uncappedExact: boolean;
}

function build(lang: string): KnownTable {
  const lex = lexicon(lang);
  const table = new PhraseTable<Entry>();
  let uncappedExact = false;
  const byWords = new Map<string, Entry>();
  const add = (name: string, entity: KnownEntity): void => {
    const words = tokenize(name, lex.tokenizeOptions).map((t) => t.f);
    const key = words.join(' ');
    let entry = byWords.get(key);
    if (!entry) {
      entry = { entity, match: { entity, length: words.length }, exact: new Set(), loose: false };
      byWords.set(key, entry);
      table.add(words, entry);
    }
    if (isAcronym(name) && !/\p{Ll}/u.test(name)) {
      const exact = name.replace(/\s+/g, '');
      entry.exact.add(exact);
      uncappedExact ||= exact.charAt(0) === exact.charAt(0).toLowerCase();
    } else entry.loose = true;
  };
  for (const org of ORGS) {
    const entity: KnownEntity = { id: org.id, type: 'organization', kind: org.kind, country: null, ...(org.wordIn ? { wordIn: org.wordIn } : {}) };
    for (const key of ['*', lang]) {
      const names = org[key];
      if (Array.isArray(names)) for (const n of names) add(n, entity);
    }
  }
  for (const person of PEOPLE) {
    const entity: KnownEntity = { id: person.id, type: 'person', kind: 'person', country: person.country };
    for (const n of person.names) add(n, entity);
  }
  return { table, uncappedExact };
}

const tables = perLanguage(build);

/** Folded words of three letters or more in every name of a known entity, in every language, by id; made on first ask. */
const nameWords = new Map<string, Set<string>>();

function wordsOfNames(id: string): Set<string> {
  let words = nameWords.get(id);
  if (words) return words;
  words = new Set();
  const names: string[] = ORGS.filter((org) => org.id === id).flatMap((org) => Object.entries(org).flatMap(([key, value]) => (key !== 'id' && key !== 'kind' && key !== 'wordIn' && Array.isArray(value) ? value : [])));
  for (const person of PEOPLE) if (person.id === id) names.push(...person.names);
  const options = lexicon('en').tokenizeOptions;
  for (const name of names) for (const t of tokenize(name, options)) if (t.kind === 'word' && t.f.length >= 3 && !isAcronym(t.text)) words.add(t.f);
  nameWords.set(id, words);
  return words;
}

/** Whether one of these folded words is a word of one of the entity's names, in any language ("World Food Program" and the WFP). */
export function sharesNameWord(entity: KnownEntity, folded: readonly string[]): boolean {
  const words = wordsOfNames(entity.id);
  return folded.some((f) => words.has(f));
}

/** A known name found in tokens. Shared by every match of that name: never change it. */
export interface KnownMatch {
  readonly entity: KnownEntity;
  readonly length: number;
}

/** The known organisation or person whose name starts at token `i`, if any. */
export function knownAt(tokens: readonly Token[], i: number, lang: string): KnownMatch | null {
  const known = tables(lang);
  // A match needs a capital on its first token (see below), unless an exact form starts without
  // one: most tokens are then ruled out before the lookup in a table of thousands of names.
  if (!known.uncappedExact && !tokens[i]?.cap) return null;
  const hit = known.table.at(tokens, i);
  if (!hit) return null;
  const { match, exact, loose } = hit.value;
  // "UN" only in capitals; other names only with their capital ("Apple", not "apple"). The
  // written form is put together only for a name that has exact forms.
  if (exact.size > 0 && exact.has(writtenForm(tokens, i, i + hit.length))) return match;
  if (!loose || !(tokens[i] as Token).cap) return null;
  return match;
}

/** Whether a known name starting at a token needs a capital on it (knownAt is null at every other token). */
export function knownNeedsCapital(lang: string): boolean {
  return !tables(lang).uncappedExact;
}

/** Tokens [from, to) as written, without the spaces between them ("U.N.", "UN"). */
function writtenForm(tokens: readonly Token[], from: number, to: number): string {
  let text = '';
  for (let k = from; k < to; k++) text += (tokens[k] as Token).text;
  return text;
}
