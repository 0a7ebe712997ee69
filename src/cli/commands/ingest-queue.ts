// The job-table modes of `detente ingest` (PostgreSQL only): --enqueue adds articles as jobs, --work claims and
// codes them (any number of processes on any number of machines), --workers N does both on this machine with
// N worker processes. See docs/scaling.md.
import { spawn } from 'node:child_process';
import { hostname } from 'node:os';
import { randomBytes } from 'node:crypto';
import type { IngestItem } from '../../types.ts';
import { readInputs } from '../../ingest/index.ts';
import { boundHeap } from '../../ingest/heap-bound.ts';
import type { Pipeline } from '../../pipeline.ts';
import { contentHash, type JobOutcome, type JobQueue, type NewJob } from '../../store/index.ts';
import type { Progress } from '../progress.ts';
import { reportItemFailure } from '../shared.ts';

export interface EnqueueTally {
  enqueued: number;
  failed: number;
}

/** Reads the inputs and adds every article as a job, `batch` per INSERT; unreadable inputs are reported. */
export async function enqueueInputs(
  queue: JobQueue,
  inputs: readonly string[],
  date: string | null,
  batch: number,
  progress: Progress,
): Promise<EnqueueTally> {
  const tally: EnqueueTally = { enqueued: 0, failed: 0 };
  let pending: NewJob[] = [];
  const flush = async () => {
    tally.enqueued += await queue.enqueue(pending);
    pending = [];
  };
  for await (const item of readInputs([...inputs], { date })) {
    if (!hasArticle(item)) {
      reportItemFailure(item);
      tally.failed++;
      progress.tick(false);
      continue;
    }
    const { article } = item;
    pending.push({ origin: item.origin, article, contentHash: contentHash(article), diagnostics: item.diagnostics });
    progress.tick(true);
    if (pending.length >= batch) await flush();
  }
  await flush();
  return tally;
}

const hasArticle = (item: IngestItem): item is IngestItem & { article: NonNullable<IngestItem['article']> } =>
  item.article !== null;

export interface WorkOptions {
  readonly worker: string;
  readonly batch: number;
  readonly leaseSeconds: number;
  readonly pollSeconds: number;
  /** Keep waiting for new jobs when the queue is empty, instead of exiting. */
  readonly follow: boolean;
}

export interface WorkTally {
  stored: number;
  unchanged: number;
  failed: number;
  events: number;
  /** Jobs whose lease ran out before this worker finished them: another worker took them over. */
  lost: number;
}

/** A unique default worker name: host, process id and a few random bytes. */
export function defaultWorkerId(): string {
  return `${hostname()}:${process.pid}:${randomBytes(3).toString('hex')}`;
}

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));
/** Lets timers run (the lease heartbeat) between two articles: coding is synchronous CPU work. */
const yieldToTimers = () => new Promise<void>((resolve) => setImmediate(resolve));

/**
 * Claims batches and codes them until the queue is drained: nothing queued and nothing running, where
 * "running" includes jobs of a worker that died, which come back when their lease runs out. With `follow`,
 * waits for new jobs forever.
 */
export async function work(
  queue: JobQueue,
  pipeline: Pipeline,
  options: WorkOptions,
  progress: Progress,
): Promise<WorkTally> {
  const tally: WorkTally = { stored: 0, unchanged: 0, failed: 0, events: 0, lost: 0 };
  const { worker, leaseSeconds } = options;
  const dictionaryVersion = pipeline.dictionaryVersion;
  for (;;) {
    const jobs = await queue.claim(worker, options.batch, leaseSeconds);
    if (jobs.length === 0) {
      const status = await queue.status();
      if (!options.follow && status.queued + status.running === 0) return tally;
      await sleep(options.pollSeconds * 1000);
      continue;
    }
    const ids = jobs.map((j) => j.id);
    // The heartbeat: renews the lease while this batch is coded, so only a dead worker loses its jobs.
    const heartbeat = setInterval(
      () => void queue.renew(worker, ids, leaseSeconds).catch(() => {}),
      (leaseSeconds * 1000) / 3,
    );
    try {
      const unchanged = await queue.unchangedArticles(
        jobs.map((j) => ({ id: j.article.id, contentHash: j.contentHash, dictionaryVersion })),
      );
      const outcomes: JobOutcome[] = [];
      for (const job of jobs) {
        if (unchanged.has(job.article.id)) {
          outcomes.push({ jobId: job.id, unchanged: true });
          continue;
        }
        try {
          const result = pipeline.code(job.article);
          const diagnostics = [...job.diagnostics, ...result.diagnostics];
          outcomes.push({
            jobId: job.id,
            entry: {
              article: job.article,
              result: { ...result, diagnostics },
              contentHash: job.contentHash,
              dictionaryVersion,
            },
          });
        } catch (error) {
          const message = error instanceof Error ? error.message : String(error);
          process.stderr.write(`${job.origin}: coding failed (${message}) [cli/coding-error]\n`);
          outcomes.push({ jobId: job.id, error: message });
        }
        // A worker streams articles like `ingest` does, so its heap gets the same bound (see heap-bound.ts).
        boundHeap();
        await yieldToTimers();
      }
      const completed = new Set(await queue.complete(worker, outcomes));
      for (const outcome of outcomes) {
        if (!completed.has(outcome.jobId)) {
          tally.lost++;
          continue;
        }
        if ('entry' in outcome) {
          tally.stored++;
          tally.events += outcome.entry.result.events.length;
        } else if ('unchanged' in outcome) tally.unchanged++;
        else tally.failed++;
        progress.tick(!('error' in outcome));
      }
      const lost = outcomes.length - completed.size;
      if (lost > 0) {
        process.stderr.write(
          `${worker}: ${lost} jobs were taken over by another worker after the lease ran out ` +
            `(coding took longer than --lease ${leaseSeconds} s?)\n`,
        );
      }
    } finally {
      clearInterval(heartbeat);
    }
  }
}

/** Runs `count` `detente ingest --work` processes with these extra arguments; resolves to their exit codes. */
export function spawnWorkers(count: number, args: readonly string[]): Promise<number[]> {
  const bin = process.argv[1];
  if (bin === undefined) throw new Error('cannot locate the detente executable to start workers');
  return Promise.all(
    Array.from(
      { length: count },
      () =>
        new Promise<number>((resolve) => {
          const child = spawn(process.execPath, [bin, 'ingest', '--work', ...args], {
            stdio: ['ignore', 'inherit', 'inherit'],
          });
          child.on('exit', (code, signal) => resolve(code ?? (signal === null ? 1 : 128)));
          child.on('error', () => resolve(1));
        }),
    ),
  );
}
