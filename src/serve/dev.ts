/**
 * `newsdigest dev`: build, serve, watch, rebuild what changed, tell the open pages. The parts
 * live beside this file: the watch queue (pure), the chokidar wrapper, the server, the browser
 * client; the incremental site is in site/incremental.ts.
 */
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { configFromFlags, folderProblem, plural, printDiagnostics } from '../cli/commands.ts';
import { EXIT_USAGE } from '../cli/exit-codes.ts';
import { UsageError } from '../cli/usage-error.ts';
import { CONFIG_FILE, ConfigError, type SiteConfig } from '../config/config.ts';
import { type Diagnostic, formatDiagnostic } from '../diagnostics/diagnostic.ts';
import { pathOf } from '../render/engine.ts';
import { type FileChange, IncrementalSite, type SiteUpdate, type UpdateResult } from '../site/incremental.ts';
import { configDiagnostic, type Problem, toProblem } from './problems.ts';
import { type WatchBatch, WatchQueue } from './queue.ts';
import { CLIENT_TAG, type DevServer, startDevServer } from './server.ts';
import { classify, type SiteWatcher, type WatchRoots, watchSite } from './watch.ts';

export interface DevOptions {
  config: SiteConfig;
  /** Reads the configuration again when its file changes; throws ConfigError when it is bad. Default: the config never changes. */
  reloadConfig?: () => SiteConfig;
  /** Folder holding the config file; paths in messages are relative to it. Default: the working folder. */
  projectDir?: string;
  /** Address to bind. Default: 127.0.0.1. */
  host?: string;
  /** First port to try (the next free one is used if taken); 0 lets the system choose. Default: 8080. */
  port?: number;
  /** Poll for changes instead of native events. Default: false. */
  poll?: boolean;
  /** The cache root `build` keeps records in: the first build takes the records of unchanged articles from it. Default: `.cache` in the working folder, as `build`; null extracts every article. */
  cacheDir?: string | null;
  /** Quiet time after the last file event before rebuilding, in ms. Default: 25 (see queue.ts). */
  quietMs?: number;
  /** Where the terminal lines go. Default: console.log. */
  log?: (line: string) => void;
  /** Called after every rebuild, once the pages are written and the pages told. Default: none. */
  onRebuild?: (report: RebuildReport) => void;
}

export interface RebuildReport {
  /** The one line printed for this rebuild. */
  line: string;
  /** What the site update did; null when the batch held nothing that shapes the site. */
  result: UpdateResult | null;
  /** Problems shown in the browser after this rebuild (errors only). */
  problems: Problem[];
  /** Ms from the first file event of the batch to the end of the rebuild. */
  ms: number;
}

export interface DevSession {
  readonly url: string;
  readonly server: DevServer;
  readonly site: IncrementalSite;
  /** Closes the watchers, then the server (open pages are disconnected, the port freed). */
  close(): Promise<void>;
}

/** Problems worth interrupting the reader for: errors, at most this many. */
const MAX_PROBLEMS = 20;

const clock = (): string => new Date().toTimeString().slice(0, 8);

/**
 * A search refresh starts once no file event has come for this long: its share of the main
 * thread (making the records, handing them to Pagefind) would otherwise delay the page of a save
 * that comes meanwhile.
 */
const SEARCH_QUIET_MS = 300;
/** …or this long after it was asked for, when saves keep coming. */
const SEARCH_MAX_WAIT_MS = 5000;

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

export async function startDev(options: DevOptions): Promise<DevSession> {
  const projectDir = options.projectDir ?? process.cwd();
  const log = options.log ?? ((line: string) => console.log(line));
  let config = options.config;
  const roots: WatchRoots = { articlesDir: config.articlesDir, templatesDir: config.templatesDir, configFile: join(projectDir, CONFIG_FILE) };
  const shown = (path: string): string => relative(process.cwd(), path) || path;

  // Watch before the first build: a save made while it runs is then rebuilt right after it.
  const queue = new WatchQueue(options.quietMs === undefined ? {} : { quietMs: options.quietMs });
  let timer: NodeJS.Timeout | null = null;
  let batchStart = 0;
  let lastEventAt = 0;
  let started = false;
  let closed = false;
  // The batch being applied, so close() can wait for its writes to end before the caller removes the folder.
  let applying: Promise<void> | null = null;
  const schedule = (): void => {
    if (timer) clearTimeout(timer);
    timer = null;
    const deadline = queue.nextDeadline();
    if (!started || closed || deadline === null) return;
    timer = setTimeout(
      () => {
        applying = flush().finally(() => {
          applying = null;
        });
      },
      Math.max(0, deadline - performance.now()),
    );
  };
  const watcher: SiteWatcher = await watchSite({
    roots,
    poll: options.poll ?? false,
    onEvent: (event) => {
      lastEventAt = performance.now();
      if (!queue.pending) batchStart = performance.now();
      queue.push(event, performance.now());
      schedule();
    },
    onError: (error) => log(`${clock()} watcher: ${error.message}`),
  });

  let site: IncrementalSite;
  let result: UpdateResult;
  let cached: number;
  try {
    let notes: string[];
    ({ site, result, cached, notes } = await IncrementalSite.open({ config, bodyEnd: CLIENT_TAG, cacheDir: options.cacheDir === undefined ? join(process.cwd(), '.cache') : options.cacheDir }));
    for (const note of notes) log(`note: ${note}`);
  } catch (error) {
    await watcher.close();
    throw error;
  }
  printDiagnostics(result.diagnostics);
  const articles = site.plan?.order.length ?? 0;
  log(
    result.templateError
      ? `Site not written: fix the template error above (${Math.round(result.ms)} ms).`
      : `Built ${plural(articles, 'article')} into ${shown(config.outDir)}/: ${plural(result.written.length, 'page')} in ${Math.round(result.ms)} ms${cached > 0 ? ` (${plural(cached, 'article')} from the build's cache)` : ''}.`,
  );

  let server: DevServer;
  try {
    server = await startDevServer({ root: config.outDir, basePath: pathOf(config.baseUrl), ...(options.host !== undefined ? { host: options.host } : {}), ...(options.port !== undefined ? { port: options.port } : {}) });
  } catch (error) {
    await watcher.close();
    throw error;
  }
  let configProblem: Diagnostic | null = null;
  let shownProblems = '';
  const publishProblems = (): Problem[] => {
    const errors = [...site.diagnostics(), ...(configProblem ? [configProblem] : [])].filter((d) => d.severity === 'error').slice(0, MAX_PROBLEMS);
    const key = errors.map(formatDiagnostic).join('\n');
    const problems = errors.map((d) => toProblem(d));
    if (key !== shownProblems) server.setProblems(problems);
    shownProblems = key;
    return problems;
  };
  publishProblems();

  const apply = async (batch: WatchBatch): Promise<void> => {
    const articleChanges = new Map<string, FileChange>();
    const assets = new Map<string, FileChange>();
    const removedArticleDirs: string[] = [];
    const names: string[] = [];
    let templates = false;
    let configChanged = false;
    for (const [path, change] of batch.files) {
      const target = classify(path, roots);
      if (!target) continue;
      names.push(shown(path));
      if (target.kind === 'article') articleChanges.set(target.path, change);
      else if (target.kind === 'asset') assets.set(target.path, change);
      else if (target.kind === 'template') templates = true;
      else if (target.kind === 'config') configChanged = true;
    }
    for (const dir of batch.removedDirs) {
      const target = classify(dir, roots, true);
      if (target?.kind === 'article-dir') {
        removedArticleDirs.push(target.path);
        names.push(`${shown(dir)}/`);
      }
    }
    if (names.length === 0) return;

    const update: SiteUpdate = { articles: articleChanges, assets, removedArticleDirs, templates };
    if (configChanged) {
      const next = readConfig(options.reloadConfig, roots.configFile, shown(roots.configFile));
      if ('problem' in next) {
        configProblem = next.problem;
        log(formatDiagnostic(next.problem));
      } else {
        configProblem = null;
        if (next.config.articlesDir !== config.articlesDir || next.config.outDir !== config.outDir || next.config.templatesDir !== config.templatesDir) {
          log(`${clock()} ${shown(roots.configFile)}: folder settings apply after a restart of newsdigest dev.`);
        }
        // The folders being watched and served stay; every other setting applies now.
        config = { ...next.config, articlesDir: config.articlesDir, outDir: config.outDir, templatesDir: config.templatesDir };
        update.config = config;
        server.basePath = pathOf(config.baseUrl);
      }
    }

    // The saved articles' own pages reload as soon as they are written; every other open page
    // once the lists and indexes that show them are written too.
    let reloaded: string[] = [];
    const result = await site.update(update, {
      onSavedPages: (outputs) => {
        reloaded = outputs.map((output) => `${server.basePath}${output.replace(/(^|\/)index\.html$/, '$1')}`);
        server.send('reload', { only: reloaded });
      },
      // A save made while this one's lists are rendered gets its own page first: the lists of
      // both are rendered once, by its update.
      interrupted: () => queue.pending,
    });
    for (const d of result.diagnostics) log(formatDiagnostic(d));
    const problems = publishProblems();
    const pages = result.written.length + result.removed.length;
    const cssOnly = pages === 0 && result.assets.length > 0 && result.assets.every((path) => path.endsWith('.css'));
    if (cssOnly) server.send('css', { paths: result.assets });
    // After a deferred update the other pages reload once the update that renders their lists ends.
    else if (!result.deferred && (pages > 0 || result.assets.length > 0)) server.send('reload', { written: result.written.length, removed: result.removed.length, except: reloaded });

    const what = names.length <= 2 ? names.join(', ') : `${names.slice(0, 2).join(', ')} and ${names.length - 2} more`;
    const ms = Math.round(performance.now() - batchStart);
    let outcome: string;
    if (result.templateError) outcome = 'template error, the last good pages stay';
    else if (result.deferred) outcome = `${plural(result.written.length, 'page')} written, the lists with the next change`;
    else if (pages === 0 && result.assets.length === 0) outcome = result.unchanged.length > 0 && result.reread.length === 0 ? 'no change' : 'no page changed';
    else {
      const parts = result.written.length > 0 || result.removed.length > 0 ? [`${plural(result.written.length, 'page')} written`] : [];
      if (result.removed.length > 0) parts.push(`${result.removed.length} removed`);
      if (result.assets.length > 0) parts.push(`${plural(result.assets.length, 'asset')} copied${cssOnly ? ', stylesheet swapped' : ''}`);
      if (result.full) parts.push('full re-render');
      outcome = parts.join(', ');
    }
    const line = `${clock()} ${what} → ${outcome} (${Math.round(result.ms)} ms)`;
    log(line);
    if (result.searchStale) refreshSearch();
    options.onRebuild?.({ line, result, problems, ms });
  };

  // The search index's shards that a rebuild changed are indexed again in the background (about
  // a second per shard of a few hundred articles), once the saves pause: the next save is rebuilt
  // meanwhile, and refreshes asked for while one waits or runs are merged into one more.
  let searching: Promise<void> | null = null;
  let searchAgain = false;
  const refreshSearch = (): void => {
    if (searching) {
      searchAgain = true;
      return;
    }
    searching = (async () => {
      do {
        await quietMoment();
        searchAgain = false;
        const search = await site.refreshSearch();
        log(search.problem ? formatDiagnostic(search.problem) : `${clock()} search index refreshed (${search.shards} ${search.shards === 1 ? 'shard' : 'shards'}, ${Math.round(search.ms)} ms)`);
      } while (searchAgain && !closed);
    })()
      .catch((error: unknown) => log(`${clock()} search refresh failed: ${error instanceof Error ? error.message : String(error)}`))
      .finally(() => {
        searching = null;
      });
  };

  /** Resolves once the saves pause (see SEARCH_QUIET_MS), or at once when the preview closes. */
  const quietMoment = async (): Promise<void> => {
    const asked = performance.now();
    while (!closed && performance.now() - asked < SEARCH_MAX_WAIT_MS) {
      const quietFor = performance.now() - lastEventAt;
      if (!queue.pending && !queue.building && quietFor >= SEARCH_QUIET_MS) return;
      await sleep(Math.max(10, SEARCH_QUIET_MS - quietFor));
    }
  };

  const flush = async (): Promise<void> => {
    timer = null;
    const batch = queue.take(performance.now());
    if (!batch) return schedule();
    try {
      await apply(batch);
    } catch (error) {
      // An unexpected failure (disk full, a bug) must not end the preview: report it and go on.
      log(`${clock()} rebuild failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    } finally {
      queue.finish(performance.now());
      if (queue.pending) batchStart = performance.now();
      schedule();
    }
  };
  started = true;
  schedule();

  return {
    url: server.url,
    server,
    site,
    async close() {
      closed = true;
      if (timer) clearTimeout(timer);
      await watcher.close();
      await applying;
      // After the batch: its rebuild may have started a search refresh.
      await searching;
      await site.close();
      await server.close();
    },
  };
}

function readConfig(reload: (() => SiteConfig) | undefined, file: string, displayPath: string): { config: SiteConfig } | { problem: Diagnostic } {
  if (!reload) return { problem: configDiagnostic(displayPath, 'this preview cannot reload its settings; restart it', null) };
  try {
    return { config: reload() };
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    const source = existsSync(file) ? readFileSync(file, 'utf8') : null;
    return { problem: configDiagnostic(displayPath, error.message, source) };
  }
}

function openBrowser(url: string): void {
  const [command, args] = process.platform === 'darwin' ? ['open', [url]] : process.platform === 'win32' ? ['cmd', ['/c', 'start', '""', url]] : ['xdg-open', [url]];
  const child = spawn(command, args, { detached: true, stdio: 'ignore' });
  child.on('error', () => console.log(`Could not open a browser: open ${url} yourself.`));
  child.unref();
}

type Values = Record<string, string | boolean | undefined>;

/** The CLI command: runs until Ctrl-C (SIGINT) or SIGTERM, then closes everything and returns 0. */
export async function runDev(values: Values): Promise<number> {
  const config = configFromFlags(values);
  const problem = folderProblem('dev', config);
  if (problem) {
    console.error(problem);
    return EXIT_USAGE;
  }
  const port = values.port === undefined ? 8080 : Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new UsageError(`--port must be a whole number from 0 to 65535, not "${String(values.port)}"`);
  const host = typeof values.host === 'string' ? values.host : '127.0.0.1';

  const session = await startDev({ config, reloadConfig: () => configFromFlags(values), host, port, poll: values.poll === true });
  const { server } = session;
  if (server.requestedPort !== 0 && server.port !== server.requestedPort) console.log(`Port ${server.requestedPort} is taken: using ${server.port} instead.`);
  console.log(`Serving ${server.url}${host === '127.0.0.1' || host === 'localhost' ? '' : ` (bound to ${host}: reachable from other machines)`}`);
  console.log(`Watching ${[config.articlesDir, config.templatesDir].map((d) => `${relative(process.cwd(), d) || '.'}/`).join(', ')} and ${CONFIG_FILE}. Press Ctrl-C to stop.`);
  if (values.open === true) openBrowser(server.url);

  return new Promise((resolve) => {
    // `npm start` and `npx newsdigest dev` run this under npm (and a shell): a signal sent to npm
    // does not always reach this process, and npm may exit first. When the parent goes, this
    // process is re-parented: that ends the preview too, so no server is left on the port.
    const parent = process.ppid;
    const orphaned = setInterval(() => {
      if (process.ppid !== parent) stop();
    }, 500);
    orphaned.unref();
    const signals = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const;
    let stopping = false;
    const stop = (): void => {
      if (stopping) return;
      stopping = true;
      clearInterval(orphaned);
      for (const signal of signals) process.off(signal, stop);
      session.close().then(
        () => resolve(0),
        (error: unknown) => {
          console.error(`newsdigest dev: could not close cleanly: ${error instanceof Error ? error.message : String(error)}`);
          resolve(1);
        },
      );
    };
    for (const signal of signals) process.on(signal, stop);
  });
}
