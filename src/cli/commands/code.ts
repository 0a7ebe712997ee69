// `detente code [FILES…|-]`: NDJSON, one object per article, on stdout (the output contract).
import { once } from 'node:events';
import type { Command } from 'commander';
import type { CommandContext } from '../main.ts';
import { readInputs } from '../../ingest/index.ts';
import { boundHeap } from '../../ingest/heap-bound.ts';
import { createPipeline } from '../../pipeline.ts';
import { userActorFiles } from '../../actors/user-dictionary.ts';
import { startProgress } from '../progress.ts';
import { reportItemFailure, parseDateOption } from '../shared.ts';

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
    .action(async (inputs: string[], options: { date?: string; userActors?: string[] }) => {
      const date = parseDateOption(options.date);
      const pipeline = createPipeline({ userActorFiles: userActorFiles(options.userActors) });
      const progress = startProgress('coding', null);
      for await (const item of readInputs(inputs, { date })) {
        if (item.article === null) {
          reportItemFailure(item);
          progress.tick(false);
          continue;
        }
        // One article that the coder or the serialiser cannot handle fails alone; the batch goes on.
        let line: string;
        try {
          const result = pipeline.code(item.article);
          line = JSON.stringify({ ...result, diagnostics: [...item.diagnostics, ...result.diagnostics] });
        } catch (error) {
          const reason = error instanceof Error ? error.message : String(error);
          process.stderr.write(
            `${item.origin}: could not code article ${item.article.id} (${reason}) [coding/failed]\n`,
          );
          progress.tick(false);
          continue;
        }
        // A pipe to a slower reader buffers every line not yet read: wait for it, or memory grows with the backlog.
        if (!process.stdout.write(`${line}\n`)) await once(process.stdout, 'drain');
        progress.tick(true);
        boundHeap();
      }
      const summary = progress.finish();
      process.stderr.write(
        `coded ${summary.ok} articles, ${summary.failed} failed, in ${summary.seconds.toFixed(1)} s\n`,
      );
      if (summary.failed > 0) context.exitCode = 1;
    });
}
