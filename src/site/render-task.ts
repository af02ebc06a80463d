/**
 * The `render` task: render a batch of pages and write each file that differs from the one it
 * replaces into the staging folder. The whole article a page shows is read from the cache
 * folder (checked against its hash; made again from its file if it is missing or damaged).
 * Runs on pool threads for large builds and in the main thread for small ones.
 */
import { getPriority, setPriority } from 'node:os';
import { isMainThread } from 'node:worker_threads';
import type { Diagnostic } from '../diagnostics/diagnostic.ts';
import type { FullArticle } from '../index/plan.ts';
import { createRenderer, type RenderablePage, type Renderer, type RendererOptions, TemplateError } from '../render/engine.ts';
import { type Placed, type Placement, placeFile } from '../write/place.ts';
import { type WholeArticleRef, wholeArticle } from './whole-article.ts';

export type { WholeArticleRef } from './whole-article.ts';

export interface RenderJob {
  page: RenderablePage & { output: string };
  whole?: WholeArticleRef;
  /** Content hash of the file the last build wrote at this path, when known: an equal file is not written again. */
  previous?: string;
}

export interface RenderTask {
  renderer: RendererOptions;
  /** Changes when the templates do: a thread keeps one renderer (its parsed templates, its cards) per key. */
  rendererKey: string;
  /** The site's cache folder. */
  cacheDir: string;
  jobs: RenderJob[];
  /** Where new files go. */
  staging: string;
  /**
   * The site being replaced whole, when there is one: a file equal to its file at the same path
   * is hard-linked from it instead of written, so its date and inode stay (rsync skips it).
   */
  previousSite: string | null;
  /**
   * The card key (render/cards.ts) of each summary the jobs' data lists, hashed once by the
   * sender: the same objects as in the jobs, since one message's copy keeps which objects are one.
   */
  cardKeys?: Map<object, string>;
  /**
   * Cards of those summaries that other threads made and this one has not, by card key: each
   * card is then made once per build, not once per thread.
   */
  cards?: [string, string][];
}

export interface RenderOutcome extends Placed {
  output: string;
}

/** The batch's files, and the cards it made of the summaries in its `cardKeys`, by key (for the other threads). */
export type RenderResult = { outcomes: RenderOutcome[]; cards?: [string, string][] } | { templateError: Diagnostic };

const renderers = new Map<string, Renderer>();

/** One renderer per thread and templates: its parsed templates and rendered cards are reused by later batches. */
function rendererFor(options: RendererOptions, key: string): Renderer {
  let renderer = renderers.get(key);
  if (!renderer) {
    // Renderers of templates that changed since are never used again.
    renderers.clear();
    renderer = createRenderer(options);
    renderers.set(key, renderer);
  }
  return renderer;
}

/**
 * How much lower a render thread runs than the rest of the build (a nice value). Pagefind's own
 * process indexes the search shards one after the other, on one core, while the pages render: at
 * equal priority it had a third of the two cores and went on indexing for seconds after the last
 * page was written, with the other core idle. Below it, the render threads leave it the core it
 * can use and have both once it is done: the same work in less time.
 */
export const RENDER_THREAD_NICE = 5;
let lowered = false;

/**
 * Lowers the priority of the thread that calls it, once: only on Linux, where a priority set
 * with pid 0 is the calling thread's alone (elsewhere it would be the whole process's), and
 * only in a pool thread. Never raised: a build started with `nice -n 10` stays at 10.
 */
function lowerRenderThread(): void {
  if (lowered || isMainThread || process.platform !== 'linux') return;
  lowered = true;
  try {
    const now = getPriority(0);
    if (now < RENDER_THREAD_NICE) setPriority(0, RENDER_THREAD_NICE);
  } catch {
    // Not allowed here: the thread keeps the build's priority.
  }
}

export async function run(task: RenderTask): Promise<RenderResult> {
  lowerRenderThread();
  const renderer = rendererFor(task.renderer, task.rendererKey);
  if (task.cards) renderer.keepCards(task.cards);
  // The cards this batch makes are those of its summaries that this thread has not.
  const unmade = new Set<string>();
  if (task.cardKeys) {
    renderer.knowCards(task.cardKeys);
    for (const key of task.cardKeys.values()) if (renderer.keptCard(key) === undefined) unmade.add(key);
  }
  const placement: Placement = { staging: task.staging, previousSite: task.previousSite, made: new Set() };
  const outcomes: RenderOutcome[] = [];
  // An article's page and record file come one after the other: read its whole record once.
  let last: FullArticle | undefined;
  try {
    for (const job of task.jobs) {
      let full: FullArticle | undefined;
      if (job.whole) {
        full = last?.record.id === job.page.article ? last : await wholeArticle(task.cacheDir, job.whole);
        last = full;
      }
      const content = renderer.render(job.page, full);
      outcomes.push({ output: job.page.output, ...placeFile(placement, job.page.output, content, job.previous) });
    }
  } catch (error) {
    if (error instanceof TemplateError) return { templateError: error.diagnostic };
    throw error;
  }
  const cards: [string, string][] = [];
  for (const key of unmade) {
    const html = renderer.keptCard(key);
    if (html !== undefined) cards.push([key, html]);
  }
  return cards.length > 0 ? { outcomes, cards } : { outcomes };
}
