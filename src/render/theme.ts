/**
 * The built-in theme and how a site overrides it: the package ships its own `templates/`
 * (layouts, pages, partials, i18n strings, assets), used when the site has no templates folder.
 * A site's own templates folder overrides it file by file, as Hugo themes and Eleventy layouts
 * do: a file the site has wins, any other comes from the theme.
 */
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The package's templates/ folder; the same path from src/render/ and from dist/render/. */
export const BUILTIN_THEME_DIR = resolve(fileURLToPath(new URL('../../templates/', import.meta.url)));

/** Template folders in lookup order: the site's own first, then the built-in theme. */
export function themeDirs(templatesDir: string): string[] {
  const own = resolve(templatesDir);
  return own === BUILTIN_THEME_DIR ? [own] : [own, BUILTIN_THEME_DIR];
}

/** The file at `relPath` (e.g. "assets/style.css") from the first theme folder that has it. */
export function themeFile(templatesDir: string, relPath: string): string | null {
  for (const dir of themeDirs(templatesDir)) {
    const path = join(dir, relPath);
    if (existsSync(path)) return path;
  }
  return null;
}

/** Asset folders in copy order: the theme's first, so that the site's own files replace them. */
export function assetDirs(templatesDir: string): string[] {
  return themeDirs(templatesDir)
    .map((dir) => join(dir, 'assets'))
    .reverse();
}
