// STUB (to be replaced by the coder): Doc + Mentions → Event[].
import type { Diagnostic, Doc, Event, Mention } from '../types.ts';

export interface Codebook {
  readonly version: string;
}

export function loadCodebook(_dir: string): Codebook {
  return { version: 'verbs-0' };
}

export function codeEvents(
  _doc: Doc,
  _mentions: readonly Mention[],
  _codebook: Codebook,
  _dictionaryVersion: string,
): { events: Event[]; diagnostics: Diagnostic[] } {
  return { events: [], diagnostics: [] };
}
