// `detente alerts`: escalation alerts per directed dyad, each with the events that drove it.
// --json prints the contract other tools rely on: [{"source","target","date","level","score","events"}].
import type { Command } from 'commander';
import type { CommandContext } from '../main.ts';
import { openStore, resolveDbPath } from '../../store/index.ts';
import { readAssertedEvents } from '../../aggregate/from-store.ts';
import { buildStories } from '../../aggregate/stories.ts';
import { storyUnits, unitRange } from '../../aggregate/escalation.ts';
import { alertRecord, alertsForUnits, type Alert } from '../../aggregate/alerts.ts';
import { matchesSide } from '../../aggregate/dyads.ts';
import { formatTable, parseDateBound, shorten } from '../format-table.ts';

interface AlertsOptions {
  db?: string;
  source?: string;
  target?: string;
  from?: string;
  to?: string;
  json?: boolean;
}

export function registerAlerts(program: Command, _context: CommandContext): void {
  program
    .command('alerts')
    .description('escalation alerts per dyad (CUSUM on the daily escalation index), with their evidence')
    .option('--db <path>', 'store: an SQLite file or a postgres:// URL (default: $DETENTE_DB, else ./detente.db)')
    .option('--source <code>', 'only dyads whose source starts with this code (RUS, IGOWSTNAT, NATO)')
    .option('--target <code>', 'only dyads whose target starts with this code')
    .option('--from <YYYY-MM-DD>', 'first day of the chart (default: the first reported story)')
    .option('--to <YYYY-MM-DD>', 'last day of the chart (default: the last reported story)')
    .option('--json', 'a JSON array: [{"source","target","date","level","score","events"}]')
    .action(async (options: AlertsOptions) => {
      const from = parseDateBound('--from', options.from);
      const to = parseDateBound('--to', options.to);
      const store = await openStore(resolveDbPath(options.db), { readonly: true });
      let alerts: Alert[];
      try {
        // Every dyad's baseline needs the whole history, so the store is read unfiltered; dyads are filtered after.
        const units = storyUnits(buildStories(await readAssertedEvents(store)));
        const covered = unitRange(units);
        alerts =
          covered === null
            ? []
            : alertsForUnits(units, { from: from ?? covered.from, to: to ?? covered.to }).filter(
                (a) => matchesSide(a.source, options.source) && matchesSide(a.target, options.target),
              );
      } finally {
        await store.close();
      }
      if (options.json) {
        process.stdout.write(`${JSON.stringify(alerts.map(alertRecord))}\n`);
        return;
      }
      if (alerts.length === 0) {
        process.stderr.write('no alerts\n');
        return;
      }
      const rows = alerts.map((a) => [
        a.date,
        `${a.source}→${a.target}`,
        a.level,
        String(a.score),
        a.since,
        String(a.events.length),
        a.evidence[0]?.sentence ?? '',
      ]);
      const width = process.stdout.isTTY && process.stdout.columns > 0 ? process.stdout.columns : null;
      process.stdout.write(
        formatTable(['DATE', 'DYAD', 'LEVEL', 'SCORE', 'SINCE', 'EVENTS', 'TOP EVIDENCE'], rows, width),
      );
      process.stdout.write(`\nEvidence\n\n${alerts.map(block).join('\n')}`);
      process.stderr.write(`${alerts.length} alert${alerts.length === 1 ? '' : 's'}\n`);
    });
}

/** One alert: a headline line, then one line per evidence event (date, code, article link, sentence). */
function block(a: Alert): string {
  const head = `${a.date}  ${a.source}→${a.target}  ${a.level.toUpperCase()}  score ${a.score}  (rising since ${a.since})`;
  const rows = a.evidence.map(
    (e) =>
      `    ${e.date}  ${e.cameo.padEnd(4)} ${String(e.goldstein).padStart(5)}  ${e.url ?? e.articleId}\n` +
      `        ${shorten(e.sentence, 110)}  [${e.eventId}]`,
  );
  return `${head}\n${rows.join('\n')}\n`;
}
