import { Ajv2020 } from 'ajv/dist/2020.js';
import schema from './schema.json' with { type: 'json' };
import type { ArticleRecord } from './types.ts';

// Compiled once: validation runs on every record in `check` and in the tests.
const ajv = new Ajv2020({ allErrors: true, strict: false });
const validate = ajv.compile<ArticleRecord>(schema);

/** Checks a record against record.schema.json; returns one message per violation. */
export function recordSchemaErrors(record: unknown): string[] {
  if (validate(record)) return [];
  return (validate.errors ?? []).map((e) => `${e.instancePath || '/'} ${e.message ?? 'is invalid'}`);
}
