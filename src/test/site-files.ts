import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

/** Every file under `dir`, relative, with / separators. */
export function listFiles(dir: string): string[] {
  const out: string[] = [];
  const walk = (current: string): void => {
    for (const name of readdirSync(current)) {
      const full = join(current, name);
      if (statSync(full).isDirectory()) walk(full);
      else out.push(relative(dir, full).split('\\').join('/'));
    }
  };
  walk(dir);
  return out.sort();
}

/**
 * Every internal href/src of every HTML page under `outDir` that does not resolve to a file,
 * as "page → reference". `basePath` is the path prefix the site is built for ("/" or "/news/").
 */
export function brokenLinks(outDir: string, basePath: string): string[] {
  const broken: string[] = [];
  for (const page of listFiles(outDir).filter((f) => f.endsWith('.html'))) {
    const html = readFileSync(join(outDir, page), 'utf8');
    for (const match of html.matchAll(/\s(?:href|src)="([^"]*)"/g)) {
      const ref = (match[1] ?? '').replace(/&amp;/g, '&');
      if (/^(?:[a-z]+:|#|\/\/)/i.test(ref)) continue;
      if (!ref.startsWith(basePath)) {
        broken.push(`${page} → ${ref} (outside ${basePath})`);
        continue;
      }
      const path = decodeURIComponent(ref.slice(basePath.length).split(/[?#]/)[0] ?? '');
      const file = path === '' || path.endsWith('/') ? `${path}index.html` : path;
      if (!existsSync(join(outDir, file))) broken.push(`${page} → ${ref}`);
    }
  }
  return broken;
}
