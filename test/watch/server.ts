// A local HTTP server for the watch tests: serves test/fixtures/watch with {{BASE}} filled in, plus routes
// that misbehave on purpose (500s, redirect loops, endless bodies). It records every request.
import { createServer, type IncomingMessage, type Server } from 'node:http';
import { readFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';

const FIXTURES = new URL('../fixtures/watch/', import.meta.url);

export interface Recorded {
  readonly path: string;
  readonly headers: IncomingMessage['headers'];
}

export interface TestServer {
  readonly base: string;
  readonly requests: Recorded[];
  /** Which fixture /world.xml serves; its ETag changes with it. */
  worldFeed: string;
  /** Answer /world.xml with this status instead (health tests). */
  worldStatus: number | null;
  fixture(name: string): string;
  close(): Promise<void>;
}

export async function startServer(): Promise<TestServer> {
  let base = '';
  const requests: Recorded[] = [];
  const fixture = (name: string) => readFileSync(new URL(name, FIXTURES), 'utf8').replaceAll('{{BASE}}', base);
  const state = { worldFeed: 'world.xml', worldStatus: null as number | null };
  const server: Server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', base);
    requests.push({ path: url.pathname + url.search, headers: req.headers });
    const path = url.pathname;
    if (path === '/world.xml') {
      if (state.worldStatus !== null) {
        res.writeHead(state.worldStatus).end('feed generator down');
        return;
      }
      const etag = `"${state.worldFeed}"`;
      if (req.headers['if-none-match'] === etag) {
        res.writeHead(304, { ETag: etag }).end();
        return;
      }
      res
        .writeHead(200, {
          'Content-Type': 'application/rss+xml',
          ETag: etag,
          'Last-Modified': 'Wed, 06 Mar 2024 08:00:00 GMT',
        })
        .end(fixture(state.worldFeed));
      return;
    }
    if (path === '/empty.xml') {
      res.writeHead(200, { 'Content-Type': 'application/rss+xml' }).end(fixture('empty.xml'));
      return;
    }
    if (path.startsWith('/pages/')) {
      res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' }).end(fixture(path.slice(1)));
      return;
    }
    if (path.startsWith('/broken/')) {
      res.writeHead(500, { 'Content-Type': 'text/plain' }).end('internal error');
      return;
    }
    if (path.startsWith('/loop/')) {
      // /loop/0 → /loop/1 → … forever: only the client's redirect limit ends it.
      const n = Number(path.slice('/loop/'.length));
      res.writeHead(302, { Location: `/loop/${n + 1}` }).end();
      return;
    }
    if (path === '/moved') {
      res.writeHead(301, { Location: '/pages/accord.html' }).end();
      return;
    }
    if (path === '/to-file') {
      res.writeHead(302, { Location: 'file:///etc/passwd' }).end();
      return;
    }
    if (path === '/big') {
      // 64 KiB chunks without end: a client without a size limit would read until it runs out of memory.
      res.writeHead(200, { 'Content-Type': 'text/html' });
      const chunk = `<p>${'x'.repeat(64 * 1024 - 7)}</p>`;
      const pump = () => {
        while (!res.destroyed && res.write(chunk));
        if (!res.destroyed) res.once('drain', pump);
      };
      res.on('close', () => res.destroy());
      pump();
      return;
    }
    res.writeHead(404).end('not found');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    base,
    requests,
    get worldFeed() {
      return state.worldFeed;
    },
    set worldFeed(v: string) {
      state.worldFeed = v;
    },
    get worldStatus() {
      return state.worldStatus;
    },
    set worldStatus(v: number | null) {
      state.worldStatus = v;
    },
    fixture,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
