/**
 * Puts one new output file in a staging folder, unless it is the file already there: an
 * update in place skips a file whose bytes hash as the last build's did; a whole new site
 * hard-links a file equal to the one it replaces. Either way an unchanged file keeps its inode
 * and date, so rsync and other deploy tools see nothing to send.
 */
import { createHash } from 'node:crypto';
import { linkSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

export interface Placement {
  /** Where new files go. */
  staging: string;
  /** The site being replaced whole, when there is one: equal files are linked from it. */
  previousSite: string | null;
  /** Folders already made in `staging` (each is made once). */
  made: Set<string>;
}

export interface Placed {
  /** sha1 of the file's bytes. */
  hash: string;
  /** written: new bytes in staging; linked: the previous site's file linked into staging; same: equal to the file in place, nothing written. */
  action: 'written' | 'linked' | 'same';
}

export function contentHash(content: string | Uint8Array): string {
  return createHash('sha1').update(content).digest('hex');
}

/** `previous`: the hash of the file in place, when the site is updated in place. */
export function placeFile(placement: Placement, path: string, content: string | Uint8Array, previous?: string): Placed {
  // Encoded once: hashing and writing a string would each encode it to UTF-8.
  const bytes = typeof content === 'string' ? Buffer.from(content) : content;
  const hash = contentHash(bytes);
  if (previous === hash) return { hash, action: 'same' };
  const target = join(placement.staging, path);
  const dir = dirname(target);
  if (!placement.made.has(dir)) {
    mkdirSync(dir, { recursive: true });
    placement.made.add(dir);
  }
  if (placement.previousSite) {
    const old = join(placement.previousSite, path);
    if (sameFile(old, hash)) {
      try {
        linkSync(old, target);
        return { hash, action: 'linked' };
      } catch {
        // A file system without hard links: write the bytes instead.
      }
    }
  }
  writeFileSync(target, bytes);
  return { hash, action: 'written' };
}

function sameFile(path: string, hash: string): boolean {
  try {
    return contentHash(readFileSync(path)) === hash;
  } catch {
    return false;
  }
}
