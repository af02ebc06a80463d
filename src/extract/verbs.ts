/**
 * Reading a sentence around a reporting verb: where the verb is (an auxiliary and participle, a
 * finite form, an inverted one), whether it reports at all (a passive, a relative clause's verb),
 * and where the noun phrases around it start and end.
 */

import { CLOSE, MARK_CLOSE, MARK_COMMA, MARK_OPENING, MARK_STRAIGHT, marksOf, OPEN } from './claims.ts';
import { byWord, type Lexicon } from './lexicon/index.ts';
import { inTitleComplement } from './names.ts';
import { publishedByAt, type Resolver } from './sources.ts';
import { isPossessive, type Token, tokenAt } from './tokens.ts';
import { ADJ, NOUN, PARTICIPLE, VERB, wordClassesOf } from './word-classes.ts';

/**
 * True when a verb's form at k is used as a noun: after a possessive ("the Red Cross's report
 * said"), or after an article that opens a phrase of its own, at the start, after punctuation or
 * after a preposition (class `preposition`: "the lawyer for the accused", « l’avocate de
 * l’accusé », « del acusado »). An article after any other word may be an object pronoun (« il
 * l’accuse »).
 */
function usedAsNoun(tokens: readonly Token[], k: number, lex: Lexicon): boolean {
  // (A possessive ending is two characters: a longer word is not tried against its pattern.)
  if (k > 0 && tokenAt(tokens, k - 1)?.text.length === 2 && isPossessive(tokenAt(tokens, k - 1))) return true;
  // "answered 3,100 calls", "12 reports": after a number written in digits, a form that is also a
  // noun is that noun ("of the 40, 12 said" keeps its verb: "said" is no noun).
  if (tokenAt(tokens, k - 1)?.kind === 'number' && (wordClassesOf(lex.lang, (tokens[k] as Token).f) & NOUN) !== 0) return true;
  const prepositions = lex.classes.get('preposition');
  // « Le principal accusé du braquage a nié », "the main accused in the case": an adjective
  // between the article and the form, and a preposition after it, make the form a noun.
  if (adjectiveBefore(tokens, k, lex) && lex.determiners.hasToken(tokenAt(tokens, k - 2)) && prepositions?.at(tokens, k + 1)) return true;
  const article = tokenAt(tokens, k - 1);
  if (!article || !lex.determiners.hasToken(article)) return false;
  if (prepositions?.at(tokens, k - 1)) return true;
  const before = tokenAt(tokens, k - 2);
  // (Not after a closing quotation mark: "…” the minister said" is a trailing frame's speaker.)
  return !before || (before.kind === 'punct' && !CLOSE.test(before.text)) || !!prepositions?.at(tokens, k - 2);
}

/** True when the word before k is one the word classes know as an adjective and never as a verb or a participle (« agence » reads as « agencé »). */
function adjectiveBefore(tokens: readonly Token[], k: number, lex: Lexicon): boolean {
  const t = tokenAt(tokens, k - 1);
  if (t?.kind !== 'word' || t.cap) return false;
  const classes = wordClassesOf(lex.lang, t.f);
  return (classes & ADJ) !== 0 && (classes & (VERB | PARTICIPLE)) === 0;
}

/** A reporting verb at k: its token length (aux + participle, or one finite/inverted form). */
export function verbAt(tokens: readonly Token[], k: number, lex: Lexicon): { length: number; aux: Token | null } | null {
  const t = tokens[k];
  if (t?.kind !== 'word' || !opensVerb(lex, t)) return null;
  if (usedAsNoun(tokens, k, lex)) return null;
  const verb = verbFormAt(tokens, k, t, lex);
  // "Autrement dit", "that said", « s'est déclaré » (a fire broke out): set phrases that report
  // nothing, ending at the verb's first or second word or at its last. Asked only once a verb
  // form is found (the answer is the same, and most tokens are no verb).
  const fixed = lex.classes.get('fixed-not-reporting');
  if (verb && fixed && (fixed.endingAt(tokens, k) || fixed.endingAt(tokens, k + 1) || fixed.endingAt(tokens, k + verb.length - 1))) return null;
  return verb && negated(tokens, k, verb.length, lex) ? null : verb;
}

/**
 * "Police did not say whether…", « n’a pas répondu », « no ha confirmado la cifra »: a report
 * denied by a negation before the verb or inside its form (lexicon class `report-negation`) says nothing.
 */
function negated(tokens: readonly Token[], k: number, length: number, lex: Lexicon): boolean {
  const negation = lex.classes.get('report-negation');
  if (!negation) return false;
  if (negation.endingAt(tokens, k - 1)) return true;
  for (let j = k + 1; j < k + length; j++) if (negation.at(tokens, j)) return true;
  return false;
}

/**
 * True when the word of a token can open a reporting verb's form: a reflexive, an auxiliary, the
 * first word of a finite phrase, a finite, inverted or "that"-only form. verbAt is asked at
 * nearly every token of a sentence, several times, and most words open none: one answer kept
 * on the word replaces the lookups in every table.
 */
export function opensVerbWord(lex: Lexicon): (f: string) => boolean {
  return (f) => lex.reflexives.has(f) || lex.auxiliaries.has(f) || lex.finitePhrases.startsWith(f) || lex.finite.has(f) || lex.inverted.has(f) || lex.thatOnly.has(f);
}
const opensVerb = byWord(opensVerbWord);

/**
 * True when the word of a token is one a reporting verb's form cannot do without: the first word
 * of a participle or of a finite phrase, a finite, inverted or "that"-only form. verbAt finds a
 * verb at k only when such a word stands at k or after it (an auxiliary's or a reflexive's
 * participle follows it). (frames.ts asks it with its own questions, in one answer per word, and
 * stops where the sentence's last such word is.)
 */
export function verbNeeds(lex: Lexicon): (f: string) => boolean {
  return (f) => lex.participles.startsWith(f) || lex.finitePhrases.startsWith(f) || lex.finite.has(f) || lex.inverted.has(f) || lex.thatOnly.has(f);
}

/** A reporting verb's form at k (a word), set phrases aside. */
function verbFormAt(tokens: readonly Token[], k: number, t: Token, lex: Lexicon): { length: number; aux: Token | null } | null {
  if (lex.reflexives.hasToken(t) && lex.reflexiveAux.has(tokens[k + 1]?.f ?? '')) {
    const p = lex.participles.at(tokens, k + 2);
    return p ? { length: 2 + p.length, aux: tokens[k + 1] as Token } : null;
  }
  const verb = activeFormAt(tokens, k, t, lex);
  // "was announced", "a été annoncé": a passive names no speaker here (see passiveAgent for "by X").
  // Asked once a form is found: the answer is the same, and most words are no verb.
  if (!verb || !lex.passiveAux.at(tokens, k)) return verb;
  // "was quoted as saying": a passive then the words that report for its subject (class
  // `passive-report-tail`) is the subject's own report.
  const tail = lex.classes.get('passive-report-tail')?.at(tokens, k + verb.length);
  return tail ? { length: verb.length + tail.length, aux: verb.aux } : null;
}

/** A reporting verb's form at k, reflexive and passive forms aside. */
function activeFormAt(tokens: readonly Token[], k: number, t: Token, lex: Lexicon): { length: number; aux: Token | null } | null {
  if (lex.auxiliaries.hasToken(t)) {
    // "a également déclaré", "a de son côté accusé", "has also said": a few words may intervene;
    // "a, pour sa part, demandé", "has, however, said": so may an adverbial between commas.
    let comma = tokens[k + 1]?.text === ',';
    const last = k + (comma ? 7 : 4);
    for (let j = k + (comma ? 2 : 1); j <= last && j < tokens.length; j++) {
      if (comma && tokens[j]?.text === ',') {
        comma = false;
        continue;
      }
      const p = lex.participles.at(tokens, j);
      if (p) return comma ? null : { length: j - k + p.length, aux: t };
      const w = tokens[j] as Token;
      if (w.kind !== 'word' || (w.cap && !comma) || lex.auxiliaries.hasToken(w) || lex.finite.hasToken(w)) break;
    }
    return null;
  }
  const phrase = lex.finitePhrases.at(tokens, k);
  if (phrase) return { length: phrase.length, aux: null };
  if (lex.finite.hasToken(t) || lex.inverted.hasToken(t) || lex.thatOnly.hasToken(t)) {
    // "una alerta", "a report": after an indefinite article, a verb's form is a noun.
    if (lex.articleNumbers.has(tokenAt(tokens, k - 1)?.f ?? '')) return null;
    // « Gérard Roux, accusé de fraude, … »: a participle with no auxiliary is no finite form,
    // though accents folded away make it look like one (« accuse »); after « et » it shares the
    // auxiliary before (« a dénoncé… et annoncé que… »).
    if (lex.participleSpellings.has(t.text.toLowerCase()) && !lex.classes.get('shared-subject')?.endingAt(tokens, k - 1)) return null;
    // "la alerta", "the claims": a present form after a determiner, unless it is an object pronoun ("lo señala").
    if (lex.presentForms.hasToken(t) && lex.determiners.has(tokenAt(tokens, k - 1)?.f ?? '') && !lex.classes.get('object-pronoun')?.at(tokens, k - 1)) return null;
    return afterPassive(tokens, k, lex) ? null : { length: 1, aux: null };
  }
  return null;
}

/** True when a passive auxiliary stands right before token k, maybe past an adverb ("was also announced"). */
export function afterPassive(tokens: readonly Token[], k: number, lex: Lexicon): boolean {
  let j = k - 1;
  if (lex.claimLeadWords.has(tokens[j]?.f ?? '')) j--;
  return !!lex.passiveAux.endingAt(tokens, j);
}

/** True when the verb at v has a relative pronoun for subject ("who has advised", "qui a dénoncé"). */
export function relativeSubject(tokens: readonly Token[], v: number, lex: Lexicon): boolean {
  let k = v - 1;
  // Adverbs between: "who has long argued", "qui a toujours dit".
  while (k > 0 && v - k < 4 && tokens[k]?.kind === 'word' && !lex.subjectRelatives.hasToken(tokens[k]) && !(tokens[k] as Token).cap && !lex.determiners.hasToken(tokens[k])) k--;
  return lex.subjectRelatives.has(tokens[k]?.f ?? '') && k < v;
}

/** The token at j is a capitalised word. */
function capitalisedWord(tokens: readonly Token[], j: number): boolean {
  const t = tokenAt(tokens, j);
  return t?.kind === 'word' && t.cap;
}

/** Index of the token that stops a backward walk over a noun phrase (or -1 at the start). */
export function walkBack(tokens: readonly Token[], k: number, lex: Lexicon, throughClause = false): number {
  let steps = 0;
  // Whether only capitalised words stand between where the walk started and k.
  let capitalsOnly = true;
  while (k >= 0 && steps < 30) {
    const t = tokens[k] as Token;
    if (t.kind === 'punct' && t.text !== "'" && t.text !== '-' && t.text !== '(' && t.text !== ')') break;
    // « plusieurs élus de la majorité et de l'opposition »: "and" between two complements joins
    // them; so does one between two capitalised complements after an article (« ministre de la
    // Culture et du Tourisme »), and one in a title's list of portfolios (inTitleComplement).
    const joinsComplements =
      lex.clauseBreaks.hasToken(t) &&
      tokenAt(tokens, k - 1)?.kind === 'word' &&
      (lex.connectors.has(tokens[k + 1]?.f ?? '') ||
        (lex.determiners.hasToken(tokens[k + 1]) && capitalisedWord(tokens, k - 1) && capitalisedWord(tokens, k + 2)) ||
        (capitalsOnly && steps > 0 && capitalisedWord(tokens, k - 1) && inTitleComplement(tokens, k - 1, lex)));
    capitalsOnly &&= t.kind === 'word' && t.cap;
    if (!throughClause && (lex.relatives.hasToken(t) || (lex.clauseBreaks.hasToken(t) && !joinsComplements) || lex.auxiliaries.hasToken(t) || (lex.finite.hasToken(t) && !usedAsNoun(tokens, k, lex)))) break;
    k--;
    steps++;
  }
  return k;
}

/** True when no comma (outside quotes) stands before token c. */
export function commaFree(tokens: readonly Token[], c: number): boolean {
  let depth = 0;
  const marks = marksOf(tokens);
  if (marks !== null) {
    // (As the texts below say, from the sentence's marks: a straight mark counts for neither.)
    for (let i = 0; i < c; i++) {
      const mark = marks[i] as number;
      if ((mark & MARK_OPENING) !== 0) depth++;
      else if ((mark & (MARK_CLOSE | MARK_STRAIGHT)) === MARK_CLOSE) depth = Math.max(0, depth - 1);
      else if ((mark & MARK_COMMA) !== 0 && depth === 0) return false;
    }
    return true;
  }
  for (let i = 0; i < c; i++) {
    const t = (tokens[i] as Token).text;
    if (OPEN.test(t) && t !== '"') depth++;
    else if (CLOSE.test(t) && t !== '"') depth = Math.max(0, depth - 1);
    else if (t === ',' && depth === 0) return false;
  }
  return true;
}

/**
 * Tokens [from, to) after a verb are its object, not its speaker: an indefinite or a number
 * ("un bénéfice net de 212 millions", "3 000 emplois") naming no source noun and no actor.
 */
export function isObject(tokens: readonly Token[], from: number, to: number, lex: Lexicon, resolver: Resolver, s: number): boolean {
  const first = tokens[from];
  if (!first || !(first.kind === 'number' || lex.indefinites.hasToken(first) || lex.numbers.has(first.f))) return false;
  for (let k = from; k < to; k++) {
    // (A role names a person: "…, said an economist", « a estimé un politologue ».)
    if (lex.sourceNouns.at(tokens, k) || lex.roles.at(tokens, k) || resolver.mentionEndCovering(s, k) > k) return false;
  }
  return true;
}

/** End of the source's noun phrase from k: before punctuation, a time or place adverbial. */
export function nounPhraseEnd(tokens: readonly Token[], k: number, lex: Lexicon, resolver: Resolver, s: number): number {
  let end = k;
  const ann = resolver.annotations(s);
  const recipients = lex.rules('recipient');
  // Whether a document noun ("el informe", "the statement") stands in [k, end) before any
  // connector, read on as `end` grows (it never goes back) instead of from k again at each step:
  // tokens before `read` are read; `documentAt` is 1 once a document noun is met, -1 once a
  // connector is met first.
  const documents = lex.classes.get('document');
  let read = k;
  let documentAt = 0;
  while (end < tokens.length && end - k < 25) {
    const t = tokens[end] as Token;
    // "a déclaré X au micro de la radio Y": who was told ends the speaker's phrase.
    if (end > k && ann && recipients.at(ann, end)) break;
    const inside = resolver.mentionEndCovering(s, end);
    if (inside > end) {
      end = inside;
      continue;
    }
    if (t.text === '(') {
      const close = tokens.findIndex((x, i) => i > end && x.text === ')');
      if (close > end && close - end < 8) {
        end = close + 1;
        continue;
      }
    }
    // "según el recuento del tribunal con el 98 % de las mesas": a figure is no part of a source's
    // phrase (a name's own number follows a capital: "France 2"; "the 24-year-old" is a word); it
    // ends before the words that lead to the figure.
    if (end > k && t.kind === 'number' && !tokenAt(tokens, end - 1)?.cap && tokens[end + 1]?.text !== '-') {
      while (end > k + 1 && (lex.determiners.hasToken(tokenAt(tokens, end - 1)) || lex.stopwords.hasToken(tokenAt(tokens, end - 1)) || lex.placePrepositions.hasToken(tokenAt(tokens, end - 1)))) end--;
      break;
    }
    if (t.kind === 'punct' && t.text !== "'" && t.text !== '-') {
      // "le ministre de la Santé, Serge Kabasele Ntumba," / "…de la Défense, le général Moussa
      // Adamou,": the name after the comma belongs to the source.
      if (t.text === ',') {
        let j = end + 1;
        while (tokens[j] && (lex.determiners.hasToken(tokens[j]) || lex.roles.at(tokens, j) || lex.roleModifiers.hasToken(tokens[j]) || lex.honorifics.hasToken(tokens[j])) && j - end < 5) j++;
        // ("According to court documents, Greaves approved…": a name that a word follows opens
        // the next clause as its subject; an apposition's name closes with punctuation.)
        const nameEnd = resolver.personStartsAt(s, j) ? resolver.personEnd(s, j) : -1;
        if (nameEnd > j && (nameEnd >= tokens.length || tokens[nameEnd]?.kind === 'punct')) {
          end = nameEnd;
          continue;
        }
        // "the national statistics institute, INDEC, …": a named body set off by commas.
        const named = j === end + 1 ? resolver.personEnd(s, j) : j;
        if (named > j && tokens[named]?.text === ',') {
          end = named;
          continue;
        }
      }
      break;
    }
    // "el secretario de Estado", "le garde des Sceaux": a role of several words is one noun.
    const role = t.kind === 'word' ? lex.roles.at(tokens, end) : null;
    if (role && role.length > 1) {
      end += role.length;
      continue;
    }
    // "los informes divulgados por X", "a message posted online by X": a document's publisher
    // belongs to the document's phrase, and so does a body named in its complement ("las
    // informaciones de la radio").
    for (; documents !== undefined && documentAt === 0 && read < end; read++) {
      if (documents.at(tokens, read)) documentAt = 1;
      else if (lex.connectors.hasToken(tokens[read])) documentAt = -1;
    }
    const document = end > k && documentAt === 1;
    const published = document ? publishedByAt(tokens, end, lex) : 0;
    if (published > 0) {
      end += published;
      continue;
    }
    if (document && lex.connectors.hasToken(t)) {
      end++;
      continue;
    }
    if (end > k && ((lex.skipAfterVerb.hasToken(t) && !lex.determiners.hasToken(t)) || lex.relatives.hasToken(t) || lex.complementizers.hasToken(t))) break;
    // « …, informó el Inegi el martes », "…, said the office last week": a time after the speaker ends its phrase.
    if (end > k && timeAt(tokens, end, lex)) break;
    // A verb ends the phrase: "said the first units would reach…" is a clause, not a speaker; a
    // verb's form right after a determiner is a noun ("le communiqué", "the report").
    if (end > k && t.kind === 'word' && (lex.auxiliaries.hasToken(t) || lex.finite.hasToken(t)) && !lex.determiners.has(tokenAt(tokens, end - 1)?.f ?? '')) break;
    end++;
  }
  return end;
}

/** True when a time phrase starts at k: a day's name, maybe after a determiner, or a phrase of class `time-after-verb` ("ayer", "last week"). */
function timeAt(tokens: readonly Token[], k: number, lex: Lexicon): boolean {
  const t = tokens[k] as Token;
  if (lex.days.hasToken(t) || (lex.determiners.hasToken(t) && lex.days.has(tokens[k + 1]?.f ?? ''))) return true;
  return !!lex.classes.get('time-after-verb')?.at(tokens, k);
}

/**
 * The length of a title at k that stands right before a name ("councillor", "union steward"): a
 * role, or one or two lower-case words that are no verb by the word classes; 0 when none.
 */
function titleBeforeName(tokens: readonly Token[], k: number, lex: Lexicon, resolver: Resolver, s: number): number {
  const role = lex.roles.at(tokens, k);
  if (role) return resolver.mentionEndCovering(s, k + role.length) > k + role.length ? role.length : 0;
  for (let n = k; n < k + 2; n++) {
    const t = tokens[n];
    if (t?.kind !== 'word' || t.cap || lex.stopwords.hasToken(t) || lex.finite.hasToken(t) || lex.auxiliaries.hasToken(t) || (wordClassesOf(lex.lang, t.f) & VERB) !== 0) return 0;
    if (resolver.mentionEndCovering(s, n + 1) > n + 1 && resolver.personStartsAt(s, n + 1)) return n + 1 - k;
  }
  return 0;
}

/** End of the subject noun phrase opening at `from` (its head noun, a name, or a pronoun), or -1. */
export function subjectEnd(tokens: readonly Token[], from: number, limit: number, lex: Lexicon, resolver: Resolver, s: number): number {
  const pronoun = lex.pronouns.at(tokens, from);
  if (pronoun) return from + pronoun.length;
  let end = -1;
  for (let j = from; j < limit && j < from + 8; j++) {
    const t = tokens[j] as Token;
    if (t.kind === 'punct' && t.text !== "'" && t.text !== '-') break;
    const covering = resolver.mentionEndCovering(s, j);
    const noun = lex.sourceNouns.at(tokens, j);
    if (covering > j) end = covering;
    else if (noun) end = j + noun.length;
    else if (end < 0) continue;
    else break;
    // "the Ministry of Health", "le ministre de la Santé": a complement carries the phrase on.
    let n = end;
    if (!lex.nameConnectors.has(tokens[n]?.f ?? '') && !lex.connectors.has(tokens[n]?.f ?? '')) {
      // "Opposition councillor Bruno Tellini": a title after the noun carries the phrase on to its name.
      const title = lex.headFinal ? titleBeforeName(tokens, n, lex, resolver, s) : 0;
      if (title > 0) {
        j = n + title - 1;
        continue;
      }
      // English heads end the phrase ("The company cut…"); French ones may take a name after them.
      if (lex.headFinal || !resolver.mentionEndCovering(s, n)) return end;
    }
    n++;
    while (lex.determiners.hasToken(tokens[n])) n++;
    if (resolver.mentionEndCovering(s, n) > n) return resolver.mentionEndCovering(s, n);
    if (lex.sourceNouns.at(tokens, n) || (tokens[n]?.kind === 'word' && tokens[n]?.cap)) return n + 1;
    return end;
  }
  return end;
}
