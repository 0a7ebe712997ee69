// Opening a SQLite database for the store: pragmas, migrations, and the checks for read-only use.
import { existsSync } from 'node:fs';
import Database from 'better-sqlite3';
import { migrate, SCHEMA_VERSION } from './migrations.ts';

export interface SqliteStoreOptions {
  /** Open an existing database without writing (no migrations); queries only. */
  readonly readonly?: boolean;
}

export function openDatabase(path: string, options: SqliteStoreOptions): Database.Database {
  if (options.readonly && !existsSync(path)) {
    throw new Error(`no database at ${path}: run detente ingest first, or give --db PATH or DETENTE_DB`);
  }
  const db = new Database(path, { readonly: options.readonly ?? false, fileMustExist: options.readonly ?? false });
  db.pragma('busy_timeout = 5000');
  db.pragma('foreign_keys = ON');
  if (!options.readonly) {
    // WAL: readers (the server, an `events` query) never block the ingest writer. synchronous=NORMAL: commits
    // do not fsync, only checkpoints do. A crash of detente loses nothing committed; a power cut or OS crash
    // can roll back the last few batches but never corrupts the file, and re-running ingest redoes exactly
    // those articles (content-hash resume). FULL would fsync every batch for little gain here.
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = NORMAL');
    // Bulk loads touch index pages all over the file: a 16 MB page cache (default 2 MB) and a checkpoint every
    // ~40 MB of WAL (default 4 MB) mean fewer re-reads and fewer fsyncs; both are bounded, and the last
    // connection to close checkpoints and removes the WAL. 64 MB of cache stored no faster (same CPU for
    // 24,000 articles into one file) and cost up to 48 MB more of the ingest's 400 MB budget.
    db.pragma('cache_size = -16384');
    db.pragma('wal_autocheckpoint = 10000');
    migrate(db);
  } else {
    const version = Number(db.pragma('user_version', { simple: true }));
    if (version !== SCHEMA_VERSION) {
      db.close();
      throw new Error(
        version === 0
          ? `${path} is not a detente database`
          : `${path} has schema version ${version}, this detente reads ${SCHEMA_VERSION}: run detente ingest to migrate`,
      );
    }
  }

  return db;
}
