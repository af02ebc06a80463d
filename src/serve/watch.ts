/**
 * What the preview watches and what each path means. `classify` is pure (paths in, targets out);
 * `watchSite` is the thin chokidar wrapper around it. chokidar has no globs since v4, so folders
 * are watched whole and paths filtered here.
 */
import { basename, dirname, relative, sep } from 'node:path';
import { FSWatcher } from 'chokidar';
import { isArticlePath } from '../read/find.ts';
import type { WatchEvent, WatchEventType } from './queue.ts';

export interface WatchRoots {
  /** Absolute folder of article files. */
  articlesDir: string;
  /** Absolute folder of templates (layouts, pages, partials, i18n, assets). */
  templatesDir: string;
  /** Absolute path of the config file (it may not exist yet). */
  configFile: string;
}

/** What a changed path is to the site. `path` is relative to its folder, with / separators. */
export type WatchTarget = { kind: 'article'; path: string } | { kind: 'article-dir'; path: string } | { kind: 'template'; path: string } | { kind: 'asset'; path: string } | { kind: 'config' };

function inside(root: string, path: string): string | null {
  const rel = relative(root, path);
  if (rel === '' || rel.startsWith('..') || rel.startsWith(sep) || /^[a-z]:/i.test(rel)) return null;
  return rel.split(sep).join('/');
}

// Editors' swap, backup and temporary files are hidden ("." prefix) or end in "~": never site input.
const skipped = (rel: string): boolean => rel.split('/').some((part) => part.startsWith('.') || part === 'node_modules' || part.endsWith('~'));

/** Pure: what `path` (absolute) is to the site, or null when it does not matter. */
export function classify(path: string, roots: WatchRoots, isDir = false): WatchTarget | null {
  if (path === roots.configFile) return { kind: 'config' };
  // The deeper root wins when one folder holds the other.
  const candidates = [
    { root: roots.articlesDir, rel: inside(roots.articlesDir, path), articles: true },
    { root: roots.templatesDir, rel: inside(roots.templatesDir, path), articles: false },
  ]
    .filter((c): c is { root: string; rel: string; articles: boolean } => c.rel !== null)
    .sort((a, b) => b.root.length - a.root.length);
  const match = candidates[0];
  if (!match || skipped(match.rel)) return null;
  if (match.articles) {
    if (isDir) return { kind: 'article-dir', path: match.rel };
    return isArticlePath(match.rel) ? { kind: 'article', path: match.rel } : null;
  }
  if (match.rel.startsWith('assets/')) return isDir ? null : { kind: 'asset', path: match.rel.slice('assets/'.length) };
  if (isDir) return null;
  return /\.(liquid|json)$/i.test(match.rel) ? { kind: 'template', path: match.rel } : null;
}

export interface WatchSiteOptions {
  roots: WatchRoots;
  /** Poll instead of using native events (network drives, containers, WSL). Default: false. */
  poll?: boolean;
  /** Poll interval in ms when polling. Default: 100. */
  interval?: number;
  /** Called for every event on a path that matters. */
  onEvent: (event: WatchEvent) => void;
  /** Called when the watcher fails (a folder became unreadable, too many watches). */
  onError?: (error: Error) => void;
}

export interface SiteWatcher {
  close(): Promise<void>;
}

/** Starts watching; resolves once the initial scan is done, so no later change is missed. */
export async function watchSite(options: WatchSiteOptions): Promise<SiteWatcher> {
  const { roots } = options;
  const common = {
    ignoreInitial: true,
    usePolling: options.poll ?? false,
    interval: options.interval ?? 100,
    binaryInterval: options.interval ?? 100,
    // chokidar's own atomic-save detection holds every unlink back 100 ms, which splits a
    // checkout's deletions from its writes. The queue already merges an editor's
    // delete-then-recreate into one change (last event wins), without that delay.
    atomic: false,
  };
  const forward =
    (type: WatchEventType) =>
    (path: string): void => {
      if (classify(path, roots, type === 'addDir' || type === 'unlinkDir')) options.onEvent({ type, path });
    };
  const onError = (error: unknown): void => options.onError?.(error instanceof Error ? error : new Error(String(error)));

  const folders = new FSWatcher({
    ...common,
    // chokidar asks first with the name only, then again with stats: folders and not-yet-stat'ed
    // names are kept unless hidden, files are kept only when they matter to the site.
    ignored: (path: string, stats?: { isFile(): boolean }) => {
      if (path === roots.articlesDir || path === roots.templatesDir) return false;
      if (isHiddenName(path)) return true;
      if (!stats?.isFile()) return false;
      return classify(path, roots) === null;
    },
  });
  // The config file may not exist yet: watch its folder, one level, for that one name. A
  // watcher of a missing file reports ready before its siblings are watched.
  const config = new FSWatcher({ ...common, depth: 0, ignored: (path: string) => path !== roots.configFile && path !== dirname(roots.configFile) });

  const watchers = [folders, config];
  for (const watcher of watchers) {
    watcher.on('add', forward('add')).on('change', forward('change')).on('unlink', forward('unlink'));
    watcher.on('error', onError);
  }
  folders.on('addDir', forward('addDir')).on('unlinkDir', forward('unlinkDir'));
  const ready = (watcher: FSWatcher): Promise<void> => new Promise((resolve) => watcher.once('ready', () => resolve()));
  const allReady = Promise.all(watchers.map(ready));
  folders.add([roots.articlesDir, roots.templatesDir]);
  config.add(dirname(roots.configFile));
  await allReady;
  return {
    async close() {
      await Promise.all(watchers.map((watcher) => watcher.close()));
    },
  };
}

function isHiddenName(path: string): boolean {
  const name = basename(path);
  return name.startsWith('.') || name === 'node_modules' || name.endsWith('~');
}
