// End to end: real chokidar on a temporary copy of a few articles and the real templates, the
// real server on a free port, and Debian's chromium driven by playwright-core. When chromium is
// missing these tests fail (CI installs it with apt-get); they never skip.
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { loadConfig } from '../config/config.ts';
import { launchChromium } from '../test/browser.ts';
import { type DevSession, startDev } from './dev.ts';

const PROJECT = new URL('../../', import.meta.url).pathname;
const SOURCES = ['2026/11/rdc-cholera-kasai.md', '2026/10/bceao-taux-directeur.md', '2026/12/canada-vote-budget.md'];
const POLL = { timeout: 10_000, interval: 50 };

let browser: Browser;

beforeAll(async () => {
  browser = await launchChromium();
}, 30_000);

afterAll(async () => {
  await browser?.close();
});

describe('newsdigest dev in a browser', () => {
  let dir: string;
  let session: DevSession;
  let page: Page;
  const lines: string[] = [];
  const file = (path: string): string => join(dir, 'articles', path);

  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'newsdigest-e2e-'));
    for (const source of SOURCES) await cp(join(PROJECT, 'articles', source), file(source));
    await cp(join(PROJECT, 'templates'), join(dir, 'templates'), { recursive: true });
    const config = loadConfig(dir, { articlesDir: join(dir, 'articles'), outDir: join(dir, 'public'), templatesDir: join(dir, 'templates') });
    lines.length = 0;
    session = await startDev({ config, projectDir: dir, port: 0, log: (line) => lines.push(line) });
    page = await browser.newPage();
  });

  afterEach(async () => {
    await page?.close();
    await session?.close();
    await rm(dir, { recursive: true, force: true });
  });

  /** Resolves once the page's event stream is open, so no rebuild event can be missed. */
  async function open(path: string, target = page): Promise<void> {
    const connected = session.server.clients;
    await target.goto(new URL(path.replace(/^\//, ''), session.url).href);
    await expect.poll(() => session.server.clients, POLL).toBeGreaterThan(connected);
  }

  it('shows a headline rewritten in the file without a manual reload', async () => {
    await open('/articles/canada-vote-budget/');
    const before = await page.locator('h1').textContent();
    const path = file('2026/12/canada-vote-budget.md');
    await writeFile(path, (await readFile(path, 'utf8')).replace(/^title: .*$/m, 'title: "Budget passes after a night of votes"'));
    await expect.poll(() => page.locator('h1').textContent(), POLL).toBe('Budget passes after a night of votes');
    expect(before).not.toBe('Budget passes after a night of votes');
    // The page reloads as soon as it is written, before the update has planned and written the
    // lists: the update's line comes when it ends.
    await expect.poll(() => lines.some((line) => line.includes('canada-vote-budget.md') && /pages? written/.test(line)), POLL).toBe(true);
  });

  it('answers 404 for a deleted article and drops it from the home page', async () => {
    const home = await browser.newPage();
    try {
      await open('/', home);
      await open('/articles/canada-vote-budget/');
      expect(await home.content()).toContain('/articles/canada-vote-budget/');
      await rm(file('2026/12/canada-vote-budget.md'));
      await expect.poll(async () => (await page.request.get(new URL('articles/canada-vote-budget/', session.url).href)).status(), POLL).toBe(404);
      // Both open pages reload by themselves: the article's shows the site's 404 page.
      await expect.poll(() => page.locator('h1').textContent(), POLL).toMatch(/not found|introuvable/i);
      await expect.poll(() => home.content(), POLL).not.toContain('/articles/canada-vote-budget/');
    } finally {
      await home.close();
    }
  });

  it('shows a broken frontmatter as an overlay with the file and line, and clears it once fixed', async () => {
    await open('/articles/rdc-cholera-kasai/');
    const path = file('2026/11/rdc-cholera-kasai.md');
    const good = await readFile(path, 'utf8');
    await writeFile(path, good.replace(/^date: .*$/m, 'date: [2026-11-05'));
    const location = page.locator('#newsdigest-overlay .location');
    await expect.poll(() => location.first().textContent(), POLL).toMatch(/rdc-cholera-kasai\.md:\d+:\d+$/);
    expect(await page.locator('#newsdigest-overlay .line.at').count()).toBe(1);
    expect(await page.locator('#newsdigest-overlay .reason').first().textContent()).toContain('not valid YAML');
    // The last good version is still what the page shows under the overlay.
    expect(await page.locator('h1').textContent()).toContain('choléra');
    expect(lines.some((line) => /rdc-cholera-kasai\.md:\d+:\d+: error: .*\[frontmatter-yaml\]/.test(line))).toBe(true);

    await writeFile(path, good);
    await expect.poll(() => page.locator('#newsdigest-overlay').count(), POLL).toBe(0);
  });

  it('swaps the stylesheet without reloading the page when only CSS changes', async () => {
    await open('/');
    await page.evaluate(() => {
      (globalThis as unknown as { notReloaded: boolean }).notReloaded = true;
    });
    await writeFile(join(dir, 'templates', 'assets', 'style.css'), 'body { background: rgb(1, 2, 3); }\n');
    await expect.poll(() => page.evaluate(() => getComputedStyle(document.body).backgroundColor), POLL).toBe('rgb(1, 2, 3)');
    expect(await page.evaluate(() => (globalThis as unknown as { notReloaded?: boolean }).notReloaded)).toBe(true);
  });
});
