#!/usr/bin/env node
// The CLI entry: runs the compiled JavaScript in dist/ (made by `npm run compile`, which
// `prepare` runs on install from a checkout and before packing), so no TypeScript tooling is
// needed at run time.
import { existsSync } from 'node:fs';

// `newsdigest extract … | head` closes the pipe early: that is the reader's choice, not an error.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (error) => {
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw error;
  });
}

const entry = new URL('../dist/cli/main.js', import.meta.url);
if (!existsSync(entry)) {
  console.error('newsdigest: the compiled code is missing (dist/). In a checkout, run "npm run compile" (npm install does it).');
  process.exit(2);
}
const { main } = await import(entry.href);
process.exitCode = await main(process.argv.slice(2));
