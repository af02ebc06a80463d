/**
 * The site's unit table (units.json), looked up by a unit as an article writes it ("km",
 * "kilometres", « kilómetros »): the renderer prints a measure in the reader's language from it,
 * and extraction tells two spellings of one unit from two units with it.
 */
import units from './units.json' with { type: 'json' };

// Looked up by a word of the article: tables with no prototype, so that a unit written
// "constructor" or "__proto__" finds nothing.
const table = <T>(entries: Record<string, T>): Readonly<Record<string, T>> => Object.assign(Object.create(null) as Record<string, T>, entries);

/** Written units that are an Intl unit as they are ("km" → kilometer). */
export const intlUnits = table<string>(units.intl);
/** Written units that are an Intl unit times a factor ("thousand hectares"). */
export const scaledUnits = table<{ unit: string; factor: number }>(units.scaled);
/** Written units with no Intl unit, and their names by language and plural category. */
export const unitLabels = table<Record<string, Record<string, string>>>(units.labels);

/** The Intl unit a written unit stands for, scaled or not; undefined when the table has none. */
export function intlUnitOf(written: string): string | undefined {
  return intlUnits[written] ?? scaledUnits[written]?.unit;
}
