// Store-side aggregates for the server on PostgreSQL, the same results as src/store/sqlite/aggregates.ts, each
// grouped over an index of migration 4 so the overview never reads event records.
import type { Pool } from 'pg';
import { addDays } from '../../aggregate/dates.ts';
import type { DayVolume, DyadTotal, RoleDay, VolumeFilter } from '../store.ts';
import { Params } from './filters.ts';

/** The aggregate conditions on an event row: asserted, placed on a day, two different sides (see DyadTotal). */
const dyadEvent = (e: string) =>
  `${e}modality = 'asserted' AND ${e}day IS NOT NULL AND ${e}source_side IS NOT NULL ` +
  `AND ${e}target_side IS NOT NULL AND ${e}source_side <> ${e}target_side`;

type Counted<T> = { [K in keyof T]: T[K] extends number ? string | number : T[K] };

export interface Aggregates {
  dyadTotals(): Promise<DyadTotal[]>;
  dailyVolume(filter: VolumeFilter): Promise<DayVolume[]>;
  reportRange(maxLagDays: number): Promise<{ from: string; to: string } | null>;
  roleDays(code: string): Promise<RoleDay[]>;
}

export function createAggregates(pool: Pool): Aggregates {
  async function reportEdge(dir: 'ASC' | 'DESC', maxLagDays: number): Promise<string | undefined> {
    const { rows } = await pool.query<{ date: string }>(
      `SELECT a.date FROM articles a
       WHERE a.date IS NOT NULL AND EXISTS (
         SELECT 1 FROM events e WHERE e.article_id = a.id AND ${dyadEvent('e.')}
           AND a.date::date - e.day::date <= $1)
       ORDER BY a.date ${dir} LIMIT 1`,
      [maxLagDays],
    );
    return rows[0]?.date;
  }

  return {
    async dyadTotals() {
      const { rows } = await pool.query<Counted<DyadTotal>>(
        `SELECT source_side AS source, target_side AS target, count(*) AS events,
                count(*) FILTER (WHERE quad_class <= 2) AS cooperation, min(day) AS first, max(day) AS last
         FROM events WHERE ${dyadEvent('')}
         GROUP BY source_side, target_side`,
      );
      return rows
        .map((r) => ({ ...r, events: Number(r.events), cooperation: Number(r.cooperation) }))
        .sort((a, b) => b.events - a.events || cmp(a.source, b.source) || cmp(a.target, b.target));
    },
    async dailyVolume(filter) {
      let from = filter.from ?? null;
      if (filter.lastDays !== undefined) {
        const { rows } = await pool.query<{ day: string | null }>(
          `SELECT max(day) AS day FROM events WHERE day IS NOT NULL AND modality = 'asserted'`,
        );
        const last = rows[0]?.day ?? null;
        if (last === null) return [];
        const start = addDays(last, -(filter.lastDays - 1));
        if (from === null || start > from) from = start;
      }
      const params = new Params();
      const clauses = ["day IS NOT NULL AND modality = 'asserted'"];
      if (from !== null) clauses.push(`day >= ${params.add(from)}`);
      if (filter.to !== undefined) clauses.push(`day <= ${params.add(filter.to)}`);
      const { rows } = await pool.query<Counted<DayVolume>>(
        `SELECT day, count(*) AS events, count(*) FILTER (WHERE quad_class <= 2) AS cooperation
         FROM events WHERE ${clauses.join(' AND ')} GROUP BY day ORDER BY day`,
        params.values,
      );
      return rows.map((r) => ({ day: r.day, events: Number(r.events), cooperation: Number(r.cooperation) }));
    },
    async reportRange(maxLagDays) {
      const from = await reportEdge('ASC', maxLagDays);
      const to = await reportEdge('DESC', maxLagDays);
      return from === undefined || to === undefined ? null : { from, to };
    },
    async roleDays(code) {
      const { rows } = await pool.query<Counted<RoleDay>>(
        `SELECT day, sum(s) AS "asSource", sum(t) AS "asTarget" FROM (
           SELECT day, 1 AS s, 0 AS t FROM events WHERE source_code = $1 AND modality = 'asserted' AND day IS NOT NULL
           UNION ALL
           SELECT day, 0, 1 FROM events WHERE target_code = $1 AND modality = 'asserted' AND day IS NOT NULL) roles
         GROUP BY day ORDER BY day`,
        [code],
      );
      return rows.map((r) => ({ day: r.day, asSource: Number(r.asSource), asTarget: Number(r.asTarget) }));
    },
  };
}

const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
