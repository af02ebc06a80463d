/**
 * Actors: name mentions merged into one entry per entity. A later surname-only mention ("M.
 * Choïgou", "Ms Bragança") joins the full name it ends; an acronym joins the long name it was
 * introduced for. Ids are a function of the entity only: the known-entity id, else the slug of
 * the fullest name ("Kim Jong-un" and "Kim Jong Un" both give kim-jong-un).
 */
import type { Actor } from '../record/types.ts';
import { type Doc, placeAt } from './doc.ts';
import { COMMON_FIRST_NAMES } from './lexicon/index.ts';
import { itemAt } from './lists.ts';
import { classMarks, findNames, mayBeInClass, mention, type NameMention } from './names.ts';
import { foldWord, internal, isWhiteSpaceUnit as isSpace, slug } from './text.ts';
import { type Token, tokenAt } from './tokens.ts';
import { ADJ, NOUN, VERB, wordClassesOf } from './word-classes.ts';

export interface ActorMention extends NameMention {
  /** Index into the actors array. */
  actor: number;
}

export interface ActorsResult {
  actors: Actor[];
  mentions: ActorMention[];
}

export function extractActors(doc: Doc): ActorsResult {
  const raw: NameMention[] = [];
  for (const sentence of doc.sentences) {
    const found = findNames(doc, sentence.index);
    for (let j = 0; j < found.length; j++) raw.push(found[j] as NameMention);
  }
  dropOpeningWord(doc, raw);
  dropUnconfirmed(doc, raw);
  dropOrdinaryWords(doc, raw);
  dropEventNames(doc, raw);
  dropNamesakes(doc, raw);
  const thingWords = dropThingNames(doc, raw);
  const actors: Actor[] = [];
  // Each actor's surnames (the only keys asked of one actor in particular).
  const surnames: Array<Set<string>> = [];
  const mentions: ActorMention[] = [];
  // The actor each folded key names, one table per kind of key (a key of one kind never finds
  // another kind's: no prefix to build into a string per lookup).
  const byKey: Array<Map<string, number>> = KEY_KINDS.map(() => new Map());
  // A short form two people share ("Sarawut" for two Sarawuts) names neither.
  const ambiguous = new Set<string>();
  const register = (index: number, kind: KeyKind, key: string): void => {
    if (kind === SURNAME) surnames[index]?.add(key);
    const keys = byKey[kind] as Map<string, number>;
    const had = keys.get(key);
    if (had === undefined) keys.set(key, index);
    else if (had !== index && kind >= SURNAME) ambiguous.add(key);
  };
  const short = (kind: KeyKind, key: string): number | undefined => (ambiguous.has(key) ? undefined : byKey[kind]?.get(key));
  // An acronym the article defines names the body it defines there, not the one the lexicon
  // knows by the same letters.
  const defined = new Map<string, string | null>();
  for (const m of raw) if (m.acronym) defined.set(foldWord(m.acronym), m.known?.id ?? null);
  if (defined.size > 0) {
    raw.forEach((m, i) => {
      const definedAs = m.known && !m.acronym ? defined.get(foldWord(m.name)) : undefined;
      if (definedAs !== undefined && definedAs !== m.known?.id) raw[i] = { ...m, known: null };
    });
  }
  familyNamesOverKnownBodies(raw);
  // Fuller names first, so that surnames and acronyms find the entry they belong to.
  // (Each count made once: the comparator runs n log n times and would split the name each time.)
  const words = raw.map(wordCount);
  const order = raw.map((_m, i) => i).sort((a, b) => (words[b] as number) - (words[a] as number) || a - b);
  const assigned = new Array<number>(raw.length).fill(-1);
  // Where each actor is first named so far, as a position in the article (positionOf).
  const firstSeen: number[] = [];
  const companySuffixes = doc.lex.classes.get('company-suffix');
  const at = positionOf;
  const registered = new Map<string, RegisteredName[]>();
  // Each person's name in parts, for sameButOneLetter, made on first ask (an actor's name never changes).
  const personNames: Array<PersonName | undefined> = [];
  for (const i of order) {
    const m = raw[i] as NameMention;
    const folded = foldWord(m.name);
    const oneWord = !m.name.includes(' ');
    let index = m.known ? byKey[ID]?.get(m.known.id) : undefined;
    index ??= byKey[NAME]?.get(folded) ?? byKey[ACRONYM]?.get(folded);
    if (index === undefined && m.type === 'person') index = short(SURNAME, folded) ?? (oneWord ? short(GIVEN, folded) : undefined);
    if (index === undefined && m.type === 'person' && !m.known) index = sameButOneLetter(actors, personNames, m.name);
    // "Jo Reyes" … "Reyes said" … "Ana Reyes": a surname two people share stands for the one of
    // them named before it when only one is; when both are, it names neither, and is no third person.
    if (index === undefined && m.type === 'person' && oneWord && ambiguous.has(folded)) {
      let before = -1;
      let count = 0;
      for (let j = 0; j < surnames.length; j++) {
        if ((surnames[j] as Set<string>).has(folded) && actors[j]?.type === 'person' && (firstSeen[j] ?? Infinity) < at(m)) {
          before = j;
          count++;
        }
      }
      if (count !== 1) continue;
      index = before;
    }
    // The ending of a body's name named alone (registered below), or a lone capitalised word with
    // nothing to say it is a person ("City said"): it stands for that body only after the full
    // name; before it, the same words name a body of their own ("Congress" … "the Trinamool Congress").
    if (index === undefined && !m.known && (m.type === 'organization' || (oneWord && !m.role && !m.honorific))) {
      const body = short(ENDING, folded);
      if (body !== undefined && (firstSeen[body] ?? Infinity) < at(m)) index = body;
      // A name's head alone (« el Congreso » for « el Congreso de la República ») is that body
      // wherever it comes: a head with its complement is never another body's name.
      index ??= short(HEAD, folded);
    }
    if (index === undefined && m.modifier) continue;
    if (index === undefined) {
      index = actors.length;
      actors.push({
        id: m.known?.id ?? slug(m.name),
        name: m.name,
        type: m.type,
        roles: [],
        country: m.known?.country ?? null,
        aliases: [],
        mentions: 0,
        confidence: 0,
      });
      surnames.push(new Set());
    }
    const actor = actors[index] as Actor;
    if (m.name !== actor.name && !actor.aliases.includes(m.name)) actor.aliases.push(m.name);
    if (m.acronym && !actor.aliases.includes(m.acronym) && m.acronym !== actor.name) actor.aliases.push(m.acronym);
    // The keys a name gives are the same at each of its mentions: worked out once per actor and name
    // (registering a key again for the same actor changes nothing).
    if (firstRegistration(registered, m, index)) {
      if (m.known) register(index, ID, m.known.id);
      register(index, NAME, folded);
      if (m.acronym) register(index, ACRONYM, foldWord(m.acronym));
      // "the Central Bank of Egypt" … "the CBE": the initials of a body's capitalised words name it too.
      if (m.type === 'organization') {
        const initials = m.name
          .split(/[\s-]+/u)
          .filter((w) => /^\p{Lu}/u.test(w))
          .map((w) => w.charAt(0))
          .join('');
        if (initials.length >= 3) register(index, ACRONYM, foldWord(initials));
        // "Northstar Metals" after "Northstar Metals Corp": the name without its legal or group
        // suffixes (lexicon class `company-suffix`) names the company later, as a name of its own.
        const words = m.name.split(/\s+/);
        let bare = words.length;
        while (bare > 2 && companySuffixes?.hasWord(foldWord((words[bare - 1] as string).replace(/\.$/u, '')))) bare--;
        if (bare < words.length) register(index, NAME, foldWord(words.slice(0, bare).join(' ')));
        // "Northstar" after "Northstar Metals Corp": a coined first word (no word of the language)
        // before trade words and suffixes alone names the company later on its own.
        const [first, ...trade] = words.map(foldWord);
        if (first && trade.length > 0 && trade.every((w) => doc.lex.orgKeywords.has(w) || companySuffixes?.hasWord(w.replace(/\.$/u, ''))) && (wordClassesOf(doc.lang, first) & (NOUN | ADJ | VERB)) === 0) {
          register(index, NAME, first);
        }
        // "Westbrook City" … "City", "the Pilots and Engineers' Union" … "the Engineers' Union": a
        // capitalised ending of a body's name names it later, unless two bodies end so. A lone
        // body word ("Congress", "Party") is a name of its own too often to stand for one.
        const parts = words;
        for (let k = 1; k < parts.length; k++) {
          const ending = foldWord(parts.slice(k).join(' '));
          if (/^\p{Lu}/u.test(parts[k] as string) && (k < parts.length - 1 || !doc.lex.orgKeywords.has(ending))) register(index, ENDING, ending);
        }
        // « el Congreso de la República » … « el Congreso », "the Court of Appeal" … "the Court",
        // « la Banque centrale de la République argentine » … « la Banque centrale »: the words of a
        // name before its first connector name the body later too (two at most: a noun and its adjective).
        const connector = parts.findIndex((p, k) => k > 0 && doc.lex.nameConnectors.has(foldWord(p)));
        if (connector > 0 && connector <= 2 && parts.length > connector + 1 && /^\p{Lu}/u.test(parts[0] as string)) register(index, HEAD, foldWord(parts.slice(0, connector).join(' ')));
      }
      if (m.type === 'person') {
        const parts = m.name.split(/\s+/);
        // Every ending of the name is a later short form: "Te Rangi", "Lula da Silva", "Rangi".
        for (let k = 1; k < parts.length; k++) register(index, SURNAME, foldWord(parts.slice(k).join(' ')));
        const last = parts[parts.length - 1];
        if (parts.length > 1 && last) register(index, SURNAME, foldWord(last));
        const firstSurname = firstOfTwoSurnames(doc, parts);
        if (firstSurname) register(index, SURNAME, firstSurname);
        // "Lee Seong-kweun" … "Lee", "Wang Lixin" … "M. Wang": the family name may come first.
        if (parts.length > 1 && parts[0]) register(index, GIVEN, foldWord(parts[0]));
      }
    }
    assigned[i] = index;
    firstSeen[index] = Math.min(firstSeen[index] ?? Infinity, at(m));
  }
  for (let i = 0; i < raw.length; i++) {
    const m = raw[i] as NameMention;
    const index = assigned[i] ?? -1;
    const actor = itemAt(actors, index);
    if (!actor) continue;
    actor.mentions++;
    actor.confidence = Math.max(actor.confidence, mentionEvidence(m));
    if (m.role && !actor.roles.includes(m.role)) actor.roles.push(m.role);
    if (m.affiliation) {
      const id = m.affiliation.id ?? slug(m.affiliation.name);
      if (id && !(actor.affiliations ?? []).includes(id)) actor.affiliations = [...(actor.affiliations ?? []), id];
    }
    if (!actor.country && m.roleRange) actor.country = roleCountry(doc, m);
    // A mention merged into an entry takes its type: "Confech said" is the organisation.
    mentions.push(actorMention(m, actor.type, index));
  }
  addShortMentions(doc, actors, mentions, thingWords);
  // Each further mention is more evidence that the name is real and rightly typed.
  for (const actor of actors) actor.confidence = Math.round(Math.min(0.99, actor.confidence + 0.04 * (actor.mentions - 1)) * 100) / 100;
  mentions.sort((a, b) => a.sentence - b.sentence || a.start - b.start);
  return { actors, mentions };
}

/** A name as registered for an actor (extractActors): the same name with the same fields gives the same keys. */
interface RegisteredName {
  index: number;
  type: NameMention['type'];
  known: string;
  acronym: string;
}

/**
 * Whether the name of `m` is met for the first time with this actor, type, known entity and
 * acronym (it is then noted). Names are looked up as they are, and their few registrations
 * compared field by field: a key joining the five fields was a new string to build and hash at
 * each mention.
 */
function firstRegistration(registered: Map<string, RegisteredName[]>, m: NameMention, index: number): boolean {
  const known = m.known?.id ?? '';
  const acronym = m.acronym ?? '';
  let names = registered.get(m.name);
  if (names === undefined) {
    names = [];
    registered.set(m.name, names);
  }
  for (const r of names) if (r.index === index && r.type === m.type && r.known === known && r.acronym === acronym) return false;
  names.push({ index, type: m.type, known, acronym });
  return true;
}

/** The kinds of keys an actor is found by (extractActors); the last four are short forms, which two actors may share. */
const KEY_KINDS = ['id', 'name', 'acronym', 'surname', 'given', 'ending', 'head'] as const;
type KeyKind = 0 | 1 | 2 | 3 | 4 | 5 | 6;
const ID = 0;
const NAME = 1;
const ACRONYM = 2;
const SURNAME = 3;
const GIVEN = 4;
const ENDING = 5;
const HEAD = 6;

/**
 * A name mention as one of an actor's: a copy with the actor's type and index. Written out field
 * by field, in the order the mention's own fields come (names.ts `mention`): a spread copied each
 * one through a generic path, and every actor mention has the same fields in the same order, so
 * that the code reading them meets one shape of object (see names.ts `mention`).
 */
function actorMention(m: NameMention, type: NameMention['type'], actor: number): ActorMention {
  return {
    sentence: m.sentence,
    start: m.start,
    end: m.end,
    name: m.name,
    type,
    known: m.known,
    acronym: m.acronym,
    role: m.role,
    roleRange: m.roleRange,
    honorific: m.honorific,
    affiliation: m.affiliation,
    modifier: m.modifier,
    weak: m.weak,
    actor,
  };
}

/**
 * « Fernando Ruiz Castro » … « el juez Ruiz »: where names end on two family names, the first of
 * them alone is the usual short form, in a Spanish story and in a story of another language about
 * the same people ("Jaime Ortiz Vera" … "Ortiz said"). Not a second given name (« María Elena
 * Duarte », "Sarah Jane Cole": a common first name), and where the article's language does not
 * name people so (lexicon `twoSurnames`), only a word that is no word of the language: "Mary Rose
 * Hill" is never "Rose". The folded word, or null.
 */
function firstOfTwoSurnames(doc: Doc, parts: readonly string[]): string | null {
  const word = parts.length > 2 ? itemAt(parts, parts.length - 2) : undefined;
  if (!word || !/^\p{Lu}/u.test(word)) return null;
  const key = foldWord(word);
  if (COMMON_FIRST_NAMES.has(key)) return null;
  return doc.lex.twoSurnames || (wordClassesOf(doc.lang, key) & (NOUN | ADJ | VERB)) === 0 ? key : null;
}

/**
 * Later bare mentions of a known entity that no rule caught alone ("Naivalu said…" opening a
 * sentence, "INPE counted…"): a capitalised word equal to a person's last name or an
 * organisation's acronym seen before in the article.
 */
function addShortMentions(doc: Doc, actors: Actor[], mentions: ActorMention[], thingWords: ReadonlySet<string>): void {
  const short = new Map<string, number>();
  const shared = new Set<string>();
  const add = (key: string, index: number): void => {
    const had = short.get(key);
    if (had !== undefined && had !== index) shared.add(key);
    short.set(key, index);
  };
  const suffixes = doc.lex.classes.get('company-suffix');
  const coined = new Set<string>();
  actors.forEach((actor, index) => {
    const parts = actor.name.split(/\s+/);
    const last = parts[parts.length - 1];
    if (actor.type === 'person' && parts.length > 1 && last && last.length > 2) add(foldWord(last), index);
    // "Prieto said" after "Lucía Prieto Galván": the first of two family names.
    const firstSurname = actor.type === 'person' ? firstOfTwoSurnames(doc, parts) : null;
    if (firstSurname && firstSurname.length > 2) add(firstSurname, index);
    const first = parts[0];
    const key = first ? foldWord(first) : '';
    // A coined word: no noun, adjective or verb of the language.
    const coinedWord = (): boolean => (wordClassesOf(doc.lang, key) & (NOUN | ADJ | VERB)) === 0;
    // "Sarawut said" after "Sarawut Chaiyaporn": Thai, Indonesian and Icelandic usage names
    // people by their first name later on.
    if (actor.type === 'person' && parts.length > 1 && first && first.length > 2 && /^\p{Lu}/u.test(first)) add(key, index);
    // A person named by one word ("Farid, a 31-year-old fisherman") is that word again later.
    if (actor.type === 'person' && parts.length === 1 && first && first.length > 2) add(key, index);
    // "Ostmark" after "Ostmark Systems Inc": a company is its name without its legal or group suffixes
    // (lexicon class `company-suffix`).
    if (actor.type === 'organization' && parts.length > 1 && first && first.length > 2 && /^\p{Lu}/u.test(first)) {
      const suffix = (p: string): boolean => !!suffixes?.hasWord(foldWord(p.replace(/\.$/u, '')));
      if (parts.slice(1).every(suffix)) add(key, index);
      // "Halvorsen" after "Halvorsen Resources": so is a coined first word (and no place where it
      // stands: "Sinaloa Cartel") before trade words alone.
      else if (parts.slice(1).every((p) => suffix(p) || doc.lex.orgKeywords.has(foldWord(p))) && coinedWord()) {
        add(key, index);
        coined.add(key);
      }
    }
    // « Solvéa a précisé » after « le groupe minier Solvéa »: a body named by one coined word (no
    // word of the language, which a sentence's first capital could make) is that word again later.
    if (actor.type === 'organization' && parts.length === 1 && first && first.length > 2 && /^\p{Lu}\p{Ll}/u.test(first) && coinedWord()) add(key, index);
    if (actor.type === 'organization') for (const alias of actor.aliases) if (/^\p{Lu}{2,}$/u.test(alias)) short.set(foldWord(alias), index);
  });
  for (const key of shared) short.delete(key);
  // "Pickering landed in 2021" after "the Pickering rover": the word names the thing as often as the person.
  for (const key of thingWords) short.delete(key);
  if (short.size === 0) return;
  // The mentions made before this pass: a token inside one is taken already. (Asked only of the
  // few tokens that pass the tests before: no table of every token is made. Plain loops: this
  // reads every token of the article.)
  const before = mentions.length;
  for (const sentence of doc.sentences) {
    const tokens = sentence.tokens;
    for (let k = 0; k < tokens.length; k++) {
      const t = tokens[k] as Token;
      // The capital first: it rules out most tokens before the lookup.
      if (!t.cap) continue;
      const index = short.get(t.f);
      if (index === undefined || inMention(mentions, before, sentence.index, k) || (coined.has(t.f) && placeAt(doc, sentence.index, k))) continue;
      // "(OMS)" right after the long name is its definition, already counted.
      if (tokenAt(tokens, k - 1)?.text === '(' && tokens[k + 1]?.text === ')') continue;
      const actor = actors[index] as Actor;
      actor.mentions++;
      mentions.push(actorMention(mention(sentence.index, k, k + 1, t.text, actor.type, null), actor.type, index));
    }
  }
}

/** Whether token k of sentence s is inside one of the first `count` mentions. */
function inMention(mentions: readonly ActorMention[], count: number, s: number, k: number): boolean {
  for (let j = 0; j < count; j++) {
    const m = mentions[j] as ActorMention;
    if (m.sentence === s && m.start <= k && k < m.end) return true;
  }
  return false;
}

/**
 * A person read from capitals alone ("the Kelso Ridge", "Tano Valley") needs evidence: the same
 * name with a title or a reporting verb elsewhere, or a later mention of its last word alone
 * ("… Farouk said"). Without one it is dropped.
 */
function dropUnconfirmed(doc: Doc, raw: NameMention[]): void {
  if (!raw.some((m) => m.weak)) return;
  const strong = new Set(raw.filter((m) => !m.weak).map((m) => foldWord(m.name)));
  // How often the last word of each weak name is written with a capital in the article (only
  // those words are asked about: no count kept for every capitalised word).
  const capitals = new Map<string, number>();
  for (const m of raw) if (m.weak) capitals.set(foldWord(m.name.split(/\s+/).pop() ?? ''), 0);
  for (const sentence of doc.sentences) {
    for (const t of sentence.tokens) {
      if (!t.cap || t.kind !== 'word') continue;
      const count = capitals.get(t.f);
      if (count !== undefined) capitals.set(t.f, count + 1);
    }
  }
  const inNames = new Map<string, number>();
  for (const m of raw) {
    const last = foldWord(m.name.split(/\s+/).pop() ?? '');
    inNames.set(last, (inNames.get(last) ?? 0) + 1);
  }
  for (let k = raw.length - 1; k >= 0; k--) {
    const m = raw[k] as NameMention;
    if (!m.weak) continue;
    const folded = foldWord(m.name);
    const last = foldWord(m.name.split(/\s+/).pop() ?? '');
    const confirmed = strong.has(folded) || endsSomeName(strong, last) || (capitals.get(last) ?? 0) > (inNames.get(last) ?? 0) || afterPersonNoun(doc, m);
    if (!confirmed) raw.splice(k, 1);
  }
}

/** Whether one of `names` is the word `last` or ends with it as its last word (a plain loop: no copy of the set, nor a suffix string made per name). */
function endsSomeName(names: ReadonlySet<string>, last: string): boolean {
  const suffix = ` ${last}`;
  for (const n of names) if (n.endsWith(suffix) || n === last) return true;
  return false;
}

/** "His cousin, Lucky Moyo, …", « sa gardienne, Rose Dahl, … »: a name set off by commas right after a noun for a person (lexicon class `person-noun`). */
function afterPersonNoun(doc: Doc, m: NameMention): boolean {
  const tokens = doc.sentences[m.sentence]?.tokens ?? [];
  if (tokenAt(tokens, m.start - 1)?.text !== ',' || tokens[m.end]?.text !== ',') return false;
  return !!doc.lex.classes.get('person-noun')?.endingAt(tokens, m.start - 2);
}

/**
 * "Rival Corvane Air said…" after "Corvane Air chief executive…": a word of the language that
 * opens the sentence owes its capital to its place there; when the rest of the name is named
 * elsewhere in the article, and the whole never is away from a sentence's start, that word
 * ("Rival", "Struggling") is no part of the name, which takes the type the rest has there.
 */
function dropOpeningWord(doc: Doc, raw: NameMention[]): void {
  const opening = (m: NameMention): boolean => m.start === 0 && !m.known && !m.honorific && m.name.includes(' ');
  if (!raw.some(opening)) return;
  const typeOf = new Map<string, NameMention['type']>();
  for (const m of raw) if (m.start > 0) typeOf.set(foldWord(m.name), m.type);
  for (const m of raw) {
    const tokens = doc.sentences[m.sentence]?.tokens ?? [];
    const first = tokens[m.start];
    if (!opening(m) || !first || typeOf.has(foldWord(m.name)) || COMMON_FIRST_NAMES.has(first.f) || doc.lex.orgKeywords.hasToken(first)) continue;
    if ((wordClassesOf(doc.lang, first.f) & (ADJ | NOUN)) === 0) continue;
    const rest = m.name.slice(m.name.indexOf(' ') + 1);
    const type = typeOf.get(foldWord(rest));
    if (!type) continue;
    m.start++;
    m.name = internal(rest);
    m.type = type;
  }
}

/**
 * "Typhoon Nakri" … "Nakri was expected to weaken": the name a storm or an operation is given
 * after its noun (lexicon class `event-before-name`) names that event wherever it stands alone.
 */
function dropEventNames(doc: Doc, raw: NameMention[]): void {
  const heads = doc.lex.classes.get('event-before-name');
  // Only a one-word name can be such a name alone: most articles have none to check.
  if (!heads || !raw.some((m) => !m.known && !m.name.includes(' '))) return;
  const named = new Set<string>();
  for (const { tokens, index } of doc.sentences) {
    // Annotation marked the class's phrases already: most sentences hold none, and are not read again.
    const ann = doc.annotations[index];
    if (ann && !ann.present('c:event-before-name')) continue;
    // (Nor are the words the class does not mark looked up.)
    const marks = classMarks(ann, 'c:event-before-name');
    for (let k = 0; k < tokens.length; k++) {
      if (!mayBeInClass(ann, marks, tokens[k] as Token, k)) continue;
      const head = heads.at(tokens, k);
      const name = head ? tokens[k + head.length] : undefined;
      if (name?.cap && name.kind === 'word') named.add(name.f);
    }
  }
  if (named.size === 0) return;
  for (let k = raw.length - 1; k >= 0; k--) {
    const m = raw[k] as NameMention;
    if (!m.known && !m.name.includes(' ') && named.has(foldWord(m.name))) raw.splice(k, 1);
  }
}

/**
 * "the Pickering rover" … "Pickering landed in 2021", « le rover Rosalind Franklin » … « Rosalind
 * Franklin a foré »: the name a thing takes after someone (names.ts `namesThing`) names that thing
 * wherever it stands without a title, a role or an honorific. Returns the folded last words of
 * those names, which no short mention may take either.
 */
function dropThingNames(doc: Doc, raw: NameMention[]): Set<string> {
  const before = doc.lex.classes.get('thing-before-name');
  const after = doc.lex.classes.get('thing-after-name');
  const names = new Set<string>();
  const lastWords = new Set<string>();
  const capitalised = (t: Token | undefined): boolean => !!t && t.kind === 'word' && t.cap;
  for (const { tokens, index } of doc.sentences) {
    // Annotation marked the classes' phrases already: most sentences hold none, and are not read again.
    const ann = doc.annotations[index];
    if (ann && !ann.present('c:thing-before-name') && !ann.present('c:thing-after-name')) continue;
    // (Nor are the words neither class marks looked up.)
    const beforeMarks = classMarks(ann, 'c:thing-before-name');
    const afterMarks = classMarks(ann, 'c:thing-after-name');
    for (let k = 0; k < tokens.length; k++) {
      const t = tokens[k] as Token;
      if (t.cap || t.kind !== 'word') continue;
      const head = mayBeInClass(ann, beforeMarks, t, k) ? before?.at(tokens, k) : undefined;
      let from = -1;
      let to = -1;
      if (head && capitalised(tokens[k + head.length])) {
        from = k + head.length;
        to = from;
        while (capitalised(tokens[to])) to++;
      } else if (mayBeInClass(ann, afterMarks, t, k) && after?.at(tokens, k) && capitalised(tokenAt(tokens, k - 1))) {
        to = k;
        from = k;
        while (capitalised(tokenAt(tokens, from - 1))) from--;
      }
      if (from < 0) continue;
      const words = tokens.slice(from, to).map((w) => w.f);
      // Every ending of the name is the thing's too: « au stade Prince Karim » … « Karim ».
      for (let j = 0; j < words.length; j++) names.add(words.slice(j).join(' '));
      lastWords.add(words[words.length - 1] as string);
    }
  }
  if (names.size === 0) return lastWords;
  for (let k = raw.length - 1; k >= 0; k--) {
    const m = raw[k] as NameMention;
    if (!m.role && !m.honorific && names.has(foldWord(m.name))) raw.splice(k, 1);
  }
  return lastWords;
}

/**
 * "The rover, named after Marie Curie", « en honor a la científica Ana Ruiz »: the person a
 * thing is named after (lexicon class `namesake-before-name`, before the name or before its role
 * and determiner) neither acts nor speaks in the story. That mention is dropped; the person stays
 * an actor only where the article names them otherwise.
 */
function dropNamesakes(doc: Doc, raw: NameMention[]): void {
  const before = doc.lex.classes.get('namesake-before-name');
  if (!before) return;
  const namesake = (m: NameMention): boolean => {
    if (m.type !== 'person' || m.known) return false;
    const tokens = doc.sentences[m.sentence]?.tokens ?? [];
    let from = m.roleRange && m.roleRange[1] <= m.start ? m.roleRange[0] : m.start;
    // (« porte le nom de X »: the phrase may end on a word that is also a determiner.)
    if (before.endingAt(tokens, from - 1)) return true;
    while (from > 0 && doc.lex.determiners.hasToken(tokenAt(tokens, from - 1))) {
      from--;
      if (before.endingAt(tokens, from - 1)) return true;
    }
    return false;
  };
  const dropped = raw.filter(namesake);
  if (dropped.length === 0) return;
  // "named after Grace Adomako" … "Adomako cut the ribbon": a person who also acts keeps the full name.
  const lastWord = (name: string): string => foldWord(name.split(/\s+/).pop() ?? '');
  const acting = new Set(raw.filter((m) => !dropped.includes(m) && m.type === 'person').map((m) => lastWord(m.name)));
  for (const m of dropped) if (!acting.has(lastWord(m.name))) raw.splice(raw.indexOf(m), 1);
}

/**
 * A known name that is also an ordinary word of the article's language (organizations.json
 * `wordIn`: Spanish « Podemos », "we can") owes its capital to the sentence's start when it opens
 * a sentence or a quotation there; it names the organisation only when the article also names it
 * elsewhere. Without such a mention, every mention at a start is dropped.
 */
function dropOrdinaryWords(doc: Doc, raw: NameMention[]): void {
  const atStart = (m: NameMention): boolean => (doc.sentences[m.sentence]?.tokens ?? []).slice(0, m.start).every((t) => t.kind === 'punct');
  const ordinary = (m: NameMention): boolean => m.known?.wordIn?.includes(doc.lang) === true && m.end - m.start === 1;
  if (!raw.some(ordinary)) return;
  const elsewhere = new Set(raw.filter((m) => ordinary(m) && !atStart(m)).map((m) => m.known?.id));
  for (let k = raw.length - 1; k >= 0; k--) {
    const m = raw[k] as NameMention;
    if (ordinary(m) && atStart(m) && !elsewhere.has(m.known?.id)) raw.splice(k, 1);
  }
}

/**
 * How sure one mention makes us of an actor: a known entity, a title, a role or an acronym
 * defined in brackets are strong evidence; a name read from capitals alone (kept because a later
 * mention confirmed it) is weak.
 */
function mentionEvidence(m: NameMention): number {
  if (m.known) return 0.95;
  if (m.honorific || m.role || m.acronym) return 0.9;
  if (m.weak) return 0.55;
  return m.type === 'person' ? 0.75 : 0.7;
}

/**
 * "Liam Bayer" … "Bayer said": a known body's one-word name that is the family name of a person
 * named before it stands for that person (a name of the lexicon's bodies is a family name too).
 */
function familyNamesOverKnownBodies(raw: NameMention[]): void {
  // (Most articles name no known body of one word: nothing to weigh.)
  if (!raw.some((m) => m.known && m.type === 'organization' && !m.name.includes(' '))) return;
  // Each family name of a person named with two words or more (every word after the first: « Marta
  // Roche Vidal » is « Roche » alone later), and where it is first named.
  const familyNames = new Map<string, number>();
  for (const m of raw) {
    if (m.type !== 'person' || m.known || !m.name.includes(' ')) continue;
    for (const family of familyNameWords(m.name)) familyNames.set(family, Math.min(familyNames.get(family) ?? Infinity, positionOf(m)));
  }
  if (familyNames.size === 0) return;
  raw.forEach((m, i) => {
    if (!m.known || m.type !== 'organization' || m.name.includes(' ')) return;
    const named = familyNames.get(foldWord(m.name));
    if (named !== undefined && named < positionOf(m)) raw[i] = { ...m, known: null, type: 'person' };
  });
}

/** The folded words of a person's name after its first, each a family name it may be called by alone ("Marta Roche Vidal": roche, vidal). */
export function familyNameWords(name: string): string[] {
  return name.split(' ').slice(1).map(foldWord);
}

/** Where a mention stands in the article, as one number (a sentence holds far fewer than 100,000 tokens). */
function positionOf(m: NameMention): number {
  return m.sentence * 100_000 + m.start;
}

function wordCount(m: NameMention): number {
  return (m.known ? 10 : 0) + partCount(m.name);
}

/** `text.split(/\s+/).length`, counted without the array: one more than its runs of white space. */
function partCount(text: string): number {
  let parts = 1;
  let inSpace = false;
  for (let i = 0; i < text.length; i++) {
    const space = isSpace(text.charCodeAt(i));
    if (space && !inSpace) parts++;
    inSpace = space;
  }
  return parts;
}

/** Country of an actor from a demonym or country name in its role ("ministre russe" → RU). */
function roleCountry(doc: Doc, m: NameMention): string | null {
  const range = m.roleRange;
  if (!range) return null;
  // (A place the role is held in, "the UN envoy in Libya", says where the post is, not whose.)
  const tokens = doc.sentences[m.sentence]?.tokens ?? [];
  const locative = doc.lex.classes.get('locative');
  const held = (start: number): boolean => !!locative?.hasWord(tokenAt(tokens, start - 1)?.f ?? '') && !tokenAt(tokens, start - 1)?.cap;
  const place = doc.places[m.sentence]?.find((p) => p.start >= range[0] && p.end <= range[1] && p.codes.length === 1 && !held(p.start));
  return place?.code ?? null;
}

/**
 * A person already listed whose name is this one but for one letter of the first name, the rest
 * alike ("Bernadette Okafor" and "Bernardette Okafor" in one story: a misspelling, not a sister),
 * or undefined. Only first names of six letters or more: "Jan Berg" and "Jon Berg" may be two.
 */
function sameButOneLetter(actors: readonly Actor[], names: Array<PersonName | undefined>, name: string): number | undefined {
  const parts = name.split(/\s+/);
  if (parts.length < 2) return undefined;
  const first = foldWord(parts[0] ?? '');
  if (first.length < 6) return undefined;
  const rest = foldWord(parts.slice(1).join(' '));
  let found = -1;
  let count = 0;
  for (let index = 0; index < actors.length; index++) {
    const actor = actors[index] as Actor;
    if (actor.type !== 'person') continue;
    let other = names[index];
    if (other === undefined) {
      const words = actor.name.split(/\s+/);
      other = { words: words.length, first: foldWord(words[0] ?? ''), rest: foldWord(words.slice(1).join(' ')) };
      names[index] = other;
    }
    if (other.words === parts.length && other.rest === rest && oneLetterApart(other.first, first)) {
      found = index;
      count++;
    }
  }
  return count === 1 ? found : undefined;
}

/** A person's name as sameButOneLetter compares it: its count of words, its first word and the rest, folded. */
interface PersonName {
  words: number;
  first: string;
  rest: string;
}

/** True when one letter added, dropped or changed turns `a` into `b` (and they differ). */
function oneLetterApart(a: string, b: string): boolean {
  if (a === b || Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  const [x, y] = [a.slice(i), b.slice(i)];
  return x.slice(1) === y.slice(1) || x.slice(1) === y || x === y.slice(1);
}
