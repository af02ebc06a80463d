/**
 * Countries the article involves: names, demonyms (any gender and number), capitals, regions and
 * seats of power, through the gazetteer. Frontmatter `countries` come first and are kept even
 * when the text never names them. The publisher's trailer is not in the body, so its country
 * ("au Maroc") never counts here.
 */
import type { CountryMention } from '../record/types.ts';
import type { Doc } from './doc.ts';
import { countryName, isCountryCode } from './gazetteer.ts';
import type { Token } from './tokens.ts';

export function extractCountries(doc: Doc, declared: readonly string[] | null): CountryMention[] {
  const found = new Map<string, { mentions: number; via: string[]; first: number }>();
  const note = (code: string, via: string, position: number): void => {
    const entry = found.get(code) ?? { mentions: 0, via: [], first: position };
    entry.mentions++;
    if (!entry.via.includes(via)) entry.via.push(via);
    found.set(code, entry);
  };
  const shared: Array<{ codes: string[]; text: string; position: number }> = [];
  // "Georgia" is the US state when the article is about the United States.
  const named = new Set(doc.places.flatMap((matches) => matches.filter((m) => !m.alt && !m.weak).map((m) => m.code)));
  doc.places.forEach((matches, s) => {
    for (const m of matches) {
      if (m.kind === 'blocker') continue;
      if (m.kind === 'demonym' && insideName(doc, s, m.start, m.end)) continue;
      // "Turkey prices": a name that is also a common noun counts only with a cue, or when the
      // article names the country another way.
      if (m.weak && !named.has(m.code) && !(m.alt && named.has(m.alt))) continue;
      const position = s * 1000 + m.start;
      if (m.alt && named.has(m.alt)) note(m.alt, m.text, position);
      else if (m.codes.length > 1) shared.push({ codes: m.codes, text: m.text, position });
      else note(m.code, m.text, position);
    }
  });
  // A demonym two countries share ("congolais") counts for the one the text names otherwise.
  for (const d of shared) {
    const known = d.codes.find((c) => found.has(c));
    if (known) note(known, d.text, d.position);
  }
  const out: CountryMention[] = [];
  for (const code of declared ?? []) {
    if (!isCountryCode(code)) continue;
    const entry = found.get(code);
    out.push({ code, name: countryName(code, doc.lang), mentions: Math.max(1, entry?.mentions ?? 0), via: entry?.via ?? [] });
  }
  const rest = [...found.entries()]
    .filter(([code]) => !out.some((c) => c.code === code))
    .sort((a, b) => b[1].mentions - a[1].mentions || a[1].first - b[1].first);
  for (const [code, entry] of rest) out.push({ code, name: countryName(code, doc.lang), mentions: entry.mentions, via: entry.via });
  return out;
}

/**
 * "Pan American Health Organization", "Royal Thai Army": a capitalised demonym between two
 * capitalised words of one name (not the sentence's first word, a title or a place) belongs to
 * that name; it is no country mention.
 */
function insideName(doc: Doc, s: number, start: number, end: number): boolean {
  const tokens = doc.sentences[s]?.tokens;
  if (!tokens) return false;
  const before = tokens[start - 1];
  const after = tokens[end];
  const first = tokens[start];
  const lex = doc.lex;
  const nameWord = (t: Token | undefined): boolean => !!t && t.kind === 'word' && t.cap && !lex.stopwords.has(t.f) && !lex.roles.at([t], 0) && !lex.roleModifiers.has(t.f) && !lex.honorifics.has(t.f) && !lex.months.has(t.f) && !lex.days.has(t.f);
  if (!first?.cap || start - 1 <= 0 || !nameWord(before) || !nameWord(after)) return false;
  return !doc.places[s]?.some((p) => p.kind !== 'blocker' && (p.end === start || p.start === end));
}
