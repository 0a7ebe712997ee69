// Diagnostics of the ingest stage are data: one line each, naming the input and the fix.
import type { Diagnostic, IngestItem } from '../types.ts';

export function fatal(ruleId: string, message: string): Diagnostic {
  return { stage: 'ingest', ruleId, severity: 'fatal', message: oneLine(message) };
}

export function warning(ruleId: string, message: string): Diagnostic {
  return { stage: 'ingest', ruleId, severity: 'warning', message: oneLine(message) };
}

/** The item for an input (or a line of one) that produced no article. */
export function failed(origin: string, ruleId: string, message: string): IngestItem {
  return { origin, article: null, diagnostics: [fatal(ruleId, message)] };
}

// Messages end up in NDJSON and on stderr line by line: never let input text break them.
function oneLine(message: string): string {
  return message.replace(/\s*[\r\n]+\s*/g, ' ');
}
