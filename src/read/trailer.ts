/**
 * Scraped pages often end with the publisher's mark, which is not article text: it is removed
 * from the body and names the publisher. Shapes, told apart by their form alone (no words of any
 * language), on the last non-empty line:
 *   tagline  "L’Opinion Maroc – Actualité et Infos au Maroc et dans le monde.Read More"
 *   site     a web site's name alone: "Example.fr", "www.newsroom24.com"
 *   agency   an agency's tag alone: "AFP", "— Reuters", "(AP)"; or closing the last paragraph
 *            after its final sentence: "… a-t-il ajouté. (ats/nxp)", "… he said. — Reuters"
 */
export interface Trailer {
  /** What was removed, as written. */
  text: string;
  /** The publisher's name: the part before the dash ("L’Opinion Maroc"), the site ("Example.fr"), the agency ("ats" of "(ats/nxp)"). */
  name: string;
  /** The rest ("Actualité et Infos au Maroc et dans le monde"): may name the publisher's country; empty for a site or an agency tag. */
  tagline: string;
  /** Its shape. Default (absent): tagline. */
  kind?: 'tagline' | 'site' | 'agency';
  /** 1-based line in the file. */
  line: number;
  /** 1-based column where it starts on that line: more than 1 for a tag closing the last paragraph. Default (absent): 1, the whole line. */
  column?: number;
}

const READ_MORE = /(?:^|[\s.…|–—-])(?:read more|read the full story|continue reading|lire la suite|lire plus|en savoir plus|leer más|seguir leyendo|sigue leyendo)\s*(?:[.…»›>]+)?\s*$/iu;
const SEPARATOR = /\s+[–—|]\s+|\s+-\s+/u;
// "Example.fr", "www.newsroom24.com": no spaces, a dot, letters after the last dot.
const SITE = /^(?:https?:\/\/)?(?:www\.)?[\p{L}\d][\p{L}\d-]*(?:\.[\p{L}\d-]+)*\.\p{L}{2,12}\/?$/u;
// "AFP", "ANSA": an agency's acronym alone on the line.
const ACRONYM = /^\p{Lu}{2,8}$/u;
// "— Reuters", "(AP)", "- Associated Press": a name of one to three capitalised words set off by a dash or brackets.
const SET_OFF = /^(?:[–—-]+\s*(\p{Lu}[\p{L}&.]*(?:\s\p{Lu}[\p{L}&.]*){0,2})|\((\p{Lu}[\p{L}&.]*(?:\s\p{Lu}[\p{L}&.]*){0,2})\))$/u;
// After the last sentence of the text: "(ats/nxp)", "(ANSA)", "— Reuters".
const CLOSING_TAG = /(?<=[.!?…»”"])\s+(?:\((\p{L}{2,10})(?:\s*\/\s*\p{L}{1,10}){0,3}\)|[–—-]+\s*(\p{Lu}[\p{L}&.]*(?:\s\p{Lu}[\p{L}&.]*){0,2}))\s*$/u;

/**
 * Finds the trailer among `lines` (the body, LF-split): the last non-empty line when it has one
 * of the shapes above, or an agency tag at its end. `firstLine` is the file line of `lines[0]`.
 */
export function findTrailer(lines: readonly string[], firstLine: number): Trailer | null {
  let index = lines.length - 1;
  while (index >= 0 && (lines[index] ?? '').trim() === '') index--;
  if (index <= 0) return null;
  const written = lines[index] ?? '';
  const raw = written.trim();
  const line = firstLine + index;
  const indent = written.length - written.trimStart().length;
  if (raw.length > 220) return closingTag(written, line);
  const whole = (kind: Trailer['kind'], name: string, tagline = ''): Trailer => ({ text: raw, name, tagline, kind, line, column: indent + 1 });
  if (SITE.test(raw)) return whole('site', raw.replace(/^https?:\/\//u, '').replace(/\/$/u, ''));
  if (ACRONYM.test(raw)) return whole('agency', raw);
  const setOff = SET_OFF.exec(raw);
  if (setOff) return whole('agency', setOff[1] ?? setOff[2] ?? raw);
  const tagline = taglineOf(raw);
  if (tagline) return whole('tagline', tagline.name, tagline.tagline);
  return closingTag(written, line);
}

/** "Name – tagline", with or without a read-more marker. */
function taglineOf(raw: string): { name: string; tagline: string } | null {
  const marker = READ_MORE.exec(raw);
  const withoutMarker = marker ? raw.slice(0, marker.index).replace(/[\s.…|–—-]+$/u, '') : raw;
  const parts = withoutMarker.split(SEPARATOR);
  const name = (parts[0] ?? '').trim();
  const tagline = parts
    .slice(1)
    .join(' – ')
    .trim()
    .replace(/[.…]+$/u, '');
  if (!marker) {
    // Without a marker, only the "Name – tagline" shape counts, and only when the line does not
    // end like a sentence of the article (a quote, a period after a clause).
    if (parts.length < 2 || /[»”"]\s*$/.test(raw) || name.split(/\s+/).length > 6) return null;
    // A publisher's name is capitalised word by word ("The Daily Planet", "Le Journal de Dakar");
    // a sentence's subject ("The minister") is not.
    if (!name.split(/\s+/).every((word) => word.length <= 3 || /^\p{Lu}|^\p{N}/u.test(word.replace(/^l[’']/iu, '')))) return null;
  }
  if (!name || name.split(/\s+/).length > 8) return null;
  return { name, tagline };
}

/** An agency tag closing the last paragraph: "… meurtrières. (ats/nxp)". */
function closingTag(written: string, line: number): Trailer | null {
  const tag = CLOSING_TAG.exec(written);
  if (!tag) return null;
  const start = tag.index + (tag[0].length - tag[0].trimStart().length);
  return { text: written.slice(start).trim(), name: tag[1] ?? tag[2] ?? '', tagline: '', kind: 'agency', line, column: start + 1 };
}
