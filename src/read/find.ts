import { readdir } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';

/** File endings read as articles. */
export const ARTICLE_EXTENSIONS = ['.md', '.markdown', '.txt'] as const;

export function isArticlePath(path: string): boolean {
  const lower = path.toLowerCase();
  const name = lower.slice(lower.lastIndexOf('/') + 1);
  // Editors' swap and backup files ("#a.md#", ".a.md.swp", "a.md~") never end in an article
  // extension except hidden ones, which are skipped like Hugo skips them.
  if (name.startsWith('.')) return false;
  return ARTICLE_EXTENSIONS.some((ext) => lower.endsWith(ext));
}

/**
 * Every article file under `dir`, recursively, as paths relative to `dir` with `/`
 * separators, sorted so that builds are deterministic. Hidden folders and node_modules are skipped.
 */
export async function findArticleFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  const found: string[] = [];
  for (const entry of entries) {
    if (!entry.isFile()) continue;
    const full = join(entry.parentPath, entry.name);
    const rel = relative(dir, full).split(sep).join('/');
    if (rel.split('/').some((part) => part.startsWith('.') || part === 'node_modules')) continue;
    if (isArticlePath(rel)) found.push(rel);
  }
  return found.sort();
}
