import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020.js';
import schema from './schema.json' with { type: 'json' };
import type { ArticleRecord } from './types.ts';

// The one compiled validator, made on first use: compiling costs tens of milliseconds, and only
// `check` and the tests validate records (build imports none of this).
let validate: ValidateFunction<ArticleRecord> | null = null;

/** Checks a record against record.schema.json; returns one message per violation. */
export function recordSchemaErrors(record: unknown): string[] {
  validate ??= new Ajv2020({ allErrors: true, strict: false }).compile<ArticleRecord>(schema);
  if (validate(record)) return [];
  return (validate.errors ?? []).map((e) => `${e.instancePath || '/'} ${e.message ?? 'is invalid'}`);
}
