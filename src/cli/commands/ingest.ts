// `detente ingest [FILES…|-]`: read, code and store articles in batches; articles already stored with the same
// content hash and dictionary version are skipped, so an interrupted run resumes where it stopped.
import type { Command } from 'commander';
import type { CommandContext } from '../main.ts';
import type { Article, IngestItem } from '../../types.ts';
import { readInputs } from '../../ingest/index.ts';
import { boundHeap } from '../../ingest/heap-bound.ts';
import { startCoder, parseJobs, type Coder } from '../../parallel/coder.ts';
import { inOrder } from '../../parallel/in-order.ts';
import { DEFAULT_JOBS, JOBS_HELP } from '../jobs-option.ts';
import { userActorFiles } from '../../actors/user-dictionary.ts';
import {
  contentHash,
  openJobQueue,
  openStore,
  redactDbSpec,
  resolveDbPath,
  type Store,
  type StoreEntry,
} from '../../store/index.ts';
import { defaultWorkerId, enqueueInputs, spawnWorkers, work } from './ingest-queue.ts';
import { startProgress, type Progress } from '../progress.ts';
import { parseDateOption, reportItemFailure } from '../shared.ts';
import { parseCount } from '../format-table.ts';
import { refreshPairs } from '../../server/pair-refresh.ts';

interface IngestOptions {
  db?: string;
  date?: string;
  batch?: string;
  userActors?: string[];
  enqueue?: boolean;
  work?: boolean;
  workers?: string;
  lease: string;
  poll: string;
  workerId?: string;
  follow?: boolean;
  jobs: string;
  /** --no-derive: leave the stored pair results as they are. */
  derive: boolean;
}

interface Pending {
  readonly item: IngestItem;
  readonly article: Article;
  readonly contentHash: string;
}

interface Tally {
  stored: number;
  unchanged: number;
  failed: number;
  events: number;
}

export function registerIngest(program: Command, context: CommandContext): void {
  program
    .command('ingest')
    .description('code articles and store them (skips articles stored unchanged)')
    .argument('[inputs...]', 'files or directories (recursive); - for stdin', ['-'])
    .option('--db <path|url>', 'SQLite file or postgres:// URL (default: $DETENTE_DB, else ./detente.db)')
    .option('--date <YYYY-MM-DD>', 'date for plain-text inputs that carry none')
    .option('--batch <n>', 'articles per transaction (default 200; 50 per claim with --work)')
    .option(
      '--user-actors <file...>',
      'extra actor dictionary files (the user dictionary, $DETENTE_USER_DICT or ./detente-actors.tsv, is loaded too)',
    )
    .option('--enqueue', 'PostgreSQL: add the articles to the job queue instead of coding them')
    .option('--work', 'PostgreSQL: code queued jobs until the queue is drained (run any number of these)')
    .option('--workers <n>', 'PostgreSQL: enqueue the inputs, then code them with n worker processes')
    .option('--lease <seconds>', 'with --work: how long a claimed batch stays reserved without a heartbeat', '60')
    .option('--poll <seconds>', 'with --work: wait between looks at an empty queue', '2')
    .option('--worker-id <name>', 'with --work: name recorded on claimed jobs (default host:pid:random)')
    .option('--follow', 'with --work: keep waiting for new jobs instead of exiting when the queue is drained')
    .option('--jobs <n|auto>', `${JOBS_HELP}; the store is written from one thread, in input order`, DEFAULT_JOBS)
    .option('--no-derive', 'skip building the pair results the server reads (it then builds them itself)')
    .action(async (inputs: string[], options: IngestOptions) => {
      const date = parseDateOption(options.date);
      const mode = queueMode(options, inputs);
      const batchSize = parseCount('--batch', options.batch ?? (mode === 'work' ? '50' : '200'));
      if (batchSize === 0) throw new Error('--batch 0: expected at least 1 article per transaction');
      const dbPath = resolveDbPath(options.db);
      const jobs = parseJobs(options.jobs);
      if (mode !== 'direct') {
        if (jobs !== 1) throw new Error('--jobs goes with a direct ingest (queue modes scale with --workers)');
        await runQueueMode(mode, inputs, options, { date, batchSize, dbPath }, context);
        return;
      }
      const coder = await startCoder(jobs, { userActorFiles: userActorFiles(options.userActors) }, 'result');
      const store = await openStore(dbPath).catch(async (error: unknown) => {
        await coder.close();
        throw error;
      });
      const tally: Tally = { stored: 0, unchanged: 0, failed: 0, events: 0 };
      const progress = startProgress('ingesting', null);
      try {
        let pending: Pending[] = [];
        for await (const item of readInputs(inputs, { date })) {
          if (item.article === null) {
            reportItemFailure(item);
            tally.failed++;
            progress.tick(false);
            continue;
          }
          pending.push({ item, article: item.article, contentHash: contentHash(item.article) });
          if (pending.length >= batchSize) {
            await flush(pending, coder, store, tally, progress);
            pending = [];
          }
        }
        await flush(pending, coder, store, tally, progress);
        await coder.close(); // the workers' memory is free before the pair results are built
        const summary = progress.finish();
        process.stderr.write(
          `ingested ${plural(tally.stored, 'article')} (${plural(tally.events, 'event')}), ${tally.unchanged} unchanged, ` +
            `${tally.failed} failed, in ${summary.seconds.toFixed(1)} s into ${redactDbSpec(dbPath)}\n`,
        );
        if (options.derive) await derive(store);
      } finally {
        await coder.close();
        await store.close();
      }
      if (tally.failed > 0) context.exitCode = 1;
    });
}

type Mode = 'direct' | 'enqueue' | 'work' | 'workers';

/** Which mode the flags ask for; contradictory combinations are usage errors. */
function queueMode(options: IngestOptions, inputs: readonly string[]): Mode {
  const modes = [
    options.enqueue && '--enqueue',
    options.work && '--work',
    options.workers !== undefined && '--workers',
  ];
  const given = modes.filter((m): m is string => typeof m === 'string');
  if (given.length > 1) throw new Error(`${given.join(' and ')} cannot be combined`);
  if (options.follow && !options.work) throw new Error('--follow goes with --work');
  if (options.work) {
    if (inputs.length !== 1 || inputs[0] !== '-')
      throw new Error('--work takes its articles from the queue: give no files');
    return 'work';
  }
  if (options.enqueue) return 'enqueue';
  return options.workers !== undefined ? 'workers' : 'direct';
}

interface QueueSettings {
  readonly date: string | null;
  readonly batchSize: number;
  readonly dbPath: string;
}

async function runQueueMode(
  mode: Exclude<Mode, 'direct'>,
  inputs: readonly string[],
  options: IngestOptions,
  { date, batchSize, dbPath }: QueueSettings,
  context: CommandContext,
): Promise<void> {
  const leaseSeconds = parseCount('--lease', options.lease);
  const pollSeconds = parseCount('--poll', options.poll);
  if (leaseSeconds === 0) throw new Error('--lease 0: expected at least 1 second');
  const workers = options.workers === undefined ? 0 : parseCount('--workers', options.workers);
  if (mode === 'workers' && workers === 0) throw new Error('--workers 0: expected at least 1 worker');
  // Load the dictionaries before opening the queue, so a bad --user-actors file fails before any claim.
  const pipeline =
    mode === 'work'
      ? (await import('../../pipeline.ts')).createPipeline({ userActorFiles: userActorFiles(options.userActors) })
      : null;
  const queue = await openJobQueue(dbPath);
  const db = redactDbSpec(dbPath);
  try {
    if (mode === 'enqueue' || mode === 'workers') {
      const progress = startProgress('enqueueing', null);
      const tally = await enqueueInputs(queue, inputs, date, Math.max(batchSize, 500), progress);
      const { seconds } = progress.finish();
      process.stderr.write(
        `enqueued ${plural(tally.enqueued, 'article')}, ${tally.failed} failed, in ${seconds.toFixed(1)} s into ${db}\n`,
      );
      if (tally.failed > 0) context.exitCode = 1;
    }
    if (mode === 'workers') {
      // The workers leave the pair results to this process, which builds them once when all are done.
      const args = ['--db', dbPath, '--lease', String(leaseSeconds), '--poll', String(pollSeconds), '--no-derive'];
      if (options.batch !== undefined) args.push('--batch', String(batchSize));
      if (options.userActors !== undefined) args.push('--user-actors', ...options.userActors);
      const codes = await spawnWorkers(workers, args);
      if (codes.some((c) => c !== 0)) context.exitCode = Math.max(context.exitCode, 1);
      if (options.derive) await deriveIn(dbPath);
    }
    if (mode === 'work' && pipeline !== null) {
      const worker = options.workerId ?? defaultWorkerId();
      const progress = startProgress('working', null);
      const tally = await work(
        queue,
        pipeline,
        { worker, batch: batchSize, leaseSeconds, pollSeconds, follow: options.follow ?? false },
        progress,
      );
      const { seconds } = progress.finish();
      process.stderr.write(
        `${worker}: stored ${plural(tally.stored, 'article')} (${plural(tally.events, 'event')}), ` +
          `${tally.unchanged} unchanged, ${tally.failed} failed, ${tally.lost} taken over, in ${seconds.toFixed(1)} s ` +
          `into ${db}\n`,
      );
      if (tally.failed > 0) context.exitCode = 1;
      if (options.derive) await deriveIn(dbPath);
    }
  } finally {
    await queue.close();
  }
}

/**
 * Codes the articles of one batch that are new or changed (in worker threads with --jobs n), and stores them in one
 * transaction from this thread, in input order: crash safety and resume are those of one thread.
 */
async function flush(
  batch: readonly Pending[],
  coder: Coder<'result'>,
  store: Store,
  tally: Tally,
  progress: Progress,
): Promise<void> {
  if (batch.length === 0) return;
  const dictionaryVersion = coder.dictionaryVersion;
  const unchanged = await store.unchangedArticles(
    batch.map((p) => ({ id: p.article.id, contentHash: p.contentHash, dictionaryVersion })),
  );
  const entries: StoreEntry[] = [];
  const coded = inOrder(batch, coder.inFlight, async ({ item, article }) =>
    unchanged.has(article.id) ? null : coder.code({ article, diagnostics: item.diagnostics }),
  );
  for await (const [{ item, article, contentHash }, outcome] of coded) {
    if (outcome === null) {
      tally.unchanged++;
      progress.tick(true);
      continue;
    }
    if (!outcome.ok) {
      // One article the coder chokes on must not stop the run: report it like a bad input and go on.
      process.stderr.write(`${item.origin}: coding failed (${outcome.reason}) [cli/coding-error]\n`);
      tally.failed++;
      progress.tick(false);
      continue;
    }
    entries.push({ article, result: outcome.value, contentHash, dictionaryVersion });
    tally.events += outcome.value.events.length;
    // Ticks as each article is coded (the slow part), not when its batch is saved, so progress moves evenly.
    progress.tick(true);
    // The main thread's heap (with --jobs 1, the coder's); each worker bounds its own.
    boundHeap();
  }
  await store.saveArticles(entries);
  tally.stored += entries.length;
}

/**
 * Builds the pair results the server reads (src/server/pair-refresh.ts) for the pairs whose events changed, or
 * all of them when the report range moved, so `detente serve` answers from them at once.
 */
export async function derive(store: Store): Promise<void> {
  let progress: Progress | null = null;
  const report = await refreshPairs(store, (done, total) => {
    progress ??= startProgress('building pair results', total);
    progress.tick(true);
    // A busy pair's events and stories are garbage once it is built: the same heap bound as while coding.
    boundHeap();
  });
  (progress as Progress | null)?.finish();
  process.stderr.write(
    `pair results: ${report.built} of ${plural(report.pairs, 'pair')} of states built` +
      `${report.deleted > 0 ? `, ${report.deleted} deleted` : ''}, in ${report.seconds.toFixed(1)} s\n`,
  );
}

async function deriveIn(dbPath: string): Promise<void> {
  const store = await openStore(dbPath);
  try {
    await derive(store);
  } finally {
    await store.close();
  }
}

const plural = (n: number, noun: string) => `${n} ${noun}${n === 1 ? '' : 's'}`;
