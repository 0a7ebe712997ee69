// queryDiagnostics on PostgreSQL, the same rows and order as src/store/sqlite/diagnostics.ts.
import type { Pool } from 'pg';
import type { ArticleDiagnostics, DiagnosticFilter } from '../store.ts';
import { articleDiagnostics, ruleNeedle, type DiagnosticRow } from '../diagnostics.ts';
import { page, Params } from './filters.ts';

export function createDiagnosticQuery(pool: Pool): (filter: DiagnosticFilter) => Promise<ArticleDiagnostics[]> {
  return async (filter) => {
    const { limit, offset } = page(filter.limit, filter.offset);
    const params = new Params();
    const clauses = [`strpos(diagnostics, ${params.add(ruleNeedle(filter.ruleId))}) > 0`];
    if (filter.from !== undefined) clauses.push(`date >= ${params.add(filter.from)}`);
    if (filter.to !== undefined) clauses.push(`date <= ${params.add(filter.to)}`);
    const { rows } = await pool.query<DiagnosticRow>(
      `SELECT id, date, title, url, source, diagnostics FROM articles WHERE ${clauses.join(' AND ')}
       ORDER BY date NULLS LAST, id LIMIT ${params.add(limit)} OFFSET ${params.add(offset)}`,
      params.values,
    );
    return articleDiagnostics(rows, filter.ruleId);
  };
}
