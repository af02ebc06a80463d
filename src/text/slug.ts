/**
 * The one slug function: every id that becomes a URL path segment (article ids from file names
 * and frontmatter, actor ids from names) comes from here, so the same text always gives the same
 * id, whichever stage asks.
 *
 * Text in any script becomes lower-case ASCII letters, digits and single hyphens:
 * - Latin letters lose their accents ("Choïgou" → choigou); letters that are not an accented
 *   base letter get their usual spelling (ß → ss, Æ → ae, Œ → oe, Ø → o, Ł → l, Đ → d, Þ → th);
 * - other scripts are transliterated by any-ascii (ISC; chosen over `transliteration` for its
 *   size, 0.6 MB against 3.5 MB, its speed, about 4× here, and its wider coverage): Cyrillic,
 *   Greek, Arabic, Hebrew, Devanagari, Ethiopic, …; Chinese characters become toneless pinyin
 *   syllables, one per character ("习近平" → xi-jin-ping), and Japanese kanji get the same
 *   Mandarin readings, which is stable but not how a Japanese reader says them; Hangul is
 *   romanised by syllable; an emoji becomes its short name ("🎉" → tada);
 * - text nothing transliterates (private-use characters, lone marks) gets a hash-based slug,
 *   "x-" and ten hex digits of its SHA-1, so two such texts never share an id;
 * - a result that a file system reserves (CON, NUL, COM1, LPT1, … on Windows) gets "-x" added.
 * The result is never empty, never "." or "..", and is one path segment.
 */
import { createHash } from 'node:crypto';
import anyAscii from 'any-ascii';

/** What every slug matches. */
export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Device names Windows refuses as file or folder names, whatever the case. */
const RESERVED = /^(?:con|prn|aux|nul|com[0-9]|lpt[0-9])$/;

// Letters NFKD does not split into a base letter and a mark, spelled as their languages do.
const LETTERS: Record<string, string> = { ß: 'ss', ẞ: 'ss', æ: 'ae', Æ: 'ae', œ: 'oe', Œ: 'oe', ø: 'o', Ø: 'o', ł: 'l', Ł: 'l', đ: 'd', Đ: 'd', ð: 'd', Ð: 'd', þ: 'th', Þ: 'th', ı: 'i' };
const LETTER_PATTERN = new RegExp(`[${Object.keys(LETTERS).join('')}]`, 'g');
// Scripts written without spaces between words: each character is one syllable, kept apart.
const SYLLABIC = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/gu;
// Accents of Latin, Greek and Cyrillic letters once NFKD has split them off. Other scripts' marks
// (Devanagari vowel signs, Hangul jamo) are part of the letter and are recomposed by NFC.
const DIACRITICS = /[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]/g;

export interface SlugOptions {
  /** Longest slug, in characters (cut at a hyphen-free end); at least 16. Default: 80. */
  maxLength?: number;
}

/** `text` as a URL path segment: see the module comment. Pure and stable. */
export function slugify(text: string, options: SlugOptions = {}): string {
  const maxLength = Math.max(16, options.maxLength ?? 80);
  const ascii = text
    .replace(LETTER_PATTERN, (letter) => LETTERS[letter] ?? letter)
    .normalize('NFKD')
    .replace(DIACRITICS, '')
    .normalize('NFC')
    .replace(SYLLABIC, (syllable) => ` ${anyAscii(syllable)} `)
    // biome-ignore lint/suspicious/noControlCharactersInRegex: the range is "not ASCII", control characters included.
    .replace(/[^\u0000-\u007f]+/g, (rest) => anyAscii(rest));
  let slug = ascii
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, maxLength)
    .replace(/-+$/, '');
  if (slug === '') slug = `x-${createHash('sha1').update(text).digest('hex').slice(0, 10)}`;
  return RESERVED.test(slug) ? `${slug}-x` : slug;
}

/** Whether `value` is already a slug this module could give: safe as one path segment as it is. */
export function isSafeSlug(value: string, maxLength = 120): boolean {
  return value.length <= maxLength && SLUG_PATTERN.test(value) && !RESERVED.test(value);
}
