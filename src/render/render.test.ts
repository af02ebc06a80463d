import { readdirSync, readFileSync } from 'node:fs';
import { cp, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { france, fullFor, politics, record, ruto, siteArticle } from '../index/fixtures/records.ts';
import { planSite } from '../index/plan.ts';
import { createRenderer, pathOf, TemplateError } from './engine.ts';

const templatesDir = resolve(import.meta.dirname, '../../templates');
const renderer = (baseUrl = '/', language = 'en', dir = templatesDir) => createRenderer({ templatesDir: dir, baseUrl, language, site: { title: 'Test digest', description: 'Tests' } });

const hostile = record('x', {
  headline: '<script>alert("h")</script> & more',
  summary: '<img src=x onerror=alert(1)>',
  topics: [politics],
  countries: [france],
  actors: [{ ...ruto, name: 'Ruto <b>bold</b>', roles: ['"President" <i>'] }],
  figures: [{ text: '<svg onload=alert(1)>', value: 3, unit: '<u>', kind: 'count', qualifier: 'exact', sentence: 0, counts: '<b>counted</b>', confidence: 0.9 }],
  attributions: [{ source: '<a href=javascript:alert(1)>x</a>', sourceType: 'person', actor: null, verb: 'said', claim: '</q><script>', quote: true, sentence: 0, confidence: 0.9 }],
  facts: [{ text: '<style>body{display:none}</style>', sentence: 0, actors: [], countries: [], figures: [0], attribution: 0 }],
});
const articles = [siteArticle(hostile)];
const plan = planSite(articles, { pageSize: 20, language: 'en' });
const full = fullFor(articles);
/** The page of `site` written to `output`. */
const pageIn = (site: typeof plan) => (output: string) => {
  const spec = site.pages.find((p) => p.output === output);
  if (!spec) throw new Error(`no page ${output}`);
  return spec;
};
const page = pageIn(plan);

describe('createRenderer', () => {
  it('escapes every article string on every page', () => {
    const r = renderer();
    // The elements the templates themselves write: JSON-LD, the search script, the maps.
    const own = /<script type="application\/ld\+json">[^<]*<\/script>|<script type="module" src="[^"]*"><\/script>|<svg class="map[\s\S]*?<\/svg>/g;
    for (const spec of plan.pages.filter((p) => p.kind === 'html')) {
      const html = r.render(spec, full(spec)).replace(own, '');
      expect(html, spec.output).not.toMatch(/<script|<img|<svg|<style|<b>|<i>|<u>|<a href=javascript/i);
    }
    const article = r.render(page('articles/x/index.html'), full(page('articles/x/index.html')));
    expect(article).toContain('&lt;script&gt;alert(&#34;h&#34;)&lt;/script&gt; &amp; more');
  });

  it('writes JSON-LD that no article text can close or break out of', () => {
    const article = renderer('https://example.org/news/').render(page('articles/x/index.html'), full(page('articles/x/index.html')));
    const scripts = [...article.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)].map((m) => m[1] ?? '');
    expect(scripts).toHaveLength(1);
    const json = scripts[0] ?? '';
    expect(json).not.toMatch(/[<>]/);
    const data = JSON.parse(json) as Record<string, unknown>;
    expect(data).toMatchObject({ '@type': 'NewsArticle', headline: hostile.headline, url: 'https://example.org/news/articles/x/', inLanguage: 'en' });
    expect(data.mentions).toEqual([{ '@type': 'Person', name: 'Ruto <b>bold</b>' }]);
  });

  it('prefixes every link and asset with the base path', () => {
    const html = renderer('https://example.org/news/').render(page('index.html'), full(page('index.html')));
    const refs = [...html.matchAll(/(?:href|src)="([^"]+)"/g)].map((m) => m[1] ?? '');
    expect(refs.length).toBeGreaterThan(5);
    // Canonical links are absolute: the base URL has a host.
    expect(html).toContain('<link rel="canonical" href="https://example.org/news/">');
    for (const ref of refs.filter((r) => !r.startsWith('https://example.org/news/') && !r.startsWith('#'))) expect(ref.startsWith('/news/'), ref).toBe(true);
    expect(html).toContain('href="/news/articles/x/"');
    expect(html).toContain('href="/news/assets/style.css"');
  });

  it('speaks the site language', () => {
    const html = renderer('/', 'fr').render(page('countries/index.html'), full(page('countries/index.html')));
    expect(html).toContain('<html lang="fr">');
    expect(html).toContain('<h1 class="page-title">Pays</h1>');
  });

  it('writes records as JSON, not HTML', () => {
    const json = renderer().render(page('data/articles/x.json'), full(page('data/articles/x.json')));
    expect(JSON.parse(json).headline).toBe(hostile.headline);
  });

  it('reports a template syntax error with the template file and line', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'nd-tpl-'));
    await cp(templatesDir, dir, { recursive: true });
    await writeFile(join(dir, 'pages/404.liquid'), "{% layout 'base' %}\n{% block content %}\n{% if %}\n{% endblock %}\n");
    let error: unknown;
    try {
      renderer('/', 'en', dir).render(page('404.html'), full(page('404.html')));
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(TemplateError);
    const d = (error as TemplateError).diagnostic;
    expect(d.path).toMatch(/pages\/404\.liquid$/);
    expect(d.line).toBe(3);
    expect(d.ruleId).toBe('template');
  });
});

describe('UI strings', () => {
  const strings = (lang: string) => JSON.parse(readFileSync(join(templatesDir, 'i18n', `${lang}.json`), 'utf8')) as Record<string, string>;

  it('has every string the templates use, in English and in French', () => {
    const used = new Set<string>([
      'topics',
      'countries',
      'actors',
      'tags',
      'person',
      'organization',
      'media',
      'government',
      'unnamed',
      'person_plural',
      'organization_plural',
      'approximate',
      'more-than',
      'less-than',
      'up-to',
      'at-least',
      'world_map',
      'locator_map',
    ]);
    for (const dir of ['layouts', 'pages', 'partials']) {
      for (const name of readdirSync(join(templatesDir, dir))) {
        for (const m of readFileSync(join(templatesDir, dir, name), 'utf8').matchAll(/\{\{ '([a-z_-]+)' \| t\b/g)) used.add(m[1] ?? '');
      }
    }
    const en = strings('en');
    const fr = strings('fr');
    const es = strings('es');
    expect(Object.keys(fr).sort()).toEqual(Object.keys(en).sort());
    expect(Object.keys(es).sort()).toEqual(Object.keys(en).sort());
    for (const key of used) {
      expect(en[key], key).toBeTruthy();
      expect(fr[key], key).toBeTruthy();
      expect(es[key], key).toBeTruthy();
    }
  });

  it('writes French UI strings with French spacing', () => {
    for (const [key, value] of Object.entries(strings('fr'))) expect(value, key).not.toMatch(/ [:;!?»]|« /);
  });

  it('builds a French site: labels, numbers and the page language in French, the English article marked as such', () => {
    const fr = renderer('/', 'fr');
    const article = fr.render(page('articles/x/index.html'), full(page('articles/x/index.html')));
    expect(article).toContain('<html lang="en">');
    expect(article).toContain('<header class="masthead" lang="fr">');
    expect(article).toContain('Politique');
    const home = fr.render(page('index.html'), full(page('index.html')));
    expect(home).toContain('<html lang="fr">');
    expect(home).toContain('<article class="lead-story" lang="en"');
    expect(home).toContain('À la une');
    expect(home).toContain('1 octobre 2026');
  });
});

describe('a Spanish site', () => {
  const spanish = record('es-1', { language: 'es', headline: 'El Congreso aprueba la reforma', topics: [politics], countries: [france] });
  const both = [siteArticle(hostile), siteArticle(spanish)];
  const mixed = planSite(both, { pageSize: 20, language: 'es' });
  const fullOfBoth = fullFor(both);
  const output = pageIn(mixed);
  const render = (r: ReturnType<typeof renderer>, name: string) => r.render(output(name), fullOfBoth(output(name)));

  it('writes labels, dates, topic and country names in Spanish, and marks the English article as English', () => {
    const es = renderer('/', 'es');
    const home = render(es, 'index.html');
    expect(home).toContain('<html lang="es">');
    expect(home).toContain('Portada');
    expect(home).toContain('1 de octubre de 2026');
    expect(home).toContain('lang="en"');
    const english = render(es, 'articles/x/index.html');
    expect(english).toContain('<html lang="en">');
    expect(english).toContain('<header class="masthead" lang="es">');
    expect(english).toContain('Política');
    expect(render(es, 'countries/index.html')).toContain('Francia');
  });

  it('marks a Spanish article lang="es" on a French site', () => {
    const fr = renderer('/', 'fr');
    const article = render(fr, 'articles/es-1/index.html');
    expect(article).toContain('<html lang="es">');
    expect(article).toContain('<header class="masthead" lang="fr">');
  });
});

describe('pathOf', () => {
  it('keeps the path of a base URL', () => {
    expect(pathOf('https://example.org/news/')).toBe('/news/');
    expect(pathOf('https://example.org')).toBe('/');
    expect(pathOf('/sub/')).toBe('/sub/');
  });
});
