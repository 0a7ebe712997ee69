// STUB (to be replaced by the actors stage): Doc → Mention[], registry loading, actor summaries.
import type { ActorSummary, Diagnostic, Doc, Mention } from '../types.ts';

export interface ActorRegistry {
  readonly version: string;
}

export function loadActorRegistry(_dir: string, _userFiles: readonly string[]): ActorRegistry {
  return { version: 'actors-0' };
}

export function findMentions(_doc: Doc, _registry: ActorRegistry): { mentions: Mention[]; diagnostics: Diagnostic[] } {
  return { mentions: [], diagnostics: [] };
}

export function summarizeActors(_mentions: readonly Mention[]): ActorSummary[] {
  return [];
}
