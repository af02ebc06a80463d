/** Display names of countries in the site's language, from world-countries (ODbL-1.0, credited in the site footer). */
import worldCountriesModule, { type Country } from 'world-countries';

// The package is CommonJS with an `export default` typing: Node hands ESM the array itself.
const worldCountries = worldCountriesModule as unknown as Country[];

// world-countries keys translations by ISO 639-3.
const TRANSLATION_KEYS: Record<string, string> = { fr: 'fra', de: 'deu', es: 'spa', it: 'ita', pt: 'por', nl: 'nld' };

const byCode = new Map(worldCountries.map((country) => [country.cca2, country]));

/** The country's common name in `language` (ISO 639-1), falling back to English, then the code. */
export function countryName(code: string, language: string): string {
  const country = byCode.get(code.toUpperCase());
  if (!country) return code.toUpperCase();
  const key = TRANSLATION_KEYS[language];
  const translated = key ? country.translations[key]?.common : undefined;
  return translated ?? country.name.common;
}
