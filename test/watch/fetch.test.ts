// safeGet against a real local server: redirects followed and bounded, non-http refused, bodies cut.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { DEFAULT_FETCH_SETTINGS, FetchError, decodeBody, safeGet, type FetchSettings } from '../../src/watch/fetch.ts';
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

test('a connection closed before any answer is retried once on a fresh one, not more', async () => {
  const { createServer } = await import('node:http');
  let requests = 0;
  let dropFirst = 1;
  // Drops the first `dropFirst` requests without answering, as a server closing an idle keep-alive socket does.
  const flaky = createServer((req, res) => {
    requests++;
    if (requests <= dropFirst) req.socket.destroy();
    else res.writeHead(200, { 'Content-Type': 'text/plain' }).end('feed');
  });
  await new Promise<void>((resolve) => flaky.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(flaky.address() as { port: number }).port}/feed`;
  try {
    const page = await safeGet(url, settings);
    assert.equal(page.body, 'feed');
    assert.equal(requests, 2);

    requests = 0;
    dropFirst = 5;
    await assert.rejects(safeGet(url, settings), (e: unknown) => e instanceof FetchError && /\/feed: /.test(e.message));
    assert.equal(requests, 2, 'one retry only');
  } finally {
    flaky.closeAllConnections();
    flaky.close();
  }
});

test('bodies are decoded by the charset the server or the document names, else sniffed', () => {
  // Windows-1252 bytes: ü and è as in Latin-1, the dash (0x96) where Latin-1 has a control character.
  const cp1252 = Buffer.concat([
    Buffer.from('The ministers met in Zürich ', 'latin1'),
    Buffer.from([0x96]),
    Buffer.from(' and again in Genève on Friday, officials said.', 'latin1'),
  ]);
  const expected = 'The ministers met in Zürich – and again in Genève on Friday, officials said.';
  assert.equal(decodeBody(cp1252, 'text/html; charset=windows-1252'), expected);
  assert.equal(decodeBody(cp1252, null), expected, 'invalid UTF-8 sniffed as Windows-1252');
  const xml = Buffer.concat([
    Buffer.from('<?xml version="1.0" encoding="ISO-8859-1"?>\r\n<t>'),
    Buffer.from([0xe9]),
    Buffer.from('</t>'),
  ]);
  assert.equal(decodeBody(xml, 'application/xml'), '<?xml version="1.0" encoding="ISO-8859-1"?>\n<t>é</t>');
  assert.equal(decodeBody(Buffer.from('Genève'), 'text/plain; charset=utf-8'), 'Genève');
  assert.equal(decodeBody(Buffer.from('Genève'), 'text/plain; charset=no-such-charset'), 'Genève');
});
