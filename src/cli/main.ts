// Entry point of the `detente` command: argument parsing and exit codes. The only place that exits
// (through the returned code; bin/detente.js sets process.exitCode).
import { Command, CommanderError } from 'commander';
import { registerCode } from './commands/code.ts';
import { registerIngest } from './commands/ingest.ts';
import { registerEvents } from './commands/events.ts';
import { registerEval } from './commands/eval.ts';
import { registerBench } from './commands/bench.ts';
import { registerDict } from './commands/dict.ts';
import { registerDyads } from './commands/dyads.ts';
import { registerAlerts } from './commands/alerts.ts';
import { registerBacktest } from './commands/backtest.ts';

/** Commands report their outcome through this: 0 ok, 1 some inputs failed, 2 usage error. */
export interface CommandContext {
  exitCode: number;
}

export async function main(argv: readonly string[]): Promise<number> {
  const context: CommandContext = { exitCode: 0 };
  const program = new Command('detente')
    .description('Reads news and turns it into political event data (CAMEO/PLOVER), with evidence.')
    .version('0.1.0')
    .exitOverride()
    .showHelpAfterError('(run detente --help for usage)');
  registerCode(program, context);
  registerIngest(program, context);
  registerEvents(program, context);
  registerEval(program, context);
  registerBench(program, context);
  registerDict(program, context);
  registerDyads(program, context);
  registerAlerts(program, context);
  registerBacktest(program, context);
  try {
    await program.parseAsync([...argv], { from: 'user' });
  } catch (error) {
    if (error instanceof CommanderError) {
      return error.exitCode === 0 ? 0 : 2;
    }
    process.stderr.write(`detente: ${error instanceof Error ? error.message : String(error)}\n`);
    return 2;
  }
  return context.exitCode;
}
