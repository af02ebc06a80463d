import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { processArticle } from '../article/process.ts';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const seedDir = path(repoRoot, '../shared/seed');
const scorer = path(repoRoot, '../shared/tools/score.mjs');
const SEED = '000_3e50fc57543504c2';
const exists = existsSync(join(seedDir, `${SEED}.txt`)) && existsSync(scorer);
if (!exists) console.warn(`seed.test: ${seedDir} or ${scorer} is missing; the seed article test is skipped`);

function path(root: string, relative: string): string {
  return resolve(root, relative);
}

describe.skipIf(!exists)('seed article (../shared/seed)', () => {
  it('scores 1.000 on every field with the shared scorer', () => {
    const result = processArticle(readFileSync(join(seedDir, `${SEED}.txt`)), `${SEED}.txt`);
    expect(result.article).not.toBeNull();
    const out = join(mkdtempSync(join(tmpdir(), 'newsdigest-seed-')), 'records.json');
    writeFileSync(out, JSON.stringify([result.article?.record]));
    const report = execFileSync(process.execPath, [scorer, out, join(seedDir, `${SEED}.expected.json`), '--verbose'], { encoding: 'utf8' });
    const last = report.trim().split('\n').pop() ?? '';
    expect(last, report).toMatch(/^score: .* min=1\.000$/);
    expect(
      last.match(/=(\d\.\d{3})/g)?.every((v) => v === '=1.000'),
      report,
    ).toBe(true);
    // Schema v2: every figure says what it counts and every claim is the reported content alone.
    const v2 = report.split('\n').find((line) => line.startsWith('v2:')) ?? '';
    expect(v2, report).toMatch(/^v2: figureCounts=1\.000 \(\d+\/\d+\) cleanClaims=1\.000 \(\d+\/\d+\)$/);
  });
});
