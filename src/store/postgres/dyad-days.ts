// Dyad-day sums for the aggregates, computed by PostgreSQL over a covering index (see migration 3).
import type { Pool } from 'pg';
import type { DyadDay, DyadDayFilter } from '../store.ts';

interface Row {
  source_code: string;
  target_code: string;
  day: string;
  q1: string;
  q2: string;
  q3: string;
  q4: string;
  goldstein_sum: number;
}

export function createDyadDays(pool: Pool): (filter: DyadDayFilter) => Promise<DyadDay[]> {
  return async (filter) => {
    const { rows } = await pool.query<Row>(
      `SELECT source_code, target_code, date AS day,
              count(*) FILTER (WHERE quad_class = 1) AS q1, count(*) FILTER (WHERE quad_class = 2) AS q2,
              count(*) FILTER (WHERE quad_class = 3) AS q3, count(*) FILTER (WHERE quad_class = 4) AS q4,
              sum(goldstein)::float8 AS goldstein_sum
       FROM events
       WHERE modality = 'asserted' AND source_code IS NOT NULL AND target_code IS NOT NULL AND date IS NOT NULL
         AND ($1::text IS NULL OR left(source_code, length($1)) = $1)
         AND ($2::text IS NULL OR left(target_code, length($2)) = $2)
         AND ($3::text IS NULL OR date >= $3)
         AND ($4::text IS NULL OR date <= $4)
       GROUP BY source_code, target_code, date
       ORDER BY source_code COLLATE "C", target_code COLLATE "C", date COLLATE "C"`,
      [
        filter.source?.toUpperCase() ?? null,
        filter.target?.toUpperCase() ?? null,
        filter.from ?? null,
        filter.to ?? null,
      ],
    );
    return rows.map((r) => ({
      sourceCode: r.source_code,
      targetCode: r.target_code,
      day: r.day,
      quad: [Number(r.q1), Number(r.q2), Number(r.q3), Number(r.q4)],
      goldsteinSum: r.goldstein_sum,
    }));
  };
}
