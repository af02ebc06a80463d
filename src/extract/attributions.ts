/**
 * Attributions: who said, reported or claimed what. Three shapes, one per sentence, tried in
 * this order: a trailing reporting clause ("…, a rapporté, jeudi, un média d’Etat", "…, a-t-il
 * déclaré", "…, said the spokesman", "…, INPE said"); "selon X" / "according to X"; a subject
 * and a reporting verb ("Pyongyang a affirmé…", "X told reporters…"). A sentence that is only a
 * quotation continues the previous speaker. Pronouns and "le groupe"/"the ministry" resolve to
 * the last source of that kind (see sources.ts).
 */
import type { Attribution } from '../record/types.ts';
import type { ActorsResult } from './actors.ts';
import type { Doc } from './doc.ts';
import type { Lexicon } from './lexicon/index.ts';
import type { Sentence } from './sentences.ts';
import { Resolver } from './sources.ts';
import type { Token } from './tokens.ts';

const OPEN = /^[«“‹"]$/u;
const CLOSE = /^[»”›"]$/u;
const END = /^[.!?…;:]$/u;

export function extractAttributions(doc: Doc, actors: ActorsResult): Attribution[] {
  const out: Attribution[] = [];
  const resolver = new Resolver(doc, actors);
  let previous: Attribution | null = null;
  const keep = (draft: NonNullable<Found>): Attribution => ({ ...draft, confidence: 0.8 });
  for (const sentence of doc.sentences) {
    const draft: Found = trailing(sentence, doc.lex, resolver) ?? accordingTo(sentence, doc.lex, resolver) ?? subjectVerb(sentence, doc.lex, resolver) ?? participial(sentence, doc.lex, resolver) ?? passiveAgent(sentence, doc.lex, resolver) ?? continuedQuote(sentence, previous);
    const found: Attribution | null = draft ? keep(draft) : null;
    if (found && found.claim) {
      out.push(found);
      resolver.remember(found);
    }
    // "…, while police put the figure at 40,000": a second clause with its own speaker.
    for (let b = 2; found && b < sentence.tokens.length; b++) {
      if (sentence.tokens[b - 1]?.text !== ',' || !doc.lex.clauseSplitters.at(sentence.tokens, b)) continue;
      const secondDraft = subjectVerb(sentence, doc.lex, resolver, b + 1);
      const second = secondDraft ? keep(secondDraft) : null;
      if (second && second.claim && second.source !== found.source) {
        // "X hailed the deal, while Y said…": the first claim stops where the second speaker starts.
        const cut = found.sentence === sentence.index && !found.quote ? found.claim.lastIndexOf(`, ${sentence.tokens[b]?.text ?? ''} `) : -1;
        if (cut > 0) found.claim = found.claim.slice(0, cut);
        out.push(second);
        resolver.remember(second);
      }
    }
    previous = found;
  }
  return out;
}

type Found = Omit<Attribution, 'confidence'> | null;

function slice(sentence: Sentence, from: number, to: number): string {
  const tokens = sentence.tokens;
  const a = tokens[from];
  const b = tokens[to - 1];
  if (!a || !b || to <= from) return '';
  return sentence.text.slice(a.start - sentence.start, b.end - sentence.start);
}

function cleanClaim(text: string): string {
  return text.replace(/^[\s,;:—–-]+|[\s,;:—–-]+$/gu, '').trim();
}

/** A reporting verb at k: its token length (aux + participle, or one finite/inverted form). */
function verbAt(tokens: readonly Token[], k: number, lex: Lexicon): { length: number; aux: Token | null } | null {
  const t = tokens[k];
  if (!t || t.kind !== 'word') return null;
  if (lex.reflexives.has(t.f) && lex.reflexiveAux.has(tokens[k + 1]?.f ?? '')) {
    const p = lex.participles.at(tokens, k + 2);
    return p ? { length: 2 + p.length, aux: tokens[k + 1] as Token } : null;
  }
  // "was announced", "a été annoncé": a passive names no speaker here (see passiveAgent for "by X").
  if (lex.passiveAux.at(tokens, k)) return null;
  if (lex.auxiliaries.has(t.f)) {
    // "a également déclaré", "a de son côté accusé", "has also said": a few words may intervene.
    for (let j = k + 1; j <= k + 4 && j < tokens.length; j++) {
      const p = lex.participles.at(tokens, j);
      if (p) return { length: j - k + p.length, aux: t };
      const w = tokens[j] as Token;
      if (w.kind !== 'word' || w.cap || lex.auxiliaries.has(w.f) || lex.finite.has(w.f)) break;
    }
    return null;
  }
  const phrase = lex.finitePhrases.at(tokens, k);
  if (phrase) return { length: phrase.length, aux: null };
  if (lex.finite.has(t.f) || lex.inverted.has(t.f) || lex.thatOnly.has(t.f)) return afterPassive(tokens, k, lex) ? null : { length: 1, aux: null };
  return null;
}

/** True when a passive auxiliary stands right before token k, maybe past an adverb ("was also announced"). */
function afterPassive(tokens: readonly Token[], k: number, lex: Lexicon): boolean {
  let j = k - 1;
  if (lex.claimLeadWords.has(tokens[j]?.f ?? '')) j--;
  return !!lex.passiveAux.endingAt(tokens, j);
}

function trailing(sentence: Sentence, lex: Lexicon, resolver: Resolver): Found {
  const tokens = sentence.tokens;
  for (let c = tokens.length - 2; c > 0; c--) {
    if (tokens[c]?.text !== ',') continue;
    // "…disappearing,” said X": the comma may stand inside the closing quote.
    const v = CLOSE.test(tokens[c + 1]?.text ?? '') ? c + 2 : c + 1;
    const verb = verbAt(tokens, v, lex);
    let sourceFrom: number;
    let sourceTo: number;
    let verbText: string;
    // A finite verb after the comma ("…, juge l’accord fragile") reports only after a quotation
    // or in English ("…, said the spokesman"); otherwise it is the sentence's own verb.
    const quoted = CLOSE.test(tokens[c - 1]?.text ?? '') || v === c + 2 || lex.lang === 'en';
    // "…, rappellent les chercheurs.": a finite verb then a speaker closing the sentence reports,
    // when the words before the comma are one clause (no apposition: "Le pays, frappé…, accuse X").
    const loose = !!verb && !verb.aux && !quoted && !lex.inverted.has((tokens[v] as Token).f);
    if (loose && !commaFree(tokens, c)) continue;
    if (verb) {
      verbText = slice(sentence, v, v + verb.length);
      let k = v + verb.length;
      // Inverted pronoun: "a-t-il déclaré" names no one: the last speaker said it.
      const inverted = verb.aux && /-t-|-(?:il|elle|ils|elles)$/u.test(verb.aux.f) ? verb.aux : lex.inverted.has((tokens[v] as Token).f) ? tokens[v] : null;
      if (inverted) {
        const claimEnd = c;
        const source = resolver.pronoun(sentence.index, (inverted as Token).f);
        if (!source) return null;
        const { claim, quote } = statement(sentence, 0, v === c + 2 ? c + 2 : claimEnd, lex);
        return { ...source, verb: verbText, claim, quote, sentence: sentence.index };
      }
      const skipTimes = (): void => {
        while (tokens[k] && (tokens[k]?.text === ',' || (lex.skipAfterVerb.has((tokens[k] as Token).f) && lex.days.has((tokens[k] as Token).f)))) k++;
      };
      skipTimes();
      // "a déclaré à l’AFP le ministre", "a réagi pour RFI l’opposante X": who was told is not who spoke.
      const ann = resolver.annotations(sentence.index);
      for (let hops = 0; ann && hops < 2; hops++) {
        const recipient = lex.rules('recipient').at(ann, k);
        if (!recipient || recipient.end >= tokens.length || tokens[recipient.end]?.kind === 'punct' && tokens[recipient.end]?.text !== ',') break;
        k = recipient.end;
        skipTimes();
      }
      sourceFrom = k;
      sourceTo = nounPhraseEnd(tokens, k, lex, resolver, sentence.index);
      // "…, a déclaré la représentante de l’agence à Dakar, Aminata Sow": past a place, the name speaks.
      for (let j = sourceTo; j < tokens.length && j < sourceTo + 6; j++) {
        const t = tokens[j] as Token;
        if (t.text === ',' && resolver.personStartsAt(sentence.index, j + 1)) {
          const end = resolver.personEnd(sentence.index, j + 1);
          if (end >= tokens.length || tokens[end]?.kind === 'punct') sourceTo = end;
          break;
        }
        if (t.kind === 'punct' || lex.auxiliaries.has(t.f) || lex.finite.has(t.f)) break;
      }
    } else {
      // English "…, INPE said." / "…, the ministry said in a statement."
      let k = v;
      while (k < tokens.length && k - v < 12 && (!verbAt(tokens, k, lex) || relativeSubject(tokens, k, lex)) && (tokens[k]?.kind !== 'punct' || /^[()'’-]$/u.test(tokens[k]?.text ?? ''))) k++;
      let late = verbAt(tokens, k, lex);
      // "…, the report said": a noun that is also a verb ("report", "claims") after a determiner.
      if (late && !late.aux && lex.determiners.has(tokens[k - 1]?.f ?? '') && verbAt(tokens, k + 1, lex)) late = verbAt(tokens, ++k, lex);
      if (!late || k === v || late.aux) continue;
      // "…, while police put the figure at 40,000": a second clause, not a reporting tail.
      if (lex.clauseSplitters.at(tokens, v) || lex.relatives.has((tokens[v] as Token).f)) continue;
      const after = tokens.slice(k + late.length);
      const comma = after.findIndex((t) => t.text === ',');
      const rest = (comma >= 0 ? after.slice(0, comma) : after).filter((t) => t.kind !== 'punct');
      // "…, Lee told reporters after a closed-door session": a longer tail is fine when it is only
      // an addressee or an adverbial (no verb, no "that").
      const first = rest[0];
      const adverbial =
        !!first &&
        (lex.claimLeadPrepositions.has(first.f) || lex.addressees.at(rest, 0) !== null) &&
        !rest.some((t) => lex.auxiliaries.has(t.f) || lex.finite.has(t.f) || lex.complementizers.has(t.f) || lex.relatives.has(t.f));
      if (rest.length > (adverbial ? 14 : 6)) continue;
      sourceFrom = v;
      sourceTo = k;
      verbText = slice(sentence, k, k + late.length);
    }
    if (sourceTo <= sourceFrom) continue;
    if (loose && sourceTo < tokens.length && !END.test(tokens[sourceTo]?.text ?? '')) continue;
    // "…, a annoncé mercredi un bénéfice net de…": an object after the verb, not its speaker.
    if (verb && isObject(tokens, sourceFrom, sourceTo, lex, resolver, sentence.index)) continue;
    // "…, said the first units would reach…": a clause after the verb, not its speaker.
    const next = tokens[sourceTo];
    if (verb && next && next.kind === 'word' && (lex.auxiliaries.has(next.f) || lex.finite.has(next.f))) continue;
    // "L’avocate, Me Aminata Touré-Kouassi, a annoncé…": the name before the comma is the subject.
    if (resolver.personIn(sentence.index, Math.max(0, c - 6), c)?.[1] === c) continue;
    const source = resolver.resolve(sentence, sourceFrom, sourceTo);
    if (!source) continue;
    const { claim, quote } = statement(sentence, 0, v === c + 2 ? c + 2 : c, lex);
    return { ...source, verb: verbText, claim, quote, sentence: sentence.index };
  }
  return null;
}

interface Claim {
  claim: string;
  quote: boolean;
  /** The statement followed "that"/"que" (or an adverbial and "that"): a reported clause. */
  clause: boolean;
}

const TRAILING = /^[.,;:!?…—–-]$/u;

/**
 * The statement in tokens [from, to), as a reader should see it: no leading conjunction,
 * comma or adverbial ("pour la première fois", "on Friday", "in a report last month that",
 * "told reporters that"), no closing punctuation; a quotation alone (after a short lead-in such
 * as "En retour,") is its own words, with `quote` true. `verb` is the reporting verb's last
 * word, for "told X that".
 */
function statement(sentence: Sentence, from: number, end: number, lex: Lexicon, verb: Token | null = null): Claim {
  const tokens = sentence.tokens;
  let to = end;
  while (to > from && TRAILING.test(tokens[to - 1]?.text ?? '')) to--;
  let k = from;
  for (let hops = 0; hops < 8 && k < to; hops++) {
    const t = tokens[k] as Token;
    if (t.kind === 'punct' && /^[,;:—–-]$/u.test(t.text)) k++;
    else if (lex.claimLeadWords.has(t.f) || lex.days.has(t.f)) k++;
    else {
      const adverbial = lex.claimLeadAdverbials.at(tokens, k);
      if (!adverbial || k + adverbial.length >= to) break;
      k += adverbial.length;
    }
  }
  let clause = false;
  if (lex.complementizers.has(tokens[k]?.f ?? '')) {
    k++;
    clause = true;
  } else if (tokens[k] && (lex.claimLeadPrepositions.has((tokens[k] as Token).f) || (verb && lex.addresseeVerbs.has(verb.f)))) {
    // "told lawmakers the reform would cost…": the addressee is not part of the statement.
    const addressee = verb && lex.addresseeVerbs.has(verb.f) ? lex.addressees.at(tokens, k) : null;
    if (addressee && k + addressee.length < to) k += addressee.length;
    // "said in February that…", "told reporters that…", "a déclaré à l’AFP que…".
    for (let j = k; j < to && j < k + 9; j++) {
      const t = tokens[j] as Token;
      if (lex.complementizers.has(t.f)) {
        k = j + 1;
        clause = true;
        break;
      }
      if ((t.kind === 'punct' && !/^['’-]$/u.test(t.text)) || lex.auxiliaries.has(t.f) || lex.finite.has(t.f)) break;
    }
  }
  if (k >= to) k = from;
  // A quotation alone, maybe after a lead-in of a few words and a comma: its words are the claim.
  const last = to - 1;
  for (const open of [k, leadIn(tokens, k, to)]) {
    if (open < 0 || open >= last || !OPEN.test(tokens[open]?.text ?? '') || !CLOSE.test(tokens[last]?.text ?? '')) continue;
    if (!closes(tokens[open]?.text ?? '', tokens[last]?.text ?? '') || tokens.slice(open + 1, last).some((t) => t.text === tokens[last]?.text)) continue;
    const words = cleanClaim(slice(sentence, open + 1, last)).replace(/[.,;:]+$/u, '');
    if (words) return { claim: words, quote: true, clause };
  }
  return { claim: cleanClaim(slice(sentence, k, to)), quote: false, clause };
}

/** Index after "En retour," / "In turn," (at most four words and a comma) from k, or -1. */
function leadIn(tokens: readonly Token[], k: number, to: number): number {
  for (let j = k; j < to && j < k + 5; j++) {
    const t = tokens[j] as Token;
    if (t.text === ',') return j > k ? j + 1 : -1;
    if (t.kind === 'punct') return -1;
  }
  return -1;
}

function closes(open: string, close: string): boolean {
  return (open === '«' && close === '»') || (open === '“' && close === '”') || (open === '‹' && close === '›') || (open === '"' && close === '"');
}

/** End of the source's noun phrase from k: before punctuation, a time or place adverbial. */
function nounPhraseEnd(tokens: readonly Token[], k: number, lex: Lexicon, resolver: Resolver, s: number): number {
  let end = k;
  while (end < tokens.length && end - k < 25) {
    const t = tokens[end] as Token;
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
    if (t.kind === 'punct' && t.text !== "'" && t.text !== '-') {
      // "le ministre de la Santé, Serge Kabasele Ntumba," / "…de la Défense, le général Moussa
      // Adamou,": the name after the comma belongs to the source.
      if (t.text === ',') {
        let j = end + 1;
        while (tokens[j] && (lex.determiners.has((tokens[j] as Token).f) || lex.roles.at(tokens, j) || lex.roleModifiers.has((tokens[j] as Token).f) || lex.honorifics.has((tokens[j] as Token).f)) && j - end < 5) j++;
        if (resolver.personStartsAt(s, j)) {
          end = resolver.personEnd(s, j);
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
    if (end > k && ((lex.skipAfterVerb.has(t.f) && !lex.determiners.has(t.f)) || lex.relatives.has(t.f) || lex.complementizers.has(t.f))) break;
    // A verb ends the phrase: "said the first units would reach…" is a clause, not a speaker.
    if (end > k && t.kind === 'word' && (lex.auxiliaries.has(t.f) || lex.finite.has(t.f))) break;
    end++;
  }
  return end;
}

function accordingTo(sentence: Sentence, lex: Lexicon, resolver: Resolver): Found {
  const tokens = sentence.tokens;
  for (let k = 0; k < tokens.length; k++) {
    const hit = lex.accordingTo.at(tokens, k);
    if (!hit) continue;
    const from = k + hit.length;
    const to = nounPhraseEnd(tokens, from, lex, resolver, sentence.index);
    const source = resolver.resolve(sentence, from, to);
    if (!source) return null;
    const verb = slice(sentence, k, k + hit.length);
    const atStart = k === 0 || (k < 4 && tokens[k - 1]?.text === ',');
    let claimFrom = atStart ? to : 0;
    let claimTo = atStart ? tokens.length : k;
    // "Selon l’ONG Acled, qui recense les violences politiques, plus de…": past the relative clause.
    if (atStart && tokens[claimFrom]?.text === ',' && lex.relatives.has(tokens[claimFrom + 1]?.f ?? '')) {
      const close = tokens.findIndex((t, i) => i > claimFrom + 1 && t.text === ',');
      if (close > 0 && close < tokens.length - 3) claimFrom = close + 1;
    }
    while (tokens[claimFrom]?.text === ',') claimFrom++;
    if (!atStart && to < tokens.length - 1 && !END.test(tokens[to]?.text ?? '.')) claimTo = k;
    const { claim, quote } = statement(sentence, claimFrom, claimTo, lex);
    return { ...source, verb, claim, quote, sentence: sentence.index };
  }
  return null;
}

function subjectVerb(sentence: Sentence, lex: Lexicon, resolver: Resolver, first = 1): Found {
  const tokens = sentence.tokens;
  for (let v = first; v < tokens.length; v++) {
    const verb = verbAt(tokens, v, lex);
    if (!verb) continue;
    // "X, who has called for…, said that…": the verb of a relative clause reports nothing for X.
    if (relativeSubject(tokens, v, lex)) continue;
    // "a condamné jeudi à 20 ans", "sentenced … to 20 years": a sentence, not a statement.
    let a = v + verb.length;
    while (tokens[a] && lex.days.has((tokens[a] as Token).f)) a++;
    if (/^(?:à|to)$/u.test(tokens[a]?.f ?? '') && tokens[a + 1]?.kind === 'number') continue;
    // Walk back over the subject noun phrase, past appositions and relative clauses set off by
    // commas ("Chad Whitfield, a logistics coordinator for the WFP, said", "La Finul, qui compte
    // 10 000 Casques bleus, a fait état", "A senior official who asked not to be named said").
    let end = v;
    let k = walkBack(tokens, v - 1, lex);
    let named: [number, number] | null = null;
    for (let hops = 0; hops < 4; hops++) {
      const t = tokens[k];
      if (!t) break;
      if (t.text === ',' && k + 1 >= end) {
        const open = walkBack(tokens, k - 1, lex, true);
        // "Le ministre …, Jean-Noël Barrot, a appelé": the name set off by commas speaks.
        named = resolver.personIn(sentence.index, open + 1, k);
        // "Son parti, l’Alliance pour le renouveau (APR), a annoncé": the named body set off by commas.
        if (!named && tokens[open]?.text === ',') named = resolver.bodyApposition(sentence.index, walkBack(tokens, open - 1, lex) + 1, open, k);
        if (named || tokens[open]?.text !== ',') break;
        end = open;
        k = walkBack(tokens, open - 1, lex);
      } else if (lex.relatives.has(t.f) && !lex.clauseBreaks.has(t.f) && tokens[k - 1]?.text === ',') {
        end = k - 1;
        k = walkBack(tokens, k - 2, lex);
      } else if (lex.subjectRelatives.has(t.f) && k + 1 < end) {
        end = k;
        k = walkBack(tokens, k - 1, lex);
      } else if ((lex.auxiliaries.has(t.f) || lex.finite.has(t.f)) && lex.subjectRelatives.has(tokens[k - 1]?.f ?? '')) {
        // "Un responsable qui a requis l’anonymat estime": skip the relative clause.
        end = k - 1;
        k = walkBack(tokens, k - 2, lex);
      } else break;
    }
    if (named) {
      k = named[0] - 1;
      end = named[1];
    }
    const stop = tokens[k];
    if (!named && stop && !lex.clauseBreaks.has(stop.f) && (lex.relatives.has(stop.f) || lex.complementizers.has(stop.f))) continue;
    const from = k + 1;
    if (from >= end || end - from > 14) continue;
    // "individuals accused of laundering": an English participle used as an adjective.
    if (lex.headFinal && !verb.aux && /^(?:of|by|to|as)$/u.test(tokens[v + 1]?.f ?? '')) continue;
    const source = resolver.resolve(sentence, from, end);
    if (!source) continue;
    // "“These numbers show…,” Environment Minister X told reporters": the quote is the claim.
    let q = from - 1;
    if (tokens[q]?.text === ',') q--;
    if (q >= 1 && CLOSE.test(tokens[q]?.text ?? '')) {
      const quoted = statement(sentence, 0, q + 1, lex);
      return { ...source, verb: slice(sentence, v, v + verb.length), claim: quoted.claim, quote: true, sentence: sentence.index };
    }
    // "said (that) …": the clause after the verb. A verb that is not a plain "said" ("has denied
    // involvement", "a condamné les relations…") is part of the statement: the whole clause,
    // subject included, unless a "that"/"que" clause follows it.
    // A verb that is not a plain "said" ("has denied involvement", "a condamné les relations…")
    // keeps its meaning in `verb`: the claim is still only what follows it, never the speaker.
    const participle = tokens[v + verb.length - 1] as Token;
    const found = statement(sentence, v + verb.length, tokens.length, lex, participle);
    if (lex.thatOnly.has(participle.f) && !found.clause && !found.quote) continue;
    if (!found.claim || found.claim.length < 3) continue;
    return { ...source, verb: slice(sentence, v, v + verb.length), claim: found.claim, quote: found.quote, sentence: sentence.index };
  }
  return null;
}

/** True when the verb at v has a relative pronoun for subject ("who has advised", "qui a dénoncé"). */
function relativeSubject(tokens: readonly Token[], v: number, lex: Lexicon): boolean {
  let k = v - 1;
  // Adverbs between: "who has long argued", "qui a toujours dit".
  while (k > 0 && v - k < 4 && tokens[k]?.kind === 'word' && !lex.subjectRelatives.has((tokens[k] as Token).f) && !(tokens[k] as Token).cap && !lex.determiners.has((tokens[k] as Token).f)) k--;
  return lex.subjectRelatives.has(tokens[k]?.f ?? '') && k < v;
}

/** Index of the token that stops a backward walk over a noun phrase (or -1 at the start). */
function walkBack(tokens: readonly Token[], k: number, lex: Lexicon, throughClause = false): number {
  let steps = 0;
  while (k >= 0 && steps < 30) {
    const t = tokens[k] as Token;
    if (t.kind === 'punct' && t.text !== "'" && t.text !== '-' && t.text !== '(' && t.text !== ')') break;
    if (!throughClause && (lex.relatives.has(t.f) || lex.clauseBreaks.has(t.f) || lex.finite.has(t.f) || lex.auxiliaries.has(t.f))) break;
    k--;
    steps++;
  }
  return k;
}

/** True when no comma (outside quotes) stands before token c. */
function commaFree(tokens: readonly Token[], c: number): boolean {
  let depth = 0;
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
function isObject(tokens: readonly Token[], from: number, to: number, lex: Lexicon, resolver: Resolver, s: number): boolean {
  const first = tokens[from];
  if (!first || !(first.kind === 'number' || lex.indefinites.has(first.f) || lex.numbers.has(first.f))) return false;
  for (let k = from; k < to; k++) {
    if (lex.sourceNouns.at(tokens, k) || resolver.mentionEndCovering(s, k) > k) return false;
  }
  return true;
}

/**
 * "The minister resigned on Friday, saying (that) the reform had failed", "…, estimant que…":
 * a reporting participle after a comma speaks for the subject of the main clause.
 */
function participial(sentence: Sentence, lex: Lexicon, resolver: Resolver): Found {
  const tokens = sentence.tokens;
  if (lex.participial.size === 0) return null;
  for (let k = 2; k < tokens.length - 2; k++) {
    const t = tokens[k] as Token;
    if (t.kind !== 'word' || !lex.participial.has(t.f) || tokens[k - 1]?.text !== ',') continue;
    // The subject opens the sentence, maybe after a short lead ("On Friday, …", "Mardi, …").
    let from = 0;
    const lead = tokens.findIndex((x, i) => i < k - 1 && i < 5 && x.text === ',');
    if (lead >= 0) from = lead + 1;
    const end = subjectEnd(tokens, from, k - 1, lex, resolver, sentence.index);
    if (end <= from) return null;
    const source = resolver.resolve(sentence, from, end);
    if (!source) return null;
    const found = statement(sentence, k + 1, tokens.length, lex, t);
    if (!found.claim || found.claim.length < 3) return null;
    return { ...source, verb: t.text, claim: found.claim, quote: found.quote, sentence: sentence.index };
  }
  return null;
}

/** End of the subject noun phrase opening at `from` (its head noun, a name, or a pronoun), or -1. */
function subjectEnd(tokens: readonly Token[], from: number, limit: number, lex: Lexicon, resolver: Resolver, s: number): number {
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
      // English heads end the phrase ("The company cut…"); French ones may take a name after them.
      if (lex.headFinal || !resolver.mentionEndCovering(s, n)) return end;
    }
    n++;
    while (tokens[n] && lex.determiners.has((tokens[n] as Token).f)) n++;
    if (resolver.mentionEndCovering(s, n) > n) return resolver.mentionEndCovering(s, n);
    if (lex.sourceNouns.at(tokens, n) || (tokens[n]?.kind === 'word' && tokens[n]?.cap)) return n + 1;
    return end;
  }
  return end;
}

/**
 * "Its value was estimated at £8m by art-market experts", "a été annoncé par le ministère": a
 * reporting verb in the passive with its agent. The agent speaks; the claim is the clause before
 * the agent.
 */
function passiveAgent(sentence: Sentence, lex: Lexicon, resolver: Resolver): Found {
  const tokens = sentence.tokens;
  for (let k = 1; k < tokens.length - 2; k++) {
    const aux = lex.passiveAux.at(tokens, k);
    if (!aux) continue;
    let p = k + aux.length;
    if (lex.claimLeadWords.has(tokens[p]?.f ?? '')) p++;
    const participle = lex.participles.at(tokens, p);
    const length = participle?.length ?? (lex.finite.has(tokens[p]?.f ?? '') ? 1 : 0);
    if (length === 0) continue;
    for (let j = p + length; j < tokens.length - 1 && j < p + length + 15; j++) {
      const t = tokens[j] as Token;
      if (t.kind === 'punct' && t.text !== ',' && t.text !== '-') break;
      if (!lex.agentPrepositions.has(t.f)) continue;
      const to = nounPhraseEnd(tokens, j + 1, lex, resolver, sentence.index);
      const source = to > j + 1 ? resolver.resolve(sentence, j + 1, to) : null;
      if (!source) break;
      const found = statement(sentence, 0, j, lex);
      if (!found.claim || found.claim.length < 3) break;
      return { ...source, verb: slice(sentence, k, p + length), claim: found.claim, quote: found.quote, sentence: sentence.index };
    }
  }
  return null;
}

function continuedQuote(sentence: Sentence, previous: Attribution | null): Found {
  if (!previous || previous.sentence !== sentence.index - 1) return null;
  const text = sentence.text.trim();
  if (!/^[«“"]/u.test(text) || !/[»”"][.!?]?$/u.test(text)) return null;
  return { ...previous, claim: cleanClaim(text.replace(/^[«“"]\s*|\s*[»”"][.!?]?$/gu, '')).replace(/[.,;:]+$/u, ''), quote: true, sentence: sentence.index };
}
