/**
 * The preview server: static.ts serves the output folder; this adds what a preview needs:
 * refusing unsafe request paths before any file lookup, the site's 404.html with status 404, the
 * live-reload event stream and its client script.
 */

import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { serveStatic } from './static.ts';

export const EVENTS_PATH = '/__newsdigest/events';
export const CLIENT_PATH = '/__newsdigest/client.js';
/** What `dev` injects before </body>: only the dev server serves this script. */
export const CLIENT_TAG = `<script type="module" src="${CLIENT_PATH}"></script>`;

const CLIENT_SCRIPT = readFileSync(new URL('./client.js', import.meta.url), 'utf8');

export interface DevServerOptions {
  /** Absolute output folder to serve. */
  root: string;
  /** Address to bind. Default: 127.0.0.1 (this machine only). */
  host?: string;
  /** First port to try; 0 lets the system choose. Default: 8080. */
  port?: number;
  /** How many ports after `port` to try when it is taken. Default: 20. */
  portAttempts?: number;
  /** Path the site lives under ("/news/"), from the config's base URL. Default: "/". */
  basePath?: string;
}

export interface DevServer {
  /** Address to open, e.g. "http://127.0.0.1:8080/". */
  readonly url: string;
  readonly port: number;
  /** The port asked for, when it was taken and another one is used. */
  readonly requestedPort: number;
  /** Path the site lives under; changes when the config's base URL changes. */
  basePath: string;
  /** Sends one event to every open page. */
  send(event: 'reload' | 'css', data: unknown): void;
  /** Shows these problems on every open page, now and on pages opened later; null clears them. */
  setProblems(problems: unknown[] | null): void;
  /** Number of pages listening for events. */
  readonly clients: number;
  close(): Promise<void>;
}

/** Why a request path is refused, or the path sirv may look up. */
export type PathCheck = { ok: true; pathname: string } | { ok: false; status: 400 | 404; reason: string };

/**
 * Pure: checks the raw request target before anything touches the disk. Refused: targets that
 * are not a plain path ("http://…", "*"), "//" (a path that reads as absolute or as another
 * host), backslashes, "." and ".." segments, raw or percent-encoded, encoded "/" and NUL, and
 * undecodable escapes (400); hidden names such as the build marker or in-flight temp files (404).
 */
export function checkRequestPath(rawUrl: string): PathCheck {
  const pathname = rawUrl.split(/[?#]/, 1)[0] ?? '';
  if (!pathname.startsWith('/')) return { ok: false, status: 400, reason: 'not a path' };
  if (pathname.includes('//') || pathname.includes('\\')) return { ok: false, status: 400, reason: 'absolute or ambiguous path' };
  const segments = pathname.slice(1).split('/');
  for (const segment of segments) {
    let decoded: string;
    try {
      decoded = decodeURIComponent(segment);
    } catch {
      return { ok: false, status: 400, reason: 'malformed escape' };
    }
    if (decoded === '.' || decoded === '..') return { ok: false, status: 400, reason: 'dot segment' };
    if (/[\0/\\]/.test(decoded) || /^[a-z]:$/i.test(decoded)) return { ok: false, status: 400, reason: 'forbidden character' };
    if (decoded.startsWith('.')) return { ok: false, status: 404, reason: 'hidden file' };
  }
  return { ok: true, pathname };
}

const LOOPBACK = new Set(['127.0.0.1', '::1', 'localhost']);

// Bound to loopback, the server answers only requests addressed to loopback names: a web page
// elsewhere cannot reach it through DNS rebinding (as Vite's server.allowedHosts does).
function hostAllowed(bound: string, header: string | undefined): boolean {
  if (!LOOPBACK.has(bound)) return true;
  if (!header) return false;
  const name = header.startsWith('[') ? header.slice(1, header.indexOf(']')) : header.replace(/:\d+$/, '');
  return LOOPBACK.has(name) || name.endsWith('.localhost');
}

function plain(res: ServerResponse, status: number, text: string): void {
  res.writeHead(status, { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' });
  res.end(`${text}\n`);
}

async function listen(server: Server, host: string, port: number, attempts: number): Promise<number> {
  for (let i = 0; ; i++) {
    const candidate = port === 0 ? 0 : port + i;
    try {
      await new Promise<void>((resolve, reject) => {
        const onError = (error: Error): void => reject(error);
        server.once('error', onError);
        // A long accept queue: a burst of connections (a page's assets, a load test) waits
        // instead of being refused.
        server.listen({ port: candidate, host, backlog: 2048 }, () => {
          server.off('error', onError);
          resolve();
        });
      });
      return (server.address() as AddressInfo).port;
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code !== 'EADDRINUSE' || port === 0 || i + 1 >= attempts) throw error;
    }
  }
}

export async function startDevServer(options: DevServerOptions): Promise<DevServer> {
  const host = options.host ?? '127.0.0.1';
  const requestedPort = options.port ?? 8080;
  const root = options.root;
  const session = randomUUID();
  const clients = new Set<ServerResponse>();
  let problems: unknown[] | null = null;
  let basePath = options.basePath ?? '/';

  const notFound = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const page = await readFile(`${root}/404.html`).catch(() => null);
    if (!page) return plain(res, 404, 'Not found');
    res.writeHead(404, { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store', 'Content-Length': page.length });
    res.end(req.method === 'HEAD' ? undefined : page);
  };

  const write = (res: ServerResponse, event: string, data: unknown): void => {
    res.write(`event: ${event}\ndata: ${JSON.stringify(data)}\n\n`);
  };

  const events = (req: IncomingMessage, res: ServerResponse): void => {
    res.writeHead(200, { 'Content-Type': 'text/event-stream; charset=utf-8', 'Cache-Control': 'no-store', Connection: 'keep-alive' });
    // The session id lets a page reload itself when it reconnects to a restarted server.
    res.write('retry: 500\n\n');
    write(res, 'hello', { session });
    if (problems) write(res, 'problems', { problems });
    clients.add(res);
    req.on('close', () => clients.delete(res));
  };

  const handle = (req: IncomingMessage, res: ServerResponse): void => {
    res.setHeader('X-Content-Type-Options', 'nosniff');
    if (!hostAllowed(host, req.headers.host)) return plain(res, 403, 'This preview answers only to localhost');
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.setHeader('Allow', 'GET, HEAD');
      return plain(res, 405, 'Method not allowed');
    }
    const check = checkRequestPath(req.url ?? '');
    if (!check.ok) {
      if (check.status === 404) return void notFound(req, res).catch(() => fail(res));
      return plain(res, 400, `Bad request: ${check.reason}`);
    }
    const { pathname } = check;
    if (pathname === EVENTS_PATH) return events(req, res);
    if (pathname === CLIENT_PATH) {
      res.writeHead(200, { 'Content-Type': 'text/javascript; charset=utf-8', 'Cache-Control': 'no-store' });
      return void res.end(req.method === 'HEAD' ? undefined : CLIENT_SCRIPT);
    }
    if (!pathname.startsWith(basePath)) {
      if (pathname === '/') {
        res.writeHead(302, { Location: basePath });
        return void res.end();
      }
      return void notFound(req, res);
    }
    serveStatic(root, `/${pathname.slice(basePath.length)}`, req, res).then(
      (served) => (served ? undefined : notFound(req, res)),
      () => fail(res),
    );
  };

  const fail = (res: ServerResponse): void => {
    if (!res.headersSent) plain(res, 500, 'Internal error');
    else res.destroy();
  };

  const server = createServer((req, res) => {
    try {
      handle(req, res);
    } catch {
      fail(res);
    }
  });
  const port = await listen(server, host, requestedPort, options.portAttempts ?? 20);
  // Proxies and idle connections drop silent streams: a comment line every 15 s keeps them.
  const keepAlive = setInterval(() => {
    for (const res of clients) res.write(': keep-alive\n\n');
  }, 15_000);
  keepAlive.unref();

  const shownHost = host.includes(':') ? `[${host}]` : host === '0.0.0.0' ? '127.0.0.1' : host;
  return {
    url: `http://${shownHost}:${port}${basePath}`,
    port,
    requestedPort,
    get basePath() {
      return basePath;
    },
    set basePath(value: string) {
      basePath = value;
    },
    get clients() {
      return clients.size;
    },
    send(event, data) {
      for (const res of clients) write(res, event, data);
    },
    setProblems(list) {
      problems = list && list.length > 0 ? list : null;
      for (const res of clients) {
        if (problems) write(res, 'problems', { problems });
        else write(res, 'clear', {});
      }
    },
    close() {
      clearInterval(keepAlive);
      for (const res of clients) res.end();
      clients.clear();
      return new Promise((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      });
    },
  };
}
