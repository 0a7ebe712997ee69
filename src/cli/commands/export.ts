// `detente export`: events as GDELT 2.0 Events TSV (61 columns), PLOVER JSONL or CSV, with the `events` filters.
// Written page by page to --out or stdout, so a store of any size exports in flat memory.
import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import type { Writable } from 'node:stream';
import type { Command } from 'commander';
import type { CommandContext } from '../main.ts';
import type { Modality } from '../../types.ts';
import { openStore, resolveDbPath, type EventFilter } from '../../store/index.ts';
import { readAssertedEvents } from '../../aggregate/from-store.ts';
import { buildStories } from '../../aggregate/stories.ts';
import { EXPORT_FORMATS, exportEvents, type ExportFormat } from '../../export/index.ts';
import { storyCounts } from '../../export/counts.ts';
import { parseCount } from '../format-table.ts';
import { isCalendarDate } from '../../server/params.ts';

interface ExportOptions {
  db?: string;
  format: string;
  out?: string;
  source?: string;
  target?: string;
  plover?: string;
  cameo?: string;
  from?: string;
  to?: string;
  text?: string;
  modality?: string;
  limit?: string;
}

const MODALITIES: readonly string[] = ['asserted', 'negated', 'hypothetical'];

export function registerExport(program: Command, _context: CommandContext): void {
  program
    .command('export')
    .description('export events: GDELT 2.0 Events TSV (61 columns), PLOVER JSONL or CSV')
    .requiredOption('--format <f>', 'gdelt, plover or csv')
    .option('--db <path>', 'store: an SQLite file or a postgres:// URL (default: $DETENTE_DB, else ./detente.db)')
    .option('--out <file>', 'write to this file (default: stdout)')
    .option('--source <actor>', 'source actor: code prefix (RUS, RUSGOV) or name substring')
    .option('--target <actor>', 'target actor, same rule')
    .option('--plover <category>', 'PLOVER category (ACCUSE, CONSULT, …)')
    .option('--cameo <code>', 'CAMEO code prefix')
    .option('--from <YYYY-MM-DD>', 'event date on or after')
    .option('--to <YYYY-MM-DD>', 'event date on or before')
    .option('--text <words>', 'full-text search in the sentence')
    .option('--modality <m>', 'asserted, negated or hypothetical (gdelt default: asserted; others: all)')
    .option('--limit <n>', 'at most n events')
    .action(async (options: ExportOptions) => {
      if (!(EXPORT_FORMATS as readonly string[]).includes(options.format)) {
        throw new Error(`--format ${options.format}: expected one of ${EXPORT_FORMATS.join(', ')}`);
      }
      if (options.modality !== undefined && !MODALITIES.includes(options.modality)) {
        throw new Error(`--modality ${options.modality}: expected one of ${MODALITIES.join(', ')}`);
      }
      const format = options.format as ExportFormat;
      const from = parseDateBound('--from', options.from);
      const to = parseDateBound('--to', options.to);
      const limit = options.limit === undefined ? undefined : parseCount('--limit', options.limit);
      const filter: EventFilter = {
        ...pick(options, ['source', 'target', 'plover', 'cameo', 'text']),
        ...(from === undefined ? {} : { from }),
        ...(to === undefined ? {} : { to }),
        ...(limit === undefined || limit === 0 ? {} : { limit }),
        ...(options.modality === undefined ? {} : { modality: options.modality as Modality }),
      };
      const store = await openStore(resolveDbPath(options.db), { readonly: true });
      const out: Writable = options.out === undefined ? process.stdout : createWriteStream(options.out);
      let rows = 0;
      try {
        // Story counts (GDELT's NumMentions/NumSources/NumArticles) need every asserted event of the store.
        const counts = format === 'gdelt' ? storyCounts(buildStories(await readAssertedEvents(store))) : undefined;
        for await (const chunk of exportEvents(store, {
          format,
          filter,
          ...(counts === undefined ? {} : { counts }),
        })) {
          rows += countLines(chunk);
          if (!out.write(chunk)) await once(out, 'drain');
        }
      } finally {
        await store.close();
        if (out !== process.stdout) {
          out.end();
          await once(out, 'finish');
        }
      }
      const events = format === 'csv' ? rows - 1 : rows;
      process.stderr.write(
        `${events} event${events === 1 ? '' : 's'} exported as ${format}${options.out ? ` to ${options.out}` : ''}\n`,
      );
    });
}

/** Strict: 2022-02-30 is refused (Date.parse would roll it over to March). */
function parseDateBound(option: string, value: string | undefined): string | undefined {
  if (value === undefined || isCalendarDate(value)) return value;
  throw new Error(`${option} ${value}: expected a calendar date as YYYY-MM-DD`);
}

function pick<K extends keyof ExportOptions>(options: ExportOptions, keys: readonly K[]): Partial<Record<K, string>> {
  const out: Partial<Record<K, string>> = {};
  for (const key of keys) {
    const v = options[key];
    if (typeof v === 'string' && v !== '') out[key] = v;
  }
  return out;
}

function countLines(chunk: string): number {
  let n = 0;
  for (let i = chunk.indexOf('\n'); i !== -1; i = chunk.indexOf('\n', i + 1)) n++;
  return n;
}
