// `detente dict check`: dictionary health for analysts and CI (exit 1 on errors).
import type { Command } from 'commander';
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { CommandContext } from '../main.ts';
import { checkCodebook, unexercised } from '../../coding/check.ts';
import { loadCodebook } from '../../coding/index.ts';
import { createPipeline, DEFAULT_DICTIONARY_DIR } from '../../pipeline.ts';
import { readInputs } from '../../ingest/index.ts';

export function registerDict(program: Command, context: CommandContext): void {
  const dict = program.command('dict').description('dictionary tools');
  dict
    .command('check')
    .description('check verb patterns: errors, duplicates, conflicts, and patterns no fixture exercises')
    .option('--fixtures <dir>', 'texts whose coding counts as exercising patterns', 'test/fixtures')
    .option('--list-unused', 'list every pattern no fixture exercises')
    .action(async (options: { fixtures: string; listUnused?: boolean }) => {
      const codebook = loadCodebook(DEFAULT_DICTIONARY_DIR);
      const findings = checkCodebook(codebook);
      for (const f of findings) process.stdout.write(`${f.severity.padEnd(7)} ${f.where}: ${f.message}\n`);
      const pipeline = createPipeline();
      const fired: string[] = [];
      for await (const item of readInputs(textFiles(options.fixtures))) {
        if (item.article !== null) fired.push(...pipeline.code(item.article).events.map((e) => e.rule));
      }
      const unused = unexercised(codebook, fired);
      const total = codebook.patterns.filter((p) => !p.id.endsWith('(bare)')).length;
      if (options.listUnused) for (const p of unused) process.stdout.write(`unused  ${p.file}:${p.line}: ${p.id}\n`);
      const errors = findings.filter((f) => f.severity === 'error').length;
      const warnings = findings.filter((f) => f.severity === 'warning').length;
      process.stdout.write(
        `${total} patterns; ${errors} errors, ${warnings} warnings; ${total - unused.length} exercised by fixtures in ${options.fixtures}, ${unused.length} not (--list-unused)\n`,
      );
      if (errors > 0) context.exitCode = 1;
    });
}

/** Plain-text fixture files below `dir` (the coder's own inputs, not JSON expectations). */
function textFiles(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string): void => {
    for (const name of readdirSync(d).sort()) {
      const path = join(d, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (name.endsWith('.txt')) out.push(path);
    }
  };
  walk(dir);
  return out;
}
