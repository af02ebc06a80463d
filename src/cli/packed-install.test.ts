// The package as a user gets it: `npm pack`, installed from the tarball into an empty folder with
// --omit=dev (its dependencies come from the registry), then every command run from there with no
// TypeScript tooling and no templates/ folder (the built-in theme). Slow (an npm install): one
// file, run once, generous time limits.
import { execFile, spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { mkdir, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const PROJECT = new URL('../../', import.meta.url).pathname;
const VERSION = (JSON.parse(readFileSync(join(PROJECT, 'package.json'), 'utf8')) as { version: string }).version;

function exec(command: string, args: string[], cwd: string): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(command, args, { cwd, timeout: 300_000, maxBuffer: 64 * 1024 * 1024, env: { ...process.env, NO_COLOR: '1', npm_config_update_notifier: 'false' } }, (error, stdout, stderr) => {
      resolve({ code: error ? Number((error as { code?: number }).code ?? 1) : 0, stdout, stderr });
    });
  });
}

function listening(url: string): Promise<boolean> {
  return new Promise((resolve) => {
    const req = request(url, (res) => {
      res.resume();
      resolve(true);
    });
    req.on('error', () => resolve(false));
    req.end();
  });
}

let dir: string;
let app: string;
let install: { code: number; stdout: string; stderr: string };
const newsdigest = (args: string[]) => exec(join(app, 'node_modules/.bin/newsdigest'), args, app);

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'nd-packed-'));
  app = join(dir, 'app');
  await mkdir(join(app, 'articles'), { recursive: true });
  // --ignore-scripts: dist/ is already compiled from these sources by the test setup, and a
  // second compile would empty dist/ under the tests running beside this one.
  const pack = await exec('npm', ['pack', '--ignore-scripts', '--silent', '--pack-destination', dir], PROJECT);
  expect(pack.code, pack.stderr).toBe(0);
  const tarball = (await readdir(dir)).find((name) => name.endsWith('.tgz'));
  await writeFile(join(app, 'package.json'), '{ "name": "packed-install-test", "private": true }\n');
  install = await exec('npm', ['install', '--omit=dev', '--no-audit', '--no-fund', join(dir, tarball ?? 'missing.tgz')], app);
  await writeFile(join(app, 'articles/ferry.md'), '---\ntitle: Ferry line approved\ndate: 2026-06-15\nlang: en\n---\nThe council approved a ferry line on Monday, with 9 votes to 2.\n');
}, 400_000);

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('the packed package, installed with --omit=dev', () => {
  it('installs without a warning, and without TypeScript tooling', () => {
    expect(install.code, install.stderr).toBe(0);
    expect(install.stderr).not.toMatch(/warn/i);
    for (const devOnly of ['tsx', 'esbuild', 'typescript', 'vitest']) expect(existsSync(join(app, 'node_modules', devOnly)), devOnly).toBe(false);
    // What the tarball ships: compiled code, the theme, README and licence; no sources or tests.
    const pkg = join(app, 'node_modules/newsdigest');
    for (const path of ['dist/cli/main.js', 'dist/workers/worker.js', 'dist/serve/client.js', 'dist/record/schema.json', 'templates/pages/home.liquid', 'README.md', 'LICENSE']) expect(existsSync(join(pkg, path)), path).toBe(true);
    for (const path of ['src', 'scripts', 'eval', 'articles']) expect(existsSync(join(pkg, path)), path).toBe(false);
  });

  it('answers --version', async () => {
    const result = await newsdigest(['--version']);
    expect(result.stderr).toBe('');
    expect(result.stdout.trim()).toBe(VERSION);
  });

  it('builds a folder without templates/ with the built-in theme', async () => {
    const result = await newsdigest(['build']);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(readFileSync(join(app, 'public/articles/ferry/index.html'), 'utf8')).toContain('Ferry line approved');
    expect(existsSync(join(app, 'public/assets/style.css'))).toBe(true);
  });

  it('extracts a record as JSON and checks the folder (the schema validator loads)', async () => {
    const extract = await newsdigest(['extract', '--json', 'articles/ferry.md']);
    expect(extract.code).toBe(0);
    expect((JSON.parse(extract.stdout) as { id: string }[])[0]?.id).toBe('ferry');
    const check = await newsdigest(['check']);
    expect(check.stderr).toBe('');
    expect(check.code).toBe(0);
    expect(check.stdout).toContain('Checked 1 file: 1 article usable, 0 errors, 0 warnings.');
  });

  it.each([
    ['SIGTERM sent to npx', false, 'SIGTERM'],
    ['SIGINT sent to the process group, as Ctrl-C does', true, 'SIGINT'],
  ] as const)(
    '`npx newsdigest dev` stops on %s',
    async (_name, group, signal) => {
      const child = spawn('npx', ['newsdigest', 'dev', '--port', '0'], { cwd: app, detached: group, stdio: ['ignore', 'pipe', 'pipe'] });
      const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
      const url = await new Promise<string>((resolve, reject) => {
        let output = '';
        const onData = (chunk: Buffer): void => {
          output += chunk.toString();
          const match = /Serving (http:\/\/127\.0\.0\.1:\d+\/)/.exec(output);
          if (match?.[1]) resolve(match[1]);
        };
        child.stdout.on('data', onData);
        child.stderr.on('data', onData);
        void exited.then(() => reject(new Error(`npx exited before serving:\n${output}`)));
      });
      expect(await listening(url)).toBe(true);
      if (group && child.pid) process.kill(-child.pid, signal);
      else child.kill(signal);
      await exited;
      await expect.poll(() => listening(url), { timeout: 20_000, interval: 100 }).toBe(false);
    },
    120_000,
  );
});
