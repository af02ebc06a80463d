import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from './config.ts';

async function projectWith(config: unknown): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'nd-config-'));
  await writeFile(join(dir, 'newsdigest.config.json'), JSON.stringify(config));
  return dir;
}

describe('loadConfig: factbox', () => {
  it('defaults the fact box threshold to 0.5', async () => {
    expect(loadConfig(await projectWith({})).factbox).toEqual({ minConfidence: 0.5 });
  });

  it('reads factbox.minConfidence from the file', async () => {
    expect(loadConfig(await projectWith({ factbox: { minConfidence: 0.75 } })).factbox.minConfidence).toBe(0.75);
  });

  it('refuses a threshold outside 0–1 and unknown fact box settings', async () => {
    const [tooHigh, text, unknown, scalar] = await Promise.all([{ minConfidence: 2 }, { minConfidence: '0.5' }, { maxRows: 3 }, 0.5].map((factbox) => projectWith({ factbox })));
    expect(() => loadConfig(tooHigh!)).toThrow(ConfigError);
    expect(() => loadConfig(text!)).toThrow(/from 0 to 1/);
    expect(() => loadConfig(unknown!)).toThrow(/factbox\.maxRows/);
    expect(() => loadConfig(scalar!)).toThrow(/must be an object/);
  });
});
