// Opening the store: the one place that picks a backend and the default database path.
import { openSqliteStore } from './sqlite/sqlite-store.ts';
import type { Store } from './store.ts';
import type { JobQueue } from './jobs.ts';
import { isPostgresSpec } from './db-spec.ts';

export type * from './store.ts';
export { contentHash } from './content-hash.ts';
export { articleCursor, eventCursor } from './store.ts';
export { isPostgresSpec, redactDbSpec } from './db-spec.ts';

export const DEFAULT_DB_PATH = './detente.db';

/** --db wins (a file path or a postgres:// URL), then the DETENTE_DB environment variable, then ./detente.db. */
export function resolveDbPath(option: string | undefined, env: NodeJS.ProcessEnv = process.env): string {
  if (option !== undefined && option !== '') return option;
  const fromEnv = env['DETENTE_DB'];
  return fromEnv !== undefined && fromEnv !== '' ? fromEnv : DEFAULT_DB_PATH;
}

export interface OpenStoreOptions {
  /** Query an existing database only: fails if the file is missing, never creates or migrates it. */
  readonly readonly?: boolean;
}

/**
 * A `postgres://…` or `postgresql://…` URL opens the PostgreSQL store; anything else is a SQLite file path.
 * The PostgreSQL module (and `pg`) is loaded only when asked for.
 */
export async function openStore(spec: string, options: OpenStoreOptions = {}): Promise<Store> {
  if (isPostgresSpec(spec)) return (await import('./postgres/postgres-store.ts')).openPostgresStore(spec, options);
  return openSqliteStore(spec, options);
}

export type * from './jobs.ts';

/** The ingest job queue in a PostgreSQL database (migrated if needed); other databases have none. */
export async function openJobQueue(spec: string): Promise<JobQueue> {
  if (!isPostgresSpec(spec)) {
    throw new Error(`the job queue (--enqueue, --work, --workers) needs a PostgreSQL database: --db postgres://…`);
  }
  return (await import('./postgres/jobs.ts')).openPostgresJobQueue(spec);
}
