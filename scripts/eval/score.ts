/**
 * Scores ArticleRecords against gold files (eval/gold/NAME.expected.json), with the matching rules
 * of the shared scorer, written independently: names compare folded (case, accents, apostrophes,
 * a leading title dropped) and match when the words of one appear contiguously in the other;
 * numbers match within 0.5 %; entities are matched one to one (maximum bipartite matching).
 */
import type { ArticleRecord } from '../../src/record/types.ts';

export interface GoldEntity {
  name: string;
  aliases?: string[];
  country?: string | null;
  role?: string;
}
export interface GoldFigure {
  value: number;
  kind?: string;
  qualifier?: string;
}
export interface GoldAttribution {
  sources: string[];
  sourceType?: string;
  claimContains: string;
}
export interface Gold {
  file: string;
  language: string;
  publisher: { name: string; country?: string | null } | null;
  publisherAllowed?: string[];
  countries: string[];
  people: GoldEntity[];
  organizations: GoldEntity[];
  optionalActors?: string[];
  notActors?: string[];
  figures: GoldFigure[];
  optionalFigures?: number[];
  notFigures?: number[];
  attributions: GoldAttribution[];
  notSources?: string[];
  topics: string[];
  firstTopic?: string;
  headline?: { source?: string; equals?: string; mentionsAny?: string[]; maxLength?: number; mustNotContain?: string[] };
}

export interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

export interface Score {
  fields: Record<string, Counts>;
  rates: Record<string, [number, number]>;
  errors: string[];
}

const TITLE = /^(?:m\.|mr\.?|mme|dr\.?)\s+/u;
const PRONOUNS = new Set(['il', 'elle', 'ils', 'elles', 'lui', 'eux', 'on', 'he', 'she', 'it', 'they', 'him', 'her', 'them', 'we', 'nous']);

export function normalise(value: unknown): string {
  return String(value ?? '')
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[’‘`´]/gu, "'")
    .replace(/[\u00a0\u202f]/gu, ' ')
    .toLowerCase()
    .replace(TITLE, '')
    .replace(/\s+/gu, ' ')
    .trim();
}

function wordsOf(value: unknown): string[] {
  return normalise(value)
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w.length > 0);
}

function contains(long: string[], short: string[]): boolean {
  if (short.length === 0 || short.length > long.length) return false;
  outer: for (let i = 0; i + short.length <= long.length; i++) {
    for (let j = 0; j < short.length; j++) if (long[i + j] !== short[j]) continue outer;
    return true;
  }
  return false;
}

/** Loose name match: neither is a lone pronoun, and one's words stand contiguously in the other. */
export function sameName(a: unknown, b: unknown): boolean {
  const x = wordsOf(a);
  const y = wordsOf(b);
  if (x.length === 0 || y.length === 0) return false;
  if ((x.length === 1 && PRONOUNS.has(x[0] as string)) || (y.length === 1 && PRONOUNS.has(y[0] as string))) return false;
  return x.length <= y.length ? contains(y, x) : contains(x, y);
}

function close(a: number, b: number): boolean {
  return Math.abs(a - b) <= Math.max(1e-9, Math.abs(b) * 0.005);
}

function add(fields: Record<string, Counts>, field: string, tp: number, fp: number, fn: number): void {
  const c = (fields[field] ??= { tp: 0, fp: 0, fn: 0 });
  c.tp += tp;
  c.fp += fp;
  c.fn += fn;
}

function rate(rates: Record<string, [number, number]>, key: string, ok: boolean): void {
  const r = (rates[key] ??= [0, 0]);
  if (ok) r[0]++;
  r[1]++;
}

interface Named {
  name: string;
  aliases?: string[];
}
const allNames = (e: Named): string[] => [e.name, ...(e.aliases ?? [])];

/** One-to-one matching by augmenting paths; returns for each gold entity its prediction or -1. */
function match(predicted: Named[], gold: Named[]): { owner: number[]; links: number[][] } {
  const links = predicted.map((p) => gold.flatMap((g, gi) => (allNames(p).some((n) => allNames(g).some((m) => sameName(n, m))) ? [gi] : [])));
  const owner: number[] = gold.map(() => -1);
  const tryAssign = (pi: number, seen: Set<number>): boolean => {
    for (const gi of links[pi] ?? []) {
      if (seen.has(gi)) continue;
      seen.add(gi);
      const current = owner[gi] ?? -1;
      if (current < 0 || tryAssign(current, seen)) {
        owner[gi] = pi;
        return true;
      }
    }
    return false;
  };
  for (let pi = 0; pi < predicted.length; pi++) tryAssign(pi, new Set());
  return { owner, links };
}

function scoreEntities(score: Score, field: string, predicted: Named[], gold: Named[], optional: string[], forbidden: string[]): void {
  const { owner, links } = match(predicted, gold);
  const matched = new Set(owner.filter((o) => o >= 0));
  let fp = 0;
  predicted.forEach((p, pi) => {
    if (matched.has(pi)) return;
    const names = allNames(p);
    const banned = forbidden.some((f) => names.some((n) => normalise(n) === normalise(f)));
    if (!banned && (links[pi]?.length ?? 0) > 0) {
      fp++;
      score.errors.push(`${field} duplicate (not merged): ${p.name}`);
    } else if (!banned && optional.some((o) => names.some((n) => sameName(n, o)))) {
      // optional: neither right nor wrong
    } else {
      fp++;
      score.errors.push(`${field} extra: ${p.name}`);
    }
  });
  gold.forEach((g, gi) => {
    if ((owner[gi] ?? -1) < 0) score.errors.push(`${field} missed: ${g.name}`);
  });
  add(score.fields, field, matched.size, fp, gold.length - matched.size);
}

/** Scores one record against its gold file (record null when extraction produced none). */
export function scoreArticle(record: ArticleRecord | null, gold: Gold, score: Score): void {
  if (!record) {
    score.errors.push('no record');
    add(score.fields, 'countries', 0, 0, gold.countries.length);
    add(score.fields, 'people', 0, 0, gold.people.length);
    add(score.fields, 'organizations', 0, 0, gold.organizations.length);
    add(score.fields, 'figures', 0, 0, gold.figures.length);
    add(score.fields, 'attributions', 0, 0, gold.attributions.length);
    add(score.fields, 'topics', 0, 0, gold.topics.length);
    for (const key of ['language', 'firstTopic', 'headline', 'publisher']) rate(score.rates, key, false);
    return;
  }
  rate(score.rates, 'language', record.language === gold.language);
  if (record.language !== gold.language) score.errors.push(`language ${record.language} != ${gold.language}`);

  const predictedCodes = new Set(record.countries.map((c) => c.code));
  const goldCodes = new Set(gold.countries);
  const hits = [...predictedCodes].filter((c) => goldCodes.has(c)).length;
  add(score.fields, 'countries', hits, predictedCodes.size - hits, goldCodes.size - hits);
  for (const c of predictedCodes) if (!goldCodes.has(c)) score.errors.push(`country extra: ${c}`);
  for (const c of goldCodes) if (!predictedCodes.has(c)) score.errors.push(`country missed: ${c}`);

  const forbidden = gold.notActors ?? [];
  const optional = gold.optionalActors ?? [];
  const isBanned = (a: Named): boolean => forbidden.some((f) => allNames(a).some((n) => normalise(n) === normalise(f)));
  scoreEntities(
    score,
    'people',
    record.actors.filter((a) => a.type === 'person'),
    gold.people,
    optional,
    forbidden,
  );
  const orgs = record.actors.filter((a) => a.type !== 'person');
  scoreEntities(
    score,
    'organizations',
    orgs.filter((a) => !isBanned(a)),
    gold.organizations,
    optional,
    forbidden,
  );
  const bannedOrgs = orgs.filter(isBanned).length;
  if (bannedOrgs > 0) {
    add(score.fields, 'organizations', 0, bannedOrgs, 0);
    score.errors.push(`organizations forbidden: ${bannedOrgs}`);
  }

  const usedFigures = new Set<number>();
  let figureTp = 0;
  let figureFp = 0;
  for (const f of record.figures) {
    const gi = gold.figures.findIndex((g, i) => !usedFigures.has(i) && close(f.value, g.value));
    if (gi >= 0) {
      usedFigures.add(gi);
      figureTp++;
      const g = gold.figures[gi] as GoldFigure;
      if (g.kind || g.qualifier) {
        const ok = (!g.kind || f.kind === g.kind) && (!g.qualifier || (f.qualifier ?? 'exact') === g.qualifier);
        rate(score.rates, 'figureDetails', ok);
        if (!ok) score.errors.push(`figure ${g.value}: kind/qualifier ${f.kind}/${f.qualifier} != ${g.kind}/${g.qualifier}`);
      }
      continue;
    }
    const excused = (gold.optionalFigures ?? []).some((v) => close(f.value, v)) || gold.figures.some((g) => close(f.value, g.value));
    if (!excused) {
      figureFp++;
      score.errors.push(`figure extra: ${f.value} (${f.text})`);
    }
  }
  gold.figures.forEach((g, i) => {
    if (!usedFigures.has(i)) score.errors.push(`figure missed: ${g.value}`);
  });
  add(score.fields, 'figures', figureTp, figureFp, gold.figures.length - usedFigures.size);

  const usedAttributions = new Set<number>();
  for (const g of gold.attributions) {
    const ai = record.attributions.findIndex((a, i) => !usedAttributions.has(i) && g.sources.some((s) => sameName(a.source, s)) && normalise(a.claim).includes(normalise(g.claimContains)));
    if (ai < 0) {
      score.errors.push(`attribution missed: ${g.sources[0]} / ${g.claimContains}`);
      continue;
    }
    usedAttributions.add(ai);
    if (g.sourceType) {
      const ok = record.attributions[ai]?.sourceType === g.sourceType;
      rate(score.rates, 'sourceTypes', ok);
      if (!ok) score.errors.push(`attribution ${g.sources[0]}: sourceType ${record.attributions[ai]?.sourceType} != ${g.sourceType}`);
    }
  }
  let attributionFp = 0;
  record.attributions.forEach((a, i) => {
    if (usedAttributions.has(i)) return;
    const bad = (gold.notSources ?? []).some((s) => normalise(a.source) === normalise(s));
    const knownSource = gold.attributions.some((g) => g.sources.some((s) => sameName(a.source, s)));
    if (bad || !knownSource) {
      attributionFp++;
      score.errors.push(`attribution extra: ${a.source} / ${a.claim.slice(0, 50)}`);
    }
  });
  add(score.fields, 'attributions', usedAttributions.size, attributionFp, gold.attributions.length - usedAttributions.size);

  const predictedTopics = [...new Set(record.topics.map((t) => t.id))];
  const goldTopics = new Set(gold.topics);
  const topicHits = predictedTopics.filter((t) => goldTopics.has(t)).length;
  add(score.fields, 'topics', topicHits, predictedTopics.length - topicHits, goldTopics.size - topicHits);
  const firstTopic = gold.firstTopic ?? gold.topics[0];
  rate(score.rates, 'firstTopic', predictedTopics[0] === firstTopic);
  if (predictedTopics[0] !== firstTopic) score.errors.push(`first topic ${predictedTopics[0]} != ${firstTopic}`);

  const p = record.publisher;
  const publisherOk = gold.publisher ? !!p && sameName(p.name, gold.publisher.name) && (!gold.publisher.country || p.country === gold.publisher.country) : !p || (gold.publisherAllowed ?? []).some((n) => sameName(p.name, n));
  rate(score.rates, 'publisher', publisherOk);
  if (!publisherOk) score.errors.push(`publisher ${JSON.stringify(p)} != ${gold.publisher ? `${gold.publisher.name}/${gold.publisher.country}` : 'none'}`);

  if (gold.headline) {
    const h = record.headline ?? '';
    const g = gold.headline;
    const ok =
      h.length > 0 &&
      h.length <= (g.maxLength ?? 160) &&
      (!g.equals || normalise(h) === normalise(g.equals)) &&
      (!g.source || record.headlineSource === g.source) &&
      (!g.mentionsAny || g.mentionsAny.some((m) => normalise(h).includes(normalise(m)))) &&
      !(g.mustNotContain ?? []).some((m) => normalise(h).includes(normalise(m)));
    rate(score.rates, 'headline', ok);
    if (!ok) score.errors.push(`headline: ${h}`);
  }
}

export function f1(c: Counts): { p: number; r: number; f: number } {
  const p = c.tp + c.fp > 0 ? c.tp / (c.tp + c.fp) : 1;
  const r = c.tp + c.fn > 0 ? c.tp / (c.tp + c.fn) : 1;
  return { p, r, f: p + r > 0 ? (2 * p * r) / (p + r) : 0 };
}
