/**
 * The newsdigest command line. Only argument parsing and help load at start-up: each command's
 * code (the pipeline, the dev server, the schema validator) is imported when that command runs,
 * so `newsdigest --version` and `--help` answer at once.
 */
import { readFileSync } from 'node:fs';
import { type ParseArgsConfig, parseArgs } from 'node:util';
import { ConfigError } from '../config/config.ts';
import { OutputDirError } from '../write/site.ts';
import { EXIT_OK, EXIT_USAGE } from './exit-codes.ts';
import { UsageError } from './usage-error.ts';

export { EXIT_ARTICLE_FAILED, EXIT_OK, EXIT_USAGE } from './exit-codes.ts';
export { UsageError } from './usage-error.ts';

interface Command {
  summary: string;
  usage: string;
  options: NonNullable<ParseArgsConfig['options']>;
  help: string;
  run(values: Record<string, string | boolean | undefined>, positionals: string[]): Promise<number>;
}

const dirOptions = {
  articles: { type: 'string' },
  out: { type: 'string' },
  templates: { type: 'string' },
  'base-url': { type: 'string' },
  drafts: { type: 'boolean' },
} as const;

const COMMANDS: Record<string, Command> = {
  build: {
    summary: 'Build the site into the output folder',
    usage: 'newsdigest build [--articles DIR] [--out DIR] [--templates DIR] [--base-url URL] [--drafts] [--no-cache] [--threads N] [--quiet] [--timings]',
    options: { ...dirOptions, timings: { type: 'boolean' }, 'no-cache': { type: 'boolean' }, threads: { type: 'string' }, quiet: { type: 'boolean' } },
    help: `Options:
  --articles DIR   article files, read recursively (default: articles)
  --out DIR        output folder; only files that changed are written, and the previous site
                   stays until the new one is complete (default: public)
  --templates DIR  templates, i18n strings and assets (default: templates)
  --base-url URL   path prefix or URL the site is served under (default: /)
  --drafts         include articles marked draft: true
  --no-cache       ignore the cache in .cache/newsdigest/ and build everything anew (the cache
                   is written again)
  --threads N      threads for parsing, extraction and rendering (default: one per core;
                   1 does everything in the main thread)
  --quiet          no progress line and no summary (problems are still printed)
  --timings        print the time each stage took
Defaults come from newsdigest.config.json in the current folder when it exists.`,
    run: async (values) => (await import('./commands.ts')).runBuild(values),
  },
  extract: {
    summary: 'Print the records of article files',
    usage: 'newsdigest extract FILE... [--json]',
    options: { json: { type: 'boolean' } },
    help: `Options:
  --json   print a JSON array of records (one per file) instead of a readable summary`,
    run: (values, positionals) => {
      if (positionals.length === 0) throw new UsageError('extract needs at least one FILE');
      return import('./commands.ts').then(({ runExtract }) => runExtract(positionals, Boolean(values.json)));
    },
  },
  check: {
    summary: 'Validate every article and report problems, without writing a site',
    usage: 'newsdigest check [--articles DIR] [--drafts]',
    options: { articles: { type: 'string' }, drafts: { type: 'boolean' } },
    help: `Options:
  --articles DIR   article files to check (default: articles)
  --drafts         count drafts as usable articles, as build --drafts does (drafts are always read
                   and their problems reported)`,
    run: async (values) => (await import('./commands.ts')).runCheck(values),
  },
  init: {
    summary: 'Create a new site in a folder: config, one sample article, optionally the theme',
    usage: 'newsdigest init DIR [--theme] [--title TITLE]',
    options: { theme: { type: 'boolean' }, title: { type: 'string' } },
    help: `Options:
  --theme         copy the built-in theme into DIR/templates to edit it (without it, the site
                  uses the theme inside newsdigest; a templates/ folder overrides it file by file)
  --title TITLE   the site's title (default: the folder's name)
Never overwrites a file.`,
    run: async (values, positionals) => {
      const [dir, ...extra] = positionals;
      if (dir === undefined || extra.length > 0) throw new UsageError('init needs exactly one DIR');
      const { initSite } = await import('./init.ts');
      const written = await initSite(dir, { theme: values.theme === true, ...(typeof values.title === 'string' ? { title: values.title } : {}) });
      console.log(`Created a site in ${dir}/: ${written.join(', ')}.\nNext: cd ${dir} && npx newsdigest build`);
      return EXIT_OK;
    },
  },
  dev: {
    summary: 'Build, serve on http://127.0.0.1:8080/ and rebuild on every change',
    usage: 'newsdigest dev [--articles DIR] [--out DIR] [--templates DIR] [--port N] [--host H] [--open] [--drafts] [--poll]',
    options: { ...dirOptions, port: { type: 'string' }, host: { type: 'string' }, open: { type: 'boolean' }, poll: { type: 'boolean' } },
    help: `Options:
  --articles DIR, --out DIR, --templates DIR, --base-url URL, --drafts   as for build
  --port N     port to serve on (default: 8080; the next free one if taken)
  --host H     address to bind (default: 127.0.0.1, reachable from this machine only)
  --open       open the site in the default browser
  --poll       poll for changes (network drives, containers, WSL)`,
    run: async (values) => {
      const { runDev } = await import('../serve/dev.ts');
      return runDev(values);
    },
  },
};

function version(): string {
  const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };
  return pkg.version;
}

function mainHelp(): string {
  const width = Math.max(...Object.keys(COMMANDS).map((name) => name.length));
  return `newsdigest ${version()}: a static news-digest site generator

Usage: newsdigest <command> [options]

Commands:
${Object.entries(COMMANDS)
  .map(([name, cmd]) => `  ${name.padEnd(width)}  ${cmd.summary}`)
  .join('\n')}

Run "newsdigest <command> --help" for a command's options.
Exit codes: 0 success, 1 some article failed (the site is still built from the others), 2 usage error.`;
}

/** Runs the CLI; returns the exit code instead of exiting, so tests can call it. */
export async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    console.log(mainHelp());
    return name === undefined ? EXIT_USAGE : EXIT_OK;
  }
  if (name === '--version' || name === '-v') {
    console.log(version());
    return EXIT_OK;
  }
  const command = COMMANDS[name];
  if (!command) {
    console.error(`newsdigest: unknown command "${name}"\n\n${mainHelp()}`);
    return EXIT_USAGE;
  }
  if (rest.includes('--help') || rest.includes('-h')) {
    console.log(`Usage: ${command.usage}\n\n${command.summary}.\n\n${command.help}`);
    return EXIT_OK;
  }
  try {
    const { values, positionals } = parseArgs({ args: rest, options: command.options, allowPositionals: name === 'extract' || name === 'init', strict: true });
    return await command.run(values as Record<string, string | boolean | undefined>, positionals);
  } catch (error) {
    if (error instanceof UsageError || (error instanceof Error && 'code' in error && String((error as { code: unknown }).code).startsWith('ERR_PARSE_ARGS'))) {
      console.error(`newsdigest ${name}: ${error.message}\nUsage: ${command.usage}`);
      return EXIT_USAGE;
    }
    if (error instanceof ConfigError || error instanceof OutputDirError) {
      console.error(`newsdigest ${name}: ${error.message}`);
      return EXIT_USAGE;
    }
    throw error;
  }
}
