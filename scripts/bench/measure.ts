/**
 * Runs a command and measures it as a whole process tree: wall time, and (on Linux, from /proc,
 * sampled every 50 ms) each process's CPU time and peak resident memory. The samples miss at
 * most the last 50 ms of a process's CPU; a peak is a high-water mark, so any sample after it
 * sees it. Elsewhere only wall time is measured.
 */
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';

export interface Measured {
  code: number | null;
  stdout: string;
  stderr: string;
  wallMs: number;
  /** Per process seen: its command name, CPU ms (user + system) and peak RSS in MiB. */
  processes: { pid: number; name: string; cpuMs: number; peakMiB: number }[];
}

const TICKS_PER_SECOND = 100;

function read(path: string): string | null {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return null;
  }
}

/** The process and every descendant, from the children lists /proc keeps per thread. */
function tree(root: number): number[] {
  const pids = [root];
  for (let i = 0; i < pids.length; i++) {
    const pid = pids[i] as number;
    let threads: string[];
    try {
      threads = readdirSync(`/proc/${pid}/task`);
    } catch {
      // Gone meanwhile.
      continue;
    }
    for (const tid of threads) {
      for (const child of (read(`/proc/${pid}/task/${tid}/children`) ?? '').split(/\s+/).filter(Boolean)) {
        const n = Number(child);
        if (!pids.includes(n)) pids.push(n);
      }
    }
  }
  return pids;
}

export function runMeasured(command: string, args: readonly string[], options: { cwd: string; env?: NodeJS.ProcessEnv }): Promise<Measured> {
  const start = performance.now();
  const child = spawn(command, args, { cwd: options.cwd, env: options.env ?? process.env, stdio: ['ignore', 'pipe', 'pipe'] });
  const seen = new Map<number, { name: string; cpuMs: number; peakMiB: number }>();
  const sample = (): void => {
    if (child.pid === undefined) return;
    for (const pid of tree(child.pid)) {
      const stat = read(`/proc/${pid}/stat`);
      const status = read(`/proc/${pid}/status`);
      if (!stat || !status) continue;
      // The command name is in parentheses and may hold spaces: fields are counted after it.
      const close = stat.lastIndexOf(')');
      const name = stat.slice(stat.indexOf('(') + 1, close);
      const fields = stat.slice(close + 2).split(' ');
      const cpuMs = ((Number(fields[11]) + Number(fields[12])) * 1000) / TICKS_PER_SECOND;
      const peakMiB = Number(/^VmHWM:\s+(\d+) kB$/m.exec(status)?.[1] ?? 0) / 1024;
      const before = seen.get(pid);
      seen.set(pid, { name, cpuMs: Math.max(cpuMs, before?.cpuMs ?? 0), peakMiB: Math.max(peakMiB, before?.peakMiB ?? 0) });
    }
  };
  const timer = process.platform === 'linux' ? setInterval(sample, 50) : null;
  let stdout = '';
  let stderr = '';
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
    stdout += chunk;
  });
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
    stderr += chunk;
  });
  return new Promise((resolve, reject) => {
    child.once('error', reject);
    child.once('close', (code) => {
      if (timer) clearInterval(timer);
      resolve({ code, stdout, stderr, wallMs: performance.now() - start, processes: [...seen].map(([pid, p]) => ({ pid, ...p })) });
    });
  });
}
