/**
 * The ArticleRecord: the contract between extraction and every stage after it
 * (indexes, templates, JSON output). Mirrors ../shared/record.schema.json (schemaVersion 2);
 * `src/record/schema.json` is our copy of it, validated against in the tests.
 */

export type Language = string;

export type HeadlineSource = 'frontmatter' | 'text' | 'generated';
export type DateSource = 'frontmatter' | 'text' | 'file' | 'none';
export type SourceFormat = 'markdown' | 'text';

export type ActorType = 'person' | 'organization';
export type FigureKind = 'count' | 'money' | 'percent' | 'duration' | 'quantity' | 'rank';
export type FigureQualifier = 'exact' | 'approximate' | 'more-than' | 'less-than' | 'up-to' | 'at-least';
export type SourceType = 'person' | 'organization' | 'media' | 'government' | 'unnamed';

export interface Publisher {
  /** Publisher name as written ("L’Opinion Maroc"). */
  name: string;
  /** ISO 3166-1 alpha-2 of the publisher's own country, when its trailer or config says. */
  country: string | null;
  url: string | null;
}

export interface Fact {
  /** The statement, plain text. */
  text: string;
  /** Index of the sentence in the article's body text. */
  sentence: number;
  /** Actor ids. */
  actors: string[];
  /** ISO alpha-2 codes. */
  countries: string[];
  /** Indexes into `figures`. */
  figures: number[];
  /** Index into `attributions`, or null when the statement is the article's own. */
  attribution: number | null;
}

export interface Actor {
  /** Stable across articles: the same entity gets the same id everywhere. */
  id: string;
  /** Fullest name form seen, as written. */
  name: string;
  type: ActorType;
  /** Titles and functions as written ("ancien ministre russe de la Défense"). */
  roles: string[];
  country: string | null;
  aliases: string[];
  mentions: number;
  /** How sure extraction is that this is a real, rightly typed entity (0–1). */
  confidence: number;
  /** Ids of organisations the actor belongs to when the text says ("Jane Doe (SPD)"). */
  affiliations?: string[];
}

export interface CountryMention {
  /** ISO 3166-1 alpha-2. */
  code: string;
  /** Name in the article's language. */
  name: string;
  mentions: number;
  /** Surface forms that pointed to it ("nord-coréens", "Pyongyang"). */
  via: string[];
}

export interface Figure {
  /** As written, with its noun ("600 soldats nord-coréens"). */
  text: string;
  value: number;
  unit: string | null;
  kind: FigureKind;
  qualifier: FigureQualifier;
  sentence: number;
  /** What the figure measures, a short noun phrase from the text ("soldats nord-coréens tués"); null when the text does not say. */
  counts: string | null;
  /** How sure extraction is that this is a reported figure with the right value and unit (0–1). */
  confidence: number;
}

export interface Attribution {
  /** The speaker as named, pronouns resolved. */
  source: string;
  sourceType: SourceType;
  /** Actor id when the source is a listed actor. */
  actor: string | null;
  /** The reporting expression ("a indiqué", "selon", "said"). */
  verb: string | null;
  /** The reported content only: not the speaker, not the reporting verb. */
  claim: string;
  quote: boolean;
  sentence: number;
  /** How sure extraction is of the source and the claim's bounds (0–1). */
  confidence: number;
}

export interface Topic {
  /** IPTC Media Topic slug ("conflict-war-and-peace"). */
  id: string;
  /** IPTC code ("medtop:16000000"). */
  iptc: string;
  /** Label in the article's language. */
  label: string;
}

/** The dateline opening a story ("PARIS (AFP) —"). */
export interface Dateline {
  /** As written: "PARIS", "Nairobi". */
  place: string;
  /** ISO 3166-1 alpha-2 of the place, when known. */
  country: string | null;
  /** The agency it names ("AFP", "Reuters"), or null. */
  agency: string | null;
}

/** The record schema version this code writes. */
export const RECORD_VERSION = 2;

export interface ArticleRecord {
  schemaVersion: typeof RECORD_VERSION;
  /** URL slug, unique in the site. */
  id: string;
  source: { path: string; format: SourceFormat };
  language: Language;
  headline: string;
  headlineSource: HeadlineSource;
  summary: string;
  /** ISO 8601, or null when unknown. */
  date: string | null;
  dateSource: DateSource;
  publisher: Publisher | null;
  facts: Fact[];
  actors: Actor[];
  countries: CountryMention[];
  figures: Figure[];
  attributions: Attribution[];
  topics: Topic[];
  tags: string[];
  wordCount: number;
  /** Bylines as names ("By Jane Doe and John Roe" → ["Jane Doe", "John Roe"]). */
  authors?: string[];
  /** The dateline opening the story, removed from the lede; null when there is none. */
  dateline?: Dateline | null;
}
