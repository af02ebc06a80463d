import { existsSync, readFileSync } from 'node:fs';
import { mkdir, mkdtemp, readdir, rename, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { assertSafeOutDir, commitInPlace, createStaging, JOURNAL, MARKER, markerBuildId, markerText, OutputDirError, recoverOutput, removeFiles, replaceFiles, writeSiteAtomically } from './site.ts';

const temp = () => mkdtemp(join(tmpdir(), 'nd-write-'));

describe('writeSiteAtomically', () => {
  it('writes a complete site and replaces the previous one whole', async () => {
    const root = await temp();
    const out = join(root, 'public');
    await writeSiteAtomically(out, [
      { path: 'index.html', content: 'one' },
      { path: 'articles/a/index.html', content: 'a' },
    ]);
    expect(readFileSync(join(out, 'articles/a/index.html'), 'utf8')).toBe('a');
    expect(existsSync(join(out, MARKER))).toBe(true);
    await writeSiteAtomically(out, [{ path: 'index.html', content: 'two' }]);
    expect(readFileSync(join(out, 'index.html'), 'utf8')).toBe('two');
    // The deleted article's page is gone, and no staging folder is left beside the site.
    expect(existsSync(join(out, 'articles/a/index.html'))).toBe(false);
    expect(await readdir(root)).toEqual(['public']);
  });

  it('keeps the previous site when rendering fails half-way', async () => {
    const root = await temp();
    const out = join(root, 'public');
    await writeSiteAtomically(out, [{ path: 'index.html', content: 'good' }]);
    function* failing() {
      yield { path: 'index.html', content: 'new' };
      throw new Error('template broke');
    }
    await expect(writeSiteAtomically(out, failing())).rejects.toThrow('template broke');
    expect(readFileSync(join(out, 'index.html'), 'utf8')).toBe('good');
    expect(await readdir(root)).toEqual(['public']);
  });

  it('removes the staging folder a killed build left behind', async () => {
    const root = await temp();
    await mkdir(join(root, '.newsdigest-tmp-public-999999999-abc'));
    await writeSiteAtomically(join(root, 'public'), [{ path: 'index.html', content: 'x' }]);
    expect(await readdir(root)).toEqual(['public']);
  });

  it('refuses to replace a non-empty folder it did not make', async () => {
    const root = await temp();
    await mkdir(join(root, 'docs'));
    await writeFile(join(root, 'docs/thesis.tex'), 'precious');
    await expect(writeSiteAtomically(join(root, 'docs'), [{ path: 'index.html', content: 'x' }])).rejects.toBeInstanceOf(OutputDirError);
    expect(readFileSync(join(root, 'docs/thesis.tex'), 'utf8')).toBe('precious');
  });
});

describe('assertSafeOutDir', () => {
  it('refuses the file-system root and folders holding the sources', () => {
    expect(() => assertSafeOutDir('/', [])).toThrow(OutputDirError);
    expect(() => assertSafeOutDir('/work/site', ['/work/site/articles'])).toThrow(/holds/);
    expect(() => assertSafeOutDir('/work/site', ['/work/site'])).toThrow(/holds/);
    expect(() => assertSafeOutDir('/work/site/public', ['/work/site/articles', '/work/site'])).not.toThrow();
  });
});

describe('replaceFiles and removeFiles', () => {
  it('replace single files and prune the folders they leave empty', async () => {
    const out = await temp();
    await replaceFiles(out, [
      { path: 'articles/a/index.html', content: 'a1' },
      { path: 'index.html', content: 'home' },
    ]);
    await replaceFiles(out, [{ path: 'articles/a/index.html', content: 'a2' }]);
    expect(readFileSync(join(out, 'articles/a/index.html'), 'utf8')).toBe('a2');
    await removeFiles(out, ['articles/a/index.html']);
    expect(existsSync(join(out, 'articles'))).toBe(false);
    expect((await readdir(out)).sort()).toEqual(['index.html']);
  });
});

describe('commitInPlace', () => {
  /** A site with two articles, written whole; and a staging folder that updates it: b changed, c added, a removed. */
  async function siteAndUpdate(): Promise<{ root: string; out: string; staging: string }> {
    const root = await temp();
    const out = join(root, 'public');
    await writeSiteAtomically(out, [
      { path: 'index.html', content: 'home a b' },
      { path: 'articles/a/index.html', content: 'a' },
      { path: 'articles/b/index.html', content: 'b1' },
    ]);
    const staging = await createStaging(out);
    await mkdir(join(staging, 'articles/b'), { recursive: true });
    await mkdir(join(staging, 'articles/c'), { recursive: true });
    await writeFile(join(staging, 'index.html'), 'home b c');
    await writeFile(join(staging, 'articles/b/index.html'), 'b2');
    await writeFile(join(staging, 'articles/c/index.html'), 'c');
    await writeFile(join(staging, MARKER), markerText('two'));
    return { root, out, staging };
  }
  const moved = ['index.html', 'articles/b/index.html', 'articles/c/index.html', MARKER];

  const expectNewSite = async (root: string, out: string): Promise<void> => {
    expect(readFileSync(join(out, 'index.html'), 'utf8')).toBe('home b c');
    expect(readFileSync(join(out, 'articles/b/index.html'), 'utf8')).toBe('b2');
    expect(readFileSync(join(out, 'articles/c/index.html'), 'utf8')).toBe('c');
    expect(existsSync(join(out, 'articles/a'))).toBe(false);
    expect(markerBuildId(out)).toBe('two');
    expect(await readdir(root)).toEqual(['public']);
  };

  it('moves the changed files in, removes the removed ones, and marks the site as the new build', async () => {
    const { root, out, staging } = await siteAndUpdate();
    await commitInPlace(staging, out, moved, ['articles/a/index.html']);
    await expectNewSite(root, out);
  });

  /** The staging folder as a process that is gone left it: renamed to carry that dead process's pid. */
  async function abandon(staging: string): Promise<string> {
    const { spawn } = await import('node:child_process');
    const gone = spawn(process.execPath, ['-e', '0']);
    await new Promise((resolve) => gone.once('exit', resolve));
    const name = basename(staging).replace(`-${process.pid}-`, `-${gone.pid}-`);
    const target = join(dirname(staging), name);
    await rename(staging, target);
    return target;
  }

  it('leaves the old site as it was when the build died before its journal was written', async () => {
    const { root, out, staging } = await siteAndUpdate();
    await abandon(staging);
    await recoverOutput(out);
    expect(readFileSync(join(out, 'index.html'), 'utf8')).toBe('home a b');
    expect(readFileSync(join(out, 'articles/a/index.html'), 'utf8')).toBe('a');
    expect(await readdir(root)).toEqual(['public']);
  });

  it('finishes an update whose build died after writing its journal, half-way through the moves', async () => {
    const { root, out, staging } = await siteAndUpdate();
    await writeFile(join(staging, JOURNAL), JSON.stringify({ moved, removed: ['articles/a/index.html'] }));
    // Two files were moved before the process died.
    await rename(join(staging, 'index.html'), join(out, 'index.html'));
    await rename(join(staging, 'articles/b/index.html'), join(out, 'articles/b/index.html'));
    await abandon(staging);
    expect(markerBuildId(out)).toBeNull();
    await recoverOutput(out);
    await expectNewSite(root, out);
  });
});
