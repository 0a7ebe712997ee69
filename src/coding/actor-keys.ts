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

/**
 * One doer, or several of one country acting as one side ("Vladimir Putin and Sergei Lavrov informed …"): what a
 * readout says one doer does to its counterpart, they do together. False for an empty list, and for several actors
 * when one has no country.
 */
export function oneSide(list: readonly Mention[]): boolean {
  const first = list[0];
  if (first === undefined || list.length === 1) return first !== undefined;
  if (first.actor.country === null) return false;
  for (const x of list) if (x.actor.country !== first.actor.country) return false;
  return true;
}

export function sameActor(a: Mention, b: Mention | undefined): boolean {
  return b !== undefined && a.actor.name === b.actor.name && a.actor.code === b.actor.code;
}

/*
 * Mention lists compared by country or actor. Module functions rather than closures in the caller: `eventsOf` filtered
 * its sources and targets through arrow functions over its own locals, so V8 kept those locals in a context allocated
 * at every match (docs/reliability.md, twenty-second pass).
 */

/** Some mention of `list` is of `m`'s country. */
export function someOfCountry(list: readonly Mention[], m: Mention): boolean {
  for (const x of list) if (sameCountry(x, m)) return true;
  return false;
}

/** Some mention of `list` is of the country of some mention of `others`. */
export function sharesACountry(list: readonly Mention[], others: readonly Mention[]): boolean {
  for (const x of list) if (someOfCountry(others, x)) return true;
  return false;
}

/** The mentions of `list` not of `m`'s country. */
export function withoutCountryOf(list: readonly Mention[], m: Mention): Mention[] {
  const out: Mention[] = [];
  for (const x of list) if (!sameCountry(x, m)) out.push(x);
  return out;
}

/** The mentions of `list` of no country of `others`. */
export function withoutCountriesOf(list: readonly Mention[], others: readonly Mention[]): Mention[] {
  const out: Mention[] = [];
  for (const x of list) if (!someOfCountry(others, x)) out.push(x);
  return out;
}

/** The mentions of `list` that name no actor of `others`. */
export function withoutActorsOf(list: readonly Mention[], others: readonly Mention[]): Mention[] {
  const out: Mention[] = [];
  for (const x of list) if (!someActor(others, x)) out.push(x);
  return out;
}

function someActor(list: readonly Mention[], m: Mention): boolean {
  for (const x of list) if (sameActor(x, m)) return true;
  return false;
}

/** The mentions of `list` that are not themselves in `others`. */
export function withoutMentions(list: readonly Mention[], others: readonly Mention[]): Mention[] {
  const out: Mention[] = [];
  for (const x of list) if (!others.includes(x)) out.push(x);
  return out;
}
