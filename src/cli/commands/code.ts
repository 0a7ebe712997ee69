// `detente code [FILES…|-]`: NDJSON, one object per article, on stdout (the output contract).
import { once } from 'node:events';
import type { Command } from 'commander';
import type { CommandContext } from '../main.ts';
import { readInputs } from '../../ingest/index.ts';
import { boundHeap } from '../../ingest/heap-bound.ts';
import { userActorFiles } from '../../actors/user-dictionary.ts';
import { startCoder, parseJobs } from '../../parallel/coder.ts';
import { inOrder } from '../../parallel/in-order.ts';
import { startProgress } from '../progress.ts';
import { reportItemFailure, parseDateOption } from '../shared.ts';
import { DEFAULT_JOBS, JOBS_HELP } from '../jobs-option.ts';

export function registerCode(program: Command, context: CommandContext): void {
  program
    .command('code')
    .description('code articles into events, quotes and actors; NDJSON on stdout')
    .argument('[inputs...]', 'files or directories (recursive); - for stdin', ['-'])
    .option('--date <YYYY-MM-DD>', 'date for plain-text inputs that carry none')
    .option(
      '--user-actors <file...>',
      'extra actor dictionary files (the user dictionary, $DETENTE_USER_DICT or ./detente-actors.tsv, is loaded too)',
    )
    .option('--jobs <n|auto>', JOBS_HELP, DEFAULT_JOBS)
    .action(async (inputs: string[], options: { date?: string; userActors?: string[]; jobs: string }) => {
      const date = parseDateOption(options.date);
      const jobs = parseJobs(options.jobs);
      const coder = await startCoder(jobs, { userActorFiles: userActorFiles(options.userActors) }, 'line');
      const progress = startProgress('coding', null);
      try {
        // Articles are coded ahead of the one being written, at most coder.inFlight of them, and written in input order.
        const coded = inOrder(readInputs(inputs, { date }), coder.inFlight, async (item) =>
          item.article === null ? null : coder.code({ article: item.article, diagnostics: item.diagnostics }),
        );
        for await (const [item, outcome] of coded) {
          if (item.article === null || outcome === null) {
            reportItemFailure(item);
            progress.tick(false);
            continue;
          }
          // One article that the coder or the serialiser cannot handle fails alone; the batch goes on.
          if (!outcome.ok) {
            process.stderr.write(
              `${item.origin}: could not code article ${item.article.id} (${outcome.reason}) [coding/failed]\n`,
            );
            progress.tick(false);
            continue;
          }
          // A pipe to a slower reader buffers every line not yet read: wait for it, or memory grows with the backlog.
          if (!process.stdout.write(`${outcome.value}\n`)) await once(process.stdout, 'drain');
          progress.tick(true);
          // The main thread's heap (with --jobs 1, the coder's); each worker bounds its own.
          boundHeap();
        }
      } finally {
        await coder.close();
      }
      const summary = progress.finish();
      process.stderr.write(
        `coded ${summary.ok} articles, ${summary.failed} failed, in ${summary.seconds.toFixed(1)} s\n`,
      );
      if (summary.failed > 0) context.exitCode = 1;
    });
}
