/**
 * Records are read back by other programs and by our own cache, and some were written by older
 * versions: a v1 record (no `counts`, no `confidence`) is upgraded to the current shape rather
 * than refused. Items from a v1 record carry no evidence, so they get a neutral confidence.
 */
import { type ArticleRecord, RECORD_VERSION } from './types.ts';

/** Confidence given to items of records written before confidence existed. */
export const UNKNOWN_CONFIDENCE = 0.5;

type Json = Record<string, unknown>;
const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);
const list = (value: unknown): Json[] => (Array.isArray(value) ? value.filter(isObject) : []);

/**
 * The record in the current schema version, or null when `value` is not a record of a version
 * this code knows (a newer one included: it may mean something we cannot read).
 */
export function upgradeRecord(value: unknown): ArticleRecord | null {
  if (!isObject(value)) return null;
  if (value.schemaVersion === RECORD_VERSION) return value as unknown as ArticleRecord;
  if (value.schemaVersion !== 1) return null;
  const withConfidence = (item: Json): Json => ({ ...item, confidence: typeof item.confidence === 'number' ? item.confidence : UNKNOWN_CONFIDENCE });
  return {
    ...value,
    schemaVersion: RECORD_VERSION,
    actors: list(value.actors).map(withConfidence),
    // A v1 count's unit was the counted noun: the best "what it counts" it has.
    figures: list(value.figures).map((f) => ({ ...withConfidence(f), counts: f.kind === 'count' && typeof f.unit === 'string' ? f.unit : null })),
    attributions: list(value.attributions).map(withConfidence),
  } as unknown as ArticleRecord;
}
