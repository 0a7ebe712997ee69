// Entry point of the `detente` command: argument parsing and exit codes. The only place that exits
// (through the returned code; bin/detente.js sets process.exitCode).
import { Command, CommanderError } from 'commander';

/** Commands report their outcome through this: 0 ok, 1 some inputs failed, 2 usage error. */
export interface CommandContext {
  exitCode: number;
}

type Register = (program: Command, context: CommandContext) => void;

/**
 * Command modules by the names they register. Only the module of the command being run is loaded,
 * so `detente events` does not pay for the NLP model and the dictionaries; `--help` loads them all.
 */
const COMMANDS: readonly (readonly [names: readonly string[], load: () => Promise<Register>])[] = [
  [['code'], async () => (await import('./commands/code.ts')).registerCode],
  [['ingest'], async () => (await import('./commands/ingest.ts')).registerIngest],
  [['events', 'quotes', 'actors'], async () => (await import('./commands/events.ts')).registerEvents],
  [['dyads'], async () => (await import('./commands/dyads.ts')).registerDyads],
  [['alerts'], async () => (await import('./commands/alerts.ts')).registerAlerts],
  [['eval'], async () => (await import('./commands/eval.ts')).registerEval],
  [['backtest'], async () => (await import('./commands/backtest.ts')).registerBacktest],
  [['bench'], async () => (await import('./commands/bench.ts')).registerBench],
  [['dict'], async () => (await import('./commands/dict.ts')).registerDict],
  [['serve'], async () => (await import('./commands/serve.ts')).registerServe],
  [['export'], async () => (await import('./commands/export.ts')).registerExport],
  [['watch'], async () => (await import('./commands/watch.ts')).registerWatch],
];

export async function main(argv: readonly string[]): Promise<number> {
  const context: CommandContext = { exitCode: 0 };
  const program = new Command('detente')
    .description('Reads news and turns it into political event data (CAMEO/PLOVER), with evidence.')
    .version('0.1.0')
    .exitOverride()
    .showHelpAfterError('(run detente --help for usage)');
  const name = argv.find((a) => !a.startsWith('-'));
  const chosen = COMMANDS.filter(([names]) => name !== undefined && names.includes(name));
  for (const [, load] of chosen.length > 0 ? chosen : COMMANDS) (await load())(program, context);
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
