/**
 * Serves files of the output folder for the preview. The site changes under it (watch mode
 * replaces and deletes pages while browsers ask for them), so a file is opened once and then read
 * through that handle: a file deleted or renamed after the lookup is either read whole (the open
 * handle keeps it) or not found (404), and no error escapes as an uncaught exception, which is how
 * sirv's unhandled stream error took the server down.
 */
import { open } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { extname, join } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
  '.gif': 'image/gif',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.wasm': 'application/wasm',
};

/** Files that may answer `pathname`, in order: "/x/" → x/index.html; "/x" → x, x.html, x/index.html. */
export function candidatesFor(pathname: string): string[] {
  const path = pathname
    .split('/')
    .map((segment) => decodeURIComponent(segment))
    .join('/');
  if (path.endsWith('/')) return [`${path}index.html`];
  return [path, `${path}.html`, `${path}/index.html`];
}

/**
 * Answers the request from `root` (pathname already checked by checkRequestPath, relative to the
 * site). Returns false when no file matches, for the caller's 404.
 */
export async function serveStatic(root: string, pathname: string, req: IncomingMessage, res: ServerResponse): Promise<boolean> {
  for (const candidate of candidatesFor(pathname)) {
    let body: Buffer;
    try {
      const handle = await open(join(root, candidate), 'r');
      try {
        if (!(await handle.stat()).isFile()) continue;
        body = await handle.readFile();
      } finally {
        await handle.close();
      }
    } catch {
      // Gone, not a folder after all, or replaced mid-lookup: try the next form, then 404.
      continue;
    }
    if (res.destroyed) return true;
    res.writeHead(200, { 'Content-Type': TYPES[extname(candidate).toLowerCase()] ?? 'application/octet-stream', 'Content-Length': body.length, 'Cache-Control': 'no-store' });
    res.end(req.method === 'HEAD' ? undefined : body);
    return true;
  }
  return false;
}
