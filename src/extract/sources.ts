/**
 * Who a source phrase is: a listed actor ("le député sud-coréen Lee Seong-kweun" → Lee
 * Seong-kweun, person), a country or capital ("Pyongyang", "la Corée du Sud" → government), a
 * described source ("un média d’Etat" → media, "une source diplomatique" → unnamed), or a
 * pronoun / generic noun ("il", "le groupe", "the ministry") resolved to the last source of its
 * kind. Pronouns that cannot be resolved give no attribution rather than "il".
 */
import type { Attribution, SourceType } from '../record/types.ts';
import type { ActorMention, ActorsResult } from './actors.ts';
import type { Annotations } from './annotate.ts';
import type { Doc } from './doc.ts';
import { byWord, givenNameGender, type Lexicon } from './lexicon/index.ts';
import type { Sentence } from './sentences.ts';
import { foldWord } from './text.ts';
import { isPossessive, type Token, tokenAt, tokenize } from './tokens.ts';
import { ADJ, NOUN, VERB, wordClassesOf, writtenAsVerb } from './word-classes.ts';

/**
 * Who speaks, and how the text named them: by name (`named`), by a described noun ("a senior
 * official", `described`), as a place standing for its government (`place`), by an anaphor ("the
 * ministry", `anaphor`), by a pronoun (`pronoun`), or only guessed from a capitalised phrase
 * (`guess`). How decides the attribution's confidence.
 */
export type SourceFields = Pick<Attribution, 'source' | 'sourceType' | 'actor'> & { how?: 'named' | 'described' | 'place' | 'anaphor' | 'pronoun' | 'guess' };

const ORG_KINDS: Record<string, SourceType> = { media: 'media', government: 'government' };

/** A hyphenated first name ("Marie-Claire", "Jean-Pierre"). */
const HYPHENATED_GIVEN = /^\p{Lu}\p{Ll}+-\p{Lu}\p{Ll}+$/u;

/**
 * A person's name the actor list missed: a hyphenated first name, maybe a particle, then one or
 * two capitalised surnames ("selon Marie-Claire Bule").
 */
function personName(tokens: readonly Token[], from: number, to: number, lex: Doc['lex']): boolean {
  // (The pattern only for a word with a hyphen: most have none.)
  const first = tokens[from]?.text ?? '';
  if (!first.includes('-') || !HYPHENATED_GIVEN.test(first)) return false;
  let surnames = 0;
  for (let k = from + 1; k < to; k++) {
    const t = tokens[k] as Token;
    if (lex.particles.hasToken(t) && k + 1 < to) continue;
    if (!/^\p{Lu}[\p{Ll}'’-]+$/u.test(t.text)) return false;
    surnames++;
  }
  return surnames >= 1 && surnames <= 2;
}

/**
 * A body's kind from the words of its name: a body of the state ("ministry", "ministère",
 * "embassy", "directorate general"; lexicon class `government-word`) or a news outlet ("Tribune",
 * "news agency", « diario »; class `media-word`), else null. Agencies, councils and services with
 * a national name speak as organisations, like courts, police and central banks.
 */
// Per language, by name: a name string keeps its hash, where a key joined from the language and
// the name was a new string to hash at every question.
const bodyKinds = new Map<string, Map<string, 'government' | 'media' | null>>();
function kindFromName(name: string, lex: Doc['lex']): 'government' | 'media' | null {
  let kinds = bodyKinds.get(lex.lang);
  if (kinds === undefined) {
    kinds = new Map();
    bodyKinds.set(lex.lang, kinds);
  }
  let kind = kinds.get(name);
  if (kind === undefined) {
    const tokens = tokenize(name, lex.tokenizeOptions);
    const has = (label: string): boolean => {
      const words = lex.classes.get(label);
      return !!words && tokens.some((_, k) => words.at(tokens, k) !== null);
    };
    kind = has('government-word') ? 'government' : has('media-word') ? 'media' : null;
    if (kinds.size > 10_000) kinds.clear();
    kinds.set(name, kind);
  }
  return kind;
}

/**
 * The words of a name in lower case without accents ("Fédération norvégienne" → federation,
 * norvegienne), kept per name: the same few names are compared with every body phrase.
 */
const namesWords = new Map<string, string[]>();
function nameWords(name: string): string[] {
  let words = namesWords.get(name);
  if (!words) {
    words = name
      .toLowerCase()
      .normalize('NFD')
      .replace(/\p{M}/gu, '')
      .split(/[^\p{L}\p{N}]+/u);
    if (namesWords.size > 10_000) namesWords.clear();
    namesWords.set(name, words);
  }
  return words;
}

/**
 * A plural common noun by the word classes: the word without its plural "s" is a noun, and the
 * word itself a noun or unknown to them (their lists lack some plurals: "shopkeepers").
 */
function pluralCommonNoun(t: Token, lex: Doc['lex']): boolean {
  if (t.kind !== 'word' || !t.f.endsWith('s') || t.f.length < 4) return false;
  const plural = wordClassesOf(lex.lang, t.f);
  return (plural === 0 || (plural & NOUN) !== 0) && (wordClassesOf(lex.lang, t.f.slice(0, -1)) & NOUN) !== 0;
}

/** An organisation's type refined by the words of its name (see kindFromName); other types stay. */
function refined(type: SourceType, name: string, lex: Doc['lex']): SourceType {
  return type === 'organization' ? (kindFromName(name, lex) ?? type) : type;
}

/** A source found through a pronoun: it is as sure as the guess of what the pronoun stands for. */
function asPronoun(fields: SourceFields | null): SourceFields | null {
  return fields ? { source: fields.source, sourceType: fields.sourceType, actor: fields.actor, how: 'pronoun' } : null;
}

/** Whether the mention at token k is the agent of a participle before it: "economists polled by Bloomberg", « sondés par l’Ifop ». */
function isAgent(tokens: readonly Token[], k: number, lex: Doc['lex']): boolean {
  let j = k - 1;
  if (lex.determiners.hasToken(tokenAt(tokens, j))) j--;
  const by = tokenAt(tokens, j);
  const participle = tokenAt(tokens, j - 1);
  // (Inside a subject phrase, a lower-case word before "by" is a participle: no word list needed.)
  return !!by && lex.agentPrepositions.hasToken(by) && participle?.kind === 'word' && !participle.cap && !lex.stopwords.hasToken(participle);
}

/**
 * True when tokens [from, to) hold a lower-case word in the language's gerund ending
 * ("representing"): a clause about the words before it opens there. (A relative pronoun already
 * ends the subject before the resolver sees it.)
 */
function clauseBetween(tokens: readonly Token[], from: number, to: number, lex: Doc['lex']): boolean {
  for (let j = from; j < to; j++) {
    const t = tokens[j] as Token;
    if (t.kind === 'word' && !t.cap && lex.gerundEnding?.test(t.f) && !lex.stopwords.hasToken(t)) return true;
  }
  return false;
}

/** True when the mention at k is a complement: after "de", "du", "of", "for" (and a determiner). */
function isComplement(tokens: readonly Token[], k: number, lex: Doc['lex']): boolean {
  let j = k - 1;
  if (lex.determiners.hasToken(tokenAt(tokens, j)) && !lex.connectors.hasToken(tokenAt(tokens, j)) && !lex.particles.hasToken(tokenAt(tokens, j))) j--;
  const t = tokenAt(tokens, j);
  return !!t && (lex.connectors.hasToken(t) || lex.nameConnectors.hasToken(t) || lex.particles.hasToken(t));
}

/**
 * True when the name at k completes a lower-case noun right before its preposition: « la famille
 * de X », « el abogado de X », "the widow of X". (A particle of the name itself, "von der Leyen",
 * has no such noun; a name that opens on a common noun or follows a minister's title, « la
 * ministra de Salud X », holds the title's complement.)
 */
function ownedAfter(tokens: readonly Token[], k: number, lex: Doc['lex']): boolean {
  const by = tokenAt(tokens, k - 1);
  const noun = tokenAt(tokens, k - 2);
  if (!by || !lex.connectors.hasToken(by) || noun?.kind !== 'word' || noun.cap || lex.stopwords.hasToken(noun) || lex.particles.hasToken(noun)) return false;
  // (A minister's title takes a portfolio, as names.ts reads it: « la ministra de Salud X ».)
  if (lex.classes.get('portfolio-role')?.at(tokens, k - 2) || lex.sourceNouns.at(tokens, k - 2)?.value === 'government') return false;
  return (wordClassesOf(lex.lang, (tokens[k] as Token).f) & NOUN) === 0;
}

/**
 * True when the words from `head` up to a connector or a preposition before `at` are lower-case words, one of them
 * a noun by the word classes or unknown to them: « corredor » in « un corredor de una firma ».
 */
function commonHeadBefore(tokens: readonly Token[], head: number, at: number, lex: Doc['lex']): boolean {
  let noun = false;
  for (let k = head; k < at; k++) {
    const t = tokens[k] as Token;
    if (lex.connectors.hasToken(t) || lex.placePrepositions.hasToken(t)) return noun && k > head;
    if (t.kind !== 'word' || t.cap || lex.stopwords.hasToken(t)) return false;
    // (A word the classes do not know may be a noun: the Spanish file lists few.)
    const classes = wordClassesOf(lex.lang, t.f);
    if (classes === 0 || classes & NOUN) noun = true;
  }
  return false;
}

/**
 * True when tokens [head, to) are a spokesperson (class `speaks-for`) then, past its function
 * words, an office's title (class `office-title`, after at most one word of its own: "Prime
 * Minister", « ministra de Salud »): « el portavoz de la ministra », "a spokeswoman for Foreign
 * Minister X".
 */
function spokespersonOfOffice(tokens: readonly Token[], head: number, to: number, lex: Doc['lex']): boolean {
  const spokesperson = lex.classes.get('speaks-for')?.at(tokens, head);
  const offices = lex.classes.get('office-title');
  if (!spokesperson || !offices) return false;
  let j = head + spokesperson.length;
  const opens = j;
  while (j < to && j - opens < 3 && lex.stopwords.hasToken(tokens[j]) && !(tokens[j] as Token).cap) j++;
  if (j === opens) return false;
  for (let k = j; k < to && k <= j + 1; k++) if (offices.at(tokens, k)) return true;
  return false;
}

/** A hyphen then a lower-case letter in a word ("Min-jun"): a name written family name first. (The regular expression only for a word with a hyphen: most have none.) */
function hyphenBeforeLowerCase(word: string): boolean {
  return word.includes('-') && HYPHEN_LOWER.test(word);
}
const HYPHEN_LOWER = /-\p{Ll}/u;

/** A folded word's stem as body names are compared (lastBodyLike): without accents, and without its last three letters past the fourth. */
const stemOf = byWord(() => (f: string): string => {
  const bare = f.normalize('NFD').replace(/\p{M}/gu, '');
  return bare.slice(0, Math.max(4, bare.length - 3));
});

/** True when a phrase of class `anonymous` ("who asked not to be named") starts in tokens [from, to). */
function anonymousIn(tokens: readonly Token[], from: number, to: number, lex: Doc['lex']): boolean {
  const anonymity = lex.classes.get('anonymous');
  if (!anonymity) return false;
  for (let j = from; j < to && j < tokens.length; j++) if (anonymity.at(tokens, j) !== null) return true;
  return false;
}

export class Resolver {
  private readonly bySentence = new Map<number, ActorMention[]>();
  private last: SourceFields | null = null;
  private lastAt = -1;
  private readonly history: SourceFields[] = [];
  private lastBody: SourceFields | null = null;
  private readonly lastByType = new Map<SourceType, SourceFields>();

  constructor(
    private readonly doc: Doc,
    private readonly actors: ActorsResult,
  ) {
    for (const m of actors.mentions) {
      const list = this.bySentence.get(m.sentence) ?? [];
      list.push(m);
      this.bySentence.set(m.sentence, list);
    }
  }

  /** The token annotations of sentence s. */
  annotations(s: number): Annotations | undefined {
    return this.doc.annotations[s];
  }

  remember(a: SourceFields & { sentence?: number }): void {
    this.last = { source: a.source, sourceType: a.sourceType, actor: a.actor };
    this.lastAt = a.sentence ?? -1;
    this.history.push(this.last);
    if (a.sourceType !== 'person' && a.sourceType !== 'unnamed') this.lastBody = this.last;
    this.lastByType.set(a.sourceType, this.last);
  }

  /**
   * The speaker a pronoun stands for ("a-t-elle confié", "she said"): the last speaker when it
   * spoke in the sentence before and agrees; else the subject of the sentence before; else the
   * last speaker or mention that agrees (a woman for "elle"/"she", a man for "il"/"he", a body
   * for "it"). `word` is the pronoun as written ("elle", "a-t-il", "dit-elle", "she").
   */
  pronoun(s: number, word = ''): SourceFields | null {
    // "dit-elle": the pronoun is the word's last part.
    const part = word.split('-').pop() ?? '';
    const lex = this.doc.lex;
    const want = lex.wordList('pronoun-f').startsWith(part) ? 'f' : lex.wordList('pronoun-m').startsWith(part) ? 'm' : lex.wordList('pronoun-body').startsWith(word) ? 'body' : null;
    const fits = (f: SourceFields | null): f is SourceFields => !!f && this.agrees(f, want);
    if (fits(this.last) && this.lastAt >= s - 1) return this.last;
    // « El presidente del CNE, Marco Salazar, descartó X. Aseguró que… »: a dropped subject goes
    // on with the person who opened the sentence before, not with an older speaker.
    const opener = word === '' ? this.subjectOf(s - 1) : null;
    if (opener?.type === 'person') return this.fromActor(opener);
    // « La presidenta del país visitó la zona. "…", aseguró. »: so it does with a person described
    // by a role who opens the sentence before, when no one spoke in that sentence; when the role's
    // words run to a verb that reports nothing, who that is stays unknown, and an older speaker
    // is no answer.
    if (word === '' && !opener && this.lastAt < s - 1 && this.opensOnRole(s - 1)) return this.describedSubject(s - 1);
    if (want) {
      const subject = this.subjectOf(s - 1);
      if (subject && fits(this.fromActor(subject))) return this.fromActor(subject);
      // « Le principal accusé a contesté les faits. « … », a-t-il assuré »: a person described by
      // a role who opens the sentence before is the new subject, not an older speaker.
      const described = subject ? null : this.describedSubject(s - 1);
      if (described && fits(described)) return described;
      if (fits(this.last)) return this.last;
      // (From the sentence before: a pronoun opens its clause, or closes a quotation; a name in the
      // words it heads or quotes, « Il saisira la Cour », is never whom it stands for.)
      for (let k = s - 1; k >= 0 && k > s - 20; k--) {
        const list = this.bySentence.get(k) ?? [];
        for (let i = list.length - 1; i >= 0; i--) {
          const f = this.fromActor(list[i] as ActorMention);
          if (fits(f)) return f;
        }
      }
    }
    if (this.last) return this.last;
    const before = this.lastMention(s, false);
    return before ? this.fromActor(before) : null;
  }

  /** True when sentence s opens on a definite role ("The mayor…", « La presidenta del país… »). */
  private opensOnRole(s: number): boolean {
    const tokens = this.doc.sentences[s]?.tokens;
    const lex = this.doc.lex;
    if (!tokens?.[0] || !lex.determiners.hasToken(tokens[0]) || lex.indefinites.hasToken(tokens[0])) return false;
    return !!lex.roles.at(tokens, 1) || (!!lex.roleModifiers.hasToken(tokens[1]) && !!lex.roles.at(tokens, 2));
  }

  /** The actor named last in the sentence before s, or null when it names none. */
  private latter(s: number): SourceFields | null {
    const list = this.bySentence.get(s - 1);
    const last = list?.[list.length - 1];
    return last ? this.fromActor(last) : null;
  }

  private agrees(f: SourceFields, want: 'f' | 'm' | 'body' | null): boolean {
    if (!want) return true;
    const person = f.sourceType === 'person';
    if (want === 'body') return !person;
    // French "il"/"elle" may stand for a body ("le groupe", "la fédération"); English he/she not.
    if (!person) return !this.doc.lex.headFinal;
    const g = f.actor ? this.genderOf(f.actor) : null;
    return !g || g === want;
  }

  private readonly genders = new Map<string, 'f' | 'm' | null>();

  /** A person's gender from the words just before any mention ("Mme", "la ministre", "spokeswoman"). */
  private genderOf(id: string): 'f' | 'm' | null {
    if (this.genders.has(id)) return this.genders.get(id) ?? null;
    const lex = this.doc.lex;
    let g: 'f' | 'm' | null = null;
    for (const m of this.actors.mentions) {
      if (this.actors.actors[m.actor]?.id !== id) continue;
      const tokens = this.doc.sentences[m.sentence]?.tokens ?? [];
      for (let j = m.start - 1; j >= 0 && j >= m.start - 4 && !g; j--) {
        const t = tokens[j] as Token;
        if (t.kind === 'punct' || lex.connectors.hasToken(t)) break;
        // "la ministre X": a determiner gives the gender only before a title.
        if (lex.determiners.hasToken(t) && !lex.roles.at(tokens, j + 1)) continue;
        g = lex.genderCues.f.has(t.f) ? 'f' : lex.genderCues.m.has(t.f) ? 'm' : null;
      }
      if (g) break;
    }
    // No word around the name says: the usual gender of its first name, when the lists have one.
    if (!g) {
      const actor = this.actors.actors.find((a) => a.id === id);
      // Names written family name first ("Park Min-jun", "Nguyen Thi Lan") do not start with a given name.
      const words = actor?.type === 'person' ? actor.name.split(/\s+/u) : [];
      const familyFirst = words.some(hyphenBeforeLowerCase) || !!this.doc.lex.classes.get('family-name-first')?.at([{ f: foldWord(words[0] ?? '') } as Token], 0);
      g = words.length > 1 && !familyFirst ? givenNameGender(foldWord(words[0] ?? '')) : null;
    }
    this.genders.set(id, g);
    return g;
  }

  /**
   * The person a definite phrase opening sentence s describes by a role ("The defendant",
   * « Le principal accusé »), when a verb or a comma follows it: resolved as any source phrase
   * is (« le maire » may name the mayor met before), else the phrase itself; null otherwise.
   */
  private describedSubject(s: number): SourceFields | null {
    const sentence = this.doc.sentences[s];
    const lex = this.doc.lex;
    if (!sentence) return null;
    const tokens = sentence.tokens;
    let head = 0;
    while (head < 2 && lex.determiners.hasToken(tokens[head]) && !lex.indefinites.hasToken(tokens[head])) head++;
    if (head === 0) return null;
    // "The former defendant", « Le principal accusé »: one modifier may stand before the role, a
    // title or a person's trait (class `epithet`: « l'accusé », « le gaucher »).
    const epithets = lex.classes.get('epithet');
    const roleAt = (k: number) => lex.roles.at(tokens, k) ?? epithets?.at(tokens, k) ?? null;
    let role = roleAt(head);
    if (!role && tokens[head]?.kind === 'word' && !tokens[head]?.cap) role = roleAt(++head);
    if (!role) return null;
    // « La ministre de la Transition écologique s'est rendue… »: the role's complement, up to the
    // verb (or the comma of an apposition), is part of the phrase.
    let end = head + role.length;
    // ("The president visited…", « La presidenta visitó… »: any verb, as the word classes or its
    // written ending know it, ends the phrase too.)
    const verbOrComma = (t: Token | undefined): boolean =>
      !!t && (t.text === ',' || lex.auxiliaries.hasToken(t) || lex.finite.hasToken(t) || lex.reflexives.has(t.f) || (t.kind === 'word' && !t.cap && ((wordClassesOf(lex.lang, t.f) & (VERB | NOUN | ADJ)) === VERB || writtenAsVerb(t, lex))));
    while (end < head + role.length + 6 && tokens[end]?.kind === 'word' && !verbOrComma(tokens[end])) end++;
    if (!verbOrComma(tokens[end])) return null;
    const source = this.resolve(sentence, 0, end);
    // « Le chef de l'État s'est rendu… »: a place or a body in the role's complement is not who
    // the role is; the phrase itself names the person.
    if (!source || (source.sourceType !== 'person' && source.sourceType !== 'unnamed')) {
      const text = sentence.text.slice((tokens[0] as Token).start - sentence.start, (tokenAt(tokens, end - 1) as Token).end - sentence.start).trim();
      return { source: text, sourceType: 'person', actor: null, how: 'anaphor' };
    }
    // (Found through a pronoun: as sure as any antecedent.)
    return { source: source.source, sourceType: 'person', actor: source.actor, how: 'anaphor' };
  }

  /** The actor that opens sentence s as its subject (in its first words, not a complement), or null. */
  private subjectOf(s: number): ActorMention | null {
    const tokens = this.doc.sentences[s]?.tokens;
    if (!tokens) return null;
    // « El presidente del CNE, Marco Salazar, … »: a complement in the subject's title is passed over.
    const first = (this.bySentence.get(s) ?? []).find((m) => m.start > 5 || !isComplement(tokens, m.start, this.doc.lex));
    if (!first || first.start <= 5) return first ?? null;
    // « Son principal adversaire, le député X, a… », "Her rival for the seat, Senator X, said": a
    // person set off by a comma after a short phrase with no verb in it is the subject too.
    const lex = this.doc.lex;
    const before = tokens.slice(0, first.start);
    const verbless = before.every((t) => (t.kind === 'word' && !lex.auxiliaries.hasToken(t) && !lex.finite.hasToken(t)) || t.text === ',');
    return first.type === 'person' && first.start <= 10 && verbless && before.some((t) => t.text === ',') ? first : null;
  }

  // Mentions are in sentence order: search back from sentence s only.
  private lastMention(s: number, person: boolean): ActorMention | null {
    for (let k = s; k >= 0 && k > s - 50; k--) {
      const list = this.bySentence.get(k);
      if (!list) continue;
      for (let i = list.length - 1; i >= 0; i--) {
        const m = list[i] as ActorMention;
        if (!person || m.type === 'person') return m;
      }
    }
    return null;
  }

  // The questions below are asked at nearly every token the frames walk over: plain loops over
  // the sentence's mentions, with no closure and no empty list made per question.

  /** True when an actor mention ends right before token k of sentence s. */
  mentionEndingAt(s: number, k: number): boolean {
    const list = this.bySentence.get(s);
    if (list) for (const m of list) if (m.end === k) return true;
    return false;
  }

  personStartsAt(s: number, k: number): boolean {
    const list = this.bySentence.get(s);
    if (list) for (const m of list) if (m.start === k && m.type === 'person') return true;
    return false;
  }

  /** End of the actor mention covering token k (k inside it, not at its end), or -1. */
  mentionEndCovering(s: number, k: number): number {
    const list = this.bySentence.get(s);
    if (list) for (const m of list) if (m.start <= k && k < m.end) return m.end;
    return -1;
  }

  /** The range of a person mention inside tokens [from, to), or null. */
  personIn(s: number, from: number, to: number): [number, number] | null {
    const list = this.bySentence.get(s);
    if (list) for (const m of list) if (m.type === 'person' && m.start >= from && m.end <= to) return [m.start, m.end];
    return null;
  }

  /**
   * "Son parti, l’Alliance …, a annoncé", "Its rival, the National Front, said": a named body
   * right after the comma at `comma`, up to `to`, when the words before it [from, comma) name no one.
   */
  bodyApposition(s: number, from: number, comma: number, to: number): [number, number] | null {
    const list = this.bySentence.get(s) ?? [];
    if (from >= comma || list.some((m) => m.start < comma && m.end > from)) return null;
    const tokens = this.doc.sentences[s]?.tokens ?? [];
    let j = comma + 1;
    while (j < to && this.doc.lex.determiners.hasToken(tokens[j])) j++;
    const m = list.find((x) => x.start === j && x.type !== 'person');
    if (!m) return null;
    let end = m.end;
    if (tokens[end]?.text === '(') end = tokens.findIndex((t, i) => i > end && t.text === ')') + 1 || end;
    return end >= to ? [m.start, m.end] : null;
  }

  personEnd(s: number, k: number): number {
    const list = this.bySentence.get(s);
    if (list) for (const m of list) if (m.start === k) return m.end;
    return k;
  }

  // Each mention's fields, made once: the searches back for an antecedent ask for the same
  // mentions again at every pronoun and anaphor. (Fields are only read, never changed.)
  private readonly mentionFields = new Map<ActorMention, SourceFields>();

  private fromActor(m: ActorMention): SourceFields {
    let fields = this.mentionFields.get(m);
    if (fields === undefined) {
      fields = this.fieldsOf(m);
      this.mentionFields.set(m, fields);
    }
    return fields;
  }

  private fieldsOf(m: ActorMention): SourceFields {
    const actor = this.actors.actors[m.actor];
    const kind = m.known?.kind ?? '';
    // The kind is read from the actor's whole name, not the mention's: "the DGCA" is as much a body
    // of the state as "the Directorate General of Civil Aviation" it stands for.
    const name = actor?.name ?? m.name;
    const type: SourceType = m.type === 'person' ? 'person' : m.known ? (ORG_KINDS[kind] ?? 'organization') : refined('organization', name, this.doc.lex);
    return { source: name, sourceType: type, actor: actor?.id ?? null, how: 'named' };
  }

  /**
   * A spokesperson with no name (lexicon class `speaks-for`): the one person the article names in
   * that role is who spoke ("an army spokesman said…" before "…, said Okon Ekpenyong, the army
   * spokesman"); with no such person, or several, the body they speak for gives its word through
   * them ("a spokeswoman for the agency said": the agency's word). Null when no body is named.
   */
  private spokesperson(tokens: readonly Token[], head: number, to: number, text: string, mentions: readonly ActorMention[]): SourceFields | null {
    const lex = this.doc.lex;
    const speaksFor = lex.classes.get('speaks-for');
    if (!speaksFor) return null;
    let at = head;
    while (at < to && at - head < 3 && !speaksFor.at(tokens, at)) at++;
    if (at >= to || at - head >= 3) return null;
    // The words besides the spokesperson's and the function words: whom a spokesperson speaks for.
    const forWhom = (words: readonly string[]): string[] => words.map(foldWord).filter((f) => !speaksFor.hasWord(f) && !lex.stopwords.has(f) && !lex.determiners.has(f));
    const described = forWhom(tokens.slice(head, to).map((t) => t.text));
    // A role that names another body ("spokeswoman for the rebels" against "a spokesman for the
    // army") is another spokesperson: the two must share a word when both name one.
    const sameSide = (role: string): boolean => {
      const own = forWhom(role.split(/\s+/u));
      return own.length === 0 || described.length === 0 || own.some((f) => described.includes(f));
    };
    const named = this.actors.actors.filter((a) => a.type === 'person' && a.roles.some((role) => role.split(/\s+/u).some((word) => speaksFor.hasWord(foldWord(word))) && sameSide(role)));
    const only = named.length === 1 ? named[0] : undefined;
    if (only) return { source: only.name, sourceType: 'person', actor: only.id, how: 'anaphor' };
    const body = mentions.find((m) => m.type !== 'person' && m.start > at);
    if (!body) return null;
    const fields = this.fromActor(body);
    return { source: text, sourceType: fields.sourceType, actor: fields.actor, how: 'described' };
  }

  /**
   * "…», a confié le gaucher", "…,” said the 24-year-old": after a quotation, a definite phrase
   * of lower-case words with a person's trait in it, that names no one and no kind of source, is
   * an epithet for a person: the last person named or heard who agrees with its determiner.
   */
  epithet(sentence: Sentence, from: number, to: number): SourceFields | null {
    const tokens = sentence.tokens;
    const lex = this.doc.lex;
    const first = tokens[from];
    if (!first || to - from < 2 || to - from > 6 || !lex.determiners.hasToken(first) || lex.indefinites.hasToken(first)) return null;
    for (let k = from + 1; k < to; k++) {
      const t = tokens[k] as Token;
      if (t.cap || (t.kind === 'punct' && t.text !== '-')) return null;
    }
    if ((this.bySentence.get(sentence.index) ?? []).some((m) => m.end > from && m.start < to) || this.sourceNoun(tokens, from + 1, to)) return null;
    // Only a word that names a person by a trait (lexicon class `epithet`: an age, a sporting role,
    // a birthplace) makes it one: « le public », "the crowd" name no one.
    const epithets = lex.classes.get('epithet');
    let trait = false;
    for (let k = from + 1; k < to && !trait; k++) trait = !!epithets?.at(tokens, k);
    if (!trait) return null;
    const want = lex.genderCues.f.has(first.f) ? 'f' : lex.genderCues.m.has(first.f) ? 'm' : null;
    // (Only people before this sentence: one named later in it, "…, after a cross from X", is not who spoke.)
    const person = this.lastPerson(sentence.index - 1, want);
    return person ? { source: person.source, sourceType: person.sourceType, actor: person.actor, how: 'anaphor' } : null;
  }

  /** The source named by tokens [from, to) of the sentence, or null when it names nobody. */
  resolve(sentence: Sentence, start: number, to: number): SourceFields | null {
    let from = start;
    const tokens = sentence.tokens;
    const lex = this.doc.lex;
    // "…, which the researchers said": a relative pronoun is not part of the source.
    while (from < to && lex.relatives.hasToken(tokens[from])) from++;
    // (A pronoun first: « según él » folds to the article's form.)
    const pronoun = from < to ? lex.pronouns.at(tokens, from) : null;
    if (pronoun && from + pronoun.length >= to) {
      // "the latter", « celle-ci », « este último »: the last one named in the sentence before; the
      // last speaker is rarely whom such a word points at.
      if (lex.classes.get('pronoun-latter')?.at(tokens, from)) return asPronoun(this.latter(sentence.index));
      return asPronoun(this.pronoun(sentence.index, (tokens[from] as Token).f));
    }
    let head = from;
    // A role's modifier ("opposition leader") is no head, unless it ends the phrase ("the opposition").
    while (head < to && (lex.determiners.hasToken(tokens[head]) || (lex.roleModifiers.hasToken(tokens[head]) && head + 1 < to))) head++;
    if (head >= to) return null;
    const text = sentence.text.slice((tokens[from] as Token).start - sentence.start, (tokenAt(tokens, to - 1) as Token).end - sentence.start).trim();
    // « de même source », "the same source": the last source again, as sure as a pronoun's.
    const same = lex.classes.get('same-source')?.at(tokens, from);
    if (same && from + same.length >= to) return asPronoun(this.last);
    // "Residents of border villages in X province and Y province said": the group speaks, not the place.
    const group = this.groupSubject(sentence, to);
    if (group) return group;
    // Mentions overlapping the phrase: a subject cut at "and" may hold only the end of a name.
    const mentions = (this.bySentence.get(sentence.index) ?? []).filter((m) => m.end > from && m.start < to);
    let noun = this.sourceNoun(tokens, head, to);
    // « un corredor de una firma de bolsa », « un politologue de l’université X »: where heads come
    // first, an indefinite phrase whose own head is a common noun of no source's kind, before the
    // complement that holds the body's word, names someone of that body, not the body.
    if (noun && !lex.headFinal && noun.at > head && noun.type !== 'unnamed' && noun.type !== 'person' && lex.indefinites.hasToken(tokens[from]) && commonHeadBefore(tokens, head, noun.at, lex)) noun = { type: 'unnamed', at: head };
    // "a senior official at the Energy Ministry": where heads come last, an indefinite phrase's
    // head stands before its first preposition; the body after it is where the speaker works.
    // ("Officials at the ministry": a definite group of a body speaks for it.)
    if (noun && lex.headFinal && lex.indefinites.hasToken(tokens[from])) {
      let p = head + 1;
      while (p < noun.at && !lex.placePrepositions.hasToken(tokens[p])) p++;
      const own = p < noun.at ? this.sourceNoun(tokens, head, p) : null;
      if (own) noun = own;
    }
    const role = lex.roles.at(tokens, head);
    // "the lawyer for X", « l’avocat de X », "X’s defence": a person the speaking noun belongs to is not who speaks.
    const owner = (m: ActorMention): boolean => (m.start > head && ownedAfter(tokens, m.start, lex)) || (m.end < to - 1 && isPossessive(tokens[m.end]));
    // "A union representing X staff said": a name after a participle past the head is that
    // participle's object; the head speaks, not the name.
    const modified = (m: ActorMention): boolean => clauseBetween(tokens, head + 1, m.start, lex);
    // The last person named in the phrase.
    let person: ActorMention | undefined;
    for (let i = mentions.length - 1; i >= 0 && !person; i--) {
      const m = mentions[i] as ActorMention;
      if (m.type === 'person' && !owner(m) && !modified(m)) person = m;
    }
    // « un portavoz del ministro X », "a spokesman for President X": the spokesperson speaks for an
    // office of the state; the holder named said none of it.
    // (One spokesperson named in the story is the one who speaks.)
    if (spokespersonOfOffice(tokens, head, to, lex)) {
      const named = this.spokesperson(tokens, head, to, text, mentions);
      return named?.sourceType === 'person' ? named : { source: text, sourceType: 'government', actor: null, how: 'described' };
    }
    const owned = !person && mentions.some((m) => m.type === 'person' && !modified(m));
    // "un diplomate proche de X", "a diplomat close to X": an indefinite speaker, not the person it names.
    const indefiniteHead = lex.indefinites.hasToken(tokens[from]) && noun && (noun.type === 'unnamed' || noun.type === 'person') && noun.at < (person?.start ?? -1);
    if (indefiniteHead && person && (isComplement(tokens, person.start, lex) || lex.placePrepositions.has(tokenAt(tokens, person.start - 1)?.f ?? ''))) return { source: text, sourceType: 'unnamed', actor: null, how: 'described' };
    const written = this.documentSource(sentence, from, head, to, mentions);
    if (written) return written;
    // "le quotidien sportif L’Equipe", "the sports daily Marca": a name right after a body's
    // descriptor is that body, whatever its name looks like.
    // ("council chair Jane Roe": a person with a role of their own after the body's word is that person.)
    // ("union steward Mia Holt": a person after a title word of their own is that person too.)
    const titled = (m: ActorMention): boolean => m.type === 'person' && (!!m.role || m.start > (noun?.at ?? 0) + (lex.sourceNouns.at(tokens, noun?.at ?? 0)?.length ?? 1));
    const described = noun && noun.type !== 'person' && noun.type !== 'unnamed' ? mentions.find((m) => m.start > noun.at && m.start - noun.at <= 3 && !isComplement(tokens, m.start, lex) && !titled(m) && !modified(m)) : undefined;
    if (described && noun) {
      const actor = this.fromActor(described);
      return { source: actor.source, sourceType: noun.type, actor: actor.actor, how: actor.how };
    }
    // A person in the phrase speaks ("UNHCR spokesman Idriss Mahamat").
    if (person) return this.fromActor(person);
    const spokesperson = this.spokesperson(tokens, head, to, text, mentions);
    // "a spokesman for the Red Cross who asked not to be named": an anonymous spokesperson is unnamed.
    // (The relative clause that says so stands past the phrase: "who asked…", « que pidió… ».)
    const anonymous = (): boolean => anonymousIn(tokens, from, to, lex) || (lex.relatives.hasToken(tokens[to]) && anonymousIn(tokens, to, to + 8, lex));
    if (spokesperson && spokesperson.sourceType !== 'person' && anonymous()) return { source: text, sourceType: 'unnamed', actor: null, how: 'described' };
    if (spokesperson) return spokesperson;
    if (owned) return { source: text, sourceType: noun && noun.type !== 'person' ? refined(noun.type, text, lex) : 'unnamed', actor: null, how: 'described' };
    // "a UN official", "un diplomate européen": an indefinite person is unnamed, whatever body it names.
    if (lex.indefinites.hasToken(tokens[from]) && noun && (noun.type === 'unnamed' || noun.type === 'person')) return { source: text, sourceType: 'unnamed', actor: null, how: 'described' };
    // "A senior doctor at St Thomas' Hospital", « un médecin à l'hôpital X »: an indefinite person
    // where a body is only the place they work speaks for no one but themselves.
    const workplace = (m: ActorMention): boolean => m.start > head && lex.placePrepositions.has(tokenAt(tokens, m.start - 1)?.f ?? '');
    if (lex.indefinites.hasToken(tokens[from]) && (role || noun?.type === 'person') && mentions.length > 0 && mentions.every(workplace)) return { source: text, sourceType: 'unnamed', actor: null, how: 'described' };
    // A named body speaks ("l’ONG Acled", "INPE"), unless it only completes a described source
    // ("un organisme … de l’ONU", "la représentante du PAM").
    // "les économistes de la Banque de Corée": a definite group of a named body speaks for it.
    const groupOf = !!noun && noun.type === 'unnamed' && !lex.indefinites.hasToken(tokens[from]);
    const body = mentions.find((m) => (!noun || groupOf || m.start <= head || !isComplement(tokens, m.start, lex)) && !(noun && isAgent(tokens, m.start, lex)) && !modified(m));
    if (body) return this.fromActor(body);
    // "le groupe", "l’organisation", "the ministry", "la ministre": the last source of that kind.
    // "a government statement", "un groupe" name a new source, never the last one.
    if (mentions.length === 0 && head + 2 >= to && !lex.indefinites.hasToken(tokens[from]) && (lex.anaphors.hasToken(tokens[head]) || (lex.headFinal && lex.anaphors.hasToken(tokenAt(tokens, to - 1))))) {
      // "the ministry" → the last government source; "l’agence" → the last body.
      const want = lex.genderCues.f.has((tokens[from] as Token).f) || lex.genderCues.f.has((tokens[head] as Token).f) ? 'f' : lex.genderCues.m.has((tokens[from] as Token).f) || lex.genderCues.m.has((tokens[head] as Token).f) ? 'm' : null;
      // "The minister added…": a role names the last person who holds it, never another speaker.
      const titleWords = role ? tokens.slice(head, head + role.length).map((t) => t.f) : [];
      const resolved = role ? this.lastTitled(sentence.index, titleWords, want) : noun?.type === 'person' ? this.lastPerson(sentence.index, want) : this.lastBodyLike(tokens, head, to, noun?.type ?? null, sentence.index);
      if (resolved) return { source: resolved.source, sourceType: resolved.sourceType, actor: resolved.actor, how: 'anaphor' };
      if (noun && noun.type !== 'person') return { source: text, sourceType: noun.type, actor: null, how: 'described' };
    }
    // "Pyongyang", "Neighbouring Ecuador", "le voisin sénégalais": a country or capital speaks as its government.
    // (A place is written with a capital: « la défense » of a defendant is no district « La Défense ».)
    const place = this.placeAt(sentence.index, tokens, head);
    if (place && place.end >= to - 1 && (place.start <= head || !noun)) return { source: text, sourceType: 'government', actor: null, how: 'place' };
    if (noun) {
      const indefinite = lex.indefinites.hasToken(tokens[from]);
      const type: SourceType = anonymousIn(tokens, from, to, lex) || (indefinite && (noun.type === 'person' || noun.type === 'unnamed')) ? 'unnamed' : refined(noun.type, text, lex);
      return { source: text, sourceType: type, actor: null, how: 'described' };
    }
    // "the commander of the rescue operation": a role with no name is an unnamed source.
    if (role) return { source: text, sourceType: 'unnamed', actor: null, how: 'described' };
    const headToken = tokens[head] as Token;
    // "selon Marie-Claire Bule": a hyphenated first name and a surname name a person the actor list missed.
    if (from === head && personName(tokens, from, to, lex)) return { source: text, sourceType: 'person', actor: null, how: 'named' };
    // "Survivors reported…", "Teachers say…": a plural common noun, capitalised only because it
    // opens the sentence, names an unnamed group, not a body.
    if (from === 0 && to === 1 && pluralCommonNoun(headToken, lex)) return { source: text, sourceType: 'unnamed', actor: null, how: 'described' };
    if (headToken.cap && headToken.kind === 'word' && !lex.stopwords.hasToken(headToken)) return { source: text, sourceType: refined('organization', text, lex), actor: null, how: 'guess' };
    if (to - from > 12) return null;
    // "un habitant" is an unnamed source; "l’accord prévoit" names no speaker at all.
    return headToken.kind === 'word' && !lex.stopwords.hasToken(headToken) && lex.indefinites.hasToken(tokens[from]) ? { source: text, sourceType: 'unnamed', actor: null, how: 'described' } : null;
  }

  /** The first place of sentence s (no demonym, no blocker) that covers token `head` or the one after it and holds a capitalised word that is no determiner, or undefined. */
  private placeAt(s: number, tokens: readonly Token[], head: number): { start: number; end: number } | undefined {
    const places = this.doc.places[s];
    if (!places) return undefined;
    const lex = this.doc.lex;
    for (const p of places) {
      if (p.start > head + 1 || p.end <= head || p.kind === 'demonym' || p.kind === 'blocker') continue;
      for (let j = p.start; j < p.end; j++) {
        const t = tokens[j];
        if (t?.cap && !lex.determiners.hasToken(t)) return p;
      }
    }
    return undefined;
  }

  /**
   * A document as the source ("the statement said", "selon le communiqué", "un rapport de l’ONG
   * X accusait", "the Council's report", "le bilan officiel"): who wrote it speaks — a body named
   * in the phrase, the owner before "'s", else for a definite document the last body that spoke;
   * an official document with no author speaks as the government.
   */
  private documentSource(sentence: Sentence, from: number, head: number, to: number, mentions: ActorMention[]): SourceFields | null {
    const tokens = sentence.tokens;
    const lex = this.doc.lex;
    const documents = lex.classes.get('document');
    let at = -1;
    // "the agency’s 9 a.m. statement": a time between the owner and its document is passed over.
    for (let k = head, limit = head + 4; k < to && k < limit; k++) {
      if (documents?.at(tokens, k)) {
        at = k;
        break;
      }
      const t = tokens[k] as Token;
      if (t.kind === 'number' || t.text.endsWith('.')) limit++;
      // "the agency’s 9 a.m. (0100 GMT) statement": a bracketed aside too.
      const close = t.text === '(' ? tokens.findIndex((x, j) => j > k && j < k + 6 && x.text === ')') : -1;
      if (close > 0) {
        limit += close - k + 1;
        k = close;
        continue;
      }
      if (t.kind === 'punct' && !/^['’]$/u.test(t.text)) break;
    }
    if (at < 0) return null;
    const text = sentence.text.slice((tokens[from] as Token).start - sentence.start, (tokenAt(tokens, to - 1) as Token).end - sentence.start).trim();
    // "un mensaje publicado ayer por X": who published it wrote it, not the medium.
    let by = -1;
    for (let k = at + 1; k < to && by < 0; k++) {
      const published = publishedByAt(tokens, k, lex);
      if (published > 0) by = k + published;
    }
    const publisher = by > 0 ? mentions.find((m) => m.start >= by && m.start <= by + 2) : undefined;
    // A body named in the phrase wrote it: "un rapport de l’ONG X", "publié par le quotidien Y", "the DGCA data".
    // ("a memo seen by X", « un rapport consulté par X »: the agent of any other participle only
    // saw or obtained it, and wrote none of it.)
    // ("A study by X": the document's own "by" names its author.)
    const past = at + (documents?.at(tokens, at)?.length ?? 1);
    const seenBy = (m: ActorMention): boolean => isAgent(tokens, m.start, lex) && m.start - (lex.determiners.hasToken(tokenAt(tokens, m.start - 1)) ? 3 : 2) >= past;
    const writers = mentions.filter((m) => m.start < at || !seenBy(m));
    const author = publisher ?? [...writers].reverse().find((m) => m.type !== 'person') ?? writers.find((m) => m.type === 'person');
    if (author) {
      const fields = this.fromActor(author);
      return { source: fields.source, sourceType: fields.sourceType, actor: fields.actor, how: 'described' };
    }
    // "le dernier bilan du ministère congolais de la Santé": a body described after the document.
    for (let k = at + 1; k < to; k++) {
      const noun = lex.sourceNouns.at(tokens, k);
      if (!noun || lex.classes.get('document')?.at(tokens, k)) continue;
      let open = k;
      while (open > at + 1 && (lex.determiners.hasToken(tokenAt(tokens, open - 1)) || lex.connectors.hasToken(tokenAt(tokens, open - 1)))) open--;
      const described = sentence.text.slice((tokens[k] as Token).start - sentence.start, (tokenAt(tokens, to - 1) as Token).end - sentence.start).trim();
      // « la encuesta de expectativas del banco central »: past what the document is about, a
      // few lower-case words a preposition opens.
      const about = open > at + 1 && open - at <= 5 && lex.connectors.hasToken(tokens[at + 1]) && tokens.slice(at + 1, open).every((t) => t.kind === 'word' && !t.cap);
      if ((open > at + 1 && !about) || described.length === 0) break;
      return { source: described, sourceType: noun.value, actor: null, how: 'described' };
    }
    // "the Council’s report": the owner before the possessive.
    const possessive = tokens.slice(head, at).findIndex(isPossessive);
    if (possessive > 0) {
      const owner = this.lastBodyLike(tokens, head, head + possessive, null, sentence.index);
      if (owner) return { source: owner.source, sourceType: owner.sourceType, actor: owner.actor, how: 'anaphor' };
    }
    const official = lex.classes.get('official');
    if (official && tokens.slice(head, to).some((_, j) => official.at(tokens, head + j) !== null)) return { source: text, sourceType: 'government', actor: null, how: 'described' };
    // ("data released last week": a document with no determiner is no definite one.)
    if (lex.determiners.hasToken(tokens[from]) && !lex.indefinites.hasToken(tokens[from])) {
      // "le communiqué": the last body that spoke, else the last one named.
      const body = this.lastBody ?? this.lastBodyMention(sentence.index);
      if (body) return { source: body.source, sourceType: body.sourceType, actor: body.actor, how: 'anaphor' };
    }
    return { source: text, sourceType: 'organization', actor: null, how: 'described' };
  }

  /**
   * A sentence opening with a group of people ("Residents of …", "villagers in …", "les habitants
   * de …") names that unnamed group, whatever places follow it, up to the reporting verb at `to`
   * (from the sentence's start, not from where the subject walk stopped: inside the places).
   */
  private groupSubject(sentence: Sentence, to: number): SourceFields | null {
    const tokens = sentence.tokens;
    const lex = this.doc.lex;
    let head = 0;
    while (head < to && (lex.determiners.hasToken(tokens[head]) || lex.indefinites.hasToken(tokens[head]))) head++;
    if (!lex.classes.get('group-noun')?.at(tokens, head)) return null;
    if (!lex.classes.get('group-preposition')?.at(tokens, head + 1)) return null;
    for (let k = head + 1; k < to; k++) if (lex.finite.hasToken(tokens[k]) || (tokens[k] as Token).text === ',') return null;
    const text = sentence.text.slice((tokens[0] as Token).start - sentence.start, (tokenAt(tokens, to - 1) as Token).end - sentence.start).trim();
    return { source: text, sourceType: 'unnamed', actor: null, how: 'described' };
  }

  /** The source noun of a phrase: its first one in French, its last one in English ("Greek media"). */
  private sourceNoun(tokens: readonly Token[], head: number, to: number): { type: SourceType; at: number } | null {
    const lex = this.doc.lex;
    let found: { type: SourceType; at: number } | null = null;
    for (let k = head; k < to; k++) {
      const hit = lex.sourceNouns.at(tokens, k);
      // "Candidates at those centres", « Élèves du lycée »: a plural common noun of no source's
      // kind, then a preposition, heads the phrase; the body after it is where the group stands.
      if (!hit && k === head && lex.placePrepositions.has(tokens[k + 1]?.f ?? '') && pluralCommonNoun(tokens[k] as Token, lex)) return { type: 'unnamed', at: k };
      if (!hit) continue;
      found = { type: hit.value, at: k };
      if (!lex.headFinal) return found;
      k += hit.length - 1;
    }
    return found;
  }

  /**
   * The body "la fédération norvégienne", "the ministry", "le groupe" stands for: a named body or
   * an earlier source whose name holds the same words ("Fédération norvégienne de ski"); a generic
   * head ("le groupe", "l’organisation") takes the last source of its kind; else null (the phrase
   * is its own source: "the government" is not the last capital that spoke).
   */
  private lastBodyLike(tokens: readonly Token[], head: number, to: number, type: SourceType | null, s: number): SourceFields | null {
    const lex = this.doc.lex;
    // Each word's stem, without accents, once for every name tried (and kept on the word).
    const stems: string[] = [];
    for (let j = head; j < to && j < tokens.length; j++) {
      const t = tokens[j] as Token;
      if (t.kind === 'word' && !lex.determiners.hasToken(t)) stems.push(stemOf(lex, t));
    }
    const holds = (name: string): boolean => {
      const have = nameWords(name);
      return stems.every((stem) => have.some((h) => h.startsWith(stem)));
    };
    for (let k = s; k >= 0 && k > s - 50; k--) {
      const list = this.bySentence.get(k) ?? [];
      for (let i = list.length - 1; i >= 0; i--) {
        const m = list[i] as ActorMention;
        if (m.type !== 'person' && holds(m.name)) return this.fromActor(m);
      }
    }
    for (let i = this.history.length - 1; i >= 0; i--) {
      const f = this.history[i] as SourceFields;
      if (f.sourceType !== 'person' && f.sourceType !== 'unnamed' && holds(f.source)) return f;
    }
    if (!lex.genericBodies.has(tokens[lex.headFinal ? to - 1 : head]?.f ?? '')) return null;
    // Before any body has spoken, "le groupe" is the last body of its kind the article named
    // (« Ostwick Télécom a réalisé…, a annoncé le groupe »). A body of another kind is not it:
    // « la société » after « le ministère » spoke is a company, not the ministry.
    const lastBody = type && this.lastBody?.sourceType !== type ? null : this.lastBody;
    return (type && this.lastByType.get(type)) ?? lastBody ?? this.lastBodyMention(s, type, head);
  }

  /** The last organisation named up to sentence s (before token `before` in it; of source type `type`, when given), as a source. */
  private lastBodyMention(s: number, type: SourceType | null = null, before = Infinity): SourceFields | null {
    for (let k = s; k >= 0 && k > s - 50; k--) {
      const list = this.bySentence.get(k) ?? [];
      for (let i = list.length - 1; i >= 0; i--) {
        if ((list[i] as ActorMention).type === 'person' || (k === s && (list[i] as ActorMention).start >= before)) continue;
        const body = this.fromActor(list[i] as ActorMention);
        if (!type || body.sourceType === type) return body;
      }
    }
    return null;
  }

  /**
   * The last person (a speaker, else a mention back from sentence s) a role anaphor ("the
   * minister", « le maire ») may stand for: a named person, or a speaker described by a title
   * that shares a word stem with `title`. Null when only speakers with other titles came before
   * ("the governor" is not "the minister").
   */
  private lastTitled(s: number, title: readonly string[], want: 'f' | 'm' | null): SourceFields | null {
    const stems = title.filter((w) => w.length >= 4).map((w) => w.slice(0, 5));
    const offices = this.doc.lex.classes.get('office-title');
    const office = !!offices && title.some((w) => offices.hasWord(w));
    const shares = (text: string): boolean => text.split(/[\s'’-]+/u).some((w) => stems.includes(foldWord(w).slice(0, 5)));
    const titled = (f: SourceFields | null): f is SourceFields => {
      if (f?.sourceType !== 'person' || !this.agrees(f, want)) return false;
      // (A named person's roles are often written as other words, « le joueur » for a
      // "milieu de terrain": only a speaker described by a title of its own must share it.)
      if (!f.actor) return shares(f.source);
      // But an office has one holder, named by its own words (class `office-title`): « le
      // Premier ministre » after a trade unionist quoted by name is someone else.
      return !office || (this.actors.actors.find((a) => a.id === f.actor)?.roles ?? []).some(shares);
    };
    if (titled(this.last)) return this.last;
    for (let k = s; k >= 0 && k > s - 50; k--) {
      const list = this.bySentence.get(k) ?? [];
      for (let i = list.length - 1; i >= 0; i--) {
        const f = (list[i] as ActorMention).type === 'person' ? this.fromActor(list[i] as ActorMention) : null;
        if (titled(f)) return f;
      }
    }
    return null;
  }

  /** The last person who spoke or was named, of the gender the anaphor's words give ("la lauréate"). */
  private lastPerson(s: number, want: 'f' | 'm' | null = null): SourceFields | null {
    // Someone known to agree beats someone of unknown gender.
    const sure = (f: SourceFields | null): f is SourceFields => !!f && f.sourceType === 'person' && (!want || (!!f.actor && this.genderOf(f.actor) === want));
    const fits = (f: SourceFields | null): f is SourceFields => !!f && f.sourceType === 'person' && this.agrees(f, want);
    for (const test of want ? [sure, fits] : [fits]) {
      if (test(this.last)) return this.last;
      for (let k = s; k >= 0 && k > s - 50; k--) {
        const list = this.bySentence.get(k) ?? [];
        for (let i = list.length - 1; i >= 0; i--) {
          const m = list[i] as ActorMention;
          if (m.type === 'person' && test(this.fromActor(m))) return this.fromActor(m);
        }
      }
    }
    return null;
  }
}

/**
 * Length of "publicado por", "publicado en redes por", "released by" at k (a published-by
 * phrase, or its first word and an agent preposition at most three words later), else 0.
 */
export function publishedByAt(tokens: readonly Token[], k: number, lex: Lexicon): number {
  const whole = lex.publishedBy.at(tokens, k);
  if (whole) return whole.length;
  if (!lex.publishedBy.startsWith(tokens[k]?.f ?? '')) return 0;
  for (let j = k + 1; j < tokens.length && j <= k + 4; j++) {
    const t = tokens[j] as Token;
    if (t.kind === 'punct') return 0;
    if (lex.agentPrepositions.hasToken(t)) return j - k + 1;
  }
  return 0;
}
