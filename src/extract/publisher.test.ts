import { describe, expect, it } from 'vitest';
import { findTrailer } from '../read/trailer.ts';
import { domainCountry } from './publisher.ts';
import { extract } from './testing.ts';

describe('publisher: a site’s country from its domain', () => {
  it('reads a country-code domain as its country, one shared by two countries as the one it spells', () => {
    expect(domainCountry('Nouvelles-du-Fleuve.sn')).toBe('SN');
    expect(domainCountry('www.lavoixdulac.ch')).toBe('CH');
    expect(domainCountry('LaGazetteDuPort.fr')).toBe('FR');
    expect(domainCountry('harbourweekly.co.uk')).toBe('GB');
  });
  it('reads no country from a generic domain, nor from a country domain sold to anyone', () => {
    expect(domainCountry('dailyharbour.com')).toBeNull();
    expect(domainCountry('newsroom.io')).toBeNull();
    expect(domainCountry('radiocentral.fm')).toBeNull();
    expect(domainCountry('noticiasdelvalle.co')).toBeNull();
  });
  it('reads a country domain sold to anyone as its country under its registry’s category label', () => {
    expect(domainCountry('noticiasdelvalle.com.co')).toBe('CO');
    expect(domainCountry('diariodelsur.com.mx')).toBe('MX');
  });
  it('reads no country from a name that is no domain', () => {
    expect(domainCountry('The Harbour Daily')).toBeNull();
    expect(domainCountry('AFP')).toBeNull();
  });

  it('gives a scraped page’s site trailer its country, and leaves it out of the story’s countries', () => {
    const lines = ['Les pêcheurs de la Petite-Côte ont repris la mer lundi après deux semaines de tempête, a indiqué leur syndicat.', '', 'Echos-de-la-Cote.sn'];
    const trailer = findTrailer(lines, 1);
    expect(trailer?.kind).toBe('site');
    const record = extract(lines[0] as string, { lang: 'fr' }, trailer);
    expect(record.publisher).toEqual({ name: 'Echos-de-la-Cote.sn', country: 'SN', url: null });
    expect(record.countries.map((c) => c.code)).not.toContain('SN');
  });
  it('gives a tagline that is the site’s domain its country: « Istmo Portuario - istmoportuario.com.pa »', () => {
    const lines = ['El puerto quedó paralizado el lunes por una huelga de estibadores, informó el sindicato.', '', 'Istmo Portuario - istmoportuario.com.pa'];
    expect(extract(lines[0] as string, { lang: 'es' }, findTrailer(lines, 1)).publisher).toEqual({ name: 'Istmo Portuario', country: 'PA', url: null });
  });
  it('gives a site under a generic domain no country', () => {
    const lines = ['Fishermen returned to sea on Monday after two weeks of storms, their union said.', '', 'coastwatchnews.com'];
    expect(extract(lines[0] as string, { lang: 'en' }, findTrailer(lines, 1)).publisher).toEqual({ name: 'coastwatchnews.com', country: null, url: null });
  });
});
