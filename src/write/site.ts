import { existsSync } from 'node:fs';
import { cp, mkdir, readdir, rename, rm, rmdir, writeFile } from 'node:fs/promises';
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
  await assertOwnedOrEmpty(out);
  const parent = dirname(out);
  await mkdir(parent, { recursive: true });
  await restoreInterruptedSwap(parent, out);
  await removeAbandonedStaging(parent, basename(out));
  const staging = join(parent, `.newsdigest-tmp-${basename(out)}-${process.pid}-${Date.now().toString(36)}`);
  await mkdir(staging, { recursive: true });
  try {
    const count = await writeFiles(staging, files);
    for (const dir of options.assetsDirs ?? []) if (existsSync(dir)) await cp(dir, join(staging, 'assets'), { recursive: true });
    await writeFile(join(staging, MARKER), 'This folder is written by newsdigest and replaced whole on every build.\n');
    await swap(staging, out);
    return count;
  } catch (error) {
    await rm(staging, { recursive: true, force: true });
    throw error;
  }
}

async function swap(staging: string, out: string): Promise<void> {
  if (!existsSync(out)) {
    await rename(staging, out);
    return;
  }
  const old = `${staging}-old`;
  await rename(out, old);
  await rename(staging, out);
  await rm(old, { recursive: true, force: true });
}

/** The pid in a staging folder's name (".newsdigest-tmp-public-1234-…"), or NaN. */
function stagingPid(entry: string, prefix: string): number {
  return Number(entry.slice(prefix.length).split('-')[0]);
}

// A build killed between the two renames of the swap left no `out`, and the old site as
// "<staging>-old": put it back, so the site is the last complete one again.
async function restoreInterruptedSwap(parent: string, out: string): Promise<void> {
  if (existsSync(out)) return;
  const prefix = `.newsdigest-tmp-${basename(out)}-`;
  const old = (await readdir(parent)).find((entry) => entry.startsWith(prefix) && entry.endsWith('-old') && !isAlive(stagingPid(entry, prefix)));
  if (old) await rename(join(parent, old), out);
}

// A killed build leaves its staging folder behind; remove those whose process is gone.
async function removeAbandonedStaging(parent: string, name: string): Promise<void> {
  const prefix = `.newsdigest-tmp-${name}-`;
  for (const entry of await readdir(parent)) {
    if (!entry.startsWith(prefix)) continue;
    const pid = stagingPid(entry, prefix);
    if (pid !== process.pid && isAlive(pid)) continue;
    await rm(join(parent, entry), { recursive: true, force: true });
  }
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
