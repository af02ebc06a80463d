/**
 * The publisher: frontmatter `publisher` wins; else the scraped trailer's name, with its country
 * from the tagline ("Actualité et Infos au Maroc et dans le monde" → MA).
 */
import type { ArticleMeta } from '../read/meta.ts';
import type { Trailer } from '../read/trailer.ts';
import type { Publisher } from '../record/types.ts';
import { findPlaces } from './gazetteer.ts';
import { lexicon } from './lexicon/index.ts';
import { tokenize } from './tokens.ts';

/** `articleCountries`: codes found in the body, to read an ambiguous tagline place ("Georgia"). */
export function extractPublisher(meta: ArticleMeta, trailer: Trailer | null, lang: string, articleCountries: readonly string[] = []): Publisher | null {
  const fromTrailer = trailer ? { name: trailer.name, country: taglineCountry(trailer, lang, articleCountries), url: null } : null;
  if (meta.publisher) {
    const sameName = fromTrailer && fromTrailer.name === meta.publisher.name;
    return { name: meta.publisher.name, country: meta.publisher.country ?? (sameName ? fromTrailer.country : null), url: meta.publisher.url };
  }
  return fromTrailer && fromTrailer.name ? fromTrailer : null;
}

function taglineCountry(trailer: Trailer, lang: string, articleCountries: readonly string[]): string | null {
  const text = `${trailer.tagline} ${trailer.name}`;
  const tokens = tokenize(text, lexicon(lang).tokenizeOptions);
  const place = findPlaces(tokens, lang).find((p) => p.codes.length === 1 && p.kind !== 'blocker');
  // "News from Georgia" in a paper about the United States is the US state.
  if (place?.alt && articleCountries.includes(place.alt)) return place.alt;
  return place?.code ?? null;
}
