/**
 * Known organisations and people (src/data/organizations.json, people.json) as phrase tables per
 * language, built once. Their ids are language-neutral: "ONU" and "UN" are one actor, "Poutine"
 * and "Putin" one person.
 */
import orgData from '../data/organizations.json' with { type: 'json' };
import peopleData from '../data/people.json' with { type: 'json' };
import { LANGUAGES, lexicon, PhraseTable } from './lexicon/index.ts';
import { isAcronym } from './text.ts';
import { tokenize, type Token } from './tokens.ts';

export interface KnownEntity {
  id: string;
  type: 'person' | 'organization';
  /** igo, ngo, media, government, group, company, sport (organisations). */
  kind: string;
  country: string | null;
  /** Names in all-capitals must be written so: "UN" is not "un". */
  exact: Set<string>;
}

interface OrgRecord {
  id: string;
  kind: string;
  [lang: string]: string[] | string;
}
interface PersonRecord {
  id: string;
  country: string;
  names: string[];
}

const ORGS = (orgData as unknown as { organizations: OrgRecord[] }).organizations;
const PEOPLE = (peopleData as unknown as { people: PersonRecord[] }).people;

function build(lang: string): PhraseTable<{ entity: KnownEntity; surface: string }> {
  const lex = lexicon(lang);
  const table = new PhraseTable<{ entity: KnownEntity; surface: string }>();
  const add = (name: string, entity: KnownEntity): void => {
    const words = tokenize(name, lex.tokenizeOptions).map((t) => t.f);
    if (isAcronym(name)) entity.exact.add(name);
    table.add(words, { entity, surface: name });
  };
  for (const org of ORGS) {
    const entity: KnownEntity = { id: org.id, type: 'organization', kind: org.kind, country: null, exact: new Set() };
    for (const key of ['*', lang]) {
      const names = org[key];
      if (Array.isArray(names)) for (const n of names) add(n, entity);
    }
  }
  for (const person of PEOPLE) {
    const entity: KnownEntity = { id: person.id, type: 'person', kind: 'person', country: person.country, exact: new Set() };
    for (const n of person.names) add(n, entity);
  }
  return table;
}

const TABLES = new Map(LANGUAGES.map((lang) => [lang, build(lang)]));

export interface KnownMatch {
  entity: KnownEntity;
  length: number;
}

/** The known organisation or person whose name starts at token `i`, if any. */
export function knownAt(tokens: readonly Token[], i: number, lang: string): KnownMatch | null {
  const table = TABLES.get(lang) ?? TABLES.get('en');
  const hit = table?.at(tokens, i);
  if (!hit) return null;
  const text = tokens.slice(i, i + hit.length).map((t) => t.text).join(' ');
  const { entity, surface } = hit.value;
  if (entity.exact.has(surface)) {
    if (text.replace(/\s+/g, '') !== surface.replace(/\s+/g, '')) return null;
  } else if (!(tokens[i] as Token).cap && surface.charAt(0) !== surface.charAt(0).toLowerCase()) return null;
  return { entity, length: hit.length };
}
