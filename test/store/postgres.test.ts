// The store contract suite on a real PostgreSQL server (DETENTE_TEST_PG), plus what is specific to it:
// migrations, concurrent openers, read-only opening, the search index. Skipped, visibly, without a server.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { openPostgresStore } from '../../src/store/postgres/postgres-store.ts';
import { SCHEMA_VERSION } from '../../src/store/postgres/migrations.ts';
import { searchTokens, toTsQuery } from '../../src/store/postgres/fts.ts';
import { openJobQueue, openStore } from '../../src/store/index.ts';
import type { Store } from '../../src/store/store.ts';
import { storeContract } from './contract.ts';
import { ALL, entry, GENEVA } from './fixtures.ts';
import { createTestDatabase, PG_SKIP, type TestDatabase } from './pg-server.ts';
import { refreshPairs } from '../../src/server/pair-refresh.ts';
import { pairStamp } from '../../src/server/pair-record.ts';

test('fts: tokens fold case and diacritics; queries are quoted lexemes, never syntax', () => {
  assert.deepEqual(searchTokens("Zürich's café, ЗЕЛЕНСЬКИЙ 2022-03-01"), [
    'zurich',
    's',
    'cafe',
    'зеленськии', // NFD splits й into и + breve, like FTS5's remove_diacritics
    '2022',
    '03',
    '01',
  ]);
  assert.equal(toTsQuery('attack Ukraine'), "'attack' & 'ukraine'");
  assert.equal(toTsQuery('provoc*'), "'provoc':*");
  assert.equal(toTsQuery("Russia's"), "('russia' <-> 's')");
  assert.equal(toTsQuery('a AND ( " * -'), "'a' & 'and'");
  assert.equal(toTsQuery('" * -'), null);
});

if (PG_SKIP !== false) {
  test('postgres: store contract', { skip: PG_SKIP }, () => {});
} else {
  let db: TestDatabase;
  before(async () => {
    db = await createTestDatabase();
  });
  after(async () => {
    await db.drop();
  });

  storeContract('postgres', async (name) => openPostgresStore(await db.schema(name)));

  test('postgres: openStore picks the backend from a postgres:// URL; migrations recorded once', async () => {
    const url = await db.schema('pick');
    const store = await openStore(url);
    await store.saveArticles(ALL.map((f) => entry(f)));
    await store.close();
    const rows = await db.query<{ version: number }>('SELECT version FROM pick.schema_migrations ORDER BY version');
    assert.deepEqual(
      rows.map((r) => r.version),
      Array.from({ length: SCHEMA_VERSION }, (_, i) => i + 1),
    );
    // The search index holds one document per event, with the folded tokens.
    const search = await db.query<{ n: string }>(
      "SELECT count(*) AS n FROM pick.events WHERE search @@ 'зеленськии'::tsquery",
    );
    assert.equal(search[0]?.n, '1');
  });

  test('postgres: several processes opening a new database at once migrate it once', async () => {
    const url = await db.schema('racing');
    const stores = await Promise.all(Array.from({ length: 4 }, () => openPostgresStore(url)));
    try {
      await Promise.all(stores.map((s, i) => s.saveArticles([entry(ALL[i % ALL.length] ?? GENEVA)])));
      assert.equal((await stores[0]?.counts())?.articles, 3);
    } finally {
      await Promise.all(stores.map((s) => s.close()));
    }
  });

  test('postgres: read-only opening refuses an empty database and writes', async () => {
    const empty = await db.schema('empty');
    await assert.rejects(openStore(empty, { readonly: true }), /no detente schema .*run detente ingest first/);
    const url = await db.schema('ro');
    await (await openStore(url)).close();
    const ro: Store = await openStore(url, { readonly: true });
    try {
      assert.deepEqual(await ro.counts(), { articles: 0, events: 0, quotes: 0, articleActors: 0 });
      await assert.rejects(ro.saveArticles([entry(GENEVA)]), /read-only/);
    } finally {
      await ro.close();
    }
  });

  test('postgres: migration 5 adds the derived pair tables to a database of schema 4; its pairs are then built', async () => {
    const url = await db.schema('v4');
    const store = await openStore(url);
    await store.saveArticles(ALL.map((f) => entry(f)));
    await store.close();
    await db.query(`DROP TABLE v4.pair_results, v4.pair_dirty, v4.pair_stories, v4.pair_story_chunks;
                    DELETE FROM v4.schema_migrations WHERE version = 5`);
    await assert.rejects(openStore(url, { readonly: true }), /schema version 4, .*run detente ingest to migrate/);
    const migrated = await openStore(url);
    try {
      assert.deepEqual(await migrated.derivedPairs(), [], 'no results and no marks: every pair counts as missing');
      const report = await refreshPairs(migrated);
      assert.ok(report.pairs > 0);
      assert.deepEqual([report.built, report.deleted], [report.pairs, 0]);
      const stamp = pairStamp(await migrated.reportRange(7));
      assert.ok((await migrated.derivedPairs()).every((s) => s.stamp === stamp && s.dirty === null));
      assert.equal((await refreshPairs(migrated)).built, 0);
    } finally {
      await migrated.close();
    }
  });

  test('postgres: a database from a newer detente is refused', async () => {
    const url = await db.schema('newer');
    await (await openStore(url)).close();
    await db.query('INSERT INTO newer.schema_migrations (version, description) VALUES ($1, $2)', [
      SCHEMA_VERSION + 1,
      'from the future',
    ]);
    await assert.rejects(openStore(url), /newer than this detente/);
  });

  test('postgres job queue: SKIP LOCKED claims split the work; an expired lease passes to another worker', async () => {
    const url = await db.schema('queue');
    const queue = await openJobQueue(url);
    try {
      const jobs = ALL.map((f) => ({
        origin: `fixture:${f.article.id}`,
        article: f.article,
        contentHash: entry(f).contentHash,
        diagnostics: [],
      }));
      assert.equal(await queue.enqueue(jobs), 3);
      // Two claims at once never get the same job.
      const [x, y] = await Promise.all([queue.claim('x', 2, 1), queue.claim('y', 2, 1)]);
      const claimed = [...(x ?? []), ...(y ?? [])].map((j) => j.article.id).sort();
      assert.deepEqual(claimed, ['geneva', 'pullback', 'undated']);
      assert.deepEqual(await queue.status(), { queued: 0, running: 3, done: 0, failed: 0 });
      assert.deepEqual(await queue.claim('z', 5, 1), [], 'nothing free while the leases run');

      // x stops renewing; after its lease runs out z takes its jobs, and x can no longer complete them.
      await new Promise((resolve) => setTimeout(resolve, 1300));
      await queue.renew(
        'y',
        (y ?? []).map((j) => j.id),
        30,
      );
      const taken = await queue.claim('z', 5, 30);
      assert.deepEqual(
        taken.map((j) => [j.article.id, j.attempts]),
        (x ?? []).map((j) => [j.article.id, 2]),
      );
      const fixture = (id: string) => ALL.find((f) => f.article.id === id) ?? GENEVA;
      const outcomes = (held: readonly { id: number; article: { id: string } }[]) =>
        held.map((j) => ({ jobId: j.id, entry: entry(fixture(j.article.id)) }));
      assert.deepEqual(await queue.complete('x', outcomes(x ?? [])), []);
      const store = await openStore(url);
      try {
        assert.equal((await store.counts()).articles, 0, 'a lost lease saves nothing');
        assert.equal((await queue.complete('z', outcomes(taken))).length, taken.length);
        const failed = (y ?? []).map((j) => ({ jobId: j.id, error: 'boom' }));
        assert.equal((await queue.complete('y', failed)).length, failed.length);
        assert.deepEqual(await queue.status(), { queued: 0, running: 0, done: taken.length, failed: failed.length });
        assert.equal((await store.counts()).articles, taken.length);
      } finally {
        await store.close();
      }
    } finally {
      await queue.close();
    }
  });
}
