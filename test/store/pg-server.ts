// A throwaway PostgreSQL database per test run on the server named by DETENTE_TEST_PG (CI starts one, see
// .ci/run): CREATE DATABASE with a random name, dropped at the end, so concurrent runs never collide.
import { randomBytes } from 'node:crypto';
import pg from 'pg';

export const PG_URL = process.env['DETENTE_TEST_PG'] ?? '';
export const PG_SKIP = PG_URL === '' ? 'DETENTE_TEST_PG not set: start PostgreSQL (see .ci/run)' : false;

export interface TestDatabase {
  /** URL of the new database. */
  readonly url: string;
  /** URL of a fresh schema in it (created now): one per store under test. */
  schema(name: string): Promise<string>;
  /** Runs SQL on the test database (not inside a store). */
  query<R extends pg.QueryResultRow>(sql: string, params?: unknown[]): Promise<R[]>;
  drop(): Promise<void>;
}

/** The URL with `path` as database name and optional extra query parameters. */
function withDatabase(base: string, database: string, search: Record<string, string> = {}): string {
  const url = new URL(base);
  url.pathname = `/${database}`;
  for (const [key, value] of Object.entries(search)) url.searchParams.set(key, value);
  return url.toString();
}

export async function createTestDatabase(): Promise<TestDatabase> {
  const name = `detente_test_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: PG_URL });
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE ${name}`);
  } finally {
    await admin.end();
  }
  const url = withDatabase(PG_URL, name);
  const pool = new pg.Pool({ connectionString: url, max: 2 });
  pool.on('error', () => {});
  return {
    url,
    async schema(schema) {
      if (!/^[a-z_][a-z0-9_]*$/.test(schema)) throw new Error(`bad schema name ${schema}`);
      await pool.query(`CREATE SCHEMA IF NOT EXISTS ${schema}`);
      return withDatabase(PG_URL, name, { options: `-c search_path=${schema}` });
    },
    async query<R extends pg.QueryResultRow>(sql: string, params: unknown[] = []) {
      return (await pool.query<R>(sql, params)).rows;
    },
    async drop() {
      await pool.end();
      const client = new pg.Client({ connectionString: PG_URL });
      await client.connect();
      try {
        await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      } finally {
        await client.end();
      }
    },
  };
}
