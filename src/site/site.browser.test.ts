// The built sample site as a reader gets it: the real build (with the sample config: a full base
// URL, six articles a page), served by the real server on 127.0.0.1, in Debian's chromium driven
// by playwright-core, its search index split into several shards (as a large site's is) that the
// search page merges. Every page type at 390 and 1280 px, light and dark: html-validate, axe-core,
// no sideways scrolling; keyboard access; journeys; no request leaves 127.0.0.1. Screenshots of
// each page type go to test-output/screenshots/ (git-ignored). Chromium missing fails the tests.
import { mkdirSync, readFileSync } from 'node:fs';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { AxeBuilder } from '@axe-core/playwright';
import { HtmlValidate } from 'html-validate';
import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig, type SiteConfig } from '../config/config.ts';
import { formatDiagnostic } from '../diagnostics/diagnostic.ts';
import { type DevServer, startDevServer } from '../serve/server.ts';
import { brokenLinks } from '../test/site-files.ts';
import { type BuildResult, buildSite } from './build.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const SCREENSHOTS = join(ROOT, 'test-output', 'screenshots');
const WIDTHS = [390, 1280] as const;
const SCHEMES = ['light', 'dark'] as const;

let config: SiteConfig;
let result: BuildResult;
let server: DevServer;
let browser: Browser;
let context: BrowserContext;
/** Every request the pages made to anything but 127.0.0.1. */
const external: string[] = [];

beforeAll(async () => {
  const out = await mkdtemp(join(tmpdir(), 'nd-site-browser-'));
  config = loadConfig(ROOT, { outDir: join(out, 'public') });
  result = await buildSite(config, { cacheDir: join(out, '.cache'), searchShardSize: 4 });
  server = await startDevServer({ root: config.outDir, port: 0 });
  browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  context = await browser.newContext();
  await context.route('**/*', (route) => {
    const url = new URL(route.request().url());
    if (url.hostname === '127.0.0.1') return route.continue();
    external.push(url.href);
    return route.abort();
  });
  mkdirSync(SCREENSHOTS, { recursive: true });
}, 90_000);

afterAll(async () => {
  await context?.close();
  await browser?.close();
  await server?.close();
});

const at = (path: string): string => new URL(path.replace(/^\//, ''), server.url).href;

/** The first page of each type in the sample site, with the file it was written to. */
function pageTypes(): { type: string; path: string; file: string }[] {
  const plan = result.plan!;
  const first = (prefix: string, test: (url: string) => boolean = () => true): string => {
    const page = plan.pages.find((p) => p.kind === 'html' && p.url.startsWith(prefix) && p.url !== prefix && !p.url.includes('/page/') && test(p.url));
    if (!page) throw new Error(`no ${prefix} page`);
    return page.url;
  };
  // The article with the longest body: the fact box must still be shorter than the story.
  const longest = [...plan.order].sort((a, b) => wordCount(b) - wordCount(a))[0] ?? '';
  const withStatements = plan.pages.find((p) => p.template === 'actor' && !p.url.includes('/page/') && ((p.data.term as { statements?: unknown[] }).statements?.length ?? 0) > 0);
  return [
    { type: 'home', path: '/' },
    { type: 'home-page-2', path: '/page/2/' },
    { type: 'article', path: `/articles/${longest}/` },
    { type: 'topics', path: '/topics/' },
    { type: 'topic', path: first('/topics/') },
    { type: 'tags', path: '/tags/' },
    { type: 'tag', path: first('/tags/') },
    { type: 'countries', path: '/countries/' },
    { type: 'country', path: first('/countries/') },
    { type: 'actors', path: '/actors/' },
    { type: 'actor', path: withStatements?.url ?? first('/actors/') },
    { type: 'search', path: '/search/?q=Olivares' },
    { type: '404', path: '/no-such-page/' },
  ].map((t) => ({ ...t, file: t.type === '404' ? '404.html' : `${t.path.split('?')[0]!.slice(1)}index.html` }));
}

function wordCount(id: string): number {
  return (JSON.parse(readFileSync(join(config.outDir, 'data/articles', `${id}.json`), 'utf8')) as { wordCount: number }).wordCount;
}

async function open(path: string, width = 1280, scheme: 'light' | 'dark' = 'light'): Promise<Page> {
  const page = await context.newPage();
  await page.setViewportSize({ width, height: 900 });
  await page.emulateMedia({ colorScheme: scheme });
  await page.goto(at(path));
  if (path.startsWith('/search/')) await page.locator('.search-results li').first().waitFor();
  return page;
}

describe('the built sample site', () => {
  it('builds without errors, paginates, and resolves every internal link', () => {
    expect(result.diagnostics.filter((d) => d.severity === 'error').map(formatDiagnostic)).toEqual([]);
    expect(result.plan?.pages.some((p) => p.url === '/page/2/')).toBe(true);
    expect(brokenLinks(config.outDir, '/')).toEqual([]);
  });

  it('validates every page type with html-validate', async () => {
    const validator = new HtmlValidate({
      extends: ['html-validate:recommended'],
      rules: {
        // Article text is long and its headlines are as written.
        'long-title': 'off',
        // Liquid output keeps the templates' indentation.
        'no-trailing-whitespace': 'off',
        // The JSON-LD is escaped for the script element (\u003c), which the rule does not know.
        'script-type': 'off',
      },
    });
    for (const { type, file } of pageTypes()) {
      const report = await validator.validateString(readFileSync(join(config.outDir, file), 'utf8'), file);
      const messages = report.results.flatMap((r) => r.messages.map((m) => `${type} ${file}:${m.line}:${m.column} ${m.ruleId} ${m.message}`));
      expect(messages, type).toEqual([]);
    }
  });

  for (const type of ['home', 'home-page-2', 'article', 'topics', 'topic', 'tags', 'tag', 'countries', 'country', 'actors', 'actor', 'search', '404']) {
    it(`shows the ${type} page at 390 and 1280 px, light and dark: no serious axe violation, no sideways scroll`, async () => {
      const spec = pageTypes().find((t) => t.type === type)!;
      for (const width of WIDTHS) {
        for (const scheme of SCHEMES) {
          const page = await open(spec.path, width, scheme);
          try {
            const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
            expect(overflow, `${type} ${width}px ${scheme}`).toBeLessThanOrEqual(0);
            const axe = await new AxeBuilder({ page }).analyze();
            const serious = axe.violations
              .filter((v) => v.impact === 'serious' || v.impact === 'critical')
              .map(
                (v) =>
                  `${v.id}: ${v.nodes
                    .map((n) => n.target.join(' '))
                    .slice(0, 3)
                    .join(', ')}`,
              );
            expect(serious, `${type} ${width}px ${scheme}`).toEqual([]);
            if (scheme === 'light') await page.screenshot({ path: join(SCREENSHOTS, `${type}-${width}.png`), fullPage: true });
            else await page.screenshot({ path: join(SCREENSHOTS, `${type}-${width}-dark.png`), fullPage: true });
          } finally {
            await page.close();
          }
        }
      }
      // Narrower still: the smallest phones.
      const narrow = await open(spec.path, 320);
      try {
        expect(await narrow.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth), `${type} 320px`).toBeLessThanOrEqual(0);
      } finally {
        await narrow.close();
      }
    }, 120_000);
  }

  it('puts the story first on a phone and the fact box beside it, and shorter, on a wide screen', async () => {
    const article = pageTypes().find((t) => t.type === 'article')!.path;
    const phone = await open(article, 390);
    const wide = await open(article, 1280);
    try {
      const box = (page: Page, selector: string) => page.locator(selector).evaluate((e) => e.getBoundingClientRect().toJSON() as DOMRect);
      const [phoneBody, phoneFacts] = [await box(phone, '.story-body'), await box(phone, '.factbox')];
      expect(phoneBody.top).toBeLessThan(phoneFacts.top);
      const [body, facts] = [await box(wide, '.story-body'), await box(wide, '.factbox')];
      expect(facts.left).toBeGreaterThan(body.right);
      expect(facts.height).toBeLessThan(body.height);
    } finally {
      await phone.close();
      await wide.close();
    }
  });

  it('lets the keyboard reach the search box and every link in the fact box', async () => {
    const home = await open('/');
    try {
      let reached = false;
      for (let i = 0; i < 12 && !reached; i++) {
        await home.keyboard.press('Tab');
        reached = await home.evaluate(() => document.activeElement?.id === 'site-search');
      }
      expect(reached).toBe(true);
    } finally {
      await home.close();
    }
    const article = await open(pageTypes().find((t) => t.type === 'article')!.path);
    try {
      const links = await article.locator('.factbox a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
      expect(links.length).toBeGreaterThan(3);
      const focused = new Set<string>();
      for (let i = 0; i < 200; i++) {
        await article.keyboard.press('Tab');
        const href = await article.evaluate(() => (document.activeElement?.closest('.factbox') ? document.activeElement.getAttribute('href') : null));
        if (href) focused.add(href);
        if (links.every((l) => l && focused.has(l))) break;
      }
      expect(links.filter((l) => !l || !focused.has(l))).toEqual([]);
    } finally {
      await article.close();
    }
  }, 60_000);

  it('takes a reader from home to a topic, an article, its country on the map, an actor, and back', async () => {
    const page = await open('/');
    try {
      await page.locator('.lead-story a.chip.topic').first().click();
      await page.waitForURL(/\/topics\/[a-z-]+\/$/);
      await page.locator('.card-title a').first().click();
      await page.waitForURL(/\/articles\/[^/]+\/$/);
      const country = await page.locator('.factbox a.chip.country').first().getAttribute('href');
      expect(country).toMatch(/^\/countries\/[a-z]{2}\/$/);
      await page.locator('.sections a', { hasText: 'Countries' }).click();
      await page.waitForURL(/\/countries\/$/);
      const onMap = page.locator(`svg.world-map a[href="${country}"]`);
      expect(await onMap.getAttribute('class')).toMatch(/^c[1-4]$/);
      // Each country on the map is a link whose accessible name is its name.
      expect(await page.getByRole('link', { name: /^Chile \(\d+\)$/ }).count()).toBe(1);
      await onMap.click();
      await page.waitForURL((url) => url.pathname === country);
      expect(await page.locator('svg.locator-map').count()).toBe(1);
      await page.locator('.country-profile a[href^="/actors/"]').first().click();
      await page.waitForURL(/\/actors\/[^/]+\/$/);
      expect(await page.locator('h1').textContent()).toBeTruthy();
      await page.goBack();
      await page.waitForURL((url) => url.pathname === country);
    } finally {
      await page.close();
    }
  }, 60_000);

  it('finds an article by an actor named in it, from the search box in the header, filters by country', async () => {
    const page = await open('/');
    try {
      await page.locator('#site-search').fill('Patricio Olivares');
      await page.locator('#site-search').press('Enter');
      await page.waitForURL(/\/search\/\?q=/);
      await page.locator('.search-results li').first().waitFor();
      expect(await page.locator('.search-results a').evaluateAll((as) => as.map((a) => a.getAttribute('href')))).toContain('/articles/chile-copper-strike/');
      // Only stories about Chile: the filter narrows the same query.
      await page.locator('#filter-country').selectOption('Chile');
      await page.waitForURL(/country=Chile/);
      await page.locator('.search-results li').first().waitFor();
      const hrefs = await page.locator('.search-results a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
      expect(hrefs).toEqual(['/articles/chile-copper-strike/']);
    } finally {
      await page.close();
    }
  }, 60_000);

  it('searches every shard of the index as one: a filter alone lists every story it matches, in any shard', async () => {
    const { shards } = JSON.parse(readFileSync(join(config.outDir, 'pagefind/shards.json'), 'utf8')) as { shards: string[] };
    expect(shards.length).toBeGreaterThan(2);
    const languages = (result.plan?.order ?? []).map((id) => (JSON.parse(readFileSync(join(config.outDir, 'data/articles', `${id}.json`), 'utf8')) as { language: string }).language);
    const english = languages.filter((l) => l === 'en').length;
    expect(english).toBeGreaterThan(0);
    expect(english).toBeLessThan(languages.length);
    const page = await open('/search/?language=English');
    try {
      await page.locator('.search-results li').first().waitFor();
      // Every English story, though each shard holds only a few; and the language filter offers
      // both languages, which no one shard may hold.
      expect(await page.locator('.search-results li').count()).toBe(english);
      expect(await page.locator('#filter-language option').evaluateAll((os) => os.map((o) => o.textContent))).toEqual(expect.arrayContaining(['English', 'French']));
    } finally {
      await page.close();
    }
  }, 60_000);

  it('made no request outside 127.0.0.1', () => {
    expect(external).toEqual([]);
  });
});
