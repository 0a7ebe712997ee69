// A compact view of one event we produced, for miss and false-positive listings.
import type { ArticleResult, Event } from '../types.ts';

export interface ProducedEvent {
  readonly plover: string | null;
  readonly cameo: string;
  readonly source: string | null; // actor code
  readonly target: string | null;
  readonly trigger: string;
  readonly modality: Event['modality'];
  readonly rule: string;
}

export function describeEvent(event: Event): ProducedEvent {
  return {
    plover: event.plover,
    cameo: event.cameo,
    source: event.source?.code ?? null,
    target: event.target?.code ?? null,
    trigger: event.trigger.text,
    modality: event.modality,
    rule: event.rule,
  };
}

/** Only asserted events count for accuracy, as in every aggregate (DESIGN: "asserted events only"). */
export function assertedEvents(result: ArticleResult): readonly Event[] {
  return result.events.filter((e) => e.modality === 'asserted');
}

export interface ModalityCounts {
  asserted: number;
  negated: number;
  hypothetical: number;
}

export function countModalities(results: readonly ArticleResult[]): ModalityCounts {
  const counts: ModalityCounts = { asserted: 0, negated: 0, hypothetical: 0 };
  for (const r of results) for (const e of r.events) counts[e.modality]++;
  return counts;
}
