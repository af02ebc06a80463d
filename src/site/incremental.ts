/**
 * The site as watch mode keeps it: every article file's latest result, the plan whose pages are
 * on disk, and the renderer. An update re-reads only the files that changed (and skips those
 * whose bytes did not), re-plans the site (planSite reuses, through a PlanCache, the pages of every list the change
 * does not touch),
 * diffs the new plan against the pages on disk by output path and fingerprint, then renders and
 * replaces only the pages that differ and removes those that no longer exist.
 *
 * A template or config change re-renders every page without re-reading any article, through the
 * same atomic swap as `build`, so a template error leaves the last good site in place.
 *
 * A file that turns bad (broken YAML, unreadable) keeps its last good version on the site, as
 * Hugo keeps serving the last good state: its pages stay, its diagnostics are reported until it
 * is fixed. A file that was never good has no pages. Deleting the file removes its pages.
 */
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { collectArticles, displayPathOf, type LoadedArticle, loadArticleBytes, readArticleFile, siteArticleOf } from '../article/load.ts';
import type { SiteConfig } from '../config/config.ts';
import type { Diagnostic } from '../diagnostics/diagnostic.ts';
import type { FullArticle, SiteArticle } from '../index/plan.ts';
import { type PageSpec, PlanCache, planArticlePages, planSite, planSiteInSteps, type SitePlan } from '../index/plan.ts';
import { contentDigest } from '../read/article.ts';
import { scanArticleFiles } from '../read/find.ts';
import { createRenderer, type Renderer, TemplateError } from '../render/engine.ts';
import { assetDirs, themeFile } from '../render/theme.ts';
import { SHARDS_FILE, type ShardedIndex } from '../search/shards.ts';
import { WorkerPool } from '../workers/pool.ts';
import { assertSafeOutDir, type OutputFile, removeFiles, replaceFiles, writeSiteAtomically } from '../write/site.ts';
import { fullOf, planOptions, rendererOptions, renderPages } from './build.ts';
import { loadWithCache } from './cached-articles.ts';
import { buildSearch, inKeptShard, type SearchOptions, type ShardIndexer } from './search.ts';

/** A file's change as the watcher saw it: it exists with (maybe) new content, or it is gone. */
export type FileChange = 'upsert' | 'remove';

export interface IncrementalOptions {
  config: SiteConfig;
  /** HTML injected before </body> of every page (the dev server's client). Default: none. */
  bodyEnd?: string;
  /** Search records per shard a new shard count aims at (tests make several shards of a small site). Default: search/shards.ts's SHARD_SIZE. */
  searchShardSize?: number;
  /** Longest time, in ms, the lists of updates that stopped early wait (UpdateHooks.interrupted). Default: MAX_DEFER_MS. */
  maxDeferMs?: number;
  /** The cache root a build kept records in (`.cache` of the project): open() takes from it the records of unchanged files. Default: null (every file extracted). */
  cacheDir?: string | null;
}

export interface SiteUpdate {
  /** Article files, relative to the articles folder with / separators. Default: none. */
  articles?: ReadonlyMap<string, FileChange>;
  /** Folders removed whole, relative to the articles folder: every article under them goes. Default: none. */
  removedArticleDirs?: readonly string[];
  /** A layout, page, partial or i18n file changed: new renderer, every page re-rendered. Default: false. */
  templates?: boolean;
  /** Asset files, relative to the templates' assets folder. Default: none. */
  assets?: ReadonlyMap<string, FileChange>;
  /** The configuration changed to this: re-plan and re-render every page. Default: unchanged. */
  config?: SiteConfig;
}

export interface UpdateHooks {
  /**
   * Called once the saved articles' own pages are written, before the lists, feeds and indexes
   * that show them are rendered: the dev server reloads those pages at once. Default: none.
   */
  onSavedPages?: (outputs: readonly string[]) => void;
  /**
   * Asked once the saved article's own page is written early, before the site is planned, then
   * between the steps of the plan, before the lists, feeds and indexes are rendered and after
   * each of them: true when a newer change waits. The update then stops there (`deferred`), so
   * the newer save's page does not wait behind the whole site's; what it read is planned and
   * rendered with the next update. Updates stop so at most `maxDeferMs` after the first one that
   * stopped. Default: never.
   */
  interrupted?: () => boolean;
}

/** Longest time, in ms, the lists of stopped updates wait for an update that renders them. */
export const MAX_DEFER_MS = 1000;

/** The nice value a search refresh runs at (see #indexInBackground): well below the pages, not idle. */
const BACKGROUND_NICENESS = 10;

/** Lets the file watcher report a change made while an update ran (its event, then its stat). */
const letWatcherReport = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 2));
/** Lets the events that came meanwhile (a file watcher's) be handled, and no more. */
const nextTurn = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

export interface UpdateResult {
  /** Output paths rendered and written, in the order written: after an edit, the saved articles' own pages first, then the rest in plan order. */
  written: string[];
  /** Output paths removed. */
  removed: string[];
  /** Asset paths (relative to `assets/`) copied or removed. */
  assets: string[];
  /** Whether the whole site was re-rendered (first build, template or config change). */
  full: boolean;
  /** Article files whose content changed and were read again. */
  reread: string[];
  /** Article files reported changed whose bytes were the same: nothing was done for them. */
  unchanged: string[];
  /** Diagnostics of the files read by this update, and the template error if any. */
  diagnostics: Diagnostic[];
  /** The template error that stopped rendering; the pages on disk are the previous ones. */
  templateError: Diagnostic | null;
  /**
   * Articles changed and the search index on disk predates them: call refreshSearch(). The
   * dev server does so after telling the open pages to reload, so an edit shows at once and
   * search catches up a moment later.
   */
  searchStale: boolean;
  /**
   * The update stopped after the saved article's own page because a newer change waits
   * (UpdateHooks.interrupted): the other pages are rendered, and the files' diagnostics
   * reported, by the next update.
   */
  deferred: boolean;
  /** Milliseconds the update took. */
  ms: number;
}

/** What one update carries from its start to its end. */
interface RebuildState {
  full: boolean;
  start: number;
  /** Files whose save this update answers (their page is written first). */
  saved: readonly string[];
  /** Files read by this update and by the updates that stopped before it. */
  reread: string[];
  unchanged: string[];
  assets: string[];
  hooks: UpdateHooks;
}

interface Entry {
  /** The latest result, whatever it is: its diagnostics are the file's current ones. */
  latest: LoadedArticle;
  /** The latest result that produced an article, kept while the file is broken. */
  good: LoadedArticle | null;
  /** sha1 of the bytes `latest` was made from, to skip saves that change nothing. */
  digest: string;
}

const byPath = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** Renders pages; a data file the plan has as ready-made bytes (the data index) is taken as it is. */
function* renderOrTake(pages: readonly PageSpec[], renderer: Renderer, full: (id: string) => FullArticle | undefined): Generator<OutputFile> {
  for (const page of pages) {
    const bytes = page.template === null && page.article === undefined ? page.data.bytes : undefined;
    if (bytes instanceof Uint8Array) yield { path: page.output, content: bytes };
    else yield* renderPages([page], renderer, full);
  }
}

function rendererFor(config: SiteConfig, bodyEnd?: string): Renderer {
  return createRenderer(rendererOptions(config, bodyEnd));
}

export class IncrementalSite {
  #config: SiteConfig;
  readonly #bodyEnd: string | undefined;
  #renderer: Renderer;
  readonly #entries = new Map<string, Entry>();
  /** Entry paths in path order, rebuilt only when files come or go (collectArticles re-sorts; sorted input makes that linear). */
  #order: string[] | null = null;
  /** Fingerprint of each page on disk; null until a complete site has been written. */
  #onDisk: Map<string, string> | null = null;
  #plan: SitePlan | null = null;
  /** Lets planSite reuse the pages of lists an update does not touch. */
  readonly #planCache = new PlanCache();
  #collected: Diagnostic[] = [];
  /** Links that loop or lead nowhere, found when the site was opened (watch mode does not rescan). */
  #scanProblems: Diagnostic[] = [];
  #templateError: Diagnostic | null = null;
  /** A full re-render failed (template error): the pages on disk predate the current templates. */
  #needsFull = false;
  /** Pages rendered since the site was opened: what the rebuild tests count. */
  rendered = 0;
  /** The articles of the last plan, for the search index. */
  #articles: readonly SiteArticle[] = [];
  /** The articles of the last plan by id: the saved article's page is planned from them before the site is. */
  #byId = new Map<string, SiteArticle>();
  /** Files of the search index on disk, relative to the output folder. */
  #searchFiles = new Set<string>();
  /** The shards of the search index on disk and their records' hashes (null: no index). */
  #searchState: ShardedIndex | null = null;
  readonly #searchShardSize: number | undefined;
  /** Files read by updates that stopped after their saved page (`deferred`): the next update plans them. */
  #deferred: string[] = [];
  /** When the first of those updates stopped, or null. */
  #deferredSince: number | null = null;
  readonly #maxDeferMs: number;

  private constructor(options: IncrementalOptions) {
    this.#config = options.config;
    this.#bodyEnd = options.bodyEnd;
    this.#searchShardSize = options.searchShardSize;
    this.#maxDeferMs = options.maxDeferMs ?? MAX_DEFER_MS;
    this.#renderer = rendererFor(options.config, options.bodyEnd);
  }

  /**
   * Reads every article and writes the whole site atomically, as `build` does. Files whose record
   * the build's cache holds (options.cacheDir) are not extracted again: `cached` counts them and
   * `notes` says why a cache was ignored.
   */
  static async open(options: IncrementalOptions): Promise<{ site: IncrementalSite; result: UpdateResult; cached: number; notes: string[] }> {
    const { config } = options;
    assertSafeOutDir(config.outDir, [config.articlesDir, config.templatesDir, process.cwd()]);
    const site = new IncrementalSite(options);
    const start = performance.now();
    const { paths, problems } = await scanArticleFiles(config.articlesDir);
    site.#scanProblems = problems;
    const { loaded, cached, notes } = await loadWithCache(config, paths, options.cacheDir ?? null);
    for (const entry of loaded) {
      site.#entries.set(entry.path, { latest: entry, good: entry.result.article ? entry : null, digest: entry.result.article?.digest ?? '' });
    }
    const rebuilt = await site.#rebuild({ full: true, start, saved: paths, reread: paths, unchanged: [], assets: [], hooks: {} });
    const result = { ...rebuilt, diagnostics: [...problems, ...rebuilt.diagnostics] };
    return { site, result, cached, notes };
  }

  get config(): SiteConfig {
    return this.#config;
  }

  /** The plan whose pages are on disk (null before the first successful write). */
  get plan(): SitePlan | null {
    return this.#plan;
  }

  /** Every current problem: each file's latest diagnostics, duplicate ids, the template error. */
  diagnostics(): Diagnostic[] {
    return this.#templateError ? [...this.#collected, this.#templateError] : [...this.#collected];
  }

  async update(update: SiteUpdate, hooks: UpdateHooks = {}): Promise<UpdateResult> {
    const start = performance.now();
    let full = false;
    if (update.config) {
      this.#config = update.config;
      full = true;
    }
    if (update.config || update.templates) {
      this.#renderer = rendererFor(this.#config, this.#bodyEnd);
      full = true;
    }
    // Until a full re-render succeeds, every update retries it: rendering only the changed
    // pages would mix pages of the old and new templates.
    full ||= this.#needsFull;

    const reread: string[] = [];
    const unchanged: string[] = [];
    for (const dir of update.removedArticleDirs ?? []) {
      const prefix = `${dir.replace(/\/$/, '')}/`;
      for (const path of this.#entries.keys()) if (path.startsWith(prefix)) this.#forget(path, reread);
    }
    for (const [path, change] of update.articles ?? []) {
      if (change === 'remove') this.#forget(path, reread);
      else await this.#reread(path, reread, unchanged);
    }

    const assets = await this.#copyAssets(update.assets, full || this.#onDisk === null);
    // The files of updates that stopped early are planned with this one's.
    const saved = reread;
    const planned = this.#deferred.length === 0 ? reread : [...new Set([...this.#deferred, ...reread])];
    if (!full && planned.length === 0) {
      // Nothing that shapes a page changed (a touched file, an asset): no plan, no render.
      return { written: [], removed: [], assets, full: false, reread, unchanged, diagnostics: [], templateError: null, searchStale: false, deferred: false, ms: performance.now() - start };
    }
    return this.#rebuild({ full, start, saved, reread: planned, unchanged, assets, hooks });
  }

  #forget(path: string, reread: string[]): void {
    if (!this.#entries.delete(path)) return;
    this.#order = null;
    reread.push(path);
  }

  async #reread(path: string, reread: string[], unchanged: string[]): Promise<void> {
    const { articlesDir } = this.#config;
    const limits = { maxBytes: this.#config.maxArticleBytes };
    const read = await readArticleFile(join(articlesDir, path), displayPathOf(articlesDir, path), limits);
    // Gone between the event and now (an editor's temporary rename): it is a removal unless it
    // exists after all, in which case its problem (too large, unreadable) is reported.
    if ('problem' in read && !existsSync(join(articlesDir, path))) {
      this.#forget(path, reread);
      return;
    }
    const bytes = 'bytes' in read ? read.bytes : null;
    const previous = this.#entries.get(path);
    const digest = bytes ? contentDigest(bytes) : '';
    if (previous && bytes && previous.digest === digest) {
      unchanged.push(path);
      return;
    }
    // The bytes are in hand already: process them rather than reading the file a second time.
    const latest: LoadedArticle = bytes ? loadArticleBytes(articlesDir, path, bytes, limits) : { path, displayPath: displayPathOf(articlesDir, path), result: { article: null, diagnostics: 'problem' in read ? [read.problem] : [] } };
    if (!previous) this.#order = null;
    this.#entries.set(path, { latest, good: latest.result.article ? latest : (previous?.good ?? null), digest });
    reread.push(path);
  }

  /** What the site is made of: each file's latest article, or its last good one while it is broken. */
  #loaded(): LoadedArticle[] {
    this.#order ??= [...this.#entries.keys()].sort(byPath);
    const loaded: LoadedArticle[] = [];
    for (const path of this.#order) {
      const entry = this.#entries.get(path);
      if (!entry) continue;
      const { latest, good } = entry;
      if (latest.result.article || !good?.result.article) loaded.push(latest);
      else loaded.push({ ...latest, result: { article: good.result.article, diagnostics: latest.result.diagnostics } });
    }
    return loaded;
  }

  /**
   * Whether this update stops after the pages it wrote (see UpdateHooks.interrupted): the files
   * it read are then kept for the next update, which plans and renders them with its own. An
   * update stops so once its saved page is written, or at once when it only carries on for
   * updates that stopped (a save that left the bytes as they were: an editor's second write).
   * `wait` lets the file watcher report a change first.
   */
  async #stopsEarly(state: RebuildState, written: readonly string[], wait: () => Promise<void> = letWatcherReport): Promise<UpdateResult | null> {
    const { interrupted } = state.hooks;
    if (!interrupted || (written.length === 0 && state.saved.length > 0)) return null;
    if (this.#deferredSince !== null && performance.now() - this.#deferredSince >= this.#maxDeferMs) return null;
    await wait();
    if (!interrupted()) return null;
    this.#deferred = state.reread;
    this.#deferredSince ??= performance.now();
    return {
      written: [...written],
      removed: [],
      assets: state.assets,
      full: false,
      reread: state.reread,
      unchanged: state.unchanged,
      diagnostics: [],
      templateError: this.#templateError,
      searchStale: false,
      deferred: true,
      ms: performance.now() - state.start,
    };
  }

  /**
   * Plans the site in steps (planSiteInSteps), letting the event loop run between them: the plan
   * of a large site takes a hundred milliseconds or more, and a save made meanwhile would wait for
   * it before its own page. When a newer change waits the update stops there (#stopsEarly) and
   * the plan is dropped; the next update plans the site again.
   */
  async #planBetweenChanges(articles: readonly SiteArticle[], state: RebuildState, written: readonly string[]): Promise<SitePlan | UpdateResult> {
    const steps = planSiteInSteps(articles, { ...planOptions(this.#config), cache: this.#planCache });
    for (;;) {
      const step = steps.next();
      if (step.done) return step.value;
      const stopped = await this.#stopsEarly(state, written, nextTurn);
      if (stopped) return stopped;
    }
  }

  /**
   * Renders the lists, feeds and indexes of an update one page at a time, letting the event loop
   * run between pages: at 10,000 articles they take a few hundred milliseconds, and a save made
   * meanwhile would wait for all of them before its own page. When a newer change waits the
   * update stops there (#stopsEarly); the pages rendered are dropped unwritten and, their
   * fingerprints unchanged on disk, rendered by the next update.
   */
  async #renderBetweenChanges(pages: readonly PageSpec[], full: (id: string) => FullArticle | undefined, state: RebuildState, written: readonly string[]): Promise<OutputFile[] | UpdateResult> {
    const files: OutputFile[] = [];
    for (const page of pages) {
      files.push(...this.#counted(renderOrTake([page], this.#renderer, full)));
      const stopped = await this.#stopsEarly(state, written, nextTurn);
      if (stopped) return stopped;
    }
    return files;
  }

  async #rebuild(state: RebuildState): Promise<UpdateResult> {
    const config = this.#config;
    const early = state.full ? null : await this.#savedPageFirst(state.saved, state.hooks);
    if (!state.full) {
      const stopped = await this.#stopsEarly(state, early ? [early] : []);
      if (stopped) return stopped;
    }
    const { articles, diagnostics } = collectArticles(this.#loaded(), { drafts: config.drafts });
    this.#collected = [...this.#scanProblems, ...diagnostics];
    this.#articles = articles;
    this.#byId = new Map(articles.map((article) => [article.record.id, article]));
    const planned = state.full || this.#onDisk === null ? planSite(articles, { ...planOptions(config), cache: this.#planCache }) : await this.#planBetweenChanges(articles, state, early ? [early] : []);
    if (!('pages' in planned)) return planned;
    const plan = planned;
    const readNow = new Set(state.reread.map((path) => this.#entries.get(path)?.latest.displayPath).filter((p): p is string => p !== undefined));
    const fileDiagnostics = diagnostics.filter((d) => readNow.has(d.path));
    const result = (written: string[], removed: string[], full: boolean, templateError: Diagnostic | null, searchStale = false): UpdateResult => {
      this.#templateError = templateError;
      // This update planned every file read since the last one that ended.
      this.#deferred = [];
      this.#deferredSince = null;
      return {
        written,
        removed,
        assets: state.assets,
        full,
        reread: state.reread,
        unchanged: state.unchanged,
        searchStale,
        diagnostics: templateError ? [...fileDiagnostics, templateError] : fileDiagnostics,
        templateError,
        deferred: false,
        ms: performance.now() - state.start,
      };
    };

    if (state.full || this.#onDisk === null) {
      // A whole write replaces the folder a search refresh may be writing into: let it finish.
      await this.#refreshing;
      // A whole write carries the search index too (the swap would drop the old one). Pagefind
      // indexes in its own process while this one renders and writes the pages, one at a time
      // (at 10,000 articles each takes tens of seconds): its files go last.
      const searching = buildSearch(config, articles, this.#searchOptions(null));
      const pages = this.#counted(renderPages(plan.pages, this.#renderer, fullOf(articles)));
      async function* pagesThenSearch(): AsyncGenerator<OutputFile> {
        yield* pages;
        yield* (await searching).files;
      }
      try {
        await writeSiteAtomically(config.outDir, pagesThenSearch(), { assetsDirs: assetDirs(config.templatesDir) });
      } catch (error) {
        // Pagefind is not left indexing into the next write.
        await searching;
        if (error instanceof TemplateError) {
          this.#needsFull = true;
          return result([], [], true, error.diagnostic);
        }
        throw error;
      }
      const search = await searching;
      if (search.problem) diagnostics.push(search.problem);
      this.#needsFull = false;
      this.#searchFiles = new Set(search.files.map((f) => f.path));
      this.#searchState = search.problem ? null : search.plan.state;
      this.#remember(plan);
      return result(
        plan.pages.map((p) => p.output),
        [],
        true,
        null,
      );
    }

    const onDisk = this.#onDisk;
    // Fingerprints include each article's file path, so an article renamed with the same bytes
    // (its record's source.path changed) is re-rendered like any other change.
    const changed: PageSpec[] = [];
    const outputs = new Set<string>();
    for (const page of plan.pages) {
      outputs.add(page.output);
      if (onDisk.get(page.output) !== page.fingerprint) changed.push(page);
    }
    const removed = [...onDisk.keys()].filter((output) => !outputs.has(output));
    // Only the changed pages' articles are looked up: a map of the whole site per save is garbage.
    const shown = new Set(changed.flatMap((page) => page.article ?? []));
    const wholes = new Map<string, FullArticle>();
    for (const article of articles) if (article.full && shown.has(article.record.id)) wholes.set(article.record.id, article.full);
    const full = (id: string): FullArticle | undefined => wholes.get(id);

    // The page the writer is looking at is the saved article's own: it is rendered and written
    // before the lists, feeds and indexes that show it, which follow in the same update.
    const savedIds = new Set(state.reread.flatMap((path) => this.#entries.get(path)?.latest.result.article?.record.id ?? []));
    const first = changed.filter((page) => page.template === 'article' && page.article !== undefined && savedIds.has(page.article));
    const rest = first.length === 0 ? changed : changed.filter((page) => !first.includes(page));
    const written: string[] = early ? [early] : [];
    for (const batch of [first, rest]) {
      if (batch === rest) {
        const stopped = await this.#stopsEarly(state, written);
        if (stopped) return stopped;
      }
      if (batch.length === 0) continue;
      // Render a batch whole before writing it: a template error then leaves its pages on disk
      // as they were, and the pages written before it are recorded as on disk.
      let files: OutputFile[];
      try {
        const rendered = batch === first ? [...this.#counted(renderOrTake(batch, this.#renderer, full))] : await this.#renderBetweenChanges(batch, full, state, written);
        if (!Array.isArray(rendered)) return rendered;
        files = rendered;
      } catch (error) {
        if (error instanceof TemplateError) return result(written, [], false, error.diagnostic);
        throw error;
      }
      await replaceFiles(config.outDir, files);
      for (const page of batch) {
        onDisk.set(page.output, page.fingerprint);
        written.push(page.output);
      }
      if (batch === first) state.hooks.onSavedPages?.(first.map((page) => page.output));
    }
    await removeFiles(config.outDir, removed);
    // The map already holds every page written above, and every other page kept its fingerprint:
    // dropping the pages removed makes it the plan's, without a new map of the whole site per save.
    for (const output of removed) onDisk.delete(output);
    this.#plan = plan;
    return result(written, removed, false, null, state.reread.length > 0);
  }

  /**
   * Writes the page of a saved article before anything of the whole site is looked at, when one
   * article file was saved and it keeps its id, its file and its place on the site: its page is
   * planned with the related articles of the last plan (an edit rarely changes them) and written,
   * and the open page reloads. The plan that follows compares fingerprints as for any page: the
   * same, the page is not rendered again; else (its related articles changed) it is rendered
   * again in the same update, so the site still ends as a build of the same files would make it.
   * Returns the page written, or null.
   */
  async #savedPageFirst(reread: readonly string[], hooks: UpdateHooks): Promise<string | null> {
    const onDisk = this.#onDisk;
    const path = reread.length === 1 ? reread[0] : undefined;
    const saved = path === undefined ? undefined : this.#entries.get(path)?.latest.result.article;
    if (!onDisk || !saved || (saved.draft && !this.#config.drafts)) return null;
    const id = saved.record.id;
    // The file must be the one the id's page showed: a file that lost a duplicate id, or an
    // article moved to another file, waits for the plan.
    if (this.#byId.get(id)?.record.source.path !== saved.record.source.path) return null;
    // The very object the site's collection gives it, so that the plan finds this page in its cache.
    const article = siteArticleOf(saved);
    if (!article.full) return null;
    const related = this.#planCache.related.last(id);
    const page = planArticlePages(article, related, (other) => (other === id ? article : this.#byId.get(other)), this.#planCache).find((spec) => spec.template === 'article');
    if (!page || onDisk.get(page.output) === page.fingerprint) return null;
    let files: OutputFile[];
    try {
      files = [...this.#counted(renderPages([page], this.#renderer, () => article.full))];
    } catch (error) {
      // The plan's pass renders it again and reports the error with the pages it stops.
      if (error instanceof TemplateError) return null;
      throw error;
    }
    await replaceFiles(this.#config.outDir, files);
    onDisk.set(page.output, page.fingerprint);
    hooks.onSavedPages?.([page.output]);
    return page.output;
  }

  /**
   * Brings the search index on disk up to the current articles: only the shards whose records
   * changed are indexed again (Pagefind cannot remove a page from an index), about a second per
   * shard. Within the index, new files are written first, then each shard's entry files, then the
   * list of shards, and the replaced files go last: a search page open meanwhile reads either
   * index whole.
   */
  refreshSearch(): Promise<{ files: number; shards: number; ms: number; problem: Diagnostic | null }> {
    const refresh = this.#refreshSearch();
    this.#refreshing = refresh.then(
      () => undefined,
      () => undefined,
    );
    return refresh;
  }

  /** Waits for a search refresh under way, then stops the thread refreshes index in. */
  async close(): Promise<void> {
    await this.#refreshing;
    const pool = this.#searchPool;
    this.#searchPool = null;
    await pool?.close();
  }

  /** The search refresh in progress, if any (settled either way). */
  #refreshing: Promise<void> = Promise.resolve();

  #searchOptions(previous: ShardedIndex | null): SearchOptions {
    return { previous, ...(this.#searchShardSize ? { shardSize: this.#searchShardSize } : {}) };
  }

  /** The thread a refresh indexes in, made at the first refresh. */
  #searchPool: WorkerPool | null = null;

  /**
   * Indexes a refresh's shards in a worker thread of low priority, and Pagefind's process with
   * it: on two cores the refresh (a second or more per shard) otherwise slowed the page of a save
   * that came meanwhile by about a third. After a failure (Pagefind's or the thread's) the thread
   * is stopped, and the next refresh starts another.
   */
  #indexInBackground: ShardIndexer = async (shards, options) => {
    const pool = (this.#searchPool ??= new WorkerPool({ size: 1, niceness: BACKGROUND_NICENESS }));
    const files: OutputFile[] = [];
    try {
      for await (const shard of shards) files.push(...(await pool.run('search', { shards: [shard], language: options.language })));
    } catch (error) {
      if (this.#searchPool === pool) this.#searchPool = null;
      await pool.close();
      throw error;
    }
    return files;
  };

  async #refreshSearch(): Promise<{ files: number; shards: number; ms: number; problem: Diagnostic | null }> {
    const start = performance.now();
    const { plan, files, problem } = await buildSearch(this.#config, this.#articles, { ...this.#searchOptions(this.#searchState), indexShards: this.#indexInBackground });
    if (problem) return { files: 0, shards: 0, ms: performance.now() - start, problem };
    const outDir = this.#config.outDir;
    const entry = (f: OutputFile): boolean => f.path.endsWith('/pagefind-entry.json') || f.path.endsWith('/pagefind.js');
    await replaceFiles(
      outDir,
      files.filter((f) => !entry(f) && f.path !== SHARDS_FILE),
    );
    await replaceFiles(outDir, files.filter(entry));
    await replaceFiles(
      outDir,
      files.filter((f) => f.path === SHARDS_FILE),
    );
    // Files of shards indexed again that the new index no longer has, and of shards gone.
    const now = new Set(files.map((f) => f.path));
    const gone = new Set([...this.#searchFiles].filter((path) => !now.has(path) && !inKeptShard(plan, path)));
    await removeFiles(outDir, [...gone]);
    this.#searchFiles = new Set([...[...this.#searchFiles].filter((path) => !gone.has(path)), ...now]);
    this.#searchState = plan.state;
    return { files: files.length, shards: plan.stale.size, ms: performance.now() - start, problem: null };
  }

  *#counted(files: Iterable<OutputFile>): Generator<OutputFile> {
    for (const file of files) {
      this.rendered++;
      yield file;
    }
  }

  #remember(plan: SitePlan): void {
    this.#plan = plan;
    this.#onDisk = new Map(plan.pages.map((page) => [page.output, page.fingerprint]));
  }

  /** Copies changed assets into `assets/` (skipped when a full write copies them all anyway). */
  async #copyAssets(changes: ReadonlyMap<string, FileChange> | undefined, fullWriteComing: boolean): Promise<string[]> {
    if (!changes || changes.size === 0) return [];
    const done = [...changes.keys()];
    if (fullWriteComing) return done;
    const copies: OutputFile[] = [];
    const gone: string[] = [];
    for (const path of changes.keys()) {
      // A site's asset that is deleted falls back to the theme's file of the same name, if any.
      const source = themeFile(this.#config.templatesDir, `assets/${path}`);
      const content = source ? await readFile(source).catch(() => null) : null;
      if (content) copies.push({ path: `assets/${path}`, content });
      else gone.push(`assets/${path}`);
    }
    await replaceFiles(this.#config.outDir, copies);
    await removeFiles(this.#config.outDir, gone);
    return done;
  }
}
