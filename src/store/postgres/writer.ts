// Writing a batch to PostgreSQL inside the caller's transaction: articles upserted, their old children deleted,
// then one INSERT … SELECT FROM unnest(arrays) per table, so a batch costs a fixed number of statements.
import { randomUUID } from 'node:crypto';
import type { PoolClient } from 'pg';
import { nameKey } from '../actor-match.ts';
import type { StoreEntry } from '../store.ts';
import { EVENT_COLUMNS, eventColumns } from '../rows.ts';
import { searchDocument } from './fts.ts';

/** One array per column, in the order of the INSERT's unnest(): rows are pushed, arrays are sent. */
class Columns {
  readonly arrays: unknown[][];
  constructor(count: number) {
    this.arrays = Array.from({ length: count }, () => []);
  }
  push(...values: unknown[]): void {
    if (values.length !== this.arrays.length) throw new Error(`expected ${this.arrays.length} values`);
    values.forEach((value, i) => this.arrays[i]?.push(value));
  }
  get size(): number {
    return this.arrays[0]?.length ?? 0;
  }
  /**
   * The arrays as query parameters. Columns listed in `asJson` (the bulky text: article text, sentences, JSON
   * records) are sent as one JSON string each and unpacked by `jsonArray()`: pg encodes a text[] parameter
   * element by element, escaping every quote, which took longer than the whole INSERT (measured: 0.3–0.6 s of
   * client time for 1.7 MB of event records, against 0.1–0.2 s for the same data as JSON).
   */
  params(asJson: readonly number[]): unknown[] {
    return this.arrays.map((values, i) => (asJson.includes(i) ? JSON.stringify(values) : values));
  }
}

/** SQL for a text[] sent as a JSON array string in parameter `$n` (see Columns.params). */
const jsonArray = (n: number) => `ARRAY(SELECT json_array_elements_text($${n}::json))`;

/** The entries to write: the last one per id wins, so one batch never inserts an article twice. */
export function latestPerId(batch: readonly StoreEntry[]): StoreEntry[] {
  const latest = new Map<string, StoreEntry>();
  for (const entry of batch) {
    const { article, result } = entry;
    if (article.id !== result.id) throw new Error(`article id ${article.id} differs from result id ${result.id}`);
    latest.set(result.id, entry);
  }
  return [...latest.values()].sort((x, y) => (x.result.id < y.result.id ? -1 : x.result.id > y.result.id ? 1 : 0));
}

/** Writes the batch with `client`, which must be inside a transaction (the caller commits or rolls back). */
export async function writeBatch(client: PoolClient, batch: readonly StoreEntry[]): Promise<void> {
  const entries = latestPerId(batch);
  if (entries.length === 0) return;
  // Like SQLite's synchronous=NORMAL: the commit does not wait for the WAL flush. A server crash can lose the
  // last few batches (never half of one); re-running ingest, or the job queue's lease, redoes exactly those.
  await client.query('SET LOCAL synchronous_commit = off');
  const a = new Columns(10);
  const e = new Columns(17);
  const r = new Columns(4);
  const q = new Columns(6);
  const ac = new Columns(11);
  for (const { article, result, contentHash, dictionaryVersion } of entries) {
    const id = result.id;
    a.push(
      id,
      result.date,
      result.title,
      result.url,
      result.source,
      article.text,
      result.tone,
      JSON.stringify(result.diagnostics),
      contentHash,
      dictionaryVersion,
    );
    result.events.forEach((ev, position) => {
      e.push(id, position, ev.id, ...eventColumns(ev, result.date), searchDocument(ev.sentence));
      r.push(id, position, ev.sentence, JSON.stringify(ev));
    });
    result.quotes.forEach((qu, position) => {
      q.push(
        id,
        position,
        nameKey(qu.text),
        qu.speaker?.code ?? null,
        qu.speaker ? nameKey(qu.speaker.name) : null,
        JSON.stringify(qu),
      );
    });
    result.actors.forEach((act, position) => {
      ac.push(
        id,
        position,
        act.code,
        act.name,
        nameKey(act.name),
        act.type,
        act.country,
        act.sector,
        act.id,
        act.mentions,
        JSON.stringify(act),
      );
    });
  }
  // Upsert, not delete-then-insert: two writers saving the same new article would both find nothing to
  // delete and then collide on the key. ON CONFLICT makes the second wait for the first's row lock and then
  // update; rows are written in id order so two batches lock shared ids in the same order (no deadlock).
  await client.query(
    `INSERT INTO articles (id, date, title, url, source, text, tone, diagnostics, content_hash, dictionary_version,
                           stored_at)
     SELECT *, now() FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], ${jsonArray(6)},
                                 $7::float8[], $8::text[], $9::text[], $10::text[])
     ON CONFLICT (id) DO UPDATE SET date = excluded.date, title = excluded.title, url = excluded.url,
       source = excluded.source, text = excluded.text, tone = excluded.tone, diagnostics = excluded.diagnostics,
       content_hash = excluded.content_hash, dictionary_version = excluded.dictionary_version,
       stored_at = excluded.stored_at`,
    a.params([5]),
  );
  // The article rows are locked now: replace their children (event_records go with events by cascade).
  const ids = a.arrays[0] ?? [];
  const before = await pairsOf(client, ids);
  for (const table of ['events', 'quotes', 'article_actors']) {
    await client.query(`DELETE FROM ${table} WHERE article_id = ANY($1::text[])`, [ids]);
  }
  if (e.size > 0) {
    await client.query(
      `INSERT INTO events (article_id, position, id, ${EVENT_COLUMNS.join(', ')}, search)
       SELECT aid, pos, id, date, sc, sk, tc, tk, cameo, plover, modality, qc, gs, ss, ts, day,
              to_tsvector('simple', doc)
       FROM unnest($1::text[], $2::int[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[],
                   $8::text[], $9::text[], $10::text[], $11::text[], $12::int[], $13::float8[], $14::text[],
                   $15::text[], $16::text[], ${jsonArray(17)})
            AS u (aid, pos, id, date, sc, sk, tc, tk, cameo, plover, modality, qc, gs, ss, ts, day, doc)`,
      e.params([16]),
    );
    await client.query(
      `INSERT INTO event_records (article_id, position, sentence, record)
       SELECT * FROM unnest($1::text[], $2::int[], ${jsonArray(3)}, ${jsonArray(4)})`,
      r.params([2, 3]),
    );
  }
  await markPairs(client, [...before, ...(e.size > 0 ? await pairsOf(client, ids) : [])]);
  if (q.size > 0) {
    await client.query(
      `INSERT INTO quotes (article_id, position, text_key, speaker_code, speaker_key, record)
       SELECT * FROM unnest($1::text[], $2::int[], $3::text[], $4::text[], $5::text[], ${jsonArray(6)})`,
      q.params([5]),
    );
  }
  if (ac.size > 0) {
    await client.query(
      `INSERT INTO article_actors (article_id, position, code, name, name_key, type, country, sector, actor_id,
                                   mentions, record)
       SELECT * FROM unnest($1::text[], $2::int[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[],
                            $8::text[], $9::text[], $10::int[], ${jsonArray(11)})`,
      ac.params([10]),
    );
  }
}

/**
 * The pairs of states (sides sorted) of the articles' asserted events with two different sides: those whose
 * derived results a save changes (src/server/pair-refresh.ts), before and after it.
 */
async function pairsOf(client: PoolClient, ids: readonly unknown[]): Promise<[string, string][]> {
  const { rows } = await client.query<{ s: string; t: string }>(
    `SELECT DISTINCT least(source_side, target_side) AS s, greatest(source_side, target_side) AS t FROM events
     WHERE article_id = ANY($1::text[]) AND modality = 'asserted' AND source_side IS NOT NULL
       AND target_side IS NOT NULL AND source_side <> target_side`,
    [ids],
  );
  return rows.map((r) => [r.s, r.t]);
}

/**
 * Marks the pairs dirty with a new mark (a build that read the old one cannot clear it), in one statement and
 * in key order, so two concurrent batches lock shared pairs in the same order (no deadlock).
 */
async function markPairs(client: PoolClient, pairs: readonly [string, string][]): Promise<void> {
  const unique = [...new Map(pairs.map((p) => [`${p[0]}\0${p[1]}`, p])).entries()]
    .sort(([x], [y]) => (x < y ? -1 : x > y ? 1 : 0))
    .map(([, p]) => p);
  if (unique.length === 0) return;
  await client.query(
    `INSERT INTO pair_dirty (source, target, mark)
     SELECT s, t, $3 FROM unnest($1::text[], $2::text[]) WITH ORDINALITY AS u (s, t, n) ORDER BY n
     ON CONFLICT (source, target) DO UPDATE SET mark = excluded.mark`,
    [unique.map((p) => p[0]), unique.map((p) => p[1]), randomUUID()],
  );
}
