// Comparing the actors of mentions and events: by country, by actor, by a string key.
import type { Actor, Mention } from '../types.ts';

export const actorKey = (actor: Actor | null): string => (actor === null ? '' : `${actor.code ?? ''}/${actor.name}`);

/**
 * An actor's country, else its code: the side it stands for. One module function, not a closure per call: under tsx
 * every named closure also costs a `__name` call (Object.defineProperty), and these run per sentence and event.
 */
export function country(a: Actor | null): string | null {
  return a?.country ?? a?.code ?? null;
}

/** Two mentions of one country (or, without a country, one code): the speaker's side among the participants. */
export function sameCountry(a: Mention, b: Mention): boolean {
  return (a.actor.country ?? a.actor.code) === (b.actor.country ?? b.actor.code);
}

export function sameActor(a: Mention, b: Mention | undefined): boolean {
  return b !== undefined && a.actor.name === b.actor.name && a.actor.code === b.actor.code;
}
