import { type Diagnostic, diagnostic } from '../diagnostics/diagnostic.ts';
import type { ListedRecord } from '../index/listing.ts';
import type { SiteArticle } from '../index/plan.ts';
import type { LoadedArticle } from './load.ts';
import type { ProcessedArticle } from './process.ts';

export interface CollectOptions {
  /** Include `draft: true` articles. */
  drafts: boolean;
}

/** What collecting reads of a file's result: its problems and, when it gave one, its article. */
export interface Collectable {
  displayPath: string;
  path: string;
  diagnostics: readonly Diagnostic[];
  article: { record: Pick<ListedRecord, 'id' | 'headline' | 'headlineSource'>; draft: boolean; titleLine: number | null } | null;
}

/**
 * Pure: the files whose articles make the site, in path order, with every file's diagnostics.
 * Drafts are left out unless asked for; of two files with the same id, the first by path wins
 * and the other is reported with both paths.
 */
export function collectEntries<T>(entries: readonly T[], options: CollectOptions, view: (entry: T) => Collectable): { kept: T[]; diagnostics: Diagnostic[] } {
  const kept: T[] = [];
  const diagnostics: Diagnostic[] = [];
  const owners = new Map<string, string>();
  const titles = new Map<string, string>();
  const sorted = entries.map((entry) => ({ entry, file: view(entry) })).sort((a, b) => (a.file.path < b.file.path ? -1 : a.file.path > b.file.path ? 1 : 0));
  for (const { entry, file } of sorted) {
    diagnostics.push(...file.diagnostics);
    const article = file.article;
    if (!article || (article.draft && !options.drafts)) continue;
    const id = article.record.id;
    const owner = owners.get(id);
    if (owner !== undefined) {
      diagnostics.push(diagnostic(file.displayPath, 1, 1, 'error', 'duplicate-id', `Article id "${id}" is already used by ${owner}; this file is left out. Rename one file or give it a distinct "slug"`));
      continue;
    }
    owners.set(id, file.displayPath);
    // Two pages with one headline read as one story twice: worth a look, not worth failing.
    const title = article.record.headlineSource === 'generated' ? null : article.record.headline.trim().toLowerCase();
    const titleOwner = title ? titles.get(title) : undefined;
    if (title && titleOwner !== undefined)
      diagnostics.push(
        diagnostic(
          file.displayPath,
          article.titleLine ?? 1,
          1,
          'warning',
          'duplicate-title',
          `Title "${article.record.headline.slice(0, 80)}" is also the title of ${titleOwner}; both are published. Give one a distinct title if they are different stories`,
        ),
      );
    else if (title) titles.set(title, file.displayPath);
    kept.push(entry);
  }
  return { kept, diagnostics };
}

// Watch mode collects the whole site on every save, and most articles are the ones of the last
// save: each keeps its one SiteArticle instead of making new objects of every article each time.
const siteArticles = new WeakMap<ProcessedArticle, SiteArticle>();
/** The one SiteArticle of a processed article, as collectArticles gives it. */
export function siteArticleOf(article: ProcessedArticle): SiteArticle {
  let made = siteArticles.get(article);
  if (!made) siteArticles.set(article, (made = { record: article.record, digest: article.digest, originalUrl: article.originalUrl, full: { record: article.record, html: article.html } }));
  return made;
}

/** collectEntries for articles held whole (watch mode, check). */
export function collectArticles(loaded: readonly LoadedArticle[], options: CollectOptions): { articles: SiteArticle[]; diagnostics: Diagnostic[] } {
  const { kept, diagnostics } = collectEntries(loaded, options, (entry) => ({ path: entry.path, displayPath: entry.displayPath, diagnostics: entry.result.diagnostics, article: entry.result.article }));
  const articles: SiteArticle[] = [];
  for (const { result } of kept) if (result.article) articles.push(siteArticleOf(result.article));
  return { articles, diagnostics };
}
