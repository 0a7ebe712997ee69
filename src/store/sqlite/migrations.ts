// Schema migrations, versioned with PRAGMA user_version: migration N brings the schema from N-1 to N.
// Append new migrations; never edit one that has shipped (existing databases already ran it).
import type Database from 'better-sqlite3';

export interface Migration {
  readonly version: number;
  readonly description: string;
  readonly sql: string;
}

export const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    description: 'articles, events (with FTS5 over sentences), quotes, article actors',
    sql: `
      CREATE TABLE articles (
        id TEXT PRIMARY KEY,
        date TEXT,
        title TEXT,
        url TEXT,
        source TEXT,
        text TEXT NOT NULL,
        tone REAL NOT NULL,
        diagnostics TEXT NOT NULL,            -- JSON array of Diagnostic
        content_hash TEXT NOT NULL,
        dictionary_version TEXT NOT NULL,
        stored_at TEXT NOT NULL               -- ISO timestamp of the last save
      );
      CREATE INDEX articles_date ON articles (date, id);

      -- One slim row per event: the columns filters, ordering and aggregates read. The bulky text (sentence,
      -- JSON record) lives in event_records, so scans and GROUP BYs over events stay in few pages.
      CREATE TABLE events (
        row INTEGER PRIMARY KEY,              -- rowid alias; also the FTS rowid
        article_id TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
        position INTEGER NOT NULL,            -- index in the article's events array
        id TEXT NOT NULL,                     -- Event.id (deterministic)
        date TEXT,                            -- event date, else the article date: what filters use
        source_code TEXT,
        source_key TEXT,                      -- folded canonical name (see actor-match.ts)
        target_code TEXT,
        target_key TEXT,
        cameo TEXT NOT NULL,
        plover TEXT,
        modality TEXT NOT NULL,
        quad_class INTEGER NOT NULL,
        goldstein REAL NOT NULL,
        UNIQUE (article_id, position)
      );
      -- Covering the sort key (date, article_id, position), so a filtered page is ordered from the index
      -- alone and only the rows on the page are read from the tables.
      CREATE INDEX events_dyad ON events (source_code, target_code, date, article_id, position);
      CREATE INDEX events_target ON events (target_code, date, article_id, position);
      CREATE INDEX events_date ON events (date, article_id, position);
      CREATE INDEX events_cameo ON events (cameo, date, article_id, position);

      CREATE TABLE event_records (
        row INTEGER PRIMARY KEY REFERENCES events (row) ON DELETE CASCADE,
        sentence TEXT NOT NULL,
        record TEXT NOT NULL                  -- the Event as JSON: a round trip returns it exactly
      );

      -- External-content FTS: the text lives once, in event_records.sentence. Kept in step by SqliteStore
      -- after each batch (set-based), not by per-row triggers, which made bulk loads 6x slower.
      CREATE VIRTUAL TABLE events_fts USING fts5 (
        sentence, content = 'event_records', content_rowid = 'row', tokenize = 'unicode61 remove_diacritics 2'
      );

      CREATE TABLE quotes (
        article_id TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
        position INTEGER NOT NULL,
        text_key TEXT NOT NULL,               -- folded quote text for substring search
        speaker_code TEXT,
        speaker_key TEXT,
        record TEXT NOT NULL,                 -- the Quote as JSON
        PRIMARY KEY (article_id, position)
      ) WITHOUT ROWID;
      CREATE INDEX quotes_speaker ON quotes (speaker_code);

      CREATE TABLE article_actors (
        article_id TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
        position INTEGER NOT NULL,
        code TEXT NOT NULL,
        name TEXT NOT NULL,
        name_key TEXT NOT NULL,
        type TEXT NOT NULL,
        country TEXT,
        sector TEXT,
        actor_id TEXT,
        mentions INTEGER NOT NULL,
        record TEXT NOT NULL,                 -- the ActorSummary as JSON
        PRIMARY KEY (article_id, position)
      ) WITHOUT ROWID;
      CREATE INDEX article_actors_code ON article_actors (code, name_key);
      CREATE INDEX article_actors_name ON article_actors (name_key);
    `,
  },
  {
    version: 2,
    description: 'covering index for dyad-day sums (dyadDays)',
    sql: `
      CREATE INDEX events_dyad_days ON events (modality, source_code, target_code, date, quad_class, goldstein);
    `,
  },
  {
    version: 3,
    description: 'dyad sides and mention day on events, indexes for the server aggregates and actor roles',
    // The sides are those of src/aggregate/dyads.ts (actorKey), written by rows.ts for new rows; this backfill
    // spells the same rule in SQL for rows stored before. The day is the event date unless it is missing or
    // after the article date (mentionDate in src/aggregate/stories.ts).
    sql: `
      ALTER TABLE events ADD COLUMN source_side TEXT;
      ALTER TABLE events ADD COLUMN target_side TEXT;
      ALTER TABLE events ADD COLUMN day TEXT;
      UPDATE events SET
        source_side = ${sideSql('events.source_code', "json_extract(r.record, '$.source.country')")},
        target_side = ${sideSql('events.target_code', "json_extract(r.record, '$.target.country')")},
        day = CASE WHEN a.date IS NOT NULL AND events.date > a.date THEN a.date ELSE events.date END
      FROM event_records r, articles a
      WHERE r.row = events.row AND a.id = events.article_id;
      -- One dyad's events in the sort key order (read page by page with a cursor), and dyad totals (a scan
      -- in dyad order, grouped without sorting), both from the index alone.
      CREATE INDEX events_sides ON events (source_side, target_side, modality, date, article_id, position, day,
                                           quad_class);
      -- Daily volume over the last N days.
      CREATE INDEX events_day ON events (day, modality, quad_class);
      -- Actor roles (queryActors) and an actor's days (roleDays), from the index alone.
      CREATE INDEX events_source_role ON events (source_code, modality, source_key, day);
      CREATE INDEX events_target_role ON events (target_code, modality, target_key, day);
      -- queryActors groups article actors by (code, name key) from this index alone (22 s at 600k rows when
      -- every group's rows were looked up in the table); it also serves what article_actors_code did.
      CREATE INDEX article_actors_stats ON article_actors (code, name_key, article_id, mentions, name, type, country,
                                                           sector, actor_id);
      DROP INDEX article_actors_code;
    `,
  },
  {
    version: 4,
    description: 'derived results per pair of states (the server reads them), dirty marks, story rows and chunks',
    // Written after an ingest and by the server (src/server/pair-*.ts); saveArticles marks the pairs whose
    // asserted events it inserts or replaces. A database migrated here has no results yet: every pair is built
    // by the next ingest (or by the server, in the background).
    sql: `
      CREATE TABLE pair_results (
        source TEXT NOT NULL,
        target TEXT NOT NULL,
        stamp TEXT NOT NULL,                  -- what the result was built from (format, report range)
        summary TEXT NOT NULL,                -- JSON: alerts and the last week's index of both directions
        views BLOB NOT NULL,                  -- deflated JSON: the two dyad views
        counts BLOB NOT NULL,                 -- deflated JSON: story counts per event id
        PRIMARY KEY (source, target)
      );
      CREATE TABLE pair_dirty (
        source TEXT NOT NULL,
        target TEXT NOT NULL,
        mark TEXT NOT NULL,                   -- renewed by every save that touches the pair
        PRIMARY KEY (source, target)
      ) WITHOUT ROWID;
      CREATE TABLE pair_stories (
        source TEXT NOT NULL,                 -- the pair
        target TEXT NOT NULL,
        seq INTEGER NOT NULL,
        story_source TEXT NOT NULL,           -- the story's dyad
        story_target TEXT NOT NULL,
        first_date TEXT NOT NULL,
        article_id TEXT NOT NULL,             -- of the first mention: the rest of the newest-first order
        sentence_index INTEGER NOT NULL,
        event_id TEXT NOT NULL,
        chunk INTEGER NOT NULL,
        byte_start INTEGER NOT NULL,          -- byte range of the story's JSON in the inflated chunk
        byte_end INTEGER NOT NULL,
        PRIMARY KEY (source, target, seq)
      ) WITHOUT ROWID;
      CREATE INDEX pair_stories_order ON pair_stories (first_date, article_id, sentence_index, event_id);
      CREATE TABLE pair_story_chunks (
        source TEXT NOT NULL,
        target TEXT NOT NULL,
        chunk INTEGER NOT NULL,
        data BLOB NOT NULL,                   -- deflated JSON texts of consecutive stories
        PRIMARY KEY (source, target, chunk)
      );
    `,
  },
];

/** actorKey (src/aggregate/dyads.ts) in SQLite SQL, for the backfill of migration 3. */
function sideSql(code: string, country: string): string {
  return `CASE WHEN ${code} IS NULL THEN NULL
    WHEN upper(${code}) LIKE 'IGO%' THEN upper(${code})
    WHEN ${country} GLOB '[A-Z][A-Z][A-Z]' THEN ${country}
    WHEN upper(${code}) GLOB '[A-Z][A-Z][A-Z]*' THEN substr(upper(${code}), 1, 3)
    ELSE NULL END`;
}

export const SCHEMA_VERSION = MIGRATIONS.reduce((max, m) => Math.max(max, m.version), 0);

/**
 * Applies every migration above the database's user_version, all in one IMMEDIATE transaction: two processes
 * opening a new database at once (two ingests) take turns, and the second finds the schema already there.
 */
export function migrate(db: Database.Database): number {
  // Up to date (the common case): no write lock, so opening for writing does not wait for a running ingest.
  if (Number(db.pragma('user_version', { simple: true })) === SCHEMA_VERSION) return SCHEMA_VERSION;
  const apply = db.transaction(() => {
    const current = Number(db.pragma('user_version', { simple: true }));
    if (current > SCHEMA_VERSION) {
      throw new Error(
        `database schema version ${current} is newer than this detente (knows up to ${SCHEMA_VERSION}): upgrade detente`,
      );
    }
    for (const migration of MIGRATIONS) {
      if (migration.version <= current) continue;
      db.exec(migration.sql);
      // PRAGMA takes no bound parameters; the version is a number from this file, not user input.
      db.pragma(`user_version = ${migration.version}`);
    }
  });
  apply.immediate();
  return SCHEMA_VERSION;
}
