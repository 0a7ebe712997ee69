// The store alone, without the coder: codes synthetic articles once, then times saving them in batches into
// SQLite and into PostgreSQL, and reports PostgreSQL's bytes per row (tables plus their indexes).
//   DETENTE_BENCH_PG=postgres://user@host:port/postgres node --import tsx bench/store-write.ts [articles]
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import pg from 'pg';
import { createPipeline } from '../src/pipeline.ts';
import { contentHash, openStore, type Store, type StoreEntry } from '../src/store/index.ts';
import { syntheticArticles } from './synthetic-articles.ts';

async function timeSaves(store: Store, entries: readonly StoreEntry[], batch: number): Promise<number> {
  const started = performance.now();
  for (let i = 0; i < entries.length; i += batch) await store.saveArticles(entries.slice(i, i + batch));
  return (performance.now() - started) / 1000;
}

async function main(): Promise<void> {
  const count = Number(process.argv[2] ?? '2000');
  const base = process.env['DETENTE_BENCH_PG'];
  if (base === undefined) throw new Error('set DETENTE_BENCH_PG to a PostgreSQL server URL');
  const pipeline = createPipeline();
  const entries: StoreEntry[] = syntheticArticles(count).map((article) => ({
    article,
    result: pipeline.code(article),
    contentHash: contentHash(article),
    dictionaryVersion: pipeline.dictionaryVersion,
  }));
  const events = entries.reduce((n, e) => n + e.result.events.length, 0);
  console.log(`${count} articles, ${events} events (${(events / count).toFixed(1)} per article), batches of 200`);

  const dir = mkdtempSync(join(tmpdir(), 'detente-store-bench-'));
  const admin = new pg.Client({ connectionString: base });
  await admin.connect();
  const name = `detente_bench_${randomBytes(4).toString('hex')}`;
  await admin.query(`CREATE DATABASE ${name}`);
  const url = new URL(base);
  url.pathname = `/${name}`;
  try {
    for (const [label, spec] of [
      ['SQLite', join(dir, 'store.db')],
      ['PostgreSQL', url.toString()],
    ] as const) {
      const store = await openStore(spec);
      const insert = await timeSaves(store, entries, 200);
      const replace = await timeSaves(store, entries, 200);
      await store.close();
      console.log(
        `${label}: insert ${insert.toFixed(1)} s (${(count / insert).toFixed(0)} articles/s, ` +
          `${(events / insert).toFixed(0)} events/s); replace ${replace.toFixed(1)} s (${(count / replace).toFixed(0)} articles/s)`,
      );
    }
    const client = new pg.Client({ connectionString: url.toString() });
    await client.connect();
    for (const table of ['articles', 'events', 'event_records', 'quotes', 'article_actors']) {
      const { rows } = await client.query<{ rows: string; bytes: string; heap: string }>(
        `SELECT (SELECT count(*) FROM ${table}) AS rows, pg_total_relation_size('${table}') AS bytes,
                pg_table_size('${table}') AS heap`,
      );
      const row = rows[0];
      if (row === undefined) continue;
      const perRow = (bytes: string) => (Number(bytes) / Math.max(1, Number(row.rows))).toFixed(0);
      console.log(
        `  ${table}: ${row.rows} rows, ${perRow(row.bytes)} bytes/row with indexes (${perRow(row.heap)} table)`,
      );
    }
    await client.end();
  } finally {
    await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await admin.end();
    rmSync(dir, { recursive: true, force: true });
  }
}

await main();
