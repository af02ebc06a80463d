/**
 * Reading one article file safely: its size checked before anything is read, anything but a
 * regular file refused, every failure a diagnostic. No parsing here, so a build that finds
 * every result in its cache never loads the pipeline.
 */
import { constants, type Stats } from 'node:fs';
import { open } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { DEFAULT_CONFIG } from '../config/config.ts';
import { type Diagnostic, diagnostic } from '../diagnostics/diagnostic.ts';
import { tooLarge } from '../read/size.ts';

/** Path as the user knows it, relative to the working folder ("articles/2026/x.md"). */
export function displayPathOf(articlesDir: string, path: string): string {
  return relative(process.cwd(), join(articlesDir, path)) || path;
}

/** Limits on one article file. */
export interface ArticleLimits {
  /** Largest file read, in bytes. Default: the config's default, 5 MB. */
  maxBytes?: number;
}

const READ_PROBLEMS: Record<string, string> = {
  ENOENT: 'File was deleted before it could be read',
  EACCES: 'File could not be read (EACCES): check its permissions',
  EPERM: 'File could not be read (EPERM): check its permissions',
  ELOOP: 'File is a symbolic link that loops back on itself',
  EISDIR: 'This is a folder, not a file',
};

/**
 * An article file's bytes, or the diagnostic saying why there are none. The size is checked
 * before anything is read, so a huge file never fills memory; anything but a regular file (a
 * FIFO, a socket, a device named ".md") is refused, opened without blocking so a FIFO cannot
 * hang the build. The stat that was checked comes with the bytes.
 */
export async function readArticleFile(file: string, displayPath: string, limits: ArticleLimits = {}): Promise<{ bytes: Uint8Array; stats: Stats } | { problem: Diagnostic }> {
  const maxBytes = limits.maxBytes ?? DEFAULT_CONFIG.maxArticleBytes;
  const unreadable = (reason: string): { problem: Diagnostic } => ({ problem: diagnostic(displayPath, 1, 1, 'error', 'unreadable-file', reason) });
  let handle: Awaited<ReturnType<typeof open>> | undefined;
  try {
    handle = await open(file, constants.O_RDONLY | constants.O_NONBLOCK);
    const stats = await handle.stat();
    if (!stats.isFile()) return unreadable('Not a regular file (a FIFO, socket or device): only text files are articles. Move it out of the articles folder');
    if (stats.size > maxBytes) return { problem: tooLarge(displayPath, stats.size, maxBytes) };
    // The file's stat is taken before its bytes: changed while read, it has a newer ctime than
    // the one kept, so the next build reads it again (site/inputs.ts).
    return { bytes: await handle.readFile(), stats };
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? 'error';
    return unreadable(READ_PROBLEMS[code] ?? `File could not be read (${code})`);
  } finally {
    await handle?.close();
  }
}
