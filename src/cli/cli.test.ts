import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { cp, mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { recordSchemaErrors } from '../record/schema.ts';
import { runCli } from '../test/cli.ts';

const root = resolve(import.meta.dirname, '../..');
const seed = resolve(root, '../shared/seed/000_3e50fc57543504c2.txt');

const run = (args: string[], cwd: string) => runCli(args, cwd);

let project: string;

beforeAll(async () => {
  project = await mkdtemp(join(tmpdir(), 'nd-cli-'));
  await cp(join(root, 'templates'), join(project, 'templates'), { recursive: true });
  await mkdir(join(project, 'articles/world'), { recursive: true });
  await cp(join(root, 'articles/archive/wire'), join(project, 'articles/world'), { recursive: true });
  await writeFile(join(project, 'articles/good.md'), '---\ntitle: Good\ndate: 2026-11-02\nlang: en\n---\nThe council approved the plan on Monday.\n');
  await writeFile(join(project, 'articles/bad.md'), '---\ntitle: Bad\n  oops: 1\n---\nText.\n');
});

// Each test runs several whole builds in fresh processes: on a busy machine that takes minutes,
// so the limit is generous (it guards against a hang; no test here asserts a duration).
describe('newsdigest CLI', { timeout: 240_000 }, () => {
  it('prints its version and help', async () => {
    const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string };
    expect((await run(['--version'], project)).stdout.trim()).toBe(pkg.version);
    const help = await run(['--help'], project);
    expect(help.code).toBe(0);
    for (const command of ['build', 'extract', 'check', 'dev']) expect(help.stdout).toContain(command);
    for (const command of ['build', 'extract', 'check', 'dev']) {
      const commandHelp = await run([command, '--help'], project);
      expect(commandHelp.code, command).toBe(0);
      expect(commandHelp.stdout, command).toContain(`Usage: newsdigest ${command}`);
    }
  });

  it('exits 2 on usage errors', async () => {
    expect((await run(['frobnicate'], project)).code).toBe(2);
    const badFlag = await run(['build', '--nope'], project);
    expect(badFlag.code).toBe(2);
    expect(badFlag.stderr).toContain('Usage: newsdigest build');
    expect((await run(['extract'], project)).code).toBe(2);
    expect((await run(['build', '--out', '.'], project)).code).toBe(2);
    expect((await run(['build', '--articles', 'nowhere'], project)).code).toBe(2);
  });

  it('builds the rest of the site, reports the bad file as path:line:col and exits 1', async () => {
    const result = await run(['build'], project);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/^articles\/bad\.md:3:\d+: error: Frontmatter is not valid YAML: .*\[frontmatter-yaml\]$/m);
    expect(result.stdout).toMatch(/Built \d+ articles into public\//);
    expect(existsSync(join(project, 'public/articles/good/index.html'))).toBe(true);
    expect(existsSync(join(project, 'public/articles/bad/index.html'))).toBe(false);
  });

  it('builds again from the cache: nothing to do, the same problems and exit code, the summary silenced by --quiet', async () => {
    const first = await run(['build'], project);
    expect(first.code).toBe(1);
    const again = await run(['build'], project);
    expect(again.code).toBe(1);
    expect(again.stderr).toBe(first.stderr);
    expect(again.stdout).toMatch(/^Built \d+ articles into public\/: .*\nNothing changed since the last build: nothing rendered or written\.\n/);
    const quiet = await run(['build', '--quiet'], project);
    expect(quiet.stdout).toBe('');
    expect(quiet.stderr).toBe(first.stderr);
    const fresh = await run(['build', '--no-cache'], project);
    expect(fresh.stdout).toMatch(/\n\d+ articles extracted; \d+ pages rendered; 0 files written, 0 removed \(replaced whole\)\./);
    expect(existsSync(join(project, '.cache/newsdigest'))).toBe(true);
  });

  it('builds the same site on one thread and on two (--threads), and refuses a thread count that is not a whole number', async () => {
    for (const bad of ['0', 'two', '1.5']) {
      const refused = await run(['build', '--threads', bad], project);
      expect(refused.code, bad).toBe(2);
      expect(refused.stderr, bad).toContain('--threads needs a whole number of 1 or more');
    }
    // A project of its own: its caches stay out of the other tests' way.
    const own = await mkdtemp(join(tmpdir(), 'nd-cli-threads-'));
    await cp(join(project, 'articles'), join(own, 'articles'), { recursive: true });
    await cp(join(project, 'templates'), join(own, 'templates'), { recursive: true });
    const pages = (out: string): Record<string, string> => {
      const dir = join(own, out);
      const files = readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.html') || f.endsWith('.json'));
      return Object.fromEntries(files.map((f) => [f, readFileSync(join(dir, f), 'utf8')]));
    };
    const one = await run(['build', '--no-cache', '--threads', '1', '--out', 'one-thread'], own);
    const two = await run(['build', '--no-cache', '--threads', '2', '--out', 'two-threads'], own);
    expect(one.code).toBe(1);
    expect(two.code).toBe(1);
    expect(two.stderr).toBe(one.stderr);
    const onePages = pages('one-thread');
    expect(Object.keys(onePages).length).toBeGreaterThan(10);
    expect(pages('two-threads')).toEqual(onePages);
  });

  it('notes a corrupt cache, discards it and builds the site', async () => {
    await run(['build'], project);
    const [folder] = readdirSync(join(project, '.cache/newsdigest'));
    await writeFile(join(project, '.cache/newsdigest', folder ?? '', 'manifest.json'), 'not json');
    const result = await run(['build'], project);
    expect(result.stderr).toMatch(/^newsdigest build: note: The cache in .* is corrupt \(its manifest is not JSON\); it was discarded and is being rebuilt$/m);
    expect(result.stdout).toMatch(/\n\d+ articles extracted;/);
    expect(existsSync(join(project, 'public/articles/good/index.html'))).toBe(true);
  });

  it('checks without writing a site', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'nd-check-'));
    await cp(join(project, 'articles'), join(dir, 'articles'), { recursive: true });
    const result = await run(['check'], dir);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/^articles\/bad\.md:3:\d+: error:/m);
    expect(result.stdout).toMatch(/Checked \d+ files: \d+ articles usable, 1 error/);
    expect(existsSync(join(dir, 'public'))).toBe(false);
  });

  it('extracts schema-valid records as a JSON array, and a readable summary without --json', async () => {
    const json = await run(['extract', 'articles/good.md', 'articles/world/soudan-treve-djeddah.txt', '--json'], project);
    expect(json.code).toBe(0);
    const records = JSON.parse(json.stdout) as unknown[];
    expect(records).toHaveLength(2);
    for (const record of records) expect(recordSchemaErrors(record)).toEqual([]);
    const text = await run(['extract', 'articles/good.md'], project);
    expect(text.stdout).toContain('headline (frontmatter): Good');
  });

  it.skipIf(!existsSync(seed))('extracts the seed article into a schema-valid record', async () => {
    const result = await run(['extract', seed, '--json'], project);
    expect(result.code).toBe(0);
    const [record] = JSON.parse(result.stdout) as { source: { path: string } }[];
    expect(recordSchemaErrors(record)).toEqual([]);
    expect(record?.source.path).toBe('000_3e50fc57543504c2.txt');
  });
});

if (!existsSync(seed)) console.warn('skipped the seed extraction test: ../shared/seed is not beside this checkout');

describe('newsdigest init and the built-in theme', () => {
  it('creates a site that builds with the built-in theme, and never overwrites it', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'nd-init-'));
    const init = await run(['init', 'site'], dir);
    expect(init.code).toBe(0);
    const site = join(dir, 'site');
    expect(existsSync(join(site, 'newsdigest.config.json'))).toBe(true);
    expect(existsSync(join(site, 'templates'))).toBe(false);
    const build = await run(['build'], site);
    expect(build.stderr).toBe('');
    expect(build.code).toBe(0);
    expect(readFileSync(join(site, 'public/index.html'), 'utf8')).toContain('Harbour town council approves a new ferry line');
    const again = await run(['init', 'site'], dir);
    expect(again.code).toBe(2);
    expect(again.stderr).toContain('already exists');
  });

  it('copies the theme with --theme, and the copy overrides the package theme', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'nd-init-'));
    expect((await run(['init', 'site', '--theme', '--title', 'Harbour news'], dir)).code).toBe(0);
    const site = join(dir, 'site');
    expect(readFileSync(join(site, 'templates/pages/home.liquid'), 'utf8')).toBe(readFileSync(join(root, 'templates/pages/home.liquid'), 'utf8'));
    await writeFile(join(site, 'templates/partials/footer.liquid'), '<footer>Edited footer</footer>\n');
    expect((await run(['build'], site)).code).toBe(0);
    const home = readFileSync(join(site, 'public/index.html'), 'utf8');
    expect(home).toContain('Edited footer');
    expect(home).toContain('Harbour news');
  });

  it('refuses a templates folder that was named but does not exist', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'nd-init-'));
    await run(['init', '.'], dir);
    const result = await run(['build', '--templates', 'mine'], dir);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('templates folder not found: mine');
    expect(existsSync(join(dir, 'public'))).toBe(false);
  });
});

describe('newsdigest check and drafts', () => {
  it('counts a draft as usable only when build would publish it', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'nd-drafts-'));
    await mkdir(join(dir, 'articles'));
    await writeFile(join(dir, 'articles/published.md'), '---\ntitle: Out now\ndate: 2026-06-01\n---\nThe bridge reopened on Monday.\n');
    await writeFile(join(dir, 'articles/pending.md'), '---\ntitle: Not yet\ndraft: true\ndate: yesterday\n---\nThe tunnel may reopen next week.\n');
    const check = await run(['check'], dir);
    expect(check.stdout).toContain('Checked 2 files: 1 article usable, 1 draft left out (--drafts to include), 1 error, 0 warnings.');
    // A draft's problems are still reported.
    expect(check.stderr).toMatch(/^articles\/pending\.md:4:7: error: Field "date" must be a date/m);
    const withDrafts = await run(['check', '--drafts'], dir);
    expect(withDrafts.stdout).toContain('Checked 2 files: 2 articles usable, 1 error, 0 warnings.');
    const build = await run(['build'], dir);
    expect(build.stdout).toContain('Built 1 article into public/');
  });
});
