// The site names a country with src/data/country-names.ts (country pages, chips, the actor page),
// while extraction names it in the record (`countries[].name`) with the gazetteer. Both read
// world-countries; this pins that they agree for every country in both site languages, so a
// country page and the record of an article in the site's language never name a country apart.
import countries from 'i18n-iso-countries';
import { describe, expect, it } from 'vitest';
import { countryName as siteName } from '../data/country-names.ts';
import { countryName as recordName } from '../extract/gazetteer.ts';

describe('country names', () => {
  it.each(['en', 'fr', 'es'])('are the same on the site and in records, for every country, in %s', (language) => {
    const codes = Object.keys(countries.getAlpha2Codes());
    expect(codes.length).toBeGreaterThan(240);
    const differ = codes.filter((code) => siteName(code, language) !== recordName(code, language)).map((code) => `${code}: ${siteName(code, language)} ≠ ${recordName(code, language)}`);
    expect(differ).toEqual([]);
  });
});
