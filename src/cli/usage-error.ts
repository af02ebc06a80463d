/** A command line that cannot be run as given: unknown flag, missing argument, bad value (exit 2). */
export class UsageError extends Error {
  override name = 'UsageError';
}
