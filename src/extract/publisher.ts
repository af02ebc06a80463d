/**
 * The publisher: frontmatter `publisher` wins; else the scraped trailer's name, with its country
 * from the tagline ("Actualité et Infos au Maroc et dans le monde" → MA); else the publisher the
 * page furniture names (a site's blurb, a byline's or dateline's agency, a section label:
 * furniture.ts) when the input is a scraped page. A news agency the text merely quotes ("told AFP")
 * is never the publisher. A site's name ("Example.sn") gives its country by its domain.
 */
import world from 'world-countries';
import domains from '../data/domains.json' with { type: 'json' };
import type { ArticleMeta } from '../read/meta.ts';
import type { Trailer } from '../read/trailer.ts';
import type { Publisher, SourceFormat } from '../record/types.ts';
import { type FurniturePublisher, isPageMachinery } from './furniture.ts';
import { findPlaces } from './gazetteer.ts';
import { lexicon } from './lexicon/index.ts';
import { tokenize } from './tokens.ts';

export interface PublisherOptions {
  /** Codes of the countries found in the body, to read an ambiguous tagline place ("Georgia"). Default: none. */
  articleCountries?: readonly string[];
  /** The publisher named by the page furniture. Default: none. */
  furniture?: FurniturePublisher | null;
  /** The input's format. Default: 'text'. */
  format?: SourceFormat;
}

export function extractPublisher(meta: ArticleMeta, trailer: Trailer | null, lang: string, options: PublisherOptions = {}): Publisher | null {
  // The trailer's publisher is read only when the record needs it: analysing its line costs as
  // much as a sentence of the body.
  const fromTrailer = (): Publisher | null => {
    // A tagline's shape ("Name - rest") fits a page's last buttons too (« Écouter - Lire plus tard »).
    const buttons = trailer !== null && (trailer.kind ?? 'tagline') === 'tagline' && isPageMachinery(trailer.text, lang, lexicon(lang));
    if (!trailer?.name || buttons) return null;
    // « Istmo Portuario - istmoportuario.com.pa »: a tagline that is the site's domain gives its country.
    const domain = trailer.kind === 'site' ? trailer.name : DOMAIN.test(trailer.tagline ?? '') ? (trailer.tagline as string) : null;
    const country = (domain ? domainCountry(domain) : null) ?? taglineCountry(trailer, lang, options.articleCountries ?? []);
    return { name: trailer.name, country, url: null };
  };
  if (meta.publisher) {
    // A declared publisher takes the trailer's country only when it has none and the names agree.
    const country = meta.publisher.country ?? (trailer?.name === meta.publisher.name ? (fromTrailer()?.country ?? null) : null);
    return { name: meta.publisher.name, country, url: meta.publisher.url };
  }
  const found = fromTrailer();
  if (found) return found;
  // A Markdown article is the site's own copy: a wire's dateline or byline in it credits where the
  // story came from, and its publisher, when it is someone else, is declared in the frontmatter.
  // The furniture of a scraped page names whose page it was.
  if ((options.format ?? 'text') === 'markdown') return null;
  if (!options.furniture) return null;
  const name = options.furniture.name;
  return { name, country: domainCountry(name) ?? placeCountry(name, lang, options.articleCountries ?? []), url: null };
}

/** A web site's domain written alone ("example.com.pa"). */
const DOMAIN = /^[\p{L}\d-]+(?:\.[\p{L}\d-]+)+$/u;

function taglineCountry(trailer: Trailer, lang: string, articleCountries: readonly string[]): string | null {
  if ((trailer.kind ?? 'tagline') !== 'tagline') return null;
  return placeCountry(`${trailer.tagline} ${trailer.name}`, lang, articleCountries);
}

/** The country of the first place named in `text` (a publisher's tagline or name: « Kinshasa Matin » → CD) that belongs to one country. */
function placeCountry(text: string, lang: string, articleCountries: readonly string[]): string | null {
  const tokens = tokenize(text, lexicon(lang).tokenizeOptions);
  const place = findPlaces(tokens, lang).find((p) => p.codes.length === 1 && p.kind !== 'blocker');
  // "News from Georgia" in a paper about the United States is the US state.
  if (place?.alt && articleCountries.includes(place.alt)) return place.alt;
  return place?.code ?? null;
}

// Country codes by top-level domain ("sn" → SN), from world-countries: where several countries
// share one (.fr for France and Saint Martin), the country whose code it spells.
const COUNTRY_OF_DOMAIN = new Map<string, string>();
for (const country of world as unknown as Array<{ cca2: string; tld?: string[] }>) {
  for (const tld of country.tld ?? []) {
    const label = tld.replace(/^\./u, '');
    if (!COUNTRY_OF_DOMAIN.has(label) || label === country.cca2.toLowerCase()) COUNTRY_OF_DOMAIN.set(label, country.cca2);
  }
}
const GENERIC_DOMAINS: ReadonlySet<string> = new Set(domains.genericCountryDomains);
const CATEGORY_LABELS: ReadonlySet<string> = new Set(domains.categoryLabels);

/**
 * The country a site's name gives by its country-code domain: "Example.sn" → SN,
 * "example.co.uk" → GB; none for a generic domain (.com) or a ccTLD sold to anyone (.io, .tv),
 * unless its registry's category label stands before it ("example.com.co" → CO).
 */
export function domainCountry(site: string): string | null {
  const labels = site.toLowerCase().replace(/\/.*$/u, '').split('.');
  const last = labels.at(-1) ?? '';
  const country = COUNTRY_OF_DOMAIN.get(last);
  if (!country || labels.length < 2) return null;
  if (GENERIC_DOMAINS.has(last) && !(labels.length >= 3 && CATEGORY_LABELS.has(labels.at(-2) ?? ''))) return null;
  return country;
}
