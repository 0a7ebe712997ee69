// The JSON API in-process (app.request()) over a temp SQLite store filled with hand-built results.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Hono } from 'hono';
import { createApp } from '../../src/server/app.ts';
import { checkExposure } from '../../src/server/listen.ts';
import { ROUTES } from '../../src/server/routes.ts';
import { GDELT_COLUMNS } from '../../src/export/gdelt-columns.ts';
import { fixtureStore, type TempStore } from './store.ts';
import type {
  ActorDetail,
  ActorStats,
  AlertView,
  ArticleListing,
  DyadDetail,
  DyadSummary,
  Overview,
  Page,
  StoredArticle,
  StoredEvent,
  StoredQuote,
} from '../../src/web/types.ts';

let temp: TempStore;
let app: Hono;

before(async () => {
  temp = await fixtureStore();
  app = createApp(temp.store);
});
after(() => temp.dispose());

const BASE = 'http://127.0.0.1:8787';

async function get(path: string, init: RequestInit = {}): Promise<{ status: number; body: unknown; headers: Headers }> {
  const response = await app.request(`${BASE}${path}`, init);
  const type = response.headers.get('content-type') ?? '';
  const body: unknown = type.startsWith('application/json') ? await response.json() : await response.text();
  return { status: response.status, body, headers: response.headers };
}

interface OpenApi {
  readonly openapi: string;
  readonly paths: Record<string, { get: { parameters: { name: string; schema: { maximum?: number } }[] } }>;
}

/** The response body as the dashboard's types describe it (src/web/types.ts mirrors the API). */
async function json<T>(path: string): Promise<T> {
  const { status, body } = await get(path);
  assert.equal(status, 200, `${path}: ${JSON.stringify(body)}`);
  return body as T;
}

async function error(path: string, status: number, pattern: RegExp): Promise<void> {
  const r = await get(path);
  assert.equal(r.status, status, path);
  const body = r.body as { error: { status: number; message: string } };
  assert.equal(body.error.status, status);
  assert.match(body.error.message, pattern, path);
}

test('events: filters, order, paging with totals, full-text search', async () => {
  const all = await json<Page<StoredEvent>>('/api/events?limit=200');
  assert.equal(all.total, 22);
  assert.equal(all.items.length, 22);
  assert.equal(all.items[0]!.event.date, '2022-02-18', 'newest first by default');
  const asc = await json<Page<StoredEvent>>('/api/events?order=asc&limit=2&offset=1');
  assert.equal(asc.total, 22);
  assert.equal(asc.items.length, 2);
  assert.equal(asc.items[0]!.event.date, '2022-01-07');
  const shelled = await json<Page<StoredEvent>>('/api/events?text=shelled');
  assert.equal(shelled.total, 2);
  assert.match(shelled.items[0]!.event.sentence, /shelled Ukrainian positions/);
  const negated = await json<Page<StoredEvent>>('/api/events?modality=negated');
  assert.equal(negated.total, 1);
  const coerce = await json<Page<StoredEvent>>('/api/events?plover=COERCE&source=RUSMIL&from=2022-02-16&to=2022-02-17');
  assert.equal(coerce.total, 2);
  const lavrov = await json<Page<StoredEvent>>('/api/events?source=lavrov');
  assert.equal(lavrov.items[0]!.article.id, 'hostile');
});

test('every query parameter is validated: 400 naming it', async () => {
  await error('/api/events?from=2022-02-30', 400, /^from: expected a calendar date/);
  await error('/api/events?to=yesterday', 400, /^to: /);
  await error('/api/events?limit=0', 400, /^limit: must be at least 1/);
  await error('/api/events?limit=201', 400, /^limit: must be at most 200/);
  await error('/api/events?offset=-1', 400, /^offset: expected a whole number/);
  await error('/api/events?modality=maybe', 400, /^modality: expected one of asserted, negated, hypothetical/);
  await error('/api/events?order=up', 400, /^order: /);
  await error('/api/events?form=2022-01-01', 400, /^form: unknown parameter/);
  await error('/api/events?limit=5&limit=6', 400, /^limit: given more than once/);
  await error('/api/events?text=', 400, /^text: must not be empty/);
  await error(`/api/events?text=${'x'.repeat(201)}`, 400, /^text: longer than 200/);
  await error('/api/dyads/RUS/UKR?period=month', 400, /^period: /);
  await error('/api/dyads/RUS/UKR/events', 400, /^from: required/);
  await error('/api/dyads/RUS/UKR/events?from=2022-02-18&to=2022-02-01', 400, /^to: /);
  await error('/api/overview?days=1', 400, /^days: must be at least 7/);
  await error('/api/export', 400, /^format: required/);
  await error('/api/export?format=xml', 400, /^format: expected one of gdelt, plover, csv/);
});

test('errors are JSON with proper status codes', async () => {
  await error('/api/articles/no-such-article', 404, /article no-such-article not found/);
  await error('/api/actors/NOSUCH', 404, /actor NOSUCH not found/);
  await error('/api/nothing-here', 404, /no such endpoint/);
  const post = await app.request(`${BASE}/api/events`, { method: 'POST' });
  assert.equal(post.status, 405);
  assert.match(((await post.json()) as { error: { message: string } }).error.message, /read-only/);
  await error('/no-such-file.js', 404, /not found/);
});

test('one article with its events, quotes, actors; markup is returned as data', async () => {
  const stored = await json<StoredArticle>('/api/articles/hostile');
  assert.equal(stored.article.id, 'hostile');
  assert.match(stored.article.text, /<img src=x onerror=/);
  assert.equal(stored.result.events.length, 1);
  assert.equal(stored.result.quotes[0]!.speaker?.code, 'RUSGOV');
  const slash = await json<StoredArticle>(`/api/articles/${encodeURIComponent('2022-02-14-alpha-10')}`);
  assert.equal(slash.result.events[0]!.cameo, '190');
});

test('articles list: newest first, filters, keyset cursor and offset pages agree', async () => {
  const first = await json<Page<ArticleListing>>('/api/articles?limit=2');
  assert.deepEqual(
    first.items.map((a) => a.date),
    ['2022-02-18', '2022-02-18'],
  );
  assert.deepEqual(
    first.items.map((a) => [a.events, a.quotes]),
    [
      [1, 1],
      [1, 1],
    ],
  );
  const next = await json<Page<ArticleListing>>('/api/articles?limit=2&offset=2');
  assert.equal(next.items.length, 2);
  assert.notEqual(next.items[0]!.id, first.items[0]!.id);
  assert.notEqual(next.items[0]!.id, first.items[1]!.id);
  const all = await json<Page<ArticleListing>>('/api/articles?limit=200');
  assert.equal(all.items.length, 22);
  assert.equal(all.next, null, 'a short page is the last');
  const byCursor: string[] = [];
  for (let page = await json<Page<ArticleListing>>('/api/articles?limit=5'); ;) {
    byCursor.push(...page.items.map((a) => a.id));
    if (page.next === null || page.next === undefined) break;
    page = await json<Page<ArticleListing>>(`/api/articles?limit=5&after=${page.next}`);
  }
  assert.deepEqual(
    byCursor,
    all.items.map((a) => a.id),
  );
  const alpha = await json<Page<ArticleListing>>('/api/articles?source=ALPHA&from=2022-02-14&to=2022-02-15&limit=50');
  assert.deepEqual(
    alpha.items.map((a) => `${a.date} ${a.source}`),
    ['2022-02-15 alpha.example', '2022-02-14 alpha.example'],
  );
  assert.deepEqual(
    (await json<Page<ArticleListing>>('/api/articles?title=grain')).items.map((a) => a.source),
    ['beta.example', 'alpha.example'],
  );
  assert.equal((await json<Page<ArticleListing>>('/api/articles?text=Mariupol')).items.length, 2);
  await error('/api/articles?after=bm90LWEtY3Vyc29y', 400, /^after: /);
  const events = await json<Page<StoredEvent>>('/api/events?limit=1');
  await error(`/api/articles?after=${events.next ?? ''}`, 400, /^after: not an article cursor/);
});

test('events: keyset cursor pages equal offset pages, deep or not; a bad cursor is a 400', async () => {
  for (const order of ['desc', 'asc']) {
    const all = await json<Page<StoredEvent>>(`/api/events?order=${order}&limit=200`);
    const byCursor: string[] = [];
    for (let page = await json<Page<StoredEvent>>(`/api/events?order=${order}&limit=3`); ;) {
      byCursor.push(...page.items.map((e) => e.event.id));
      assert.equal(page.total, 22, 'the total ignores the cursor');
      if (page.next === null || page.next === undefined) break;
      page = await json<Page<StoredEvent>>(`/api/events?order=${order}&limit=3&after=${page.next}`);
    }
    assert.deepEqual(
      byCursor,
      all.items.map((e) => e.event.id),
    );
    assert.ok(
      all.items.every((e) => !('position' in e)),
      'the store position stays internal',
    );
  }
  const articles = await json<Page<ArticleListing>>('/api/articles?limit=1');
  await error(`/api/events?after=${articles.next ?? ''}`, 400, /^after: not an event cursor/);
});

test('alerts and stories from the aggregate stage, asserted events only', async () => {
  const alerts = await json<Page<AlertView>>('/api/alerts');
  assert.equal(alerts.total, 1);
  const alert = alerts.items[0]!;
  assert.equal(alert.source, 'RUS');
  assert.equal(alert.target, 'UKR');
  assert.equal(alert.since, '2022-02-14');
  assert.ok(alert.evidence.length >= 3);
  assert.ok(alert.evidence.every((e) => /Russian troops/.test(e.sentence)));
  assert.equal((await json<Page<AlertView>>('/api/alerts?source=UKR')).total, 0);
  assert.equal((await json<Page<AlertView>>('/api/alerts?to=2022-02-01')).total, 0);
  const stories = await json<Page<{ mentions: unknown[]; sources: number }>>(
    '/api/stories?source=RUS&target=UKR&from=2022-02-14&limit=200',
  );
  // Five kinds of attack, each reported by two outlets: five stories of two mentions.
  assert.equal(stories.total, 5);
  assert.ok(stories.items.every((s) => s.mentions.length === 2 && s.sources === 2));
});

test('dyads: list, series with alerts and index, events of one day', async () => {
  const dyads = await json<Page<DyadSummary>>('/api/dyads');
  assert.deepEqual(
    dyads.items.map((d) => `${d.source}→${d.target}:${d.events}`),
    ['RUS→UKR:20', 'RUS→IGOWSTNAT:1'],
  );
  const detail = await json<DyadDetail>('/api/dyads/RUS/UKR');
  assert.equal(detail.pending, false);
  const feb14 = detail.series.find((p) => p.period === '2022-02-14')!;
  assert.deepEqual(feb14.quad, [0, 0, 0, 2]);
  assert.equal(detail.alerts.length, 1);
  assert.ok(detail.index.some((p) => p.date === '2022-02-16' && p.index > 2));
  const weekly = await json<DyadDetail>('/api/dyads/RUS/UKR?period=week&level=story&from=2022-02-14');
  assert.equal(weekly.series.length, 1);
  assert.equal(weekly.series[0]!.period, '2022-02-14');
  assert.equal(weekly.series[0]!.events, 5, 'five stories that week');
  const day = await json<Page<StoredEvent>>('/api/dyads/RUS/UKR/events?from=2022-02-18');
  assert.equal(day.total, 3, 'two asserted reports and one negated event');
  assert.ok(day.items.some((e) => e.event.modality === 'negated'));
  const week = await json<Page<StoredEvent>>('/api/dyads/RUS/UKR/events?from=2022-02-14&to=2022-02-20');
  assert.equal(week.total, 11);
});

test('actors, one actor, quotes', async () => {
  const actors = await json<Page<ActorStats>>('/api/actors?limit=10');
  assert.ok(actors.items.some((a) => a.code === 'RUSMIL'));
  const mil = await json<ActorDetail>('/api/actors/RUSMIL');
  assert.equal(mil.actor.code, 'RUSMIL');
  assert.deepEqual(mil.timeline, [{ week: '2022-02-14', asSource: 10, asTarget: 0 }]);
  assert.equal(mil.asSource.length, 10);
  const quotes = await json<Page<StoredQuote>>('/api/quotes?speaker=RUSGOV');
  assert.equal(quotes.items.length, 1);
  assert.match(quotes.items[0]!.quote.text, /We will answer/);
});

test('overview: counts, alerts, escalating dyads, volume', async () => {
  const o = await json<Overview>('/api/overview');
  assert.equal(o.counts.events, 22);
  assert.equal(o.alerts.length, 1);
  assert.equal(o.escalating[0]!.source, 'RUS');
  assert.equal(o.volume[0]!.date, '2022-01-03', 'volume starts at the first dated event');
  assert.equal(o.volume.at(-1)!.date, '2022-02-18');
  assert.equal(o.volume.at(-1)!.conflict, 2, 'the negated event is not counted');
  assert.equal(o.pending, null, 'a small store has its alerts at once');
  assert.deepEqual(o.range, { from: '2022-01-03', to: '2022-02-18' });
});

test('OpenAPI 3.1 document describes every route and parameter', async () => {
  const doc = await json<OpenApi>('/api/openapi.json');
  assert.equal(doc.openapi, '3.1.0');
  for (const route of ROUTES) {
    const path = doc.paths[route.path.replace(/:([a-z]+)/g, '{$1}')];
    assert.ok(path !== undefined, route.path);
    const names = path.get.parameters.map((p) => p.name);
    for (const spec of route.query) assert.ok(names.includes(spec.name), `${route.path} ${spec.name}`);
  }
  const limit = doc.paths['/api/events']!.get.parameters.find((p) => p.name === 'limit')!;
  assert.equal(limit.schema.maximum, 200);
});

test('security headers on API and dashboard responses', async () => {
  for (const path of ['/api/events', '/']) {
    const { headers } = await get(path);
    const csp = headers.get('content-security-policy') ?? '';
    assert.match(csp, /script-src 'self'/);
    assert.match(csp, /frame-ancestors 'none'/);
    assert.doesNotMatch(csp, /unsafe-inline|unsafe-eval/);
    assert.equal(headers.get('x-content-type-options'), 'nosniff');
    assert.equal(headers.get('referrer-policy'), 'no-referrer');
  }
});

test('loopback only: other Host names are refused (DNS rebinding)', async () => {
  const r = await app.request(`${BASE}/api/events`, { headers: { host: 'attacker.example:8787' } });
  assert.equal(r.status, 403);
  const ok = await app.request(`${BASE}/api/events?limit=1`, { headers: { host: 'localhost:8787' } });
  assert.equal(ok.status, 200);
});

test('with a token every request authenticates: bearer header or the cookie from /?token=', async () => {
  const token = 'correct-horse-battery-staple';
  const secured = createApp(temp.store, { token });
  const url = 'http://0.0.0.0:8787';
  assert.equal((await secured.request(`${url}/api/events`)).status, 401);
  assert.equal((await secured.request(`${url}/`)).status, 401);
  const wrong = await secured.request(`${url}/api/events`, { headers: { authorization: 'Bearer nope' } });
  assert.equal(wrong.status, 401);
  const right = await secured.request(`${url}/api/events?limit=1`, { headers: { authorization: `Bearer ${token}` } });
  assert.equal(right.status, 200);
  const login = await secured.request(`${url}/?token=${token}`);
  assert.equal(login.status, 303);
  const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0]!;
  assert.match(login.headers.get('set-cookie') ?? '', /HttpOnly; SameSite=Strict/);
  assert.equal((await secured.request(`${url}/api/overview`, { headers: { cookie } })).status, 200);
  assert.throws(() => checkExposure('0.0.0.0', undefined), /--host 0.0.0.0 is not loopback: give --token/);
  assert.throws(() => checkExposure('192.168.1.5', 'short'), /at least 16 characters/);
  assert.doesNotThrow(() => checkExposure('127.0.0.1', undefined));
  assert.doesNotThrow(() => checkExposure('::1', undefined));
  assert.doesNotThrow(() => checkExposure('0.0.0.0', token));
});

test('exports as downloads: GDELT rows have 61 columns; filters apply', async () => {
  const r = await get('/api/export?format=gdelt&source=RUSMIL');
  assert.equal(r.status, 200);
  assert.match(r.headers.get('content-disposition') ?? '', /attachment; filename="detente-export.tsv"/);
  const rows = (r.body as string).trimEnd().split('\n');
  assert.equal(rows.length, 10);
  for (const row of rows) assert.equal(row.split('\t').length, GDELT_COLUMNS.length);
  const csv = await get('/api/export?format=csv&modality=negated');
  assert.equal((csv.body as string).trimEnd().split('\r\n').length, 2, 'header and the negated event');
  const plover = await get('/api/export?format=plover&limit=3');
  assert.equal((plover.body as string).trimEnd().split('\n').length, 3);
});

test('the dashboard files: page, styles, bundled script', async () => {
  const page = await get('/');
  assert.match(page.body as string, /<script type="module" src="\/assets\/app.js">/);
  assert.doesNotMatch(page.body as string, /<script>/, 'no inline script (CSP)');
  const js = await get('/assets/app.js');
  assert.equal(js.status, 200);
  assert.match(js.headers.get('content-type') ?? '', /javascript/);
  assert.ok((js.body as string).length > 10_000, 'uPlot is bundled');
  assert.equal((await get('/assets/uplot.css')).status, 200);
});
