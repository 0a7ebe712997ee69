// Writing to the SQLite store: one transaction per batch, old rows replaced, FTS updated set-wise per batch.
import { randomUUID } from 'node:crypto';
import type Database from 'better-sqlite3';
import { nameKey } from '../actor-match.ts';
import type { StoreEntry } from '../store.ts';
import { EVENT_COLUMNS, eventColumns } from '../rows.ts';

export interface Writer {
  save(batch: readonly StoreEntry[]): void;
}

export function createWriter(db: Database.Database): Writer {
  const insertArticle = db.prepare(`
    INSERT INTO articles (id, date, title, url, source, text, tone, diagnostics, content_hash, dictionary_version,
                          stored_at)
    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`);
  const insertEvent = db.prepare(`
    INSERT INTO events (article_id, position, id, ${EVENT_COLUMNS.join(', ')})
    VALUES (?, ?, ?, ${EVENT_COLUMNS.map(() => '?').join(', ')})`);
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
  // Which of a batch's ids are stored already: one lookup for the batch, so new articles (nearly all of a first
  // ingest) skip the FTS unindex query and the cascading delete.
  const storedIds = db.prepare('SELECT id FROM articles WHERE id IN (SELECT value FROM json_each(?))').pluck();
  const maxEventRow = db.prepare('SELECT coalesce(max(row), 0) AS m FROM events').pluck();
  const indexEventsAfter = db.prepare(
    'INSERT INTO events_fts (rowid, sentence) SELECT row, sentence FROM event_records WHERE row > ?',
  );

  // The pairs of states whose derived results these events change (see src/server/pair-refresh.ts): asserted
  // events with two different sides, as dyadTotals counts them. The mark is renewed, not kept, so a build that
  // read the old mark before this save cannot clear it (savePairResult).
  const pairsOf = (where: string) =>
    db.prepare(`
      INSERT INTO pair_dirty (source, target, mark)
      SELECT DISTINCT min(source_side, target_side), max(source_side, target_side), ? FROM events
      WHERE ${where} AND modality = 'asserted' AND source_side IS NOT NULL AND target_side IS NOT NULL
        AND source_side <> target_side
      ON CONFLICT (source, target) DO UPDATE SET mark = excluded.mark`);
  const markArticlePairs = pairsOf('article_id = ?');
  const markPairsAfter = pairsOf('row > ?');

  const saveBatch = db.transaction((batch: readonly StoreEntry[]) => {
    const mark = randomUUID();
    // Last entry per id wins, so one batch never inserts an article twice.
    const latest = new Map<string, StoreEntry>();
    for (const entry of batch) latest.set(entry.result.id, entry);
    const stored = storedIds.all(JSON.stringify([...latest.keys()])) as string[];
    for (const id of stored) {
      markArticlePairs.run(mark, id);
      unindexArticleEvents.run(id);
      deleteArticle.run(id);
    }
    // Deletes come first, so every event row inserted below gets a row number above this one.
    const before = Number(maxEventRow.get());
    const storedAt = new Date().toISOString();
    for (const entry of latest.values()) writeEntry(entry, storedAt);
    indexEventsAfter.run(before);
    markPairsAfter.run(mark, before);
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
      const { lastInsertRowid } = insertEvent.run(result.id, position, e.id, ...eventColumns(e, result.date));
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

  // BEGIN IMMEDIATE takes the write lock up front: a deferred transaction that reads first could fail with
  // SQLITE_BUSY when another writer (a second ingest) commits in between, instead of waiting busy_timeout.
  return { save: (batch) => saveBatch.immediate(batch) };
}
