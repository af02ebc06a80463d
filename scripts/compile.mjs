#!/usr/bin/env node
// `npm run compile` (also run by `prepare`, `prebuild`, `prestart` and the test setup): compiles
// src/ to dist/ with tsc, then copies the files tsc does not emit (the browser's live-reload
// client). dist/ is emptied first so that a module deleted from src/ does not linger in the
// package. Plain JavaScript: it runs before anything is compiled.
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, readdirSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const dist = join(root, 'dist');
/**
 * Files under src/ that ship as they are, relative to src/: the live-reload client, and the
 * word-class data read at run time (not imported, so that it loads only when needed and stays a
 * separate, replaceable file, as the Lefff's licence asks).
 */
const COPIED = ['serve/client.js', ...readdirSync(join(root, 'src/data/word-classes')).map((name) => `data/word-classes/${name}`)];

rmSync(dist, { recursive: true, force: true });
// typescript's exports map hides bin/tsc: find it beside the package's manifest.
const tsc = join(dirname(createRequire(import.meta.url).resolve('typescript/package.json')), 'bin', 'tsc');
const result = spawnSync(process.execPath, [tsc, '-p', join(root, 'tsconfig.build.json')], { stdio: 'inherit' });
if (result.status !== 0) process.exit(result.status ?? 1);
for (const file of COPIED) {
  const target = join(dist, file);
  mkdirSync(dirname(target), { recursive: true });
  copyFileSync(join(root, 'src', file), target);
}
