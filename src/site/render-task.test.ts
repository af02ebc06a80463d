// The render task shares the cards it makes: a batch answers the cards of its summaries that it
// made, and a batch given cards another thread made uses them rather than make them again. On a
// pool thread it runs below the build's priority, and leaves the main thread's alone.
import { readdirSync, readFileSync } from 'node:fs';
import { mkdtemp } from 'node:fs/promises';
import { getPriority, tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { kenya, politics, record, siteArticle } from '../index/fixtures/records.ts';
import { planSite } from '../index/plan.ts';
import { cardKey } from '../render/cards.ts';
import { BUILTIN_THEME_DIR } from '../render/theme.ts';
import { WorkerPool } from '../workers/pool.ts';
import { RENDER_THREAD_NICE, type RenderTask, run } from './render-task.ts';

const renderer = { templatesDir: BUILTIN_THEME_DIR, baseUrl: '/', language: 'en', site: { title: 'Digest', description: 'Tests' } };

/** The first page of the politics topic (every article is on it, as a card) and the card key of each summary it lists. */
function topicPage(): { task: Pick<RenderTask, 'jobs' | 'cardKeys'>; keys: string[] } {
  const articles = ['a', 'b', 'c'].map((id, i) => siteArticle(record(id, { headline: `Harbour vote number ${i + 1}`, date: `2026-10-0${i + 1}`, topics: [politics], countries: [kenya] })));
  const page = planSite(articles, { pageSize: 10, language: 'en' }).pages.find((p) => p.output === 'topics/politics/index.html');
  if (!page) throw new Error('no topic page');
  const data = structuredClone(page.data);
  const summaries = data.articles as object[];
  const cardKeys = new Map(summaries.map((summary) => [summary, cardKey(summary)]));
  return { task: { jobs: [{ page: { url: page.url, output: page.output, kind: page.kind, template: page.template, data } }], cardKeys }, keys: [...cardKeys.values()] };
}

async function renderTopic(rendererKey: string, cards?: [string, string][]): Promise<{ html: string; cards: [string, string][] }> {
  const staging = await mkdtemp(join(tmpdir(), 'nd-render-task-'));
  const { task } = topicPage();
  const result = await run({ renderer, rendererKey, cacheDir: staging, staging, previousSite: null, ...task, ...(cards ? { cards } : {}) });
  if (!('outcomes' in result)) throw new Error('template error');
  return { html: readFileSync(join(staging, 'topics/politics/index.html'), 'utf8'), cards: result.cards ?? [] };
}

describe('the render task', () => {
  it("answers each card its batch made, under the summary's card key", async () => {
    const { html, cards } = await renderTopic('first renderer');
    expect(cards.map(([key]) => key).sort()).toEqual(topicPage().keys.sort());
    for (const [, card] of cards) expect(html).toContain(card);
  });

  it('uses the cards it is given instead of making them, and answers none', async () => {
    const given = topicPage().keys.map((key): [string, string] => [key, `<article class="card">given ${key}</article>`]);
    const { html, cards } = await renderTopic('second renderer', given);
    for (const [, card] of given) expect(html).toContain(card);
    expect(cards).toEqual([]);
  });
});

/** The nice value of each thread of this process, by thread id (Linux's /proc). */
function threadPriorities(): Map<number, number> {
  const dir = '/proc/self/task';
  return new Map(
    readdirSync(dir).map((tid) => {
      // The fields after the command's closing parenthesis; the nice value is the 19th field of the line.
      const fields =
        readFileSync(join(dir, tid, 'stat'), 'utf8')
          .split(') ')[1]
          ?.split(' ') ?? [];
      return [Number(tid), Number(fields[16])];
    }),
  );
}

// A thread's own priority is a Linux feature (elsewhere the call would set the whole process's).
describe.runIf(process.platform === 'linux')('the render task on a pool thread', () => {
  it('lowers its own thread below the build, never this thread', async () => {
    const before = getPriority(0);
    const expected = Math.max(before, RENDER_THREAD_NICE);
    const pool = new WorkerPool({ size: 1 });
    try {
      const staging = await mkdtemp(join(tmpdir(), 'nd-render-nice-'));
      const lowered = (): number => [...threadPriorities().values()].filter((nice) => nice === expected).length;
      const already = before >= RENDER_THREAD_NICE ? Number.NaN : lowered();
      await pool.run('render', { renderer, rendererKey: 'nice', cacheDir: staging, staging, previousSite: null, ...topicPage().task });
      expect(readFileSync(join(staging, 'topics/politics/index.html'), 'utf8')).toContain('Harbour vote number 1');
      expect(getPriority(0)).toBe(before);
      expect(threadPriorities().get(process.pid)).toBe(before);
      if (before < RENDER_THREAD_NICE) expect(lowered()).toBe(already + 1);
    } finally {
      await pool.close();
    }
  }, 60_000);
});
