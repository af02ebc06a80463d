import type { Diagnostic } from '../diagnostics/diagnostic.ts';

/** A template that failed to parse or render, as a diagnostic against its file. */
export class TemplateError extends Error {
  override name = 'TemplateError';
  constructor(
    readonly diagnostic: Diagnostic,
    options?: { cause?: unknown },
  ) {
    super(diagnostic.reason, options);
  }
}
