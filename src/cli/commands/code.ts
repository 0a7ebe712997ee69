// `detente code [FILES…|-]`: NDJSON, one object per article, on stdout (the output contract).
import type { Command } from 'commander';
import type { CommandContext } from '../main.ts';
import { readInputs } from '../../ingest/index.ts';
import { createPipeline } from '../../pipeline.ts';
import { startProgress } from '../progress.ts';
import { reportItemFailure, parseDateOption } from '../shared.ts';

export function registerCode(program: Command, context: CommandContext): void {
  program
    .command('code')
    .description('code articles into events, quotes and actors; NDJSON on stdout')
    .argument('[inputs...]', 'files or directories (recursive); - for stdin', ['-'])
    .option('--date <YYYY-MM-DD>', 'date for plain-text inputs that carry none')
    .option('--user-actors <file...>', 'extra actor dictionary files')
    .action(async (inputs: string[], options: { date?: string; userActors?: string[] }) => {
      const date = parseDateOption(options.date);
      const pipeline = createPipeline({ userActorFiles: options.userActors ?? [] });
      const progress = startProgress('coding', null);
      for await (const item of readInputs(inputs, { date })) {
        if (item.article === null) {
          reportItemFailure(item);
          progress.tick(false);
          continue;
        }
        const result = pipeline.code(item.article);
        process.stdout.write(
          `${JSON.stringify({ ...result, diagnostics: [...item.diagnostics, ...result.diagnostics] })}\n`,
        );
        progress.tick(true);
      }
      const summary = progress.finish();
      process.stderr.write(
        `coded ${summary.ok} articles, ${summary.failed} failed, in ${summary.seconds.toFixed(1)} s\n`,
      );
      if (summary.failed > 0) context.exitCode = 1;
    });
}
