// Organisations whose code changes with the date (eras.tsv): the Taliban are insurgents (AFGREB) until they take
// Kabul and the government (AFGGOV) from 2021-08-15. Recognition reads the registry as of the article date, so
// everything built on an organisation's mention ("the Taliban government", "Taliban fighters") composes from the
// code it held that day.
import { mapValues } from './trie.ts';
import type { ActorRegistry, Era, NamedActor, NameEntry } from './registry.ts';

/** The era of `eras` that holds on `date`; with no date, the latest (as for persons' roles); null = the base code. */
export function eraOn(eras: readonly Era[], date: string | null): Era | null {
  if (date === null) return eras.reduce<Era | null>((a, b) => (a === null || b.from >= a.from ? b : a), null);
  return eras.find((e) => e.from <= date && (e.to === null || date < e.to)) ?? null;
}

/** Views of each registry, one per combination of eras in force (there are a handful). */
const views = new WeakMap<ActorRegistry, Map<string, ActorRegistry>>();

/**
 * The registry as of `date`: each organisation with eras carries the code of the era in force, under all its
 * names and short forms. Registries without eras, and dates where every organisation keeps its base code, give
 * the registry itself.
 */
export function registryOn(reg: ActorRegistry, date: string | null): ActorRegistry {
  if (reg.eras.size === 0) return reg;
  // Every article asks, and most share their date with others: the answer is remembered per date (a string key of
  // the eras in force was built for each article before).
  let byDate = onDates.get(reg);
  if (byDate === undefined) {
    byDate = new Map();
    onDates.set(reg, byDate);
  }
  let on = byDate.get(date);
  if (on === undefined) {
    if (byDate.size >= REMEMBERED_DATES) byDate.clear();
    on = viewOn(reg, date);
    byDate.set(date, on);
  }
  return on;
}

/** Registries as of each date asked (emptied when it grows large, so a long stream of dates holds no memory). */
const onDates = new WeakMap<ActorRegistry, Map<string | null, ActorRegistry>>();
const REMEMBERED_DATES = 10_000;

function viewOn(reg: ActorRegistry, date: string | null): ActorRegistry {
  const inForce = new Map<string, Era>();
  let key = '';
  for (const [id, eras] of reg.eras) {
    const era = eraOn(eras, date);
    if (era === null) continue;
    inForce.set(id, era);
    key += `${id}\u0000${era.from}\u0000`;
  }
  if (key === '') return reg;
  let byKey = views.get(reg);
  if (byKey === undefined) {
    byKey = new Map();
    views.set(reg, byKey);
  }
  let view = byKey.get(key);
  if (view === undefined) {
    view = { ...reg, names: mapValues(reg.names, withEras(inForce)) };
    byKey.set(key, view);
  }
  return view;
}

/** Replaces an organisation's actor by its actor in the era in force; one actor per organisation in a view. */
function withEras(inForce: ReadonlyMap<string, Era>): (entry: NameEntry) => NameEntry {
  const actors = new Map<string, NamedActor>();
  return (entry) => {
    if (entry.kind !== 'org' && entry.kind !== 'org-short') return entry;
    const era = inForce.get(entry.actor.id);
    if (era === undefined) return entry;
    let actor = actors.get(entry.actor.id);
    if (actor === undefined) {
      actor = { ...entry.actor, code: era.code, country: era.country, sector: era.sector };
      actors.set(entry.actor.id, actor);
    }
    return { kind: entry.kind, actor };
  };
}
