// Article text is data, never markup or script. Hostile articles (payloads in the frontmatter
// title, tags, publisher, URLs and the body, in HTML, Markdown, attribute-breaking quotes, and
// "</script>" / "<!--" that would break out of inline JSON) are built by the real CLI, served on
// 127.0.0.1, and every HTML page of the built site (whatever pages the site has: the test walks
// the output folder) is opened in Chromium. No payload may run (each sets window.__pwned or opens
// a dialog) or add an element, an event handler or a script/javascript:/data: URL to the page.
import { readdirSync } from 'node:fs';
import { cp, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type DevServer, startDevServer } from '../serve/server.ts';
import { launchChromium } from '../test/browser.ts';
import { runCli } from '../test/cli.ts';

const PROJECT = new URL('../../', import.meta.url).pathname;
const RUN = 'window.__pwned=1';

/** Strings that would run script or add markup if they reached a page unescaped. */
const PAYLOADS = [
  `<script>${RUN}</script>`,
  `<img src=x id=pwned-img onerror="${RUN}">`,
  `"><svg id=pwned-svg onload=${RUN}>`,
  `' onmouseover='${RUN}' data-x='`,
  `</script><script>${RUN}</script>`,
  `<!--<script>${RUN}</script>-->`,
  `</title><iframe id=pwned-frame srcdoc="<script>parent.${RUN}</script>"></iframe>`,
  `javascript:${RUN}`,
  `data:text/html,<script>${RUN}</script>`,
  `<a id=pwned-link href="javascript:${RUN}">x</a>`,
  `{{ 7*7 }}{% raw %}`,
];

function hostileArticle(index: number): string {
  const payload = PAYLOADS[index % PAYLOADS.length] as string;
  const quoted = JSON.stringify(payload);
  return [
    '---',
    `title: ${JSON.stringify(`Harbour story ${index} ${payload}`)}`,
    'date: 2026-06-15',
    'lang: en',
    `tags: [${quoted}, ${JSON.stringify(`tag ${index} </script><!--`)}]`,
    `publisher: { name: ${quoted}, url: ${JSON.stringify(`javascript:${RUN}`)} }`,
    `url: ${JSON.stringify(index % 2 === 0 ? `javascript:${RUN}` : `data:text/html,<script>${RUN}</script>`)}`,
    'topics: [politics]',
    'countries: [PT]',
    '---',
    '',
    `The council of Exampleton said on Monday ${payload} that the ferry will carry 1,200 passengers a day.`,
    '',
    `<script>${RUN}</script>`,
    '',
    `<img src="x" id="pwned-body" onerror="${RUN}">`,
    '',
    `[a link](javascript:${RUN}) and [data](data:text/html;base64,PHNjcmlwdD53aW5kb3cuX19wd25lZD0xPC9zY3JpcHQ+) and ![img](javascript:${RUN})`,
    '',
    `"We will not stop ${payload}," said Marta Exemplar, the mayor. </script><!-- ${payload}`,
    '',
  ].join('\n');
}

function htmlPages(dir: string): string[] {
  const out: string[] = [];
  const walk = (current: string): void => {
    for (const entry of readdirSync(current, { withFileTypes: true })) {
      const full = join(current, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.name.endsWith('.html')) out.push(relative(dir, full).split('\\').join('/'));
    }
  };
  walk(dir);
  return out.sort();
}

let dir: string;
let browser: Browser;
let server: DevServer;
let pages: string[];

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'nd-inject-'));
  await mkdir(join(dir, 'articles'));
  for (let i = 0; i < PAYLOADS.length; i++) await writeFile(join(dir, 'articles', `hostile-${i}.md`), hostileArticle(i));
  await cp(join(PROJECT, 'articles/2026/12/canada-vote-budget.md'), join(dir, 'articles/plain.md'));
  const build = await runCli(['build'], dir);
  expect(build.stdout, build.stderr).toMatch(/^Built \d+ articles into public\//m);
  pages = htmlPages(join(dir, 'public'));
  server = await startDevServer({ root: join(dir, 'public'), port: 0 });
  browser = await launchChromium();
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
  await rm(dir, { recursive: true, force: true });
});

/** What a page holds that a payload could have put there; empty when the page is clean. */
function injectedIn(): string[] {
  const found: string[] = [];
  const flag = (window as unknown as { __pwned?: unknown }).__pwned;
  if (flag !== undefined) found.push(`window.__pwned = ${String(flag)}`);
  for (const element of Array.from(document.querySelectorAll('*'))) {
    const tag = element.tagName.toLowerCase();
    if (/pwned/i.test(element.id)) found.push(`<${tag} id=${element.id}>`);
    if (tag === 'iframe' || tag === 'object' || tag === 'embed') found.push(`<${tag}>`);
    for (const attribute of Array.from(element.attributes)) {
      if (attribute.name.startsWith('on')) found.push(`<${tag} ${attribute.name}>`);
      if (['href', 'src', 'action', 'formaction', 'srcdoc', 'data', 'xlink:href'].includes(attribute.name) && /^\s*(?:javascript|data|vbscript):/i.test(attribute.value))
        found.push(`<${tag} ${attribute.name}="${attribute.value.slice(0, 40)}">`);
    }
    if (tag === 'script') {
      const type = (element.getAttribute('type') ?? '').toLowerCase();
      const text = element.textContent ?? '';
      if (type.includes('json')) {
        // Inline data must stay data: parseable JSON, whatever strings it holds.
        try {
          JSON.parse(text);
        } catch {
          found.push('<script type=json> that is not valid JSON (broken out of?)');
        }
      } else if (/pwned/.test(text)) found.push('<script> holding a payload');
    }
  }
  return found;
}

describe('hostile articles in a browser', () => {
  it('built every page, including the hostile articles, with their text shown as text', async () => {
    expect(pages.length).toBeGreaterThan(PAYLOADS.length);
    for (let i = 0; i < PAYLOADS.length; i++) expect(pages).toContain(`articles/hostile-${i}/index.html`);
    const page = await browser.newPage();
    await page.goto(new URL('articles/hostile-0/', server.url).href);
    expect(await page.locator('h1').textContent()).toContain(`<script>${RUN}</script>`);
    await page.close();
  });

  it('runs no payload and holds no injected element, handler or URL, on every page of the site', async () => {
    const problems: string[] = [];
    const page = await browser.newPage();
    page.on('dialog', (dialog) => {
      problems.push(`dialog: ${dialog.message()}`);
      void dialog.dismiss();
    });
    for (const path of pages) {
      await page.goto(new URL(path.replace(/index\.html$/, ''), server.url).href, { waitUntil: 'load' });
      // Hover and focus every element: handlers such as onmouseover would run now if injected.
      await page.evaluate(() => {
        for (const element of Array.from(document.querySelectorAll('body *'))) {
          element.dispatchEvent(new MouseEvent('mouseover', { bubbles: true }));
          element.dispatchEvent(new FocusEvent('focus'));
        }
      });
      for (const found of await page.evaluate(injectedIn)) problems.push(`${path}: ${found}`);
    }
    await page.close();
    expect(problems).toEqual([]);
  }, 300_000);

  it('the check itself catches a payload that gets through (a page written unescaped)', async () => {
    await writeFile(join(dir, 'public', 'control.html'), `<!doctype html><title>control</title><p>${PAYLOADS[1]}</p><a href="javascript:${RUN}">x</a>`);
    const page = await browser.newPage();
    await page.goto(new URL('control.html', server.url).href, { waitUntil: 'load' });
    await expect.poll(() => page.evaluate(injectedIn)).toEqual(expect.arrayContaining(['window.__pwned = 1', '<img id=pwned-img>', '<img onerror>', '<a href="javascript:window.__pwned=1">']));
    await page.close();
  });
});
