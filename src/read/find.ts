import { readdir, stat } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { type Diagnostic, diagnostic } from '../diagnostics/diagnostic.ts';

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

export interface ArticleScan {
  /** Article files relative to the folder, with / separators, sorted. */
  paths: string[];
  /** Links that loop or lead nowhere, linked folders not followed. */
  problems: Diagnostic[];
}

/**
 * Every article file under `dir`, recursively, as paths relative to `dir` with `/` separators,
 * sorted so that builds are deterministic. Hidden folders and node_modules are skipped. A link to
 * a file is read like the file; a linked folder is not followed (links can loop), and is
 * reported, as are links that loop or lead nowhere. Anything else with an article's name (a FIFO,
 * a socket) is listed, and reading it reports what it is.
 */
export async function scanArticleFiles(dir: string): Promise<ArticleScan> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  const paths: string[] = [];
  const problems: Diagnostic[] = [];
  const shown = (full: string): string => relative(process.cwd(), full) || full;
  for (const entry of entries) {
    if (entry.isDirectory()) continue;
    const full = join(entry.parentPath, entry.name);
    const rel = relative(dir, full).split(sep).join('/');
    if (rel.split('/').some((part) => part.startsWith('.') || part === 'node_modules')) continue;
    if (entry.isSymbolicLink()) {
      let target: Awaited<ReturnType<typeof stat>>;
      try {
        target = await stat(full);
      } catch (error) {
        const code = (error as NodeJS.ErrnoException).code;
        const reason = code === 'ELOOP' ? 'Symbolic link loops back on itself; it is skipped. Remove it' : `Symbolic link leads nowhere (${code ?? 'error'}); it is skipped. Remove it or fix its target`;
        problems.push(diagnostic(shown(full), 1, 1, isArticlePath(rel) ? 'error' : 'warning', 'unreadable-file', reason));
        continue;
      }
      if (target.isDirectory()) {
        problems.push(diagnostic(shown(full), 1, 1, 'warning', 'linked-folder', 'Linked folders are not followed (a link can lead back to a parent and loop); its articles are skipped. Move them into the articles folder'));
        continue;
      }
    }
    if (isArticlePath(rel)) paths.push(rel);
  }
  return { paths: paths.sort(), problems };
}

/** The article files under `dir` (see scanArticleFiles), without the problems found on the way. */
export async function findArticleFiles(dir: string): Promise<string[]> {
  return (await scanArticleFiles(dir)).paths;
}
