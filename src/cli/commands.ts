import { existsSync, readFileSync } from 'node:fs';
import { basename, join, relative, resolve, sep } from 'node:path';
import { setFlagsFromString } from 'node:v8';
import { DEFAULT_CONFIG, loadConfig, type SiteConfig } from '../config/config.ts';
import { type Diagnostic, diagnostic, excerpt, formatDiagnostic, hasErrors, sortDiagnostics } from '../diagnostics/diagnostic.ts';
import { scanArticleFiles } from '../read/find.ts';
import type { ArticleRecord } from '../record/types.ts';
import { MARKER } from '../write/site.ts';
import { EXIT_ARTICLE_FAILED, EXIT_OK, EXIT_USAGE } from './exit-codes.ts';
import { buildSummary, groupWarnings, progressReporter } from './report.ts';

type Values = Record<string, string | boolean | undefined>;

const str = (value: string | boolean | undefined): string | undefined => (typeof value === 'string' ? value : undefined);

/** CLI flags → config overrides (only the flags given). */
export function configFromFlags(values: Values, projectDir = process.cwd()): SiteConfig {
  return loadConfig(projectDir, {
    articlesDir: str(values.articles),
    outDir: str(values.out),
    templatesDir: str(values.templates),
    baseUrl: str(values['base-url']),
    drafts: values.drafts === true ? true : undefined,
  });
}

/**
 * Prints each diagnostic as path:line:col, with the offending lines under errors. Warnings of one
 * rule past the first few are counted in one line ("… and 2,488 more warnings like this").
 */
export function printDiagnostics(diagnostics: readonly Diagnostic[]): void {
  const sources = new Map<string, string>();
  const grouped = groupWarnings(sortDiagnostics([...diagnostics]));
  for (const d of grouped.diagnostics) {
    console.error(formatDiagnostic(d));
    // An unreadable file's lines are not text worth showing (binary, another encoding).
    if (d.severity !== 'error' || (d.line <= 1 && d.column <= 1) || d.ruleId === 'unreadable-file') continue;
    if (!sources.has(d.path)) {
      try {
        sources.set(d.path, readFileSync(d.path, 'utf8'));
      } catch {
        sources.set(d.path, '');
      }
    }
    const context = excerpt(d, sources.get(d.path) ?? '');
    if (context) console.error(context);
  }
  for (const line of grouped.more) console.error(line);
}

/** "1 article", "3 articles". */
export function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? '' : 's'}`;
}

/**
 * A usage problem with the folders, or null. A missing templates folder is fine when it is the
 * default one (the built-in theme serves), not when the user named it.
 */
export function folderProblem(command: string, config: SiteConfig, projectDir = process.cwd()): string | null {
  const shown = (dir: string): string => relative(projectDir, dir) || dir;
  if (!existsSync(config.articlesDir)) return `newsdigest ${command}: articles folder not found: ${shown(config.articlesDir)}`;
  if (!existsSync(config.templatesDir) && config.templatesDir !== resolve(projectDir, DEFAULT_CONFIG.templatesDir)) {
    return `newsdigest ${command}: templates folder not found: ${shown(config.templatesDir)}. Leave the setting out to use the built-in theme`;
  }
  return null;
}

export async function runBuild(values: Values): Promise<number> {
  const config = configFromFlags(values);
  const problem = folderProblem('build', config);
  if (problem) {
    console.error(problem);
    return EXIT_USAGE;
  }
  const threads = values.threads === undefined ? undefined : Number(values.threads);
  if (threads !== undefined && !(Number.isInteger(threads) && threads >= 1)) {
    console.error(`newsdigest build: --threads needs a whole number of 1 or more, not "${String(values.threads)}"`);
    return EXIT_USAGE;
  }
  const hadSite = existsSync(join(config.outDir, MARKER));
  const start = performance.now();
  const quiet = values.quiet === true;
  // After each full collection V8 lets a heap grow by a factor of its own (up to four times what
  // survived); a large build's heaps (this thread's and each worker thread's) then hold far more
  // garbage than data. Growing by a quarter keeps an extraction thread at about two thirds of
  // its memory (1,200 articles on one thread: 290 → 195 MiB) for no more CPU time: what it keeps
  // is small, what it makes is short-lived. The flag is the process's, read at each collection,
  // so the threads started later follow it too.
  setFlagsFromString('--heap-growing-percent=25');
  // The renderer and the writer load only for build: extract and check never need them.
  const { buildSite } = await import('../site/build.ts');
  const progress = quiet ? null : progressReporter();
  const result = await buildSite(config, {
    fresh: values['no-cache'] === true,
    ...(threads === undefined ? {} : { workers: threads }),
    // --timings prints each stage as it ends: a slow stage shows while the build still runs.
    ...(values.timings ? { onStage: (stage: string, stageMs: number) => console.log(`  ${stage.padEnd(20)} ${String(stageMs).padStart(8)} ms`) } : {}),
    ...(progress ? { onProgress: progress.update } : {}),
  });
  progress?.end();
  if (values.timings) {
    // The whole process: this thread, the worker threads (Pagefind's process is not counted).
    const usage = process.resourceUsage();
    console.log(`  ${'cpu'.padEnd(20)} ${String(Math.round((usage.userCPUTime + usage.systemCPUTime) / 1000)).padStart(8)} ms`);
    console.log(`  ${'peak-rss'.padEnd(20)} ${String(Math.round(usage.maxRSS / 1024)).padStart(8)} MiB`);
  }
  for (const note of result.work.notes) console.error(`newsdigest build: note: ${note}`);
  printDiagnostics(result.diagnostics);
  const out = relative(process.cwd(), config.outDir) || '.';
  const ms = Math.round(performance.now() - start);
  if (!result.written) {
    console.error(hadSite ? `Site not written: the previous site in ${out}/ is unchanged.` : `Site not written: fix the problem above; nothing was written to ${out}/.`);
    return EXIT_ARTICLE_FAILED;
  }
  if (!quiet) for (const line of buildSummary(result, out, ms)) console.log(line);
  return hasErrors(result.diagnostics) ? EXIT_ARTICLE_FAILED : EXIT_OK;
}

export async function runCheck(values: Values): Promise<number> {
  const config = configFromFlags(values);
  if (!existsSync(config.articlesDir)) {
    console.error(`newsdigest check: articles folder not found: ${relative(process.cwd(), config.articlesDir) || config.articlesDir}`);
    return EXIT_USAGE;
  }
  const { paths, problems } = await scanArticleFiles(config.articlesDir);
  // The pipeline loads only for the commands that run it (build reads most articles from its cache).
  const { collectArticles, loadArticles } = await import('../article/load.ts');
  const loaded = await loadArticles(config.articlesDir, paths, { maxBytes: config.maxArticleBytes });
  // The same articles as build: drafts are read and their problems reported, but they count as
  // usable only when build would publish them (--drafts or "drafts": true).
  const collected = collectArticles(loaded, { drafts: config.drafts });
  const { articles } = collected;
  const diagnostics = [...problems, ...collected.diagnostics];
  const drafts = config.drafts ? 0 : loaded.filter((entry) => entry.result.article?.draft).length;
  // A record that breaks the contract is a newsdigest bug, but check is where it shows first.
  // The validator (ajv and the compiled schema) is loaded here only: build never needs it.
  const { recordSchemaErrors } = await import('../record/schema.ts');
  for (const entry of loaded) {
    const record = entry.result.article?.record;
    if (!record) continue;
    for (const problem of recordSchemaErrors(record)) diagnostics.push(diagnostic(entry.displayPath, 1, 1, 'error', 'record-schema', `Extracted record breaks record.schema.json: ${problem}`));
  }
  printDiagnostics(diagnostics);
  const errors = diagnostics.filter((d) => d.severity === 'error').length;
  const warnings = diagnostics.filter((d) => d.severity === 'warning').length;
  const left = drafts > 0 ? `, ${plural(drafts, 'draft')} left out (--drafts to include)` : '';
  console.log(`Checked ${plural(paths.length, 'file')}: ${plural(articles.length, 'article')} usable${left}, ${plural(errors, 'error')}, ${plural(warnings, 'warning')}.`);
  return errors > 0 ? EXIT_ARTICLE_FAILED : EXIT_OK;
}

export async function runExtract(files: string[], json: boolean): Promise<number> {
  const { processSafely, readArticleFile } = await import('../article/load.ts');
  const config = loadConfig(process.cwd());
  const records: ArticleRecord[] = [];
  const diagnostics: Diagnostic[] = [];
  for (const file of files) {
    const absolute = resolve(file);
    const inArticles = absolute.startsWith(config.articlesDir + sep);
    const path = inArticles ? relative(config.articlesDir, absolute).split(sep).join('/') : basename(absolute);
    const read = await readArticleFile(absolute, file, { maxBytes: config.maxArticleBytes });
    if ('problem' in read) {
      diagnostics.push(read.problem);
      continue;
    }
    const result = processSafely(read.bytes, path, file, { maxBytes: config.maxArticleBytes });
    diagnostics.push(...result.diagnostics);
    if (result.article) records.push(result.article.record);
  }
  printDiagnostics(diagnostics);
  if (json) console.log(JSON.stringify(records, null, 2));
  else for (const record of records) console.log(describeRecord(record));
  return hasErrors(diagnostics) ? EXIT_ARTICLE_FAILED : EXIT_OK;
}

/** A readable summary of a record for the terminal. */
export function describeRecord(r: ArticleRecord): string {
  const lines = [
    `${r.source.path}  [${r.language}] ${r.date ?? 'undated'}${r.publisher ? `  ${r.publisher.name}${r.publisher.country ? ` (${r.publisher.country})` : ''}` : ''}`,
    `  headline (${r.headlineSource}): ${r.headline}`,
    `  topics: ${r.topics.map((t) => t.id).join(', ') || '-'}`,
    `  countries: ${r.countries.map((c) => `${c.code} ${c.name}`).join(', ') || '-'}`,
    `  actors:`,
    ...r.actors.map((a) => `    - ${a.name} (${a.type}${a.country ? `, ${a.country}` : ''})${a.roles.length ? `: ${a.roles.join('; ')}` : ''}`),
    `  figures:`,
    ...r.figures.map((f) => `    - ${f.value}${f.unit ? ` ${f.unit}` : ''} [${f.kind}, ${f.qualifier}]  “${f.text}”`),
    `  attributions:`,
    ...r.attributions.map((a) => `    - ${a.source} (${a.sourceType})${a.verb ? ` ${a.verb}` : ''}: ${a.quote ? '«' : ''}${a.claim}${a.quote ? '»' : ''}`),
    `  facts:`,
    ...r.facts.map((f, i) => `    ${i + 1}. ${f.text}`),
  ];
  return `${lines.join('\n')}\n`;
}
