import { existsSync, readFileSync } from 'node:fs';
import { mkdir, mkdtemp, readdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { assertSafeOutDir, MARKER, OutputDirError, removeFiles, replaceFiles, writeSiteAtomically } from './site.ts';

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
