// PostgreSQL schema migrations, recorded in schema_migrations: migration N brings the schema from N-1 to N.
// Append new migrations; never edit one that has shipped (existing databases already ran it).
// Every table that holds article data carries article_id and has it in its primary key, so the same schema
// distributes on Citus by article_id with events, records, quotes and actors co-located (docs/scaling.md).
import type { PoolClient } from 'pg';

export interface Migration {
  readonly version: number;
  readonly description: string;
  readonly sql: string;
}

/** Ids, codes and dates compare as bytes (COLLATE "C"), like SQLite, so order and prefix ranges agree. */
export const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    description: 'articles, events (tsvector + GIN over sentences), quotes, article actors',
    sql: `
      CREATE TABLE articles (
        id text COLLATE "C" PRIMARY KEY,
        date text COLLATE "C",
        title text,
        url text,
        source text,
        text text NOT NULL,
        tone float8 NOT NULL,
        diagnostics text NOT NULL,            -- JSON array of Diagnostic
        content_hash text NOT NULL,
        dictionary_version text NOT NULL,
        stored_at timestamptz NOT NULL
      );
      CREATE INDEX articles_date ON articles (date, id);

      -- Slim rows: the columns filters, ordering and aggregates read. Keyed by (article_id, position).
      CREATE TABLE events (
        article_id text COLLATE "C" NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
        position int NOT NULL,
        id text NOT NULL,
        date text COLLATE "C",                -- event date, else the article date
        source_code text COLLATE "C",
        source_key text,                      -- folded canonical name (actor-match.ts)
        target_code text COLLATE "C",
        target_key text,
        cameo text COLLATE "C" NOT NULL,
        plover text COLLATE "C",
        modality text NOT NULL,
        quad_class int NOT NULL,
        goldstein float8 NOT NULL,
        -- to_tsvector('simple', folded tokens), see fts.ts. On the slim table, not with the sentence: a GIN
        -- match is rechecked on the heap, and here the matching rows sit on 7x fewer pages (--text count over
        -- 25,000 of 200,000 events: 2 s with the vector in event_records).
        search tsvector NOT NULL,
        PRIMARY KEY (article_id, position)
      );
      CREATE INDEX events_search ON events USING gin (search);
      CREATE INDEX events_dyad ON events (source_code, target_code, date, article_id, position);
      CREATE INDEX events_target ON events (target_code, date, article_id, position);
      CREATE INDEX events_date ON events (date, article_id, position);
      CREATE INDEX events_cameo ON events (cameo, date, article_id, position);

      CREATE TABLE event_records (
        article_id text COLLATE "C" NOT NULL,
        position int NOT NULL,
        sentence text NOT NULL,
        record text NOT NULL,                 -- the Event JSON, byte for byte
        PRIMARY KEY (article_id, position),
        FOREIGN KEY (article_id, position) REFERENCES events (article_id, position) ON DELETE CASCADE
      );

      CREATE TABLE quotes (
        article_id text COLLATE "C" NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
        position int NOT NULL,
        text_key text NOT NULL,
        speaker_code text COLLATE "C",
        speaker_key text,
        record text NOT NULL,
        PRIMARY KEY (article_id, position)
      );
      CREATE INDEX quotes_speaker ON quotes (speaker_code);

      CREATE TABLE article_actors (
        article_id text COLLATE "C" NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
        position int NOT NULL,
        code text COLLATE "C" NOT NULL,
        name text COLLATE "C" NOT NULL,
        name_key text NOT NULL,
        type text NOT NULL,
        country text,
        sector text,
        actor_id text,
        mentions int NOT NULL,
        record text NOT NULL,
        PRIMARY KEY (article_id, position)
      );
      CREATE INDEX article_actors_code ON article_actors (code, name_key);
      CREATE INDEX article_actors_name ON article_actors (name_key);
    `,
  },
  {
    version: 2,
    description: 'ingest job queue for multi-process ingestion (SKIP LOCKED, leases)',
    sql: `
      CREATE TABLE ingest_jobs (
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        origin text NOT NULL,                 -- where the article was read ("file:line")
        article text NOT NULL,                -- the Article JSON
        content_hash text NOT NULL,
        diagnostics text NOT NULL,            -- ingest diagnostics JSON, kept with the result
        state text NOT NULL DEFAULT 'queued' CHECK (state IN ('queued', 'running', 'done', 'failed')),
        attempts int NOT NULL DEFAULT 0,
        worker text,
        lease_until timestamptz,
        error text,
        enqueued_at timestamptz NOT NULL DEFAULT now(),
        finished_at timestamptz
      );
      -- Only unfinished jobs are ever searched for work; done ones stay out of this index.
      CREATE INDEX ingest_jobs_open ON ingest_jobs (id) WHERE state IN ('queued', 'running');
    `,
  },
  {
    version: 3,
    description: 'covering index for dyad-day sums (dyadDays)',
    sql: `
      CREATE INDEX events_dyad_days ON events (modality, source_code, target_code, date) INCLUDE (quad_class, goldstein);
    `,
  },
  {
    version: 4,
    description: 'dyad sides and mention day on events, indexes for the server aggregates and actor roles',
    // As SQLite's migration 3: the sides are actorKey (src/aggregate/dyads.ts), written by rows.ts for new rows
    // and spelled in SQL here for the rows stored before; the day is mentionDate.
    sql: `
      ALTER TABLE events ADD COLUMN source_side text COLLATE "C", ADD COLUMN target_side text COLLATE "C",
        ADD COLUMN day text COLLATE "C";
      UPDATE events e SET
        source_side = ${sideSql('e.source_code', "r.record::jsonb -> 'source' ->> 'country'")},
        target_side = ${sideSql('e.target_code', "r.record::jsonb -> 'target' ->> 'country'")},
        day = CASE WHEN a.date IS NOT NULL AND e.date > a.date THEN a.date ELSE e.date END
      FROM event_records r, articles a
      WHERE r.article_id = e.article_id AND r.position = e.position AND a.id = e.article_id;
      CREATE INDEX events_sides ON events (source_side, target_side, modality, date, article_id, position)
        INCLUDE (day, quad_class);
      CREATE INDEX events_day ON events (day, modality) INCLUDE (quad_class);
      CREATE INDEX events_source_role ON events (source_code, modality, source_key, day);
      CREATE INDEX events_target_role ON events (target_code, modality, target_key, day);
      -- queryActors groups article actors by (code, name key) from this index alone (an index-only scan).
      CREATE INDEX article_actors_stats ON article_actors (code, name_key, article_id)
        INCLUDE (mentions, name, type, country, sector, actor_id);
      DROP INDEX article_actors_code;
    `,
  },
  {
    version: 5,
    description: 'derived results per pair of states (the server reads them), dirty marks, story rows and chunks',
    // As SQLite's migration 4. Not keyed by article_id: derived tables are small and stay on the coordinator.
    sql: `
      CREATE TABLE pair_results (
        source text COLLATE "C" NOT NULL,
        target text COLLATE "C" NOT NULL,
        stamp text NOT NULL,                  -- what the result was built from (format, report range)
        summary text NOT NULL,                -- JSON: alerts and the last week's index of both directions
        views bytea NOT NULL,                 -- deflated JSON: the two dyad views
        counts bytea NOT NULL,                -- deflated JSON: story counts per event id
        PRIMARY KEY (source, target)
      );
      CREATE TABLE pair_dirty (
        source text COLLATE "C" NOT NULL,
        target text COLLATE "C" NOT NULL,
        mark text NOT NULL,                   -- renewed by every save that touches the pair
        PRIMARY KEY (source, target)
      );
      CREATE TABLE pair_stories (
        source text COLLATE "C" NOT NULL,     -- the pair
        target text COLLATE "C" NOT NULL,
        seq int NOT NULL,
        story_source text COLLATE "C" NOT NULL,
        story_target text COLLATE "C" NOT NULL,
        first_date text COLLATE "C" NOT NULL,
        article_id text COLLATE "C" NOT NULL, -- of the first mention: the rest of the newest-first order
        sentence_index int NOT NULL,
        event_id text COLLATE "C" NOT NULL,
        chunk int NOT NULL,
        byte_start int NOT NULL,              -- byte range of the story's JSON in the inflated chunk
        byte_end int NOT NULL,
        PRIMARY KEY (source, target, seq)
      );
      CREATE INDEX pair_stories_order ON pair_stories (first_date, article_id, sentence_index, event_id);
      CREATE TABLE pair_story_chunks (
        source text COLLATE "C" NOT NULL,
        target text COLLATE "C" NOT NULL,
        chunk int NOT NULL,
        data bytea NOT NULL,                  -- deflated JSON texts of consecutive stories
        PRIMARY KEY (source, target, chunk)
      );
    `,
  },
];

/** actorKey (src/aggregate/dyads.ts) in PostgreSQL SQL, for the backfill of migration 4. */
function sideSql(code: string, country: string): string {
  return `CASE WHEN ${code} IS NULL THEN NULL
    WHEN upper(${code}) LIKE 'IGO%' THEN upper(${code})
    WHEN ${country} ~ '^[A-Z]{3}$' THEN ${country}
    WHEN upper(${code}) ~ '^[A-Z]{3}' THEN left(upper(${code}), 3)
    ELSE NULL END`;
}

export const SCHEMA_VERSION = MIGRATIONS.reduce((max, m) => Math.max(max, m.version), 0);

/** Any constant: the advisory lock that makes concurrent openers (several workers) migrate one at a time. */
const MIGRATION_LOCK = 7_420_611;

/** The schema version of the database, 0 when it has no detente schema. */
export async function schemaVersion(client: PoolClient): Promise<number> {
  const exists = await client.query<{ t: string | null }>(`SELECT to_regclass('schema_migrations')::text AS t`);
  if (exists.rows[0]?.t === null || exists.rows[0] === undefined) return 0;
  const row = await client.query<{ v: number | null }>('SELECT max(version) AS v FROM schema_migrations');
  return row.rows[0]?.v ?? 0;
}

/** Applies the missing migrations in one transaction, under an advisory lock. */
export async function migrate(client: PoolClient): Promise<number> {
  await client.query('BEGIN');
  try {
    await client.query('SELECT pg_advisory_xact_lock($1)', [MIGRATION_LOCK]);
    await client.query(`CREATE TABLE IF NOT EXISTS schema_migrations (
      version int PRIMARY KEY, description text NOT NULL, applied_at timestamptz NOT NULL DEFAULT now())`);
    const current = await schemaVersion(client);
    if (current > SCHEMA_VERSION) {
      throw new Error(
        `database schema version ${current} is newer than this detente (knows up to ${SCHEMA_VERSION}): upgrade detente`,
      );
    }
    for (const migration of MIGRATIONS) {
      if (migration.version <= current) continue;
      await client.query(migration.sql);
      await client.query('INSERT INTO schema_migrations (version, description) VALUES ($1, $2)', [
        migration.version,
        migration.description,
      ]);
    }
    await client.query('COMMIT');
  } catch (error) {
    await client.query('ROLLBACK');
    throw error;
  }
  return SCHEMA_VERSION;
}
