import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';

/** The package's CLI entry; it runs dist/, compiled by the test setup. */
export const BIN = fileURLToPath(new URL('../../bin/newsdigest.js', import.meta.url));

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
  /** Whether the run was stopped by `timeoutMs` (a hang). */
  killed: boolean;
}

export interface CliOptions {
  /** Kill the run after this long: a hang fails the test instead of stalling it. Default: 120 s. */
  timeoutMs?: number;
  /** A command that runs node for us (e.g. setpriv with its options). Default: none. */
  wrapper?: string[];
}

/** Runs the real `newsdigest` command in `cwd` and collects its exit code and output. */
export function runCli(args: string[], cwd: string, options: CliOptions = {}): Promise<CliRun> {
  return new Promise((done) => {
    const [command, ...prefix] = [...(options.wrapper ?? []), process.execPath];
    execFile(command as string, [...prefix, BIN, ...args], { cwd, env: { ...process.env, NO_COLOR: '1' }, timeout: options.timeoutMs ?? 120_000, maxBuffer: 256 * 1024 * 1024 }, (error, stdout, stderr) => {
      const failure = error as (Error & { code?: number; killed?: boolean }) | null;
      done({ code: failure ? Number(failure.code ?? 1) : 0, stdout, stderr, killed: failure?.killed === true });
    });
  });
}
