// Stored diagnostics of one rule, shared by both backends: the SQL only narrows the articles to those whose
// diagnostics JSON contains the rule id; the rows are parsed and filtered here.
import type { Diagnostic } from '../types.ts';
import type { ArticleDiagnostics } from './store.ts';

export interface DiagnosticRow {
  id: string;
  date: string | null;
  title: string | null;
  url: string | null;
  source: string | null;
  diagnostics: string;
}

/** The substring every stored diagnostics array with this rule contains (JSON.stringify writes no spaces). */
export function ruleNeedle(ruleId: string): string {
  return `"ruleId":${JSON.stringify(ruleId)}`;
}

export function articleDiagnostics(rows: readonly DiagnosticRow[], ruleId: string): ArticleDiagnostics[] {
  return rows.map((r) => ({
    article: { id: r.id, date: r.date, title: r.title, url: r.url, source: r.source },
    diagnostics: (JSON.parse(r.diagnostics) as Diagnostic[]).filter((d) => d.ruleId === ruleId),
  }));
}
