// The pure parts of watch: feed lists, conditional headers, new-item picking, health updates, the limiter.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { isOpml, parseFeedList, urlProblem } from '../../src/watch/feed-list.ts';
import {
  conditionalHeaders,
  emptyFeedState,
  pickNewItems,
  updateFeedState,
  MAX_SEEN_PER_FEED,
} from '../../src/watch/state.ts';
import { createLimiter } from '../../src/watch/limiter.ts';

const fixture = (name: string) =>
  readFileSync(new URL(`../fixtures/watch/${name}`, import.meta.url), 'utf8').replaceAll('{{BASE}}', 'http://h.test');

test('a plain feed list: comments and blank lines skipped, non-http lines reported with their line', () => {
  const list = parseFeedList(fixture('feeds.txt'), 'feeds.txt');
  assert.deepEqual(list.urls, ['http://h.test/world.xml', 'http://h.test/empty.xml']);
  assert.equal(list.errors.length, 1);
  assert.match(list.errors[0] ?? '', /^feeds\.txt:6: refusing file: URL .*only http and https/);
});

test('an OPML list is detected by content; xmlUrl entities decoded; folders skipped; ftp refused', () => {
  const text = fixture('feeds.opml');
  assert.equal(isOpml(text), true);
  assert.equal(isOpml(fixture('feeds.txt')), false);
  const list = parseFeedList(text, 'subs.txt');
  assert.deepEqual(list.urls, ['http://h.test/world.xml?a=1&b=2', 'http://h.test/empty.xml']);
  assert.equal(list.errors.length, 1);
  assert.match(list.errors[0] ?? '', /ftp:\/\/example\.org\/feed\.xml.*refusing ftp: URL/);
});

test('urlProblem accepts http(s) only', () => {
  assert.equal(urlProblem('https://example.org/rss'), null);
  assert.match(urlProblem('data:text/plain,hi') ?? '', /refusing data: URL/);
  assert.match(urlProblem('example.org/rss') ?? '', /not an absolute URL/);
});

test('conditional headers come from the last validators', () => {
  assert.deepEqual(conditionalHeaders(undefined), {});
  const feed = { ...emptyFeedState(), etag: '"v1"', lastModified: 'Wed, 06 Mar 2024 08:00:00 GMT' };
  assert.deepEqual(conditionalHeaders(feed), {
    'If-None-Match': '"v1"',
    'If-Modified-Since': 'Wed, 06 Mar 2024 08:00:00 GMT',
  });
  assert.deepEqual(conditionalHeaders({ ...feed, etag: null }), { 'If-Modified-Since': feed.lastModified });
});

test('pickNewItems keeps unseen items in order, each key once', () => {
  const items = [{ k: 'a' }, { k: 'b' }, { k: 'c' }, { k: 'b' }];
  assert.deepEqual(
    pickNewItems(items, (i) => i.k, ['a']).map((i) => i.k),
    ['b', 'c'],
  );
});

test('health: success, not-modified and errors update the feed state', () => {
  const ok = updateFeedState(
    undefined,
    { kind: 'ok', etag: '"1"', lastModified: null, items: 3, handled: ['a', 'b'], stored: 2, fallbacks: 1 },
    '2024-03-04T10:00:00.000Z',
  );
  assert.deepEqual(ok.seen, ['a', 'b']);
  assert.equal(ok.etag, '"1"');
  assert.equal(ok.health.itemsSeen, 2);
  assert.equal(ok.health.storedTotal, 2);
  assert.equal(ok.health.lastSuccess, '2024-03-04T10:00:00.000Z');
  assert.deepEqual(ok.health.lastRound, { status: 'ok', items: 3, newItems: 2, stored: 2, fallbacks: 1 });

  const failed = updateFeedState(ok, { kind: 'error', message: 'HTTP 500' }, '2024-03-04T11:00:00.000Z');
  assert.deepEqual(failed.health.lastError, { at: '2024-03-04T11:00:00.000Z', message: 'HTTP 500' });
  assert.equal(failed.health.consecutiveErrors, 1);
  assert.equal(failed.health.lastSuccess, '2024-03-04T10:00:00.000Z');
  assert.equal(failed.etag, '"1"', 'an error keeps the validators');
  assert.deepEqual(failed.seen, ['a', 'b']);

  const same = updateFeedState(failed, { kind: 'not-modified' }, '2024-03-04T12:00:00.000Z');
  assert.equal(same.health.consecutiveErrors, 0);
  assert.equal(same.health.lastSuccess, '2024-03-04T12:00:00.000Z');
  assert.equal(same.health.lastError?.message, 'HTTP 500', 'the last error stays on record');
  assert.equal(same.health.lastRound?.status, 'not-modified');

  const more = updateFeedState(
    same,
    { kind: 'ok', etag: null, lastModified: null, items: 3, handled: ['c'], stored: 1, fallbacks: 0 },
    '2024-03-04T13:00:00.000Z',
  );
  assert.deepEqual(more.seen, ['a', 'b', 'c']);
  assert.equal(more.health.itemsSeen, 3);
  assert.equal(more.health.storedTotal, 3);
});

test('the seen list is capped, oldest keys dropped first', () => {
  const handled = Array.from({ length: MAX_SEEN_PER_FEED + 10 }, (_, i) => `k${i}`);
  const s = updateFeedState(
    undefined,
    { kind: 'ok', etag: null, lastModified: null, items: 0, handled, stored: 0, fallbacks: 0 },
    'now',
  );
  assert.equal(s.seen.length, MAX_SEEN_PER_FEED);
  assert.equal(s.seen[0], 'k10');
});

test('limiter: one task at a time per host, at most `global` tasks in all', async () => {
  const limiter = createLimiter(2);
  const running = new Map<string, number>();
  let total = 0;
  let maxTotal = 0;
  const maxPerHost = new Map<string, number>();
  const task = (url: string) =>
    limiter.run(url, async () => {
      const host = new URL(url).host;
      running.set(host, (running.get(host) ?? 0) + 1);
      total++;
      maxTotal = Math.max(maxTotal, total);
      maxPerHost.set(host, Math.max(maxPerHost.get(host) ?? 0, running.get(host) ?? 0));
      await new Promise((r) => setTimeout(r, 5));
      running.set(host, (running.get(host) ?? 1) - 1);
      total--;
      return url;
    });
  const urls = ['a', 'a', 'a', 'b', 'b', 'c', 'c', 'd'].map((h, i) => `http://${h}.test/${i}`);
  const results = await Promise.all(urls.map(task));
  assert.deepEqual(results, urls);
  assert.equal(maxTotal, 2);
  for (const [host, n] of maxPerHost) assert.equal(n, 1, host);
  // A failing task does not block its host's queue.
  await assert.rejects(
    limiter.run('http://a.test/x', () => Promise.reject(new Error('boom'))),
    /boom/,
  );
  assert.equal(await limiter.run('http://a.test/y', () => Promise.resolve(7)), 7);
});
