// The store contract suite on a real SQLite file, plus what is SQLite-specific (pragmas, migrations).
import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { openSqliteStore } from '../../src/store/sqlite/sqlite-store.ts';
import { SCHEMA_VERSION } from '../../src/store/sqlite/migrations.ts';
import { storeContract } from './contract.ts';
import { ALL, entry } from './fixtures.ts';
import { pairsOf, refreshPairs } from '../../src/server/pair-refresh.ts';
import { pairStamp } from '../../src/server/pair-record.ts';

const dir = mkdtempSync(join(tmpdir(), 'detente-store-'));
after(() => rmSync(dir, { recursive: true, force: true }));

storeContract('sqlite', async (name) => openSqliteStore(join(dir, `${name}.db`)));

test('sqlite: WAL journal, schema version, FTS integrity', async () => {
  const path = join(dir, 'pragmas.db');
  const store = openSqliteStore(path);
  await store.saveArticles(ALL.map((f) => entry(f)));
  await store.close();
  const db = new Database(path);
  try {
    assert.equal(db.pragma('journal_mode', { simple: true }), 'wal');
    assert.equal(db.pragma('user_version', { simple: true }), SCHEMA_VERSION);
    // The FTS index agrees with its content table (integrity-check raises on any mismatch).
    db.exec("INSERT INTO events_fts (events_fts, rank) VALUES ('integrity-check', 1)");
  } finally {
    db.close();
  }
});

test('sqlite: the FTS index and event records stay consistent through replacements', async () => {
  const path = join(dir, 'fts.db');
  const store = openSqliteStore(path);
  for (let round = 0; round < 3; round++) {
    await store.saveArticles(ALL.map((f) => entry(f)));
    await store.saveArticles([entry(ALL[1])]);
  }
  await store.close();
  const db = new Database(path);
  try {
    db.exec("INSERT INTO events_fts (events_fts, rank) VALUES ('integrity-check', 1)");
    assert.equal(db.prepare("SELECT count(*) FROM events_fts WHERE events_fts MATCH 'attack'").pluck().get(), 2);
    // Replaced events leave no orphan records behind (the cascade from events to event_records).
    assert.equal(db.prepare('SELECT count(*) FROM event_records').pluck().get(), 7);
    assert.equal(db.prepare('SELECT count(*) FROM events').pluck().get(), 7);
  } finally {
    db.close();
  }
});

test('sqlite: readonly open refuses a missing file and a foreign database', async () => {
  assert.throws(() => openSqliteStore(join(dir, 'absent.db'), { readonly: true }), /no database at .*absent\.db/);
  const foreign = join(dir, 'foreign.db');
  new Database(foreign).exec('CREATE TABLE t (x)');
  assert.throws(() => openSqliteStore(foreign, { readonly: true }), /not a detente database/);
  const path = join(dir, 'ro.db');
  await openSqliteStore(path).close();
  const ro = openSqliteStore(path, { readonly: true });
  assert.deepEqual(await ro.counts(), { articles: 0, events: 0, quotes: 0, articleActors: 0 });
  await assert.rejects(ro.saveArticles(ALL.map((f) => entry(f))), /read-only/);
  assert.equal(await ro.hasArticle({ id: 'geneva', contentHash: 'x', dictionaryVersion: 'y' }), false);
  await ro.close();
});

test('sqlite: a database from a newer detente is refused', () => {
  const path = join(dir, 'newer.db');
  const db = new Database(path);
  db.pragma(`user_version = ${SCHEMA_VERSION + 1}`);
  db.close();
  assert.throws(() => openSqliteStore(path), /newer than this detente/);
});

/** Back to schema 3: no derived pair results. */
const UNDO_MIGRATION_4 = `
  DROP TABLE pair_results; DROP TABLE pair_dirty; DROP TABLE pair_stories; DROP TABLE pair_story_chunks;`;

test('sqlite: migration 4 adds the derived pair tables to a database of schema 3; its pairs are then built', async () => {
  const path = join(dir, 'v3.db');
  const store = openSqliteStore(path);
  await store.saveArticles(ALL.map((f) => entry(f)));
  await store.close();
  const db = new Database(path);
  db.exec(UNDO_MIGRATION_4);
  db.pragma('user_version = 3');
  db.close();
  assert.throws(() => openSqliteStore(path, { readonly: true }), /schema version 3, .*run detente ingest to migrate/);
  const migrated = openSqliteStore(path);
  try {
    assert.deepEqual(await migrated.derivedPairs(), [], 'no results and no marks: every pair counts as missing');
    const report = await refreshPairs(migrated);
    const pairs = pairsOf(await migrated.dyadTotals());
    assert.ok(pairs.length > 0);
    assert.deepEqual([report.pairs, report.built, report.deleted], [pairs.length, pairs.length, 0]);
    const stamp = pairStamp(await migrated.reportRange(7));
    assert.ok((await migrated.derivedPairs()).every((s) => s.stamp === stamp && s.dirty === null));
    assert.equal((await refreshPairs(migrated)).built, 0, 'a second run finds nothing to do');
  } finally {
    await migrated.close();
  }
});

test('sqlite: migration 3 fills the dyad sides and days of events stored before it', async () => {
  const path = join(dir, 'v2.db');
  const store = openSqliteStore(path);
  await store.saveArticles(ALL.map((f) => entry(f)));
  const written = {
    totals: await store.dyadTotals(),
    volume: await store.dailyVolume(),
    events: await store.queryEvents(),
  };
  await store.close();
  // Back to schema 2: no side or day columns, no indexes of migration 3.
  const db = new Database(path);
  const columns = () => db.prepare('SELECT source_side, target_side, day FROM events ORDER BY row').all();
  const filled = columns();
  assert.ok(filled.some((r) => (r as { source_side: string | null }).source_side === 'RUS'));
  db.exec(`${UNDO_MIGRATION_4}
    DROP INDEX events_sides; DROP INDEX events_day; DROP INDEX events_source_role; DROP INDEX events_target_role;
    DROP INDEX article_actors_stats; CREATE INDEX article_actors_code ON article_actors (code, name_key);
    ALTER TABLE events DROP COLUMN source_side; ALTER TABLE events DROP COLUMN target_side;
    ALTER TABLE events DROP COLUMN day;`);
  db.pragma('user_version = 2');
  db.close();
  const migrated = openSqliteStore(path);
  try {
    assert.deepEqual(await migrated.dyadTotals(), written.totals);
    assert.deepEqual(await migrated.dailyVolume(), written.volume);
    assert.deepEqual(await migrated.queryEvents(), written.events);
  } finally {
    await migrated.close();
  }
  const reopened = new Database(path, { readonly: true });
  try {
    assert.deepEqual(reopened.prepare('SELECT source_side, target_side, day FROM events ORDER BY row').all(), filled);
  } finally {
    reopened.close();
  }
});
