import { existsSync, readFileSync } from 'node:fs';
import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../config/config.ts';
import { buildSite } from '../site/build.ts';
import { assetDirs, BUILTIN_THEME_DIR, themeDirs, themeFile } from './theme.ts';

async function siteWith(files: Record<string, string>): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'nd-theme-'));
  for (const [path, content] of Object.entries({ 'articles/one.md': '---\ntitle: Ferry line approved\ndate: 2026-06-15\nlang: en\n---\nThe council approved the ferry line on Monday.\n', ...files })) {
    await mkdir(join(dir, path, '..'), { recursive: true });
    await writeFile(join(dir, path), content);
  }
  return dir;
}

describe('the built-in theme', () => {
  it('is the package templates folder, with every part a site needs', () => {
    for (const part of ['layouts', 'pages', 'partials', 'i18n', 'assets']) expect(existsSync(join(BUILTIN_THEME_DIR, part)), part).toBe(true);
    expect(themeDirs(BUILTIN_THEME_DIR)).toEqual([BUILTIN_THEME_DIR]);
  });

  it('builds a site that has no templates folder', async () => {
    const dir = await siteWith({});
    const result = await buildSite(loadConfig(dir), { cacheDir: join(dir, '.cache') });
    expect(result.written).toBe(true);
    expect(readFileSync(join(dir, 'public/articles/one/index.html'), 'utf8')).toContain('Ferry line approved');
    expect(readFileSync(join(dir, 'public/assets/style.css'), 'utf8')).toBe(readFileSync(join(BUILTIN_THEME_DIR, 'assets/style.css'), 'utf8'));
  });

  it('lets a site override one partial, one UI string and one asset, taking the rest from the theme', async () => {
    const dir = await siteWith({
      'templates/partials/footer.liquid': '<footer class="own-footer">{{ "latest" | t }}</footer>\n',
      'templates/i18n/en.json': '{ "latest": "Newest stories" }\n',
      'templates/assets/style.css': 'body { color: rgb(1, 2, 3); }\n',
      'templates/assets/extra.css': '.extra {}\n',
    });
    const result = await buildSite(loadConfig(dir), { cacheDir: join(dir, '.cache') });
    expect(result.written).toBe(true);
    const home = readFileSync(join(dir, 'public/index.html'), 'utf8');
    expect(home).toContain('<footer class="own-footer">Newest stories</footer>');
    // Pages and the layout still come from the theme, with its other strings.
    expect(home).toContain('<html');
    expect(home).toMatch(/Topics/);
    expect(readFileSync(join(dir, 'public/assets/style.css'), 'utf8')).toBe('body { color: rgb(1, 2, 3); }\n');
    expect(existsSync(join(dir, 'public/assets/extra.css'))).toBe(true);
  });

  it('finds a file in the site first, then in the theme', async () => {
    const dir = await siteWith({ 'templates/assets/style.css': 'x' });
    const own = join(dir, 'templates');
    expect(themeFile(own, 'assets/style.css')).toBe(join(own, 'assets/style.css'));
    expect(themeFile(own, 'pages/home.liquid')).toBe(join(BUILTIN_THEME_DIR, 'pages/home.liquid'));
    expect(themeFile(own, 'pages/nothing.liquid')).toBeNull();
    expect(assetDirs(own)).toEqual([join(BUILTIN_THEME_DIR, 'assets'), join(own, 'assets')]);
  });
});
