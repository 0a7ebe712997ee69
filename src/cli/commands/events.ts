// Query commands over the store: `detente events`, `detente quotes`, `detente actors`.
// A readable table by default; --json writes NDJSON records (one per line) for other tools.
import type { Command } from 'commander';
import type { CommandContext } from '../main.ts';
import type { Actor, Modality } from '../../types.ts';
import { openStore, resolveDbPath, type EventFilter, type QuoteFilter, type Store } from '../../store/index.ts';
import { queryQuotesAbout } from '../../quotes/about.ts';
import { formatTable, parseCount, parseDateBound, shorten } from '../format-table.ts';

const MODALITIES: readonly Modality[] = ['asserted', 'negated', 'hypothetical'];

interface PageOptions {
  db?: string;
  limit: string;
  offset: string;
  json?: boolean;
}

interface EventOptions extends PageOptions {
  source?: string;
  target?: string;
  plover?: string;
  cameo?: string;
  from?: string;
  to?: string;
  text?: string;
  modality?: string;
  desc?: boolean;
}

interface QuoteOptions extends PageOptions {
  speaker?: string;
  text?: string;
  about?: string;
  from?: string;
  to?: string;
}

interface ActorOptions extends PageOptions {
  actor?: string;
  candidates?: boolean;
  accept?: string;
  dict?: string;
  from?: string;
  to?: string;
}

function pageOptions(command: Command): Command {
  return command
    .option('--db <path>', 'store: an SQLite file or a postgres:// URL (default: $DETENTE_DB, else ./detente.db)')
    .option('--limit <n>', 'at most n rows; 0 for all', '50')
    .option('--offset <n>', 'skip the first n rows', '0')
    .option('--json', 'NDJSON records, one per line, instead of a table');
}

/** Store limit/offset from the options: `--limit 0` means no limit. */
function page(options: PageOptions): { limit?: number; offset: number } {
  const limit = parseCount('--limit', options.limit);
  const offset = parseCount('--offset', options.offset);
  return limit === 0 ? { offset } : { limit, offset };
}

/** Copies the options that were given; exactOptionalPropertyTypes forbids `key: undefined`. */
function defined<T extends object>(record: T): { [K in keyof T]?: Exclude<T[K], undefined> } {
  return Object.fromEntries(Object.entries(record).filter(([, v]) => v !== undefined)) as {
    [K in keyof T]?: Exclude<T[K], undefined>;
  };
}

async function withStore<T>(dbOption: string | undefined, body: (store: Store) => Promise<T>): Promise<T> {
  const store = await openStore(resolveDbPath(dbOption), { readonly: true });
  try {
    return await body(store);
  } finally {
    await store.close();
  }
}

/** The table on stdout, nothing at all when there are no rows (the footer says so on stderr). */
function writeTable(headers: readonly string[], rows: readonly (readonly string[])[]): void {
  if (rows.length > 0) process.stdout.write(formatTable(headers, rows, terminalWidth()));
}

function writeLines(records: readonly unknown[]): void {
  process.stdout.write(records.map((r) => `${JSON.stringify(r)}\n`).join(''));
}

/** "showing 1–50 of 120 events" on stderr, so stdout stays the table alone. */
function footer(noun: string, offset: number, shown: number, total: number | null): void {
  if (shown === 0) {
    process.stderr.write(total === 0 || total === null ? `no ${noun} match\n` : `no ${noun} past --offset ${offset}\n`);
    return;
  }
  const of = total === null ? '' : ` of ${total}`;
  const more = total !== null && offset + shown < total ? ' (--limit 0 or --offset for more)' : '';
  process.stderr.write(`showing ${offset + 1}–${offset + shown}${of} ${noun}${more}\n`);
}

const code = (a: Actor | null) => a?.code ?? '-';

/** The terminal's width, or null when stdout is not a terminal. */
function terminalWidth(): number | null {
  return process.stdout.isTTY && process.stdout.columns > 0 ? process.stdout.columns : null;
}

export function registerEvents(program: Command, _context: CommandContext): void {
  pageOptions(
    program
      .command('events')
      .description('list stored events (chronological), with filters')
      .option('--source <actor>', 'source actor: code prefix (RUS, RUSGOV) or name substring (lavrov)')
      .option('--target <actor>', 'target actor: code prefix or name substring')
      .option('--plover <category>', 'PLOVER category (ACCUSE, CONSULT, …)')
      .option('--cameo <code>', 'CAMEO code prefix (11 = all disapprove codes)')
      .option('--from <YYYY-MM-DD>', 'event date on or after (undated events are left out)')
      .option('--to <YYYY-MM-DD>', 'event date on or before')
      .option('--text <words>', 'full-text search in the sentence: every word must occur; word* for a prefix')
      .option('--modality <m>', 'asserted, negated or hypothetical')
      .option('--desc', 'newest first'),
  ).action(async (options: EventOptions) => {
    if (options.modality !== undefined && !MODALITIES.includes(options.modality as Modality)) {
      throw new Error(`--modality ${options.modality}: expected one of ${MODALITIES.join(', ')}`);
    }
    const filter: EventFilter = {
      ...defined({
        source: options.source,
        target: options.target,
        plover: options.plover,
        cameo: options.cameo,
        text: options.text,
        modality: options.modality as Modality | undefined,
        from: parseDateBound('--from', options.from),
        to: parseDateBound('--to', options.to),
      }),
      ...page(options),
      order: options.desc ? 'desc' : 'asc',
    };
    await withStore(options.db, async (store) => {
      const rows = await store.queryEvents(filter);
      if (options.json) return writeLines(rows);
      const total = await store.countEvents(filter);
      writeTable(
        ['DATE', 'SOURCE→TARGET', 'CAMEO', 'PLOVER', 'MODALITY', 'TRIGGER', 'SENTENCE'],
        rows.map(({ event }) => [
          event.date ?? 'undated',
          `${code(event.source)}→${code(event.target)}`,
          event.cameo,
          event.plover ?? '-',
          event.modality,
          shorten(event.trigger.text, 24),
          event.sentence,
        ]),
      );
      footer('events', filter.offset ?? 0, rows.length, total);
    });
  });

  pageOptions(
    program
      .command('quotes')
      .description('list stored quotes with their speakers')
      .option('--speaker <actor>', 'speaker: code prefix (UKRGOV) or name substring (kuleba)')
      .option('--text <words>', 'case-insensitive substring of the quote')
      .option('--about <words>', 'every word in the quote, any order (word starts: "sanction nuclear")')
      .option('--from <YYYY-MM-DD>', 'article date on or after')
      .option('--to <YYYY-MM-DD>', 'article date on or before'),
  ).action(async (options: QuoteOptions) => {
    const filter: QuoteFilter = {
      ...defined({
        speaker: options.speaker,
        text: options.text,
        from: parseDateBound('--from', options.from),
        to: parseDateBound('--to', options.to),
      }),
      ...page(options),
    };
    await withStore(options.db, async (store) => {
      const rows =
        options.about === undefined
          ? await store.queryQuotes(filter)
          : await queryQuotesAbout(store, filter, options.about);
      if (options.json) return writeLines(rows);
      writeTable(
        ['DATE', 'SPEAKER', 'ARTICLE', 'QUOTE'],
        rows.map(({ quote, article }) => [
          article.date ?? '-',
          quote.speaker ? `${quote.speaker.code} ${quote.speaker.name}` : '-',
          article.id,
          quote.text,
        ]),
      );
      footer('quotes', filter.offset ?? 0, rows.length, null);
    });
  });

  pageOptions(
    program
      .command('actors')
      .description('list stored actors by mentions, with their event roles (asserted events)')
      .option('--actor <actor>', 'code prefix (RUS) or name substring (lavrov)')
      .option('--candidates', 'persons found by their title and in no dictionary, with evidence (see --accept)')
      .option('--from <YYYY-MM-DD>', 'with --candidates: articles dated on or after')
      .option('--to <YYYY-MM-DD>', 'with --candidates: articles dated on or before')
      .option('--accept <name>', 'add a candidate to the user dictionary, so the next code/ingest run resolves it')
      .option('--dict <file>', 'user dictionary for --accept (default: $DETENTE_USER_DICT, else ./detente-actors.tsv)'),
  ).action(async (options: ActorOptions) => {
    if (options.accept !== undefined || options.candidates) return candidates(options);
    if (options.from !== undefined || options.to !== undefined) throw new Error('--from and --to go with --candidates');
    await withStore(options.db, async (store) => {
      const offset = page(options).offset;
      const rows = await store.queryActors({ ...defined({ actor: options.actor }), ...page(options) });
      if (options.json) return writeLines(rows);
      writeTable(
        ['CODE', 'NAME', 'TYPE', 'ARTICLES', 'MENTIONS', 'AS SOURCE', 'AS TARGET'],
        rows.map((a) => [
          a.code,
          a.name,
          a.type,
          String(a.articles),
          String(a.mentions),
          String(a.asSource),
          String(a.asTarget),
        ]),
      );
      footer('actors', offset, rows.length, null);
    });
  });
}

/** `actors --candidates` (a table or NDJSON) and `actors --accept NAME`. */
async function candidates(options: ActorOptions): Promise<void> {
  if (options.accept !== undefined && options.candidates) throw new Error('give --candidates or --accept, not both');
  const { accept, evidence, storedCandidates } = await import('./actor-candidates.ts');
  await withStore(options.db, async (store) => {
    if (options.accept !== undefined) {
      const { path, candidate } = await accept(store, options.accept, options.dict);
      const role = candidate.code === null ? 'no title' : `${candidate.code}, ${candidate.title ?? ''}`;
      process.stdout.write(`added ${candidate.name} (${role}) to ${path}; the next code or ingest run resolves it\n`);
      return;
    }
    const { limit, offset } = page(options);
    const range = defined({ from: parseDateBound('--from', options.from), to: parseDateBound('--to', options.to) });
    const all = await storedCandidates(store, range);
    const shown = await Promise.all(
      all.slice(offset, limit === undefined ? undefined : offset + limit).map((c) => evidence(store, c)),
    );
    if (options.json) return writeLines(shown);
    writeTable(
      ['NAME', 'CODE', 'TITLE', 'ARTICLES', 'FIRST', 'LAST', 'EXAMPLE'],
      shown.map((c) => [
        c.name,
        c.code ?? '-',
        c.title ?? '-',
        String(c.articles),
        c.firstDate ?? '-',
        c.lastDate ?? '-',
        `${c.example.articleId}: ${c.sentence ?? '-'}`,
      ]),
    );
    footer('candidates', offset, shown.length, all.length);
  });
}
