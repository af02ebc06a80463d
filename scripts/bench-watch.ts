/**
 * Watch-mode benchmark: how long from saving an article to (1) its rebuilt page on disk and
 * (2) the reload event reaching an open page, on generated 1,000- and 10,000-article sites.
 * Everything is real: the `newsdigest dev` CLI runs in a child process (its own event loop, as
 * a user runs it), chokidar sees real file writes, and an SSE client listens like a page does.
 * With --browser (default on for 1,000), a chromium page also measures save → reloaded page
 * showing the new headline.
 *
 * Usage: node bin/run.js scripts/bench-watch.ts [--sizes 1000,10000] [--edits 15] [--browser|--no-browser]
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, readFileSync, watch } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { slugify } from '../src/text/slug.ts';
import { generateCorpus } from './corpus.ts';
import { median } from './stats.ts';

const PROJECT = new URL('../', import.meta.url).pathname;
const CHROMIUM = '/usr/bin/chromium';

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/** Starts `newsdigest dev` and resolves with its URL once it serves. */
function startCli(cwd: string, articles: string, out: string, project: string): Promise<{ child: ChildProcess; url: string; output: string[] }> {
  const output: string[] = [];
  const child = spawn(process.execPath, [join(project, 'bin', 'newsdigest.js'), 'dev', '--articles', articles, '--out', out, '--templates', join(project, 'templates'), '--port', '0'], { cwd, stdio: ['ignore', 'pipe', 'pipe'] });
  return new Promise((resolve, reject) => {
    const onLine = (chunk: Buffer): void => {
      for (const line of chunk.toString('utf8').split('\n').filter(Boolean)) {
        output.push(line);
        const match = /^Serving (http:\/\/\S+)/.exec(line);
        if (match?.[1]) resolve({ child, url: match[1], output });
      }
    };
    child.stdout?.on('data', onLine);
    child.stderr?.on('data', onLine);
    child.on('exit', (code) => reject(new Error(`newsdigest dev exited (${code}):\n${output.join('\n')}`)));
  });
}

/** An SSE client: `next('reload')` resolves at the next such event, with its arrival time. */
function listen(url: string): Promise<{ next: (event: string) => Promise<number>; close: () => void }> {
  const waiting: { event: string; resolve: (t: number) => void }[] = [];
  return new Promise((resolve, reject) => {
    const req = request(new URL('__newsdigest/events', url), (res) => {
      let buffer = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => {
        const now = performance.now();
        buffer += chunk;
        let end: number;
        while ((end = buffer.indexOf('\n\n')) >= 0) {
          const event = /^event: (.+)$/m.exec(buffer.slice(0, end))?.[1];
          buffer = buffer.slice(end + 2);
          for (const w of waiting.splice(0)) {
            if (w.event === event) w.resolve(now);
            else waiting.push(w);
          }
        }
      });
      resolve({
        next: (event) => new Promise((done) => waiting.push({ event, resolve: done })),
        close: () => req.destroy(),
      });
    });
    req.on('error', reject);
    req.end();
  });
}

/**
 * Resolves with the time `file` first contains `text`. It looks when the file's folder reports a
 * change (pages are written to a temporary name and renamed into place), and every 50 ms in case
 * an event is missed. It reads synchronously: an asynchronous read waits for a thread of libuv's
 * pool and then for the event loop again, and on a busy machine of two cores that added tens of
 * milliseconds to what was measured. (Reading the file in a loop as fast as the disk answered,
 * as this did first, took a whole core from the process measured.)
 */
function waitForText(file: string, text: string, timeoutMs = 10_000): Promise<number> {
  return new Promise((resolve, reject) => {
    const look = (): void => {
      let content = '';
      try {
        content = readFileSync(file, 'utf8');
      } catch {
        // Not there yet, or between its removal and its rename into place.
      }
      if (content.includes(text)) finish(performance.now());
    };
    const watcher = watch(dirname(file), look);
    const poll = setInterval(look, 50);
    const timeout = setTimeout(() => finish(new Error(`timed out waiting for "${text}" in ${file}`)), timeoutMs);
    function finish(outcome: number | Error): void {
      watcher.close();
      clearInterval(poll);
      clearTimeout(timeout);
      if (typeof outcome === 'number') resolve(outcome);
      else reject(outcome);
    }
    look();
  });
}

export interface WatchRow {
  size: number;
  startupMs: number;
  savePage: number[];
  saveReload: number[];
  saveBrowser: number[];
}

/** Starts `newsdigest dev` (of the checkout at `project`) on a generated site of `size` articles and times `edits` saves of one article. */
export async function measureWatch(size: number, withBrowser: boolean, edits: number, project = PROJECT): Promise<WatchRow> {
  const dir = await mkdtemp(join(tmpdir(), `newsdigest-bench-${size}-`));
  const articles = join(dir, 'articles');
  const out = join(dir, 'public');
  let cli: Awaited<ReturnType<typeof startCli>> | null = null;
  let browser: import('playwright-core').Browser | null = null;
  try {
    const generated = await generateCorpus(articles, size, 42);
    const target = generated.find((a, i) => i >= size / 2 && a.path.endsWith('.md')) ?? generated[0];
    if (!target) throw new Error('empty corpus');
    const id = slugify(target.path.slice(target.path.lastIndexOf('/') + 1).replace(/\.[^.]+$/, ''), { maxLength: 120 });
    const page = join(out, 'articles', id, 'index.html');

    const start = performance.now();
    cli = await startCli(dir, articles, out, project);
    const startupMs = performance.now() - start;
    if (!existsSync(page)) throw new Error(`no page for ${target.path} at ${page}`);
    const events = await listen(cli.url);

    let tab: import('playwright-core').Page | null = null;
    if (withBrowser) {
      const { chromium } = await import('playwright-core');
      browser = await chromium.launch({
        executablePath: CHROMIUM,
        headless: true,
        args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
      });
      tab = await browser.newPage();
      await tab.goto(new URL(`articles/${id}/`, cli.url).href);
      await sleep(300);
    }

    const row: WatchRow = { size, startupMs, savePage: [], saveReload: [], saveBrowser: [] };
    const original = await readFile(join(articles, target.path), 'utf8');
    for (let i = 0; i < edits; i++) {
      const headline = `Bench headline number ${i} for ${size}`;
      const content = original.replace(/^title: .*$/m, `title: "${headline}"`);
      const reload = events.next('reload');
      const shown = tab?.waitForFunction((text) => document.querySelector('h1')?.textContent === text, headline, { polling: 'raf', timeout: 10_000 });
      const saved = performance.now();
      await writeFile(join(articles, target.path), content);
      const onDisk = await waitForText(page, headline);
      row.savePage.push(onDisk - saved);
      row.saveReload.push((await reload) - saved);
      if (shown) {
        await shown;
        row.saveBrowser.push(performance.now() - saved);
      }
      // Let the rebuild settle so each save is measured alone, as a writer saves.
      await sleep(150);
    }

    events.close();
    await browser?.close();
    browser = null;
    const code = await stopChild(cli.child);
    if (code !== 0) console.error(`newsdigest dev exited with ${code} on SIGINT`);
    const lines = cli.output.filter((line) => line.includes('→'));
    console.error(`  ${size}: last rebuild line: ${lines.at(-1) ?? '(none)'}`);
    return row;
  } finally {
    // A measurement that failed (a save not seen in time) leaves the dev process running and
    // writing into the folder: removing it then fails with ENOTEMPTY, and that error hides the
    // failure. The process is stopped, and its exit awaited, before the folder goes.
    await browser?.close();
    if (cli) await stopChild(cli.child);
    await rm(dir, { recursive: true, force: true });
  }
}

/**
 * Stops a child process and resolves with its exit code once it has exited (null when a signal
 * ended it): SIGINT first, which `newsdigest dev` answers by finishing the rebuild and search
 * refresh under way, then SIGKILL if it has not exited after `graceMs`. A child that already
 * exited resolves at once.
 */
export function stopChild(child: ChildProcess, graceMs = 30_000): Promise<number | null> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve(child.exitCode);
  return new Promise((resolve) => {
    const kill = setTimeout(() => child.kill('SIGKILL'), graceMs);
    child.once('exit', (code) => {
      clearTimeout(kill);
      resolve(code);
    });
    child.kill('SIGINT');
  });
}

/** Whether a browser can be driven (Debian's chromium). */
export const hasBrowser = (): boolean => existsSync(CHROMIUM);

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const { values } = parseArgs({
    options: { sizes: { type: 'string', default: '1000,10000' }, edits: { type: 'string', default: '15' }, browser: { type: 'boolean' }, 'no-browser': { type: 'boolean' } },
  });
  const sizes = String(values.sizes).split(',').map(Number);
  const edits = Number(values.edits);
  const rows: WatchRow[] = [];
  for (const size of sizes) {
    const withBrowser = values['no-browser'] ? false : values.browser ? existsSync(CHROMIUM) : size <= 1000 && existsSync(CHROMIUM);
    console.error(`Generating ${size} articles and starting newsdigest dev…`);
    rows.push(await measureWatch(size, withBrowser, edits));
  }

  const ms = (xs: number[]): string => (xs.length ? `${median(xs).toFixed(0)} ms` : '-');
  const max = (xs: number[]): string => (xs.length ? `${Math.max(...xs).toFixed(0)} ms` : '-');
  console.log(`\nWatch mode: medians of ${edits} headline edits (save → …), newsdigest dev in a child process\n`);
  console.log('| articles | first build + serve | page on disk | reload event (SSE) | page reloaded in chromium | worst page on disk |');
  console.log('| ---: | ---: | ---: | ---: | ---: | ---: |');
  for (const row of rows) {
    console.log(`| ${row.size.toLocaleString('en')} | ${(row.startupMs / 1000).toFixed(1)} s | ${ms(row.savePage)} | ${ms(row.saveReload)} | ${ms(row.saveBrowser)} | ${max(row.savePage)} |`);
  }
}
