// Places as actors: once the geo stage knows where an event happened, a place can stand for a missing actor.
//   - "Turkish authorities imposed a curfew in the town of Cizre", "Russian forces shelled Kharkiv", "Palestinian
//     prisoners rioted at a jail in northern Israel": a protest, a coercive act or an act of force with no target
//     is aimed at the place where it happens, so the place's state is the target (CAMEO and PLOVER code
//     places this way; the PLOVER gold does it throughout).
//   - "Protesters rallied in Minsk": protesters of no known country are people of the place they protest in.
// Only places named in the event's own sentence count (not the dateline, not the target's territory), and only for
// kinds of event that happen *to* a place. Talks or accusations made somewhere ("met in Geneva", "said in Paris")
// are not aimed at the host, and a posture in one's own country ("Russia held drills in Rostov") is no dyad.
// The event's id is kept: it is a stable name for the same trigger and is already linked from quotes.
import type { Actor, Event, EventLocation } from '../types.ts';
import type { Gazetteer } from './gazetteer.ts';
import { defaultGazetteer } from './load.ts';

/** CAMEO roots of acts done to a place wherever it stands in the sentence: protest, coerce, assault, fight, mass violence. */
const PLACE_DIRECTED = new Set(['14', '17', '18', '19', '20']);
/** Codes whose object may be a place named after the trigger: easing a measure ("lifted the curfew in Abidjan",
 * 081), threatening one ("will extend the curfew in Abidjan", 132), repression (137) or force (138, "threatened to
 * storm Kyiv"). Ending a war "in Donbas" or handing something over "in Kyiv" is not done to the place. */
const PLACE_AS_OBJECT = ['081', '132', '137', '138'];
/** Posture (15) is aimed at a place only abroad: "conducting military exercises in Alaska". */
const POSTURE = '15';

function placeActor(location: EventLocation, gaz: Gazetteer): Actor | null {
  const iso = location.country;
  if (iso === null) return null;
  const isCountry = location.type === 'country';
  return {
    text: location.text,
    name: isCountry ? (gaz.country(iso)?.name ?? location.name) : location.fullName,
    code: iso,
    country: iso,
    sector: null,
    type: isCountry ? 'state' : 'region',
    id: null,
  };
}

function countryOf(actor: Actor | null): string | null {
  return actor?.country ?? null;
}

function targetsPlace(event: Event, location: EventLocation): boolean {
  const root = event.cameo.slice(0, 2);
  if (PLACE_DIRECTED.has(root)) return true;
  if (PLACE_AS_OBJECT.some((code) => event.cameo.startsWith(code))) return location.start >= event.trigger.end;
  if (root === POSTURE) return location.country !== countryOf(event.source);
  return false;
}

/** "Protesters", "demonstrators", "students": a protesting source known only by its sector takes the place's country. */
function localSource(event: Event, location: EventLocation): Actor | null {
  const source = event.source;
  if (source === null || source.country !== null || !event.cameo.startsWith('14') || !source.code.startsWith('---'))
    return null;
  const iso = location.country;
  if (iso === null) return null;
  return { ...source, code: `${iso}${source.code.slice(3)}`, country: iso };
}

export function placeActors(events: readonly Event[], gaz: Gazetteer = defaultGazetteer()): Event[] {
  return events.map((event) => {
    const location = event.location;
    if (!location || location.basis !== 'sentence' || location.country === null) return event;
    // "In 2014, Russia annexed Crimea": the place found may be the source itself (but "students throughout
    // Indonesia staged demonstrations" protest against their own state).
    if (location.text === event.source?.text && !event.cameo.startsWith('14')) return event;
    const source = localSource(event, location);
    const target = event.target === null && targetsPlace(event, location) ? placeActor(location, gaz) : null;
    if (source === null && target === null) return event;
    const notes = [source && 'source', target && 'target'].filter(Boolean).join(' and ');
    return {
      ...event,
      source: source ?? event.source,
      target: target ?? event.target,
      rule: `${event.rule} → ${notes} from the place (${location.text})`,
    };
  });
}
