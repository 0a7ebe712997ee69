// Whole watch rounds against a local server, with the real pipeline and a temporary SQLite store.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createPipeline } from '../../src/pipeline.ts';
import { openStore, type Store } from '../../src/store/index.ts';
import { DEFAULT_FETCH_SETTINGS } from '../../src/watch/fetch.ts';
import { createLimiter } from '../../src/watch/limiter.ts';
import { runRound, type WatchDeps } from '../../src/watch/round.ts';
import { emptyState, type WatchState } from '../../src/watch/state.ts';
import { formatHealth } from '../../src/watch/health.ts';
import { startServer, type TestServer } from './server.ts';

let server: TestServer;
let store: Store;
let deps: WatchDeps;
const dir = mkdtempSync(join(tmpdir(), 'detente-watch-'));
const pipeline = createPipeline();

before(async () => {
  server = await startServer();
  store = await openStore(join(dir, 'watch.db'));
  deps = {
    fetch: { ...DEFAULT_FETCH_SETTINGS, fetch: (url, init) => fetch(url, init), timeoutMs: 5000 },
    limiter: createLimiter(4),
    coder: pipeline,
    save: (entries) => store.saveArticles(entries),
    now: () => new Date('2024-03-06T12:00:00Z'),
  };
});
after(async () => {
  await store.close();
  await server.close();
  rmSync(dir, { recursive: true, force: true });
});

const pathsSince = (n: number) => server.requests.slice(n).map((r) => r.path);

// The rounds build on each other, as they would in a running watch.
let state: WatchState = emptyState();
let world = '';

test('round 1: every item stored; page text extracted; a page that 500s falls back to the description', async () => {
  world = `${server.base}/world.xml`;
  const mark = server.requests.length;
  const round = await runRound([world, `${server.base}/empty.xml`], state, deps);
  state = round.state;
  assert.deepEqual(pathsSince(mark).sort(), ['/broken/talks.html', '/empty.xml', '/pages/accord.html', '/world.xml']);

  const [worldReport, emptyReport] = round.reports;
  assert.equal(worldReport?.outcome.kind, 'ok');
  if (worldReport?.outcome.kind !== 'ok') return;
  assert.equal(worldReport.outcome.stored, 2);
  assert.equal(worldReport.outcome.fallbacks, 1);
  assert.match(
    worldReport.notes.join('\n'),
    /broken\/talks\.html: page answered HTTP 500: coded the feed's description/,
  );
  assert.deepEqual(emptyReport?.outcome, {
    kind: 'ok',
    etag: null,
    lastModified: null,
    items: 0,
    handled: [],
    stored: 0,
    fallbacks: 0,
  });

  const counts = await store.counts();
  assert.equal(counts.articles, 2);
  const [accordId, talksId] = state.feeds[world]?.seen ?? [];
  const accord = await store.getArticle(accordId ?? '');
  assert.match(accord?.article.text ?? '', /France signed an energy agreement with Germany in Berlin/);
  assert.doesNotMatch(accord?.article.text ?? '', /Copyright|Sport/, 'boilerplate left out');
  assert.equal(accord?.article.title, 'France and Germany sign energy accord');
  assert.equal(accord?.article.date, '2024-03-04');
  assert.equal(accord?.article.source, 'Example World Desk');
  assert.ok((accord?.result.events.length ?? 0) > 0, 'the page text was coded');
  const talks = await store.getArticle(talksId ?? '');
  assert.equal(
    talks?.article.text,
    'Russia and Ukraine held talks in Geneva on Tuesday, the Swiss foreign ministry said.',
  );
  assert.ok(talks?.result.diagnostics.some((d) => d.ruleId === 'watch/page-fallback'));

  const health = state.feeds[world]?.health;
  assert.equal(health?.itemsSeen, 2);
  assert.equal(health?.storedTotal, 2);
  assert.equal(health?.lastSuccess, '2024-03-06T12:00:00.000Z');
  assert.equal(state.feeds[world]?.etag, '"world.xml"');
});

test('round 2: the ETag gets a 304, no page is fetched, nothing stored', async () => {
  const mark = server.requests.length;
  const round = await runRound([world], state, deps);
  state = round.state;
  assert.deepEqual(pathsSince(mark), ['/world.xml']);
  const feedRequest = server.requests[mark];
  assert.equal(feedRequest?.headers['if-none-match'], '"world.xml"');
  assert.equal(feedRequest?.headers['if-modified-since'], 'Wed, 06 Mar 2024 08:00:00 GMT');
  assert.deepEqual(round.reports[0]?.outcome, { kind: 'not-modified' });
  assert.equal((await store.counts()).articles, 2);
  assert.equal(state.feeds[world]?.health.lastRound?.status, 'not-modified');
});

test('round 3: a new item appears and only its page is fetched', async () => {
  server.worldFeed = 'world-more.xml';
  const mark = server.requests.length;
  const round = await runRound([world], state, deps);
  state = round.state;
  assert.deepEqual(pathsSince(mark), ['/world.xml', '/pages/missile.html']);
  const outcome = round.reports[0]?.outcome;
  assert.equal(outcome?.kind, 'ok');
  if (outcome?.kind !== 'ok') return;
  assert.equal(outcome.items, 3);
  assert.equal(outcome.stored, 1);
  assert.equal((await store.counts()).articles, 3);
  const missile = await store.getArticle(state.feeds[world]?.seen.at(-1) ?? '');
  assert.match(missile?.article.text ?? '', /Japan lodged a formal protest with North Korea/);
  assert.equal(state.feeds[world]?.health.itemsSeen, 3);
  assert.equal(state.feeds[world]?.health.storedTotal, 3);
});

test('health reflects feed errors, and a later success clears the error count', async () => {
  server.worldStatus = 500;
  const failed = await runRound([world, 'file:///etc/passwd'], state, deps);
  const health = failed.state.feeds[world]?.health;
  assert.equal(health?.lastError?.message, `${world}: HTTP 500`);
  assert.equal(health?.consecutiveErrors, 1);
  assert.equal(health?.lastSuccess, '2024-03-06T12:00:00.000Z');
  assert.equal(health?.storedTotal, 3, 'totals survive an error');
  assert.match(failed.state.feeds['file:///etc/passwd']?.health.lastError?.message ?? '', /only http and https/);
  const table = formatHealth(failed.state, [world]);
  assert.match(table, /error/);
  assert.match(table, /HTTP 500/);

  server.worldStatus = null;
  const recovered = await runRound([world], failed.state, deps);
  assert.equal(recovered.state.feeds[world]?.health.consecutiveErrors, 0);
  assert.equal(recovered.state.feeds[world]?.health.lastRound?.status, 'not-modified');
});

test('a feed larger than the size limit is an error, not half a feed', async () => {
  const round = await runRound([`${server.base}/big`], emptyState(), {
    ...deps,
    fetch: { ...deps.fetch, maxBytes: 100_000 },
  });
  const outcome = round.reports[0]?.outcome;
  assert.equal(outcome?.kind, 'error');
  assert.match(outcome?.kind === 'error' ? outcome.message : '', /feed larger than 0\.1 MB/);
});

test('an item page behind a redirect loop falls back to the description', async () => {
  // A feed whose only item links into the loop: served from memory through an injected fetch for the feed URL.
  const feedUrl = `${server.base}/virtual-feed.xml`;
  const xml =
    `<rss version="2.0"><channel><title>Loop Desk</title><item><guid>loop-1</guid>` +
    `<link>${server.base}/loop/100</link><title>Loop</title>` +
    `<description>Iran and Iraq agreed to reopen the border crossing on Friday.</description></item></channel></rss>`;
  const round = await runRound([feedUrl], emptyState(), {
    ...deps,
    fetch: {
      ...deps.fetch,
      fetch: (url, init) => (url === feedUrl ? Promise.resolve(new Response(xml, { status: 200 })) : fetch(url, init)),
    },
  });
  const report = round.reports[0];
  assert.equal(report?.outcome.kind === 'ok' ? report.outcome.fallbacks : -1, 1);
  assert.match(report?.notes.join('\n') ?? '', /more than 5 redirects.*coded the feed's description/);
});

test('a relative item link is resolved against the feed URL before its page is fetched', async () => {
  const feedUrl = `${server.base}/desk/relative.xml`;
  const xml =
    `<rss version="2.0"><channel><title>Relative Desk</title><item><guid>rel-1</guid>` +
    `<link>../pages/missile.html</link><title>Missile</title>` +
    `<description>Short summary.</description></item></channel></rss>`;
  const mark = server.requests.length;
  const round = await runRound([feedUrl], emptyState(), {
    ...deps,
    fetch: {
      ...deps.fetch,
      fetch: (url, init) => (url === feedUrl ? Promise.resolve(new Response(xml, { status: 200 })) : fetch(url, init)),
    },
  });
  assert.deepEqual(pathsSince(mark), ['/pages/missile.html']);
  const outcome = round.reports[0]?.outcome;
  assert.equal(outcome?.kind === 'ok' ? outcome.fallbacks : -1, 0);
  const stored = await store.getArticle(round.state.feeds[feedUrl]?.seen[0] ?? '');
  assert.equal(stored?.article.url, `${server.base}/pages/missile.html`);
  assert.match(stored?.article.text ?? '', /Japan lodged a formal protest/);
});
