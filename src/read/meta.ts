import countries from 'i18n-iso-countries';
import { findTopic } from '../data/topics.ts';
import { type Diagnostic, diagnostic, type Severity } from '../diagnostics/diagnostic.ts';
import { isSafeSlug } from '../text/slug.ts';
import { locateField } from './frontmatter.ts';

/** Frontmatter fields newsdigest understands, validated and normalised. */
export interface ArticleMeta {
  title: string | null;
  /** ISO 8601 date or timestamp. */
  date: string | null;
  /** ISO 639-1 language code. */
  lang: string | null;
  publisher: { name: string; url: string | null; country: string | null } | null;
  url: string | null;
  /** IPTC topic ids (validated against the table); null when the frontmatter names none. */
  topics: string[] | null;
  /** ISO 3166-1 alpha-2 codes, upper case. */
  countries: string[] | null;
  /** Free-form tags: the `tags` field, then every `topics` value that is not an IPTC topic. */
  tags: string[];
  slug: string | null;
  draft: boolean;
}

export const EMPTY_META: ArticleMeta = {
  title: null,
  date: null,
  lang: null,
  publisher: null,
  url: null,
  topics: null,
  countries: null,
  tags: [],
  slug: null,
  draft: false,
};

/**
 * Turns raw frontmatter data into `ArticleMeta`. A field of the wrong type is reported
 * (`frontmatter-type`, an error) and ignored; the rest of the article still builds.
 */
export function readMeta(data: Record<string, unknown>, yaml: string, path: string): { meta: ArticleMeta; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  const report = (key: string, severity: Severity, ruleId: string, reason: string): void => {
    const { line, column } = locateField(yaml, key);
    diagnostics.push(diagnostic(path, line, column, severity, ruleId, reason));
  };
  const wrongType = (key: string, expected: string): void => report(key, 'error', 'frontmatter-type', `Field "${key}" must be ${expected}, found ${describe(data[key])}; it is ignored`);

  const string = (key: string): string | null => {
    const value = data[key];
    if (value === undefined || value === null) return null;
    if (typeof value === 'string') return value.trim() || null;
    if (typeof value === 'number') return String(value);
    wrongType(key, 'a string');
    return null;
  };
  const list = (key: string): string[] | null => {
    const value = data[key];
    if (value === undefined || value === null) return null;
    if (typeof value === 'string')
      return value
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean);
    if (Array.isArray(value) && value.every((item) => typeof item === 'string' || typeof item === 'number')) {
      return value.map((item) => String(item).trim()).filter(Boolean);
    }
    wrongType(key, 'a list of strings');
    return null;
  };

  const meta: ArticleMeta = { ...EMPTY_META, tags: [] };
  meta.title = string('title');
  // Links reach pages as href values: only web addresses, never javascript: or data: URLs.
  const webUrl = (key: string, value: string | null): string | null => {
    if (value === null) return null;
    if (isWebUrl(value)) return value;
    report(key, 'warning', 'unsafe-url', `Field "${key}" must be an http or https address, found "${value.slice(0, 60)}"; it is ignored`);
    return null;
  };
  meta.url = webUrl('url', string('url'));

  const date = data.date;
  if (date instanceof Date) {
    if (Number.isNaN(date.getTime())) wrongType('date', 'a date (YYYY-MM-DD)');
    // YAML reads a bare 2026-10-01 as midnight UTC; keep it a date, not a timestamp.
    else meta.date = date.toISOString().endsWith('T00:00:00.000Z') ? date.toISOString().slice(0, 10) : date.toISOString();
  } else if (typeof date === 'string') {
    const parsed = new Date(date);
    if (/^\d{4}-\d{2}-\d{2}/.test(date) && !Number.isNaN(parsed.getTime())) meta.date = date.trim();
    else wrongType('date', 'a date (YYYY-MM-DD or ISO 8601 timestamp)');
  } else if (date !== undefined && date !== null) wrongType('date', 'a date (YYYY-MM-DD)');

  const lang = string('lang') ?? string('language');
  if (lang !== null) {
    const code = lang.toLowerCase().split(/[-_]/)[0] ?? '';
    if (/^[a-z]{2,3}$/.test(code)) meta.lang = code;
    else report(data.lang === undefined ? 'language' : 'lang', 'error', 'frontmatter-type', `Field "lang" must be a language code such as "fr" or "en", found "${lang}"; it is ignored`);
  }

  const publisherValue = data.publisher ?? data.source;
  const publisherKey = data.publisher !== undefined ? 'publisher' : 'source';
  if (typeof publisherValue === 'string' && publisherValue.trim()) {
    meta.publisher = { name: publisherValue.trim(), url: null, country: null };
  } else if (publisherValue && typeof publisherValue === 'object' && !Array.isArray(publisherValue)) {
    const fields = publisherValue as Record<string, unknown>;
    if (typeof fields.name === 'string' && fields.name.trim()) {
      const country = typeof fields.country === 'string' ? fields.country.toUpperCase() : null;
      meta.publisher = {
        name: fields.name.trim(),
        url: typeof fields.url === 'string' ? webUrl(publisherKey, fields.url.trim()) : null,
        country: country && countries.isValid(country) ? country : null,
      };
    } else wrongType(publisherKey, 'a name or an object with a "name"');
  } else if (publisherValue !== undefined && publisherValue !== null) wrongType(publisherKey, 'a name or an object with a "name"');

  // A topic people write ("climate", "trade") that is not an IPTC Media Topic is their own
  // category, not a mistake: it becomes a tag, with its own page, and no warning.
  const freeTopics: string[] = [];
  const topics = list('topics');
  if (topics) {
    const iptc: string[] = [];
    for (const key of topics) {
      const topic = findTopic(key);
      if (!topic) freeTopics.push(key);
      else if (!iptc.includes(topic.id)) iptc.push(topic.id);
    }
    // Only free-form values: extraction still finds the IPTC topics from the text.
    meta.topics = iptc.length > 0 ? iptc : null;
  }

  const codes = list('countries');
  if (codes) {
    meta.countries = [];
    for (const code of codes) {
      const upper = code.toUpperCase();
      if (/^[A-Z]{2}$/.test(upper) && countries.isValid(upper)) {
        if (!meta.countries.includes(upper)) meta.countries.push(upper);
      } else report('countries', 'warning', 'unknown-country', `"${code}" is not an ISO 3166-1 alpha-2 country code; it is ignored`);
    }
  }

  meta.tags = uniqueIgnoringCase([...(list('tags') ?? []), ...freeTopics]);

  // A slug is a folder name on every system the site may be copied to: "../x", "a/b", "CON" and
  // "" would escape the output folder, nest, or be refused by Windows.
  const slug = typeof data.slug === 'string' ? data.slug.trim() : string('slug');
  if (slug !== null) {
    if (isSafeSlug(slug)) meta.slug = slug;
    else
      report('slug', 'error', 'unsafe-slug', `Field "slug" must be lower-case letters, digits and single hyphens (at most 120, not a reserved name such as "con"), found ${JSON.stringify(slug.slice(0, 60))}; the file name is used instead`);
  }

  const draft = data.draft;
  if (typeof draft === 'boolean') meta.draft = draft;
  else if (draft !== undefined && draft !== null) wrongType('draft', 'true or false');

  return { meta, diagnostics };
}

/** Keeps the first spelling of each value, comparing without case ("Trade" and "trade" are one tag). */
function uniqueIgnoringCase(values: readonly string[]): string[] {
  const seen = new Set<string>();
  return values.filter((value) => {
    const key = value.toLocaleLowerCase();
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function isWebUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return url.protocol === 'http:' || url.protocol === 'https:';
  } catch {
    return false;
  }
}

function describe(value: unknown): string {
  if (Array.isArray(value)) return 'a list';
  if (value instanceof Date) return 'a date';
  if (value === null) return 'nothing';
  return typeof value === 'object' ? 'a mapping' : `${typeof value} ${JSON.stringify(value)}`;
}
