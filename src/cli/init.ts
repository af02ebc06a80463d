/**
 * `newsdigest init DIR`: a new site to start from: a config file, one sample article and, with
 * `--theme`, a copy of the built-in theme to edit (without it the site uses the theme from the
 * package, which updates with newsdigest). Never overwrites a file.
 */
import { existsSync } from 'node:fs';
import { cp, mkdir, writeFile } from 'node:fs/promises';
import { join, relative, resolve } from 'node:path';
import { CONFIG_FILE, DEFAULT_CONFIG } from '../config/config.ts';
import { BUILTIN_THEME_DIR } from '../render/theme.ts';
import { UsageError } from './usage-error.ts';

export interface InitOptions {
  /** Copy the built-in theme into `templates/` so it can be edited. Default: false. */
  theme?: boolean;
  /** Site title written to the config. Default: the folder's name. */
  title?: string;
}

/** Our own example text: a council story with a figure, a place and a quoted source. */
const SAMPLE_ARTICLE = `---
title: "Harbour town council approves a new ferry line"
date: 2026-06-15
lang: en
publisher: The Example Gazette
topics: [politics]
countries: [PT]
tags: [transport, local council]
---

The council of Vila Nova de Exemplo voted on Monday to open a ferry line across the bay, with
9 votes in favour and 2 against. The service is expected to carry about 1,200 passengers a day.

"This crossing will cut the trip to the hospital from an hour to twenty minutes," said Marta
Exemplar, the councillor in charge of transport.

The first boats are due to sail in the spring, according to the port authority.
`;

/** Files `init` writes, relative to the new site's folder. */
export const INIT_FILES = [CONFIG_FILE, 'articles/first-article.md'] as const;

/** Creates the site; returns the paths written, relative to `dir`. Throws UsageError if a file would be overwritten. */
export async function initSite(dir: string, options: InitOptions = {}): Promise<string[]> {
  const root = resolve(dir);
  const planned = [...INIT_FILES, ...(options.theme ? ['templates'] : [])];
  const clash = planned.find((path) => existsSync(join(root, path)));
  if (clash) throw new UsageError(`${join(relative(process.cwd(), root) || '.', clash)} already exists; init never overwrites files. Choose an empty folder`);
  await mkdir(join(root, 'articles'), { recursive: true });
  const config = {
    title: options.title ?? (root.split(/[\\/]/).filter(Boolean).pop() || DEFAULT_CONFIG.title),
    description: DEFAULT_CONFIG.description,
    language: DEFAULT_CONFIG.language,
    baseUrl: DEFAULT_CONFIG.baseUrl,
    pageSize: DEFAULT_CONFIG.pageSize,
  };
  await writeFile(join(root, CONFIG_FILE), `${JSON.stringify(config, null, 2)}\n`, { flag: 'wx' });
  await writeFile(join(root, 'articles/first-article.md'), SAMPLE_ARTICLE, { flag: 'wx' });
  if (options.theme) await cp(BUILTIN_THEME_DIR, join(root, 'templates'), { recursive: true, errorOnExist: true, force: false });
  return planned;
}
