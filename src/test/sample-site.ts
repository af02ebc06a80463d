import { cp, mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { DEFAULT_CONFIG, normaliseBaseUrl, type SiteConfig } from '../config/config.ts';

/** The repository's folder (its sample articles and templates). */
export const REPO = resolve(import.meta.dirname, '../..');

/**
 * A copy of the sample articles in a new temporary folder, with the config of a site built from
 * them there (four articles per list page, feeds on), and the cache root beside it.
 */
export async function sampleSite(prefix: string): Promise<{ dir: string; config: SiteConfig; cacheDir: string }> {
  const dir = await mkdtemp(join(tmpdir(), prefix));
  await cp(join(REPO, 'articles'), join(dir, 'articles'), { recursive: true });
  const config: SiteConfig = { ...DEFAULT_CONFIG, articlesDir: join(dir, 'articles'), templatesDir: join(REPO, 'templates'), outDir: join(dir, 'public'), pageSize: 4, baseUrl: normaliseBaseUrl('https://news.example.org/') };
  return { dir, config, cacheDir: join(dir, '.cache') };
}
