/**
 * The place gazetteer: every ISO 3166-1 country (world-countries + i18n-iso-countries) with its
 * names and demonyms in each lexicon language, plus cities, regions and seats of power
 * (src/data/places.json) and extra names (src/data/country-names.json). Built once at module
 * load into a Map keyed by folded token sequences; matching is longest-first at each token.
 */
import i18n from 'i18n-iso-countries';
import world from 'world-countries';
import extraNames from '../data/country-names.json' with { type: 'json' };
import placeData from '../data/places.json' with { type: 'json' };
import { COMMON_FIRST_NAMES, type Lexicon, lexicon, type PhraseTable, perLanguage } from './lexicon/index.ts';
import { foldWord, isAcronym } from './text.ts';
import { answerByWord, isPossessive, type Token, tokenAt, tokenize, WordSet } from './tokens.ts';

export type PlaceKind = 'country' | 'place' | 'demonym' | 'blocker';

interface Entry {
  /** ISO alpha-2 codes; more than one for a demonym shared by two countries ("congolais"). */
  codes: string[];
  kind: PlaceKind;
  /** Surface form as listed: decides case rules. */
  surface: string;
  /** Whether the surface opens on a capital: then the text must write one too (worked out once, asked at every candidate). */
  capital: boolean;
  /** A name that opens on its article (« La Paz », « El Alto »): its second word must be written with a capital too, or a sentence's « La paz » would be the city. */
  articleFirst: boolean;
  /** The country the name may stand for instead, by context (places.json `contextual`), or null. */
  alt: string | null;
  /** Written in capitals ("US", "RDC"): must match exactly, else "us" the pronoun would count. */
  exact: boolean;
  /** Also a common first name or word ("Chad", "Jordan", "Maurice"): needs a clean context. */
  ambiguous: boolean;
  /** Also a common noun ("Turkey prices"): counts only with a country cue (see places.json). */
  needsContext: boolean;
  /** A territory's capital ("George Town", Cayman Islands): a weak prior, it counts only when the article names that country another way. */
  weakPrior: boolean;
  /** The same words in lower case as another entry: Spanish « china » (Chinese) beside « China »; read when the text writes them in lower case. */
  lower?: Entry;
}

interface Gazetteer {
  entries: Map<string, Entry>;
  /** Words before a name that make it a place: "eastern Chad", "l’est du Tchad". */
  contextBefore: Set<string>;
  /** Words a street's name follows (lexicon class `street-word`: « avenida », « rue »); none where the language has no such class. */
  streetWords: PhraseTable | undefined;
  /** Words of a natural feature (lexicon class `feature-word`: « río », « lac »), which a name right after names. */
  featureWords: PhraseTable | undefined;
  /** Every key's beginnings that end before one of its spaces ("new", "new york" for "new york city"): a longer name is looked for only past one of them. */
  prefixes: Set<string>;
  lex: Lexicon;
  /** What a token's word starts (null: no name), looked up once per word and kept on it. */
  firstOf: (t: Token) => FirstWord | null;
  /**
   * The words that start some name, as a bit on each word (WordSet): most tokens start none, and
   * the bit, on the word object a token points to, tells so without reading the word's kept
   * answers, a separate array (one memory access per token less, before `firstOf`).
   */
  firstWords: WordSet;
}

/** A word that starts some name: its longest name in tokens, its own entry, and whether a longer key starts with it. */
interface FirstWord {
  longest: number;
  entry: Entry | undefined;
  /** The folded words that follow this one in a longer name ("paz" after "la"); null when none does. */
  seconds: Set<string> | null;
}

export interface PlaceMatch {
  /** Token range [start, end) in the sentence. */
  start: number;
  end: number;
  code: string;
  /** Other candidate codes of an ambiguous demonym. */
  codes: string[];
  /** Country it means instead when the article names that country too ("Georgia" → US). */
  alt: string | null;
  kind: PlaceKind;
  text: string;
  /** A name that is also a common noun or first name, with no country cue around it: it counts only when the article names the country another way. */
  weak: boolean;
}

interface WorldCountry {
  cca2: string;
  name: { common: string; official: string };
  altSpellings: string[];
  capital?: string[];
  unMember: boolean;
  translations: Record<string, { common: string; official: string }>;
  demonyms?: Record<string, { m: string; f: string }>;
}

// world-countries' own typings describe more than we read; narrow to the fields used here.
const COUNTRIES = world as unknown as WorldCountry[];
/** world-countries' own names are in English; other languages are under `translations`. */
const WORLD_OWN = 'eng';
const byCode = new Map(COUNTRIES.map((c) => [c.cca2, c]));

/** The country's usual name in `lang` (English when there is none). */
export function countryName(code: string, lang: string): string {
  const country = byCode.get(code);
  if (!country) return code;
  const key = lexicon(lang).gazetteer.worldCountries;
  return (key !== WORLD_OWN ? country.translations[key]?.common : undefined) ?? country.name.common;
}

/** True for an ISO alpha-2 code world-countries knows. */
export function isCountryCode(code: string): boolean {
  return byCode.has(code);
}

// JSON imports are typed from their literal content; these casts give the data files one shape.
type Names = Record<string, Record<string, string[]>>;
const extras = extraNames as unknown as Record<string, { names: Names[string]; demonyms: Names[string] }>;
const places = placeData as unknown as {
  places: Record<string, Record<string, string[]>>;
  blockers: Record<string, string[]>;
  ambiguous: string[];
  contextual: Record<string, string>;
  needContext: string[];
  contextBefore: Record<string, string[]>;
  sharedPlaces: { names: Record<string, string[]> };
};
const NEED_CONTEXT = new Set(places.needContext.map((n) => n.toLowerCase()));
const AMBIGUOUS = new Set(places.ambiguous.map((n) => n.toLowerCase()));
const CONTEXTUAL = new Map(Object.entries(places.contextual).map(([n, code]) => [n.toLowerCase(), code]));

function build(lang: string): Gazetteer {
  const lex = lexicon(lang);
  const entries = new Map<string, Entry>();
  const longest = new Map<string, number>();
  const add = (surface: string, code: string | null, kind: PlaceKind, sovereign = true, weakPrior = false, more: readonly string[] = []): void => {
    const name = surface.trim();
    if (name.length < 2) return;
    const tokens = tokenize(name, lex.tokenizeOptions);
    if (tokens.length === 0 || tokens.length > 8) return;
    const key = tokens.map((t) => t.f).join(' ');
    const existing = entries.get(key);
    // A demonym written in lower case that spells a capitalised name ("una empresa china" beside
    // "China") is kept beside it, for the texts that write it so.
    const lowerBeside = existing && code && kind === 'demonym' && existing.kind !== 'demonym' && !existing.lower && name === name.toLowerCase() && existing.surface !== existing.surface.toLowerCase();
    if (existing && !lowerBeside) {
      // Names outrank places, places outrank demonyms; two demonyms of one form keep both codes.
      // (A territory never shares a sovereign state's demonym: "français" is FR, not TF.)
      if (code && sovereign && existing.kind === 'demonym' && kind === 'demonym' && !existing.codes.includes(code)) existing.codes.push(code);
      return;
    }
    const entry: Entry = {
      codes: code ? [code, ...more] : [],
      kind: code ? kind : 'blocker',
      surface: name,
      capital: name.charAt(0) !== name.charAt(0).toLowerCase(),
      articleFirst: tokens.length > 1 && lex.determiners.hasToken(tokens[0]) && (tokens[1] as Token).cap,
      alt: CONTEXTUAL.get(name.toLowerCase()) ?? null,
      exact: isAcronym(name) && !/\p{Ll}/u.test(name),
      // A one-word place that is also a common first name ("Florence", "Santiago", "Nancy") is a
      // person's name beside another capitalised name word, as the listed ambiguous ones are.
      ambiguous: AMBIGUOUS.has(name.toLowerCase()) || (tokens.length === 1 && COMMON_FIRST_NAMES.has(key)),
      needsContext: NEED_CONTEXT.has(name.toLowerCase()),
      weakPrior,
    };
    if (existing) {
      existing.lower = entry;
      return;
    }
    entries.set(key, entry);
    const first = tokens[0]?.f ?? '';
    longest.set(first, Math.max(longest.get(first) ?? 0, tokens.length));
  };

  for (const blocker of places.blockers[lang] ?? []) add(blocker, null, 'blocker');
  const extra = extras[lang];
  for (const [code, names] of Object.entries(extra?.names ?? {})) for (const n of names) add(n, code, 'country');
  const worldKey = lex.gazetteer.worldCountries;
  // Sovereign states first so that a territory sharing a name or demonym never shadows them.
  const ordered = [...COUNTRIES].sort((a, b) => Number(b.unMember) - Number(a.unMember));
  const i18nAll = i18n.getNames(lang, { select: 'all' });
  for (const c of ordered) {
    const names: string[] = [];
    if (worldKey === WORLD_OWN) names.push(c.name.common, c.name.official);
    else if (c.translations[worldKey]) names.push(c.translations[worldKey].common, c.translations[worldKey].official);
    const i18nNames = i18nAll[c.cca2] ?? [];
    names.push(...i18nNames);
    if (lex.gazetteer.altSpellings) names.push(...c.altSpellings.filter((s) => s.length > 3 && /^[\p{Script=Latin}\s.'’-]+$/u.test(s)));
    for (const n of names) {
      // "Korea, Democratic People's Republic of" style entries are index forms, not text.
      if (!n.includes(',')) add(n, c.cca2, 'country');
    }
  }
  for (const [code, byLang] of Object.entries(places.places)) {
    for (const n of [...(byLang[lang] ?? []), ...(byLang['*'] ?? [])]) add(n, code, 'place');
  }
  // A city name several countries share resolves by the article's other mentions (countries.ts).
  for (const [name, codes] of Object.entries(places.sharedPlaces.names)) if (codes[0]) add(name, codes[0], 'place', true, false, codes.slice(1));
  for (const c of ordered) for (const capital of c.capital ?? []) if (!AMBIGUOUS.has(capital.toLowerCase())) add(capital, c.cca2, 'place', true, !c.unMember);
  for (const [code, forms] of Object.entries(extra?.demonyms ?? {})) for (const f of forms) add(f, code, 'demonym');
  for (const c of ordered) {
    const d = worldKey ? c.demonyms?.[worldKey] : undefined;
    if (!d) continue;
    for (const form of demonymForms(d.m, d.f, lex)) add(form, c.cca2, 'demonym', c.unMember);
  }
  const contextBefore = new Set((places.contextBefore[lang] ?? []).map((w) => w.toLowerCase()));
  const prefixes = new Set<string>();
  // The second words of names by their first: a common first word ("la", "new") is looked at
  // with the next token's word, without making the two-word key, unless some name goes on so.
  const seconds = new Map<string, Set<string>>();
  for (const key of entries.keys()) {
    for (let at = key.indexOf(' '); at >= 0; at = key.indexOf(' ', at + 1)) prefixes.add(key.slice(0, at));
    const words = key.split(' ');
    if (words.length > 1) {
      const set = seconds.get(words[0] as string) ?? new Set<string>();
      set.add(words[1] as string);
      seconds.set(words[0] as string, set);
    }
  }
  const firstOf = answerByWord(lex.tokenizeOptions.vocabulary, (f): FirstWord | null => {
    const most = longest.get(f) ?? 0;
    return most === 0 ? null : { longest: most, entry: entries.get(f), seconds: seconds.get(f) ?? null };
  });
  // Every key of `longest` has a length of one token or more: exactly the words firstOf answers for.
  const firstWords = new WordSet(longest.keys());
  firstWords.bind(lex.tokenizeOptions.vocabulary);
  return { entries, prefixes, lex, contextBefore, streetWords: lex.classes.get('street-word'), featureWords: lex.classes.get('feature-word'), firstOf, firstWords };
}

/** Gender and number forms: lower-case adjectives (French) or capitalised nouns (English), with plurals by the lexicon's rules. */
function demonymForms(m: string, f: string, lex: Lexicon): string[] {
  const [masculine, feminine] = lex.gazetteer.demonymsLowerCase ? [m.toLowerCase(), f.toLowerCase()] : [m, f];
  const forms = [masculine, feminine];
  for (const form of [masculine, feminine]) if (!lex.gazetteer.demonymNoPlural?.test(form)) forms.push(lex.plural(form));
  return [...new Set(forms)];
}

const gazetteer = perLanguage<Gazetteer>(build);

// The entries findPlaces finds at one token, by length (a name is at most 8 tokens long, see build).
const FOUND: Array<Entry | undefined> = new Array(8).fill(undefined);

/** Every place, country and demonym in a sentence's tokens, longest match first. */
export function findPlaces(tokens: readonly Token[], lang: string): PlaceMatch[] {
  const gaz = gazetteer(lang);
  const out: PlaceMatch[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i] as Token;
    if (token.kind !== 'word') continue;
    if (!gaz.firstWords.hasToken(token)) {
      if (token.cap && token.text.indexOf('-', 1) > 0) placesJoined(token, i, gaz, out);
      continue;
    }
    const first = gaz.firstOf(token);
    if (first === null) continue;
    const max = Math.min(first.longest, tokens.length - i);
    // The entries at every candidate length (the longest is tried first). The key grows one token
    // at a time only while it is still the beginning of some key: with thousands of places, most
    // words that start one ("new", "saint", "le") start no longer name here. (Kept in a scratch
    // array: most words that start a name start no name here, and an array each was garbage.)
    const found = FOUND;
    found[0] = first.entry;
    let count = 1;
    let key = token.f;
    for (let j = 1; j < max && (j === 1 ? first.seconds?.has((tokens[i + 1] as Token).f) === true : gaz.prefixes.has(key)); j++) {
      key = `${key} ${tokens[i + j]?.f ?? ''}`;
      found[count++] = gaz.entries.get(key);
    }
    for (let len = count; len >= 1; len--) {
      const listed = found[len - 1];
      if (!listed) continue;
      const entry = listed.lower && !token.cap ? listed.lower : listed;
      // Most places are one word: its text, with no array made to join.
      const text =
        len === 1
          ? token.text
          : tokens
              .slice(i, i + len)
              .map((t) => t.text)
              .join(' ');
      if (!accepts(entry, tokens, i, i + len, text, gaz)) continue;
      // Blockers are reported too (code ''), so that "Southeast Asia" is never read as a name.
      if (entry.kind === 'blocker') out.push({ start: i, end: i + len, code: '', codes: [], kind: 'blocker', text, alt: null, weak: false });
      else if (entry.codes[0]) {
        const weak = entry.weakPrior || (entry.needsContext && !countryCue(tokens, i, i + len, gaz));
        out.push({ start: i, end: i + len, code: entry.codes[0], codes: entry.codes, kind: entry.kind, text, alt: entry.alt, weak });
      }
      i += len - 1;
      break;
    }
  }
  return out;
}

/**
 * "US-China talks", "the India-Pakistan border", "Russia-Ukraine": a word of places joined by
 * hyphens names each of them, when every part is a country or a place the gazetteer knows, as
 * written.
 */
function placesJoined(token: Token, i: number, gaz: Gazetteer, out: PlaceMatch[]): void {
  // (Most such words, "Jean-Pierre", "Covid-19", open on no place: no split made for them.)
  if (!gaz.entries.has(foldWord(token.text.slice(0, token.text.indexOf('-'))))) return;
  const parts = token.text.split('-');
  const entries: Entry[] = [];
  for (const part of parts) {
    const entry = gaz.entries.get(foldWord(part));
    if (!entry || (entry.kind !== 'country' && entry.kind !== 'place') || !entry.codes[0] || entry.ambiguous || entry.needsContext) return;
    if (entry.exact ? part !== entry.surface : entry.capital && part.charAt(0) === part.charAt(0).toLowerCase()) return;
    entries.push(entry);
  }
  if (entries.length < 2) return;
  parts.forEach((part, k) => {
    const entry = entries[k] as Entry;
    out.push({ start: i, end: i + 1, code: entry.codes[0] as string, codes: entry.codes, kind: entry.kind, text: part, alt: entry.alt, weak: entry.weakPrior });
  });
}

/** "in Turkey", "eastern Chad", "Jordan will…", "Turkey’s": a cue that the name is the country. */
function countryCue(tokens: readonly Token[], start: number, end: number, gaz: Gazetteer): boolean {
  const previous = tokenAt(tokens, start - 1);
  const next = tokens[end];
  if (previous && (gaz.lex.placePrepositions.hasToken(previous) || gaz.contextBefore.has(previous.f))) return true;
  if (!next) return false;
  if (isPossessive(next) || next.f === 's') return true;
  return gaz.lex.auxiliaries.hasToken(next) || gaz.lex.finite.hasToken(next);
}

function accepts(entry: Entry, tokens: readonly Token[], start: number, end: number, text: string, gaz: Gazetteer): boolean {
  const first = tokens[start] as Token;
  if (entry.exact) return text.replace(/\s+/g, '') === entry.surface.replace(/\s+/g, '');
  // A name written with a capital must be written with one ("Turkey", not "turkey").
  if (entry.capital && !first.cap) return false;
  if (entry.articleFirst && !tokens[start + 1]?.cap) return false;
  // "the Lagoon and Inland Maritime Agency (LIMA)": a word in capitals in brackets after a name
  // is that name's acronym, whatever place it spells.
  if (end - start === 1 && !entry.exact && tokenAt(tokens, start - 1)?.text === '(' && tokens[end]?.text === ')' && tokenAt(tokens, start - 2)?.cap && first.text.length > 2 && first.text === first.text.toUpperCase()) return false;
  // The word before the name, asked about by the tests below.
  const before = tokenAt(tokens, start - 1);
  // « la avenida Caracas », « rue de Rome »: a place's name after a street's word names the street.
  const street = before && gaz.lex.connectors.hasToken(before) ? tokenAt(tokens, start - 2) : before;
  if (street && gaz.streetWords?.hasWord(street.f)) return false;
  // « el río Francés », « le lac Kivu » beside « le Kivu »: a place's or a demonym's word right after a
  // river's, a lake's or a mountain's names that feature.
  if (before && !before.cap && gaz.featureWords?.hasWord(before.f)) return false;
  // « Para el economista… » is no « Pará »: a one-word place that folds to a function word of the
  // language is read only as the place writes itself, accents and all.
  if (end - start === 1 && gaz.lex.stopwords.hasToken(first) && first.text !== entry.surface) return false;
  // "minister Peter Mwanza", « el entrenador José Valencia »: a town's name right after a common
  // given name is a family name (a given name that is a place itself, "Victoria", opens none).
  if (entry.kind === 'place' && before?.cap && before.kind === 'word' && COMMON_FIRST_NAMES.has(before.f) && !gaz.entries.has(before.f)) return false;
  if (entry.kind === 'blocker' || !entry.ambiguous) return true;
  // "Chad Smith", "Michael Jordan", "Maurice Papon": a neighbouring capitalised name word
  // makes the ambiguous place a person's name.
  const next = tokens[end];
  const nameLike = (t: Token | undefined): boolean => !!t && t.kind === 'word' && t.cap && !gaz.lex.stopwords.hasToken(t) && !gaz.lex.roles.hasWord(t.f) && !gaz.entries.has(t.f);
  if (nameLike(next)) return false;
  if (start > 0 && nameLike(before)) return false;
  if (before && gaz.lex.honorifics.hasToken(before)) return false;
  return true;
}
