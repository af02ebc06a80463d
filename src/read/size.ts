import { type Diagnostic, diagnostic } from '../diagnostics/diagnostic.ts';

/** "9.4 MB": sizes as the limit is written. */
export function megabytes(bytes: number): string {
  if (bytes < 1_000_000) return `${Math.round(bytes / 1000)} kB`;
  return `${(bytes / 1_000_000).toFixed(bytes < 10_000_000 ? 1 : 0).replace(/\.0$/, '')} MB`;
}

/** The diagnostic for a file over the size limit. */
export function tooLarge(displayPath: string, size: number, maxBytes: number): Diagnostic {
  const bytes = (n: number): string => n.toLocaleString('en');
  return diagnostic(
    displayPath,
    1,
    1,
    'error',
    'too-large',
    `File is ${bytes(size)} bytes, over the limit of ${bytes(maxBytes)} bytes (${megabytes(maxBytes)}) for one article; it is left out. Split it, or raise "maxArticleBytes" in newsdigest.config.json`,
  );
}
