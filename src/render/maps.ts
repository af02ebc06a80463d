/**
 * Maps as inline SVG, made at build time from Natural Earth's 1:110m countries (world-atlas),
 * topojson-client and d3-geo: no client library, no request. The projected outlines are computed
 * once per process and shared by the world map and every locator map; a locator map is a window
 * (viewBox) on the same outlines with only the countries it shows.
 */
import { type GeoPermissibleObjects, geoEqualEarth, geoPath } from 'd3-geo';
import countries from 'i18n-iso-countries';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import atlas from 'world-atlas/countries-110m.json' with { type: 'json' };
import world from 'world-countries';
import { escapeXml } from './escape.ts';

/** Map width in SVG units; the height follows from the projection. */
const WIDTH = 960;

interface Outline {
  /** ISO 3166-1 alpha-2. */
  code: string;
  /** SVG path data. */
  d: string;
  bounds: [[number, number], [number, number]];
}

interface Geometry {
  height: number;
  outlines: Outline[];
  byCode: Map<string, Outline>;
  /** Projected point of each country's centre (world-countries' latlng), for those too small to see. */
  centres: Map<string, [number, number]>;
}

let geometry: Geometry | null = null;

/** The projected outlines, computed on first use (about 40 ms) and kept for the process. */
function outlines(): Geometry {
  if (geometry) return geometry;
  const topology = atlas as unknown as Topology<{ countries: GeometryCollection }>;
  const collection = feature(topology, topology.objects.countries);
  const sphere: GeoPermissibleObjects = { type: 'Sphere' };
  const projection = geoEqualEarth().fitWidth(WIDTH, sphere);
  const path = geoPath(projection).digits(1);
  const height = Math.ceil(path.bounds(sphere)[1][1]);
  const list: Outline[] = [];
  for (const shape of collection.features) {
    const code = shape.id === undefined ? undefined : countries.numericToAlpha2(String(shape.id));
    const d = path(shape);
    if (!code || !d) continue;
    list.push({ code, d, bounds: path.bounds(shape) });
  }
  const centres = new Map<string, [number, number]>();
  for (const country of world as unknown as { cca2: string; latlng: [number, number] }[]) {
    const point = projection([country.latlng[1], country.latlng[0]]);
    if (point) centres.set(country.cca2, [round(point[0]), round(point[1])]);
  }
  geometry = { height, outlines: list, byCode: new Map(list.map((o) => [o.code, o])), centres };
  return geometry;
}

export interface CoveredCountry {
  /** ISO alpha-2, any case. */
  code: string;
  /** Name in the site's language: the link's accessible text. */
  label: string;
  /** Articles naming the country. */
  count: number;
}

export interface WorldMapOptions {
  /** The country page of a code. */
  href: (code: string) => string;
  /** Accessible name of the map. */
  title: string;
  /** "France: 3 articles": the tooltip and link text of a country. */
  describe: (country: CoveredCountry) => string;
}

/**
 * The world, each country with articles a link shaded by how many (four steps on a log scale);
 * countries too small for the 1:110m outlines get a dot.
 */
export function worldMapSvg(covered: readonly CoveredCountry[], options: WorldMapOptions): string {
  const { height, outlines: all, byCode, centres } = outlines();
  const byUpper = new Map(covered.map((c) => [c.code.toUpperCase(), c]));
  const max = Math.max(1, ...covered.map((c) => c.count));
  const level = (count: number): number => Math.max(1, Math.ceil((4 * Math.log1p(count)) / Math.log1p(max)));
  // Countries without articles are one path: 170 elements fewer for the same picture.
  const land = all
    .filter((o) => !byUpper.has(o.code))
    .map((o) => o.d)
    .join('');
  const links = covered
    .map((country) => {
      const code = country.code.toUpperCase();
      const outline = byCode.get(code);
      const centre = centres.get(code);
      const text = escapeXml(options.describe(country));
      const shape = outline && !isTiny(outline) ? `<path d="${outline.d}"/>` : centre ? `<circle cx="${centre[0]}" cy="${centre[1]}" r="5"/>` : '';
      if (!shape) return '';
      return `<a href="${escapeXml(options.href(code))}" class="c${level(country.count)}"><title>${text}</title>${shape}</a>`;
    })
    .join('');
  return `<svg class="map world-map" viewBox="0 0 ${WIDTH} ${height}" role="group" aria-label="${escapeXml(options.title)}"><path class="land" d="${land}"/>${links}</svg>`;
}

/**
 * Where a country is: a window on its region, the country filled, its neighbours in outline, a
 * ring around it when it is small. `null` for a code the map does not know.
 */
export function locatorMapSvg(code: string, title: string): string | null {
  const { height, outlines: all, byCode, centres } = outlines();
  const upper = code.toUpperCase();
  const outline = byCode.get(upper);
  const centre = centres.get(upper);
  if (!outline && !centre) return null;
  // A window three times the country's size (at least a region's), clamped to the world; a
  // country spread across the map (Russia, the United States with the Aleutians) is centred
  // on its main point instead.
  const [[x0, y0], [x1, y1]] =
    outline && outline.bounds[1][0] - outline.bounds[0][0] < WIDTH / 2
      ? outline.bounds
      : centre
        ? [centre, centre]
        : [
            [0, 0],
            [WIDTH, height],
          ];
  const w = Math.min(WIDTH, Math.max(160, (x1 - x0) * 3));
  const h = Math.min(height, Math.max(100, (y1 - y0) * 3, w * 0.6));
  const vx = clamp((x0 + x1) / 2 - w / 2, 0, WIDTH - w);
  const vy = clamp((y0 + y1) / 2 - h / 2, 0, height - h);
  const visible = all.filter((o) => o.code !== upper && o.bounds[1][0] >= vx && o.bounds[0][0] <= vx + w && o.bounds[1][1] >= vy && o.bounds[0][1] <= vy + h);
  const ring = (!outline || isTiny(outline)) && centre ? `<circle class="ring" cx="${centre[0]}" cy="${centre[1]}" r="${round(Math.max(w, h) / 30)}"/>` : '';
  return `<svg class="map locator-map" viewBox="${round(vx)} ${round(vy)} ${round(w)} ${round(h)}" role="img" aria-label="${escapeXml(title)}"><path class="land" d="${visible.map((o) => o.d).join('')}"/>${outline ? `<path class="here" d="${outline.d}"/>` : ''}${ring}</svg>`;
}

function isTiny(outline: Outline): boolean {
  return outline.bounds[1][0] - outline.bounds[0][0] < 4 && outline.bounds[1][1] - outline.bounds[0][1] < 4;
}

function clamp(value: number, min: number, max: number): number {
  return Math.min(Math.max(value, min), Math.max(min, max));
}

function round(value: number): number {
  return Math.round(value * 10) / 10;
}
