// Time-aware persons: the code a person gets depends on the article date (a former president is not GOV).
import type { Actor } from '../types.ts';
import type { Person, Role } from './registry.ts';

/** Roles held on `date` (YYYY-MM-DD); with no date, the latest role counts as held. */
export function activeRoles(person: Person, date: string | null): Role[] {
  if (person.roles.length === 0) return [];
  if (date === null) {
    const latest = person.roles.reduce((a, b) => (b.from >= a.from ? b : a));
    return [latest];
  }
  return person.roles.filter((r) => r.from <= date && (r.to === null || date < r.to));
}

export interface PersonState {
  readonly actor: Omit<Actor, 'text'>;
  /** Canonical titles held on the date (for "the foreign minister" coreference). */
  readonly titles: readonly string[];
}

/**
 * The person's actor. Keys in the output contract's order (name, code, country, sector, type, id), as every other
 * actor has them: the NDJSON reads the same for all actors, and V8 gives them all one hidden class. A module function,
 * not a named closure in `personOn`: under tsx every named closure made costs a `__name` call (Object.defineProperty).
 */
function personActor(person: Person, code: string, country: string | null, sector: string | null): Omit<Actor, 'text'> {
  return { name: person.name, code, country, sector, type: 'person', id: person.id };
}

export function personOn(person: Person, date: string | null): PersonState {
  const active = activeRoles(person, date);
  if (active.length > 0) {
    // The most recent appointment wins when roles overlap (a minister who is also deputy prime minister).
    const role = active.reduce((a, b) => (b.from >= a.from ? b : a));
    return { actor: personActor(person, role.code, role.country, role.sector), titles: active.map((r) => r.title) };
  }
  const past = date === null ? [] : person.roles.filter((r) => r.to !== null && r.to <= date);
  if (past.length > 0) {
    const last = past.reduce((a, b) => ((b.to ?? '') >= (a.to ?? '') ? b : a));
    const country = last.country ?? person.country;
    // Former officials are elites (CAMEO ELI), not government.
    return { actor: personActor(person, `${country ?? '---'}ELI`, country, 'ELI'), titles: [] };
  }
  const country = person.country;
  return { actor: personActor(person, country ?? '---', country, null), titles: [] };
}
