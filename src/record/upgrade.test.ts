import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { recordSchemaErrors } from './schema.ts';
import { UNKNOWN_CONFIDENCE, upgradeRecord } from './upgrade.ts';

const v1 = JSON.parse(readFileSync(new URL('./fixtures/v1-record.json', import.meta.url), 'utf8')) as unknown;

describe('upgradeRecord', () => {
  it('reads a v1 record as a valid v2 record', () => {
    const record = upgradeRecord(v1);
    expect(record?.schemaVersion).toBe(2);
    expect(recordSchemaErrors(record)).toEqual([]);
  });

  it('keeps a v1 count noun as what the figure counts, and nothing for other kinds', () => {
    const record = upgradeRecord(v1);
    expect(record?.figures.map((f) => f.counts)).toEqual(['boats', null]);
    expect(record?.attributions[0]?.confidence).toBe(UNKNOWN_CONFIDENCE);
  });

  it('refuses what is not a record of a known version', () => {
    expect(upgradeRecord({ ...(v1 as object), schemaVersion: 3 })).toBeNull();
    expect(upgradeRecord([v1])).toBeNull();
    expect(upgradeRecord('record')).toBeNull();
  });
});
