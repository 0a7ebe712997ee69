// The SQLite Store (better-sqlite3): WAL, synchronous=NORMAL, one transaction per batch, FTS5 over sentences.
// better-sqlite3 is synchronous; the async methods only keep the contract shared with networked backends.
import { existsSync } from 'node:fs';
import Database from 'better-sqlite3';
import { nameKey } from '../actor-match.ts';
import type {
  ActorFilter,
  ActorStats,
  ArticleKey,
  ArticleRef,
  EventFilter,
  QuoteFilter,
  Store,
  StoreCounts,
  StoredArticle,
  StoredEvent,
  StoredQuote,
  StoreEntry,
} from '../store.ts';
import type { ActorSummary, ActorType, Diagnostic, Event, Quote } from '../../types.ts';
import { actorClause, and, eventWhere, page, quoteWhere, type SqlValue, type Where } from './filters.ts';
import { migrate, SCHEMA_VERSION } from './migrations.ts';

export interface SqliteStoreOptions {
  /** Open an existing database without writing (no migrations); queries only. */
  readonly readonly?: boolean;
}

interface ArticleRow {
  id: string;
  date: string | null;
  title: string | null;
  url: string | null;
  source: string | null;
  text: string;
  tone: number;
  diagnostics: string;
  content_hash: string;
  dictionary_version: string;
}

interface JoinedRow {
  record: string;
  position: number;
  a_id: string;
  a_date: string | null;
  a_title: string | null;
  a_url: string | null;
  a_source: string | null;
}

interface ActorStatsRow {
  code: string;
  name: string;
  type: string;
  country: string | null;
  sector: string | null;
  actor_id: string | null;
  articles: number;
  mentions: number;
  as_source: number;
  as_target: number;
}

const ARTICLE_REF_COLUMNS = 'a.id AS a_id, a.date AS a_date, a.title AS a_title, a.url AS a_url, a.source AS a_source';

function articleRef(row: JoinedRow): ArticleRef {
  return { id: row.a_id, date: row.a_date, title: row.a_title, url: row.a_url, source: row.a_source };
}

/** SQLite has no IN-list binding for arrays; keep each lookup well under its 32766 parameter limit. */
const LOOKUP_CHUNK = 500;

export function openSqliteStore(path: string, options: SqliteStoreOptions = {}): Store {
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
    // Bulk loads touch index pages all over the file: a 64 MB page cache (default 2 MB) and a checkpoint every
    // ~40 MB of WAL (default 4 MB) mean fewer re-reads and fewer fsyncs; both are bounded, and the last
    // connection to close checkpoints and removes the WAL.
    db.pragma('cache_size = -65536');
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

  const insertArticle = db.prepare(`
    INSERT INTO articles (id, date, title, url, source, text, tone, diagnostics, content_hash, dictionary_version,
                          stored_at)
    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`);
  const insertEvent = db.prepare(`
    INSERT INTO events (article_id, position, id, date, source_code, source_key, target_code, target_key, cameo,
                        plover, modality, quad_class, goldstein)
    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`);
  const insertEventRecord = db.prepare('INSERT INTO event_records (row, sentence, record) VALUES (?, ?, ?)');
  const insertQuote = db.prepare(`
    INSERT INTO quotes (article_id, position, text_key, speaker_code, speaker_key, record) VALUES (?, ?, ?, ?, ?, ?)`);
  const insertActor = db.prepare(`
    INSERT INTO article_actors (article_id, position, code, name, name_key, type, country, sector, actor_id, mentions,
                                record)
    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`);
  // External-content FTS needs the old text to remove an entry, so this runs before the rows are deleted.
  const unindexArticleEvents = db.prepare(`
    INSERT INTO events_fts (events_fts, rowid, sentence)
    SELECT 'delete', r.row, r.sentence FROM events e JOIN event_records r ON r.row = e.row WHERE e.article_id = ?`);
  const deleteArticle = db.prepare('DELETE FROM articles WHERE id = ?'); // children go by ON DELETE CASCADE
  const maxEventRow = db.prepare('SELECT coalesce(max(row), 0) AS m FROM events').pluck();
  const indexEventsAfter = db.prepare(
    'INSERT INTO events_fts (rowid, sentence) SELECT row, sentence FROM event_records WHERE row > ?',
  );
  const selectArticle = db.prepare<[string], ArticleRow>('SELECT * FROM articles WHERE id = ?');
  const selectRecords = (table: 'quotes' | 'article_actors') =>
    db.prepare<[string], string>(`SELECT record FROM ${table} WHERE article_id = ? ORDER BY position`).pluck();
  const selectEventRecords = db
    .prepare<[string], string>(
      'SELECT r.record FROM events e JOIN event_records r ON r.row = e.row WHERE e.article_id = ? ORDER BY e.position',
    )
    .pluck();
  const selectQuoteRecords = selectRecords('quotes');
  const selectActorRecords = selectRecords('article_actors');

  const selectCodesNamed = db
    .prepare<[string], string>('SELECT DISTINCT code FROM article_actors WHERE name_key = ?')
    .pluck();
  const codesNamed = (key: string): string[] => selectCodesNamed.all(key);

  const save = db.transaction((batch: readonly StoreEntry[]) => {
    // Last entry per id wins, so one batch never inserts an article twice.
    const latest = new Map<string, StoreEntry>();
    for (const entry of batch) latest.set(entry.result.id, entry);
    for (const id of latest.keys()) {
      unindexArticleEvents.run(id);
      deleteArticle.run(id);
    }
    // Deletes come first, so every event row inserted below gets a row number above this one.
    const before = Number(maxEventRow.get());
    const storedAt = new Date().toISOString();
    for (const entry of latest.values()) writeEntry(entry, storedAt);
    indexEventsAfter.run(before);
  });

  function writeEntry({ article, result, contentHash, dictionaryVersion }: StoreEntry, storedAt: string): void {
    if (article.id !== result.id) throw new Error(`article id ${article.id} differs from result id ${result.id}`);
    insertArticle.run(
      result.id,
      result.date,
      result.title,
      result.url,
      result.source,
      article.text,
      result.tone,
      JSON.stringify(result.diagnostics),
      contentHash,
      dictionaryVersion,
      storedAt,
    );
    result.events.forEach((e, position) => {
      const { lastInsertRowid } = insertEvent.run(
        result.id,
        position,
        e.id,
        e.date ?? result.date,
        e.source?.code ?? null,
        e.source ? nameKey(e.source.name) : null,
        e.target?.code ?? null,
        e.target ? nameKey(e.target.name) : null,
        e.cameo,
        e.plover?.toUpperCase() ?? null,
        e.modality,
        e.quadClass,
        e.goldstein,
      );
      insertEventRecord.run(lastInsertRowid, e.sentence, JSON.stringify(e));
    });
    result.quotes.forEach((q, position) => {
      insertQuote.run(
        result.id,
        position,
        nameKey(q.text),
        q.speaker?.code ?? null,
        q.speaker ? nameKey(q.speaker.name) : null,
        JSON.stringify(q),
      );
    });
    result.actors.forEach((a, position) => {
      insertActor.run(
        result.id,
        position,
        a.code,
        a.name,
        nameKey(a.name),
        a.type,
        a.country,
        a.sector,
        a.id,
        a.mentions,
        JSON.stringify(a),
      );
    });
  }

  function unchanged(keys: readonly ArticleKey[]): Set<string> {
    const found = new Set<string>();
    for (let i = 0; i < keys.length; i += LOOKUP_CHUNK) {
      const chunk = keys.slice(i, i + LOOKUP_CHUNK);
      const rows = db
        .prepare<string[], { id: string; content_hash: string; dictionary_version: string }>(
          `SELECT id, content_hash, dictionary_version FROM articles WHERE id IN (${chunk.map(() => '?').join(',')})`,
        )
        .all(...chunk.map((k) => k.id));
      const stored = new Map(rows.map((r) => [r.id, r]));
      for (const key of chunk) {
        const row = stored.get(key.id);
        if (row && row.content_hash === key.contentHash && row.dictionary_version === key.dictionaryVersion) {
          found.add(key.id);
        }
      }
    }
    return found;
  }

  /**
   * Dated events first, in date order, then undated ones in article order. Two queries rather than one
   * `ORDER BY date IS NULL, date`: each of them walks the (date, article_id, position) index in either
   * direction and stops at the page, where the single query sorted every matching row (170 ms at 200k events).
   */
  function eventRows(filter: EventFilter): StoredEvent[] {
    const where = eventWhere(filter, codesNamed);
    if (where === null) return [];
    const { limit, offset } = page(filter.limit, filter.offset);
    const dir = filter.order === 'desc' ? 'DESC' : 'ASC';
    // The inner query pages over slim index entries; only the rows on the page are joined to their records.
    // CROSS JOIN pins that order: with a bound LIMIT the planner otherwise scanned all events to skip a sort.
    const select = (condition: string, order: string, rowLimit: number, rowOffset: number) =>
      db
        .prepare<SqlValue[], JoinedRow>(
          `SELECT r.record, e.position, ${ARTICLE_REF_COLUMNS}
           FROM (SELECT e.row FROM events e ${and(where, condition)} ORDER BY ${order} LIMIT ? OFFSET ?) p
           CROSS JOIN events e ON e.row = p.row
           CROSS JOIN event_records r ON r.row = e.row
           CROSS JOIN articles a ON a.id = e.article_id
           ORDER BY ${order}`,
        )
        .all(...where.params, rowLimit, rowOffset);
    const rows = select('e.date IS NOT NULL', `e.date ${dir}, e.article_id ${dir}, e.position ${dir}`, limit, offset);
    if (limit === -1 || rows.length < limit) {
      // The page runs past the dated events: continue with the undated ones.
      const undatedOffset =
        rows.length > 0 || offset === 0 ? 0 : Math.max(0, offset - countWhere(where, 'e.date IS NOT NULL'));
      const rest = limit === -1 ? -1 : limit - rows.length;
      rows.push(...select('e.date IS NULL', 'e.article_id, e.position', rest, undatedOffset));
    }
    return rows.map((row) => ({ event: JSON.parse(row.record) as Event, article: articleRef(row) }));
  }

  function countWhere(where: Where, condition?: string): number {
    const sql = condition === undefined ? where.sql : and(where, condition);
    return Number(
      db
        .prepare<SqlValue[], number>(`SELECT count(*) FROM events e ${sql}`)
        .pluck()
        .get(...where.params),
    );
  }

  function quoteRows(filter: QuoteFilter): StoredQuote[] {
    const where = quoteWhere(filter, codesNamed);
    const limit = page(filter.limit, filter.offset);
    const rows = db
      .prepare<SqlValue[], JoinedRow>(
        `SELECT q.record, q.position, ${ARTICLE_REF_COLUMNS}
         FROM quotes q JOIN articles a ON a.id = q.article_id
         ${where.sql}
         ORDER BY a.date IS NULL, a.date, q.article_id, q.position
         LIMIT ? OFFSET ?`,
      )
      .all(...where.params, limit.limit, limit.offset);
    return rows.map((row) => ({
      quote: JSON.parse(row.record) as Quote,
      index: row.position,
      article: articleRef(row),
    }));
  }

  function actorRows(filter: ActorFilter): ActorStats[] {
    const params: SqlValue[] = [];
    const where =
      filter.actor === undefined ? '' : `WHERE ${actorClause('code', 'name_key', filter.actor, params, codesNamed)}`;
    const limit = page(filter.limit, filter.offset);
    // Event roles count asserted events only, like every aggregate (negated/hypothetical ones did not happen).
    // One pass over the slim events table for both roles, grouped once.
    const rows = db
      .prepare<SqlValue[], ActorStatsRow>(
        `WITH actors AS (
           SELECT code, name_key, max(name) AS name, max(type) AS type, max(country) AS country,
                  max(sector) AS sector, max(actor_id) AS actor_id,
                  count(DISTINCT article_id) AS articles, sum(mentions) AS mentions
           FROM article_actors ${where}
           GROUP BY code, name_key
           ORDER BY mentions DESC, code, name
           LIMIT ? OFFSET ?
         ),
         roles AS (
           SELECT source_code AS code, source_key AS name_key, 1 AS s, 0 AS t FROM events
           WHERE modality = 'asserted' AND source_code IN (SELECT code FROM actors)
           UNION ALL
           SELECT target_code, target_key, 0, 1 FROM events
           WHERE modality = 'asserted' AND target_code IN (SELECT code FROM actors)
         ),
         counted AS (SELECT code, name_key, sum(s) AS s, sum(t) AS t FROM roles GROUP BY code, name_key)
         SELECT a.code, a.name, a.type, a.country, a.sector, a.actor_id, a.articles, a.mentions,
                coalesce(c.s, 0) AS as_source, coalesce(c.t, 0) AS as_target
         FROM actors a LEFT JOIN counted c ON c.code = a.code AND c.name_key = a.name_key
         ORDER BY a.mentions DESC, a.code, a.name`,
      )
      .all(...params, limit.limit, limit.offset);
    return rows.map((r) => ({
      code: r.code,
      name: r.name,
      type: r.type as ActorType,
      country: r.country,
      sector: r.sector,
      id: r.actor_id,
      articles: r.articles,
      mentions: r.mentions,
      asSource: r.as_source,
      asTarget: r.as_target,
    }));
  }

  function article(id: string): StoredArticle | null {
    const row = selectArticle.get(id);
    if (row === undefined) return null;
    const parse = <T>(records: string[]): T[] => records.map((r) => JSON.parse(r) as T);
    return {
      article: { id: row.id, date: row.date, title: row.title, url: row.url, source: row.source, text: row.text },
      result: {
        id: row.id,
        date: row.date,
        title: row.title,
        url: row.url,
        source: row.source,
        tone: row.tone,
        events: parse<Event>(selectEventRecords.all(id)),
        quotes: parse<Quote>(selectQuoteRecords.all(id)),
        actors: parse<ActorSummary>(selectActorRecords.all(id)),
        diagnostics: JSON.parse(row.diagnostics) as Diagnostic[],
      },
      contentHash: row.content_hash,
      dictionaryVersion: row.dictionary_version,
    };
  }

  function count(table: string): number {
    return Number(db.prepare(`SELECT count(*) FROM ${table}`).pluck().get());
  }

  return {
    async saveArticles(batch) {
      if (batch.length > 0) save(batch);
    },
    async hasArticle(key) {
      return unchanged([key]).has(key.id);
    },
    async unchangedArticles(keys) {
      return unchanged(keys);
    },
    async getArticle(id) {
      return article(id);
    },
    async queryEvents(filter = {}) {
      return eventRows(filter);
    },
    async countEvents(filter = {}) {
      const where = eventWhere(filter, codesNamed);
      return where === null ? 0 : countWhere(where);
    },
    async queryQuotes(filter = {}) {
      return quoteRows(filter);
    },
    async queryActors(filter = {}) {
      return actorRows(filter);
    },
    async counts(): Promise<StoreCounts> {
      return {
        articles: count('articles'),
        events: count('events'),
        quotes: count('quotes'),
        articleActors: count('article_actors'),
      };
    },
    async close() {
      if (!db.open) return;
      // Lets SQLite refresh the planner statistics it finds stale; cheap, and keeps index choices good.
      if (!options.readonly) db.pragma('optimize');
      db.close();
    },
  };
}
