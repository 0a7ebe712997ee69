// The ingest job queue on PostgreSQL: claim with FOR UPDATE SKIP LOCKED, a lease renewed by a heartbeat, and
// completion in the same transaction as the save, so a job is done exactly when its result is stored.
import type { Job, JobQueue, QueueStatus } from '../jobs.ts';
import type { StoreEntry } from '../store.ts';
import type { Article, Diagnostic } from '../../types.ts';
import { inTransaction, openPool } from './connection.ts';
import { createReader } from './reader.ts';
import { writeBatch } from './writer.ts';

/** A job that keeps killing its worker is given up after this many claims, not retried forever. */
export const MAX_ATTEMPTS = 3;

interface JobRow {
  id: string; // bigint
  origin: string;
  article: string;
  content_hash: string;
  diagnostics: string;
  attempts: number;
}

export async function openPostgresJobQueue(url: string): Promise<JobQueue> {
  const pool = await openPool(url, { maxConnections: 3 });
  const reader = createReader(pool);
  return {
    async enqueue(jobs) {
      if (jobs.length === 0) return 0;
      const result = await pool.query(
        `INSERT INTO ingest_jobs (origin, article, content_hash, diagnostics)
         SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::text[])`,
        [
          jobs.map((j) => j.origin),
          jobs.map((j) => JSON.stringify(j.article)),
          jobs.map((j) => j.contentHash),
          jobs.map((j) => JSON.stringify(j.diagnostics)),
        ],
      );
      return result.rowCount ?? 0;
    },

    async claim(worker, limit, leaseSeconds) {
      return inTransaction(pool, async (client) => {
        // Jobs whose workers died MAX_ATTEMPTS times are poison (or the workers are misconfigured): stop.
        await client.query(
          `UPDATE ingest_jobs SET state = 'failed', finished_at = now(), lease_until = NULL,
             error = 'gave up after ' || attempts || ' claims: each worker stopped before finishing it'
           WHERE state = 'running' AND lease_until < now() AND attempts >= $1`,
          [MAX_ATTEMPTS],
        );
        const { rows } = await client.query<JobRow>(
          `UPDATE ingest_jobs j SET state = 'running', worker = $1, attempts = j.attempts + 1,
             lease_until = now() + make_interval(secs => $2)
           FROM (SELECT id FROM ingest_jobs
                 WHERE state = 'queued' OR (state = 'running' AND lease_until < now())
                 ORDER BY id LIMIT $3 FOR UPDATE SKIP LOCKED) c
           WHERE j.id = c.id
           RETURNING j.id, j.origin, j.article, j.content_hash, j.diagnostics, j.attempts`,
          [worker, leaseSeconds, limit],
        );
        return rows
          .map((r): Job => ({
            id: Number(r.id),
            origin: r.origin,
            article: JSON.parse(r.article) as Article,
            contentHash: r.content_hash,
            diagnostics: JSON.parse(r.diagnostics) as Diagnostic[],
            attempts: r.attempts,
          }))
          .sort((a, b) => a.id - b.id);
      });
    },

    async renew(worker, jobIds, leaseSeconds) {
      if (jobIds.length === 0) return;
      await pool.query(
        `UPDATE ingest_jobs SET lease_until = now() + make_interval(secs => $3)
         WHERE id = ANY($2::bigint[]) AND worker = $1 AND state = 'running'`,
        [worker, jobIds, leaseSeconds],
      );
    },

    async complete(worker, outcomes) {
      if (outcomes.length === 0) return [];
      return inTransaction(pool, async (client) => {
        // Lock the jobs this worker still holds; any other worker's claim skips them from now on.
        const { rows } = await client.query<{ id: string }>(
          `SELECT id FROM ingest_jobs WHERE id = ANY($1::bigint[]) AND worker = $2 AND state = 'running'
           ORDER BY id FOR UPDATE`,
          [outcomes.map((o) => o.jobId), worker],
        );
        const held = new Set(rows.map((r) => Number(r.id)));
        const kept = outcomes.filter((o) => held.has(o.jobId));
        const entries: StoreEntry[] = [];
        for (const o of kept) if ('entry' in o) entries.push(o.entry);
        await writeBatch(client, entries);
        await client.query(
          `UPDATE ingest_jobs j SET state = u.state, error = u.error, finished_at = now(), lease_until = NULL
           FROM unnest($1::bigint[], $2::text[], $3::text[]) AS u (id, state, error) WHERE j.id = u.id`,
          [
            kept.map((o) => o.jobId),
            kept.map((o) => ('error' in o ? 'failed' : 'done')),
            kept.map((o) => ('error' in o ? o.error : null)),
          ],
        );
        return kept.map((o) => o.jobId);
      });
    },

    unchangedArticles: (keys) => reader.unchanged(keys),

    async status(): Promise<QueueStatus> {
      const { rows } = await pool.query<{ state: string; n: string }>(
        'SELECT state, count(*) AS n FROM ingest_jobs GROUP BY state',
      );
      const n = (state: string) => Number(rows.find((r) => r.state === state)?.n ?? 0);
      return { queued: n('queued'), running: n('running'), done: n('done'), failed: n('failed') };
    },

    close: () => pool.end(),
  };
}
