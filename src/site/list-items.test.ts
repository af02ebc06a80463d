// List items cross to a render thread once: later batches carry their keys, and the thread puts
// the items back, so the pages it renders get the data the plan gave them.
import { describe, expect, it } from 'vitest';
import { cardKey } from '../render/cards.ts';
import { ListItemSender, ListItemTable } from './list-items.ts';
import type { RenderJob } from './render-task.ts';

const summary = (id: string): object => ({ id, headline: `Port workers vote in ${id}`, topics: [{ id: 'labour' }] });

function job(url: string, data: Record<string, unknown>): RenderJob {
  return { page: { url, output: `${url.slice(1)}index.html`, kind: 'html', template: 'term', data } };
}

/** The card key of every object in the jobs' top-level arrays, as the build makes them. */
function keysOf(jobs: readonly RenderJob[]): Map<object, string> {
  const keys = new Map<object, string>();
  for (const { page } of jobs) for (const value of Object.values(page.data)) if (Array.isArray(value)) for (const item of value) if (item && typeof item === 'object') keys.set(item, cardKey(item));
  return keys;
}

/** One batch through the sender, a structured clone (the message) and the thread's table. */
function send(sender: ListItemSender, table: ListItemTable, thread: number, jobs: RenderJob[]): { jobs: RenderJob[]; sentItems: number } {
  const packed = structuredClone(sender.pack(thread, jobs, keysOf(jobs)));
  table.take(packed);
  table.unpack(packed.jobs);
  return { jobs: packed.jobs, sentItems: packed.items.length };
}

describe('list items', () => {
  it('gives the thread the data the plan made, and sends each item to a thread once', () => {
    const [a, b, c] = ['a', 'b', 'c'].map(summary);
    const first = [job('/topics/labour/', { taxonomy: 'topics', articles: [a, b], pagination: { current: 1 } })];
    const second = [job('/topics/labour/page/2/', { taxonomy: 'topics', articles: [b, c], tags: ['harbour'] })];
    const sender = new ListItemSender(2);
    const table = new ListItemTable();
    const sentFirst = send(sender, table, 0, first);
    expect(sentFirst.sentItems).toBe(2);
    expect(sentFirst.jobs.map((j) => j.page.data)).toEqual(first.map((j) => j.page.data));
    const sentSecond = send(sender, table, 0, second);
    expect(sentSecond.sentItems).toBe(1);
    expect(sentSecond.jobs.map((j) => j.page.data)).toEqual(second.map((j) => j.page.data));
    // The other thread holds nothing yet: it is sent both.
    expect(send(sender, new ListItemTable(), 1, second).sentItems).toBe(2);
  });

  it('keeps the order of the data and leaves the plan’s data as it was', () => {
    const data = { taxonomy: 'topics', articles: [summary('a')], feed: '/topics/labour/' };
    const packed = new ListItemSender(1).pack(0, [job('/topics/labour/', data)], keysOf([job('/x/', data)]));
    expect(Object.keys(packed.jobs[0]?.page.data ?? {})).toEqual(['taxonomy', 'articles', 'feed']);
    expect(packed.jobs[0]?.page.data.articles).toBeNull();
    expect(data.articles).toHaveLength(1);
  });

  it('sends as they are the arrays that hold anything but keyed objects', () => {
    const data = { tags: ['harbour', 'port'], mixed: [summary('a'), 'text'] };
    const packed = new ListItemSender(1).pack(0, [job('/tags/', data)], keysOf([job('/tags/', data)]));
    expect(packed.jobs[0]?.page.data).toEqual(data);
    expect(packed.items).toEqual([]);
  });

  it('starts the thread again once it would hold more than its bound', () => {
    const sender = new ListItemSender(1, 3);
    const table = new ListItemTable();
    send(sender, table, 0, [job('/a/', { articles: [summary('a'), summary('b')] })]);
    const next = [job('/b/', { articles: [summary('b'), summary('c')] })];
    const packed = sender.pack(0, next, keysOf(next));
    expect(packed.forget).toBe(true);
    expect(packed.items).toHaveLength(2);
    table.take(structuredClone(packed));
    table.unpack(packed.jobs);
    expect(packed.jobs[0]?.page.data).toEqual(next[0]?.page.data);
  });

  it('fails loudly when a thread lacks an item it was never sent', () => {
    const data = { articles: [summary('a')] };
    const packed = new ListItemSender(1).pack(0, [job('/a/', data)], keysOf([job('/a/', data)]));
    expect(() => new ListItemTable().unpack(packed.jobs)).toThrow(/not sent the list item/);
  });
});
