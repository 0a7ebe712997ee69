// The server's derived results per pair of states in SQLite: results, dirty marks, story rows and chunks
// (migration 4). The payloads are opaque here; src/server/pair-record.ts makes and reads them.
import type Database from 'better-sqlite3';
import type { DerivedPairState, DerivedStoryFilter, DerivedStoryRef, PairSave, PairSides } from '../store.ts';
import { pairState, STATES, type StateRow } from '../derived-states.ts';

export interface DerivedAccess {
  pairs(): DerivedPairState[];
  pair(pair: PairSides): DerivedPairState | null;
  payload(pair: PairSides, part: 'views' | 'counts'): Uint8Array | null;
  stories(filter: DerivedStoryFilter): { total: number; items: DerivedStoryRef[] };
  chunk(pair: PairSides, chunk: number): Uint8Array | null;
}

export interface DerivedWriter {
  save(saves: readonly PairSave[]): void;
}

/** The WHERE clause of a story filter: side prefixes compared as bytes (LIKE would fold case and read `_`). */
function storyWhere(filter: DerivedStoryFilter): { sql: string; params: unknown[] } {
  const parts: string[] = [];
  const params: unknown[] = [];
  for (const [column, prefix] of [
    ['story_source', filter.source],
    ['story_target', filter.target],
  ] as const) {
    if (prefix === undefined || prefix === '') continue;
    parts.push(`substr(${column}, 1, ?) = ?`);
    params.push(prefix.length, prefix);
  }
  if (filter.from !== undefined) {
    parts.push('first_date >= ?');
    params.push(filter.from);
  }
  if (filter.to !== undefined) {
    parts.push('first_date <= ?');
    params.push(filter.to);
  }
  return { sql: parts.length === 0 ? '' : `WHERE ${parts.join(' AND ')}`, params };
}

export function createDerivedAccess(db: Database.Database): DerivedAccess {
  const all = db.prepare(`${STATES} ORDER BY p.source, p.target`);
  const one = db.prepare(`${STATES} WHERE p.source = ? AND p.target = ?`);
  const views = db.prepare('SELECT views FROM pair_results WHERE source = ? AND target = ?').pluck();
  const counts = db.prepare('SELECT counts FROM pair_results WHERE source = ? AND target = ?').pluck();
  const chunk = db.prepare('SELECT data FROM pair_story_chunks WHERE source = ? AND target = ? AND chunk = ?').pluck();
  return {
    pairs: () => (all.all() as StateRow[]).map(pairState),
    pair(pair) {
      const row = one.get(pair.source, pair.target) as StateRow | undefined;
      return row === undefined ? null : pairState(row);
    },
    payload(pair, part) {
      const data = (part === 'views' ? views : counts).get(pair.source, pair.target) as Buffer | undefined;
      return data ?? null;
    },
    stories(filter) {
      const where = storyWhere(filter);
      const total = db
        .prepare(`SELECT count(*) FROM pair_stories ${where.sql}`)
        .pluck()
        .get(...where.params);
      const rows = db
        .prepare(
          `SELECT source, target, chunk, byte_start, byte_end FROM pair_stories ${where.sql}
           ORDER BY first_date DESC, article_id DESC, sentence_index DESC, event_id DESC LIMIT ? OFFSET ?`,
        )
        .all(...where.params, filter.limit, filter.offset) as {
        source: string;
        target: string;
        chunk: number;
        byte_start: number;
        byte_end: number;
      }[];
      return {
        total: Number(total),
        items: rows.map((r) => ({
          pair: { source: r.source, target: r.target },
          chunk: r.chunk,
          start: r.byte_start,
          end: r.byte_end,
        })),
      };
    },
    chunk: (pair, at) => (chunk.get(pair.source, pair.target, at) as Buffer | undefined) ?? null,
  };
}

/** better-sqlite3 binds Buffers, not plain Uint8Arrays. */
const asBuffer = (data: Uint8Array): Buffer =>
  Buffer.isBuffer(data) ? data : Buffer.from(data.buffer, data.byteOffset, data.byteLength);

export function createDerivedWriter(db: Database.Database): DerivedWriter {
  const upsert = db.prepare(`
    INSERT INTO pair_results (source, target, stamp, summary, views, counts) VALUES (?, ?, ?, ?, ?, ?)
    ON CONFLICT (source, target) DO UPDATE SET stamp = excluded.stamp, summary = excluded.summary,
      views = excluded.views, counts = excluded.counts`);
  const removeResult = db.prepare('DELETE FROM pair_results WHERE source = ? AND target = ?');
  const removeStories = db.prepare('DELETE FROM pair_stories WHERE source = ? AND target = ?');
  const removeChunks = db.prepare('DELETE FROM pair_story_chunks WHERE source = ? AND target = ?');
  const insertStory = db.prepare(`
    INSERT INTO pair_stories (source, target, seq, story_source, story_target, first_date, article_id,
                              sentence_index, event_id, chunk, byte_start, byte_end)
    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`);
  const insertChunk = db.prepare('INSERT INTO pair_story_chunks (source, target, chunk, data) VALUES (?, ?, ?, ?)');
  const clean = db.prepare('DELETE FROM pair_dirty WHERE source = ? AND target = ? AND mark = ?');
  const saveOne = ({ pair, result, seen }: PairSave) => {
    const { source, target } = pair;
    removeStories.run(source, target);
    removeChunks.run(source, target);
    if (result === null) removeResult.run(source, target);
    else {
      upsert.run(source, target, result.stamp, result.summary, asBuffer(result.views), asBuffer(result.counts));
      result.chunks.forEach((data, i) => insertChunk.run(source, target, i, asBuffer(data)));
      result.stories.forEach((s, seq) =>
        insertStory.run(
          source,
          target,
          seq,
          s.source,
          s.target,
          s.firstDate,
          s.articleId,
          s.sentenceIndex,
          s.eventId,
          s.chunk,
          s.start,
          s.end,
        ),
      );
    }
    if (seen !== null) clean.run(source, target, seen);
  };
  // Several pairs per transaction: each commit rewrites the story order index's pages it touched, and a small
  // pair touches as many pages as a big one.
  const save = db.transaction((saves: readonly PairSave[]) => saves.forEach(saveOne));
  return { save: (saves) => save.immediate(saves) };
}
