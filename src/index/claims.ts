/** Four words at least, in text without spaces at either end. */
const FOUR_WORDS = /^\S+\s+\S+\s+\S+\s+\S/;

/**
 * Whether an attribution's claim reads as what the source said. When extraction gets a claim's
 * bounds wrong it shows as a fragment ("'s crowd was the largest…", "in a statement") or as the
 * whole sentence with the speaker in it; pages leave those out (the JSON records keep them).
 */
export function isCleanClaim(claim: string, source: string): boolean {
  const text = claim.trim();
  // Fewer than four words: fewer than three runs of spaces inside the trimmed text (no array of its words).
  if (!FOUR_WORDS.test(text)) return false;
  if (!/^[\p{Lu}\p{Ll}\p{N}«“"‘]/u.test(text) || /^['’]s\b/.test(text)) return false;
  return !(source.length > 3 && text.toLowerCase().includes(source.toLowerCase()));
}
