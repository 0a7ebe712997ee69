// The ingest job queue: articles waiting to be coded, shared by worker processes on any number of machines.
// Only the PostgreSQL backend has one (a SQLite file is not shared across machines).
import type { Article, Diagnostic } from '../types.ts';
import type { ArticleKey, StoreEntry } from './store.ts';

export interface NewJob {
  /** Where the article was read ("file:line"), for messages. */
  readonly origin: string;
  readonly article: Article;
  readonly contentHash: string;
  /** Diagnostics from reading the input, kept with the coded result. */
  readonly diagnostics: readonly Diagnostic[];
}

export interface Job extends NewJob {
  readonly id: number;
  /** 1 on the first claim; more when an earlier worker died holding it. */
  readonly attempts: number;
}

/** What a worker hands back for one claimed job. */
export type JobOutcome =
  | { readonly jobId: number; readonly entry: StoreEntry }
  /** Stored unchanged already: nothing to save. */
  | { readonly jobId: number; readonly unchanged: true }
  | { readonly jobId: number; readonly error: string };

export interface QueueStatus {
  readonly queued: number;
  readonly running: number;
  readonly done: number;
  readonly failed: number;
}

export interface JobQueue {
  /** Adds the jobs; returns how many were added. */
  enqueue(jobs: readonly NewJob[]): Promise<number>;
  /**
   * Claims up to `limit` jobs for `worker` for `leaseSeconds`: queued ones, and running ones whose lease
   * ran out (their worker died). Claimed rows are locked with SKIP LOCKED, so workers never wait on each other.
   */
  claim(worker: string, limit: number, leaseSeconds: number): Promise<Job[]>;
  /** Extends the lease of jobs `worker` still holds (the heartbeat). */
  renew(worker: string, jobIds: readonly number[], leaseSeconds: number): Promise<void>;
  /**
   * In one transaction: keeps the outcomes of jobs `worker` still holds, saves their entries and marks them
   * done (or failed). A job whose lease was lost to another worker is left alone. Returns the ids completed.
   */
  complete(worker: string, outcomes: readonly JobOutcome[]): Promise<number[]>;
  /** Ids among `keys` already stored unchanged (the resume check). */
  unchangedArticles(keys: readonly ArticleKey[]): Promise<Set<string>>;
  status(): Promise<QueueStatus>;
  close(): Promise<void>;
}
