// queryDiagnostics on SQLite: the articles whose diagnostics contain a rule id, by date (undated last), then id.
import type Database from 'better-sqlite3';
import type { ArticleDiagnostics, DiagnosticFilter } from '../store.ts';
import { articleDiagnostics, ruleNeedle, type DiagnosticRow } from '../diagnostics.ts';
import { page, type SqlValue } from './filters.ts';

export function createDiagnosticQuery(db: Database.Database): (filter: DiagnosticFilter) => ArticleDiagnostics[] {
  return (filter) => {
    const { limit, offset } = page(filter.limit, filter.offset);
    const clauses = ['instr(diagnostics, ?) > 0'];
    const params: SqlValue[] = [ruleNeedle(filter.ruleId)];
    if (filter.from !== undefined) {
      clauses.push('date >= ?');
      params.push(filter.from);
    }
    if (filter.to !== undefined) {
      clauses.push('date <= ?');
      params.push(filter.to);
    }
    const rows = db
      .prepare<SqlValue[], DiagnosticRow>(
        `SELECT id, date, title, url, source, diagnostics FROM articles WHERE ${clauses.join(' AND ')}
         ORDER BY date IS NULL, date, id LIMIT ? OFFSET ?`,
      )
      .all(...params, limit, offset);
    return articleDiagnostics(rows, filter.ruleId);
  };
}
