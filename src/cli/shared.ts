// Small helpers shared by the CLI commands.
import type { IngestItem } from '../types.ts';

/** One line per failed input on stderr: origin, rule and the message that names the fix. */
export function reportItemFailure(item: IngestItem): void {
  for (const d of item.diagnostics) {
    if (d.severity !== 'fatal') continue;
    // Ingest messages already name the file (and line); others get the origin in front.
    const text = d.message.startsWith(item.origin) ? d.message : `${item.origin}: ${d.message}`;
    process.stderr.write(`${text} [${d.ruleId}]\n`);
  }
}

export function parseDateOption(value: string | undefined): string | null {
  if (value === undefined) return null;
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value) || Number.isNaN(Date.parse(`${value}T00:00:00Z`))) {
    throw new Error(`--date ${value}: expected a calendar date as YYYY-MM-DD`);
  }
  return value;
}
