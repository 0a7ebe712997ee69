// The server's derived results per pair of states in PostgreSQL (migration 5): as src/store/sqlite/derived.ts.
import type pg from 'pg';
import type { DerivedPairState, DerivedStoryFilter, DerivedStoryRef, PairSave, PairSides } from '../store.ts';
import { pairState, STATES, type StateRow } from '../derived-states.ts';
import { inTransaction } from './connection.ts';

function storyWhere(filter: DerivedStoryFilter): { sql: string; params: unknown[] } {
  const parts: string[] = [];
  const params: unknown[] = [];
  const add = (sql: (n: number) => string, value: unknown) => {
    params.push(value);
    parts.push(sql(params.length));
  };
  // Prefixes compared as bytes (COLLATE "C" columns), as SQLite does.
  if (filter.source !== undefined && filter.source !== '')
    add((n) => `left(story_source, length($${n}::text)) = $${n}`, filter.source);
  if (filter.target !== undefined && filter.target !== '')
    add((n) => `left(story_target, length($${n}::text)) = $${n}`, filter.target);
  if (filter.from !== undefined) add((n) => `first_date >= $${n}`, filter.from);
  if (filter.to !== undefined) add((n) => `first_date <= $${n}`, filter.to);
  return { sql: parts.length === 0 ? '' : `WHERE ${parts.join(' AND ')}`, params };
}

export function createDerived(pool: pg.Pool) {
  return {
    async pairs(): Promise<DerivedPairState[]> {
      const { rows } = await pool.query<StateRow>(`${STATES} ORDER BY p.source, p.target`);
      return rows.map(pairState);
    },
    async pair(pair: PairSides): Promise<DerivedPairState | null> {
      const { rows } = await pool.query<StateRow>(`${STATES} WHERE p.source = $1 AND p.target = $2`, [
        pair.source,
        pair.target,
      ]);
      return rows[0] === undefined ? null : pairState(rows[0]);
    },
    async payload(pair: PairSides, part: 'views' | 'counts'): Promise<Uint8Array | null> {
      const column = part === 'views' ? 'views' : 'counts';
      const { rows } = await pool.query<{ data: Buffer }>(
        `SELECT ${column} AS data FROM pair_results WHERE source = $1 AND target = $2`,
        [pair.source, pair.target],
      );
      return rows[0]?.data ?? null;
    },
    async stories(filter: DerivedStoryFilter): Promise<{ total: number; items: DerivedStoryRef[] }> {
      const where = storyWhere(filter);
      const n = where.params.length;
      const [count, page] = await Promise.all([
        pool.query<{ n: string }>(`SELECT count(*) AS n FROM pair_stories ${where.sql}`, where.params),
        pool.query<{ source: string; target: string; chunk: number; byte_start: number; byte_end: number }>(
          `SELECT source, target, chunk, byte_start, byte_end FROM pair_stories ${where.sql}
           ORDER BY first_date DESC, article_id DESC, sentence_index DESC, event_id DESC
           LIMIT $${n + 1} OFFSET $${n + 2}`,
          [...where.params, filter.limit, filter.offset],
        ),
      ]);
      return {
        total: Number(count.rows[0]?.n ?? 0),
        items: page.rows.map((r) => ({
          pair: { source: r.source, target: r.target },
          chunk: r.chunk,
          start: r.byte_start,
          end: r.byte_end,
        })),
      };
    },
    async chunk(pair: PairSides, chunk: number): Promise<Uint8Array | null> {
      const { rows } = await pool.query<{ data: Buffer }>(
        'SELECT data FROM pair_story_chunks WHERE source = $1 AND target = $2 AND chunk = $3',
        [pair.source, pair.target, chunk],
      );
      return rows[0]?.data ?? null;
    },
    async save(saves: readonly PairSave[]): Promise<void> {
      // In key order: two builders saving overlapping pairs lock them in the same order (no deadlock).
      const sorted = [...saves].sort((a, b) => cmp(a.pair.source, b.pair.source) || cmp(a.pair.target, b.pair.target));
      await inTransaction(pool, async (client) => {
        for (const save of sorted) await saveOne(client, save);
      });
    },
  };
}

const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

async function saveOne(client: pg.PoolClient, { pair, result, seen }: PairSave): Promise<void> {
  const { source, target } = pair;
  {
    // The result row first: two builders saving the same pair take turns on its lock.
    if (result === null)
      await client.query('DELETE FROM pair_results WHERE source = $1 AND target = $2', [source, target]);
    else
      await client.query(
        `INSERT INTO pair_results (source, target, stamp, summary, views, counts) VALUES ($1, $2, $3, $4, $5, $6)
             ON CONFLICT (source, target) DO UPDATE SET stamp = excluded.stamp, summary = excluded.summary,
               views = excluded.views, counts = excluded.counts`,
        [source, target, result.stamp, result.summary, Buffer.from(result.views), Buffer.from(result.counts)],
      );
    await client.query('DELETE FROM pair_stories WHERE source = $1 AND target = $2', [source, target]);
    await client.query('DELETE FROM pair_story_chunks WHERE source = $1 AND target = $2', [source, target]);
    if (result !== null && result.chunks.length > 0) {
      await client.query(
        `INSERT INTO pair_story_chunks (source, target, chunk, data)
             SELECT $1, $2, n - 1, d FROM unnest($3::bytea[]) WITH ORDINALITY AS u (d, n)`,
        [source, target, result.chunks.map((c) => Buffer.from(c))],
      );
    }
    if (result !== null && result.stories.length > 0) {
      const s = result.stories;
      await client.query(
        `INSERT INTO pair_stories (source, target, seq, story_source, story_target, first_date, article_id,
                                       sentence_index, event_id, chunk, byte_start, byte_end)
             SELECT $1, $2, n - 1, ss, st, fd, aid, si, eid, c, b0, b1
             FROM unnest($3::text[], $4::text[], $5::text[], $6::text[], $7::int[], $8::text[], $9::int[],
                         $10::int[], $11::int[]) WITH ORDINALITY AS u (ss, st, fd, aid, si, eid, c, b0, b1, n)`,
        [
          source,
          target,
          s.map((x) => x.source),
          s.map((x) => x.target),
          s.map((x) => x.firstDate),
          s.map((x) => x.articleId),
          s.map((x) => x.sentenceIndex),
          s.map((x) => x.eventId),
          s.map((x) => x.chunk),
          s.map((x) => x.start),
          s.map((x) => x.end),
        ],
      );
    }
    if (seen !== null)
      await client.query('DELETE FROM pair_dirty WHERE source = $1 AND target = $2 AND mark = $3', [
        source,
        target,
        seen,
      ]);
  }
}
