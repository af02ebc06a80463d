/**
 * What the cache's keys are made of. A record depends on the article's bytes, its path, the
 * code and data of newsdigest that made it (rules, lexicons, world data) and the size limit; a
 * page depends on its planner fingerprint, the templates and the settings the renderer reads.
 * Each key hashes all of it, so a cached result is used only where a fresh run would give the
 * same one.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { themeDirs } from '../render/theme.ts';

/** sha1 of the parts, each ended by a NUL so that ("ab", "c") and ("a", "bc") differ. */
export function hashParts(...parts: readonly string[]): string {
  const hash = createHash('sha1');
  for (const part of parts) hash.update(part).update('\u0000');
  return hash.digest('hex');
}

/**
 * What every record key of a build shares: the code that makes records and the article size
 * limit. `build` and `dev` both key a file's record from it (recordKey), so that `dev` finds what
 * `build` kept.
 */
export function recordKeyBase(code: string, maxArticleBytes: number): string {
  return hashParts(code, String(maxArticleBytes));
}

/** The cache key of one file's record: the shared base, the file's path as listed and as shown, and its bytes' digest. */
export function recordKey(base: string, path: string, displayPath: string, digest: string): string {
  return hashParts(base, path, displayPath, digest);
}

/** Every file under `dir` (recursively) whose name passes `keep`, as sorted paths relative to `dir`. */
function filesUnder(dir: string, keep: (name: string) => boolean): string[] {
  let entries: string[];
  try {
    entries = readdirSync(dir, { recursive: true, encoding: 'utf8' });
  } catch {
    return [];
  }
  return entries
    .map((entry) => entry.split(sep).join('/'))
    .filter((entry) => keep(entry))
    .sort();
}

/** sha1 of the names and bytes of files: what changes whenever one of them does. */
function hashFiles(dir: string, paths: readonly string[]): string {
  const hash = createHash('sha1');
  for (const path of paths) {
    let bytes: Buffer;
    try {
      bytes = readFileSync(join(dir, path));
    } catch {
      continue;
    }
    hash.update(path).update('\u0000').update(bytes).update('\u0000');
  }
  return hash.digest('hex');
}

// The code that runs: dist/ when installed or compiled, src/ when run from the sources.
const CODE_ROOT = fileURLToPath(new URL('../', import.meta.url));
const PACKAGE_JSON = fileURLToPath(new URL('../../package.json', import.meta.url));
let code: string | undefined;

/**
 * The identity of this newsdigest: its version and a hash of every module and data file it runs
 * (about 8 MB, read once per process). A release, an edited rule or a changed lexicon makes a
 * new identity, and with it new keys for everything.
 */
export function codeIdentity(): string {
  if (code !== undefined) return code;
  const version = (JSON.parse(readFileSync(PACKAGE_JSON, 'utf8')) as { version: string }).version;
  // Tests and their fixtures are not the code that makes records and pages.
  const files = filesUnder(CODE_ROOT, (path) => /\.(?:[cm]?js|ts|json)$/.test(path) && !/\.test\.ts$/.test(path) && !/(?:^|\/)(?:fixtures|test)\//.test(path));
  code = hashParts('newsdigest', version, hashFiles(CODE_ROOT, files));
  return code;
}

/**
 * A hash of the templates a site renders with: its own layouts, pages, partials and UI strings
 * and the built-in theme's (assets are output files of their own, compared by content).
 */
export function templatesIdentity(templatesDir: string): string {
  return hashParts(
    ...themeDirs(templatesDir).map((dir) =>
      hashFiles(
        dir,
        filesUnder(dir, (path) => /^(?:layouts|pages|partials|i18n)\//.test(path)),
      ),
    ),
  );
}
