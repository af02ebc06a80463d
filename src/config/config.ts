import { existsSync, readFileSync } from 'node:fs';
import { isAbsolute, join, resolve } from 'node:path';

/** Site configuration: a plain typed object. Every field has a default, so no file is needed. */
export interface SiteConfig {
  /** Site title shown in the header and page titles. Default: "newsdigest". */
  title: string;
  /** One-line description under the title. Default: a sentence about the site. */
  description: string;
  /** UI language of the site ("en", "fr" or "es"): labels, dates, country names. Default: "en". */
  language: string;
  /** Path prefix or full URL the site is served under. Default: "/". */
  baseUrl: string;
  /** Folder of article files. Default: "articles". */
  articlesDir: string;
  /** Output folder. Default: "public". */
  outDir: string;
  /** Folder of templates and assets. Default: "templates". */
  templatesDir: string;
  /** Articles per list page. Default: 20. */
  pageSize: number;
  /** Build articles marked `draft: true`. Default: false. */
  drafts: boolean;
  /** Largest article file read, in bytes; a larger one is reported and left out. Default: 5,000,000 (5 MB). */
  maxArticleBytes: number;
  /** What an article's fact box shows. */
  factbox: FactboxConfig;
}

export interface FactboxConfig {
  /**
   * Actors, figures and attributions whose extraction confidence (0–1) is below this are left
   * out of fact boxes, home cards and actor pages (the JSON records keep them all). Default: 0.5.
   */
  minConfidence: number;
}

export const CONFIG_FILE = 'newsdigest.config.json';

export const DEFAULT_CONFIG: SiteConfig = {
  title: 'newsdigest',
  description: 'Who acted, where, with what numbers, on whose word.',
  language: 'en',
  baseUrl: '/',
  articlesDir: 'articles',
  outDir: 'public',
  templatesDir: 'templates',
  pageSize: 20,
  drafts: false,
  factbox: { minConfidence: 0.5 },
  maxArticleBytes: 5_000_000,
};

export class ConfigError extends Error {
  override name = 'ConfigError';
}

/**
 * Defaults, then `newsdigest.config.json` in `projectDir` if present, then `overrides` (CLI flags).
 * Folder paths come back absolute, resolved against `projectDir`.
 */
export function loadConfig(projectDir: string, overrides: Partial<SiteConfig> = {}): SiteConfig {
  const file = join(projectDir, CONFIG_FILE);
  let fromFile: Partial<SiteConfig> = {};
  if (existsSync(file)) {
    let parsed: unknown;
    try {
      parsed = JSON.parse(readFileSync(file, 'utf8'));
    } catch (error) {
      throw new ConfigError(`${CONFIG_FILE}: not valid JSON (${error instanceof Error ? error.message : String(error)})`, { cause: error });
    }
    fromFile = validate(parsed, CONFIG_FILE);
  }
  const config: SiteConfig = { ...DEFAULT_CONFIG, ...fromFile, ...definedOnly(overrides) };
  const absolute = (dir: string): string => (isAbsolute(dir) ? dir : resolve(projectDir, dir));
  return {
    ...config,
    baseUrl: normaliseBaseUrl(config.baseUrl),
    articlesDir: absolute(config.articlesDir),
    outDir: absolute(config.outDir),
    templatesDir: absolute(config.templatesDir),
  };
}

/** "/news" → "/news/", "https://x.org/news" → "https://x.org/news/": always one trailing slash. */
export function normaliseBaseUrl(baseUrl: string): string {
  const trimmed = baseUrl.trim() || '/';
  const withSlash = trimmed.endsWith('/') ? trimmed : `${trimmed}/`;
  return /^[a-z][a-z0-9+.-]*:\/\//i.test(withSlash) || withSlash.startsWith('/') ? withSlash : `/${withSlash}`;
}

function validate(value: unknown, file: string): Partial<SiteConfig> {
  if (!value || typeof value !== 'object' || Array.isArray(value)) throw new ConfigError(`${file}: must hold a JSON object`);
  const input = value as Record<string, unknown>;
  const out: Partial<SiteConfig> = {};
  const strings = ['title', 'description', 'language', 'baseUrl', 'articlesDir', 'outDir', 'templatesDir'] as const;
  for (const key of strings) {
    if (input[key] === undefined) continue;
    if (typeof input[key] !== 'string') throw new ConfigError(`${file}: "${key}" must be a string`);
    out[key] = input[key];
  }
  if (input.pageSize !== undefined) {
    if (typeof input.pageSize !== 'number' || !Number.isInteger(input.pageSize) || input.pageSize < 1) throw new ConfigError(`${file}: "pageSize" must be a whole number ≥ 1`);
    out.pageSize = input.pageSize;
  }
  if (input.maxArticleBytes !== undefined) {
    if (typeof input.maxArticleBytes !== 'number' || !Number.isInteger(input.maxArticleBytes) || input.maxArticleBytes < 1) throw new ConfigError(`${file}: "maxArticleBytes" must be a whole number ≥ 1`);
    out.maxArticleBytes = input.maxArticleBytes;
  }
  if (input.drafts !== undefined) {
    if (typeof input.drafts !== 'boolean') throw new ConfigError(`${file}: "drafts" must be true or false`);
    out.drafts = input.drafts;
  }
  if (input.factbox !== undefined) {
    const factbox = input.factbox;
    if (!factbox || typeof factbox !== 'object' || Array.isArray(factbox)) throw new ConfigError(`${file}: "factbox" must be an object such as {"minConfidence": 0.5}`);
    const fields = factbox as Record<string, unknown>;
    for (const key of Object.keys(fields)) if (key !== 'minConfidence') throw new ConfigError(`${file}: unknown setting "factbox.${key}"`);
    const min = fields.minConfidence;
    if (min !== undefined && (typeof min !== 'number' || !(min >= 0 && min <= 1))) throw new ConfigError(`${file}: "factbox.minConfidence" must be a number from 0 to 1`);
    out.factbox = { ...DEFAULT_CONFIG.factbox, ...(min === undefined ? {} : { minConfidence: min }) };
  }
  const known = new Set<string>([...strings, 'pageSize', 'drafts', 'factbox', 'maxArticleBytes', '$schema']);
  for (const key of Object.keys(input)) if (!known.has(key)) throw new ConfigError(`${file}: unknown setting "${key}"`);
  return out;
}

function definedOnly(overrides: Partial<SiteConfig>): Partial<SiteConfig> {
  return Object.fromEntries(Object.entries(overrides).filter(([, v]) => v !== undefined)) as Partial<SiteConfig>;
}
