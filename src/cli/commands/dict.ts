// `detente dict check`: dictionary health for analysts and CI (exit 1 on errors).
import type { Command } from 'commander';
import { readFileSync } from 'node:fs';
import type { CommandContext } from '../main.ts';
import { checkCodebook, parseExamples, runExamples, unexercised } from '../../coding/check.ts';
import { loadCodebook } from '../../coding/index.ts';
import { createPipeline, DEFAULT_DICTIONARY_DIR } from '../../pipeline.ts';

const DEFAULT_EXAMPLES = new URL('../../../test/fixtures/patterns/examples.tsv', import.meta.url).pathname;

export function registerDict(program: Command, context: CommandContext): void {
  const dict = program.command('dict').description('dictionary tools');
  dict
    .command('check')
    .description('check verb patterns: errors, duplicates, conflicts, and patterns no example sentence exercises')
    .option('--examples <file>', 'example sentences, PATTERN_ID<TAB>SENTENCE per line', DEFAULT_EXAMPLES)
    .option('--list-unused', 'list every pattern no example exercises, with what was coded instead')
    .action((options: { examples: string; listUnused?: boolean }) => {
      const codebook = loadCodebook(DEFAULT_DICTIONARY_DIR);
      const findings = checkCodebook(codebook);
      for (const f of findings) process.stdout.write(`${f.severity.padEnd(7)} ${f.where}: ${f.message}\n`);
      const pipeline = createPipeline();
      const outcomes = runExamples(codebook, pipeline.code, parseExamples(readFileSync(options.examples, 'utf8')));
      const failing = outcomes.filter((o) => !o.fired);
      for (const o of failing) {
        process.stdout.write(
          `warning ${options.examples}:${o.example.line}: ${o.example.patternId} did not fire: ${o.got}\n`,
        );
      }
      const unused = unexercised(codebook, outcomes);
      if (options.listUnused) for (const p of unused) process.stdout.write(`unused  ${p.file}:${p.line}: ${p.id}\n`);
      const total = codebook.patterns.filter((p) => !p.id.endsWith('(bare)')).length;
      const errors = findings.filter((f) => f.severity === 'error').length;
      const warnings = findings.filter((f) => f.severity === 'warning').length + failing.length;
      process.stdout.write(
        `${total} patterns; ${errors} errors, ${warnings} warnings; ${total - unused.length} exercised by an example, ${unused.length} not (--list-unused)\n`,
      );
      if (errors > 0) context.exitCode = 1;
    });
}
