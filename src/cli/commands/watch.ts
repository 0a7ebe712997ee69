// `detente watch --feeds FILE`: poll RSS/Atom feeds, fetch new articles' pages, code and store them.
import { readFileSync } from 'node:fs';
import type { Command } from 'commander';
import type { CommandContext } from '../main.ts';
import { createPipeline } from '../../pipeline.ts';
import { userActorFiles } from '../../actors/user-dictionary.ts';
import { openStore, redactDbSpec, resolveDbPath } from '../../store/index.ts';
import { parseCount } from '../format-table.ts';
import { parseFeedList } from '../../watch/feed-list.ts';
import { DEFAULT_FETCH_SETTINGS } from '../../watch/fetch.ts';
import { createLimiter } from '../../watch/limiter.ts';
import { runRound } from '../../watch/round.ts';
import { defaultStatePath, loadState, saveState } from '../../watch/state-file.ts';
import { formatHealth } from '../../watch/health.ts';
import { derive } from './ingest.ts';

interface WatchOptions {
  feeds?: string;
  db?: string;
  state?: string;
  interval: string;
  once?: boolean;
  status?: boolean;
  concurrency: string;
  timeout: string;
  maxMb: string;
  userActors?: string[];
}

export function registerWatch(program: Command, context: CommandContext): void {
  program
    .command('watch')
    .description('poll RSS/Atom feeds; fetch, code and store each new article')
    .option('--feeds <file>', 'feed URLs, one a line (# comments), or an OPML file')
    .option('--db <path|url>', 'SQLite file or postgres:// URL (default: $DETENTE_DB, else ./detente.db)')
    .option('--state <file>', 'watch state file (default: <db>.watch.json)')
    .option('--interval <seconds>', 'wait between rounds', '900')
    .option('--once', 'one round, then exit (for cron and tests)')
    .option('--status', 'print the health of every watched feed and exit')
    .option('--concurrency <n>', 'requests at once over all hosts (one at a time per host)', '4')
    .option('--timeout <seconds>', 'per request, body included', '20')
    .option('--max-mb <n>', 'largest feed or page read, in MB', '5')
    .option(
      '--user-actors <file...>',
      'extra actor dictionary files (the user dictionary, $DETENTE_USER_DICT or ./detente-actors.tsv, is loaded too)',
    )
    .action(async (options: WatchOptions) => {
      const dbPath = resolveDbPath(options.db);
      const statePath = options.state ?? defaultStatePath(dbPath);
      if (options.status) {
        process.stdout.write(formatHealth(loadState(statePath), null, process.stdout.columns ?? null));
        return;
      }
      if (options.feeds === undefined) throw new Error('--feeds FILE is required (or --status)');
      const list = parseFeedList(readFileSync(options.feeds, 'utf8'), options.feeds);
      for (const e of list.errors) process.stderr.write(`${e}\n`);
      if (list.urls.length === 0) throw new Error(`${options.feeds}: no http(s) feed URLs to watch`);
      if (list.errors.length > 0) context.exitCode = 1;
      const interval = parseCount('--interval', options.interval);
      const concurrency = parseCount('--concurrency', options.concurrency);
      if (concurrency === 0) throw new Error('--concurrency 0: expected at least 1');
      const timeout = parseCount('--timeout', options.timeout);
      if (timeout === 0) throw new Error('--timeout 0: expected at least 1 second');
      const maxMb = Number(options.maxMb);
      if (!(maxMb > 0)) throw new Error(`--max-mb ${options.maxMb}: expected a positive number`);

      const pipeline = createPipeline({ userActorFiles: userActorFiles(options.userActors) });
      const store = await openStore(dbPath);
      const deps = {
        fetch: {
          ...DEFAULT_FETCH_SETTINGS,
          fetch: (url: string, init: RequestInit) => fetch(url, init),
          timeoutMs: timeout * 1000,
          maxBytes: Math.round(maxMb * 1024 * 1024),
        },
        limiter: createLimiter(concurrency),
        coder: pipeline,
        save: (entries: Parameters<typeof store.saveArticles>[0]) => store.saveArticles(entries),
        now: () => new Date(),
      };
      // SIGINT/SIGTERM end the wait between rounds; a round under way finishes and its state is saved.
      let stopping = false;
      let wake: (() => void) | null = null;
      const stop = () => {
        stopping = true;
        wake?.();
      };
      process.on('SIGINT', stop);
      process.on('SIGTERM', stop);
      try {
        for (;;) {
          const before = loadState(statePath);
          const { state, reports } = await runRound(list.urls, before, deps);
          saveState(statePath, state);
          for (const r of reports) for (const note of r.notes) process.stderr.write(`${note}\n`);
          const failed = reports.filter((r) => r.outcome.kind === 'error').length;
          const stored = reports.reduce((n, r) => n + (r.outcome.kind === 'ok' ? r.outcome.stored : 0), 0);
          process.stderr.write(
            `${new Date().toISOString()} round: ${reports.length} feeds, ${failed} failed, ` +
              `${stored} articles stored into ${redactDbSpec(dbPath)}\n`,
          );
          if (stored > 0) await derive(store);
          process.stdout.write(formatHealth(state, list.urls, process.stdout.columns ?? null));
          if (options.once) {
            if (failed > 0) context.exitCode = 1;
            break;
          }
          if (stopping) break;
          await new Promise<void>((resolve) => {
            const timer = setTimeout(resolve, interval * 1000);
            wake = () => {
              clearTimeout(timer);
              resolve();
            };
          });
          wake = null;
          if (stopping) break;
        }
      } finally {
        process.off('SIGINT', stop);
        process.off('SIGTERM', stop);
        await store.close();
      }
    });
}
