// STUB (to be replaced by the quotes stage): direct quotations and their speakers.
import type { Doc, Mention, Quote } from '../types.ts';

export function findQuotes(_doc: Doc, _mentions: readonly Mention[]): Quote[] {
  return [];
}
