// Dyad-day sums for the aggregates, computed by SQLite over a covering index (see migration 2): a
// series over a million events reads only the index, never the event records.
import type Database from 'better-sqlite3';
import type { DyadDay, DyadDayFilter } from '../store.ts';

interface Row {
  source_code: string;
  target_code: string;
  day: string;
  q1: number;
  q2: number;
  q3: number;
  q4: number;
  goldstein_sum: number;
}

export function createDyadDays(db: Database.Database): (filter: DyadDayFilter) => DyadDay[] {
  const statement = db.prepare<Record<string, string | null>, Row>(`
    SELECT source_code, target_code, date AS day,
           SUM(quad_class = 1) AS q1, SUM(quad_class = 2) AS q2, SUM(quad_class = 3) AS q3, SUM(quad_class = 4) AS q4,
           SUM(goldstein) AS goldstein_sum
    FROM events INDEXED BY events_dyad_days
    WHERE modality = 'asserted' AND source_code IS NOT NULL AND target_code IS NOT NULL AND date IS NOT NULL
      AND (:source IS NULL OR substr(source_code, 1, length(:source)) = :source)
      AND (:target IS NULL OR substr(target_code, 1, length(:target)) = :target)
      AND (:from IS NULL OR date >= :from)
      AND (:to IS NULL OR date <= :to)
    GROUP BY source_code, target_code, date
    ORDER BY source_code, target_code, date`);
  return (filter) =>
    statement
      .all({
        source: filter.source?.toUpperCase() ?? null,
        target: filter.target?.toUpperCase() ?? null,
        from: filter.from ?? null,
        to: filter.to ?? null,
      })
      .map((r) => ({
        sourceCode: r.source_code,
        targetCode: r.target_code,
        day: r.day,
        quad: [r.q1, r.q2, r.q3, r.q4],
        goldsteinSum: r.goldstein_sum,
      }));
}
