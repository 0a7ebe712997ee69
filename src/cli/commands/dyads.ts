// `detente dyads`: per directed dyad (state codes, IGO codes kept whole), per day or week, asserted events only:
// counts per QuadClass, Goldstein sum and mean, cooperation/conflict balance. Mention or story level.
import type { Command } from 'commander';
import type { CommandContext } from '../main.ts';
import { openStore, resolveDbPath } from '../../store/index.ts';
import { readAssertedEvents } from '../../aggregate/from-store.ts';
import { matchesSide, sidePrefix } from '../../aggregate/dyads.ts';
import { weekStart } from '../../aggregate/dates.ts';
import { aggregateSeries, dyadSeries, fromDyadDays, type Level, type SeriesPoint } from '../../aggregate/series.ts';
import { formatTable, parseDateBound } from '../format-table.ts';

interface DyadOptions {
  db?: string;
  source?: string;
  target?: string;
  from?: string;
  to?: string;
  period: string;
  level: string;
  json?: boolean;
  csv?: boolean;
}

const HEADERS = [
  'period',
  'source',
  'target',
  'events',
  'q1',
  'q2',
  'q3',
  'q4',
  'goldstein_sum',
  'goldstein_mean',
  'balance',
];

export function registerDyads(program: Command, _context: CommandContext): void {
  program
    .command('dyads')
    .description('dyad series per day or week from asserted events: QuadClass counts, Goldstein, balance')
    .option('--db <path>', 'store: an SQLite file or a postgres:// URL (default: $DETENTE_DB, else ./detente.db)')
    .option('--source <code>', 'source side: state code (RUS), IGO code (IGOWSTNAT) or NATO/EU/UN/OSCE; a prefix')
    .option('--target <code>', 'target side, same rule')
    .option('--from <YYYY-MM-DD>', 'first day')
    .option('--to <YYYY-MM-DD>', 'last day')
    .option('--period <p>', 'day or week (weeks start on Monday)', 'day')
    .option('--level <l>', 'mention (every coded event) or story (each merged story once)', 'mention')
    .option('--json', 'NDJSON, one series point per line')
    .option('--csv', 'CSV with a header line')
    .action(async (options: DyadOptions) => {
      if (options.period !== 'day' && options.period !== 'week') {
        throw new Error(`--period ${options.period}: expected day or week`);
      }
      if (options.level !== 'mention' && options.level !== 'story') {
        throw new Error(`--level ${options.level}: expected mention or story`);
      }
      const from = parseDateBound('--from', options.from);
      const to = parseDateBound('--to', options.to);
      const store = await openStore(resolveDbPath(options.db), { readonly: true });
      let points: SeriesPoint[];
      try {
        const bounds = { ...(from === undefined ? {} : { from }), ...(to === undefined ? {} : { to }) };
        // Mention level: the database sums the events per dyad and day (Store.dyadDays), so the
        // series costs the same on a million events as on a thousand. Story level needs the records.
        const series =
          options.level === 'mention'
            ? aggregateSeries(
                fromDyadDays(
                  await store.dyadDays({
                    ...bounds,
                    ...(options.source === undefined ? {} : { source: sidePrefix(options.source) }),
                    ...(options.target === undefined ? {} : { target: sidePrefix(options.target) }),
                  }),
                ),
                options.period,
              )
            : dyadSeries(
                await readAssertedEvents(store, {
                  ...bounds,
                  ...(storeSide(options.source) === undefined ? {} : { source: storeSide(options.source)! }),
                  ...(storeSide(options.target) === undefined ? {} : { target: storeSide(options.target)! }),
                }),
                { period: options.period, level: options.level as Level },
              );
        points = series.filter(
          (p) =>
            matchesSide(p.source, options.source) &&
            matchesSide(p.target, options.target) &&
            (from === undefined || p.period >= (options.period === 'week' ? weekStart(from) : from)) &&
            (to === undefined || p.period <= to),
        );
      } finally {
        await store.close();
      }
      writeSeries(points, options);
    });
}

/** A code the store can narrow on (a code prefix); names such as NATO are narrowed by the store itself too. */
function storeSide(side: string | undefined): string | undefined {
  if (side === undefined || !/^[A-Z]{3,}$/.test(side)) return undefined;
  return side;
}

function cells(p: SeriesPoint): string[] {
  return [
    p.period,
    p.source,
    p.target,
    String(p.events),
    ...p.quad.map(String),
    String(p.goldsteinSum),
    String(p.goldsteinMean),
    String(p.balance),
  ];
}

function writeSeries(points: readonly SeriesPoint[], options: DyadOptions): void {
  if (options.json) {
    process.stdout.write(points.map((p) => `${JSON.stringify(p)}\n`).join(''));
    return;
  }
  if (options.csv) {
    process.stdout.write([HEADERS.join(','), ...points.map((p) => cells(p).join(','))].join('\n') + '\n');
    return;
  }
  if (points.length === 0) {
    process.stderr.write('no asserted events for these dyads and dates\n');
    return;
  }
  const headers = HEADERS.map((h) => h.toUpperCase().replace('_', ' '));
  process.stdout.write(formatTable(headers, points.map(cells)));
}
