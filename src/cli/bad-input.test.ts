// The bad-input corpus: each case is built by the real `newsdigest build` in a fresh site beside
// one good article. Every case must end with the file named in a path:line:col diagnostic (or
// build cleanly when the input is odd but valid), the good article built, no hang (a time limit
// kills a hung build and fails the test), no file written outside the output folder, and exit 1
// when the case is an error. Fixture files: fixtures/bad-input/ (see its README).
import { execFileSync } from 'node:child_process';
import { existsSync, lstatSync, readdirSync, readFileSync } from 'node:fs';
import { chmod, copyFile, mkdir, mkdtemp, rm, symlink, truncate, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { collectArticles, loadArticles } from '../article/load.ts';
import { scanArticleFiles } from '../read/find.ts';
import { type CliOptions, runCli } from '../test/cli.ts';

const FIXTURES = new URL('./fixtures/bad-input/', import.meta.url).pathname;
const GOOD = '---\ntitle: Good article\ndate: 2026-06-01\nlang: en\n---\nThe town council approved the new library on Monday.\n';

/**
 * Every file under `dir` but the build's own folders (the output folder, the cache), with its
 * size and modification time (folders: their names only, their times change when public/ appears).
 */
function snapshot(dir: string, skip: readonly string[]): Map<string, string> {
  const out = new Map<string, string>();
  const walk = (current: string): void => {
    for (const name of readdirSync(current)) {
      const full = join(current, name);
      if (skip.includes(full)) continue;
      const stats = lstatSync(full, { throwIfNoEntry: false });
      if (!stats) continue;
      if (stats.isDirectory()) walk(full);
      out.set(relative(dir, full), stats.isDirectory() ? 'folder' : `${stats.size}:${stats.mtimeMs}`);
    }
  };
  walk(dir);
  return out;
}

interface Case {
  /** Files copied from the fixtures folder into articles/. */
  fixtures?: string[];
  /** Files made by the test, by path under articles/. */
  make?: (articles: string) => Promise<void>;
  /** Diagnostics expected on stderr, one regular expression per line (anchored to whole lines). */
  expect: RegExp[];
  code: 0 | 1;
  /** Article ids expected on the site besides the good one. */
  built?: string[];
  run?: CliOptions;
}

async function buildCase(c: Case): Promise<{ stderr: string; stdout: string; code: number; root: string; project: string }> {
  const root = await mkdtemp(join(tmpdir(), 'nd-bad-'));
  const project = join(root, 'site');
  const articles = join(project, 'articles');
  await mkdir(articles, { recursive: true });
  await writeFile(join(articles, 'good.md'), GOOD);
  for (const name of c.fixtures ?? []) await copyFile(join(FIXTURES, name), join(articles, name));
  await c.make?.(articles);
  const own = [join(project, 'public'), join(project, '.cache')];
  const before = snapshot(root, own);
  const result = await runCli(['build'], project, { timeoutMs: 120_000, ...c.run });
  expect(result.killed, 'the build hung').toBe(false);
  // Nothing outside public/ and .cache/ was written, moved or deleted (staging folders are removed).
  expect(snapshot(root, own)).toEqual(before);
  expect(result.stdout).toMatch(/^Built \d+ articles? into public\//m);
  expect(readFileSync(join(project, 'public/articles/good/index.html'), 'utf8')).toContain('Good article');
  for (const id of c.built ?? []) expect(existsSync(join(project, 'public/articles', id, 'index.html')), id).toBe(true);
  for (const pattern of c.expect)
    expect(
      result.stderr.split('\n').some((line) => new RegExp(`^${pattern.source}$`).test(line)),
      `${pattern}\nin:\n${result.stderr}`,
    ).toBe(true);
  expect(result.code).toBe(c.code);
  return { ...result, root, project };
}

// As root (CI), permissions do not stop reads: that case runs the build as root without the
// capabilities that override file permissions (setpriv, from util-linux), so the read really fails.
const withoutOverride: CliOptions | undefined = process.getuid?.() === 0 ? { wrapper: ['setpriv', '--inh-caps=-dac_override,-dac_read_search', '--bounding-set=-dac_override,-dac_read_search'] } : undefined;

const CASES: Record<string, Case> = {
  'malformed YAML': { fixtures: ['malformed-yaml.md'], code: 1, expect: [/articles\/malformed-yaml\.md:3:\d+: error: Frontmatter is not valid YAML: .+ \[frontmatter-yaml\]/] },
  'frontmatter that is a list': {
    fixtures: ['frontmatter-list.md'],
    code: 1,
    expect: [/articles\/frontmatter-list\.md:2:1: error: Frontmatter must be fields \("title: …" lines\), found a list; the file is left out\. .+ \[frontmatter-shape\]/],
  },
  'frontmatter that is a scalar': { fixtures: ['frontmatter-scalar.md'], code: 1, expect: [/articles\/frontmatter-scalar\.md:2:1: error: Frontmatter must be fields .+found a single value \("just some words"\).+ \[frontmatter-shape\]/] },
  'date "yesterday"': {
    fixtures: ['date-yesterday.md'],
    code: 1,
    built: ['date-yesterday'],
    expect: [/articles\/date-yesterday\.md:3:7: error: Field "date" must be a date \(YYYY-MM-DD or ISO 8601 timestamp\), found string "yesterday"; it is ignored \[frontmatter-type\]/],
  },
  'tags as a number': { fixtures: ['tags-number.md'], code: 1, built: ['tags-number'], expect: [/articles\/tags-number\.md:3:7: error: Field "tags" must be a list of strings, found number 42; it is ignored \[frontmatter-type\]/] },
  'title as a list': { fixtures: ['title-list.md'], code: 1, built: ['title-list'], expect: [/articles\/title-list\.md:2:8: error: Field "title" must be a string, found a list; it is ignored \[frontmatter-type\]/] },
  'an empty file': { fixtures: ['empty.md'], code: 1, expect: [/articles\/empty\.md:1:1: error: Article has no text\. Write a body or remove the file \[empty-article\]/] },
  'a whitespace-only file': { fixtures: ['whitespace-only.md'], code: 1, expect: [/articles\/whitespace-only\.md:1:1: error: Article has no text\. .+ \[empty-article\]/] },
  'a binary file named .md': { fixtures: ['binary.md'], code: 1, expect: [/articles\/binary\.md:3:1: error: File holds a NUL byte: it looks binary, not a text article\. .+ \[unreadable-file\]/] },
  'invalid UTF-8': { fixtures: ['invalid-utf8.md'], code: 1, expect: [/articles\/invalid-utf8\.md:1:6: error: File is not valid UTF-8\. Save it as UTF-8 \[unreadable-file\]/] },
  'UTF-16 with a BOM': { fixtures: ['utf16-bom.md'], code: 0, built: ['utf16-bom'], expect: [/articles\/utf16-bom\.md:1:1: warning: File is UTF-16LE; it was read as such\. Save it as UTF-8 so that every tool reads it \[encoding\]/] },
  'control characters': {
    fixtures: ['control-characters.md'],
    code: 0,
    built: ['control-characters'],
    expect: [/articles\/control-characters\.md:4:20: warning: File holds 2 control characters \(the first is U\+0007\); they are removed \[control-characters\]/],
  },
  'two articles with the same id': {
    fixtures: ['duplicate-id-a.md', 'duplicate-id-b.md'],
    code: 1,
    built: ['council-meeting'],
    expect: [/articles\/duplicate-id-b\.md:1:1: error: Article id "council-meeting" is already used by articles\/duplicate-id-a\.md; this file is left out\. .+ \[duplicate-id\]/],
  },
  'two articles with the same title': {
    fixtures: ['same-title-a.md', 'same-title-b.md'],
    code: 0,
    built: ['same-title-a', 'same-title-b'],
    expect: [/articles\/same-title-b\.md:2:1: warning: Title "Water prices rise" is also the title of articles\/same-title-a\.md; both are published\. .+ \[duplicate-title\]/],
  },
  'unsafe slugs (../../etc/passwd, a/b, CON, empty, only emoji)': {
    fixtures: ['slug-traversal.md', 'slug-nested.md', 'slug-con.md', 'slug-empty.md', 'slug-emoji.md'],
    code: 1,
    built: ['slug-traversal', 'slug-nested', 'slug-con', 'slug-empty', 'slug-emoji'],
    expect: [
      /articles\/slug-traversal\.md:3:7: error: Field "slug" must be lower-case letters, digits and single hyphens .+, found "\.\.\/\.\.\/etc\/passwd"; the file name is used instead \[unsafe-slug\]/,
      /articles\/slug-nested\.md:3:7: error: Field "slug" .+ found "a\/b"; the file name is used instead \[unsafe-slug\]/,
      /articles\/slug-con\.md:3:7: error: Field "slug" .+ found "CON"; the file name is used instead \[unsafe-slug\]/,
      /articles\/slug-empty\.md:3:7: error: Field "slug" .+ found ""; the file name is used instead \[unsafe-slug\]/,
      /articles\/slug-emoji\.md:3:7: error: Field "slug" .+ found "🎉🎉"; the file name is used instead \[unsafe-slug\]/,
    ],
  },
  'file names with spaces, accents and emoji': { fixtures: ['my article.md', 'café crème.md', '🎉 party.md'], code: 0, built: ['my-article', 'cafe-creme', 'tada-party'], expect: [] },
  'an article over the size limit': {
    make: (dir) => writeFile(join(dir, 'huge.md'), `# Huge\n\n${'The harbour board met again. '.repeat(180_000)}`),
    code: 1,
    expect: [/articles\/huge\.md:1:1: error: File is [\d,]+ bytes, over the limit of 5,000,000 bytes \(5 MB\) for one article; it is left out\. Split it, or raise "maxArticleBytes" in newsdigest\.config\.json \[too-large\]/],
  },
  'an article over a configured size limit': {
    make: async (dir) => {
      await writeFile(join(dir, '..', 'newsdigest.config.json'), '{ "maxArticleBytes": 1000 }\n');
      await writeFile(join(dir, 'long.md'), `# Long\n\n${'The ferry was late. '.repeat(100)}`);
    },
    code: 1,
    expect: [/articles\/long\.md:1:1: error: File is 2,008 bytes, over the limit of 1,000 bytes \(1 kB\) for one article; .+ \[too-large\]/],
  },
  'a 100,000-line article': { make: (dir) => writeFile(join(dir, 'many-lines.md'), `# Many lines\n\n${Array.from({ length: 100_000 }, (_, i) => `Line ${i} of the report.`).join('\n')}\n`), code: 0, built: ['many-lines'], expect: [] },
  'Markdown nested 10,000 levels deep': {
    make: (dir) => writeFile(join(dir, 'deep.md'), `# Deep\n\n${'> '.repeat(10_000)}deep words\n`),
    code: 0,
    built: ['deep'],
    expect: [/articles\/deep\.md:3:1: warning: Markdown nested more than 32 levels deep, .+; the excess is kept as plain text \[nesting-depth\]/],
  },
  'a 1 MB single line': { make: (dir) => writeFile(join(dir, 'one-line.md'), `# One line\n\n${'the council voted and '.repeat(48_000)}\n`), code: 0, built: ['one-line'], expect: [] },
  'a symlink loop': {
    make: async (dir) => {
      await symlink('loop-b.md', join(dir, 'loop-a.md'));
      await symlink('loop-a.md', join(dir, 'loop-b.md'));
      await symlink('.', join(dir, 'self'));
    },
    code: 1,
    expect: [
      /articles\/loop-a\.md:1:1: error: Symbolic link loops back on itself; it is skipped\. Remove it \[unreadable-file\]/,
      /articles\/loop-b\.md:1:1: error: Symbolic link loops back on itself; .+ \[unreadable-file\]/,
      /articles\/self:1:1: warning: Linked folders are not followed .+ \[linked-folder\]/,
    ],
  },
  'an unreadable file': {
    make: async (dir) => {
      await writeFile(join(dir, 'secret.md'), '# Secret\n\nNot for reading.\n');
      await chmod(join(dir, 'secret.md'), 0o000);
    },
    ...(withoutOverride ? { run: withoutOverride } : {}),
    code: 1,
    expect: [/articles\/secret\.md:1:1: error: File could not be read \(EACCES\): check its permissions \[unreadable-file\]/],
  },
  'a FIFO named .md': { make: async (dir) => void execFileSync('mkfifo', [join(dir, 'pipe.md')]), code: 1, expect: [/articles\/pipe\.md:1:1: error: Not a regular file \(a FIFO, socket or device\): .+ \[unreadable-file\]/] },
};

describe('the bad-input corpus', () => {
  for (const [name, c] of Object.entries(CASES)) {
    it(`${name}: reported, the rest built, exit ${c.code}`, async () => {
      const { root } = await buildCase(c);
      await rm(root, { recursive: true, force: true });
    }, 180_000);
  }

  it('a file deleted or truncated between finding and reading it is reported, the rest built', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'nd-race-'));
    await writeFile(join(dir, 'good.md'), GOOD);
    await writeFile(join(dir, 'deleted.md'), '# Deleted\n\nSoon gone.\n');
    await writeFile(join(dir, 'truncated.md'), '# Truncated\n\nSoon empty.\n');
    const { paths } = await scanArticleFiles(dir);
    // What a build sees when another program deletes and truncates files while it runs.
    await rm(join(dir, 'deleted.md'));
    await truncate(join(dir, 'truncated.md'), 0);
    const { articles, diagnostics } = collectArticles(await loadArticles(dir, paths), { drafts: false });
    expect(articles.map((a) => a.record.id)).toEqual(['good']);
    expect(diagnostics.map((d) => `${d.path.endsWith('deleted.md') ? 'deleted' : 'truncated'} ${d.ruleId} ${d.reason}`)).toEqual([
      'deleted unreadable-file File was deleted before it could be read',
      'truncated empty-article Article has no text. Write a body or remove the file',
    ]);
  });
});
