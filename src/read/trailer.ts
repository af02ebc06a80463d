/**
 * Scraped pages often end with the publisher's tagline and a "Read More" link glued on:
 * "L’Opinion Maroc – Actualité et Infos au Maroc et dans le monde.Read More". That line is not
 * article text: it is removed from the body and names the publisher.
 */
export interface Trailer {
  /** The whole line as written. */
  text: string;
  /** The publisher's name: the part before the dash ("L’Opinion Maroc"). */
  name: string;
  /** The rest ("Actualité et Infos au Maroc et dans le monde"): may name the publisher's country. */
  tagline: string;
  /** 1-based line in the file. */
  line: number;
}

const READ_MORE = /(?:^|[\s.…|–—-])(?:read more|read the full story|continue reading|lire la suite|lire plus|en savoir plus)\s*(?:[.…»›>]+)?\s*$/iu;
const SEPARATOR = /\s+[–—|]\s+|\s+-\s+/u;

/**
 * Finds the trailer among `lines` (the body, LF-split): the last non-empty line, when it is
 * short and either ends with a read-more marker or has the "Name – tagline" shape without
 * reading like a sentence.
 */
export function findTrailer(lines: readonly string[], firstLine: number): Trailer | null {
  let index = lines.length - 1;
  while (index >= 0 && (lines[index] ?? '').trim() === '') index--;
  if (index <= 0) return null;
  const raw = (lines[index] ?? '').trim();
  if (raw.length > 220) return null;
  const marker = READ_MORE.exec(raw);
  const withoutMarker = marker ? raw.slice(0, marker.index).replace(/[\s.…|–—-]+$/u, '') : raw;
  const parts = withoutMarker.split(SEPARATOR);
  const name = (parts[0] ?? '').trim();
  const tagline = parts.slice(1).join(' – ').trim().replace(/[.…]+$/u, '');
  if (!marker) {
    // Without a marker, only the "Name – tagline" shape counts, and only when the line does not
    // end like a sentence of the article (a quote, a period after a clause).
    if (parts.length < 2 || /[»”"]\s*$/.test(raw) || name.split(/\s+/).length > 6) return null;
    // A publisher's name is capitalised word by word ("The Daily Planet", "Le Journal de Dakar");
    // a sentence's subject ("The minister") is not.
    if (!name.split(/\s+/).every((word) => word.length <= 3 || /^\p{Lu}|^\p{N}/u.test(word.replace(/^l[’']/iu, '')))) return null;
  }
  if (!name || name.split(/\s+/).length > 8) return null;
  return { text: raw, name, tagline, line: firstLine + index };
}
