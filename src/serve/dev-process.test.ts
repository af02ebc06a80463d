// The real `newsdigest dev` process under load and under change, and how it stops: started as a
// user starts it (the CLI, `npm start`), with the built-in theme (no templates/ in the site).
// Every wait ends on an event (a line printed, a response, the process exiting), never a sleep.
import { type ChildProcess, spawn } from 'node:child_process';
import { cp, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { Agent, request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { BIN, runCli } from '../test/cli.ts';

const PROJECT = new URL('../../', import.meta.url).pathname;
const SOURCES = ['2026/11/rdc-cholera-kasai.md', '2026/10/bceao-taux-directeur.md', '2026/12/canada-vote-budget.md'];

/** A site of three sample articles and no templates folder. */
async function makeSite(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'nd-devproc-'));
  for (const source of SOURCES) await cp(join(PROJECT, 'articles', source), join(dir, 'articles', source));
  return dir;
}

interface Running {
  child: ChildProcess;
  url: string;
  output: () => string;
  exited: Promise<number | null>;
}

/** Spawns `command` and resolves once it prints the address it serves. */
function startServing(command: string, args: string[], cwd: string): Promise<Running> {
  const child = spawn(command, args, { cwd, env: { ...process.env, NO_COLOR: '1' }, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  return new Promise((resolve, reject) => {
    const onData = (chunk: Buffer): void => {
      output += chunk.toString();
      const match = /Serving (http:\/\/127\.0\.0\.1:\d+\/)/.exec(output);
      if (match?.[1]) resolve({ child, url: match[1], output: () => output, exited });
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    void exited.then((code) => reject(new Error(`exited (${code}) before serving:\n${output}`)));
  });
}

function get(url: string, agent?: Agent): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = request(url, agent ? { agent } : {}, (res) => {
      res.resume();
      res.on('end', () => resolve(res.statusCode ?? 0));
    });
    req.on('error', reject);
    req.end();
  });
}

/** Whether anything still accepts connections at `url`. */
function listening(url: string): Promise<boolean> {
  return get(url).then(
    () => true,
    () => false,
  );
}

const running: Running[] = [];
afterEach(async () => {
  for (const run of running.splice(0)) {
    if (run.child.exitCode === null && run.child.signalCode === null) {
      run.child.kill('SIGKILL');
      await run.exited;
    }
  }
});

describe('newsdigest dev as a process', () => {
  it('stays up while articles are deleted and re-created under a loop of requests, then answers 1,000 concurrent requests and stops on SIGTERM', async () => {
    const dir = await makeSite();
    const run = await startServing(process.execPath, [BIN, 'dev', '--port', '0'], dir);
    running.push(run);
    const article = join(dir, 'articles', SOURCES[2] as string);
    const text = await readFile(article, 'utf8');
    const page = new URL('articles/canada-vote-budget/', run.url).href;

    let churning = true;
    const statuses: number[] = [];
    const requests = (async () => {
      while (churning) statuses.push(...(await Promise.all([get(page), get(run.url), get(new URL('data/index.json', run.url).href)])));
    })();
    // Delete and re-create the article over and over, half-written sometimes, while pages are
    // asked for: the server must answer every request with the page or a 404, and live on.
    for (let cycle = 0; cycle < 40; cycle++) {
      await rm(article, { force: true });
      if (cycle % 3 === 0) await writeFile(article, text.slice(0, Math.floor(text.length / 2)));
      await writeFile(article, text);
    }
    churning = false;
    await requests;
    expect(statuses.length).toBeGreaterThan(0);
    expect(statuses.filter((status) => status !== 200 && status !== 404)).toEqual([]);
    expect(run.child.exitCode).toBeNull();

    const agent = new Agent({ keepAlive: false, maxSockets: Number.POSITIVE_INFINITY });
    const burst = await Promise.all(Array.from({ length: 1000 }, (_, i) => get(new URL(i % 2 === 0 ? '' : 'assets/style.css', run.url).href, agent)));
    agent.destroy();
    expect(burst.filter((status) => status === 200)).toHaveLength(1000);

    run.child.kill('SIGTERM');
    expect(await run.exited).toBe(0);
    expect(await listening(run.url)).toBe(false);
    await rm(dir, { recursive: true, force: true });
  }, 180_000);

  it('starts from the records `newsdigest build` kept, extracts a changed article again, and ignores a corrupt cache with a note', async () => {
    const dir = await makeSite();
    expect((await runCli(['build', '--quiet'], dir)).code).toBe(0);
    const serve = async (): Promise<string> => {
      const run = await startServing(process.execPath, [BIN, 'dev', '--port', '0'], dir);
      running.push(run);
      // A page served means the event loop ran past the start, where the signals are handled.
      expect(await get(run.url)).toBe(200);
      run.child.kill('SIGTERM');
      expect(await run.exited).toBe(0);
      return run.output();
    };
    expect(await serve()).toMatch(/Built 3 articles into public\/: \d+ pages in \d+ ms \(3 articles from the build's cache\)\./);

    const article = join(dir, 'articles', SOURCES[0] as string);
    await writeFile(article, (await readFile(article, 'utf8')).replace(/^title: .*$/m, 'title: "A headline the build did not see"'));
    expect(await serve()).toMatch(/\(2 articles from the build's cache\)/);
    expect(await readFile(join(dir, 'public/articles/rdc-cholera-kasai/index.html'), 'utf8')).toContain('A headline the build did not see');

    const [folder] = await readdir(join(dir, '.cache/newsdigest'));
    await writeFile(join(dir, '.cache/newsdigest', folder as string, 'manifest.json'), '{"tool":');
    const output = await serve();
    expect(output).toMatch(/^note: The cache in .* is corrupt \(its manifest is not JSON\); it is ignored$/m);
    expect(output).not.toMatch(/from the build's cache/);
    await rm(dir, { recursive: true, force: true });
  }, 180_000);

  it.each(['SIGTERM', 'SIGINT'] as const)(
    'stops when %s is sent to `npm start`',
    async (signal) => {
      const dir = await makeSite();
      await mkdir(join(dir, 'out'));
      // --ignore-scripts skips prestart (the compile, done once by the test setup) and still runs start.
      const run = await startServing('npm', ['start', '--ignore-scripts', '--', '--articles', join(dir, 'articles'), '--out', join(dir, 'out/public'), '--port', '0'], PROJECT);
      running.push(run);
      expect(await get(run.url)).toBe(200);
      run.child.kill(signal);
      await run.exited;
      // npm may exit before the server it started: the server notices and stops within a second.
      await expect.poll(() => listening(run.url), { timeout: 20_000, interval: 100 }).toBe(false);
      await rm(dir, { recursive: true, force: true });
    },
    120_000,
  );
});
