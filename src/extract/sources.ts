/**
 * Who a source phrase is: a listed actor ("le député sud-coréen Lee Seong-kweun" → Lee
 * Seong-kweun, person), a country or capital ("Pyongyang", "la Corée du Sud" → government), a
 * described source ("un média d’Etat" → media, "une source diplomatique" → unnamed), or a
 * pronoun / generic noun ("il", "le groupe", "the ministry") resolved to the last source of its
 * kind. Pronouns that cannot be resolved give no attribution rather than "il".
 */
import type { Attribution, SourceType } from '../record/types.ts';
import type { ActorMention, ActorsResult } from './actors.ts';
import type { Doc } from './doc.ts';
import type { Sentence } from './sentences.ts';
import type { Token } from './tokens.ts';

export type SourceFields = Pick<Attribution, 'source' | 'sourceType' | 'actor'>;

const ORG_KINDS: Record<string, SourceType> = { media: 'media', government: 'government' };
// Ministries and government departments speak as the government; agencies and authorities as
// organisations.
const GOVERNMENT_NAME = /\b(?:ministry|department|ministère|ministere|government|gouvernement|présidence|presidency)\b/iu;

/** True when the mention at k is a complement: after "de", "du", "of", "for" (and a determiner). */
function isComplement(tokens: readonly Token[], k: number, lex: Doc['lex']): boolean {
  let j = k - 1;
  if (tokens[j] && lex.determiners.has((tokens[j] as Token).f) && !lex.connectors.has((tokens[j] as Token).f) && !lex.particles.has((tokens[j] as Token).f)) j--;
  const t = tokens[j];
  return !!t && (lex.connectors.has(t.f) || lex.nameConnectors.has(t.f) || lex.particles.has(t.f));
}

export class Resolver {
  private readonly bySentence = new Map<number, ActorMention[]>();
  private last: SourceFields | null = null;
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

  remember(a: SourceFields): void {
    this.last = { source: a.source, sourceType: a.sourceType, actor: a.actor };
    if (a.sourceType !== 'person' && a.sourceType !== 'unnamed') this.lastBody = this.last;
    this.lastByType.set(a.sourceType, this.last);
  }

  /** The last speaker, for "a-t-il déclaré", "he said". */
  pronoun(s: number): SourceFields | null {
    if (this.last) return this.last;
    const before = this.lastMention(s, false);
    return before ? this.fromActor(before) : null;
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

  personStartsAt(s: number, k: number): boolean {
    return (this.bySentence.get(s) ?? []).some((m) => m.start === k && m.type === 'person');
  }

  /** End of the actor mention covering token k (k inside it, not at its end), or -1. */
  mentionEndCovering(s: number, k: number): number {
    return (this.bySentence.get(s) ?? []).find((m) => m.start <= k && k < m.end)?.end ?? -1;
  }

  /** The range of a person mention inside tokens [from, to), or null. */
  personIn(s: number, from: number, to: number): [number, number] | null {
    const m = (this.bySentence.get(s) ?? []).find((x) => x.type === 'person' && x.start >= from && x.end <= to);
    return m ? [m.start, m.end] : null;
  }

  personEnd(s: number, k: number): number {
    return (this.bySentence.get(s) ?? []).find((m) => m.start === k)?.end ?? k;
  }

  private fromActor(m: ActorMention): SourceFields {
    const actor = this.actors.actors[m.actor];
    const kind = m.known?.kind ?? '';
    const government = m.type === 'organization' && GOVERNMENT_NAME.test(m.name);
    const type: SourceType = m.type === 'person' ? 'person' : government ? 'government' : (ORG_KINDS[kind] ?? 'organization');
    return { source: actor?.name ?? m.name, sourceType: type, actor: actor?.id ?? null };
  }

  /** The source named by tokens [from, to) of the sentence, or null when it names nobody. */
  resolve(sentence: Sentence, start: number, to: number): SourceFields | null {
    let from = start;
    const tokens = sentence.tokens;
    const lex = this.doc.lex;
    // "…, which the researchers said": a relative pronoun is not part of the source.
    while (from < to && lex.relatives.has((tokens[from] as Token).f)) from++;
    let head = from;
    while (head < to && (lex.determiners.has((tokens[head] as Token).f) || lex.roleModifiers.has((tokens[head] as Token).f))) head++;
    if (head >= to) return null;
    const text = sentence.text.slice((tokens[from] as Token).start - sentence.start, (tokens[to - 1] as Token).end - sentence.start).trim();
    const pronoun = lex.pronouns.at(tokens, from);
    if (pronoun && from + pronoun.length >= to) return this.pronoun(sentence.index);
    // Mentions overlapping the phrase: a subject cut at "and" may hold only the end of a name.
    const mentions = (this.bySentence.get(sentence.index) ?? []).filter((m) => m.end > from && m.start < to);
    const noun = this.sourceNoun(tokens, head, to);
    const role = lex.roles.at(tokens, head);
    const person = [...mentions].reverse().find((m) => m.type === 'person');
    // A person in the phrase speaks ("UNHCR spokesman Idriss Mahamat").
    if (person) return this.fromActor(person);
    // "a UN official", "un diplomate européen": an indefinite person is unnamed, whatever body it names.
    if (lex.indefinites.has((tokens[from] as Token).f) && noun && (noun.type === 'unnamed' || noun.type === 'person')) return { source: text, sourceType: 'unnamed', actor: null };
    // A named body speaks ("l’ONG Acled", "INPE"), unless it only completes a described source
    // ("un organisme … de l’ONU", "la représentante du PAM").
    const body = mentions.find((m) => !noun || m.start <= head || !isComplement(tokens, m.start, lex));
    if (body) return this.fromActor(body);
    // "le groupe", "l’organisation", "the ministry", "la ministre": the last source of that kind.
    // "a government statement", "un groupe" name a new source, never the last one.
    if (mentions.length === 0 && head + 2 >= to && !lex.indefinites.has((tokens[from] as Token).f) && (lex.anaphors.has((tokens[head] as Token).f) || (lex.headFinal && lex.anaphors.has((tokens[to - 1] as Token).f)))) {
      // "the ministry" → the last government source; "l’agence" → the last body.
      const resolved = role || noun?.type === 'person' ? this.lastPerson(sentence.index) : ((noun && this.lastByType.get(noun.type)) ?? this.lastBody);
      if (resolved) return resolved;
    }
    const place = this.doc.places[sentence.index]?.find((p) => p.start <= head && p.end > head && p.kind !== 'demonym' && p.kind !== 'blocker');
    if (place && place.end >= to - 1) return { source: text, sourceType: 'government', actor: null };
    const indefinite = lex.indefinites.has((tokens[from] as Token).f);
    const anonymous = tokens.slice(from, to).some((t) => t.f === 'anonymat' || t.f === 'anonymity' || t.f === 'named');
    if (noun) {
      const type: SourceType = anonymous || (indefinite && (noun.type === 'person' || noun.type === 'unnamed')) ? 'unnamed' : noun.type;
      return { source: text, sourceType: type, actor: null };
    }
    const headToken = tokens[head] as Token;
    if (headToken.cap && headToken.kind === 'word' && !lex.stopwords.has(headToken.f)) return { source: text, sourceType: 'organization', actor: null };
    if (to - from > 12) return null;
    // "un habitant" is an unnamed source; "l’accord prévoit" names no speaker at all.
    return headToken.kind === 'word' && !lex.stopwords.has(headToken.f) && lex.indefinites.has((tokens[from] as Token).f) ? { source: text, sourceType: 'unnamed', actor: null } : null;
  }

  /** The source noun of a phrase: its first one in French, its last one in English ("Greek media"). */
  private sourceNoun(tokens: readonly Token[], head: number, to: number): { type: SourceType; at: number } | null {
    const lex = this.doc.lex;
    let found: { type: SourceType; at: number } | null = null;
    for (let k = head; k < to; k++) {
      const hit = lex.sourceNouns.at(tokens, k);
      if (!hit) continue;
      found = { type: hit.value, at: k };
      if (!lex.headFinal) return found;
      k += hit.length - 1;
    }
    return found;
  }

  private lastPerson(s: number): SourceFields | null {
    if (this.last?.sourceType === 'person') return this.last;
    const before = this.lastMention(s, true);
    return before ? this.fromActor(before) : null;
  }
}
