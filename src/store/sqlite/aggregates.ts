// Store-side aggregates for the server (dyad totals, daily volume, the index range, an actor's days), each one
// grouped by SQLite over an index of migration 3, so the overview never reads event records.
import type Database from 'better-sqlite3';
import { addDays } from '../../aggregate/dates.ts';
import type { DayVolume, DyadTotal, RoleDay, VolumeFilter } from '../store.ts';

/** The aggregate conditions on an event row: asserted, placed on a day, two different sides (see DyadTotal). */
const dyadEvent = (e: string) =>
  `${e}modality = 'asserted' AND ${e}day IS NOT NULL AND ${e}source_side IS NOT NULL ` +
  `AND ${e}target_side IS NOT NULL AND ${e}source_side <> ${e}target_side`;

export interface Aggregates {
  dyadTotals(): DyadTotal[];
  dailyVolume(filter: VolumeFilter): DayVolume[];
  reportRange(maxLagDays: number): { from: string; to: string } | null;
  roleDays(code: string): RoleDay[];
}

export function createAggregates(db: Database.Database): Aggregates {
  // A scan of events_sides in dyad order: grouped without a sort, from the index alone.
  const totals = db.prepare<[], DyadTotal>(`
    SELECT source_side AS source, target_side AS target, count(*) AS events, sum(quad_class <= 2) AS cooperation,
           min(day) AS first, max(day) AS last
    FROM events INDEXED BY events_sides
    WHERE ${dyadEvent('')}
    GROUP BY source_side, target_side`);
  const volume = db.prepare<{ from: string; to: string }, DayVolume>(`
    SELECT day, count(*) AS events, sum(quad_class <= 2) AS cooperation
    FROM events INDEXED BY events_day
    WHERE day IS NOT NULL AND day >= :from AND day <= :to AND modality = 'asserted'
    GROUP BY day ORDER BY day`);
  // From the end of events_day backwards to the first asserted entry: a few index steps.
  const lastDay = db
    .prepare<[], string>(
      `SELECT day FROM events INDEXED BY events_day WHERE day IS NOT NULL AND modality = 'asserted'
       ORDER BY day DESC LIMIT 1`,
    )
    .pluck();
  // Walks the articles in date order and stops at the first one with a fresh dyad event (an index seek each).
  const edge = (dir: 'ASC' | 'DESC') =>
    db
      .prepare<[number], string>(
        `SELECT a.date FROM articles a INDEXED BY articles_date
         WHERE a.date IS NOT NULL AND EXISTS (
           SELECT 1 FROM events e WHERE e.article_id = a.id AND ${dyadEvent('e.')}
             AND julianday(a.date) - julianday(e.day) <= ?)
         ORDER BY a.date ${dir} LIMIT 1`,
      )
      .pluck();
  const first = edge('ASC');
  const last = edge('DESC');
  const roles = db.prepare<[string, string], RoleDay>(`
    SELECT day, sum(s) AS asSource, sum(t) AS asTarget FROM (
      SELECT day, 1 AS s, 0 AS t FROM events INDEXED BY events_source_role
      WHERE source_code = ? AND modality = 'asserted' AND day IS NOT NULL
      UNION ALL
      SELECT day, 0, 1 FROM events INDEXED BY events_target_role
      WHERE target_code = ? AND modality = 'asserted' AND day IS NOT NULL)
    GROUP BY day ORDER BY day`);
  return {
    dyadTotals: () =>
      totals.all().sort((a, b) => b.events - a.events || cmp(a.source, b.source) || cmp(a.target, b.target)),
    dailyVolume(filter) {
      let from = filter.from ?? null;
      if (filter.lastDays !== undefined) {
        const last = lastDay.get();
        if (last === undefined) return [];
        const start = addDays(last, -(filter.lastDays - 1));
        if (from === null || start > from) from = start;
      }
      return volume.all({ from: from ?? '', to: filter.to ?? '\u{10FFFF}' });
    },
    reportRange(maxLagDays) {
      const from = first.get(maxLagDays);
      const to = last.get(maxLagDays);
      return from === undefined || to === undefined ? null : { from, to };
    },
    roleDays: (code) => roles.all(code, code),
  };
}

const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
