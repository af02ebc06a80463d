/**
 * The whole build: find → read (and hash) → parse + extract what the cache lacks → plan →
 * render what changed → write. The cache (cache/site-cache.ts) remembers every article's result
 * by a hash of its bytes and every output file's fingerprint and content hash, so a build
 * re-extracts only changed articles, renders only pages whose inputs changed and writes only
 * files whose bytes changed; with nothing changed it renders and writes nothing. Parsing,
 * extraction and rendering run on one worker thread per core once there is enough of them.
 *
 * The output folder is replaced whole (a staging folder swapped in) when it is not the site the
 * cache describes; otherwise it is updated in place through a journal (write/site.ts). Either
 * way the previous site stays as it was until every new file is complete.
 */

import { existsSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { collectEntries } from '../article/collect.ts';
import { readArticleFile } from '../article/files.ts';
import { type ArticleEntry, PackWriter } from '../cache/entries.ts';
import { codeIdentity, hashParts, recordKey, recordKeyBase, templatesIdentity } from '../cache/keys.ts';
import { CACHE_FORMAT, type FileStamp, newBuildId, type OutputState, SiteCache, type SiteManifest } from '../cache/site-cache.ts';
import type { SiteConfig } from '../config/config.ts';
import { type Diagnostic, hasErrors, sortDiagnostics } from '../diagnostics/diagnostic.ts';
import type { FullArticle, SiteArticle } from '../index/plan.ts';
import { type PageSpec, type PlanOptions, planSiteInSteps, type SitePlan } from '../index/plan.ts';
import { contentDigest } from '../read/digest.ts';
import { scanArticleFiles } from '../read/find.ts';
import { cardKey } from '../render/cards.ts';
import type { Renderer, RendererOptions } from '../render/engine.ts';
import { plainText } from '../render/html-text.ts';
import { TemplateError } from '../render/template-error.ts';
import { hasHostName } from '../render/urls.ts';
import { SEARCH_DIR } from '../search/shards.ts';
import { WorkerPool } from '../workers/pool.ts';
import { type Placed, type Placement, placeFile } from '../write/place.ts';
import { assertSafeOutDir, commitInPlace, createStaging, MARKER, markerBuildId, markerText, type OutputFile, recoverOutput, swapIn } from '../write/site.ts';
import { readArticleFiles, readAssetFiles } from './inputs.ts';
import type { ProcessFile } from './process-task.ts';
import type { RenderJob, RenderOutcome, RenderResult, RenderTask } from './render-task.ts';
import { type ArticleTexts, buildSearch, inKeptShard } from './search.ts';
import { type WholeArticleRef, wholeArticleHtml } from './whole-article.ts';

export interface BuildResult {
  /** Whether the site was written (false when templates failed: the previous site stays). */
  written: boolean;
  articles: number;
  pages: number;
  /** Output files by kind: html and json pages, search files. */
  counts: Record<string, number>;
  diagnostics: Diagnostic[];
  /** Milliseconds per stage. */
  timings: Record<string, number>;
  /** The plan (null when nothing had changed and no plan was made). */
  plan: SitePlan | null;
  /** What the cache saved this build. */
  work: BuildWork;
}

export interface BuildWork {
  /** Nothing had changed since the last build: nothing was rendered or written. */
  upToDate: boolean;
  /** Article files whose bytes were read (the others were known unchanged by their stat, or unreadable). */
  read: number;
  /** Article files whose result came from the cache. */
  cachedArticles: number;
  /** Article files parsed and extracted. */
  extracted: number;
  /** Pages rendered (the others were unchanged). */
  rendered: number;
  /** Output files written (new or changed bytes). */
  written: number;
  /** Shards of the search index that Pagefind indexed (the others kept the last build's files). */
  searchShards: number;
  /** Output files removed (an in-place update), or left out of the new site. */
  removed: number;
  /** How the output folder was written: replaced whole, updated in place, or not touched. */
  output: 'replaced' | 'updated' | 'untouched';
  /** Notes about the cache (discarded as corrupt or foreign, not writable). */
  notes: string[];
}

/** One progress report: `done` of `total` items of a stage. */
export interface Progress {
  stage: 'read' | 'extract' | 'render';
  done: number;
  total: number;
}

export interface BuildOptions {
  /** Threads for parsing, extraction and rendering (1: all in this thread). Default: os.availableParallelism(), used once there are enough articles or pages (PROCESS_IN_WORKERS, RENDER_IN_WORKERS). */
  workers?: number;
  /** The cache root (`.cache` of the project); null keeps nothing between builds. Default: `.cache` in the working folder. */
  cacheDir?: string | null;
  /** Ignore what the cache holds and build it anew (`--no-cache`). Default: false. */
  fresh?: boolean;
  /** Called as each stage ends, with its milliseconds (`--timings` prints them as they come). Default: none. */
  onStage?: (stage: string, ms: number) => void;
  /** Called as articles are read and extracted and pages rendered (the progress line). Default: none. */
  onProgress?: (progress: Progress) => void;
  /** Search records per shard a new shard count aims at (tests make several shards of a small site). Default: search/shards.ts's SHARD_SIZE. */
  searchShardSize?: number;
  /** How long before the last build an article file must have changed to be known by its stat without a read (tests: 0). Default: site/inputs.ts's SETTLED_MS. */
  settledMs?: number;
}

/** Articles to parse and extract before worker threads pay for their start (≈300 ms each to load the pipeline). */
export const PROCESS_IN_WORKERS = 400;
/** Pages to render before worker threads pay for theirs (≈100 ms each to load the renderer). */
export const RENDER_IN_WORKERS = 1000;
/** Files per task sent to a thread: small enough to balance, large enough to amortise messaging. */
const PROCESS_BATCH = 32;
const RENDER_BATCH = 64;

export function rendererOptions(config: SiteConfig, bodyEnd?: string): RendererOptions {
  return {
    templatesDir: config.templatesDir,
    baseUrl: config.baseUrl,
    language: config.language,
    site: { title: config.title, description: config.description },
    minConfidence: config.factbox.minConfidence,
    ...(bodyEnd ? { bodyEnd } : {}),
  };
}

/** How a configuration shapes the plan: feeds and the sitemap need a base URL with a host. */
export function planOptions(config: SiteConfig): { pageSize: number; language: string; feeds: boolean } {
  return { pageSize: config.pageSize, language: config.language, feeds: hasHostName(config.baseUrl) };
}

/** Renders pages lazily, so a large site is never held in memory twice; `fullOf` gives the whole article a page shows. */
export function* renderPages(pages: readonly PageSpec[], renderer: Renderer, fullOf: (id: string) => FullArticle | undefined): Generator<OutputFile> {
  for (const page of pages) yield { path: page.output, content: renderer.render(page, page.article === undefined ? undefined : fullOf(page.article)) };
}

/** The whole articles of articles held whole, by id. */
export function fullOf(articles: readonly SiteArticle[]): (id: string) => FullArticle | undefined {
  const byId = new Map(articles.map((a) => [a.record.id, a.full]));
  return (id) => byId.get(id);
}

export async function buildSite(config: SiteConfig, options: BuildOptions = {}): Promise<BuildResult> {
  const timings: Record<string, number> = {};
  const time = async <T>(stage: string, run: () => Promise<T> | T): Promise<T> => {
    const start = performance.now();
    try {
      return await run();
    } finally {
      timings[stage] = Math.round((performance.now() - start) * 10) / 10;
      options.onStage?.(stage, timings[stage]);
    }
  };
  const cacheRoot = options.cacheDir === undefined ? join(process.cwd(), '.cache') : options.cacheDir;
  assertSafeOutDir(config.outDir, [config.articlesDir, config.templatesDir, process.cwd(), ...(cacheRoot ? [cacheRoot] : [])]);
  // A build killed while updating the site in place left a journal: finish that update first,
  // so the folder is the site the cache describes.
  await recoverOutput(config.outDir);
  const code = codeIdentity();
  const cache = SiteCache.open({ root: cacheRoot, outDir: config.outDir, code, fresh: options.fresh === true });
  const threads = options.workers ?? availableParallelism();
  let pool: WorkerPool | null = null;
  // Threads asked for are used whatever the size of the work; by default only for enough of it.
  const poolFor = (items: number, threshold: number): WorkerPool | null => {
    if (threads <= 1 || items === 0 || (options.workers === undefined && items < threshold)) return pool;
    pool ??= new WorkerPool({ size: threads });
    return pool;
  };
  const work: BuildWork = { upToDate: false, read: 0, cachedArticles: 0, extracted: 0, rendered: 0, written: 0, searchShards: 0, removed: 0, output: 'untouched', notes: cache.notes };
  try {
    const { paths, problems } = await time('find', () => scanArticleFiles(config.articlesDir));
    const limits = { maxBytes: config.maxArticleBytes };
    const previous = cache.manifest;
    // With no last build every article is extracted: the threads start and load the pipeline
    // (about 0.8 s of CPU each) while this thread reads the files, instead of after. An empty
    // batch per thread loads it; one that fails (the pool closed by an error) matters to no one.
    const early = previous === null ? poolFor(paths.length, PROCESS_IN_WORKERS) : null;
    for (let i = 0; i < (early?.size ?? 0); i++) early?.run('process', { files: [], maxBytes: config.maxArticleBytes, cacheDir: cache.dir }).catch(() => undefined);
    const { files, stamps } = await time('read', () =>
      readArticleFiles(config.articlesDir, paths, limits, {
        known: previous?.inputs ?? null,
        ...(options.settledMs === undefined ? {} : { settledMs: options.settledMs }),
        onRead: (done) => options.onProgress?.({ stage: 'read', done, total: paths.length }),
      }),
    );
    work.read = files.filter((file) => file.bytes !== null).length;
    const assets = await readAssetFiles(config.templatesDir);

    // Everything a record depends on besides its file, and everything a page depends on besides its plan.
    const recordBase = recordKeyBase(code, config.maxArticleBytes);
    const renderer = rendererOptions(config);
    const pageKey = hashParts(code, templatesIdentity(config.templatesDir), JSON.stringify(renderer), JSON.stringify(planOptions(config)));
    const siteKeyOf = (): string =>
      hashParts(
        recordBase,
        pageKey,
        String(config.drafts),
        process.cwd(),
        ...files.map((f) => `${f.path}\u0000${f.digest || (f.problem ? `${f.problem.ruleId}:${f.problem.reason}` : '')}`),
        ...assets.map((a) => `${a.path}\u0000${hashParts(Buffer.from(a.content).toString('base64'))}`),
        ...problems.map((p) => `${p.path}:${p.reason}`),
      );
    let siteKey = siteKeyOf();
    const trusted = previous !== null && markerBuildId(config.outDir) === previous.buildId;
    if (trusted && previous.siteKey === siteKey) {
      // Nothing the site depends on changed since the build that wrote it: nothing to do.
      work.upToDate = true;
      work.cachedArticles = files.length;
      return { written: true, ...previous.result, diagnostics: previous.diagnostics, timings, plan: null, work };
    }

    // Each article from the cache when its key is there, else parsed and extracted.
    const entries: ArticleEntry[] = new Array(files.length);
    const missing: ProcessFile[] = [];
    const missingAt: number[] = [];
    let stampLied = false;
    for (const [i, file] of files.entries()) {
      if (file.problem) {
        entries[i] = { key: '', path: file.path, displayPath: file.displayPath, diagnostics: [file.problem], article: null };
        continue;
      }
      let key = recordKey(recordBase, file.path, file.displayPath, file.digest);
      const cached = cache.entry(key);
      if (cached) {
        entries[i] = cached;
        file.bytes = null;
        continue;
      }
      if (!file.bytes) {
        // Known by its stamp, but the cache lost its result: the file is read after all.
        const read = await readArticleFile(join(config.articlesDir, file.path), file.displayPath, limits);
        if ('problem' in read) {
          entries[i] = { key: '', path: file.path, displayPath: file.displayPath, diagnostics: [read.problem], article: null };
          delete stamps.files[file.path];
          stampLied = true;
          continue;
        }
        const digest = contentDigest(read.bytes);
        if (digest !== file.digest) {
          file.digest = digest;
          key = recordKey(recordBase, file.path, file.displayPath, digest);
          stampLied = true;
        }
        file.bytes = read.bytes;
        stamps.files[file.path] = { ...(file.stamp as FileStamp), digest };
        work.read++;
      }
      // Past here only extraction needs the bytes: it takes them.
      missing.push({ path: file.path, displayPath: file.displayPath, bytes: file.bytes, key });
      file.bytes = null;
      missingAt.push(i);
    }
    // A file whose bytes changed under the same stat (a clock set back): the site's key is made of what was read.
    if (stampLied) siteKey = siteKeyOf();
    work.cachedArticles = files.length - missing.length;
    work.extracted = missing.length;
    await time('extract', async () => {
      const total = missing.length;
      // Extraction takes the bytes (processFiles lets them go batch by batch); past it they are not
      // needed (a page whose cached article is gone reads its file again).
      const processed = await processFiles(missing, { maxBytes: config.maxArticleBytes, cacheDir: cache.dir }, poolFor(total, PROCESS_IN_WORKERS), (done) => options.onProgress?.({ stage: 'extract', done, total }));
      missing.length = 0;
      // Threads that extracted keep the pipeline's data and their heaps' garbage; rendering starts
      // fresh ones, which load only the renderer. They are stopped before their entries are parsed,
      // so the two never take memory at the same time.
      await (pool as WorkerPool | null)?.close();
      pool = null;
      ('entries' in processed ? processed.entries : cache.takeExtracted(processed.lines)).forEach((entry, j) => {
        entries[missingAt[j] as number] = entry;
      });
    });

    const { kept, diagnostics: collected } = collectEntries(entries, { drafts: config.drafts }, (entry) => entry);
    const articles: SiteArticle[] = kept.flatMap(({ article }) => (article ? [{ record: article.record, digest: article.digest, originalUrl: article.originalUrl }] : []));
    const diagnostics = [...problems, ...collected];
    // The search index is made by Pagefind's own process while this one plans and renders; only
    // the shards whose records changed are indexed again, the others keep their files.
    const lastSearch = trusted && !previous.diagnostics.some((d) => d.ruleId === 'search-index') ? (previous.search ?? null) : null;
    const byId = new Map(kept.map((entry) => [entry.article?.record.id, entry]));
    const wholeOf = (id: string): WholeArticleRef | undefined => {
      const entry = byId.get(id);
      return entry?.article ? { whole: entry.article.whole, fullHash: entry.article.fullHash, file: join(config.articlesDir, entry.path), path: entry.path, displayPath: entry.displayPath, maxBytes: config.maxArticleBytes } : undefined;
    };
    // An article's text is read from its whole copy in the cache folder when its shard is indexed
    // (its hash stands for it until then): the text of a whole site is tens of megabytes.
    const texts: ArticleTexts = {
      version: (article) => wholeOf(article.record.id)?.fullHash ?? '',
      text: async (article) => {
        const ref = wholeOf(article.record.id);
        if (!ref) return '';
        return plainText(await wholeArticleHtml(cache.dir, ref));
      },
    };
    const staging = await createStaging(config.outDir);
    // A site replaced whole lends its equal files; with no output folder yet (a first build) there
    // is nothing to look for, and each page would ask the disk for a file that is not there.
    const placement: Placement = { staging, previousSite: trusted || !existsSync(config.outDir) ? null : config.outDir, made: new Set() };
    const files2: Record<string, OutputState> = {};
    // Files in staging: new bytes, or (replacing the site whole) unchanged files linked from the old one.
    const changed: string[] = [];
    const keep = (path: string, state: OutputState): void => {
      files2[path] = state;
    };
    const count = (path: string, action: Placed['action']): void => {
      if (action === 'same') return;
      changed.push(path);
      if (action === 'written') work.written++;
    };
    let searchState: SiteManifest['search'] = null;
    let searchCount: number | undefined;
    // The search index's files go to staging as soon as Pagefind is done, while pages still
    // render, rather than held (tens of megabytes at 10,000 articles) until rendering ends: the
    // new files of the shards indexed again, the others' files as the last build left them.
    // Pagefind failed: no search at all, rather than some shards. A failure to place them is
    // thrown once rendering is over. No variable keeps the search's own promise: this function,
    // suspended while pages render, would keep the files it resolves with.
    const searched = time('search', () => buildSearch(config, articles, { previous: lastSearch, texts, ...(options.searchShardSize ? { shardSize: options.searchShardSize } : {}) })).then(
      ({ plan: searchPlan, files: searchFiles, problem }) => {
        if (problem) {
          diagnostics.push(problem);
          return null;
        }
        searchState = searchPlan.state;
        work.searchShards = searchPlan.stale.size;
        for (const file of searchFiles) place(file.path, file.content);
        for (const [path, state] of Object.entries(previous?.files ?? {})) if (inKeptShard(searchPlan, path)) keep(path, state);
        searchCount = Object.keys(files2).filter((path) => path.startsWith(`${SEARCH_DIR}/`)).length;
        return null;
      },
      (error: unknown) => error,
    );
    // Planning runs on this thread alone: made in steps, it lets Pagefind's answers in between,
    // so the search index's first shards are indexed on the other core meanwhile.
    let plan: SitePlan;
    try {
      plan = await time('plan', () => planLettingOthersRun(articles, planOptions(config)));
    } catch (error) {
      await searched;
      await rm(staging, { recursive: true, force: true });
      throw error;
    }
    const counts: Record<string, number> = {};
    for (const page of plan.pages) counts[page.kind] = (counts[page.kind] ?? 0) + 1;

    try {
      // Pages whose fingerprint is the one on disk keep their file; the others are rendered.
      const samePages = trusted && previous.pageKey === pageKey;
      const toRender: PageSpec[] = [];
      for (const page of plan.pages) {
        const state = trusted ? previous.files[page.output] : undefined;
        if (samePages && state && state.fingerprint === page.fingerprint) keep(page.output, state);
        else toRender.push(page);
      }
      // A page's data is read (computed) only when its batch is rendered.
      const jobOf = (page: PageSpec): RenderJob => {
        const whole = page.article === undefined ? undefined : wholeOf(page.article);
        const state = trusted ? previous.files[page.output] : undefined;
        return {
          page: { url: page.url, output: page.output, kind: page.kind, template: page.template, data: page.data, ...(page.article === undefined ? {} : { article: page.article }) },
          ...(whole ? { whole } : {}),
          ...(state ? { previous: state.hash } : {}),
        };
      };
      work.rendered = toRender.length;
      const fingerprints = new Map(plan.pages.map((p) => [p.output, p.fingerprint]));
      const outcomes = await time('render', () =>
        renderJobs(toRender, jobOf, { renderer, rendererKey: hashParts(pageKey, JSON.stringify(renderer)), cacheDir: cache.dir, staging, previousSite: placement.previousSite }, poolFor(toRender.length, RENDER_IN_WORKERS), (done) =>
          options.onProgress?.({ stage: 'render', done, total: toRender.length }),
        ),
      );
      for (const outcome of outcomes) {
        keep(outcome.output, { fingerprint: fingerprints.get(outcome.output) ?? '', hash: outcome.hash });
        count(outcome.output, outcome.action);
      }
      // The render threads (their renderers, cards and list items) are stopped as soon as the
      // pages are done, not at the end: the build's peak memory was in the write stage, while they
      // still held their heaps.
      await (pool as WorkerPool | null)?.close();
      pool = null;

      const failed = await searched;
      if (failed) throw failed;
      if (searchCount !== undefined) counts.search = searchCount;
      for (const asset of assets) place(asset.path, asset.content);
    } catch (error) {
      await searched;
      await rm(staging, { recursive: true, force: true });
      if (error instanceof TemplateError) {
        // The articles' results stay good for the next build; the site does not change.
        cache.save(entries, null);
        return { written: false, articles: articles.length, pages: 0, counts, diagnostics: sortDiagnostics([...diagnostics, error.diagnostic]), timings, plan, work };
      }
      throw error;
    }

    function place(path: string, content: string | Uint8Array): void {
      const placed = placeFile(placement, path, content, trusted ? previous?.files[path]?.hash : undefined);
      keep(path, { fingerprint: '', hash: placed.hash });
      count(path, placed.action);
    }

    await time('write', async () => {
      const buildId = newBuildId();
      placeFile(placement, MARKER, markerText(buildId));
      const removed = trusted ? Object.keys(previous.files).filter((path) => !(path in files2)) : [];
      const pages = plan.pages.length;
      const sorted = sortDiagnostics(diagnostics);
      const manifest: SiteManifest = {
        tool: 'newsdigest',
        format: CACHE_FORMAT,
        code,
        buildId,
        siteKey,
        pageKey,
        search: searchState,
        inputs: stamps,
        files: files2,
        diagnostics: sorted,
        result: { articles: articles.length, pages, counts },
      };
      // The manifest is saved before the site changes: killed in between, the marker still
      // names the previous build, so the next build does not trust the folder and replaces it.
      cache.save(entries, manifest);
      if (trusted) await commitInPlace(staging, config.outDir, changed, removed);
      else await swapIn(staging, config.outDir);
      cache.collectGarbage(new Set(entries.map((e) => e.key)));
      work.removed = removed.length;
      work.output = trusted ? 'updated' : 'replaced';
    });
    return { written: true, articles: articles.length, pages: plan.pages.length, counts, diagnostics: sortDiagnostics(diagnostics), timings, plan, work };
  } finally {
    await (pool as WorkerPool | null)?.close();
    cache.dispose();
  }
}

/** planSite, with the event loop run between its steps (a few milliseconds each): the plan is the same. */
async function planLettingOthersRun(articles: readonly SiteArticle[], options: PlanOptions): Promise<SitePlan> {
  const steps = planSiteInSteps(articles, options);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
    await new Promise<void>((resolve) => setImmediate(resolve));
  }
}

/**
 * What extraction gives back, in file order: entries made in this thread, or the lines of JSON
 * the threads answered with (process-task.ts), taken by the cache once the threads are stopped.
 */
type Processed = { entries: ArticleEntry[] } | { lines: string[] };

/**
 * Parses and extracts files: on the pool's threads when there is one, else in this thread. On
 * threads, `files` is handed over and emptied: each batch's message is a copy of its files, and
 * this thread lets its own go as soon as a thread takes the batch rather than at the end of
 * extraction, when the threads' heaps are at their largest (at 10,000 articles the bytes are some
 * 70 MB).
 */
async function processFiles(files: ProcessFile[], task: { maxBytes: number; cacheDir: string }, pool: WorkerPool | null, onDone: (done: number) => void): Promise<Processed> {
  if (!pool) {
    // The pipeline (parsing, extraction and their data) loads only for builds that need it.
    const { processEntry } = await import('./process-task.ts');
    const pack = new PackWriter(task.cacheDir);
    try {
      return {
        entries: files.map((file, i) => {
          const entry = processEntry(file, task, pack);
          onDone(i + 1);
          return entry;
        }),
      };
    } finally {
      pack.close();
    }
  }
  const waiting: (ProcessFile[] | null)[] = [];
  for (let i = 0; i < files.length; i += PROCESS_BATCH) waiting.push(files.slice(i, i + PROCESS_BATCH));
  files.length = 0;
  let done = 0;
  const batches = waiting.map((batch, b) => {
    const size = batch?.length ?? 0;
    return pool
      .runFor('process', () => {
        const taken = waiting[b] as ProcessFile[];
        waiting[b] = null;
        return { ...task, files: taken };
      })
      .then((lines) => {
        done += size;
        onDone(done);
        return lines;
      });
  });
  return { lines: await Promise.all(batches) };
}

/** Renders pages: on the pool's threads when there is one (a few batches in flight, so page data is made as it is needed), else in this thread. */
async function renderJobs(pages: readonly PageSpec[], jobOf: (page: PageSpec) => RenderJob, task: Omit<RenderTask, 'jobs'>, pool: WorkerPool | null, onDone: (done: number) => void): Promise<RenderOutcome[]> {
  const batches: PageSpec[][] = [];
  for (let i = 0; i < pages.length; i += RENDER_BATCH) batches.push(pages.slice(i, i + RENDER_BATCH));
  const results: RenderOutcome[][] = new Array(batches.length);
  let done = 0;
  const finish = (i: number, result: RenderResult): void => {
    if ('templateError' in result) throw new TemplateError(result.templateError);
    results[i] = result.outcomes;
    done += result.outcomes.length;
    onDone(done);
  };
  if (!pool) {
    const { run: renderBatch } = await import('./render-task.ts');
    for (const [i, batch] of batches.entries()) finish(i, await renderBatch({ ...task, jobs: batch.map(jobOf) }));
    return results.flat();
  }
  const active = pool;
  let next = 0;
  const known = new WeakMap<object, string>();
  // Each card is made by the first thread that needs it; the others are sent its HTML with the
  // first batch of theirs that lists its article, rather than make it too. A card is kept here
  // only until every thread has it (at 10,000 articles, megabytes at the build's busiest time).
  const cards = new Map<string, string>();
  const held = Array.from({ length: active.size }, () => new Set<string>());
  const heldByAll = (key: string): boolean => held.every((has) => has.has(key));
  const cardsFor = (thread: number, keys: ReadonlyMap<object, string>): [string, string][] => {
    const has = held[thread] as Set<string>;
    const sent: [string, string][] = [];
    for (const key of keys.values()) {
      const html = has.has(key) ? undefined : cards.get(key);
      if (html === undefined) continue;
      has.add(key);
      sent.push([key, html]);
      if (heldByAll(key)) cards.delete(key);
    }
    return sent;
  };
  // Page data is computed (and copied to the thread) only when its batch is sent.
  const feed = async (): Promise<void> => {
    while (next < batches.length) {
      const i = next++;
      const jobs = (batches[i] as PageSpec[]).map(jobOf);
      const cardKeys = cardKeysOf(jobs, known);
      let taker = 0;
      const result = await active.runFor('render', (thread) => {
        taker = thread;
        return { ...task, jobs, cardKeys, cards: cardsFor(thread, cardKeys) };
      });
      if ('cards' in result) {
        for (const [key, html] of result.cards ?? []) {
          held[taker]?.add(key);
          if (heldByAll(key)) cards.delete(key);
          else cards.set(key, html);
        }
      }
      finish(i, result);
    }
  };
  await Promise.all(Array.from({ length: active.size * 2 }, feed));
  return results.flat();
}

/**
 * The card key of each summary a batch's pages list (the objects in their data's arrays, as
 * card tags are given them), each summary hashed once per build here rather than in every batch
 * it is copied into; `known` keeps the keys by summary, which the plan makes once per article.
 */
function cardKeysOf(jobs: readonly RenderJob[], known: WeakMap<object, string>): Map<object, string> {
  const keys = new Map<object, string>();
  for (const job of jobs) {
    // Values only: a value computed on access (the data index's text) is not computed twice.
    for (const property of Object.values(Object.getOwnPropertyDescriptors(job.page.data))) {
      const value: unknown = property.value;
      if (!Array.isArray(value)) continue;
      for (const item of value as unknown[]) {
        if (!item || typeof item !== 'object' || Array.isArray(item) || keys.has(item)) continue;
        let key = known.get(item);
        if (key === undefined) known.set(item, (key = cardKey(item)));
        keys.set(item, key);
      }
    }
  }
  return keys;
}

export { hasErrors };
