/**
 * Attributions: who said, reported or claimed what. Each sentence is tried against the shapes of
 * frames.ts; then what the shapes cannot see alone: a second speaker in the same sentence, a
 * speaker who goes on ("…, adding: …"), a quotation that continues the last speaker, a quotation
 * that runs over several paragraphs with its speaker named once. Pronouns and "le groupe"/"the
 * ministry" resolve to the last source of that kind (see sources.ts).
 */
import type { Attribution } from '../record/types.ts';
import type { ActorsResult } from './actors.ts';
import { CLOSE, type Claim, cleanClaim, inciseClaim, leadIn, OPEN, slice, statement } from './claims.ts';
import type { Doc } from './doc.ts';
import { accordingTo, asSaid, attributed, commaAt, type Found, insideQuotation, noCues, participial, participialComma, passiveAgent, type Rule, type SentenceCues, secondAccording, sentenceCues, subjectVerb, trailing } from './frames.ts';
import { itemAt } from './lists.ts';
import type { Sentence } from './sentences.ts';
import { Resolver, type SourceFields } from './sources.ts';
import { foldWord, oneOf } from './text.ts';
import { type Token, tokenAt } from './tokens.ts';
import { nounPhraseEnd, verbAt } from './verbs.ts';
import { ADJ, ADV, FUNCTION, NOUN, VERB, wordClassesOf, writtenAsVerb } from './word-classes.ts';

export function extractAttributions(doc: Doc, actors: ActorsResult): Attribution[] {
  const out: Attribution[] = [];
  const resolver = new Resolver(doc, actors);
  let previous: Attribution | null = null;
  const add = (found: Attribution): void => {
    out.push(found);
    resolver.remember(found);
  };
  const cues: SentenceCues = noCues();
  // Whether each sentence holds a quotation mark (SentenceCues.quoted), by sentence index, for quoteRuns.
  const quoted: boolean[] = [];
  // Whether an attribution found so far stands at sentence j (one closure for the article, not two per sentence).
  const said = (j: number): boolean => out.some((a) => a.sentence === j);
  for (const sentence of doc.sentences) {
    // The frames stop where their cues do (most sentences hold none): a frame that looks for a
    // reporting verb where no verb can start, one that looks for a word the sentence lacks.
    sentenceCues(sentence.tokens, doc.lex, cues);
    const lastVerb = cues.lastVerb;
    quoted[sentence.index] = cues.quoted;
    const draft: Found =
      reportedWithin(trailing(sentence, doc.lex, resolver, cues), sentence, doc.lex, resolver, cues) ??
      reportedWithin(accordingTo(sentence, doc.lex, resolver, cues), sentence, doc.lex, resolver, cues) ??
      subjectVerb(sentence, doc.lex, resolver, cues) ??
      (cues.participial ? participial(sentence, doc.lex, resolver) : null) ??
      passiveAgent(sentence, doc.lex, resolver, cues) ??
      asSaid(sentence, doc.lex, resolver) ??
      colonFrame(sentence, doc, resolver, cues.firstColon) ??
      droppedSubject(sentence, doc.lex, resolver) ??
      sharedSubject(sentence, doc.lex, resolver, lastVerb) ??
      saidSo(doc, sentence, resolver, said) ??
      continuedQuote(doc, sentence, previous);
    const found: Attribution | null = draft ? keep(draft) : null;
    const whole = found && found.sentence === sentence.index ? quoteOpenedBefore(doc, sentence, found.claim, said, quoted) : null;
    if (found && whole) {
      found.claim = whole;
      found.quote = true;
    }
    // "The fees, the board said, will rise": the statement's two parts around the reporting clause.
    const parts = found && !found.quote && found.sentence === sentence.index && found.verb ? inciseClaim(sentence, doc.lex, found.verb, found.claim) : null;
    if (found && parts) found.claim = parts;
    if (found?.claim) add(found);
    // "…, while police put the figure at 40,000": a second clause with its own speaker.
    for (let b = 2; found && b < sentence.tokens.length; b++) {
      const splitter = commaAt(cues, b - 1) ? doc.lex.clauseSplitters.at(sentence.tokens, b) : null;
      if (!splitter) continue;
      // The second clause starts past the whole splitter (« mientras que », "while").
      const secondDraft = subjectVerb(sentence, doc.lex, resolver, cues, b + splitter.length);
      const second = secondDraft ? keep(secondDraft) : null;
      if (second?.claim && second.source !== found.source) {
        // "X hailed the deal, while Y said…": the first claim stops where the second speaker starts.
        const cut = found.sentence === sentence.index && !found.quote ? found.claim.lastIndexOf(`, ${sentence.tokens[b]?.text ?? ''} `) : -1;
        if (cut > 0) found.claim = found.claim.slice(0, cut);
        add(second);
      }
    }
    const other = draft?.rule === 'according' && found ? secondAccording(sentence, doc.lex, resolver, cues) : null;
    if (other && found && other.source !== found.source && other.claim) {
      // The first source's words stop where the second phrase starts.
      const cut = other.verb ? found.claim.lastIndexOf(other.verb) : -1;
      if (cut > 0) found.claim = cleanClaim(found.claim.slice(0, cut)).replace(/[,;:]+$/u, '');
      add(keep(other));
    }
    // "…, the statement said, adding: “…”", "…, a-t-il dit, ajoutant que…": the same speaker goes on.
    // (Only a reporting participle adds a clause: the cues say whether the sentence has one.)
    const added = found && cues.participial ? addedClause(sentence, doc.lex, found) : null;
    if (added && found) add(keep(added));
    // "X noted that A and warned that B": a second reporting verb of the same speaker.
    const joined = found && !added ? coordinatedClause(sentence, doc.lex, found, cues) : null;
    if (joined) add(keep(joined));
    previous = found;
  }
  for (const run of quoteRuns(doc, out, quoted)) out.push(keep(run));
  return out.sort((a, b) => a.sentence - b.sentence);
}

/** A frame's draft as the record keeps it: the record's fields in the record's order, written out (a rest and a spread per attribution cost more). */
function keep(draft: NonNullable<Found>): Attribution {
  return {
    source: draft.source,
    sourceType: draft.sourceType,
    actor: draft.actor,
    verb: draft.verb,
    claim: draft.claim,
    quote: draft.quote,
    sentence: draft.sentence,
    confidence: confidenceOf(draft.rule, draft.how, draft),
  };
}

/** How sure an attribution is, from the shape that found it and how its source was named. */
function confidenceOf(rule: Rule, how: SourceFields['how'], draft: NonNullable<Found>): number {
  const quote = draft.quote ? 1.05 : 1;
  return Math.round(Math.min(0.99, SHAPE_CONFIDENCE[rule] * NAMED_CONFIDENCE[how ?? 'guess'] * quote) * 100) / 100;
}

const SHAPE_CONFIDENCE: Record<Rule, number> = { trailing: 0.85, according: 0.85, subject: 0.8, participial: 0.75, passive: 0.7, colon: 0.65, continued: 0.7, run: 0.65, added: 0.75 };
const NAMED_CONFIDENCE: Record<NonNullable<SourceFields['how']>, number> = { named: 1, described: 0.95, place: 0.9, anaphor: 0.8, pronoun: 0.8, guess: 0.6 };

/** A text that ends on a closing quotation mark, maybe before its final stop. */
const CLOSES_TEXT = /[»”"][.!?]?$/u;

function continuedQuote(doc: Doc, sentence: Sentence, previous: Attribution | null): Found {
  if (!previous || previous.sentence !== sentence.index - 1) return null;
  let text = quotedAfterLead(sentence, previous) ?? sentence.text.trim();
  if (!/^[«“"]/u.test(text)) return null;
  // « Nous ne céderons pas. Nous irons en justice. »: a quotation of several sentences of the
  // same paragraph, closed a few sentences on, goes on whole.
  for (let j = sentence.index + 1; !CLOSES_TEXT.test(text) && j <= sentence.index + 4; j++) {
    const next = doc.sentences[j];
    if (!next || next.block !== sentence.block || /[«“]/u.test(next.text)) return null;
    text = `${text} ${next.text.trim()}`;
  }
  if (!CLOSES_TEXT.test(text)) return null;
  return attributed(previous, 'continued', 'named', previous.verb, cleanClaim(text.replace(/^[«“"]\s*|\s*[»”"][.!?]?$/gu, '')).replace(/[.,;:]+$/u, ''), true, sentence.index);
}

/**
 * « "…" » and then « Así se expresó X, … », « Así lo explicó X. », « C’est ce qu’a affirmé X. »,
 * "So said X.": a sentence that opens with words pointing back at what was just said (lexicon
 * class `said-so`), then a reporting verb and its speaker, gives the speaker the quotation that
 * ends right before it (in its own paragraph or the one before), when no one was found to speak
 * it. The attribution stands at the sentence that opens the quotation.
 */
function saidSo(doc: Doc, sentence: Sentence, resolver: Resolver, said: (s: number) => boolean): Found {
  const opener = resolver.annotations(sentence.index)?.spanAt(0, 'c:said-so');
  if (!opener) return null;
  const tokens = sentence.tokens;
  const verb = verbAt(tokens, opener.end, doc.lex);
  if (!verb) return null;
  const from = opener.end + verb.length;
  const to = nounPhraseEnd(tokens, from, doc.lex, resolver, sentence.index);
  const source = to > from ? resolver.resolve(sentence, from, to) : null;
  if (!source) return null;
  const parts: string[] = [];
  for (let j = sentence.index - 1; j >= 0 && sentence.index - j <= 6; j--) {
    const before = doc.sentences[j];
    if (!before || before.block < sentence.block - 1 || said(j)) return null;
    parts.unshift(before.text.trim());
    if (!OPEN.test(before.tokens[0]?.text ?? '')) continue;
    // The quotation runs from its opening mark to the last closing one (words after it are the writer's).
    const text = parts.join(' ');
    const close = Math.max(...[...'»”"›'].map((mark) => text.lastIndexOf(mark)));
    const claim = close > 1 ? cleanClaim(text.slice(1, close)).replace(/[.,;:]+$/u, '') : '';
    if (claim.split(/\s+/u).length < 3) return null;
    return attributed(source, 'continued', source.how, slice(sentence, 0, from), claim, true, j);
  }
  return null;
}

/**
 * "However, “…”", « En revanche, « … » », « Sin embargo, "…" »: a quotation after a short lead of
 * lower-case words and a comma goes on with the quotation that ended the sentence before, as one
 * with no lead does. The text from the quotation on, or null when the sentence is not so shaped.
 */
function quotedAfterLead(sentence: Sentence, previous: Attribution): string | null {
  // The sentence before ended on a quotation: whole, or closing its claim ("indicó que, en X, "…"").
  if (!previous.quote && !CLOSE.test(previous.claim.slice(-1))) return null;
  const tokens = sentence.tokens;
  const open = leadIn(tokens, 0, tokens.length);
  if (open < 0 || !OPEN.test(tokens[open]?.text ?? '')) return null;
  for (let k = 0; k < open - 1; k++) if ((tokens[k] as Token).kind !== 'word' || (k > 0 && (tokens[k] as Token).cap)) return null;
  return sentence.text.slice((tokens[open] as Token).start - sentence.start).trim();
}

/**
 * « Afirmó que… », « Asimismo, apuntó que… »: in a language that drops its subject pronouns, a
 * reporting verb opening the sentence (after at most a lead word and a comma) with a "that"
 * clause or a quotation speaks for the last speaker, as a pronoun would.
 */
function droppedSubject(sentence: Sentence, lex: Doc['lex'], resolver: Resolver): Found {
  if (!lex.nullSubject) return null;
  const tokens = sentence.tokens;
  let k = 0;
  if (lex.claimLeadWords.has(tokens[0]?.f ?? '') && tokens[1]?.text === ',') k = 2;
  // « En el comunicado de marzo, calcularon que… »: a prepositional phrase and a comma may lead too.
  else if (lex.claimLeadPrepositions.hasToken(tokens[0])) {
    const comma = tokens.findIndex((t, i) => i > 1 && i < 9 && t.text === ',');
    // (A verb's form right after a determiner is a noun: « el anuncio ».)
    if (comma > 0 && tokens.slice(1, comma).every((t, i) => t.kind === 'word' && (lex.determiners.has(tokens[i]?.f ?? '') || !verbAt(tokens, i + 1, lex)))) k = comma + 1;
  }
  const verb = verbAt(tokens, k, lex);
  if (!verb) return null;
  const found = statement(sentence, k + verb.length, tokens.length, lex, tokenAt(tokens, k + verb.length - 1) ?? null);
  if (!found.claim || found.claim.length < 3 || (!found.clause && !found.quote)) return null;
  const source = resolver.pronoun(sentence.index);
  if (!source) return null;
  return attributed(source, 'continued', 'pronoun', slice(sentence, k, k + verb.length), found.claim, found.quote, sentence.index);
}

/**
 * "The bank held its rate and warned that…", « El banco revisó sus previsiones porque prevé
 * que… »: a reporting verb right after a word that joins a second verb to the clause (lexicon
 * class `shared-subject`: and, but; « porque », « ya que » where subject pronouns drop) speaks
 * for the subject that opens the sentence, when that subject is a named or described source.
 */
function sharedSubject(sentence: Sentence, lex: Doc['lex'], resolver: Resolver, lastVerb: number): Found {
  const joiners = lex.classes.get('shared-subject');
  // (The verb after the joiner starts at lastVerb at the latest.)
  if (!joiners || lastVerb < 0) return null;
  const tokens = sentence.tokens;
  const end = openingSubjectEnd(tokens, lex, resolver, sentence.index);
  if (end < 0) return null;
  for (let k = end + 1; k + 2 < tokens.length && k < lastVerb; k++) {
    // A comma or a quotation between the subject and the verb: another clause may have its own subject.
    if (tokenAt(tokens, k - 1)?.kind === 'punct') return null;
    const joiner = joiners.at(tokens, k);
    if (!joiner) continue;
    const v = k + joiner.length;
    const verb = verbAt(tokens, v, lex);
    if (!verb) continue;
    const found = statement(sentence, v + verb.length, tokens.length, lex, tokenAt(tokens, v + verb.length - 1) ?? null);
    // A "that" clause, or one with no "that" opening on a subject pronoun ("and said she saw…").
    const bareClause = lex.pronouns.hasWord(foldWord(/^\S+/u.exec(found.claim)?.[0] ?? ''));
    if (!found.claim || !(found.clause || bareClause)) return null;
    const source = resolver.resolve(sentence, 0, end);
    if (!source) return null;
    return attributed(source, 'subject', source.how, slice(sentence, v, v + verb.length), found.claim, found.quote, sentence.index);
  }
  return null;
}

/**
 * The end of the subject that opens a sentence: a name the actors found, or a source noun
 * ("Police", « la banque centrale ») with, in languages whose heads come first, the words that
 * describe it up to the verb (an auxiliary, a finite form or a word with a verb's ending); -1
 * when the sentence opens otherwise.
 */
function openingSubjectEnd(tokens: readonly Token[], lex: Doc['lex'], resolver: Resolver, s: number): number {
  let head = 0;
  while (head < tokens.length && lex.determiners.hasToken(tokens[head])) head++;
  const named = resolver.mentionEndCovering(s, head);
  if (named > head && resolver.personStartsAt(s, head)) return named;
  const noun = lex.sourceNouns.at(tokens, head);
  if (!noun) return named > head ? named : -1;
  let end = head + noun.length;
  for (let steps = 0; !lex.headFinal && steps < 2 && end < tokens.length; steps++) {
    const t = tokens[end] as Token;
    if (t.kind !== 'word' || t.cap || lex.auxiliaries.hasToken(t) || lex.finite.hasToken(t) || lex.stopwords.hasToken(t) || writtenAsVerb(t, lex)) break;
    end++;
  }
  return end;
}

/**
 * "RBA Governor Jane Roe: rates may fall if inflation slows" — a name (with its title) and a
 * colon open a line of reported words, as in wire bulletins and headlines. Only a person or a
 * body named right before the colon, with no verb before it, speaks this way.
 */
/** `c`: the sentence's first colon (SentenceCues.firstColon), or -1. */
function colonFrame(sentence: Sentence, doc: Doc, resolver: Resolver, c: number): Found {
  const tokens = sentence.tokens;
  const lex = doc.lex;
  // "“We closed a hard chapter”: Jane Roe, ambassador in Lima": a quotation, a colon, then its speaker (pull quotes, captions).
  if (c > 2 && OPEN.test(tokens[0]?.text ?? '') && CLOSE.test(tokenAt(tokens, c - 1)?.text ?? '') && resolver.personStartsAt(sentence.index, c + 1)) {
    const end = resolver.personEnd(sentence.index, c + 1);
    if (end >= tokens.length || tokens[end]?.kind === 'punct') {
      const source = resolver.resolve(sentence, c + 1, end);
      const quoted = statement(sentence, 0, c, lex);
      if (source && quoted.claim) return attributed(source, 'colon', source.how, ':', quoted.claim, true, sentence.index);
    }
  }
  if (c < 1 || c > 8 || tokens.length - c < 4) return null;
  if (!resolver.mentionEndingAt(sentence.index, c)) return null;
  if (tokens.slice(0, c).some((t) => lex.finite.hasToken(t) || lex.auxiliaries.hasToken(t) || lex.participles.at([t], 0))) return null;
  const source = resolver.resolve(sentence, 0, c);
  if (!source || (source.sourceType !== 'person' && source.sourceType !== 'organization' && source.sourceType !== 'government' && source.sourceType !== 'media')) return null;
  const found = statement(sentence, c + 1, tokens.length, lex);
  if (!found.claim || found.claim.split(/\s+/u).length < 3) return null;
  return attributed(source, 'colon', source.how, ':', found.claim, found.quote, sentence.index);
}

/**
 * "…, the ministry said, adding: “…”", "…, a-t-il dit, ajoutant que…": a reporting participle
 * after the attribution's verb gives the same speaker a second claim; the first claim stops
 * before it.
 */
function addedClause(sentence: Sentence, lex: Doc['lex'], found: Attribution): NonNullable<Found> | null {
  const tokens = sentence.tokens;
  for (let g = 2; g < tokens.length - 2; g++) {
    const t = tokens[g];
    const comma = t && lex.participial.hasToken(t) ? participialComma(tokens, g, lex) : -1;
    if (!t || comma < 0) continue;
    const at = t.start - sentence.start;
    const claimAt = sentence.text.indexOf(found.claim);
    // Past the attribution's own verb only: a participle that found the attribution adds nothing.
    if (claimAt < 0 || (found.verb && sentence.text.indexOf(found.verb) >= at)) return null;
    const next = statement(sentence, g + 1, tokens.length, lex, t);
    if (!next.claim || next.claim.length < 3) return null;
    // "…, al asegurar que…": after a preposition, only a "that" clause or a quotation is said.
    if (comma < g - 1 && !next.clause && !next.quote) return null;
    // The first claim ran on over ", adding…": cut it at that comma.
    return goesOn(sentence, found, sentence.text.lastIndexOf(',', at), t.text, next);
  }
  return null;
}

/**
 * The same speaker's next claim (`verb`, `next`) as a second attribution; `found`'s own claim is
 * cut at the text offset `cut` when it runs past it.
 */
function goesOn(sentence: Sentence, found: Attribution, cut: number, verb: string, next: Claim): NonNullable<Found> {
  const claimAt = sentence.text.indexOf(found.claim);
  if (claimAt >= 0 && claimAt < cut && claimAt + found.claim.length > cut) found.claim = cleanClaim(sentence.text.slice(claimAt, cut));
  return attributed(found, 'added', 'named', verb, next.claim, next.quote, sentence.index);
}

/**
 * "X noted that A and warned that B", « X a signalé A et a déclaré que B »: a reporting verb
 * right after "and" (the lexicon's clause breaks), past the attribution's own verb, shares its
 * speaker when it reports a "that" clause or a quotation of its own; the first claim stops
 * before the "and". An "and" inside the quoted words is part of them.
 */
function coordinatedClause(sentence: Sentence, lex: Doc['lex'], found: Attribution, cues: SentenceCues): NonNullable<Found> | null {
  const lastVerb = cues.lastVerb;
  if (found.sentence !== sentence.index || !found.verb) return null;
  const tokens = sentence.tokens;
  // Where the verb ends and the claim starts in the text, found at the first "and" (most
  // sentences have none before their last verb, and a claim is a long string to search for).
  let verbEnd = -1;
  let claimAt = -1;
  let quotedWhole = false;
  // (The verb after the "and" starts at lastVerb at the latest.)
  for (let g = 1; g < tokens.length - 2 && g < lastVerb; g++) {
    const t = tokens[g] as Token;
    if (!lex.clauseBreaks.hasToken(t)) continue;
    if (verbEnd < 0) {
      verbEnd = sentence.text.indexOf(found.verb) + found.verb.length;
      claimAt = sentence.text.indexOf(found.claim);
      // (A claim that holds quotation marks is partly quoted: an "and" outside its marks,
      // « a dénoncé une enquête « bâclée » et a demandé… », joins the speaker's own next verb.)
      quotedWhole = found.quote && !QUOTES_WITHIN.test(found.claim) && claimAt >= 0;
    }
    const at = t.start - sentence.start;
    const wholeQuote = quotedWhole && at > claimAt && at < claimAt + found.claim.length;
    // (No quotation is open in a sentence with no quotation mark, as its cues tell.)
    if (at < verbEnd || wholeQuote || (cues.quoted && insideQuotation(tokens, g))) continue;
    const verb = verbAt(tokens, g + 1, lex);
    if (!verb) continue;
    const next = statement(sentence, g + 1 + verb.length, tokens.length, lex, tokens[g + verb.length] ?? null);
    // "…and said it would fund trials": a clause with no "that" that opens on a subject pronoun;
    // "…and said the offer remained open": or on a noun phrase, then a verb.
    const bareClause = lex.pronouns.hasWord(foldWord(/^\S+/u.exec(next.claim)?.[0] ?? '')) || nounThenVerb(tokens, g + 1 + verb.length, lex);
    // "…and warned of the risk of “a lost decade”": words quoted inside the phrase are reported too.
    if (next.claim.length < 3 || (!next.clause && !next.quote && !bareClause && !QUOTES_WITHIN.test(next.claim))) {
      // « a dénoncé une enquête bâclée et a demandé l’acquittement »: the second verb's object
      // is no statement to show, but it is no part of a first claim with no verb of its own
      // either. ("said the coach had called them and announced…": in a clause, the claim's
      // own subject may be the one who goes on.)
      const inClaim = claimAt >= 0 && at > claimAt && at < claimAt + found.claim.length;
      if (inClaim && !verbBetween(tokens, sentence.start + claimAt, g, lex)) found.claim = cleanClaim(sentence.text.slice(claimAt, at));
      return null;
    }
    return goesOn(sentence, found, at, slice(sentence, g + 1, g + 1 + verb.length), next);
  }
  return null;
}

/** True when a token from text offset `start` up to token `to` is an auxiliary or a word the word classes know only as a verb. */
function verbBetween(tokens: readonly Token[], start: number, to: number, lex: Doc['lex']): boolean {
  for (let j = 0; j < to; j++) {
    const t = tokens[j] as Token;
    if (t.start < start || t.kind !== 'word' || t.cap) continue;
    if (lex.auxiliaries.hasToken(t) || (wordClassesOf(lex.lang, t.f) & (VERB | NOUN | ADJ)) === VERB) return true;
  }
  return false;
}

/**
 * True when tokens from `from` are a determiner, at most nine words or numbers of a noun phrase
 * with no verb, then a word the word classes know only as a verb or an auxiliary ("the government's offer
 * remained…"): a clause with no "that", in a language whose word classes are known.
 */
function nounThenVerb(tokens: readonly Token[], from: number, lex: Doc['lex']): boolean {
  const head = tokens[from] as Token;
  // "…and said ministers had misled…": a bare noun (a word the word classes know only as a
  // noun, or not at all: "fishermen") opens the phrase too.
  const headClasses = wordClassesOf(lex.lang, head.f) & (VERB | NOUN | ADJ | ADV | FUNCTION);
  const bare = head.kind === 'word' && !head.cap && (headClasses === NOUN || headClasses === 0);
  if (!bare && !lex.determiners.hasToken(head)) return false;
  for (let j = from + 1; j < tokens.length && j <= from + 10; j++) {
    const t = tokens[j] as Token;
    if (t.kind === 'punct' && !/^['’]$/u.test(t.text)) return false;
    if (t.kind !== 'word' || t.cap || (j === from + 1 && !bare)) continue;
    // ("a proposal to refer…": a verb after a preposition is an infinitive, no clause's verb.)
    if (lex.classes.get('preposition')?.at(tokens, j - 1)) continue;
    if (lex.auxiliaries.hasToken(t) || (wordClassesOf(lex.lang, t.f) & (VERB | NOUN | ADJ)) === VERB) return true;
  }
  return false;
}

/**
 * « "A. B. C", añadió. », "“A. B. C,” she said.": a quotation of several sentences, closed right
 * before its speaker, opened in an earlier sentence of the same paragraph. The claim is the
 * whole quotation, not its last sentence; null when the sentence opens its own quotation.
 */
function quoteOpenedBefore(doc: Doc, sentence: Sentence, claim: string, said: (s: number) => boolean, quoted: readonly boolean[]): string | null {
  // The sentence closes a quotation it did not open, and the claim is what stands before the mark.
  // (A sentence with no quotation mark, as its cues tell, has none to filter: SentenceCues.quoted.)
  const marks = quotationMarks(sentence, quoted);
  const closes = marks.length === 1 && (CLOSING.test(marks[0]?.text ?? '') || (marks[0]?.text === '"' && marks[0] !== sentence.tokens[0]));
  if (!closes || claim.length < 3) return null;
  // The claim may have lost a lead word of the quotation ("But at many moments…," added X): the
  // quoted words are the sentence's from its start.
  const text = sentence.text.trim();
  const at = text.indexOf(claim.replace(/[»”"›]+$/u, '').slice(0, 12));
  if (at < 0 || at > 16) return null;
  const own = `${text.slice(0, at)}${claim}`;
  const parts: string[] = [];
  for (let j = sentence.index - 1; j >= 0 && sentence.index - j <= 6; j--) {
    const before = doc.sentences[j];
    if (!before || before.block !== sentence.block || said(j)) return null;
    const marks = quotationMarks(before, quoted);
    parts.unshift(before.text.trim());
    // The quotation opens this sentence and stays open (one mark): the run starts here.
    if (marks.length === 1 && OPEN.test(before.tokens[0]?.text ?? '')) return cleanClaim([...parts, own].join(' ').replace(/^[«“"‹]\s*|\s*[»”"›]+$/gu, ''));
    if (marks.length > 0) return null;
  }
  return null;
}

/** The quotation marks of a sentence, where `quoted` (by sentence index) says it holds any. */
function quotationMarks(sentence: Sentence, quoted: readonly boolean[]): readonly Token[] {
  return quoted[sentence.index] === true ? sentence.tokens.filter((t) => OPEN.test(t.text) || CLOSING.test(t.text)) : NO_TOKENS;
}
const NO_TOKENS: readonly Token[] = [];

const OPENING = oneOf('«“‹');
/** A quotation opened inside a text, after some of its words. */
const QUOTES_WITHIN = /\s[«“‹"]/u;
const CLOSING = oneOf('»”›');

/**
 * Quotations that run over several paragraphs name their speaker once: a paragraph that opens a
 * quotation and leaves it open goes on in the next one, which opens with a quotation mark again;
 * and a paragraph that is a quotation alone, right after a quoted speaker, goes on with that
 * speaker. Every sentence of such a run without a speaker of its own gets the run's speaker.
 */
/** `quoted`: whether each sentence holds a quotation mark, by sentence index (a sentence with none leaves the count as it is). */
function quoteRuns(doc: Doc, found: readonly Attribution[], quoted: readonly boolean[]): Array<NonNullable<Found>> {
  // An article without a quotation mark has no paragraph that opens or leaves one open.
  if (!quoted.includes(true)) return [];
  const blocks = new Map<number, Sentence[]>();
  for (const s of doc.sentences) {
    const list = blocks.get(s.block);
    if (list) list.push(s);
    else blocks.set(s.block, [s]);
  }
  // (Sentences come in the order of their blocks, so the keys are mostly in order already.)
  const order = [...blocks.keys()];
  if (!ascending(order)) order.sort((a, b) => a - b);
  // Each block's shape, by its place in `order`: it opens on a quotation mark, it leaves one
  // open, it is a quotation alone.
  const opensAt: boolean[] = [];
  const openAt: boolean[] = [];
  const quoteOnlyAt: boolean[] = [];
  for (const b of order) {
    const sentences = blocks.get(b) ?? [];
    let depth = 0;
    let straight = false;
    for (const s of sentences) {
      if (quoted[s.index] !== true) continue;
      for (const t of s.tokens) {
        // (Every mark is one character: longer tokens are passed at once.)
        if (t.text.length !== 1) continue;
        if (OPENING.test(t.text)) depth++;
        else if (CLOSING.test(t.text)) depth = Math.max(0, depth - 1);
        // Scraped pages mix marks (“…"): a straight mark inside a curly quotation closes it.
        else if (t.text === '"' && depth > 0) depth--;
        else if (t.text === '"') straight = !straight;
      }
    }
    const first = sentences[0]?.tokens[0]?.text ?? '';
    const lastText = sentences[sentences.length - 1]?.text.trim() ?? '';
    const opens = OPENING.test(first) || first === '"';
    opensAt.push(opens);
    openAt.push(depth > 0 || straight);
    quoteOnlyAt.push(opens && CLOSES_TEXT.test(lastText));
  }
  const bySentence = new Map<number, Attribution[]>();
  for (const a of found) {
    const list = bySentence.get(a.sentence);
    if (list) list.push(a);
    else bySentence.set(a.sentence, [a]);
  }
  const speakerOf = (run: number[]): Attribution | undefined => {
    const all = run.flatMap((b) => (blocks.get(b) ?? []).flatMap((s) => bySentence.get(s.index) ?? []));
    return all.find((a) => a.quote) ?? all[0];
  };
  const out: Array<NonNullable<Found>> = [];
  // The sentences of a paragraph in the run without a speaker of their own are one quotation:
  // a quote of several sentences stays whole.
  const give = (run: number[], speaker: Attribution, rule: Rule): void => {
    for (const b of run) {
      let first = -1;
      const parts: string[] = [];
      const flush = (): void => {
        const claim = cleanClaim(parts.join(' ').replace(/^[«“"‹]\s*|\s*[»”"›]\s*[.!?]?$/gu, '')).replace(/[,;:]+$/u, '');
        if (first >= 0 && claim.length >= 3) {
          out.push(attributed(speaker, rule, 'named', speaker.verb, claim, true, first));
        }
        first = -1;
        parts.length = 0;
      };
      for (const s of blocks.get(b) ?? []) {
        if (bySentence.has(s.index) || s.tokens.length < 2) {
          flush();
          continue;
        }
        if (first < 0) first = s.index;
        parts.push(s.text.trim());
      }
      flush();
    }
  };
  for (let i = 0; i < order.length; i++) {
    const b = order[i] as number;
    const quoteOnly = quoteOnlyAt[i] === true;
    if (openAt[i] === true && !quoteOnly) {
      // A quotation left open: the run goes on while the next paragraphs open with a quotation mark.
      const run = [b];
      let j = i + 1;
      while (j < order.length && opensAt[j] === true) {
        run.push(order[j] as number);
        if (openAt[j] !== true) break;
        j++;
      }
      const speaker = run.length > 1 ? speakerOf(run) : undefined;
      if (speaker) give(run, speaker, 'run');
      if (run.length > 1) i = Math.max(i, j);
      continue;
    }
    // A paragraph of quotation alone after a quoted speaker's paragraph.
    const before = itemAt(order, i - 1);
    if (quoteOnly && before !== undefined && !(blocks.get(b) ?? []).some((s) => bySentence.has(s.index))) {
      const previous = (blocks.get(before) ?? []).flatMap((s) => bySentence.get(s.index) ?? []).filter((a) => a.quote);
      const speaker = previous[previous.length - 1];
      if (speaker) give([b], speaker, 'continued');
    }
  }
  return out;
}

/** True when the numbers are in increasing order. */
function ascending(numbers: readonly number[]): boolean {
  for (let i = 1; i < numbers.length; i++) if ((numbers[i] as number) <= (numbers[i - 1] as number)) return false;
  return true;
}

/**
 * "X informó que A, señala el comunicado", "X said that A, the report says", "X reported that A,
 * according to Y": the words before a trailing reporting clause or an according-to phrase hold a
 * speaker of their own with a "that" clause. That speaker said A; the trailing clause only says
 * where it was read.
 */
function reportedWithin(found: Found, sentence: Sentence, lex: Doc['lex'], resolver: Resolver, cues: SentenceCues): Found {
  // (A quotation is the trailing speaker's own words, whatever speaker they quote.)
  if (!found || found.quote) return found;
  // The inner speaker's claim replaces the found one only with a complementizer between them,
  // inside the found claim (below): a claim that holds none anywhere keeps the found attribution,
  // and the costly subjectVerb is not asked (most trailing clauses).
  if (!mayHoldComplementizer(found.claim, lex)) return found;
  const inner = subjectVerb(sentence, lex, resolver, cues);
  if (!inner?.claim || !inner.verb) return found;
  // "A smaller study showed that A, the researchers said": a document's "that" is what the
  // speaker after it reports; the document is not the speaker.
  if (found.rule === 'trailing' && writtenSource(inner.source, lex)) return found;
  // The inner claim runs on to the sentence's end, over the trailing clause: it stops where the
  // trailing clause's claim stops. (Its first words are enough to find where it starts there, up
  // to a comma: the outer claim may stop at it.)
  const innerVerb = found.claim.indexOf(inner.verb);
  const from = innerVerb < 0 ? -1 : found.claim.indexOf(inner.claim.slice(0, 24).split(',')[0] ?? '', innerVerb + inner.verb.length);
  // Only a verb with its "that" ("informó que", "said that") reports: "The government has
  // promised $5 million, X said" is X's claim about the government, whose object is no statement.
  // ("had warned in May that": a short adverbial may stand between the verb and its "that".)
  const between = from < 0 ? [] : foldWord(found.claim.slice(innerVerb + inner.verb.length, from).trim()).split(' ');
  const complementizer = between.length <= 4 && lex.complementizers.has(between.at(-1) ?? '');
  return complementizer ? attributed(inner, inner.rule, inner.how, inner.verb, found.claim.slice(from), inner.quote, inner.sentence) : found;
}

/** True when a source's words hold a document's noun ("a smaller study in adults", « le rapport »). */
function writtenSource(source: string, lex: Doc['lex']): boolean {
  const documents = lex.classes.get('document');
  return !!documents && source.split(/\s+/u).some((word) => documents.hasWord(foldWord(word)));
}

// A complementizer of lower-case ASCII letters, and a text of ASCII characters only: folding such
// a text only lower-cases its letters (and evens out apostrophes and spaces, which such a word
// holds none of), so the word folded out of a part of the text is in the text lower-cased.
const LETTERS = /^[a-z]+$/u;
const NON_ASCII = /[\u{80}-\u{10ffff}]/u;

/**
 * False only when no part of `claim` can fold to a complementizer (reportedWithin's test, on a
 * part of the claim). Decided for a claim in ASCII alone (a cheap test; folding a whole claim
 * costs about what it saves), else true.
 */
function mayHoldComplementizer(claim: string, lex: Doc['lex']): boolean {
  if (NON_ASCII.test(claim)) return true;
  let lower: string | null = null;
  for (const word of lex.complementizers) {
    if (!LETTERS.test(word)) return true;
    lower ??= claim.toLowerCase();
    if (lower.includes(word)) return true;
  }
  return false;
}
