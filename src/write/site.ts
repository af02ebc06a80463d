import { existsSync, readFileSync } from 'node:fs';
import { cp, mkdir, readdir, readFile, rename, rm, rmdir, writeFile } from 'node:fs/promises';
import { basename, dirname, join, relative, resolve, sep } from 'node:path';

/** One file of the site: a path relative to the output folder and its content. */
export interface OutputFile {
  path: string;
  content: string | Uint8Array;
}

/** Marks a folder as newsdigest output, so a build never wipes a folder it did not make. */
export const MARKER = '.newsdigest';

export class OutputDirError extends Error {
  override name = 'OutputDirError';
}

/**
 * Refuses output folders whose replacement would destroy the user's work: the file-system
 * root, the project folder, a folder that contains the articles or templates, or a non-empty
 * folder that a newsdigest build did not make.
 */
export function assertSafeOutDir(outDir: string, protectedDirs: readonly string[]): void {
  const out = resolve(outDir);
  if (out === dirname(out)) throw new OutputDirError(`Refusing to write the site to ${out}: it is the root of the file system`);
  for (const dir of protectedDirs) {
    const inside = relative(out, resolve(dir));
    if (inside === '' || (!inside.startsWith('..') && !inside.startsWith(sep) && !/^[a-z]:/i.test(inside))) {
      throw new OutputDirError(`Refusing to write the site to ${out}: it holds ${resolve(dir)}, which the build would replace. Choose another --out`);
    }
  }
}

async function assertOwnedOrEmpty(outDir: string): Promise<void> {
  if (!existsSync(outDir)) return;
  const entries = await readdir(outDir);
  if (entries.length > 0 && !entries.includes(MARKER)) {
    throw new OutputDirError(`Refusing to replace ${outDir}: it is not empty and was not made by newsdigest. Empty it or choose another --out`);
  }
}

/** Writes files under `root`, creating each folder once. Files may come as they are made (an async iterable). */
export async function writeFiles(root: string, files: Iterable<OutputFile> | AsyncIterable<OutputFile>): Promise<number> {
  const made = new Set<string>();
  let count = 0;
  const pending: Promise<void>[] = [];
  for await (const file of files) {
    const target = join(root, file.path);
    const dir = dirname(target);
    if (!made.has(dir)) {
      await mkdir(dir, { recursive: true });
      made.add(dir);
    }
    pending.push(writeFile(target, file.content));
    count++;
    // Bounded concurrency: enough to overlap disk latency without exhausting file handles.
    if (pending.length >= 64) await Promise.all(pending.splice(0));
  }
  await Promise.all(pending);
  return count;
}

export interface AtomicWriteOptions {
  /** Static asset folders copied to `assets/`, in order: a later folder's file replaces an earlier one's. Default: none. */
  assetsDirs?: readonly string[];
}

/**
 * Builds the whole site in a sibling staging folder, then swaps it in: `outDir` always holds a
 * complete site (the old one until the new one is whole), and pages of deleted articles vanish.
 * A build killed at any point leaves the old site or the new one. The swap is two renames (Node
 * has no atomic exchange of two folders): killed between them, `outDir` is absent for a moment
 * and the old site waits beside it as "<staging>-old"; the next build puts it back first.
 */
export async function writeSiteAtomically(outDir: string, files: Iterable<OutputFile> | AsyncIterable<OutputFile>, options: AtomicWriteOptions = {}): Promise<number> {
  const out = resolve(outDir);
  const staging = await createStaging(out);
  try {
    const count = await writeFiles(staging, files);
    for (const dir of options.assetsDirs ?? []) if (existsSync(dir)) await cp(dir, join(staging, 'assets'), { recursive: true });
    await writeFile(join(staging, MARKER), markerText(null));
    await swapIn(staging, out);
    return count;
  } catch (error) {
    await rm(staging, { recursive: true, force: true });
    throw error;
  }
}

/** The marker's text; `buildId` ties the folder to the cache manifest of the build that wrote it. */
export function markerText(buildId: string | null): string {
  return `This folder is written by newsdigest and replaced whole on every build.\n${buildId ? `build ${buildId}\n` : ''}`;
}

/** The build id in the marker of `outDir`, or null (no site, or one written without a cache). */
export function markerBuildId(outDir: string): string | null {
  try {
    return /^build (\S+)$/m.exec(readFileSync(join(outDir, MARKER), 'utf8'))?.[1] ?? null;
  } catch {
    return null;
  }
}

/**
 * A new, empty staging folder beside `out` (refusing an `out` that newsdigest did not make),
 * after finishing or clearing what killed builds left there (see recoverOutput).
 */
export async function createStaging(out: string): Promise<string> {
  await assertOwnedOrEmpty(out);
  const parent = dirname(out);
  await mkdir(parent, { recursive: true });
  await recoverOutput(out);
  const staging = join(parent, `${STAGING_PREFIX}${basename(out)}-${process.pid}-${Date.now().toString(36)}`);
  await mkdir(staging, { recursive: true });
  return staging;
}

/** Replaces `out` with the complete site in `staging` (two renames), then removes the old site. */
export async function swapIn(staging: string, out: string): Promise<void> {
  if (!existsSync(out)) {
    await rename(staging, out);
    return;
  }
  const old = `${staging}-old`;
  await rename(out, old);
  await rename(staging, out);
  await rm(old, { recursive: true, force: true });
}

const STAGING_PREFIX = '.newsdigest-tmp-';
/** The list of an in-place update's moves and removals: once it exists, the update is committed. */
export const JOURNAL = '.newsdigest-journal.json';

/** The pid in a staging folder's name (".newsdigest-tmp-public-1234-…"), or NaN. */
function stagingPid(entry: string, prefix: string): number {
  return Number(entry.slice(prefix.length).split('-')[0]);
}

/**
 * Puts the output folder back in order after builds that were killed: a site swapped out but
 * not yet replaced is put back; an in-place update that was committed (its journal written) is
 * finished; any other staging folder of a process that is gone is removed.
 */
export async function recoverOutput(out: string): Promise<void> {
  const parent = dirname(out);
  if (!existsSync(parent)) return;
  const prefix = `${STAGING_PREFIX}${basename(out)}-`;
  // Staging folders of processes that are gone, and this process's own from an earlier build that failed.
  const abandoned = (await readdir(parent)).filter((entry) => {
    if (!entry.startsWith(prefix)) return false;
    const pid = stagingPid(entry, prefix);
    return pid === process.pid || !isAlive(pid);
  });
  // A build killed between the two renames of the swap left no `out`, and the old site as
  // "<staging>-old": put it back, so the site is the last complete one again.
  const old = abandoned.find((entry) => entry.endsWith('-old'));
  if (!existsSync(out) && old) await rename(join(parent, old), out);
  for (const entry of abandoned) {
    const staging = join(parent, entry);
    if (existsSync(out) && existsSync(join(staging, JOURNAL))) await applyJournal(staging, out);
    await rm(staging, { recursive: true, force: true });
  }
}

/**
 * Updates the site in `out` in place from a staging folder that holds the files that changed
 * (the marker among them): writes the journal (the commit point), moves each file in with one
 * rename (a reader sees the old file or the new one, never half of one), removes `removed`,
 * moves the marker last, and removes the staging folder. Killed before the journal exists, the
 * old site is untouched; after, the next build finishes the update first (recoverOutput).
 */
export async function commitInPlace(staging: string, out: string, moved: readonly string[], removed: readonly string[]): Promise<void> {
  const journal: Journal = { moved: [...moved.filter((path) => path !== MARKER), MARKER], removed: [...removed] };
  // Written under another name, then renamed: a journal is whole or absent.
  await writeFile(join(staging, `${JOURNAL}.tmp`), JSON.stringify(journal));
  await rename(join(staging, `${JOURNAL}.tmp`), join(staging, JOURNAL));
  await applyJournal(staging, out);
  await rm(staging, { recursive: true, force: true });
}

interface Journal {
  /** Files to move from the staging folder into the site, the marker last. */
  moved: string[];
  /** Files to delete from the site. */
  removed: string[];
}

async function applyJournal(staging: string, out: string): Promise<void> {
  const journal = JSON.parse(await readFile(join(staging, JOURNAL), 'utf8')) as Journal;
  const made = new Set<string>();
  const marker = journal.moved.at(-1) === MARKER;
  // Removals first, the marker last: a site whose marker names the new build is the whole new site.
  await removeFiles(out, journal.removed);
  for (const path of journal.moved) {
    const from = join(staging, path);
    // Moved already by a run of this journal that was killed.
    if (!existsSync(from)) continue;
    const target = join(out, path);
    const dir = dirname(target);
    if (!made.has(dir)) {
      await mkdir(dir, { recursive: true });
      made.add(dir);
    }
    await rename(from, target);
  }
  if (!marker) throw new Error(`The journal in ${staging} does not end with the marker`);
}

function isAlive(pid: number): boolean {
  if (!Number.isInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/**
 * Replaces single files in place (watch mode), each through a temporary file and a rename so a
 * reader never sees half a page. The files are written concurrently: a rebuild's latency is what
 * a writer waits for.
 */
export async function replaceFiles(root: string, files: Iterable<OutputFile>): Promise<number> {
  const list = [...files];
  const dirs = new Set(list.map((file) => dirname(join(root, file.path))));
  await Promise.all([...dirs].map((dir) => mkdir(dir, { recursive: true })));
  await Promise.all(
    list.map(async (file) => {
      const target = join(root, file.path);
      const temp = join(dirname(target), `.${basename(target)}.${process.pid}.tmp`);
      await writeFile(temp, file.content);
      await rename(temp, target);
    }),
  );
  return list.length;
}

/** Deletes files under `root` and the folders they leave empty (watch mode). */
export async function removeFiles(root: string, paths: Iterable<string>): Promise<number> {
  let count = 0;
  for (const path of paths) {
    const target = join(root, path);
    await rm(target, { force: true });
    count++;
    let dir = dirname(target);
    while (dir.startsWith(resolve(root) + sep)) {
      try {
        await rmdir(dir);
      } catch {
        break;
      }
      dir = dirname(dir);
    }
  }
  return count;
}
