/**
 * Name mentions in one sentence: known entities, acronyms introduced in parentheses
 * ("l’Organisation mondiale de la santé (OMS)"), and runs of capitalised words with name
 * particles ("Ursula von der Leyen", "Luiz Inácio Lula da Silva"), with the role written before
 * ("le député sud-coréen Lee Seong-kweun") or after ("M. Choïgou, ancien ministre russe de la
 * Défense"). Places, days, months and sentence-initial function words never start a name.
 */

import { type Annotations, labelId } from './annotate.ts';
import { currencyAt, SYMBOLS } from './currency.ts';
import type { Doc } from './doc.ts';
import { placeAt } from './doc.ts';
import { type KnownEntity, knownAt, knownNeedsCapital, sharesNameWord } from './entities.ts';
import { byWord, COMMON_FIRST_NAMES, FIRST_NAMES, type Lexicon, type PhraseTable } from './lexicon/index.ts';
import { foldWord, internal, oneOf } from './text.ts';
import { isPossessive, type Token, tokenAt } from './tokens.ts';
import { ADJ, NOUN, PARTICIPLE, VERB, wordClassesOf, writtenAsVerb } from './word-classes.ts';

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
  /** The party or body the text ties the person to: "Jane Doe (FDP)", "John Roe, D-N.Y.". */
  affiliation?: { id: string | null; name: string };
  /** A lone word before a title and a name ("Kestrel analyst Jo Lee"): it counts only for an actor named otherwise. */
  modifier?: true;
  /** A person read from capitals alone (no title, role, reporting verb or known first name): kept only when a later surname-only mention confirms it. */
  weak: boolean;
}

const ACRONYM = /^\p{Lu}[\p{L}\d&-]{1,11}$/u;

/**
 * A club's name in a transfer: after "joined", "rejoint", "signed for", or after "from"/"de"
 * in a sentence whose transfer verb comes a few words before ("joined Ajax from Sporting").
 * The words are lexicon classes (`transfer-before`, `transfer-verb`, `transfer-from`).
 */
function transferBefore(tokens: readonly Token[], k: number, lex: Lexicon): boolean {
  const one = tokenAt(tokens, k - 1);
  if (!one || one.cap) return false;
  if (lex.classes.get('transfer-before')?.endingAt(tokens, k - 1)) return true;
  if (!lex.classes.get('transfer-from')?.at(tokens, k - 1)) return false;
  const verbs = lex.classes.get('transfer-verb');
  for (let j = k - 2; j >= 0 && j >= k - 8; j--) if (verbs?.at(tokens, j)) return true;
  return false;
}
const NAME_WORD = /^\p{Lu}[\p{L}\p{M}'’.-]*$/u;

// findNames' index of capitalised words, one array reused by every call (findNames never runs
// inside itself, and writes every slot it reads): a typed array of a sentence's length is made
// outside the heap, which cost more than the steps it saves.
let capitals = new Int32Array(256);
function capitalScratch(length: number): Int32Array {
  if (capitals.length < length) capitals = new Int32Array(Math.max(length, capitals.length * 2));
  return capitals;
}

// findNames' tokens taken so far, reused the same way and cleared for each sentence. (No step
// reads or writes it past the sentence's last token, where a longer array would differ.)
let taken = new Uint8Array(256);
function usedScratch(length: number): Uint8Array {
  if (taken.length < length) taken = new Uint8Array(Math.max(length, taken.length * 2));
  taken.fill(0, 0, length);
  return taken;
}
/**
 * The first token after `i` that is capitalised (as findNames' index `nextCapital` has them) or
 * stands right before such a token. (`nextCapital` has two slots past the sentence's end, which
 * this reads for an `i` up to the sentence's length less two.)
 */
function afterCapitalOrBefore(nextCapital: Int32Array, i: number): number {
  return Math.min(nextCapital[i + 1] as number, (nextCapital[i + 2] as number) - 1);
}

/** Whether a token in [from, to) is taken already (a plain loop: no copy or view of the array made per question). */
function anyTaken(used: Uint8Array, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (used[k]) return true;
  return false;
}

/** Whether a token in [from, to) is an organisation's word (a plain loop: no copy of the tokens made per question). */
function orgWordIn(tokens: readonly Token[], from: number, to: number, lex: Lexicon): boolean {
  for (let k = from; k < to; k++) if (lex.orgKeywords.hasToken(tokens[k])) return true;
  return false;
}

const NICKNAME_OPEN = oneOf('"“«');
const NICKNAME_CLOSE = oneOf('"”»');

// Whether a word is a known first name (FIRST_NAMES), and a common one (COMMON_FIRST_NAMES): asked
// of the words of most runs, several times each. The answer is kept on the word: a table of some
// 58,000 names was hashed into at every test.
const GIVEN = 1;
const COMMON_GIVEN = 2;
const nameKind = (f: string): number => (COMMON_FIRST_NAMES.has(f) ? GIVEN | COMMON_GIVEN : FIRST_NAMES.has(f) ? GIVEN : 0);
const nameKindByWord = byWord(() => nameKind);

/** Whether the token is a known first name (first-names.json and given-names.json). */
function isGivenName(lex: Lexicon, t: Token): boolean {
  return (nameKindByWord(lex, t) & GIVEN) !== 0;
}

/** Whether the token is a common first name (first-names.json). */
function isCommonGivenName(lex: Lexicon, t: Token): boolean {
  return (nameKindByWord(lex, t) & COMMON_GIVEN) !== 0;
}

export function findNames(doc: Doc, s: number): NameMention[] {
  const sentence = doc.sentences[s];
  if (!sentence) return [];
  const tokens = sentence.tokens;
  const lex = doc.lex;
  const out: NameMention[] = [];
  const used = usedScratch(tokens.length);
  const take = (m: NameMention): void => {
    for (let k = m.start; k < m.end; k++) used[k] = 1;
    out.push(m);
  };
  // The steps below that only a capitalised word can start (known names, nicknames, things' names,
  // runs of capitals) visit those words alone: nextCapital[k] is the first token at or after k that
  // is capitalised, or a word opening with a character outside ASCII (which may be a capital
  // without a lower case: see step 3), else the sentence's length. One pass here instead of one
  // over every token per step. (Two slots past the end: a step may move on from its last token.)
  const ann = doc.annotations[s];
  const n = tokens.length;
  const nextCapital = capitalScratch(n + 2);
  nextCapital[n] = n;
  nextCapital[n + 1] = n;
  // Whether the sentence holds an opening bracket, which step 1 needs.
  let bracket = false;
  for (let k = n - 1; k >= 0; k--) {
    const t = tokens[k] as Token;
    if (t.cap || (t.kind === 'word' && t.text.charCodeAt(0) >= 128)) nextCapital[k] = k;
    else {
      nextCapital[k] = nextCapital[k + 1] as number;
      if (t.kind === 'punct' && t.text === '(') bracket = true;
    }
  }
  // Whether the lexicon's institutions (step 1b) and articles of parties (step 2c) may start in
  // the sentence: annotation marked each of their phrases already, and most sentences hold none.
  const kept = sentenceTables(lex);
  const institutions = phraseMayStart(ann, lex.institutionHeads, kept.institutionLetters, 'institution');
  const { partyArticle, partyArticleInName } = kept;
  const parties = phraseMayStart(ann, partyArticle, kept.partyLetters, 'c:party-article') || phraseMayStart(ann, partyArticleInName, kept.partyInNameLetters, 'c:party-article-in-name');
  // 0. Party tags after a person's name ("Jane Doe, D-N.Y.,", "Hans Roth (FDP)"): the tag is no
  // name of its own; the party is the person's affiliation.
  // (Made at the first tag: most sentences have none.)
  let affiliations: Map<number, { id: string | null; name: string }> | null = null;
  let skipParen: Set<number> | null = null;
  for (const match of ann ? lex.rules('affiliation').find(ann) : []) {
    const tag = match.groups.tag;
    if (tag) {
      const letter = (tokens[tag[0]] as Token).f.charAt(0);
      const id = lex.affiliationTags.get(letter) ?? null;
      if (id) (affiliations ??= new Map()).set(match.start, { id, name: text(tokens, tag[0], match.end - 1) });
      for (let k = match.start + 1; k < match.end - 1; k++) used[k] = 1;
      continue;
    }
    const party = match.groups.party;
    if (!party || !personBefore(tokens, match.start, lex)) continue;
    const known = knownAt(tokens, party[0], doc.lang)?.entity ?? null;
    (affiliations ??= new Map()).set(match.start, { id: known?.id ?? null, name: text(tokens, party[0], party[1]) });
    (skipParen ??= new Set()).add(match.start);
    take(mention(s, party[0], party[1], text(tokens, party[0], party[1]), 'organization', known));
  }
  // 1. Acronyms defined in parentheses: the long name before "(" is one organisation.
  for (let p = 1; bracket && p + 2 < tokens.length; p++) {
    if (tokens[p]?.text !== '(') continue;
    // "(CDC)", and "(Africa CDC)": a capitalised word before the acronym inside the brackets.
    const wide = tokens[p + 3]?.text === ')' && (tokens[p + 1] as Token).cap && (tokens[p + 1] as Token).kind === 'word' && ACRONYM.test((tokens[p + 2] as Token).text) && /^\p{Lu}{2,}/u.test((tokens[p + 2] as Token).text);
    const acr = tokens[p + 1] as Token;
    if (skipParen?.has(p) || (!wide && (tokens[p + 2]?.text !== ')' || !ACRONYM.test(acr.text))) || placeAt(doc, s, p + (wide ? 2 : 1))) continue;
    // "(Thursday)", "(March)": a date in brackets, not an acronym.
    if (!wide && (lex.days.hasToken(acr) || lex.months.hasToken(acr) || lex.stopwords.hasToken(acr))) continue;
    // « le ministère camerounais des Arts et de la Culture (Minac) »: a body's name that a lexicon
    // pattern found ending at the bracket starts where the pattern does.
    const pattern = (doc.entities[s] ?? []).find((e) => e.end === p);
    let runStart = longNameStart(tokens, p, lex);
    // "Mozambique's National Institute for … (INGD)": a place's possessive says whose body it is;
    // the name starts after it ("People's Democratic Party" has no place before its possessive).
    const owner = runStart >= 0 ? placeAt(doc, s, runStart) : undefined;
    if (owner && owner.start === runStart && isPossessive(tokens[owner.end]) && owner.end + 1 < p) runStart = owner.end + 1;
    const longest = pattern && (runStart < 0 || pattern.start < runStart) ? pattern.start : runStart;
    // "the army and the Rapid Support Forces (RSF)": the words the acronym spells are the name.
    const spelled = wide || longest < 0 ? longest : spelledStart(tokens, longest, p, acr.text, lex);
    const start = spelled < 0 ? spelled : afterDescriptor(tokens, spelled, p, lex);
    // "République démocratique du Congo (RDC)" names a country, not an organisation.
    const place = placeAt(doc, s, start, p);
    if (start < 0 || (place && place.start <= start && place.end >= p)) continue;
    // "el Índice General de Precios (IGP)", "the Treaty of Rome (TR)": a thing and its acronym, no body;
    // so is « un bénéfice brut du Réseau (BBR) », spelled from lower-case words on.
    if ((p - start > 1 && thingHead(tokens[start], lex)) || (!wide && spelledFromLowerCase(tokens, start, p, acr.text, lex))) {
      used.fill(1, start, p + (wide ? 4 : 3));
      continue;
    }
    const byName = knownAt(tokens, start, doc.lang);
    const byAcronym = knownAt(tokens, p + 1, doc.lang);
    // A long name the lexicon knows whole says which body the acronym is.
    let known = (byName && start + byName.length === p ? byName : (byAcronym ?? byName))?.entity ?? null;
    // The article's own definition outranks the lexicon: a long name that spells the acronym and
    // shares no word with any name of the body the lexicon knows by it is another body
    // ("Regional Shipping Federation (RSF)" is not the RSF of press freedom).
    if (known && known === byAcronym?.entity && !wide && spells(tokens, start, p, acr.text, lex)) {
      if (
        !sharesNameWord(
          known,
          tokens.slice(start, p).map((t) => t.f),
        )
      )
        known = null;
    }
    const longName = text(tokens, start, p);
    // A name a pattern found may open on a lower-case head (« ministère »), written with a capital as step 2a does.
    const found = mention(s, start, p, longName.charAt(0).toUpperCase() + longName.slice(1), 'organization', known);
    found.acronym = wide ? text(tokens, p + 1, p + 3) : acr.text;
    take(found);
    used[p + 1] = 1;
    if (wide) used[p + 2] = 1;
  }
  // 1b. "le tribunal d’arrondissement de Luxembourg", "la cour d’appel de Paris": a lower-case
  // institution after a determiner, named in full up to the capitalised place that ends it.
  // (Where annotation can tell, as for phraseMayStart, a token no institution's phrase covers
  // starts none: one bit rules out nearly every token.)
  const institutionBits = institutions && kept.institutionLetters ? ann : undefined;
  const institution = institutionBits === undefined ? -1 : labelId('institution');
  for (let i = 1; institutions && i + 2 < tokens.length; i++) {
    // The cheap tests first: most tokens follow no determiner.
    if ((institutionBits !== undefined && !institutionBits.has(i, institution)) || used[i] || (tokens[i] as Token).cap || !lex.determiners.hasToken(tokenAt(tokens, i - 1))) continue;
    const head = lex.institutionHeads.at(tokens, i);
    if (!head) continue;
    const end = institutionEnd(tokens, i + head.length, lex);
    if (end < 0) continue;
    let name = text(tokens, i, end);
    name = name.charAt(0).toUpperCase() + name.slice(1);
    take(mention(s, i, end, name, 'organization', null));
    i = end - 1;
  }
  // 2. Known organisations and people (where a known name needs a capital, at capitalised words only).
  // (Annotation marked the known name each word starts as a span already, spans.ts: where the
  // sentence holds none, no word starts one, and only other tokens are looked up.)
  // (Where it holds some, a word no known name's span covers starts none either: spans.ts looked
  // up every word outside those spans, and the lookup is not made again there.)
  const knownOrgs = classMarks(ann, 'known-org');
  const knownPeople = classMarks(ann, 'known-person');
  const knownIn = ann === undefined || knownOrgs !== -2 || knownPeople !== -2;
  const knownStarts = knownNeedsCapital(doc.lang) ? nextCapital : null;
  for (let i = knownStarts ? (knownStarts[0] as number) : 0; i < tokens.length; i = knownStarts ? (knownStarts[i + 1] as number) : i + 1) {
    if (used[i] || (!knownIn && (tokens[i] as Token).kind === 'word')) continue;
    if (!mayBeInClass(ann, knownOrgs, tokens[i] as Token, i) && !mayBeInClass(ann, knownPeople, tokens[i] as Token, i)) continue;
    const hit = knownAt(tokens, i, doc.lang);
    // "el Congreso de los Diputados": a legislature is a body that acts, even where its seat also points to a country.
    // (A blocker, such as "Real Madrid" against Madrid, is no place: the body it names stands.)
    // « Perú Libre », "Kenya Airways": a known name longer than the place that opens it is the body's.
    const place = hit ? placeAt(doc, s, i) : undefined;
    if (!hit || (place && place.kind !== 'blocker' && place.end >= i + hit.length && hit.entity.kind !== 'legislature')) continue;
    // "Wagner Moura": a one-word body that is also a first name, followed by a surname, is a person's name.
    const next = tokens[i + 1];
    if (
      hit.length === 1 &&
      hit.entity.type === 'organization' &&
      isGivenName(lex, tokens[i] as Token) &&
      next &&
      isNameWord(next, lex) &&
      next.start === (tokens[i] as Token).end + 1 &&
      !lex.orgKeywords.hasToken(next) &&
      !placeAt(doc, s, i + 1)
    )
      continue;
    // "coach Liam Bayer": a one-word body right after a given name is that person's surname.
    const previous = tokens[i - 1];
    if (hit.length === 1 && hit.entity.type === 'organization' && previous && !used[i - 1] && isNameWord(previous, lex) && isGivenName(lex, previous) && previous.end + 1 === (tokens[i] as Token).start && !placeAt(doc, s, i - 1)) continue;
    // « la Cruz Roja Peruana », « la Cruz Roja Colombiana »: a nationality written with a capital
    // after a known body's name makes it part of another name, that country's body.
    const end = i + hit.length;
    const national = hit.entity.type === 'organization' && !!tokens[end]?.cap && (placeAt(doc, s, end)?.kind === 'demonym' || adjectiveAfterKnown(tokens, i, end, doc, s));
    // "the Fiji Red Cross Society": a place before a known body's name and a body's word after it
    // name that place's own body.
    const home = hit.entity.type === 'organization' && !national && !used[i - 1] && tokens[end]?.cap && lex.orgKeywords.hasToken(tokens[end]) ? placeAt(doc, s, i - 1) : undefined;
    if (home && home.kind !== 'blocker' && home.kind !== 'demonym' && home.end === i && !anyTaken(used, home.start, i)) {
      take(mention(s, home.start, end + 1, text(tokens, home.start, end + 1), 'organization', null));
      i = end;
      continue;
    }
    take(national ? mention(s, i, end + 1, text(tokens, i, end + 1), 'organization', null) : mention(s, i, end, text(tokens, i, end), hit.entity.type, hit.entity));
    i += hit.length - (national ? 0 : 1);
  }
  // 2e. A nickname in quotes inside a name: Ismael "El Mayo" Zambada is Ismael Zambada.
  for (let i = nextCapital[0] as number; i + 4 < tokens.length; i = nextCapital[i + 1] as number) {
    // The opening mark first: the one test that rules out nearly every capitalised word.
    if (!NICKNAME_OPEN.test((tokens[i + 1] as Token).text) || used[i] || !isNameWord(tokens[i] as Token, lex) || !isGivenName(lex, tokens[i] as Token)) continue;
    let close = i + 2;
    while (close < tokens.length && close < i + 6 && (tokens[close] as Token).cap) close++;
    const last = tokens[close + 1];
    if (close === i + 2 || !NICKNAME_CLOSE.test(tokens[close]?.text ?? '') || !last || !isNameWord(last, lex) || used[close + 1]) continue;
    take(mention(s, i, close + 2, `${(tokens[i] as Token).text} ${last.text}`, 'person', null));
    i = close + 1;
  }
  // 2a. Names the lexicon's patterns recognise: clubs ("Real Madrid"), ministries ("the health
  // Ministry", "le ministère de l’Économie"), institutions ("the Senate", "la Knesset").
  for (const match of doc.entities[s] ?? []) {
    if (match.pattern.label !== 'organization') continue;
    const [from, matchedEnd] = match.groups.name ?? [match.start, match.end];
    // « la Fiscalía Regional de Rancagua abrió… »: a pattern's last word in lower case is an
    // adjective of the name, never a verb the word classes do not know but its ending tells.
    const matched = matchedEnd - 1 > from && !(tokenAt(tokens, matchedEnd - 1) as Token).cap && writtenAsVerb(tokenAt(tokens, matchedEnd - 1) as Token, lex) ? matchedEnd - 1 : matchedEnd;
    const to = (tokenAt(tokens, matched - 1) as Token).cap ? withAdjectives(tokens, matched, lex) : matched;
    // "the Nakuru County Assembly", "the Kisumu County Government": a club's shape ("Derby
    // County") followed by a capitalised body's word is a longer body's name, read as a run (step 3).
    const after = tokens[to];
    if (match.pattern.hidesPlace && after?.cap && after.kind === 'word' && lex.orgKeywords.hasToken(after)) continue;
    // "the regional Department of Water Affairs": a body's word in lower case before a capitalised
    // one that a connector and more capitalised words follow is no portfolio ("the health
    // Ministry"): the capitalised run is the name (step 3).
    if (!(tokens[from] as Token).cap && lex.connectors.hasToken(after) && !after?.cap && tokens[to + 1]?.cap && tokens[to + 1]?.kind === 'word') continue;
    if (anyTaken(used, from, to)) continue;
    // "AFC Champions League Elite": a competition a club's pattern reads is an event, as in step 3.
    // « la secretaria de Energía, Luz Gómez »: a title written in lower case, set before a name by a
    // comma, is that person's role, not a body (« la Secretaría de Energía informó »).
    if (!(tokens[from] as Token).cap && lex.roles.at(tokens, from) && titleBeforeComma(tokens, to, lex)) continue;
    if (tokens.slice(from, to).some((t) => lex.eventWords.hasToken(t))) {
      used.fill(1, from, to);
      continue;
    }
    // « el departamento de Cauca », « la delegación de Coyoacán »: a division's word before a
    // place names the place, not a body (« el Departamento de Estado » is one).
    if (divisionOfPlace(tokens, from, to, doc, s)) continue;
    // "Advocate Thabo Mokoena SC": letters after a title, a given name and a surname are the
    // person's rank or honour (lexicon class `post-nominal`), not a club's suffix ("Orlando Pirates SC").
    const title = to - 4 >= 0 && (lex.roles.endingAt(tokens, to - 4) || lex.honorifics.hasToken(tokenAt(tokens, to - 4)));
    if (title && postNominal(tokens, Math.min(from, to - 3), to - 1, lex)) continue;
    // « la direction de Transdev », « la dirección de la STUD »: a company's management, its noun
    // (lexicon class `management-noun`) in lower case before one name, is that company speaking.
    const management = (tokens[from] as Token).cap ? null : lex.classes.get('management-noun')?.at(tokens, from);
    if (management) {
      let j = from + management.length;
      if (lex.connectors.hasToken(tokens[j])) j++;
      if (lex.determiners.hasToken(tokens[j]) && !(tokens[j] as Token).cap) j++;
      if (to - j === 1) {
        take(mention(s, j, to, text(tokens, j, to), 'organization', knownAt(tokens, j, doc.lang)?.entity ?? null));
        continue;
      }
    }
    let name = text(tokens, from, to);
    name = name.charAt(0).toUpperCase() + name.slice(1);
    take(mention(s, from, to, name, 'organization', knownAt(tokens, from, doc.lang)?.entity ?? null));
  }
  // 2b. Inside a ministry's name written in lower case ("ministère de l’Environnement et de
  // l’Eau"), the capitalised words are its domains, never actors.
  const { portfolioRoles } = kept;
  // (Where annotation can tell, its bits say which tokens are connectors: most tokens are none,
  // and their tokens and words are not read. Every connector opening with a letter, only a word
  // can be one, and annotation marks each word of the class.)
  const connectorBits = kept.connectorLetters ? ann : undefined;
  const connector = connectorBits === undefined ? -1 : connectorBits.present('connector') ? labelId('connector') : -2;
  // (A portfolio's title may end, and a source noun start, only on words annotation marked with
  // their classes. A title's phrase that may open on a number, which annotation never marks, leaves
  // its lookups to every token.)
  const portfolioMarks = kept.portfolioLetters ? classMarks(ann, 'c:portfolio-role') : -1;
  const sourceNounMarks = classMarks(ann, 'source-noun');
  for (let i = 0; connector !== -2 && i + 2 < tokens.length; i++) {
    // The same after a minister's title: « la ministra de Energía y Minas » names her portfolio;
    // so does "Minister of Health" with the capital English gives a title before a name.
    if (connectorBits !== undefined ? !connectorBits.has(i + 1, connector) : !lex.connectors.hasToken(tokens[i + 1])) continue;
    const t = tokens[i] as Token;
    const portfolio = !!portfolioRoles && mayBeInClass(ann, portfolioMarks, t, i) && !!portfolioRoles.endingAt(tokens, i);
    if ((t.cap && !portfolio) || (!portfolio && (!mayBeInClass(ann, sourceNounMarks, t, i) || lex.sourceNouns.at(tokens, i)?.value !== 'government'))) continue;
    let j = i + 1;
    let last = -1;
    let joined = true;
    while (j < tokens.length && !used[j] && !knownAt(tokens, j, doc.lang)) {
      const w = tokens[j] as Token;
      const next = tokens[j + 1];
      if (lex.connectors.hasToken(w) || lex.determiners.hasToken(w) || lex.nameConnectors.hasToken(w)) joined = true;
      else if (lex.clauseBreaks.hasToken(w) || w.text === '&') joined = false;
      // (A first name with a name after it opens the minister's own name; « Minas y Energía »,
      // a first name before a conjunction, is still the portfolio; so is « la Santé Paul Roux »,
      // a word that is also a given name before a given name and a surname, where it is the
      // portfolio's first word (the title needs one) or a noun of the language.)
      else if (joined && isNameWord(w, lex) && !lex.roles.at(tokens, j) && !(isGivenName(lex, w) && next !== undefined && isNameWord(next, lex) && !portfolioBeforeName(tokens, j, last < 0, lex))) last = j;
      else break;
      j++;
    }
    for (let k = i + 1; k <= last; k++) if ((tokens[k] as Token).cap) used[k] = 1;
  }
  // 2c. Parties and teams named with an article: "Les Républicains", "the Greens", and names
  // ending in "!" ("Možemo!").
  // (Where no party's article may start, only a name ending in "!" is left, which opens on a
  // capital. Where one may, the steps below need a capital on this word or the next: the loop
  // visits the capitalised words and the tokens right before them.)
  for (let i = parties ? afterCapitalOrBefore(nextCapital, -1) : (nextCapital[0] as number); i + 1 < tokens.length; i = parties ? afterCapitalOrBefore(nextCapital, i) : (nextCapital[i + 1] as number)) {
    const t = tokens[i] as Token;
    const w = tokens[i + 1] as Token;
    if (used[i] || used[i + 1]) continue;
    // The article before a party's name may be outside it ("the Greens": lower case, or opening
    // the sentence; "The Testaments" inside a sentence is a title) or part of it ("Les Républicains").
    // (The capitals are tested before the tables: the lookups are the costly part, and a party's
    // name after its article is a name word, which has a capital.)
    const named = parties && w.cap;
    const outside = named && (!t.cap || i === 0) && !!partyArticle?.at(tokens, i);
    const inside = named && t.cap && !!partyArticleInName?.at(tokens, i);
    const party = outside || inside;
    if (
      party &&
      isNameWord(w, lex) &&
      /[sx]$/u.test(w.f) &&
      w.f.length > 3 &&
      !placeAt(doc, s, i + 1) &&
      !lex.orgKeywords.hasToken(w) &&
      !lex.placeWords.hasToken(w) &&
      !lex.roles.at(tokens, i + 1) &&
      !(tokens[i + 2] && (isNameWord(tokens[i + 2] as Token, lex) || lex.connectors.hasToken(tokens[i + 2]) || lex.particles.hasToken(tokens[i + 2])))
    ) {
      const start = inside ? i : i + 1;
      take(mention(s, start, i + 2, text(tokens, start, i + 2), 'organization', null));
      continue;
    }
    const bang = tokens[i + 2];
    if (w.text === '!' && w.start === t.end && isNameWord(t, lex) && bang && bang.kind === 'word' && !bang.cap && !placeAt(doc, s, i)) {
      take(mention(s, i, i + 2, text(tokens, i, i + 2), 'organization', null));
    }
  }
  // 2f. "el Plan General de Vivienda", "the Treaty of Lagos": the capitalised words of a thing's
  // name, opened by its head noun, name no actor of their own.
  // (A word the class `event-head` does not mark opens no thing's name: its word's kept answer is not read.)
  const eventHeads = classMarks(ann, 'c:event-head');
  for (let i = nextCapital[0] as number; i + 1 < tokens.length; i = nextCapital[i + 1] as number) {
    const t = tokens[i] as Token;
    if (used[i] || !t.cap || !mayBeInClass(ann, eventHeads, t, i) || !thingHead(t, lex)) continue;
    let end = i + 1;
    for (let j = end; j > 0; j = connectsName(tokens, end, lex, doc, s)) {
      end = j;
      while (end < tokens.length && !used[end] && (tokens[end] as Token).cap && (tokens[end] as Token).kind === 'word') end++;
    }
    if (end > i + 1) used.fill(1, i, end);
    i = end - 1;
  }
  // 2g. « el Ministerio de Agricultura, Ganadería y Pesca »: a body's name found so far (a known
  // body, a pattern's) goes on over the portfolios listed after it.
  // (« … de Estadística, Geografía e Informática (INEGI) »: the acronym's long form taken before
  // is the list's tail; the one body takes its acronym.)
  for (let j = 0; j < out.length; j++) {
    const m = out[j] as NameMention;
    if (m.type === 'person' || tokens[m.end]?.text !== ',') continue;
    const listEnd = portfolioListEnd(tokens, m.start, m.end, doc, s);
    if (listEnd <= m.end) continue;
    const tail = out.findIndex((o) => o.type === 'organization' && o.start > m.end && o.end === listEnd);
    const tailStart = tail >= 0 ? (out[tail] as NameMention).start : listEnd;
    if (used.subarray(m.end, tailStart).some((u) => u === 1)) continue;
    if (tail >= 0) {
      m.acronym ??= (out[tail] as NameMention).acronym;
      out.splice(tail, 1);
      if (tail < j) j--;
    }
    used.fill(1, m.end, listEnd);
    m.end = listEnd;
    m.name = text(tokens, m.start, listEnd);
  }
  // 3. Runs of capitalised words.
  // The people classify found without a role (it looked for one already), made at the first: most sentences have none.
  let roleless: NameMention[] | null = null;
  for (let i = nextCapital[0] as number; i < tokens.length; i = nextCapital[i + 1] as number) {
    // "Leeds United", "Kenya Airways": a place opens an organisation's name when a capitalised
    // organisation word follows it.
    // (The loop skips the words in lower case opening with an ASCII letter and the other tokens:
    // a place opens a run only capitalised, and startsName needs a capital but for an all-capitals
    // word, which no such token is.)
    if (used[i]) continue;
    const place = placeAt(doc, s, i);
    const placeOpens = !!place && place.start === i && (tokens[i] as Token).cap && !lex.roles.at(tokens, place.end) && bodyWordAhead(tokens, place.end, used, doc, s);
    if ((!placeOpens && !startsName(tokens, i, doc, s)) || commonNounBeforeBody(tokens, i, lex)) continue;
    let end = placeOpens && place ? place.end : i + 1;
    let conj = -1;
    let purposeJoined = false;
    while (end < tokens.length && !used[end]) {
      const t = tokens[end] as Token;
      const next = tokens[end + 1];
      const nextIsName = !!next && isNameWord(next, lex) && !realPlaceAt(doc, s, end + 1) && !used[end + 1];
      if ((isNameWord(t, lex) || particleJoined(t, lex)) && (!realPlaceAt(doc, s, end) || surnameAsPlace(tokens, i, end, doc, s)) && !lex.honorifics.hasToken(t) && !postNominal(tokens, i, end, lex)) end++;
      // (An article before a body's word opens another name: « Participaron el Servicio de Aduanas ».)
      // (A conjunction that is also a surname particle, « Ortega y Gasset », is a conjunction
      // inside a body's name: « Grupo Bimbo y Cemex » is weighed as two names below.)
      else if (lex.particles.hasToken(t) && nextIsName && !opensAnotherName(tokens, end, lex) && !(lex.determiners.hasToken(t) && lex.orgKeywords.hasToken(next as Token)) && !(lex.clauseBreaks.hasToken(t) && orgWordIn(tokens, i, end, lex)))
        end += 2;
      // "Ferreiro de la Vega", "Van der Berg": two particles before the name word; a conjunction
      // and an article are none (« la Fiscalía y el Servicio de Aduanas » are two bodies).
      else if (
        lex.particles.hasToken(t) &&
        !lex.clauseBreaks.hasToken(t) &&
        next &&
        !next.cap &&
        lex.particles.hasToken(next) &&
        tokens[end + 2] &&
        isNameWord(tokens[end + 2] as Token, lex) &&
        !used[end + 2] &&
        !realPlaceAt(doc, s, end + 2)
      )
        end += 3;
      // "Manufacturers’ Association": a plural possessive inside a name.
      else if (/^['’]$/u.test(t.text) && t.start === (tokenAt(tokens, end - 1) as Token).end && /s$/u.test((tokenAt(tokens, end - 1) as Token).text) && nextIsName) end += 2;
      // "Ministry of Water and Irrigation", "Department of the Treasury": inside an organisation's
      // name, small words join capitalised ones.
      else if (lex.nameConnectors.hasToken(t) && orgWordIn(tokens, i, end, lex) && connectsName(tokens, end, lex, doc, s)) {
        if ((lex.clauseBreaks.hasToken(t) || t.text === '&') && conj < 0) conj = end;
        const head = tokenAt(tokens, end - 1) as Token;
        end = connectsName(tokens, end, lex, doc, s);
        // « la Fiscalía del Estado de Jalisco », « Frente Comunero del Sur »: a capitalised word that
        // is never a name alone (lexicon `capitalisedNonNames`) is still one of the body's words
        // after its connector; a day or a month is when ("Court on Thursday").
        const word = tokens[end] as Token;
        // (A place's own word is the place's: « de Estados Unidos ».)
        if (lex.nonNames.hasToken(word) && !lex.days.hasToken(word) && !lex.months.hasToken(word) && !placeAt(doc, s, end)) end++;
        // "University of Lagos", « Universidad de Chile »: a place joined right after a body's own
        // word ends the body's name, taken whole (the run stops at places otherwise); after
        // other words it says where ("Mitch Varley of Kentucky", « la Santé du Mali »).
        // (So does a place after a division's word inside the name: « del Estado de Jalisco ».)
        const joined = lex.orgKeywords.hasToken(head) || lex.classes.get('place-apposition')?.hasWord(head.f) ? placeAt(doc, s, end) : undefined;
        if (joined && joined.start === end) end = joined.end;
      }
      // « la Asociación Peruana de Bancos », « la Cámara Argentina de Comercio »: where adjectives
      // follow their noun, a capitalised nationality after a body's word, before a connector and
      // more of the name, is one of the name's words (the run stops at places otherwise).
      else if (t.cap && demonymInBody(tokens, i, end, doc, s) > end) end = demonymInBody(tokens, i, end, doc, s);
      // « l’ONG Justice pour le Katanga », « la organización Acción por Valdivia »: after a body's
      // noun, a preposition of purpose and the name it governs go on naming the body.
      else if (!purposeJoined && purposeObjectEnd(tokens, i, end, used, doc, s) > 0) {
        purposeJoined = true;
        end = purposeObjectEnd(tokens, i, end, used, doc, s);
      }
      // « el Ministerio de Agricultura, Ganadería y Pesca », "the Department of Agriculture,
      // Forestry and Fisheries": a body's portfolios listed after its connector.
      else if (t.text === ',' && portfolioListEnd(tokens, i, end, doc, s) > 0) end = portfolioListEnd(tokens, i, end, doc, s);
      // "Customs and Border Protection": a conjunction inside an organisation's name.
      else if ((lex.clauseBreaks.hasToken(t) || t.text === '&') && nextIsName && conj < 0) {
        conj = end;
        end += 2;
      } else break;
    }
    // "…, Norbury Foods and Pellam Group": after a comma the conjunction ends a list, not a name.
    // « Grupo Bimbo y Cemex », "Bank Halyk and Kaspi": a conjunction right after capitalised words
    // alone, with no body's word after it, joins two names ("Customs and Border Protection" has
    // one after it; "Ministry of Water and Irrigation" a connector before it).
    const twoNames = (): boolean => tokens.slice(i, conj).every((t) => t.cap) && !orgWordIn(tokens, conj + 1, end, lex);
    if (conj > 0 && (!orgWordIn(tokens, i, end, lex) || tokenAt(tokens, i - 1)?.text === ',' || twoNames())) end = conj;
    // "Sinar Mining Corp and Bumi Holdings Ltd": two organisations, each ending in its own keyword;
    // not a body's members (lexicon class `member-noun`) joined to others: "the Ostwick Pilots and
    // Engineers’ Association" is one union.
    else if (conj > 0 && conj - i > 1 && end - conj > 2 && lex.orgKeywords.hasToken(tokenAt(tokens, conj - 1)) && !lex.classes.get('member-noun')?.at(tokens, conj - 1) && lex.orgKeywords.hasToken(tokenAt(tokens, end - 1))) {
      const mention = classify(tokens, i, conj, doc, s);
      if (mention) take(mention);
      if (mention?.type === 'person' && !mention.role) (roleless ??= []).push(mention);
      i = conj + 1;
    }
    if (lex.orgKeywords.hasToken(tokens[i])) end = countryEnding(tokens, i, lowerCaseTail(tokens, end, lex), doc, s);
    // "l’agence officielle VNA Nguyen Thi Hoa": an acronym named by its place is a name of its
    // own unless an organisation word carries it on ("SK Group").
    else if (end > i + 1 && namedAcronym(tokens, i, doc, s) && !lex.orgKeywords.hasToken(tokens[i + 1])) end = i + 1;
    else end = countryEnding(tokens, i, end, doc, s);
    const mention = classify(tokens, i, end, doc, s);
    if (mention) take(mention);
    if (mention?.type === 'person' && !mention.role) (roleless ??= []).push(mention);
    i = end - 1;
  }
  // (The mentions found so far: those sharedSurname adds are not read again.)
  for (let j = 0, found = out.length; j < found; j++) {
    const m = out[j] as NameMention;
    const shared = sharedSurname(tokens, m, used, doc, s);
    if (shared) take(shared);
  }
  for (const m of out) {
    // "ICM Nord, the agency that represents him": a name set off by a body's noun is that body.
    if (m.type === 'person' && !m.known && !m.honorific && !m.role && describedAsBody(tokens, m.end, lex)) m.type = 'organization';
  }
  // "Kim Tae-yang of Nomura", « Klaus Weidemann, chez Kessler »: a name a person is said to
  // work at (lexicon class `employer-before`, right after that person's name) is their employer.
  const employer = lex.classes.get('employer-before');
  for (const m of employer ? out : []) {
    const link = employer?.endingAt(tokens, m.start - 1);
    if (!link || m.type !== 'person' || m.known || m.honorific || m.role || isGivenName(lex, tokens[m.start] as Token)) continue;
    const at = m.start - link.length;
    if (out.some((o) => o.type === 'person' && (o.end === at || (tokenAt(tokens, at - 1)?.text === ',' && o.end === at - 1)))) {
      m.type = 'organization';
      m.weak = false;
    }
  }
  // (A person classify found looked for its role over the same tokens: none is there to find again.)
  for (const m of out) if (m.type === 'person' && !m.role && !roleless?.includes(m)) withRole(m, roleOf(tokens, m.start, m.end, lex));
  for (const m of out) {
    const affiliation = m.type === 'person' ? affiliations?.get(m.end) : undefined;
    if (affiliation) m.affiliation = affiliation;
  }
  // "M. Choïgou, ancien ministre russe de la Défense": a capitalised word inside someone's role
  // is part of that role, not another person.
  // ("Jo Roe, an aide to Governor Ana Lim": a name with its own title right before it, inside
  // a role written after another name, is another person all the same.)
  const titledIn = (m: NameMention, o: NameMention): boolean => !!m.role && m.roleRange?.[1] === m.start && !!o.roleRange && o.roleRange[0] >= o.end && m.roleRange[0] > o.roleRange[0];
  // (Most sentences hold no mention with a role: nothing to drop.)
  let roles = false;
  for (const m of out) if (m.roleRange) roles = true;
  if (!roles) return out;
  return out.filter((m) => !(m.type === 'person' && !m.honorific && !m.known && out.some((o) => o !== m && o.roleRange && o.roleRange[0] <= m.start && m.end <= o.roleRange[1] && !titledIn(m, o))));
}

/**
 * « el Tribunal Supremo Electoral », « la Corte Suprema Federal »: one capitalised adjective (by
 * the language's adjective endings) right after a known body's name of several words, closing the
 * run, makes it part of another body's name, not a name of its own.
 */
function adjectiveAfterKnown(tokens: readonly Token[], start: number, end: number, doc: Doc, s: number): boolean {
  const lex = doc.lex;
  const word = tokens[end] as Token;
  const next = tokens[end + 1];
  if (end - start < 2 || word.kind !== 'word' || word.start !== (tokenAt(tokens, end - 1) as Token).end + 1 || !lex.adjectiveEndings?.test(word.f)) return false;
  if (next && (next.cap || lex.connectors.hasToken(next)) && next.kind === 'word') return false;
  return !isGivenName(lex, word) && !lex.roles.at(tokens, end) && !lex.days.hasToken(word) && !lex.months.hasToken(word) && !knownAt(tokens, end, doc.lang) && !placeAt(doc, s, end);
}

/**
 * French organisation names go on in lower case: "Observatoire du climat", "Administration
 * nationale du patrimoine culturel". After an organisation word, take adjectives (by their
 * endings) and "de/du/des + noun" groups; stop at anything else.
 */
function lowerCaseTail(tokens: readonly Token[], end: number, lex: Lexicon): number {
  const adjective = lex.adjectiveEndings;
  if (!adjective) return end;
  let k = end;
  for (let steps = 0; steps < 4 && k < tokens.length; steps++) {
    const t = tokens[k] as Token;
    if (t.kind === 'word' && !t.cap && adjective.test(t.f) && !lex.finite.hasToken(t) && !lex.participles.at(tokens, k) && !writtenAsVerb(t, lex)) {
      k++;
      continue;
    }
    // "de/du/des + noun" only: "la Confédération en hiver" stops before "en".
    if ((lex.connectors.hasToken(t) || (lex.nameConnectors.hasToken(t) && lex.particles.hasToken(t))) && !lex.clauseBreaks.hasToken(t) && !lex.wordList('article').startsWith(t.f)) {
      let j = k + 1;
      // "Coupe d’Europe de son histoire": a possessive never carries a name on.
      if (lex.classes.get('possessive')?.at(tokens, j)) break;
      if (lex.determiners.hasToken(tokens[j]) && !lex.connectors.hasToken(tokens[j])) j++;
      const noun = tokens[j];
      // « le Gouvernement du président X »: a title after the connector introduces a person, no part of the name.
      if (noun && noun.kind === 'word' && !lex.stopwords.hasToken(noun) && !lex.finite.hasToken(noun) && !lex.roles.at(tokens, j)) {
        // « Syndicat des transports routiers », « Union des cols bleus unis »: the group's noun
        // takes its own adjectives, which the endings alone may not show.
        k = withAdjectives(tokens, j + 1, lex);
        continue;
      }
    }
    break;
  }
  return k;
}

/**
 * End of a lower-case institution's name from `k` (after its head noun): adjectives and
 * "de + noun" groups ("d’arrondissement", "de commerce", "administrative d’appel"), closed by
 * "de + capitalised place or name" ("de Luxembourg"); -1 when no capitalised word closes it.
 */
function institutionEnd(tokens: readonly Token[], k: number, lex: Lexicon): number {
  let j = k;
  for (let steps = 0; steps < 6 && j < tokens.length; steps++) {
    const t = tokens[j] as Token;
    if (t.kind !== 'word') return -1;
    if (lex.connectors.hasToken(t) && !lex.clauseBreaks.hasToken(t)) {
      let w = j + 1;
      if (lex.determiners.hasToken(tokens[w]) && !lex.connectors.hasToken(tokens[w])) w++;
      const noun = tokens[w];
      if (noun?.kind !== 'word' || lex.stopwords.hasToken(noun) || lex.finite.hasToken(noun)) return -1;
      if (noun.cap) {
        let e = w + 1;
        while (e < tokens.length && isNameWord(tokens[e] as Token, lex)) e++;
        return withAdjectives(tokens, e, lex);
      }
      j = w + 1;
      continue;
    }
    // An adjective right after the head or a group: "tribunal correctionnel", "cour administrative".
    if (!t.cap && !lex.stopwords.hasToken(t) && !lex.finite.hasToken(t) && !lex.auxiliaries.hasToken(t) && !lex.participles.at(tokens, j)) {
      j++;
      continue;
    }
    return -1;
  }
  return -1;
}

/**
 * The end of a body's name at k past the adjectives in lower case that follow its capitalised
 * words where adjectives come after the noun (« ministère des Affaires étrangères », « des Forces
 * armées »): at most two, each an adjective by the word classes and no function word, verb form
 * or reporting participle.
 */
function withAdjectives(tokens: readonly Token[], k: number, lex: Lexicon): number {
  let e = k;
  for (let n = 0; n < 2 && !lex.headFinal && e < tokens.length; n++, e++) {
    const t = tokens[e] as Token;
    if (t.kind !== 'word' || t.cap || lex.stopwords.hasToken(t) || lex.finite.hasToken(t) || lex.auxiliaries.hasToken(t) || lex.participles.at(tokens, e)) break;
    const classes = wordClassesOf(lex.lang, t.f);
    if ((classes & ADJ) === 0) break;
    // « un Congreso marcado por… », « créé en 2010 »: a participle before a preposition other than
    // « de » opens a clause about the body.
    const next = tokens[e + 1];
    if (classes & PARTICIPLE && next && lex.placePrepositions.hasToken(next) && !lex.connectors.hasToken(next)) break;
  }
  return e;
}

/**
 * False when no phrase of `table` can start in the sentence, as its annotations (label `label`)
 * show; true when they cannot tell. Annotation (annotate.ts) marks every phrase of the lexicon's
 * tables that starts at a word, but none at a number (nor at punctuation, outside the lexicon's
 * own classes): a table whose every phrase opens with a letter (`letters`) starts at words only.
 */
function phraseMayStart(ann: Annotations | undefined, table: PhraseTable<unknown> | undefined, letters: boolean, label: string): boolean {
  return table !== undefined && (ann === undefined || !letters || ann.present(label));
}

const LETTER_FIRST = /^\p{L}/u;

/** Whether every phrase of `table` opens with a letter (asked once per table: a lexicon's tables are made once). */
function opensWithLetters(table: PhraseTable<unknown> | undefined): boolean {
  if (table === undefined) return false;
  for (const f of table.firstWords()) if (!LETTER_FIRST.test(f)) return false;
  return true;
}

/**
 * What a sentence's annotations tell of where phrases of the lexicon class `label` are: -1 when
 * they cannot tell (no annotations), -2 when the sentence holds none, else the label's id (see
 * mayBeInClass). The id is asked only of a label the sentence holds, which is registered already.
 */
export function classMarks(ann: Annotations | undefined, label: string): number {
  if (ann === undefined) return -1;
  return ann.present(label) ? labelId(label) : -2;
}

/**
 * False when the class's table can find nothing at word token k: annotation marks every word that
 * is a phrase of the class alone or lies in one found at a word (the longest at each word), so a
 * word without the label's bit is no phrase's start, end or word. True where the marks cannot tell
 * (`marks` -1, or a token that is no word).
 */
export function mayBeInClass(ann: Annotations | undefined, marks: number, t: Token, k: number): boolean {
  if (marks === -1 || ann === undefined || t.kind !== 'word') return true;
  return marks !== -2 && ann.has(k, marks);
}

/** The lexicon's tables findNames reads in every sentence, and whether their phrases open with letters (phraseMayStart). */
interface SentenceTables {
  partyArticle: PhraseTable | undefined;
  partyArticleInName: PhraseTable | undefined;
  portfolioRoles: PhraseTable | undefined;
  institutionLetters: boolean;
  partyLetters: boolean;
  partyInNameLetters: boolean;
  /** Whether every connector opens with a letter. */
  connectorLetters: boolean;
  /** Whether every portfolio's title (class `portfolio-role`) opens with a letter. */
  portfolioLetters: boolean;
}

// Worked out once per lexicon (its tables are made once), and the last one kept at hand: a
// lookup per table and sentence added up.
const sentenceTablesByLexicon = new WeakMap<Lexicon, SentenceTables>();
let lastTablesLexicon: Lexicon | null = null;
let lastTables: SentenceTables | null = null;

function sentenceTables(lex: Lexicon): SentenceTables {
  if (lex === lastTablesLexicon && lastTables !== null) return lastTables;
  let tables = sentenceTablesByLexicon.get(lex);
  if (tables === undefined) {
    const partyArticle = lex.classes.get('party-article');
    const partyArticleInName = lex.classes.get('party-article-in-name');
    tables = {
      partyArticle,
      partyArticleInName,
      portfolioRoles: lex.classes.get('portfolio-role'),
      institutionLetters: opensWithLetters(lex.institutionHeads),
      partyLetters: opensWithLetters(partyArticle),
      partyInNameLetters: opensWithLetters(partyArticleInName),
      connectorLetters: [...lex.connectors].every((f) => LETTER_FIRST.test(f)),
      portfolioLetters: opensWithLetters(lex.classes.get('portfolio-role')),
    };
    sentenceTablesByLexicon.set(lex, tables);
  }
  lastTablesLexicon = lex;
  lastTables = tables;
  return tables;
}

/** The index of the name word after a run of connectors at k ("of the"), or 0 when none follows. */
function connectsName(tokens: readonly Token[], k: number, lex: Lexicon, doc: Doc, s: number): number {
  // "Group in Trollhättan", "Volvo à Göteborg": a place preposition never joins a name.
  if (lex.classes.get('locative')?.at(tokens, k)) return 0;
  let j = k;
  while (j < tokens.length && j - k < 3 && lex.nameConnectors.hasToken(tokens[j])) {
    // « la Fiscalía y el Servicio de Aduanas », "the Treasury and the Senate": a conjunction and an
    // article open another body's name (« et des Affaires étrangères », "and Irrigation" go on).
    const after = tokens[j + 1];
    if (lex.clauseBreaks.hasToken(tokens[j]) && after && lex.determiners.hasToken(after) && !lex.connectors.hasToken(after)) return 0;
    // « en el Juzgado Civil y en la Fiscalía »: a place preposition after the conjunction opens
    // another phrase.
    if (j > k && lex.clauseBreaks.hasToken(tokenAt(tokens, j - 1)) && lex.classes.get('locative')?.at(tokens, j)) return 0;
    j++;
  }
  const t = tokens[j];
  // "University in Bangkok": a place after the connector is where the body is, not its name.
  return j > k && t && t.kind === 'word' && t.cap && !lex.stopwords.hasToken(t) && !(placeAt(doc, s, j) && (j === tokens.length - 1 || (realPlaceAt(doc, s, j) && lex.wordList('at-place').startsWith((tokens[k] as Token).f)))) ? j : 0;
}

/**
 * The end of the name a preposition of purpose at `k` (lexicon class `purpose-connector`: "for",
 * « pour », « por ») governs, when the run that opens at `start` is typed as a body by the noun
 * right before it (« l’ONG », « la organización », "the charity"); 0 otherwise. An article may
 * stand between (« pour le Katanga »); a place after it is taken whole, since the run stops at places.
 */
function purposeObjectEnd(tokens: readonly Token[], start: number, k: number, used: Uint8Array, doc: Doc, s: number): number {
  const lex = doc.lex;
  const purpose = lex.classes.get('purpose-connector')?.at(tokens, k);
  if (!purpose || (tokens[k] as Token).cap) return 0;
  let j = k + purpose.length;
  if (lex.determiners.hasToken(tokens[j]) && !(tokens[j] as Token).cap) j++;
  const first = tokens[j];
  if (!first || used[j] || !isNameWord(first, lex)) return 0;
  const typed = bodyNounBefore(tokens, start, lex) || descriptorBefore(tokens, start, lex, (d) => placeAt(doc, s, d)?.kind === 'demonym') >= 0;
  if (!typed) return 0;
  const place = placeAt(doc, s, j);
  if (place && place.start === j) return place.end;
  let end = j;
  while (end < tokens.length && !used[end] && isNameWord(tokens[end] as Token, lex) && !realPlaceAt(doc, s, end)) end++;
  return end;
}

/** A comma and a capitalised word after `k`, past at most two lower-case words ("mexicana"). */
function titleBeforeComma(tokens: readonly Token[], k: number, lex: Lexicon): boolean {
  let j = k;
  while (j < k + 2 && tokens[j] && (tokens[j] as Token).kind === 'word' && !(tokens[j] as Token).cap && !lex.finite.hasToken(tokens[j])) j++;
  return tokens[j]?.text === ',' && !!tokens[j + 1]?.cap && (tokens[j + 1] as Token).kind === 'word';
}

/** Whether a name made of a division's word, a connector and capitalised words (tokens [from, to)) ends on a place that fills the rest. */
function divisionOfPlace(tokens: readonly Token[], from: number, to: number, doc: Doc, s: number): boolean {
  if (!doc.lex.classes.get('place-apposition')?.at(tokens, from)) return false;
  let k = from + 1;
  while (k < to && !(tokens[k] as Token).cap) k++;
  const place = k < to ? placeAt(doc, s, k) : undefined;
  return !!place && place.start === k && place.end >= to;
}

/**
 * « Investigadores de la Universidad Austral… », "Researchers of the National Mining Company…":
 * a noun for people (lexicon class `person-noun`, or its plural) capitalised only because it
 * opens the clause, then a connector and a body's name a few words on, is no part of that name.
 */
function commonNounBeforeBody(tokens: readonly Token[], i: number, lex: Lexicon): boolean {
  const t = tokens[i] as Token;
  const next = tokens[i + 1];
  if (!opensClause(tokens, i) || !next || !lex.nameConnectors.hasToken(next) || lex.clauseBreaks.hasToken(next) || lex.orgKeywords.hasToken(t)) return false;
  if (!personNounForms(lex).has(t.f)) return false;
  for (let k = i + 2; k < i + 6 && k < tokens.length; k++) {
    const w = tokens[k] as Token;
    if (w.cap && lex.orgKeywords.hasToken(w)) return true;
    if (!w.cap && !lex.nameConnectors.hasToken(w) && !lex.determiners.hasToken(w)) return false;
  }
  return false;
}

/** The words of the lexicon's `person-noun` class and their plurals, folded. */
function personNounForms(lex: Lexicon): ReadonlySet<string> {
  let forms = PERSON_NOUN_FORMS.get(lex);
  if (!forms) {
    const words = [...(lex.classes.get('person-noun')?.firstWords() ?? [])];
    forms = new Set(words.flatMap((w) => [w, foldWord(lex.plural(w))]));
    PERSON_NOUN_FORMS.set(lex, forms);
  }
  return forms;
}
const PERSON_NOUN_FORMS = new WeakMap<Lexicon, ReadonlySet<string>>();

/** Whether token k opens the sentence or follows punctuation, where a capital need not mean a name. */
function opensClause(tokens: readonly Token[], k: number): boolean {
  return k === 0 || tokenAt(tokens, k - 1)?.kind === 'punct';
}

/**
 * A mention of tokens [start, end) of sentence s. Every mention is made here, with all its fields
 * in one order, so that all have one shape: mentions spread from partial objects each took a shape
 * of their own, and making them was a large part of classify's time. The optional fields are
 * there too, undefined until set: one set later gave its mention another shape (three among a
 * corpus's mentions, four among actors' mentions, which code reading them met all of). The name
 * is an internal string (see internal): cut and joined from tokens' texts in several ways, names
 * were strings of more kinds than code reading their characters is specialised for.
 */
export function mention(s: number, start: number, end: number, name: string, type: NameMention['type'], known: KnownEntity | null, honorific = false): NameMention {
  return { sentence: s, start, end, name: internal(name), type, known, acronym: null, role: null, roleRange: null, honorific, affiliation: undefined, modifier: undefined, weak: false };
}

/** A person's mention with the role found for it. */
function withRole(m: NameMention, role: RoleFound): NameMention {
  m.role = role.role;
  m.roleRange = role.roleRange;
  return m;
}

function text(tokens: readonly Token[], start: number, end: number): string {
  let out = '';
  for (let k = start; k < end; k++) {
    const t = tokens[k] as Token;
    const prev = tokenAt(tokens, k - 1);
    out += k > start && prev && prev.end < t.start ? ` ${t.text}` : t.text;
  }
  return out;
}

function isNameWord(t: Token, lex: Lexicon): boolean {
  return t.kind === 'word' && t.cap && !lex.nonNames.hasToken(t) && !lex.stopwords.hasToken(t) && nameWordText(t.text) && !compoundAdjective(t, lex);
}

/**
 * "Lagos-based", "Paris-born", "US-led": a capitalised word joined by a hyphen to a lower-case
 * participle or adjective of the language describes what follows; it names no one. (A given
 * name's second half in lower case, "Min-jun", is no word of the language.)
 */
function compoundAdjective(t: Token, lex: Lexicon): boolean {
  const part = partAfterHyphen(t);
  if (part === null) return false;
  const classes = wordClassesOf(lex.lang, part);
  return (classes & (PARTICIPLE | ADJ)) !== 0 && (classes & NOUN) === 0;
}

/** The folded part of a word after its last hyphen when that part is written in lower case ("based" in "Delhi-based"), else null. */
function partAfterHyphen(t: Token): string | null {
  const hyphen = t.f.lastIndexOf('-');
  if (hyphen <= 0 || hyphen === t.f.length - 1 || !LOWER_AFTER_HYPHEN.test(t.text.slice(hyphen))) return null;
  return t.f.slice(hyphen + 1);
}
const LOWER_AFTER_HYPHEN = /^-\p{Ll}+$/u;

/** The word before `start` ends on a hyphen and a participle of lexicon class `body-compound` ("Delhi-based"). */
function bodyCompoundBefore(tokens: readonly Token[], start: number, lex: Lexicon): boolean {
  const before = tokenAt(tokens, start - 1);
  const part = before?.kind === 'word' && before.end === (tokens[start] as Token).start - 1 ? partAfterHyphen(before) : null;
  return part !== null && lex.classes.get('body-compound')?.hasWord(part) === true;
}

/** Whether `text` is written as a name's word (NAME_WORD): ASCII read by hand, as most words are; the pattern past it. Asked of nearly every capitalised word. */
function nameWordText(text: string): boolean {
  if (text.length === 0) return false;
  const first = text.charCodeAt(0);
  if (first >= 128) return NAME_WORD.test(text);
  // An ASCII capital is A–Z; then ASCII letters, apostrophes, dots and hyphens.
  if (first < 65 || first > 90) return false;
  for (let i = 1; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code >= 128) return NAME_WORD.test(text);
    if (!((code >= 97 && code <= 122) || (code >= 65 && code <= 90) || code === 39 || code === 46 || code === 45)) return false;
  }
  return true;
}

/** "Jane Roe KC", "Advocate Thabo Mokoena SC": the token at `k` is a rank or an honour after a given name and a surname (the run opening at `from`). */
function postNominal(tokens: readonly Token[], from: number, k: number, lex: Lexicon): boolean {
  return k - 2 >= from && !!lex.classes.get('post-nominal')?.hasWord((tokens[k] as Token).f) && isGivenName(lex, tokenAt(tokens, k - 2) as Token);
}

/** "al-Mokhtar", "el-Sisi", "bin-Salman": a particle written onto a capitalised word, inside a name. */
function particleJoined(t: Token, lex: Lexicon): boolean {
  const dash = t.text.indexOf('-');
  return t.kind === 'word' && dash > 0 && dash + 1 < t.text.length && /\p{Lu}/u.test(t.text.charAt(dash + 1)) && lex.particles.has(t.f.slice(0, dash));
}

/**
 * "Leeds United", "Chingola Residents Association", "Malawi Electoral Commission": the
 * capitalised words right after a place carry an organisation word within a few words, so the
 * place opens the body's name ("Zambia Mines Minister" has none; a title right after the place
 * is ruled out by the caller).
 */
function bodyWordAhead(tokens: readonly Token[], from: number, used: Uint8Array, doc: Doc, s: number): boolean {
  for (let k = from; k < tokens.length && k < from + 3; k++) {
    const t = tokens[k] as Token;
    if (used[k] || !t.cap || t.kind !== 'word' || realPlaceAt(doc, s, k)) return false;
    if (doc.lex.orgKeywords.hasToken(t)) return true;
  }
  return false;
}

/**
 * « Paul Ekang Kribi », "Marta Ibáñez Lagos": a town's one-word name that ends a run opened by a
 * given name and one more name word is the person's last surname (the run stops at places
 * otherwise); a country's name or a longer place's is not.
 */
function surnameAsPlace(tokens: readonly Token[], start: number, k: number, doc: Doc, s: number): boolean {
  const place = placeAt(doc, s, k);
  if (place?.kind !== 'place' || place.start !== k || place.end !== k + 1 || k - start < 2) return false;
  if (!isGivenName(doc.lex, tokens[start] as Token) || realPlaceAt(doc, s, k - 1)) return false;
  const after = tokens[k + 1];
  return !after || !isNameWord(after, doc.lex);
}

/** A place that stops a name; a blocker ("Pan American", "Southeast Asia") may sit inside one. */
function realPlaceAt(doc: Doc, s: number, k: number): boolean {
  const place = placeAt(doc, s, k);
  return !!place && place.kind !== 'blocker';
}

const ALL_CAPITALS = /^\p{Lu}{2,}$/u;

/** Whether `text` is two capital letters or more (ALL_CAPITALS): ASCII read by hand, as nearly every word is; the pattern past it. Asked of every capitalised word. */
function allCapitals(text: string): boolean {
  if (text.length < 2) return false;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code >= 128) return ALL_CAPITALS.test(text);
    if (code < 65 || code > 90) return false;
  }
  return true;
}

function startsName(tokens: readonly Token[], i: number, doc: Doc, s: number): boolean {
  const t = tokens[i] as Token;
  // "#NouvelleCalédonie": a hashtag is a label, not a name.
  // (A mark is punctuation: its kind is read before its text.)
  const before = tokenAt(tokens, i - 1);
  if (before?.kind === 'punct' && before.text === '#' && before.end === t.start) return false;
  // "a NZ$4.2 billion deal": letters written onto a currency symbol are the currency's.
  const glued = tokens[i + 1];
  if (glued && glued.start === t.end && SYMBOLS[glued.text] !== undefined) return false;
  // "le vice-Premier ministre Le Van Thanh": after a title, a capitalised particle ("Le", "Van")
  // followed by a name word opens the name.
  if (t.cap && doc.lex.particles.hasToken(t) && i > 0 && doc.lex.roles.endingAt(tokens, i - 1) && tokens[i + 1] && isNameWord(tokens[i + 1] as Token, doc.lex) && !realPlaceAt(doc, s, i + 1)) return true;
  // Tested once: this runs for every token of every sentence. A token opened by an ASCII
  // character other than A–Z (most of them) is in capitals only if that were a capital.
  const opening = t.text.charCodeAt(0);
  const capitals = (opening >= 65 && opening <= 90) || opening >= 128 ? allCapitals(t.text) : false;
  // "PT Maju Industri": an organisation word in capitals opens a company's name; "SK Group": an
  // acronym before an organisation word is the first word of its name.
  if (capitals && doc.lex.orgKeywords.hasToken(t) && tokens[i + 1] && isNameWord(tokens[i + 1] as Token, doc.lex)) return !realPlaceAt(doc, s, i);
  if (capitals && tokens[i + 1]?.cap && doc.lex.orgKeywords.hasToken(tokens[i + 1]) && !doc.lex.classes.get('not-org-acronym')?.at(tokens, i)) return !realPlaceAt(doc, s, i);
  if (givenNameMonth(tokens, i, doc.lex)) return !realPlaceAt(doc, s, i + 1);
  if (!isNameWord(t, doc.lex) || realPlaceAt(doc, s, i) || doc.lex.determiners.hasToken(t) || doc.lex.honorifics.hasToken(t)) return false;
  // "According to Rugby Australia", "Said Mr X": a sentence-initial reporting word is no name.
  // Inside a sentence a capital says name: « del Registro Civil » (« registró » folds alike).
  if (doc.lex.accordingTo.at(tokens, i) || (doc.lex.finite.hasToken(t) && opensClause(tokens, i))) return false;
  // « Vecinos de X relataron », "Residents of X said": a group of people opening the sentence is no name.
  if (opensClause(tokens, i) && doc.lex.sourceNouns.at(tokens, i)?.value === 'unnamed' && !isGivenName(doc.lex, t)) return false;
  // "utility CEEE Equatorial said": an acronym right before a name word is the name's first word,
  // or the name's last word would be read alone; not a body known by the acronym alone, nor before
  // a given name ("told AFP Jane Roe").
  const next = tokens[i + 1];
  const opensRun =
    capitals &&
    !!next &&
    next.start === t.end + 1 &&
    !doc.lex.orgDescriptors.at(tokens, i) &&
    !isGivenName(doc.lex, next) &&
    !knownAt(tokens, i, doc.lang) &&
    isNameWord(next, doc.lex) &&
    !allCapitals(next.text) &&
    !realPlaceAt(doc, s, i + 1) &&
    !doc.lex.roles.at(tokens, i + 1);
  return !capitals || opensRun || tokenAt(tokens, i - 1)?.text === '(' || reportingNear(tokens, i, i + 1, doc.lex) || afterAccordingTo(tokens, i, doc.lex) || namedAcronym(tokens, i, doc, s);
}

/**
 * "Plan Nacional de Vivienda", "Indice des prix", "Treaty of Rome": a name of several words opened
 * by this thing's head noun (the lexicon's `event-head`) names that thing. Not when the noun is also
 * a body's word ("Programa Mundial de Alimentos" is an agency) or a given name ("Bill Okafor").
 */
function thingHead(first: Token | undefined, lex: Lexicon): boolean {
  return first !== undefined && headsThing(lex, first);
}
// Asked of every capitalised token: the answer depends on the word alone.
const headsThing = byWord((lex) => {
  const heads = lex.classes.get('event-head');
  return (f) => !lex.orgKeywords.has(f) && !FIRST_NAMES.has(f) && heads?.hasWord(f) === true;
});

// Whether a word is a title of its own (a one-word phrase of the lexicon's roles), kept on the word.
const isRoleWord = byWord((lex) => (f) => lex.roles.hasWord(f));

/**
 * True when a place noun in a name's words makes it a place ("Kelso Ridge", « Costa Brava »). Where
 * place nouns open a place's name (lexicon `placeWordsOpen`), one after a given name is a family
 * name: « Ana Costa », « Luis Valle » are people.
 */
function placeWordNames(words: readonly Token[], lex: Lexicon): boolean {
  if (!words.some((w) => lex.placeWords.hasToken(w))) return false;
  const first = words[0];
  return !(lex.placeWordsOpen && first && isGivenName(lex, first) && !lex.placeWords.hasToken(first));
}

/**
 * "la portavoz, Abril Núñez, dijo…": where months are written in lower case, a capitalised month
 * inside a sentence that is also a given name, before a name word, opens a person's name.
 */
function givenNameMonth(tokens: readonly Token[], i: number, lex: Lexicon): boolean {
  const t = tokens[i] as Token;
  const next = tokens[i + 1];
  return lex.monthsLowerCase && i > 0 && t.cap && lex.months.hasToken(t) && isGivenName(lex, t) && !!next && isNameWord(next, lex) && !lex.months.hasToken(next);
}

/**
 * "los ministros Pablo Ruiz y Marta Gil": a conjunction that is also a name particle ("Ortega y
 * Gasset") opens another person's name when a given name and a name word follow it.
 */
function opensAnotherName(tokens: readonly Token[], k: number, lex: Lexicon): boolean {
  const given = tokens[k + 1];
  const surname = tokens[k + 2];
  return lex.clauseBreaks.hasToken(tokens[k]) && !!given && isGivenName(lex, given) && !!surname && isNameWord(surname, lex);
}

/** An acronym token: two capitals or more, maybe digits, "&" or a hyphenated tail ("SNCF", "G9", "CGT-Cheminots"). */
const ACRONYM_TOKEN = /^\p{Lu}(?:[\p{Lu}\d&]*\p{Lu}[\p{Lu}\d&]*|\d+)(?:-[\p{L}\d]+)?$/u;

/**
 * An acronym that names a body by its place in the sentence: after a determiner ("la SNCF",
 * "the BJP", "du PAM") or a body's noun ("news agency BSS", "le syndicat CGT"). Acronyms of
 * things ("le PIB", "the CEO", "4G") are lexicon data (`not-org-acronym`) and never count.
 */
function namedAcronym(tokens: readonly Token[], i: number, doc: Doc, s: number): boolean {
  const t = tokens[i] as Token;
  const lex = doc.lex;
  if (!ACRONYM_TOKEN.test(t.text) || doc.thingAcronyms.has(t.f) || lex.classes.get('not-org-acronym')?.at(tokens, i) || placeAt(doc, s, i)) return false;
  // "a GOP-backed bill": an acronym with a modifier's ending describes, it names nothing.
  const tail = t.f.split('-')[1];
  if (tail && lex.classes.get('modifier-suffix')?.hasWord(tail)) return false;
  // "a NOK 600 million placement": an ISO code before an amount is its currency.
  if (lex.currencies.at(tokens, i) || (tokens[i + 1]?.kind === 'number' && currencyAt(tokens, i, lex)) || /^[IVXLC]+$/u.test(t.text)) return false;
  const before = tokenAt(tokens, i - 1);
  if (!before) return false;
  if (lex.determiners.hasToken(before) && !before.cap) return true;
  const noun = lex.sourceNouns.endingAt(tokens, i - 1);
  return !!noun && noun.value !== 'person' && noun.value !== 'unnamed';
}

/**
 * "Farm group Argentine Rural Society (SRA)", « l’ONG Médecins sans frontières (MSF) »: a body's
 * noun written as a common noun (lower case, or in capitals: "ONG") in the first words of a long
 * name, before capitalised ones, says what the body is; its name starts after it.
 */
function afterDescriptor(tokens: readonly Token[], start: number, paren: number, lex: Lexicon): number {
  for (let k = start; k < start + 3 && k + 1 < paren; k++) {
    const t = tokens[k] as Token;
    if ((!t.cap || allCapitals(t.text)) && lex.orgDescriptors.endingAt(tokens, k) && (tokens[k + 1] as Token).cap) return k + 1;
  }
  return start;
}

/** Start of the long name an acronym in parentheses abbreviates, or -1. */
function longNameStart(tokens: readonly Token[], paren: number, lex: Lexicon): number {
  let k = paren - 1;
  let first = -1;
  // "de la santé", "of the Congo", « sur l’environnement »: a determiner after a preposition is inside the name.
  const prepositions = lex.wordList('longNamePrepositions');
  const joined = (w: Token | undefined): boolean => !!w && (lex.connectors.hasToken(w) || lex.particles.hasToken(w) || lex.clauseBreaks.hasToken(w) || prepositions.hasWord(w.f));
  for (let steps = 0; k >= 0 && steps < 14; k--, steps++) {
    const t = tokenAt(tokens, k) as Token;
    if (t.kind === 'punct' && t.text !== '-' && t.text !== "'") break;
    const before = tokenAt(tokens, k - 1);
    // A capitalised particle is a name's word before a capital (« Le Pen »), a determiner before a
    // common noun (« Le directeur de … »); « au plan »: a preposition's contraction is inside the name.
    const particle = lex.particles.hasToken(t) && (!t.cap || !!tokens[k + 1]?.cap);
    if (lex.determiners.hasToken(t) && !lex.connectors.hasToken(t) && !prepositions.hasWord(t.f) && !particle && !joined(before)) break;
    if (t.cap) first = k;
  }
  // "According to Rugby Australia (RA)", "La Banque centrale (BCEAO)": the name starts after
  // a reporting phrase or a determiner.
  while (first >= 0 && first < paren) {
    const t = tokenAt(tokens, first) as Token;
    const phrase = lex.accordingTo.at(tokens, first);
    if (phrase) first += phrase.length;
    else if (lex.determiners.hasToken(t) || lex.stopwords.hasToken(t) || lex.finite.hasToken(t)) first++;
    else break;
  }
  return first < paren && tokenAt(tokens, first)?.cap ? first : -1;
}

/** The initials of the capitalised words in [start, end) and of its lower-case words that are not connectors ("Banque centrale des États" → BCE). */
function initials(tokens: readonly Token[], start: number, end: number, lex: Lexicon, wholeAcronyms = false): string {
  let letters = '';
  for (let k = start; k < end; k++) {
    const t = tokens[k] as Token;
    if (t.kind !== 'word') continue;
    // With `wholeAcronyms`, an acronym inside the name gives all its letters ("UN Environment Programme" → UNEP).
    if (wholeAcronyms && allCapitals(t.text)) letters += t.text;
    else if (t.cap || !(lex.connectors.hasToken(t) || lex.particles.hasToken(t) || lex.determiners.hasToken(t) || lex.stopwords.hasToken(t))) letters += t.text.charAt(0);
  }
  return letters.toUpperCase();
}

/** Whether lower-case words before the capitalised run at `start` begin the words that spell the acronym before `paren`. */
function spelledFromLowerCase(tokens: readonly Token[], start: number, paren: number, acronym: string, lex: Lexicon): boolean {
  for (let j = start - 1; j >= 0 && j >= start - 8; j--) {
    const t = tokens[j] as Token;
    if (t.kind !== 'word' || t.cap) return false;
    if (!lex.connectors.hasToken(t) && !lex.determiners.hasToken(t) && !lex.stopwords.hasToken(t) && spells(tokens, j, paren, acronym, lex)) return true;
  }
  return false;
}

// The capitals of the acronym asked last: one acronym is spelled against many starts in a row.
let lastAcronym = '';
let lastCapitals = '';

/** The capital letters of `acronym` ("Mercosur" → "M"). */
function capitalsOf(acronym: string): string {
  if (acronym !== lastAcronym) {
    lastCapitals = acronym.replace(/[^\p{Lu}]/gu, '');
    lastAcronym = acronym;
  }
  return lastCapitals;
}

/** Whether the words in [start, end) spell the acronym by their initials. */
function spells(tokens: readonly Token[], start: number, end: number, acronym: string, lex: Lexicon): boolean {
  const letters = capitalsOf(acronym);
  return letters.length >= 2 && (initials(tokens, start, end, lex) === letters || initials(tokens, start, end, lex, true) === letters);
}

/**
 * The start of the words an acronym spells when they are only the end of the capitalised run
 * before it ("Sudan's army and the Rapid Support Forces (RSF)" → "Rapid Support Forces"), else
 * the run's start: an acronym that spells no ending of the run (a translation, an old name) keeps
 * the whole run.
 */
function spelledStart(tokens: readonly Token[], start: number, paren: number, acronym: string, lex: Lexicon): number {
  if (spells(tokens, start, paren, acronym, lex)) return start;
  for (let k = start + 1; k < paren; k++) if ((tokens[k] as Token).cap && spells(tokens, k, paren, acronym, lex)) return k;
  return start;
}

function classify(tokens: readonly Token[], start: number, end: number, doc: Doc, s: number): NameMention | null {
  const lex = doc.lex;
  // An English title inside the run: "Environment Minister Luiza Bragança"; not before a word
  // for a government body or an organisation's word, which the title's word then names ("the
  // Justice Department", "the Environmental Justice Network").
  let roleEnd = -1;
  for (let k = start; k < end; k++) {
    const hit = lex.roles.at(tokens, k);
    if (hit && k + hit.length < end && !titleInComplement(tokens, k, lex) && lex.sourceNouns.at(tokens, k + hit.length)?.value !== 'government' && !lex.orgKeywords.hasToken(tokens[k + hit.length])) roleEnd = k + hit.length;
  }
  // « Direction générale de la concurrence »: what follows a title inside the run must read as a
  // name; lower-case words are the title's complement (the title is a body's word), and the run
  // is weighed whole.
  if (roleEnd > 0 && !namedAfterTitle(tokens, roleEnd, end, lex)) roleEnd = -1;
  let nameStart = roleEnd > 0 ? roleEnd : start;
  // Particles do not start a name ("de Gaulle" keeps "Gaulle"), except a capitalised one right after a title ("le ministre Le Van Thanh").
  while (nameStart < end && lex.particles.hasToken(tokens[nameStart]) && !((tokens[nameStart] as Token).cap && lex.roles.endingAt(tokens, nameStart - 1))) nameStart++;
  let nameEnd = end;
  // "Chulalongkorn University in", "Institut de": a name never ends on a lower-case function word.
  const dangling = (t: Token): boolean =>
    lex.particles.hasToken(t) || (!t.cap && (lex.stopwords.hasToken(t) || lex.connectors.hasToken(t) || lex.nameConnectors.hasToken(t) || lex.determiners.hasToken(t) || lex.placePrepositions.hasToken(t)));
  while (nameEnd > nameStart && dangling(tokenAt(tokens, nameEnd - 1) as Token)) nameEnd--;
  if (nameEnd <= nameStart) return null;
  const words: Token[] = [];
  for (let k = nameStart; k < nameEnd; k++) if (!lex.particles.hasToken(tokens[k])) words.push(tokens[k] as Token);
  const name = text(tokens, nameStart, nameEnd);
  const before = tokenAt(tokens, nameStart - 1);
  const honorific = !!before && lex.honorifics.hasToken(before);
  // Made only for the names that are kept: most runs classify turns down.
  const organization = (): NameMention => mention(s, nameStart, nameEnd, name, 'organization', null, honorific);
  const person = (): NameMention => withRole(mention(s, nameStart, nameEnd, name, 'person', null, honorific), role);
  // "Pacific Nations Cup", "Cyclone Mele", "COP30": events and things, not actors; so is a name
  // that ends on a thing's head ("Finance Bill", "Second Reading") or a plural role ("Kwanza MPs").
  if (words.some((w) => lex.eventWords.hasToken(w))) return null;
  // "reached the final of the Continental League", « jugará la Liga Profesional »: a league played,
  // won or led is a competition, not the body that runs it.
  if (competitionPlayed(tokens, start, words, lex)) return null;
  const lastWord = tokenAt(tokens, nameEnd - 1) as Token;
  const pluralRole = /s$/u.test(lastWord.f) && !lex.orgKeywords.hasToken(lastWord) && lex.roles.hasWord(lastWord.f.slice(0, -1));
  if (words.length > 1 && (lex.classes.get('event-head')?.hasWord(lastWord.f) || pluralRole || thingHead(tokens[nameStart], lex))) return null;
  // "Delhi-based Tarvex Mining", "state-owned Tarvex", "second-placed Glenavon": a name after a
  // word joined to one of the participles of lexicon class `body-compound` is a body's.
  if (!honorific && roleEnd < 0 && !isGivenName(lex, tokens[nameStart] as Token) && bodyCompoundBefore(tokens, nameStart, lex)) return organization();
  // « el Parque Nacional Sierra Alta », « la Réserve naturelle X »: a name opened by a landmark's
  // head (lexicon class `landmark-head`) names a place, whatever body's word follows it.
  if (words.length > 1 && lex.classes.get('landmark-head')?.at(tokens, nameStart)) return null;
  // "Masanafu, a crowded district of the capital": a place, whatever its name looks like.
  if (describedAsPlace(tokens, nameEnd, lex)) return null;
  // "Norland's Vel Tara province", "the Amun Dal district": the head noun after the name makes it
  // a place's; a title or an honorific before the name still makes it a person's.
  if (!honorific && roleEnd < 0 && placeNounAfter(tokens, nameEnd, lex)) return null;
  // « el estadio Metropolitano Ramón Quiroga », "the stadium X": a venue or landmark named after
  // someone is still a place.
  if (!honorific && roleEnd < 0 && placeNounBefore(tokens, nameStart, lex)) return null;
  // « le rover Rosalind Franklin », « au stade Prince Karim », "the Pickering rover": a thing named
  // after someone, title and all, is not that person.
  if (namesThing(tokens, start, end, lex)) {
    // « la división Gabriela Mistral de Enami »: the body a unit's name is joined to owns it.
    let owner = end - 1;
    while (owner > start && !(lex.connectors.hasToken(tokens[owner]) && !(tokens[owner] as Token).cap)) owner--;
    return owner > start && owner + 1 < end ? mention(s, owner + 1, end, text(tokens, owner + 1, end), 'organization', null) : null;
  }
  // "AGENCY/Ana Ruiz" left of a caption: a photo credit names who took the picture, not an actor.
  if (creditAfterAgency(tokens, nameStart) || creditBeforeAgency(tokens, nameEnd)) return null;
  // A title alone ("President") is no one.
  if (words.every((w) => isRoleWord(lex, w))) return null;
  // "chipmaker Arus Semikonduktor", "the publisher, Kitabu Press", "l’opérateur du réseau
  // moldave, Moldelectrica": a name typed by a company noun before it, or in apposition to one.
  const demonymAt = (k: number): boolean => placeAt(doc, s, k)?.kind === 'demonym';
  // « le quotidien Le Réveil », « la empresa La Sirena »: after a company or media noun, a
  // particle is the first word of the body's name, not a surname's ("Le Pen").
  // The particle may be inside the run or left just before it.
  const particle = nameStart > start ? start : start > 0 && (tokenAt(tokens, start - 1) as Token).cap && lex.particles.hasToken(tokenAt(tokens, start - 1)) ? start - 1 : -1;
  if (particle >= 0 && roleEnd < 0 && (descriptorBefore(tokens, particle, lex, demonymAt) >= 0 || bodyNounBefore(tokens, particle, lex))) {
    return mention(s, particle, nameEnd, text(tokens, particle, nameEnd), 'organization', null);
  }
  const descriptor = descriptorBefore(tokens, nameStart, lex, demonymAt);
  const typed = descriptor >= 0;
  // A capitalised descriptor inside a sentence is the name's own first word (« el Banco Central »).
  const lead = typed || !opensClause(tokens, nameStart) ? null : lex.orgDescriptors.at(tokens, nameStart);
  // A given name after the noun still makes a person's name when it is a common one ("the company
  // Anna Berg founded"), or any given name when the noun is also a trade ("the producer Tariq Osei") or
  // stands before a comma ("the head of the roads agency, Ivo Marek": the apposition may be the
  // head's); right after a company noun, the given-name list is long enough to hold most words of
  // a company's name ("the firm Selva Norte").
  const typedGiven = tokens[nameStart + (lead?.length ?? 0)] as Token;
  const adjacent = typed && tokenAt(tokens, nameStart - 1)?.text !== ',' && !lex.classes.get('trade-noun')?.endingAt(tokens, descriptor);
  const typedGivenKind = nameKindByWord(lex, typedGiven);
  const personal = (typedGivenKind & COMMON_GIVEN) !== 0 || ((typedGivenKind & GIVEN) !== 0 && !adjacent);
  if ((typed || (lead && nameStart + lead.length < nameEnd && nameStart === start)) && !personal) {
    const from = nameStart + (lead?.length ?? 0);
    return mention(s, from, nameEnd, text(tokens, from, nameEnd), 'organization', null);
  }
  // "l’Union", "the Commission" alone are references, not names.
  if (words.length === 1 && lex.orgKeywords.hasToken(words[0])) return null;
  if (words.some((w) => lex.orgKeywords.hasToken(w)) || (lex.orgKeywords.hasToken(tokens[nameStart]) && allCapitals((tokens[nameStart] as Token).text) && words.length > 1)) return organization();
  // "Secretaría de Gestión de Puertos y Aguas Interiores": after a body's name and a conjunction,
  // the capitalised words (no body's word of their own) go on naming the body, not a person with the body as title.
  if (!honorific && roleEnd < 0 && bodyBeforeConjunction(tokens, nameStart, lex)) return null;
  // "Kelso Ridge", "Mount Elgon", "Southeast Asia", "Pan American": places, landmarks and
  // regional adjectives, never actors.
  if (placeWordNames(words, lex)) return null;
  // (A place after a preposition of purpose is what the body is for: « Acción por Valdivia ».)
  const purpose = lex.classes.get('purpose-connector');
  for (let k = nameStart; k < nameEnd && !(purpose?.at(tokens, k) && !(tokens[k] as Token).cap); k++) if (placeAt(doc, s, k) && !(k === nameEnd - 1 && surnameAsPlace(tokens, nameStart, k, doc, s))) return null;
  // "selon les résultats publiés par la Ceni": whoever publishes results is a body.
  // A common first name outweighs the words around the name: "publié par Anna Berg", "un centre
  // de Tobias Brennecke" name people.
  const firstName = isGivenName(lex, tokens[nameStart] as Token) && words.length > 1;
  if (!firstName && (publishedBy(tokens, nameStart, lex) || pluralRoleAt(tokens, nameStart, lex))) return organization();
  // "l’agence Angop", "le musée Ashcombe": a name right after an organisation or media noun.
  // The noun is a common noun: lower case, or an all-capitals one such as "ONG".
  const common = (t: Token | undefined): boolean => !!t && t.kind === 'word' && (!t.cap || allCapitals(t.text));
  const previous = tokenAt(tokens, nameStart - 1);
  // "l’agence officielle Angop": one adjective may stand between; a function word may not ("un centre de X").
  const adjective =
    common(previous) &&
    !(previous as Token).cap &&
    !lex.stopwords.hasToken(previous as Token) &&
    !lex.connectors.hasToken(previous as Token) &&
    !lex.determiners.hasToken(previous as Token) &&
    !isVerbWord(tokens, nameStart - 1, lex) &&
    !!lex.adjectiveEndings?.test((previous as Token).f);
  const noun = common(before) ? (lex.sourceNouns.endingAt(tokens, nameStart - 1)?.value ?? (adjective && common(tokenAt(tokens, nameStart - 2)) ? lex.sourceNouns.endingAt(tokens, nameStart - 2)?.value : undefined)) : undefined;
  if (!firstName && (noun === 'media' || noun === 'organization')) return organization();
  // An all-capitals word that speaks is an organisation: "INDEC said", "selon l’ANACIM" (but
  // "l’ONG Acled" names Acled, not "ONG").
  if (words.length === 1 && allCapitals(name) && !lex.sourceNouns.at(tokens, nameStart) && (reportingNear(tokens, nameStart, nameEnd, lex) || afterAccordingTo(tokens, nameStart, lex))) return organization();
  if (words.length === 1 && namedAcronym(tokens, nameStart, doc, s)) return organization();
  if (words.length > 4 || words.some((w) => allCapitals(w.text))) return null;
  // "joined Ajax from Sporting Braga", "a rejoint Benfica": clubs, in a transfer.
  // ("joined from Scottish club X": a word before a body's noun in lower case describes the club.)
  const bodyNounAfter = !tokens[nameEnd]?.cap && (!!lex.orgDescriptors.at(tokens, nameEnd) || lex.sourceNouns.at(tokens, nameEnd)?.value === 'organization');
  if (words.length <= 3 && !honorific && !bodyNounAfter && transferBefore(tokens, nameStart, lex)) return organization();
  // "Kestrava shares fell", « l’action Solvéa », « las acciones de Norpetra »: what has shares traded is a company.
  if (!honorific && roleEnd < 0 && !isGivenName(lex, tokens[nameStart] as Token) && stockOf(tokens, nameStart, end, lex)) return organization();
  // "the party's Jane Doe": a body's possessive before a name introduces one of its people.
  const bodyPossessive = isPossessive(tokenAt(tokens, nameStart - 1)) && /^\p{Lu}/u.test(tokenAt(tokens, nameStart - 2)?.text ?? '') && words.length >= 2;
  // Found only here, for the runs the tests above have not turned down (most of them).
  const role: RoleFound = roleEnd > 0 ? { role: text(tokens, start, roleEnd), roleRange: [start, roleEnd] } : roleOf(tokens, nameStart, nameEnd, lex);
  const cue = honorific || role.role !== null || reportingNear(tokens, nameStart, nameEnd, lex) || describedAsPerson(tokens, nameEnd, lex) || bodyPossessive;
  // "Irish Water said", "Welsh Cycling announced": a nationality and one common noun name a
  // body (a federation, a utility, a carrier), never a person with no given name.
  const body = !honorific && roleEnd < 0 && !role.role ? nationalBody(tokens, nameStart, nameEnd, doc, s) : null;
  if (body) return mention(s, body[0], body[1], text(tokens, body[0], body[1]), 'organization', null);
  // « la ministra de Cultura, Educación y Sanidad », « le ministre de la Santé, Jeunesse et Sports »:
  // common nouns set off by a comma after a title, in a list, are more of the title's portfolios,
  // not its holder.
  if (!honorific && portfolioList(tokens, nameStart, nameEnd, words, lex)) return null;
  if (words.length === 1) {
    if (role.complement && !honorific) return null;
    // "Saint-Nazaire", « San-Pédro »: one word joined to a saint's prefix by a hyphen is a town's
    // name (or a saint's), never a person's whole name.
    const hyphen = name.indexOf('-');
    if (hyphen > 0 && !honorific && lex.classes.get('saint-prefix')?.hasWord(foldWord(name.slice(0, hyphen)))) return null;
    // "SkyRail", "BlackRock", "NovaTel, the state broadcaster": a word with a capital inside
    // after a syllable of its own is a brand's or a body's name, never a person's, whatever role
    // an apposition gives it ("McDonald", "DeSantis" are people's).
    const inner = cue && !honorific ? INNER_CAPITAL.exec(name) : null;
    if (inner && !lex.classes.get('name-prefix-capital')?.hasWord(foldWord(inner[1] as string))) return organization();
    // « Vecinos de Kalapampa relataron », "Residents of Kaloko said": where a group of people lives.
    if (!honorific && lex.classes.get('group-preposition')?.endingAt(tokens, nameStart - 1) && lex.classes.get('group-noun')?.endingAt(tokens, nameStart - 2)) return null;
    // "Volvo à Göteborg a annoncé", "the plant in Gothenburg said": a lone word after a place
    // preposition that follows a noun or a name (not a verb: "a écrit à Dupont") is a place.
    const locative = before && lex.classes.get('locative')?.hasWord(before.f) && !before.cap ? tokenAt(tokens, nameStart - 2) : undefined;
    if (locative && !honorific && !role.role && locative.kind === 'word' && !lex.finite.hasToken(locative) && !lex.participles.endingAt(tokens, nameStart - 2) && !lex.auxiliaries.hasToken(locative)) return null;
    // "Nordvik, the second-largest union, …", « Solidar, deuxième syndicat du site, … »: set off by a body's noun, a body.
    // (A body's noun, not a document's: « Naturellement, la décision… » is no apposition.)
    if (!honorific && !role.role && describedAsBody(tokens, nameEnd, lex, true)) return organization();
    // « la Sénova a assuré », "Vantero said its profit…": a lone word that speaks is a body's name.
    if (!honorific && !role.role && speaksAsBody(tokens, nameStart, nameEnd, lex)) return organization();
    // A lone capitalised word opening the sentence ("Analysts said") needs a title or a role.
    if (nameStart === 0 && !honorific && !role.role && !describedAsPerson(tokens, nameEnd, lex)) return null;
    // "said Kestrel analyst Priya Natarajan", "Okonkwo aide Ada Eze": a lone word right before a
    // title and the name it is given modifies the title (an employer, a patron), which of the two
    // the word alone cannot say: it stands only for an actor the article names otherwise.
    if (!honorific && !role.role && titledNameAfter(tokens, nameEnd, lex)) {
      const modifier = person();
      modifier.modifier = true;
      return modifier;
    }
    // « et des Sports », « y del Turismo », "of the Interior": an article right before a lone word
    // that does not speak as a body (above) makes it a thing's or a portfolio's name: a person's
    // name takes none.
    if (!honorific && !role.role && lex.determiners.hasToken(tokenAt(tokens, nameStart - 1))) return null;
    return cue ? person() : null;
  }
  // "coordinator of Rede Floresta Viva": after a preposition, an unknown run is not a person.
  // A known first name is evidence enough: "signed by Maria Lopez", "Marine Le Pen a parlé".
  // The first name may follow a written-out title or prefix ("Gen. Arturo …", "Me Aminata …").
  // A first name from the long lists only (given-names.json) is weaker evidence than a common
  // one: after a place preposition ("à Sidi Aïssa", "near Santa Rosa") it names a place as often
  // as a person, and such a name is kept only when a later mention confirms it (dropUnconfirmed).
  const leading = words.slice(0, words.length > 2 ? 2 : 1);
  const commonGiven = leading.some((w, k) => isCommonGivenName(lex, w) && !lex.roles.at(words, k));
  // A name of the long lists that is also a word of the language ("Arena", "Villa", "Rose") is no
  // evidence alone: it needs a later mention.
  const word = (w: Token): boolean => (wordClassesOf(lex.lang, w.f) & (NOUN | ADJ | VERB)) !== 0;
  const anyGiven = commonGiven || leading.some((w, k) => isGivenName(lex, w) && !word(w) && !lex.roles.at(words, k));
  const wordGiven = !anyGiven && leading.some((w, k) => isGivenName(lex, w) && !lex.roles.at(words, k));
  const locative = !!lex.classes.get('locative')?.endingAt(tokens, nameStart - 1) && !isVerbWord(tokens, nameStart - 2, lex);
  const given = commonGiven || (anyGiven && !locative);
  const weakGiven = (anyGiven && !given) || wordGiven;
  let p = nameStart - 1;
  while (p > 0 && lex.determiners.hasToken(tokens[p]) && !lex.connectors.hasToken(tokens[p])) p--;
  const preposition = tokenAt(tokens, p);
  const afterPreposition = !!preposition && (lex.connectors.hasToken(preposition) || lex.placePrepositions.hasToken(preposition));
  // A word that opens place names ("San", "Villa", "Port") never opens a person's; a saint's
  // ("St Brannock", « San Rafael, General Alvear y … ») not even where a title or a verb seems to
  // make one: a list of places reads as a name and its title.
  if ((!cue || lex.classes.get('saint-prefix')?.at(tokens, nameStart)) && lex.classes.get('place-prefix')?.at(tokens, nameStart)) return null;
  // "the chairman of Norvane Partners, the agency that…": set off by a body's noun, a body.
  // A role right before the name (« el geólogo X, del Instituto Y ») makes the body after the comma its holder's.
  const roleBefore = !!role.roleRange && role.roleRange[1] <= nameStart && !role.complement;
  if (!given && !honorific && !roleBefore && describedAsBody(tokens, nameEnd, lex)) return organization();
  if (!cue && !given && !weakGiven && afterPreposition) return null;
  if (!cue && !given && !weakGiven && nameStart === 0) return null;
  // "X, a salué…", "…, Marcela Undurraga, said": a reporting verb after the comma that closes the
  // name; "l’Ougandais Isaac Chelangat": a nationality just before it.
  const apposed = tokens[nameEnd]?.text === ',' && reportingNear(tokens, nameStart, nameEnd + 1, lex);
  const nationality = placeAt(doc, s, nameStart - 1)?.kind === 'demonym';
  const found = person();
  found.weak = !cue && !given && !apposed && !nationality;
  return found;
}

/**
 * Whether the capitalised words ending at `k` (with connectors, articles, commas and conjunctions
 * among them) follow a title: « ministra de Cultura, Educación », "Minister of Culture, Tourism".
 */
export function inTitleComplement(tokens: readonly Token[], k: number, lex: Lexicon): boolean {
  for (let j = k; j >= 0 && k - j < 10; j--) {
    if (j < k && lex.connectors.hasToken(tokens[j + 1]) && lex.roles.endingAt(tokens, j) !== null) return true;
    const t = tokens[j] as Token;
    if (!((t.kind === 'word' && (t.cap || lex.connectors.hasToken(t) || lex.determiners.hasToken(t) || lex.clauseBreaks.hasToken(t))) || t.text === ',')) return false;
  }
  return false;
}

/**
 * The words of a run that go on with a title's list of portfolios, each a common noun and none a
 * given name: set off by a comma with a conjunction inside the run or right after it ("Turismo y
 * Deportes"), or after a conjunction that follows the title's complement ("Culture, Heritage and
 * Tourism").
 */
function portfolioList(tokens: readonly Token[], nameStart: number, nameEnd: number, words: readonly Token[], lex: Lexicon): boolean {
  const before = tokenAt(tokens, nameStart - 1);
  let listed = false;
  if (before?.text === ',') {
    listed = tokens[nameEnd]?.text === ',' || lex.clauseBreaks.hasToken(tokens[nameEnd]);
    for (let k = nameStart; k < nameEnd && !listed; k++) listed = lex.clauseBreaks.hasToken(tokens[k]);
  } else listed = !!before && lex.clauseBreaks.hasToken(before) && !before.cap && !!tokenAt(tokens, nameStart - 2)?.cap && inTitleComplement(tokens, nameStart - 2, lex);
  return listed && words.every((w) => !isGivenName(lex, w) && (wordClassesOf(lex.lang, w.f) & NOUN) !== 0);
}

// A capital after a lower-case run of two letters at least, inside one word: "SkyRail", "PayPal".
const INNER_CAPITAL = /^(\p{Lu}\p{Ll}{2,})\p{Lu}\p{Ll}/u;

/**
 * Where heads come last, a capitalised demonym and one capitalised common noun that is no given
 * name ("Irish Water", "Welsh Cycling"; the demonym inside the run or just before it): the
 * range of both, else null.
 */
function nationalBody(tokens: readonly Token[], nameStart: number, nameEnd: number, doc: Doc, s: number): [number, number] | null {
  const lex = doc.lex;
  if (!lex.headFinal) return null;
  const demonym = (k: number): boolean => {
    const place = placeAt(doc, s, k);
    return place?.kind === 'demonym' && place.start === k && place.end === k + 1 && !!tokens[k]?.cap;
  };
  const from = nameEnd - nameStart === 2 && demonym(nameStart) ? nameStart : nameEnd - nameStart === 1 && demonym(nameStart - 1) ? nameStart - 1 : -1;
  const head = tokens[nameEnd - 1] as Token;
  if (from < 0 || !head.cap || isGivenName(lex, head) || (wordClassesOf(lex.lang, head.f) & NOUN) === 0) return null;
  return [from, nameEnd];
}

/** Whether a title starts at `k` and a name word follows it ("analyst Priya Natarajan"). */
function titledNameAfter(tokens: readonly Token[], k: number, lex: Lexicon): boolean {
  const title = lex.roles.at(tokens, k);
  const after = title ? tokens[k + title.length] : undefined;
  return !!after && !(tokens[k] as Token).cap && isNameWord(after, lex);
}

/** Whether the words in [from, end) after a title read as a person's name: past the particles, the first is capitalised. */
function namedAfterTitle(tokens: readonly Token[], from: number, end: number, lex: Lexicon): boolean {
  let k = from;
  while (k < end && lex.particles.hasToken(tokens[k]) && !(tokens[k] as Token).cap) k++;
  return k < end && (tokens[k] as Token).cap;
}

/** ", a densely populated district…", ", une localité de…": an indefinite apposition naming a kind of place. */
function describedAsPlace(tokens: readonly Token[], end: number, lex: Lexicon): boolean {
  if (tokens[end]?.text !== ',' || !lex.indefinites.has(tokens[end + 1]?.f ?? '')) return false;
  for (let k = end + 2; k < end + 6 && k < tokens.length; k++) {
    const t = tokens[k] as Token;
    if (lex.classes.get('place-apposition')?.at(tokens, k) || lex.placeWords.hasToken(t)) return true;
    // Past the head noun ("une commerçante de la ville", "a hydrologist at the dam") the apposition says nothing more.
    if (t.kind !== 'word' || t.cap || lex.connectors.hasToken(t) || lex.stopwords.hasToken(t) || lex.classes.get('person-noun')?.at(tokens, k) || lex.roles.at(tokens, k)) return false;
  }
  return false;
}

/** A lower-case place noun right after the name ("… province said"), not the start of a title ("district commissioner"). */
function placeNounAfter(tokens: readonly Token[], end: number, lex: Lexicon): boolean {
  const next = tokens[end];
  if (next?.kind !== 'word' || next.cap) return false;
  const place = lex.classes.get('place-apposition')?.at(tokens, end);
  if (!place) return false;
  const k = end + place.length;
  return !lex.roles.at(tokens, k) && !lex.classes.get('person-noun')?.at(tokens, k);
}

/** A lower-case place noun after a determiner right before the name (« el estadio X », "the bridge X"), or before its connector (« la province de X »). */
function placeNounBefore(tokens: readonly Token[], start: number, lex: Lexicon): boolean {
  let k = start - 1;
  // « la province de X », "the district of X": a connector between the noun and the name.
  const connector = tokenAt(tokens, k);
  if (connector && !connector.cap && lex.nameConnectors.hasToken(connector) && !lex.clauseBreaks.hasToken(connector)) k--;
  const noun = tokenAt(tokens, k);
  if (noun?.kind !== 'word' || noun.cap || !lex.placeWords.hasToken(noun)) return false;
  // (After its article, « el río X », or its connector alone, « embalse de río X ».)
  const before = tokenAt(tokens, k - 1)?.f ?? '';
  return lex.determiners.has(before) || (k === start - 1 && lex.connectors.has(before));
}

/**
 * The one word at [start, end) speaks as a body: a reporting verb next to it, and either an article
 * in lower case before it that no person's name takes (lexicon class `body-article`: « selon elle,
 * la Sénova a annoncé »), or
 * a first possessive after it in the sentence that is a thing's (`body-possessive`: "Vantero said
 * its profit…"). A known given name speaks as a person whatever the words around it.
 */
function speaksAsBody(tokens: readonly Token[], start: number, end: number, lex: Lexicon): boolean {
  if (isGivenName(lex, tokens[start] as Token) || !reportingNear(tokens, start, end, lex)) return false;
  // (In lower case: « Le Pen a déclaré » opens with a surname's particle; nor after one: « De la Fuente dijo ».)
  const article = tokenAt(tokens, start - 1);
  const particle = tokenAt(tokens, start - 2);
  if (article && !article.cap && lex.classes.get('body-article')?.endingAt(tokens, start - 1) && !(particle && lex.particles.hasToken(particle))) return true;
  // "Kiwibank said it expected…": the pronoun right after the verb that stands for a thing
  // (lexicon class `body-pronoun`) says the speaker is one; not where it stands for nothing before
  // a copula ("said it was too early": `expletive-after`).
  const pronouns = lex.classes.get('body-pronoun');
  for (let k = end; pronouns && k < end + 3 && k < tokens.length; k++) {
    if (!lex.finite.hasToken(tokens[k])) continue;
    return (!!pronouns.at(tokens, k + 1) && !lex.classes.get('expletive-after')?.at(tokens, k + 2)) || bodyPossessiveAfter(tokens, end, lex);
  }
  return bodyPossessiveAfter(tokens, end, lex);
}

/** The first possessive after `end` in the sentence is a thing's (lexicon class `body-possessive`: "its"). */
function bodyPossessiveAfter(tokens: readonly Token[], end: number, lex: Lexicon): boolean {
  const possessives = lex.classes.get('possessive');
  const bodies = lex.classes.get('body-possessive');
  if (!possessives || !bodies) return false;
  for (let k = end; k < tokens.length; k++) if (possessives.at(tokens, k)) return !!bodies.at(tokens, k);
  return false;
}

/**
 * « el Ministerio de Agricultura, Ganadería y Pesca », "the Department of Agriculture, Forestry
 * and Fisheries", « le ministère de l’Agriculture, de l’Alimentation et de la Forêt »: in a body's
 * name (a body's word, then a connector and a capitalised complement, in [start, comma)), a list
 * of capitalised portfolios, each after a comma and maybe its own connector, closed by a
 * conjunction (lexicon class `list-conjunction`) and a last one, names the one body. A list must
 * close so ("the Ministry of Health, Jo Banda, said" lists nothing), and holds no place. Returns
 * where the last portfolio ends, or -1.
 */
function portfolioListEnd(tokens: readonly Token[], start: number, comma: number, doc: Doc, s: number): number {
  const lex = doc.lex;
  const conjunctions = lex.classes.get('list-conjunction');
  const before = tokenAt(tokens, comma - 1);
  if (!conjunctions || !before?.cap || !orgWordIn(tokens, start, comma, lex)) return -1;
  let joined = false;
  for (let k = start + 1; k < comma - 1 && !joined; k++) joined = lex.nameConnectors.hasToken(tokens[k]) && !tokens[k]?.cap;
  if (!joined) return -1;
  let k = comma;
  for (let items = 0; items < 6; items++) {
    // ", and Fisheries": a comma may stand before the closing conjunction.
    if (tokens[k]?.text === ',' && conjunctions.at(tokens, k + 1)) k++;
    const closing = !!conjunctions.at(tokens, k);
    if (!closing && tokens[k]?.text !== ',') return -1;
    k++;
    // « de l’Alimentation », "the": a portfolio's own connector and article.
    for (let steps = 0; steps < 3 && (lex.nameConnectors.hasToken(tokens[k]) || lex.determiners.hasToken(tokens[k])) && !tokens[k]?.cap; steps++) k++;
    const first = k;
    while (k < tokens.length && isPortfolioWord(tokens[k] as Token, lex) && !realPlaceAt(doc, s, k)) k++;
    // "Jo Banda": a given name opening words of a list is a person's name.
    if (k === first || (k - first > 1 && isGivenName(lex, tokens[first] as Token))) return -1;
    if (closing) return k;
  }
  return -1;
}

/** A capitalised word that may name a portfolio ("Fisheries", « Ganadería »): no stop word, no common first name. */
function isPortfolioWord(t: Token, lex: Lexicon): boolean {
  return t.kind === 'word' && t.cap && !lex.stopwords.hasToken(t) && !isCommonGivenName(lex, t) && nameWordText(t.text);
}

/**
 * Where a nationality inside a body's name ends (« Peruana » in « la Asociación Peruana de
 * Bancos »): a head-first language, the run's words so far capitalised and one of them a body's
 * word, a capitalised demonym at `end`, then a name connector that joins more of the name.
 * Returns `end` when there is no such word.
 */
function demonymInBody(tokens: readonly Token[], start: number, end: number, doc: Doc, s: number): number {
  const lex = doc.lex;
  if (lex.headFinal || !(tokens[end] as Token).cap || !orgWordIn(tokens, start, end, lex)) return end;
  const place = placeAt(doc, s, end);
  // (« Argentina » is the country's name and the feminine nationality.)
  const nationality = place?.kind === 'demonym' || (place?.kind === 'country' && place.end === end + 1);
  if (!place || !nationality || place.start !== end || !lex.nameConnectors.hasToken(tokens[place.end])) return end;
  return connectsName(tokens, place.end, lex, doc, s) > 0 ? place.end : end;
}

/**
 * « la aerolínea estatal Aerolíneas Argentinas », "the carrier Garuda Indonesia": after a company
 * noun, a capitalised country or nationality right after the name's words (the run stops at
 * places) and before no other name word ends the company's name. Returns the name's end.
 */
function countryEnding(tokens: readonly Token[], start: number, end: number, doc: Doc, s: number): number {
  const place = placeAt(doc, s, end);
  if (!place || place.start !== end || (place.kind !== 'country' && place.kind !== 'demonym') || !(tokens[end] as Token).cap) return end;
  const after = tokens[place.end];
  if (after && isNameWord(after, doc.lex)) return end;
  // « la Agencia Espacial Mexicana », « la Policía Nacional Colombiana »: where adjectives follow
  // their noun, a nationality written with a capital after a body's capitalised words ends its name.
  const lex = doc.lex;
  if (!lex.headFinal && place.kind === 'demonym' && end - start > 1 && tokens.slice(start, end).every((t) => t.cap) && lex.orgKeywords.hasToken(tokens[start])) return place.end;
  // « Météo Sénégal », « Police Mali »: a body's word alone, then its country, is the body's name.
  if (place.kind === 'country' && end - start === 1 && lex.orgKeywords.hasToken(tokens[start])) return place.end;
  return descriptorBefore(tokens, start, lex, (k) => placeAt(doc, s, k)?.kind === 'demonym') >= 0 ? place.end : end;
}

/**
 * A name holding a competition's word (lexicon class `competition-word`: league, « liga ») right
 * after what is said of a competition (`competition-cue`: "final of", "won", « jugará »), one
 * article between them at most.
 */
function competitionPlayed(tokens: readonly Token[], start: number, words: readonly Token[], lex: Lexicon): boolean {
  let named = false;
  for (let j = 0; j < words.length && !named; j++) named = isCompetitionWord(lex, words[j] as Token);
  if (!named) return false;
  let k = start - 1;
  if (lex.determiners.hasToken(tokens[k])) k--;
  const cue = tokens[k];
  return !!cue && !cue.cap && !!lex.classes.get('competition-cue')?.endingAt(tokens, k);
}

// Whether a word is a competition's word (lexicon class `competition-word`), kept on the word: asked of every word of every run.
const isCompetitionWord = byWord((lex) => {
  const competition = lex.classes.get('competition-word');
  return (f) => competition?.hasWord(f) === true;
});

/**
 * A noun for a company's shares right before the name (lexicon class `stock-before-name`: "shares
 * in", « l’action ») or, where names stand before it, right after (`stock-after-name`: "shares"),
 * and then no object of a verb "shares" ("Ana shares her view", "… shares the prize").
 */
function stockOf(tokens: readonly Token[], start: number, end: number, lex: Lexicon): boolean {
  if (lex.classes.get('stock-before-name')?.endingAt(tokens, start - 1)) return true;
  const after = lex.classes.get('stock-after-name')?.at(tokens, end);
  if (!after || (tokens[end] as Token).cap) return false;
  const next = tokens[end + after.length];
  return !!next && !lex.determiners.hasToken(next) && !lex.classes.get('possessive')?.at(tokens, end + after.length) && !lex.pronouns.at(tokens, end + after.length);
}

/**
 * The run [start, end) right after a lower-case noun for a thing that takes a name (lexicon class
 * `thing-before-name`: « la sonde », "the vessel", « la división »: a unit of a body) or, where names stand before their noun
 * (`thing-after-name`: "the Hubble telescope"), right before one.
 */
export function namesThing(tokens: readonly Token[], start: number, end: number, lex: Lexicon): boolean {
  const before = tokenAt(tokens, start - 1);
  const things = lex.classes.get('thing-before-name');
  if (before?.kind === 'word' && !before.cap && things?.endingAt(tokens, start - 1)) return true;
  // « el telescopio espacial X », « la centrale nucléaire X »: where adjectives follow their noun,
  // one may stand between the thing's noun and its name.
  if (!lex.headFinal && before?.kind === 'word' && !before.cap && !lex.stopwords.hasToken(before) && things?.endingAt(tokens, start - 2)) return true;
  const after = tokens[end];
  return after?.kind === 'word' && !after.cap && !!lex.classes.get('thing-after-name')?.at(tokens, end);
}

/** The name is glued after an all-capitals word and a slash ("EFE/Ana Ruiz"), as photo credits write it. */
function creditAfterAgency(tokens: readonly Token[], start: number): boolean {
  const slash = tokenAt(tokens, start - 1);
  const agency = tokenAt(tokens, start - 2);
  return slash?.text === '/' && !!agency && agency.end === slash.start && slash.end === (tokens[start] as Token).start && allCapitals(agency.text);
}

/** "Ana Ruiz / AFP", "(Ana Ruiz/AFP via …)": a name before a slash and an agency's capitals is a photo credit. */
function creditBeforeAgency(tokens: readonly Token[], end: number): boolean {
  const agency = tokens[end + 1];
  return tokens[end]?.text === '/' && !!agency && allCapitals(agency.text);
}

/** A body's name ends just before a conjunction that stands right before `start` ("… de Puertos y X"). */
function bodyBeforeConjunction(tokens: readonly Token[], start: number, lex: Lexicon): boolean {
  const conjunction = tokenAt(tokens, start - 1);
  if (conjunction?.kind !== 'word' || conjunction.cap || !lex.stopwords.hasToken(conjunction) || lex.connectors.hasToken(conjunction) || lex.determiners.hasToken(conjunction)) return false;
  if (!(tokenAt(tokens, start - 2) as Token | undefined)?.cap) return false;
  for (let k = start - 2; k >= 0 && k >= start - 9; k--) {
    const t = tokens[k] as Token;
    if (t.cap && lex.orgKeywords.hasToken(t)) return true;
    if (t.kind !== 'word' || !(t.cap || lex.connectors.hasToken(t) || lex.particles.hasToken(t) || lex.nameConnectors.hasToken(t))) return false;
  }
  return false;
}

/** A person's name ends before `paren`: a title or a known first name opens the capitalised words before it. */
function personBefore(tokens: readonly Token[], paren: number, lex: Lexicon): boolean {
  let k = paren - 1;
  // « Anne de Kergariou (LR) », « Marie Le Pen-Durand (LFI) »: a particle between name words is
  // inside a person's name when a first name opens it (checked below).
  let particle = false;
  const inName = (t: Token, j: number): boolean => {
    const previous = tokenAt(tokens, j - 1);
    if (lex.particles.hasToken(t) && j < paren - 1 && previous && (isNameWord(previous, lex) || lex.particles.hasToken(previous))) return (particle = true);
    return isNameWord(t, lex) && !lex.orgKeywords.hasToken(t);
  };
  while (k >= 0 && paren - k <= (particle ? 6 : 4) && inName(tokens[k] as Token, k)) k--;
  const opening = tokens[k];
  if (particle) return k + 1 < paren && isGivenName(lex, tokens[k + 1] as Token) && !(opening && lex.orgKeywords.hasToken(opening));
  // "Université Mayor de San Andrés (UMSA)": words after "de"/"of" end a longer name.
  if (k + 1 >= paren || lex.nameConnectors.has(tokens[k]?.f ?? '') || lex.connectors.has(tokens[k]?.f ?? '')) return false;
  if (lex.roles.endingAt(tokens, k) || lex.honorifics.has(tokens[k]?.f ?? '')) return true;
  for (let j = k + 1; j < paren; j++) if (isGivenName(lex, tokens[j] as Token) || lex.roles.endingAt(tokens, j)) return true;
  return false;
}

/**
 * ", the agency that…", ", une société de…", « , deuxième syndicat de… »: an apposition whose head
 * is a body's noun, after a determiner or an ordinal; with `bodiesOnly`, not a document's noun
 * (class `document`: « la décision », "the report"), which speaks for a body too.
 */
function describedAsBody(tokens: readonly Token[], end: number, lex: Lexicon, bodiesOnly = false): boolean {
  if (tokens[end]?.text !== ',') return false;
  let k = end + 1;
  const opening = tokens[k]?.f ?? '';
  // « Marc Dupont, de l’Université de Nice », "X, of the Kiel Institute": a preposition says where
  // the person works, not what the name is.
  // "X, Indonesia's second-largest airline,": a capitalised owner's possessive opens the
  // apposition as an article would.
  const owner = !!tokens[k]?.cap && tokens[k]?.kind === 'word' && isPossessive(tokens[k + 1]);
  if (owner) k++;
  else if ((!lex.determiners.has(opening) && !lex.ordinals.has(opening)) || lex.connectors.has(opening)) return false;
  k++;
  for (let steps = 0; steps < 5 && k < tokens.length; steps++, k++) {
    // "X, the army spokesman": a body's noun before a role describes the role's holder.
    const noun = lex.sourceNouns.at(tokens, k);
    if (noun && bodiesOnly && lex.classes.get('document')?.at(tokens, k)) return false;
    if (noun) {
      const body = noun.value === 'organization' || noun.value === 'media';
      // "X, the largest opposition party": where heads come last, a noun of another kind before
      // more lower-case words only qualifies the head.
      const after = tokens[k + noun.length];
      if (!body && lex.headFinal && after?.kind === 'word' && !after.cap && !lex.stopwords.hasToken(after)) continue;
      return body && !lex.roles.at(tokens, k + noun.length);
    }
    const descriptor = lex.orgDescriptors.at(tokens, k);
    if (descriptor) return !lex.roles.at(tokens, k + descriptor.length);
    const t = tokens[k] as Token;
    // "a residents’ group": a plural possessive's apostrophe stands inside the noun phrase.
    if (/^['’]$/u.test(t.text) || isPossessive(t)) continue;
    if (t.kind !== 'word' || t.cap || lex.stopwords.hasToken(t)) return false;
  }
  return false;
}

/** "X is a student at…", "X, 34, …", "X (24 ans)": what follows the name says it is a person. */
function describedAsPerson(tokens: readonly Token[], end: number, lex: Lexicon): boolean {
  const copula = lex.classes.get('copula')?.at(tokens, end);
  if (copula) {
    let k = end + copula.length;
    if (lex.indefinites.has(tokens[k]?.f ?? '')) k++;
    for (let j = k; j < k + 3 && j < tokens.length; j++) if (lex.classes.get('person-noun')?.at(tokens, j) || lex.roles.at(tokens, j)) return true;
    return false;
  }
  // An age set off after the name: "X, 34, said", "X (24 ans)".
  const open = tokens[end]?.text;
  const age = tokens[end + 1];
  const close = tokens[end + 2]?.text;
  if (age?.kind !== 'number' || !/^\d{1,2}$/u.test(age.text) || Number(age.text) < 12) return false;
  if (open === ',' && close === ',') return true;
  return open === '(' && (close === ')' || (!!lex.ageUnits.at(tokens, end + 2) && tokens[end + 3]?.text === ')'));
}

/** True when token k is a reporting or other verb form the lexicon knows (participle, finite, auxiliary). */
function isVerbWord(tokens: readonly Token[], k: number, lex: Lexicon): boolean {
  const t = tokens[k];
  if (t?.kind !== 'word') return false;
  if (lex.finite.hasToken(t) || lex.auxiliaries.hasToken(t) || lex.participles.endingAt(tokens, k)) return true;
  // A participle the reporting lists do not hold ("remis à X", "awarded to X"), from the word classes.
  const classes = wordClassesOf(lex.lang, t.f);
  return (classes & PARTICIPLE) !== 0 || ((classes & VERB) !== 0 && (classes & NOUN) === 0);
}

/**
 * « Anne et Paul Verlain », "Grace and Tom Hale": a common given name alone, joined by a
 * conjunction to a person's given name and surname, is a second person of that surname.
 */
function sharedSurname(tokens: readonly Token[], m: NameMention, used: Uint8Array, doc: Doc, s: number): NameMention | null {
  const lex = doc.lex;
  const g = m.start - 2;
  const given = tokenAt(tokens, g);
  // (The cheap tests first: this is asked of every name found.)
  if (m.type !== 'person' || m.known || g < 0 || !given || used[g] || !lex.clauseBreaks.hasToken(tokenAt(tokens, m.start - 1))) return null;
  const words = m.name.split(/\s+/u);
  if (words.length < 2 || !isGivenName(lex, tokens[m.start] as Token)) return null;
  // The given name stands alone: no capitalised word before it, and it is a name, not a place.
  const before = tokenAt(tokens, g - 1);
  if (given.kind !== 'word' || !given.cap || !isCommonGivenName(lex, given) || knownAt(tokens, g, doc.lang) || placeAt(doc, s, g) || (before && before.kind === 'word' && before.cap)) return null;
  return mention(s, g, g + 1, [given.text, ...words.slice(1)].join(' '), 'person', null);
}

/**
 * Where a company noun types the name at `start` (the index of its last word), or -1: right
 * before the name, or before the comma that opens it, a few words back.
 */
function descriptorBefore(tokens: readonly Token[], start: number, lex: Lexicon, demonymAt: (k: number) => boolean): number {
  const before = tokenAt(tokens, start - 1);
  if (!before) return -1;
  // The noun is a common noun: lower case, or an all-capitals one such as "NGO".
  if (before.kind === 'word' && (!before.cap || allCapitals(before.text))) {
    // « la milice soudanaise X », « el partido keniano X »: a nationality between the noun and the
    // name; « le groupe minier X », « la petrolera estatal X »: or the adjective of a trade (lexicon
    // class `sector-adjective`), which may itself be the noun (« la estatal chilena X »).
    const sector = lex.classes.get('sector-adjective');
    let k = start - 1;
    while (k > start - 3 && k > 0 && (tokens[k] as Token).kind === 'word' && !(tokens[k] as Token).cap && (demonymAt(k) || !!sector?.at(tokens, k)) && lex.orgDescriptors.endingAt(tokens, k) === null) k--;
    // « l’australien Woodside »: where a nationality written in lower case right after an article
    // can only be a company's (lexicon class `demonym-noun-article`; people take a capital, « l’Australien X »).
    if (k < start - 1 && lex.classes.get('demonym-noun-article')?.endingAt(tokens, k)) return k + 1;
    if (lex.orgDescriptors.endingAt(tokens, k) !== null) return k;
    // « l’association d’usagers X », « el sindicato de maestros X »: the noun's complement, one
    // lower-case noun after its connector, stands between the noun and the name.
    const connector = tokenAt(tokens, k - 1);
    const complement = tokens[k] as Token;
    const plain = (t: Token): boolean => !lex.stopwords.hasToken(t) && !lex.determiners.hasToken(t) && !lex.finite.hasToken(t);
    if (complement.kind !== 'word' || complement.cap || !plain(complement)) return -1;
    // (« la empresa de transporte aéreo X »: a trade's adjective after the complement, skipped above.)
    if (connector && !connector.cap && lex.connectors.hasToken(connector) && lex.orgDescriptors.endingAt(tokens, k - 2) !== null) return k - 2;
    // « le fabricant de vélos électriques X », « la empresa de transporte aéreo X », « la fabricante
    // de aviones brasileña X »: or that noun and its adjective, where adjectives follow nouns (one
    // the word classes call an adjective, or do not know).
    const noun = tokenAt(tokens, k - 1);
    const link = tokenAt(tokens, k - 2);
    const classes = wordClassesOf(lex.lang, complement.f);
    const adjective = !lex.headFinal && (lex.adjectiveEndings?.test(complement.f) || (classes & ADJ) !== 0 || classes === 0);
    if (!adjective || !noun || noun.kind !== 'word' || noun.cap || !plain(noun) || !link || link.cap || !lex.connectors.hasToken(link)) return -1;
    return lex.orgDescriptors.endingAt(tokens, k - 3) !== null ? k - 3 : -1;
  }
  if (before.text !== ',') return -1;
  for (let k = start - 2; k >= 0 && k >= start - 6; k--) {
    const t = tokens[k] as Token;
    if (t.kind !== 'word' || t.cap || lex.roles.at(tokens, k) || lex.finite.hasToken(t) || lex.auxiliaries.hasToken(t)) return -1;
    if (lex.orgDescriptors.endingAt(tokens, k)) return k;
  }
  return -1;
}

/** « le quotidien », "the charity": a lower-case noun of a medium or a body right before `start`. */
function bodyNounBefore(tokens: readonly Token[], start: number, lex: Lexicon): boolean {
  const before = tokenAt(tokens, start - 1);
  if (before?.kind !== 'word' || before.cap) return false;
  const noun = lex.sourceNouns.endingAt(tokens, start - 1)?.value;
  return noun === 'media' || noun === 'organization';
}

/** "publiés par la X", "released by the X": a publication participle and its agent preposition before the name. */
function publishedBy(tokens: readonly Token[], start: number, lex: Lexicon): boolean {
  let k = start - 1;
  if (lex.determiners.hasToken(tokenAt(tokens, k))) k--;
  return !!lex.publishedBy.endingAt(tokens, k);
}

/**
 * "analysts at Berenberg", « les économistes de Natixis », « economistas de Itaú »: a title in the
 * plural, then the word that says where they work (lexicon class `plural-role-workplace`), before
 * the name: a staff works at a body.
 */
function pluralRoleAt(tokens: readonly Token[], start: number, lex: Lexicon): boolean {
  const link = lex.classes.get('plural-role-workplace')?.endingAt(tokens, start - 1);
  const at = start - 1 - (link?.length ?? 0);
  const staff = link ? tokens[at] : undefined;
  // (Capitalised only where it opens the sentence: "Analysts at X".)
  return !!staff && (!staff.cap || at === 0) && staff.f.length > 3 && staff.f.endsWith('s') && lex.roles.hasWord(staff.f.slice(0, -1));
}

function afterAccordingTo(tokens: readonly Token[], start: number, lex: Lexicon): boolean {
  let k = start - 1;
  if (lex.determiners.hasToken(tokenAt(tokens, k))) k--;
  return !!lex.accordingTo.endingAt(tokens, k);
}

function reportingNear(tokens: readonly Token[], start: number, end: number, lex: Lexicon): boolean {
  const after = tokens[end];
  const before = tokenAt(tokens, start - 1);
  if (after && (lex.speechFinite.hasToken(after) || (lex.auxiliaries.hasToken(after) && lex.speechParticiples.at(tokens, end + 1)))) return true;
  return !!before && (lex.speechFinite.hasToken(before) || !!lex.speechParticiples.endingAt(tokens, start - 1));
}

/** The role written before ("le député sud-coréen X", "the minister, X") or after ("X, ancien ministre…"). */
export interface RoleFound {
  role: string | null;
  roleRange: [number, number] | null;
  /** The role was found before the name across "de"/"of" with no comma: maybe its complement. */
  complement?: boolean;
}

/** « secretaria de Relaciones Exteriores »: the capitalised words ending at `k` follow a connector, as a title's complement does. */
function complementRun(tokens: readonly Token[], k: number, lex: Lexicon): boolean {
  let j = k;
  // « consejera de Sanidad de la Generalitat Valenciana »: the complement may hold several
  // capitalised names, each after its connector, back to the title.
  for (let runs = 0; runs < 3 && j > 0 && (tokenAt(tokens, j) as Token).cap; runs++) {
    while (j > 0 && (tokenAt(tokens, j) as Token).cap) j--;
    if (lex.determiners.hasToken(tokenAt(tokens, j)) && !lex.connectors.hasToken(tokenAt(tokens, j))) j--;
    if (!tokenAt(tokens, j) || (tokenAt(tokens, j) as Token).cap || !lex.connectors.hasToken(tokenAt(tokens, j))) return false;
    if (lex.roles.endingAt(tokens, j - 1)) return true;
    j--;
  }
  return false;
}

/**
 * Where a person's noun or a title starts that the title at `from` completes, through a
 * connector, "for" (`purpose-connector`) or an article (« abogado del general », "lawyer for
 * the general", « fille du ministre »), or null. The noun is a role or a `person-noun`, in lower case.
 */
function personNounBefore(tokens: readonly Token[], from: number, lex: Lexicon): number | null {
  let j = from - 1;
  let linked = false;
  const purpose = lex.classes.get('purpose-connector');
  for (let t = tokens[j]; t && t.kind === 'word' && !t.cap && (lex.connectors.hasToken(t) || lex.determiners.hasToken(t) || purpose?.hasWord(t.f)); t = tokens[j]) {
    j--;
    linked = true;
  }
  const head = tokens[j];
  if (!linked || !head || head.kind !== 'word' || (head.cap && j > 0)) return null;
  const noun = lex.roles.endingAt(tokens, j) ?? lex.classes.get('person-noun')?.endingAt(tokens, j);
  return noun ? titleStart(tokens, j - noun.length + 1, lex) : null;
}

/**
 * « Santé » in « la Santé Paul Roux »: a given name with a name word after it follows the token
 * at `k`, which is the portfolio's first word (`first`) or a noun of the language.
 */
function portfolioBeforeName(tokens: readonly Token[], k: number, first: boolean, lex: Lexicon): boolean {
  const given = tokens[k + 1];
  const next = tokens[k + 2];
  if (!given || !isGivenName(lex, given) || !next || !isNameWord(next, lex)) return false;
  return first || (wordClassesOf(lex.lang, (tokens[k] as Token).f) & NOUN) !== 0;
}

/**
 * « consejero de Medio Ambiente », « presidenta del Consejo de Ministros », "Council of
 * Ministers": a title's word written with a capital after a connector that follows a title or a
 * capitalised word names a portfolio or a body (the complement of the title before it), not
 * the title of the name after it.
 */
function titleInComplement(tokens: readonly Token[], k: number, lex: Lexicon): boolean {
  if (!(tokenAt(tokens, k) as Token).cap) return false;
  let j = k - 1;
  if (lex.determiners.hasToken(tokenAt(tokens, j)) && !lex.connectors.hasToken(tokenAt(tokens, j))) j--;
  const connector = tokenAt(tokens, j);
  if (!connector || connector.cap || !lex.connectors.hasToken(connector)) return false;
  const head = tokenAt(tokens, j - 1);
  return !!head && head.kind === 'word' && (head.cap || !!lex.roles.endingAt(tokens, j - 1));
}

/**
 * Where a title written before a name starts, from its head word at `head`: back over modifiers
 * ("former", "deputy") and, where heads come last (English), over at most two lower-case nouns or
 * adjectives that make the title a compound: "chief financial officer Jo Lee", "mission chief Ana
 * Bello", "bus driver Tom Hale". A verb, a function word or a unit of time ("last week") ends it.
 */
function titleStart(tokens: readonly Token[], head: number, lex: Lexicon): number {
  let from = head;
  // « gerente general », « director adjunto »: a title written in lower case right before the head
  // is the head's noun, the head its qualifier (« general » alone is a rank).
  const before = tokenAt(tokens, head - 1);
  const noun = before && before.kind === 'word' && !before.cap ? lex.roles.endingAt(tokens, head - 1) : null;
  if (noun && !(tokens[head] as Token).cap) from = head - noun.length;
  let words = 0;
  for (let t = tokenAt(tokens, from - 1); t && t.kind === 'word'; t = tokenAt(tokens, from - 1)) {
    if (lex.roleModifiers.hasToken(t)) {
      from--;
      continue;
    }
    if (!lex.headFinal || t.cap || words >= 2 || lex.finite.hasToken(t) || lex.auxiliaries.hasToken(t) || lex.stopwords.hasToken(t) || lex.durations.has(t.f)) break;
    // A participle or a verb that is no noun ("included", "told") ends the title too.
    const classes = wordClassesOf(lex.lang, t.f);
    if ((classes & (NOUN | ADJ)) === 0 || ((classes & VERB) !== 0 && (classes & NOUN) === 0)) break;
    from--;
    words++;
  }
  return from;
}

/** Punctuation that ends a role written after the name; an opening bracket too: "(IGE)" after a body's name is its acronym, no part of the role. */
const ROLE_END = /^[,.;:()»”!?]$/u;

export function roleOf(tokens: readonly Token[], start: number, end: number, lex: Lexicon): RoleFound {
  let k = start - 1;
  // "leader, Cllr Tom Ashworth" as well as "Mr, …": the honorific may stand on either side of the comma.
  const titled = !!lex.honorifics.hasToken(tokenAt(tokens, k));
  if (titled) k--;
  // "…, le Dr X", "…, the Rev X": an article before the honorific, after the comma.
  if (titled && tokenAt(tokens, k) && !(tokenAt(tokens, k) as Token).cap && lex.determiners.hasToken(tokenAt(tokens, k)) && tokenAt(tokens, k - 1)?.text === ',') k--;
  const comma = tokenAt(tokens, k)?.text === ',';
  if (comma) k--;
  // « le président du Centre national d’études spatiales (CNES), X »: a body's acronym in brackets
  // between the title and the comma is no part of the title.
  let bracket = -1;
  if (comma && tokenAt(tokens, k)?.text === ')' && tokenAt(tokens, k - 2)?.text === '(' && ACRONYM.test((tokenAt(tokens, k - 1) as Token).text)) {
    bracket = k - 2;
    k -= 3;
  }
  if (!titled && lex.honorifics.hasToken(tokenAt(tokens, k))) k--;
  let crossed = false;
  // (Nine words back: « presidente del Sindicato Número Uno de Minera X, Name » puts a body's
  // name of seven words between the title and the comma.)
  for (let steps = 0; k >= 0 && steps < 9; k--, steps++) {
    const t = tokenAt(tokens, k) as Token;
    if (t.kind === 'punct') break;
    const hit = lex.roles.endingAt(tokens, k);
    if (hit && !titleInComplement(tokens, k - hit.length + 1, lex)) {
      let from = titleStart(tokens, k - hit.length + 1, lex);
      // « El abogado del general, Ramiro Gil », "The wife of the president, Ann Cole": set off by
      // a comma, a title that completes a person's noun before it is someone else's; the named
      // person is the one the whole phrase describes. (Without the comma, "the daughter of
      // President Jo Lee", the title is the name's own.)
      if (comma) from = personNounBefore(tokens, from, lex) ?? from;
      let to = start;
      if (titled) to--;
      if (titled && tokenAt(tokens, to - 2)?.text === ',' && lex.determiners.hasToken(tokenAt(tokens, to - 1))) to--;
      if (bracket >= 0) to = bracket;
      while (to > from && /^[,(]$/.test((tokenAt(tokens, to - 1) as Token).text)) to--;
      if (!titled && lex.honorifics.hasToken(tokenAt(tokens, to - 1))) to--;
      // « l’avocat de M. X », « consejero de Medio Ambiente »: a title that ends on its connector
      // has the name as its complement; the title is someone else's.
      const last = tokenAt(tokens, to - 1) as Token;
      if (!last.cap && (lex.connectors.hasToken(last) || lex.determiners.hasToken(last))) return { role: null, roleRange: null, complement: true };
      // "ministre de la Défense": a capitalised word after "de" is the role's complement, unless
      // a comma sets the name apart ("ministre de la Santé, Serge Kabasele Ntumba").
      return { role: text(tokens, from, to), roleRange: [from, to], complement: crossed && !comma };
    }
    if (lex.connectors.hasToken(t) || lex.particles.hasToken(t)) crossed = true;
    // « le représentant de l'OMS à Dakar, X », "the WHO representative in Accra, X": a place the
    // title is held in belongs to it.
    else if (comma && !t.cap && lex.classes.get('locative')?.hasWord(t.f) && tokens[k + 1]?.cap && tokens[k + 1]?.kind === 'word') continue;
    if (lex.finite.hasToken(t) || lex.auxiliaries.hasToken(t) || lex.relatives.hasToken(t)) break;
    // Another name ("winger Isaia Faleolo and …") or a possessive ("referee’s decision on X")
    // stands between: the role belongs to someone else.
    const previous = tokenAt(tokens, k - 1);
    if (t.cap && previous?.cap && !lex.roles.at(tokens, k) && !lex.roles.endingAt(tokens, k - 1) && !lex.particles.hasToken(previous) && !complementRun(tokens, k, lex)) break;
    if (isPossessive(t) || (lex.stopwords.hasToken(t) && !lex.connectors.hasToken(t) && !lex.determiners.hasToken(t) && !lex.particles.hasToken(t))) break;
  }
  // Apposition: "X, ancien ministre russe de la Défense," / "X, a climatologist at …".
  if (tokens[end]?.text === ',') {
    let from = end + 1;
    // "X, a hydrologist who…", "X, une habitante de…": an indefinite apposition describes a person.
    // ("X, two officials said": a number above one counts a group, which is no apposition of X.)
    const indefinite = lex.indefinites.hasToken(tokens[from]) && (lex.numbers.get((tokens[from] as Token).f) ?? 1) <= 1 && tokens[from + 1] && !(tokens[from + 1] as Token).cap && (tokens[from + 1] as Token).kind === 'word';
    if (indefinite) {
      let to = from + 2;
      while (to < tokens.length && to - from < 8 && !ROLE_END.test((tokens[to] as Token).text) && !lex.relatives.hasToken(tokens[to]) && !lex.finite.hasToken(tokens[to])) to++;
      // "Greenwatch, an advocacy group, …", « Solidar, un collectif d'habitants »: a body's noun
      // heading the apposition (its last word before any connector, or its first, as the language
      // puts heads), with no title in it, says what the name is (describedAsBody), not a role.
      // ("a water rights group based in X": where heads come last, the head is the last noun
      // before a preposition, a participle after it no part of the name's kind.)
      let phraseEnd = from + 1;
      while (phraseEnd < to && !lex.connectors.hasToken(tokens[phraseEnd]) && !(lex.headFinal && lex.placePrepositions.hasToken(tokens[phraseEnd]))) phraseEnd++;
      let head = lex.headFinal ? phraseEnd - 1 : from + 1;
      if (lex.headFinal && head > from + 1 && !lex.genericBodies.hasToken(tokens[head]) && (wordClassesOf(lex.lang, (tokens[head] as Token).f) & NOUN) === 0) head--;
      const body = lex.genericBodies.hasToken(tokens[head]) && !lex.classes.get('document')?.at(tokens, head);
      if (body && !tokens.slice(from + 1, phraseEnd).some((_t, j) => lex.roles.at(tokens, from + 1 + j))) return { role: null, roleRange: null };
      return { role: text(tokens, from + 1, to), roleRange: [from, to] };
    }
    while (lex.determiners.hasToken(tokens[from])) from++;
    // "a logistics coordinator", "a senior Chadian official": a few words before the role noun.
    for (let head = from; head < from + 4 && head < tokens.length; head++) {
      const t = tokens[head] as Token;
      const hit = lex.roles.at(tokens, head);
      if (hit) {
        let to = head + hit.length;
        while (to < tokens.length && !ROLE_END.test((tokens[to] as Token).text) && !lex.finite.hasToken(tokens[to]) && !lex.auxiliaries.hasToken(tokens[to])) to++;
        return { role: text(tokens, from, to), roleRange: [from, to] };
      }
      // "X, referring to coach Y": a word such as "to", "with", « avec », « qui » before the role
      // noun starts a clause or a complement; the role in it is someone else's. (After a
      // conjunction, « X, et du candidat Y », the role is not X's either, but it still says that
      // X, in a list of people, is one.)
      // (So does a preposition: « Gil, a cargo del abogado Y », the role is Y's.)
      if (t.kind !== 'word' || lex.finite.hasToken(t) || lex.auxiliaries.hasToken(t) || ((lex.stopwords.hasToken(t) || lex.placePrepositions.hasToken(t)) && !lex.determiners.hasToken(t) && !lex.clauseBreaks.hasToken(t))) break;
    }
  }
  return { role: null, roleRange: null };
}
