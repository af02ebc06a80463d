import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CLIENT_PATH, checkRequestPath, type DevServer, EVENTS_PATH, startDevServer } from './server.ts';

interface Reply {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

/** A raw request: node:http sends `path` exactly as given, never normalised (unlike fetch). */
function get(port: number, path: string, headers: Record<string, string> = {}, method = 'GET'): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path, method, headers }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (body += chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
    });
    req.on('error', reject);
    req.end();
  });
}

describe('checkRequestPath', () => {
  it('accepts plain paths and drops the query', () => {
    expect(checkRequestPath('/articles/x/?a=1')).toEqual({ ok: true, pathname: '/articles/x/' });
    expect(checkRequestPath('/topics/caf%C3%A9/')).toEqual({ ok: true, pathname: '/topics/caf%C3%A9/' });
  });

  it('refuses traversal, encoded or not, encoded NUL and slashes, and absolute forms', () => {
    for (const path of [
      '/../package.json',
      '/a/../../etc/passwd',
      '/%2e%2e/%2e%2e/etc/passwd',
      '/%2E%2e/x',
      '/.%2e/x',
      '/%00',
      '/a%00.html',
      '//etc/passwd',
      '/a%2f..%2f..%2fetc',
      '/a%5c..%5cb',
      '/a\\..\\b',
      'http://evil.example/x',
      '*',
      '/%',
      '/%zz',
      '/C:/Windows',
      '/c%3a/x',
    ]) {
      const check = checkRequestPath(path);
      expect(check.ok, path).toBe(false);
      if (!check.ok) expect(check.status, path).toBe(400);
    }
  });

  it('hides dot files (the build marker, temp files being renamed into place)', () => {
    expect(checkRequestPath('/.newsdigest')).toMatchObject({ ok: false, status: 404 });
    expect(checkRequestPath('/articles/.index.html.123.tmp')).toMatchObject({ ok: false, status: 404 });
  });
});

describe('the dev server on a real port', () => {
  let dir: string;
  let root: string;
  let server: DevServer;

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'newsdigest-server-'));
    root = join(dir, 'public');
    await mkdir(join(root, 'articles', 'a'), { recursive: true });
    await mkdir(join(root, 'assets'), { recursive: true });
    await mkdir(join(root, 'data'), { recursive: true });
    await writeFile(join(root, 'index.html'), '<!doctype html><title>Home</title>');
    await writeFile(join(root, 'articles', 'a', 'index.html'), '<!doctype html><title>A</title>');
    await writeFile(join(root, 'assets', 'style.css'), 'body{}');
    await writeFile(join(root, 'data', 'index.json'), '{}');
    await writeFile(join(root, '404.html'), '<!doctype html><title>Not found</title>');
    await writeFile(join(root, '.newsdigest'), 'marker');
    await writeFile(join(dir, 'secret.txt'), 'outside the site');
    server = await startDevServer({ root, port: 0 });
  });

  afterAll(async () => {
    await server.close();
    await rm(dir, { recursive: true, force: true });
  });

  it('binds to 127.0.0.1 by default', () => {
    expect(server.url).toBe(`http://127.0.0.1:${server.port}/`);
  });

  it('serves pages, styles and data with the right content types', async () => {
    const home = await get(server.port, '/');
    expect(home.status).toBe(200);
    expect(home.headers['content-type']).toMatch(/^text\/html/);
    expect((await get(server.port, '/articles/a/')).body).toContain('<title>A</title>');
    expect((await get(server.port, '/assets/style.css')).headers['content-type']).toMatch(/^text\/css/);
    expect((await get(server.port, '/data/index.json')).headers['content-type']).toMatch(/^application\/json/);
    expect((await get(server.port, CLIENT_PATH)).headers['content-type']).toMatch(/^text\/javascript/);
  });

  it('answers a missing page with 404.html and status 404', async () => {
    const reply = await get(server.port, '/articles/missing/');
    expect(reply.status).toBe(404);
    expect(reply.body).toContain('Not found');
  });

  it.each(['/../secret.txt', '/../package.json', '/%2e%2e/%2e%2e/etc/passwd', '/%2e%2e/secret.txt', '/%00', '/index.html%00.css', '//etc/passwd', '/..%2fsecret.txt', '/..\\secret.txt'])(
    'refuses %s without reading outside the site',
    async (path) => {
      const reply = await get(server.port, path);
      expect(reply.status).toBe(400);
      expect(reply.body).not.toContain('outside the site');
      expect(reply.body).not.toContain('root:');
    },
  );

  it('never serves hidden files such as the build marker', async () => {
    const reply = await get(server.port, '/.newsdigest');
    expect(reply.status).toBe(404);
    expect(reply.body).not.toContain('marker');
  });

  it('refuses other methods and foreign Host headers', async () => {
    expect((await get(server.port, '/', {}, 'POST')).status).toBe(405);
    expect((await get(server.port, '/', { Host: 'evil.example' })).status).toBe(403);
    expect((await get(server.port, '/', { Host: `localhost:${server.port}` })).status).toBe(200);
  });

  it('streams reload events and replays current problems to pages that connect later', async () => {
    server.setProblems([{ location: 'articles/a.md:2:1', reason: 'broken' }]);
    const received = await new Promise<string>((resolve, reject) => {
      const req = request({ host: '127.0.0.1', port: server.port, path: EVENTS_PATH }, (res) => {
        expect(res.headers['content-type']).toMatch(/^text\/event-stream/);
        let text = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => {
          text += chunk;
          if (text.includes('event: problems') && !text.includes('event: reload')) server.send('reload', { written: 1 });
          if (text.includes('event: reload')) {
            req.destroy();
            resolve(text);
          }
        });
      });
      req.on('error', reject);
      req.end();
    });
    expect(received).toContain('event: hello');
    expect(received).toContain('articles/a.md:2:1');
    expect(received).toContain('event: reload');
    server.setProblems(null);
  });

  it('moves to the next port when the one asked for is taken, and frees it on close', async () => {
    const second = await startDevServer({ root, port: server.port });
    expect(second.port).toBeGreaterThan(server.port);
    expect(second.requestedPort).toBe(server.port);
    await second.close();
    const third = await startDevServer({ root, port: second.port });
    expect(third.port).toBe(second.port);
    await third.close();
  });
});
