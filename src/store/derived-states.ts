// The query both backends use to read per-pair derived states (migration 4 in SQLite, 5 in PostgreSQL): the
// same tables and columns, so the same SQL, and the row mapped the same way.
import type { DerivedPairState } from './store.ts';

export interface StateRow {
  source: string;
  target: string;
  stamp: string | null;
  dirty: string | null;
  summary: string | null;
}

/** Every pair with a result or a dirty mark: the union of both tables, each pair once (callers add WHERE/ORDER). */
export const STATES = `
  SELECT p.source, p.target, r.stamp, d.mark AS dirty, r.summary
  FROM (SELECT source, target FROM pair_results UNION SELECT source, target FROM pair_dirty) p
  LEFT JOIN pair_results r ON r.source = p.source AND r.target = p.target
  LEFT JOIN pair_dirty d ON d.source = p.source AND d.target = p.target`;

export const pairState = (row: StateRow): DerivedPairState => ({
  pair: { source: row.source, target: row.target },
  stamp: row.stamp,
  dirty: row.dirty,
  summary: row.summary,
});
