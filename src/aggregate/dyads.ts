// Dyads are keyed by the actors' states: RUSGOV and RUSMIL are both RUS. International bodies keep their whole
// IGO code (IGOWSTNAT, IGOEUREEC) and regions their own (WST), because they have no state to fold into.
import type { Actor } from '../types.ts';
import type { EventRecord } from './records.ts';

/** The dyad side an actor stands for, or null when the actor carries no usable code. */
export function actorKey(actor: Actor | null): string | null {
  if (actor === null) return null;
  if (!actor.code.toUpperCase().startsWith('IGO') && actor.country !== null && /^[A-Z]{3}$/.test(actor.country))
    return actor.country;
  return codeKey(actor.code);
}

/** The dyad side of a bare actor code: IGO codes whole, else the leading three letters (RUSGOV → RUS). */
export function codeKey(code: string): string | null {
  const upper = code.toUpperCase();
  if (upper.startsWith('IGO')) return upper;
  const head = /^[A-Z]{3}/.exec(upper);
  return head === null ? null : head[0];
}

export interface Dyad {
  readonly source: string;
  readonly target: string;
}

/** The directed dyad of an event, or null when a side is missing or both sides are the same state. */
export function eventDyad(record: EventRecord): Dyad | null {
  const source = actorKey(record.event.source);
  const target = actorKey(record.event.target);
  if (source === null || target === null || source === target) return null;
  return { source, target };
}

export function dyadKey(dyad: Dyad): string {
  return `${dyad.source}→${dyad.target}`;
}

/**
 * A dyad filter side: `NATO` names NATO's code, anything else is a prefix of the key (`RUS`, `IGOWSTNAT`, `IGO`).
 * Kept tiny on purpose: the store's richer actor matching is for event queries, not for state-level series.
 */
const ALIASES: Readonly<Record<string, string>> = {
  NATO: 'IGOWSTNAT',
  EU: 'IGOEUREEC',
  UN: 'IGOUNO',
  OSCE: 'IGOEUROSC',
};

export function matchesSide(key: string, wanted: string | undefined): boolean {
  if (wanted === undefined || wanted === '') return true;
  return key.startsWith(sidePrefix(wanted));
}

/** The code prefix a dyad side names: `NATO` → IGOWSTNAT, `rus` → RUS. */
export function sidePrefix(wanted: string): string {
  const upper = wanted.toUpperCase();
  return ALIASES[upper] ?? upper;
}
