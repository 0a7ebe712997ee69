// Opening the store: the one place that picks a backend and the default database path.
import { openSqliteStore } from './sqlite/sqlite-store.ts';
import type { Store } from './store.ts';

export type * from './store.ts';
export { contentHash } from './content-hash.ts';

export const DEFAULT_DB_PATH = './detente.db';

/** --db wins, then the DETENTE_DB environment variable, then ./detente.db. */
export function resolveDbPath(option: string | undefined, env: NodeJS.ProcessEnv = process.env): string {
  if (option !== undefined && option !== '') return option;
  const fromEnv = env['DETENTE_DB'];
  return fromEnv !== undefined && fromEnv !== '' ? fromEnv : DEFAULT_DB_PATH;
}

export interface OpenStoreOptions {
  /** Query an existing database only: fails if the file is missing, never creates or migrates it. */
  readonly readonly?: boolean;
}

export async function openStore(path: string, options: OpenStoreOptions = {}): Promise<Store> {
  return openSqliteStore(path, options);
}
