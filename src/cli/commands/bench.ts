// `detente bench`: throughput per stage and peak memory on a corpus of articles (JSONL), through the
// runner in bench/. Prints a table (or --json) and the machine it ran on.
import { existsSync, readFileSync } from 'node:fs';
import type { Command } from 'commander';
import type { CommandContext } from '../main.ts';
import { readArticles } from '../../eval/corpus.ts';
import { DEFAULT_CORPUS } from '../../eval/paths.ts';
import { runBench } from '../../../bench/run.ts';
import { formatBench } from '../../../bench/format.ts';
import { runParallelBench } from '../../../bench/parallel.ts';
import { parseJobs } from '../../parallel/coder.ts';

interface BenchCliOptions {
  corpus: string;
  limit?: string;
  repeat: string;
  json?: boolean;
  ndjson: boolean;
  jobs?: string;
}

const wholeNumber = (value: string | undefined, min: number): number | null => {
  const n = Number(value);
  return Number.isInteger(n) && n >= min ? n : null;
};

export function registerBench(program: Command, context: CommandContext): void {
  program
    .command('bench')
    .description('time each stage (articles/s, sentences/s, tokens/s) and peak memory on a corpus')
    .option('--corpus <path>', 'articles JSONL ({id, date, title, url, source, text} per line)', DEFAULT_CORPUS)
    .option('--limit <n>', 'use the first N articles')
    .option('--repeat <n>', 'run each stage N times and keep the best', '1')
    .option('--no-ndjson', 'skip timing the NDJSON serialisation')
    .option(
      '--jobs <n|auto>',
      'also code the articles in n worker threads, timed by the wall clock (detente code --jobs)',
    )
    .option('--json', 'print the report as JSON')
    .action(async (options: BenchCliOptions) => {
      const repeat = wholeNumber(options.repeat, 1);
      const limit = options.limit === undefined ? Infinity : wholeNumber(options.limit, 1);
      if (repeat === null) return fail(context, `--repeat ${options.repeat}: expected a whole number ≥ 1`);
      if (limit === null) return fail(context, `--limit ${options.limit}: expected a whole number ≥ 1`);
      if (!existsSync(options.corpus)) {
        return fail(
          context,
          `corpus ${options.corpus} does not exist (the corpus lives in ../shared/corpus, which a fresh clone does not have; pass --corpus PATH)`,
        );
      }
      const { articles, diagnostics } = readArticles(readFileSync(options.corpus, 'utf8'), options.corpus);
      for (const d of diagnostics) process.stderr.write(`${d.message} [${d.ruleId}]\n`);
      const chosen = articles.slice(0, limit);
      if (chosen.length === 0) return fail(context, `corpus ${options.corpus} holds no articles`);
      const jobs = options.jobs === undefined ? null : parseJobs(options.jobs);
      const alone = runBench(chosen, { repeat, ndjson: options.ndjson });
      const report =
        jobs === null
          ? alone
          : {
              ...alone,
              parallel: await runParallelBench(
                chosen,
                alone.corpus.sentences,
                jobs,
                chosen.slice(0, alone.warmUpArticles),
              ),
            };
      process.stdout.write(options.json ? `${JSON.stringify(report, null, 2)}\n` : formatBench(report));
    });
}

function fail(context: CommandContext, message: string): void {
  process.stderr.write(`detente bench: ${message}\n`);
  context.exitCode = 2;
}
