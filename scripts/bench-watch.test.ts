// The watch benchmark's clean-up: a child that is still writing into the benchmark's folder is
// stopped, and its exit awaited, before the folder is removed (removing it while the child writes
// failed with ENOTEMPTY and hid the error that ended the measurement).
import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { stopChild } from './bench-watch.ts';

/** A node child running `code`, resolved once it printed its first line (its handlers are set). */
async function child(code: string, ...args: string[]): Promise<ChildProcess> {
  const started = spawn(process.execPath, ['-e', code, ...args], { stdio: ['ignore', 'pipe', 'inherit'] });
  await new Promise<void>((resolve, reject) => {
    started.stdout?.once('data', () => resolve());
    started.once('exit', (status) => reject(new Error(`child exited early (${status})`)));
  });
  return started;
}

// Writes a new file into a subfolder every few milliseconds; on SIGINT writes one last file
// (as `newsdigest dev` finishes its rebuild) and exits 0.
const WRITER = `
const { mkdirSync, writeFileSync } = require('node:fs');
const dir = process.argv[1];
mkdirSync(dir + '/data', { recursive: true });
let n = 0;
const timer = setInterval(() => writeFileSync(dir + '/data/' + n++ + '.json', '{}'), 2);
process.on('SIGINT', () => {
  clearInterval(timer);
  setTimeout(() => { writeFileSync(dir + '/data/last.json', '{}'); process.exit(0); }, 200);
});
console.log('ready');
`;

describe('stopChild', () => {
  it('resolves once the child has exited, after its last write, so the folder can be removed', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'nd-stop-'));
    const writer = await child(WRITER, dir);
    const code = await stopChild(writer);
    expect(code).toBe(0);
    expect(writer.exitCode).toBe(0);
    // The write the child made while stopping is done before stopChild resolves.
    expect(existsSync(join(dir, 'data', 'last.json'))).toBe(true);
    await rm(dir, { recursive: true });
    expect(existsSync(dir)).toBe(false);
  });

  it('kills a child that ignores SIGINT once the grace time is over', async () => {
    const stubborn = await child(`process.on('SIGINT', () => {}); setInterval(() => {}, 1000); console.log('ready');`);
    const code = await stopChild(stubborn, 300);
    expect(code).toBeNull();
    expect(stubborn.signalCode).toBe('SIGKILL');
  });

  it('resolves at once for a child that has already exited', async () => {
    const done = await child(`console.log('ready'); setTimeout(() => process.exit(3), 50);`);
    if (done.exitCode === null) await new Promise((resolve) => done.once('exit', resolve));
    await expect(stopChild(done)).resolves.toBe(3);
  });
});
