/**
 * Countries the article involves: names, demonyms (any gender and number), capitals, regions and
 * seats of power, through the gazetteer. Frontmatter `countries` come first and are kept even
 * when the text never names them. The publisher's trailer is not in the body, so its country
 * ("au Maroc") never counts here.
 */

import placeData from '../data/places.json' with { type: 'json' };
import type { CountryMention } from '../record/types.ts';
import { type ActorsResult, familyNameWords } from './actors.ts';
import type { Doc } from './doc.ts';
import { countryName, isCountryCode, type PlaceMatch } from './gazetteer.ts';
import { fold, foldWord } from './text.ts';
import { type Token, tokenAt } from './tokens.ts';

const NO_LANGUAGES: ReadonlySet<number> = new Set();
interface LanguageCues {
  names: Set<string>;
  triggers: Set<string>;
  from: Set<string>;
  fromPrep: Set<string>;
  and: Set<string>;
}
type LanguageData = Record<string, { names: string[]; triggers: string[]; from: string[]; fromPrep: string[]; and: string[] }>;
// Built once at module load: folded language names and the words that introduce one.
const LANGUAGE_CUES = new Map<string, LanguageCues>(
  Object.entries((placeData as unknown as { languages: LanguageData }).languages)
    .filter(([lang]) => lang !== 'about')
    .map(([lang, d]) => {
      const set = (words: string[]): Set<string> => new Set(words.map((w) => fold(w)));
      return [lang, { names: set(d.names), triggers: set(d.triggers), from: set(d.from), fromPrep: set(d.fromPrep), and: set(d.and) }];
    }),
);

export function extractCountries(doc: Doc, declared: readonly string[] | null, people?: ActorsResult): CountryMention[] {
  // « la ministra Ana Ekang Kribi », "Marta Lagos": a place's name inside a person's is that person's.
  const inPerson = personRanges(people);
  // (Made at the first one-word town: most articles name none.)
  let surnames: Set<string> | undefined;
  const surnameAt = (s: number, m: PlaceMatch): boolean => m.kind === 'place' && m.end === m.start + 1 && surnameOfPerson(doc, s, m, (surnames ??= surnameWords(people)));
  const found = new Map<string, { mentions: number; via: string[]; first: number }>();
  const note = (code: string, via: string, position: number): void => {
    const entry = found.get(code) ?? { mentions: 0, via: [], first: position };
    entry.mentions++;
    if (!entry.via.includes(via)) entry.via.push(via);
    found.set(code, entry);
  };
  const shared: Array<{ codes: string[]; text: string; position: number }> = [];
  // "Georgia" is the US state when the article is about the United States.
  // (Plain loops over every sentence's places: most sentences have none, and a pair of arrays made
  // for each cost more than the rest.)
  const named = new Set<string>();
  for (const matches of doc.places) for (const m of matches) if (!m.alt && !m.weak) named.add(m.code);
  for (let s = 0; s < doc.places.length; s++) {
    const matches = doc.places[s] as PlaceMatch[];
    if (matches.length === 0) continue;
    const languages = demonymMayBeLanguage(doc, s, matches) ? languageUses(doc, s) : NO_LANGUAGES;
    for (const m of matches) {
      if (m.kind === 'blocker' || doc.annotations[s]?.has(m.start, 'hides-place')) continue;
      if (inPerson.get(s)?.some(([from, to]) => from <= m.start && m.end <= to) || surnameAt(s, m)) continue;
      if (m.kind === 'demonym' && insideName(doc, s, m.start, m.end)) continue;
      if (m.kind === 'demonym' && languages.has(m.start)) continue;
      // "Turkey prices": a name that is also a common noun counts only with a cue, or when the
      // article names the country another way.
      if (m.weak && !named.has(m.code) && !(m.alt && named.has(m.alt))) continue;
      const position = s * 1000 + m.start;
      if (m.alt && named.has(m.alt)) note(m.alt, m.text, position);
      else if (m.codes.length > 1) shared.push({ codes: m.codes, text: m.text, position });
      else note(m.code, m.text, position);
    }
  }
  // A name or demonym two countries share ("congolais", "Valencia") counts for the one the text
  // names otherwise, else for the dateline's ("MADRID (AGENCY) -"): the story is written from there.
  const datelineCountry = doc.furniture.dateline?.country ?? null;
  for (const d of shared) {
    const known = d.codes.find((c) => found.has(c)) ?? d.codes.find((c) => c === datelineCountry);
    if (known) note(known, d.text, d.position);
  }
  const out: CountryMention[] = [];
  for (const code of declared ?? []) {
    if (!isCountryCode(code)) continue;
    const entry = found.get(code);
    out.push({ code, name: countryName(code, doc.lang), mentions: Math.max(1, entry?.mentions ?? 0), via: entry?.via ?? [] });
  }
  const rest = [...found.entries()].filter(([code]) => !out.some((c) => c.code === code)).sort((a, b) => b[1].mentions - a[1].mentions || a[1].first - b[1].first);
  for (const [code, entry] of rest) out.push({ code, name: countryName(code, doc.lang), mentions: entry.mentions, via: entry.via });
  return out;
}

/**
 * Whether a demonym of the sentence opens on a language's name ("français", "Arabic"): languageUses
 * is asked about demonyms alone, and finds languages only at such names, so a sentence without one
 * needs no scan of its tokens.
 */
function demonymMayBeLanguage(doc: Doc, s: number, matches: readonly PlaceMatch[]): boolean {
  const cues = LANGUAGE_CUES.get(doc.lang);
  const tokens = doc.sentences[s]?.tokens;
  if (!cues || !tokens) return false;
  for (const m of matches) if (m.kind === 'demonym' && isLanguageName(cues, tokens[m.start])) return true;
  return false;
}

function isLanguageName(cues: LanguageCues, t: Token | undefined): boolean {
  return !!t && t.kind === 'word' && cues.names.has(t.f);
}

/** The folded words after the first of each person's name: "Paul Ekang Kribi" gives ekang and kribi. */
function surnameWords(people: ActorsResult | undefined): Set<string> {
  const words = new Set<string>();
  for (const a of people?.actors ?? []) if (a.type === 'person') for (const w of familyNameWords(a.name)) words.add(w);
  return words;
}

/** « M. Ekang Kribi » after « Paul Ekang Kribi »: a one-word place right after another word of a person's name is that person's surname. */
function surnameOfPerson(doc: Doc, s: number, m: PlaceMatch, surnames: ReadonlySet<string>): boolean {
  const tokens = doc.sentences[s]?.tokens;
  const before = tokens ? tokenAt(tokens, m.start - 1) : undefined;
  return surnames.has(foldWord(m.text)) && !!before?.cap && before.kind === 'word' && (surnames.has(before.f) || doc.lex.honorifics.hasToken(before));
}

/** The token ranges of the people's mentions, by sentence. */
function personRanges(people: ActorsResult | undefined): Map<number, Array<[number, number]>> {
  const ranges = new Map<number, Array<[number, number]>>();
  for (const m of people?.mentions ?? []) {
    if (people?.actors[m.actor]?.type !== 'person') continue;
    const list = ranges.get(m.sentence);
    if (list) list.push([m.start, m.end]);
    else ranges.set(m.sentence, [[m.start, m.end]]);
  }
  return ranges;
}

/**
 * "Pan American Health Organization", "Royal Thai Army": a capitalised demonym between two
 * capitalised words of one name (not the sentence's first word, a title or a place) belongs to
 * that name; it is no country mention.
 */
function insideName(doc: Doc, s: number, start: number, end: number): boolean {
  const tokens = doc.sentences[s]?.tokens;
  if (!tokens) return false;
  const before = tokenAt(tokens, start - 1);
  const after = tokens[end];
  const first = tokens[start];
  const lex = doc.lex;
  const nameWord = (t: Token | undefined): boolean =>
    !!t && t.kind === 'word' && t.cap && !lex.stopwords.hasToken(t) && !lex.roles.at([t], 0) && !lex.roleModifiers.hasToken(t) && !lex.honorifics.hasToken(t) && !lex.months.hasToken(t) && !lex.days.hasToken(t);
  if (!first?.cap || start - 1 <= 0 || !nameWord(before) || !nameWord(after)) return false;
  return !doc.places[s]?.some((p) => p.kind !== 'blocker' && (p.end === start || p.start === end));
}

/**
 * Token indices of a sentence's language names: "écrit en français, en anglais et en kirundi",
 * "published in English and French", "parle espagnol", "traduit de l’arabe", "translated from
 * Arabic". A language word (or a demonym) counts after a trigger ("en", "in", "parle", "speaks"),
 * after "traduit de"/"translated from", or coordinated with a language name already found.
 * In English, "in French" followed by a noun ("in French territory") stays an adjective.
 */
function languageUses(doc: Doc, s: number): Set<number> {
  const out = new Set<number>();
  const cues = LANGUAGE_CUES.get(doc.lang);
  const tokens = doc.sentences[s]?.tokens;
  if (!cues || !tokens) return out;
  const isName = (t: Token | undefined): boolean => isLanguageName(cues, t);
  const nounAfter = (i: number): boolean => {
    const next = tokens[i + 1];
    return doc.lex.headFinal && !!next && next.kind === 'word' && !doc.lex.stopwords.hasToken(next) && !cues.names.has(next.f) && !cues.and.has(next.f);
  };
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    if (!isName(t)) continue;
    const prev = tokenAt(tokens, i - 1);
    if (!prev) continue;
    let lang = false;
    if (cues.triggers.has(prev.f)) lang = !nounAfter(i);
    else if (cues.fromPrep.has(prev.f)) {
      // "traduit de l’arabe", "translated from Arabic": up to two linking words back.
      for (let j = i - 1; j >= Math.max(0, i - 3) && !lang; j--) {
        const w = tokens[j] as Token;
        if (cues.from.has(w.f)) lang = true;
        else if (!cues.fromPrep.has(w.f)) break;
      }
    }
    if (!lang && cues.and.has(prev.f)) {
      // Coordinated with a language found before it ("English and French", "en anglais et en kirundi").
      const before = tokenAt(tokens, i - 2);
      lang = !!before && out.has(i - 2) && !nounAfter(i);
    }
    if (!lang && cues.and.has(tokens[i + 1]?.f ?? '') && (tokens[i + 1]?.f ?? '') !== ',') {
      // "French and Swahili are spoken": coordinated with a name that is only a language.
      const after = tokens[i + 2];
      lang = isName(after) && !doc.places[s]?.some((p) => p.start === i + 2) && !nounAfter(i + 2);
    }
    if (lang) out.add(i);
  }
  // "en français, en anglais": the trigger repeats; "in English and French": chain through "and".
  for (let i = 0; out.size > 0 && i < tokens.length; i++) {
    if (out.has(i)) continue;
    const t = tokens[i];
    if (!isName(t) || !cues.and.has(tokenAt(tokens, i - 1)?.f ?? '')) continue;
    if (out.has(i - 2) && !nounAfter(i)) out.add(i);
  }
  return out;
}
