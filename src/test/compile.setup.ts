// vitest global setup: compiles src/ to dist/ once before the tests, so that the tests that run
// the real `newsdigest` command (bin/newsdigest.js runs dist/) test the code as it is now.
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export default function setup(): void {
  execFileSync(process.execPath, [fileURLToPath(new URL('../../scripts/compile.mjs', import.meta.url))], { stdio: 'inherit' });
}
