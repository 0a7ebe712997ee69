// Connecting to PostgreSQL: a pg Pool per store, migrations on open (or a version check when read-only).
import pg from 'pg';
import { redactDbSpec as redactUrl } from '../db-spec.ts';
import { migrate, schemaVersion, SCHEMA_VERSION } from './migrations.ts';

export interface PostgresStoreOptions {
  /** Query only: no migrations; fails unless the database holds this version of the schema. */
  readonly readonly?: boolean;
  /** Connections in the pool (default 4: one ingest worker needs 1–2, the server a few more). */
  readonly maxConnections?: number;
}

export async function openPool(url: string, options: PostgresStoreOptions): Promise<pg.Pool> {
  const pool = new pg.Pool({ connectionString: url, max: options.maxConnections ?? 4 });
  // An idle client that loses its connection emits 'error' on the pool; without a listener that kills the process.
  pool.on('error', () => {});
  try {
    const client = await pool.connect();
    try {
      if (options.readonly) {
        const version = await schemaVersion(client);
        if (version !== SCHEMA_VERSION) {
          throw new Error(
            version === 0
              ? `no detente schema in ${redactUrl(url)}: run detente ingest first`
              : `${redactUrl(url)} has schema version ${version}, this detente reads ${SCHEMA_VERSION}: run detente ingest to migrate`,
          );
        }
      } else {
        await migrate(client);
      }
    } finally {
      client.release();
    }
  } catch (error) {
    await pool.end();
    const message = error instanceof Error ? error.message : String(error);
    throw new Error(message.includes(redactUrl(url)) ? message : `${redactUrl(url)}: ${message}`, { cause: error });
  }
  return pool;
}

/** Runs `body` in one transaction on one connection: committed if it resolves, rolled back if it throws. */
export async function inTransaction<T>(pool: pg.Pool, body: (client: pg.PoolClient) => Promise<T>): Promise<T> {
  const client = await pool.connect();
  try {
    await client.query('BEGIN');
    const result = await body(client);
    await client.query('COMMIT');
    return result;
  } catch (error) {
    await client.query('ROLLBACK').catch(() => {});
    throw error;
  } finally {
    client.release();
  }
}
