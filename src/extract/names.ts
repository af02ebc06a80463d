/**
 * Name mentions in one sentence: known entities, acronyms introduced in parentheses
 * ("l’Organisation mondiale de la santé (OMS)"), and runs of capitalised words with name
 * particles ("Ursula von der Leyen", "Luiz Inácio Lula da Silva"), with the role written before
 * ("le député sud-coréen Lee Seong-kweun") or after ("M. Choïgou, ancien ministre russe de la
 * Défense"). Places, days, months and sentence-initial function words never start a name.
 */
import type { Doc } from './doc.ts';
import { placeAt } from './doc.ts';
import { knownAt, type KnownEntity } from './entities.ts';
import type { Lexicon } from './lexicon/index.ts';
import type { Token } from './tokens.ts';

export interface NameMention {
  sentence: number;
  /** Token range [start, end) of the name itself (no title, no role). */
  start: number;
  end: number;
  name: string;
  type: 'person' | 'organization';
  known: KnownEntity | null;
  /** Acronym introduced for it: "(OMS)". */
  acronym: string | null;
  role: string | null;
  /** Token range of the role, for its demonym. */
  roleRange: [number, number] | null;
  honorific: boolean;
}

const ACRONYM = /^\p{Lu}[\p{L}\d&-]{1,11}$/u;
const NAME_WORD = /^\p{Lu}[\p{L}\p{M}'’.-]*$/u;

export function findNames(doc: Doc, s: number): NameMention[] {
  const sentence = doc.sentences[s];
  if (!sentence) return [];
  const tokens = sentence.tokens;
  const lex = doc.lex;
  const out: NameMention[] = [];
  const used = new Uint8Array(tokens.length);
  const take = (m: NameMention): void => {
    for (let k = m.start; k < m.end; k++) used[k] = 1;
    out.push(m);
  };
  // 1. Acronyms defined in parentheses: the long name before "(" is one organisation.
  for (let p = 1; p + 2 < tokens.length; p++) {
    const acr = tokens[p + 1] as Token;
    if (tokens[p]?.text !== '(' || tokens[p + 2]?.text !== ')' || !ACRONYM.test(acr.text) || placeAt(doc, s, p + 1)) continue;
    const start = longNameStart(tokens, p, lex);
    // "République démocratique du Congo (RDC)" names a country, not an organisation.
    const place = placeAt(doc, s, start, p);
    if (start < 0 || (place && place.start <= start && place.end >= p)) continue;
    const known = (knownAt(tokens, p + 1, doc.lang) ?? knownAt(tokens, start, doc.lang))?.entity ?? null;
    take({ ...blank(s, start, p), name: text(tokens, start, p), type: 'organization', known, acronym: acr.text });
    used[p + 1] = 1;
  }
  // 2. Known organisations and people.
  for (let i = 0; i < tokens.length; i++) {
    if (used[i]) continue;
    const hit = knownAt(tokens, i, doc.lang);
    if (!hit || placeAt(doc, s, i)) continue;
    take({ ...blank(s, i, i + hit.length), name: text(tokens, i, i + hit.length), type: hit.entity.type, known: hit.entity });
    i += hit.length - 1;
  }
  // 3. Runs of capitalised words.
  for (let i = 0; i < tokens.length; i++) {
    if (used[i] || !startsName(tokens, i, doc, s)) continue;
    let end = i + 1;
    let conj = -1;
    while (end < tokens.length && !used[end]) {
      const t = tokens[end] as Token;
      const next = tokens[end + 1];
      const nextIsName = !!next && isNameWord(next, lex) && !placeAt(doc, s, end + 1) && !used[end + 1];
      if (isNameWord(t, lex) && !placeAt(doc, s, end) && !lex.honorifics.has(t.f)) end++;
      else if (lex.particles.has(t.f) && nextIsName) end += 2;
      // "Manufacturers’ Association": a plural possessive inside a name.
      else if (/^['’]$/u.test(t.text) && t.start === (tokens[end - 1] as Token).end && /s$/u.test((tokens[end - 1] as Token).text) && nextIsName) end += 2;
      // "Customs and Border Protection": a conjunction inside an organisation's name.
      else if ((lex.clauseBreaks.has(t.f) || t.text === '&') && nextIsName && conj < 0) {
        conj = end;
        end += 2;
      } else break;
    }
    if (conj > 0 && !tokens.slice(i, end).some((t) => lex.orgKeywords.has(t.f))) end = conj;
    const mention = classify(tokens, i, end, doc, s);
    if (mention) take(mention);
    i = end - 1;
  }
  for (const m of out) if (m.type === 'person' && !m.role) Object.assign(m, roleOf(tokens, m.start, m.end, lex));
  // "M. Choïgou, ancien ministre russe de la Défense": a capitalised word inside someone's role
  // is part of that role, not another person.
  return out.filter((m) => !(m.type === 'person' && !m.honorific && !m.known && out.some((o) => o !== m && o.roleRange && o.roleRange[0] <= m.start && m.end <= o.roleRange[1])));
}

function blank(s: number, start: number, end: number): Omit<NameMention, 'name' | 'type' | 'known'> {
  return { sentence: s, start, end, acronym: null, role: null, roleRange: null, honorific: false };
}

function text(tokens: readonly Token[], start: number, end: number): string {
  let out = '';
  for (let k = start; k < end; k++) {
    const t = tokens[k] as Token;
    const prev = tokens[k - 1];
    out += k > start && prev && prev.end < t.start ? ` ${t.text}` : t.text;
  }
  return out;
}

function isNameWord(t: Token, lex: Lexicon): boolean {
  return t.kind === 'word' && t.cap && !lex.nonNames.has(t.f) && !lex.stopwords.has(t.f) && NAME_WORD.test(t.text);
}

function startsName(tokens: readonly Token[], i: number, doc: Doc, s: number): boolean {
  const t = tokens[i] as Token;
  if (!isNameWord(t, doc.lex) || placeAt(doc, s, i) || doc.lex.determiners.has(t.f) || doc.lex.honorifics.has(t.f)) return false;
  return !/^\p{Lu}{2,}$/u.test(t.text) || tokens[i - 1]?.text === '(' || reportingNear(tokens, i, i + 1, doc.lex) || afterAccordingTo(tokens, i, doc.lex);
}

/** Start of the long name an acronym in parentheses abbreviates, or -1. */
function longNameStart(tokens: readonly Token[], paren: number, lex: Lexicon): number {
  let k = paren - 1;
  let first = -1;
  for (let steps = 0; k >= 0 && steps < 14; k--, steps++) {
    const t = tokens[k] as Token;
    if (t.kind === 'punct' && t.text !== '-' && t.text !== "'") break;
    const before = tokens[k - 1];
    // "de la santé", "of the Congo": a determiner after a preposition is inside the name.
    const joined = (w: Token | undefined): boolean => !!w && (lex.connectors.has(w.f) || lex.particles.has(w.f) || lex.clauseBreaks.has(w.f) || w.f === 'for' || w.f === 'pour');
    if (lex.determiners.has(t.f) && !lex.connectors.has(t.f) && !lex.particles.has(t.f) && !joined(before)) break;
    if (t.cap) first = k;
  }
  return first;
}

function classify(tokens: readonly Token[], start: number, end: number, doc: Doc, s: number): NameMention | null {
  const lex = doc.lex;
  // An English title inside the run: "Environment Minister Luiza Bragança".
  let roleEnd = -1;
  for (let k = start; k < end; k++) {
    const hit = lex.roles.at(tokens, k);
    if (hit && k + hit.length < end) roleEnd = k + hit.length;
  }
  let nameStart = roleEnd > 0 ? roleEnd : start;
  while (nameStart < end && lex.particles.has((tokens[nameStart] as Token).f)) nameStart++;
  let nameEnd = end;
  while (nameEnd > nameStart && lex.particles.has((tokens[nameEnd - 1] as Token).f)) nameEnd--;
  if (nameEnd <= nameStart) return null;
  const words = tokens.slice(nameStart, nameEnd).filter((t) => !lex.particles.has(t.f));
  const name = text(tokens, nameStart, nameEnd);
  const before = tokens[nameStart - 1];
  const honorific = !!before && lex.honorifics.has(before.f);
  const base = { ...blank(s, nameStart, nameEnd), name, known: null, honorific };
  const role: RoleFound = roleEnd > 0 ? { role: text(tokens, start, roleEnd), roleRange: [start, roleEnd] } : roleOf(tokens, nameStart, nameEnd, lex);
  if (words.some((w) => lex.orgKeywords.has(w.f))) return { ...base, type: 'organization' };
  // "l’agence Angop", "le musée Ashcombe": a name right after an organisation or media noun.
  const adjective = tokens[nameStart - 1] && !(tokens[nameStart - 1] as Token).cap && (tokens[nameStart - 1] as Token).kind === 'word';
  const noun = before ? (lex.sourceNouns.endingAt(tokens, nameStart - 1)?.value ?? (adjective ? lex.sourceNouns.endingAt(tokens, nameStart - 2)?.value : undefined)) : undefined;
  if (noun === 'media' || noun === 'organization') return { ...base, type: 'organization' };
  // An all-capitals word that speaks is an organisation: "INDEC said", "selon l’ANACIM".
  if (words.length === 1 && /^\p{Lu}{2,}$/u.test(name) && (reportingNear(tokens, nameStart, nameEnd, lex) || afterAccordingTo(tokens, nameStart, lex))) return { ...base, type: 'organization' };
  if (words.length > 4 || words.some((w) => /^\p{Lu}{2,}$/u.test(w.text))) return null;
  const cue = honorific || role.role !== null || reportingNear(tokens, nameStart, nameEnd, lex);
  if (words.length === 1) {
    if (role.complement && !honorific) return null;
    return cue ? { ...base, type: 'person', ...role } : null;
  }
  // "coordinator of Rede Floresta Viva": after a preposition, an unknown run is not a person.
  if (!cue && before && (lex.connectors.has(before.f) || lex.placePrepositions.has(before.f))) return null;
  if (!cue && nameStart === 0) return null;
  return { ...base, type: 'person', ...role };
}

function afterAccordingTo(tokens: readonly Token[], start: number, lex: Lexicon): boolean {
  let k = start - 1;
  if (tokens[k] && lex.determiners.has((tokens[k] as Token).f)) k--;
  return !!lex.accordingTo.endingAt(tokens, k);
}

function reportingNear(tokens: readonly Token[], start: number, end: number, lex: Lexicon): boolean {
  const after = tokens[end];
  const before = tokens[start - 1];
  if (after && (lex.finite.has(after.f) || (lex.auxiliaries.has(after.f) && lex.participles.at(tokens, end + 1)))) return true;
  return !!before && (lex.finite.has(before.f) || !!lex.participles.endingAt(tokens, start - 1));
}

/** The role written before ("le député sud-coréen X", "the minister, X") or after ("X, ancien ministre…"). */
export interface RoleFound {
  role: string | null;
  roleRange: [number, number] | null;
  /** The role was found before the name across "de"/"of" with no comma: maybe its complement. */
  complement?: boolean;
}

export function roleOf(tokens: readonly Token[], start: number, end: number, lex: Lexicon): RoleFound {
  let k = start - 1;
  const comma = tokens[k]?.text === ',';
  if (comma) k--;
  if (tokens[k] && lex.honorifics.has((tokens[k] as Token).f)) k--;
  let crossed = false;
  for (let steps = 0; k >= 0 && steps < 7; k--, steps++) {
    const t = tokens[k] as Token;
    if (t.kind === 'punct') break;
    const hit = lex.roles.endingAt(tokens, k);
    if (hit) {
      let from = k - hit.length + 1;
      while (from > 0 && lex.roleModifiers.has((tokens[from - 1] as Token).f)) from--;
      let to = start;
      while (to > from && /^[,(]$/.test((tokens[to - 1] as Token).text)) to--;
      if (tokens[to - 1] && lex.honorifics.has((tokens[to - 1] as Token).f)) to--;
      // "ministre de la Défense": a capitalised word after "de" is the role's complement, unless
      // a comma sets the name apart ("ministre de la Santé, Serge Kabasele Ntumba").
      return { role: text(tokens, from, to), roleRange: [from, to], complement: crossed && !comma };
    }
    if (lex.connectors.has(t.f) || lex.particles.has(t.f)) crossed = true;
    if (lex.finite.has(t.f) || lex.auxiliaries.has(t.f) || lex.relatives.has(t.f)) break;
  }
  // Apposition: "X, ancien ministre russe de la Défense," / "X, a climatologist at …".
  if (tokens[end]?.text === ',') {
    let from = end + 1;
    // "X, a hydrologist who…", "X, une habitante de…": an indefinite apposition describes a person.
    const indefinite = tokens[from] && lex.indefinites.has((tokens[from] as Token).f) && tokens[from + 1] && !(tokens[from + 1] as Token).cap && (tokens[from + 1] as Token).kind === 'word';
    if (indefinite) {
      let to = from + 2;
      while (to < tokens.length && to - from < 8 && !/^[,.;:)»”!?]$/u.test((tokens[to] as Token).text) && !lex.relatives.has((tokens[to] as Token).f) && !lex.finite.has((tokens[to] as Token).f)) to++;
      return { role: text(tokens, from + 1, to), roleRange: [from, to] };
    }
    while (tokens[from] && lex.determiners.has((tokens[from] as Token).f)) from++;
    // "a logistics coordinator", "a senior Chadian official": a few words before the role noun.
    for (let head = from; head < from + 4 && head < tokens.length; head++) {
      const t = tokens[head] as Token;
      const hit = lex.roles.at(tokens, head);
      if (hit) {
        let to = head + hit.length;
        while (to < tokens.length && !/^[,.;:)»”!?]$/u.test((tokens[to] as Token).text) && !lex.finite.has((tokens[to] as Token).f) && !lex.auxiliaries.has((tokens[to] as Token).f)) to++;
        return { role: text(tokens, from, to), roleRange: [from, to] };
      }
      if (t.kind !== 'word' || lex.finite.has(t.f) || lex.auxiliaries.has(t.f)) break;
    }
  }
  return { role: null, roleRange: null };
}
