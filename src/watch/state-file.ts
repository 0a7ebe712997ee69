// The watch state lives in a small JSON file next to the database, so watching never touches the store schema.
import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { isPostgresSpec } from '../store/index.ts';
import { emptyState, type WatchState } from './state.ts';

/** `detente.db` → `detente.db.watch.json`; a PostgreSQL database has no file beside it: `./detente-watch.json`. */
export function defaultStatePath(dbPath: string): string {
  return isPostgresSpec(dbPath) ? './detente-watch.json' : `${dbPath}.watch.json`;
}

export function loadState(path: string): WatchState {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return emptyState();
    throw error;
  }
  const value = JSON.parse(text) as unknown;
  if (typeof value !== 'object' || value === null || (value as { version?: unknown }).version !== 1) {
    throw new Error(`${path}: not a detente watch state file (version 1): move it away to start afresh`);
  }
  return value as WatchState;
}

/** Written to a temporary file and renamed, so a crash mid-write never leaves half a state file. */
export function saveState(path: string, state: WatchState): void {
  const tmp = `${path}.${process.pid}.tmp`;
  writeFileSync(tmp, `${JSON.stringify(state, null, 2)}\n`);
  renameSync(tmp, path);
}
