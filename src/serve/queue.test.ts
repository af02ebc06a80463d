import { describe, expect, it } from 'vitest';
import { type WatchEvent, WatchQueue } from './queue.ts';

const ev = (type: WatchEvent['type'], path: string): WatchEvent => ({ type, path });

describe('WatchQueue', () => {
  it('releases nothing before the quiet time has passed', () => {
    const queue = new WatchQueue({ quietMs: 25 });
    queue.push(ev('change', '/a.md'), 0);
    expect(queue.nextDeadline()).toBe(25);
    expect(queue.take(24)).toBeNull();
    expect(queue.take(25)?.files).toEqual(new Map([['/a.md', 'upsert']]));
  });

  it('merges an editor save (temp write, rename over, touch) into one change', () => {
    const queue = new WatchQueue({ quietMs: 25 });
    queue.push(ev('unlink', '/a.md'), 0);
    queue.push(ev('add', '/a.md'), 3);
    queue.push(ev('change', '/a.md'), 5);
    expect(queue.take(20)).toBeNull();
    const batch = queue.take(30);
    expect(batch?.files).toEqual(new Map([['/a.md', 'upsert']]));
    expect(batch?.events).toBe(3);
  });

  it('pushes the deadline back while events keep coming, up to the maximum wait', () => {
    const queue = new WatchQueue({ quietMs: 25, maxWaitMs: 100 });
    for (let t = 0; t <= 90; t += 10) queue.push(ev('add', `/f${t}.md`), t);
    expect(queue.nextDeadline()).toBe(100);
    queue.push(ev('add', '/late.md'), 99);
    const batch = queue.take(100);
    expect(batch?.files.size).toBe(11);
  });

  it('turns a file added then deleted in the same batch into a removal', () => {
    const queue = new WatchQueue();
    queue.push(ev('add', '/new.md'), 0);
    queue.push(ev('unlink', '/new.md'), 1);
    expect(queue.take(1000)?.files.get('/new.md')).toBe('remove');
  });

  it('reports a renamed file as one removal and one change', () => {
    const queue = new WatchQueue();
    queue.push(ev('unlink', '/old.md'), 0);
    queue.push(ev('add', '/new.md'), 0);
    expect(queue.take(1000)?.files).toEqual(
      new Map([
        ['/old.md', 'remove'],
        ['/new.md', 'upsert'],
      ]),
    );
  });

  it('keeps removed folders, and forgets one re-added in the same batch', () => {
    const queue = new WatchQueue();
    queue.push(ev('unlinkDir', '/gone'), 0);
    queue.push(ev('unlinkDir', '/back'), 0);
    queue.push(ev('addDir', '/back'), 1);
    expect(queue.take(1000)?.removedDirs).toEqual(['/gone']);
  });

  it('runs one build at a time and queues what arrives during it as the next batch', () => {
    const queue = new WatchQueue({ quietMs: 25 });
    queue.push(ev('change', '/a.md'), 0);
    const first = queue.take(25);
    expect(first?.files.size).toBe(1);
    expect(queue.building).toBe(true);
    queue.push(ev('change', '/b.md'), 30);
    queue.push(ev('change', '/c.md'), 31);
    // Still building: nothing is due, however late it is.
    expect(queue.nextDeadline()).toBeNull();
    expect(queue.take(500)).toBeNull();
    queue.finish(200);
    expect(queue.building).toBe(false);
    expect(queue.nextDeadline()).toBe(225);
    const second = queue.take(225);
    expect([...(second?.files.keys() ?? [])]).toEqual(['/b.md', '/c.md']);
  });

  it('has nothing to do after a build when no event came during it', () => {
    const queue = new WatchQueue();
    queue.push(ev('change', '/a.md'), 0);
    queue.take(1000);
    queue.finish(1001);
    expect(queue.pending).toBe(false);
    expect(queue.nextDeadline()).toBeNull();
    expect(queue.take(5000)).toBeNull();
  });

  it('merges a checkout of many files into exactly one batch', () => {
    const queue = new WatchQueue({ quietMs: 25 });
    for (let i = 0; i < 500; i++) queue.push(ev(i % 3 === 0 ? 'unlink' : 'change', `/f${i}.md`), i * 0.05);
    const batch = queue.take(60);
    expect(batch?.files.size).toBe(500);
    expect(batch?.events).toBe(500);
    expect(queue.pending).toBe(false);
  });
});
