// safeGet against a real local server: redirects followed and bounded, non-http refused, bodies cut.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { DEFAULT_FETCH_SETTINGS, FetchError, safeGet, type FetchSettings } from '../../src/watch/fetch.ts';
import { startServer, type TestServer } from './server.ts';

let server: TestServer;
let settings: FetchSettings;
before(async () => {
  server = await startServer();
  settings = { ...DEFAULT_FETCH_SETTINGS, fetch: (url, init) => fetch(url, init), timeoutMs: 5000 };
});
after(() => server.close());

const requestsTo = (prefix: string) => server.requests.filter((r) => r.path.startsWith(prefix));

test('a page is fetched with a User-Agent naming detente', async () => {
  const page = await safeGet(`${server.base}/pages/accord.html`, settings);
  assert.equal(page.status, 200);
  assert.equal(page.truncated, false);
  assert.match(page.body, /France signed an energy agreement/);
  assert.match(String(requestsTo('/pages/accord.html').at(-1)?.headers['user-agent']), /^detente-watch\//);
});

test('a redirect is followed and the final URL reported', async () => {
  const page = await safeGet(`${server.base}/moved`, settings);
  assert.equal(page.status, 200);
  assert.equal(page.url, `${server.base}/pages/accord.html`);
});

test('a redirect loop is cut after 5 redirects', async () => {
  await assert.rejects(safeGet(`${server.base}/loop/0`, settings), (e: unknown) => {
    assert.ok(e instanceof FetchError);
    assert.match(e.message, /more than 5 redirects/);
    return true;
  });
  // The first request and five redirects followed: six requests, never a seventh.
  assert.deepEqual(
    requestsTo('/loop/').map((r) => r.path),
    ['/loop/0', '/loop/1', '/loop/2', '/loop/3', '/loop/4', '/loop/5'],
  );
});

test('non-http URLs are refused before any request, and so are redirects to them', async () => {
  const before = server.requests.length;
  for (const url of ['file:///etc/passwd', 'data:text/html,<p>hi</p>', 'ftp://example.org/feed.xml']) {
    await assert.rejects(safeGet(url, settings), /only http and https URLs are fetched/);
  }
  assert.equal(server.requests.length, before);
  await assert.rejects(safeGet(`${server.base}/to-file`, settings), /redirected to a forbidden URL: refusing file:/);
});

test('a body larger than the limit is cut at the limit', async () => {
  const started = Date.now();
  const page = await safeGet(`${server.base}/big`, { ...settings, maxBytes: 200_000 });
  assert.equal(page.truncated, true);
  assert.equal(Buffer.byteLength(page.body), 200_000);
  assert.ok(Date.now() - started < 4000, 'stops reading instead of waiting for the endless body');
});

test('a server that does not answer in time is given up on', async () => {
  const { createServer } = await import('node:http');
  const silent = createServer(() => undefined);
  await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));
  const port = (silent.address() as { port: number }).port;
  try {
    await assert.rejects(
      safeGet(`http://127.0.0.1:${port}/feed`, { ...settings, timeoutMs: 300 }),
      /no complete answer within 0\.3 s/,
    );
  } finally {
    silent.closeAllConnections();
    silent.close();
  }
});
