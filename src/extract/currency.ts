/**
 * Currencies: names, symbols and ISO codes after a number, and which currency a generic word
 * means in a story ("rupees" in a Sri Lankan story are LKR, "pesos" in a Chilean one CLP, « francs »
 * in an Ivorian one XOF). Names come from ISO 4217 data (src/data/currencies.json) and the
 * lexicon; which currencies a country uses comes from world-countries; the generic words
 * ("franc", "dirham", "DH") are lexicon data (`currencyFamilies`, figures part).
 */
import world from 'world-countries';
import currencyData from '../data/currencies.json' with { type: 'json' };
import { byWord, type Lexicon, lexicon, PhraseTable, perLanguage } from './lexicon/index.ts';
import { fold } from './text.ts';
import { type Token, tokenAt, tokenize, withForm } from './tokens.ts';

/**
 * ISO 4217 currencies (src/data/currencies.json) per language, with plural forms: "5 000
 * ariary", "300 takas", "francs guinéens". The lexicon's own currency names come first.
 */
const CURRENCY_NAMES = currencyData as unknown as Record<string, Record<string, string[]>>;
const ISO_CODES = new Set(Object.keys(CURRENCY_NAMES.en ?? {}));
function buildCurrencies(lang: string): PhraseTable<string> {
  const lex = lexicon(lang);
  const table = new PhraseTable<string>();
  const seen = new Set<string>();
  const plural = (w: string): string => (/[sxz]$/u.test(w) || /^\p{Lu}+$/u.test(w) ? w : `${w}s`);
  for (const [code, names] of Object.entries(CURRENCY_NAMES[lang] ?? CURRENCY_NAMES.en ?? {})) {
    for (const name of names) {
      const words = name.split(' ');
      const cut = words.findIndex((w) => lex.connectors.has(w.toLowerCase()) || lex.nameConnectors.has(w.toLowerCase()));
      const head = cut < 0 ? words.length : cut;
      const forms = [name, words.map((w, k) => (k < head ? plural(w) : w)).join(' '), [...words.slice(0, -1), plural(words[words.length - 1] ?? '')].join(' '), [plural(words[0] ?? ''), ...words.slice(1)].join(' ')];
      for (const form of forms) {
        const key = tokenize(form, lex.tokenizeOptions).map((t) => t.f);
        if (seen.has(key.join(' '))) continue;
        seen.add(key.join(' '));
        table.add(key, code);
      }
    }
  }
  return table;
}
const currencies = perLanguage(buildCurrencies);

const THREE_CAPITALS = /^[A-Z]{3}$/u;

/** Whether the folded word with an -s added starts a currency's name of the lexicon or of ISO 4217, kept per word. */
const pluralStartsCurrency = byWord((lex) => (f) => lex.currencies.startsWith(`${f}s`) || currencies(lex.lang).startsWith(`${f}s`));

/** The currency named at token k: a lexicon name, an ISO 4217 name, or an ISO code in capitals ("MGA"). */
export function currencyAt(tokens: readonly Token[], k: number, lex: Lexicon): { length: number; value: string } | null {
  const hit = lex.currencies.at(tokens, k) ?? currencies(lex.lang).at(tokens, k) ?? null;
  if (hit) return hit;
  const t = tokens[k];
  // "5 billion crown", "3 million dollar": a singular currency word after a scale (most words
  // after a number start no currency's name once an -s is added: told per word, at no cost).
  if (t && t.kind === 'word' && !t.cap && !t.f.endsWith('s') && pluralStartsCurrency(lex, t)) {
    const plural = [withForm(t, `${t.f}s`)];
    const one = lex.currencies.at(plural, 0) ?? currencies(lex.lang).at(plural, 0);
    if (one && one.length === 1) return one;
  }
  if (t && t.text.length === 3 && THREE_CAPITALS.test(t.text) && ISO_CODES.has(t.text)) return { length: 1, value: t.text };
  // A generic word ("francs", « DH »): the family's usual code until the story's countries say which.
  const family = lex.currencyFamilies.at(tokens, k);
  if (family)
    return {
      length: family.length,
      value:
        lex.currencyDefaults.get(family.value) ??
        tokens
          .slice(k, k + family.length)
          .map((w) => w.text)
          .join(' '),
    };
  return null;
}

// The symbols of the main currencies, then those each country's news writes before a number (data: "KSh", "S/", "RD$").
const SYMBOL_DATA = (currencyData as unknown as { symbols?: Record<string, string> }).symbols ?? {};
// Looked up by words of the article: tables with no prototype, so that "toString" is no symbol.
export const SYMBOLS: Readonly<Record<string, string>> = Object.assign(Object.create(null) as Record<string, string>, { $: 'USD', '€': 'EUR', '£': 'GBP', '¥': 'JPY', '₹': 'INR', '₦': 'NGN', '₩': 'KRW', ...SYMBOL_DATA });
// Every end of a symbol as written ("$", "S$", "/"): what the second of two glued tokens must be for both to be one symbol.
const SYMBOL_ENDS: ReadonlySet<string> = new Set(Object.keys(SYMBOLS).flatMap((symbol) => Array.from({ length: symbol.length }, (_, i) => symbol.slice(i))));
export const SYMBOL_PREFIXES: Readonly<Record<string, string>> = Object.assign(Object.create(null) as Record<string, string>, { us: 'USD', r: 'BRL', a: 'AUD', c: 'CAD', nz: 'NZD', hk: 'HKD' });

/**
 * The currency symbol that ends at token k, and its first token: "$", "US$" (a prefix glued to a
 * symbol), or a symbol the tokenizer splits in two ("S/", "RD$").
 */
export function symbolEndingAt(tokens: readonly Token[], k: number): { code: string; start: number } | null {
  const t = tokens[k];
  if (!t) return null;
  const prefix = tokenAt(tokens, k - 1);
  const glued = !!prefix && prefix.end === t.start;
  // Two tokens glued ("d’" + "un") are a symbol only when the second ends one: no string is joined for the others.
  const whole = glued && SYMBOL_ENDS.has(t.text) ? SYMBOLS[(prefix as Token).text + t.text] : undefined;
  if (whole) return { code: whole, start: k - 1 };
  const code = SYMBOLS[t.text];
  if (!code) return null;
  const prefixed = glued ? SYMBOL_PREFIXES[(prefix as Token).f] : undefined;
  return prefixed ? { code: prefixed, start: k - 1 } : { code, start: k };
}

/** Currency codes used in each country (world-countries), by ISO alpha-2 code. */
const BY_COUNTRY = new Map<string, string[]>((world as unknown as Array<{ cca2: string; currencies?: Record<string, { name: string }> }>).map((c) => [c.cca2, Object.keys(c.currencies ?? {})]));

/** Folded English names of each currency (world-countries and ISO data), to find the members of a family ("franc" → CHF, XOF, XAF, CDF…). */
const NAMES = new Map<string, string[]>();
for (const c of world as unknown as Array<{ currencies?: Record<string, { name: string }> }>) {
  for (const [code, { name }] of Object.entries(c.currencies ?? {})) NAMES.set(code, [...(NAMES.get(code) ?? []), fold(name)]);
}
for (const [code, names] of Object.entries(CURRENCY_NAMES.en ?? {})) NAMES.set(code, [...(NAMES.get(code) ?? []), ...names.map((n) => fold(n))]);

const FAMILY_MEMBERS = new Map<string, Set<string>>();
function membersOf(family: string): Set<string> {
  let members = FAMILY_MEMBERS.get(family);
  if (!members) {
    members = new Set([...NAMES].filter(([, names]) => names.some((n) => n === family || n.endsWith(` ${family}`))).map(([code]) => code));
    FAMILY_MEMBERS.set(family, members);
  }
  return members;
}

/** The currency family a generic word at token k names ("francs" → "franc", « DH » → "dirham"), with its length. */
export function familyAt(tokens: readonly Token[], k: number, lex: Lexicon): { length: number; value: string } | null {
  return lex.currencyFamilies.at(tokens, k);
}

/**
 * The currency a money figure is in: when its currency word is generic (a family), the member
 * of that family that one of the story's countries uses; else `code` as read.
 */
export function resolveCurrency(code: string | null, tokens: readonly Token[], from: number, to: number, lex: Lexicon, countries: readonly string[]): string | null {
  for (let k = from; k < to; k++) {
    const family = familyAt(tokens, k, lex);
    if (!family) continue;
    const members = membersOf(family.value);
    for (const country of countries) {
      const used = (BY_COUNTRY.get(country) ?? []).find((c) => members.has(c));
      if (used) return used;
    }
    return code;
  }
  return code;
}
