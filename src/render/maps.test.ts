import { describe, expect, it } from 'vitest';
import { locatorMapSvg, worldMapSvg } from './maps.ts';

const options = { href: (code: string) => `/countries/${code.toLowerCase()}/`, title: 'World map', describe: (c: { label: string; count: number }) => `${c.label} (${c.count})` };

describe('worldMapSvg', () => {
  const svg = worldMapSvg(
    [
      { code: 'fr', label: 'France', count: 9 },
      { code: 'KE', label: 'Kenya', count: 1 },
      { code: 'SG', label: 'Singapore', count: 2 },
    ],
    options,
  );

  it('links each covered country to its page, named, and shaded by coverage', () => {
    expect(svg).toMatch(/^<svg class="map world-map" viewBox="0 0 960 \d+" role="group" aria-label="World map">/);
    expect(svg).toMatch(/<a href="\/countries\/fr\/" class="c4"><title>France \(9\)<\/title><path d="M[^"]+"\/><\/a>/);
    expect(svg).toMatch(/<a href="\/countries\/ke\/" class="c[12]"><title>Kenya \(1\)<\/title><path /);
    // Too small for 1:110m outlines: a dot at its centre.
    expect(svg).toMatch(/<a href="\/countries\/sg\/" class="c\d"><title>Singapore \(2\)<\/title><circle /);
    expect(svg.match(/<a /g)).toHaveLength(3);
  });

  it('escapes the names it is given', () => {
    expect(worldMapSvg([{ code: 'FR', label: '<script>"x"', count: 1 }], options)).toContain('<title>&lt;script&gt;&quot;x&quot; (1)</title>');
  });
});

describe('locatorMapSvg', () => {
  it('draws a window on the country with its neighbours, the country filled', () => {
    const svg = locatorMapSvg('CL', 'Where it is: Chile') ?? '';
    expect(svg).toMatch(/^<svg class="map locator-map" viewBox="[\d.]+ [\d.]+ [\d.]+ [\d.]+" role="img" aria-label="Where it is: Chile">/);
    expect(svg).toContain('<path class="here" d="M');
    // Much smaller than the world map: only the countries in view.
    expect(svg.length).toBeLessThan(worldMapSvg([], options).length / 2);
  });

  it('rings a country too small to see, and knows no map for an unknown code', () => {
    expect(locatorMapSvg('SG', 'Singapore')).toContain('<circle class="ring"');
    expect(locatorMapSvg('ZZ', 'Nowhere')).toBeNull();
  });
});
