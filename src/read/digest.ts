import { createHash } from 'node:crypto';

/** Hash of a file's bytes: the cache key for every stage after reading. */
export function contentDigest(bytes: Uint8Array): string {
  return createHash('sha1').update(bytes).digest('hex');
}
