#!/usr/bin/env node
// The CLI entry: registers tsx so the TypeScript sources run as they are, with no compile step
// for the user to remember, then hands over to src/cli/main.ts.
import { register } from 'tsx/esm/api';

// `newsdigest extract … | head` closes the pipe early: that is the reader's choice, not an error.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (error) => {
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw error;
  });
}

register();
const { main } = await import('../src/cli/main.ts');
process.exitCode = await main(process.argv.slice(2));
