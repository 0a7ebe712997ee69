// Whose rebels or opposition a group of no known country is, when it makes demands of a government: that government's.
//   "Fundamentalists went on hunger strike to demand the resignation of the Tunisian president", "the rebel group
//   insisted that Uganda's government release its fighters": a domestic group (rebels, insurgents, separatists,
//   opposition) that protests against, or demands something of, a state's government or leader is that state's
//   armed or political opposition, as CAMEO and PLOVER code a people's groups by the state they contend with
//   (---REB → TUNREB).
// Narrow on purpose: only a protest or a demand (CAMEO 10, 14), only aimed at a government body or office holder.
// Force, threats or accusations are as often aimed at a foreign state ("militants attacked the U.S. embassy"), and a
// state named in any other role says nothing of where the group stands. A place in the sentence decides first (the
// geo stage places "rebels in Darfur" before this runs).
import type { Actor, Event } from '../types.ts';

const DOMESTIC_GROUPS = new Set(['REB', 'INS', 'SEP', 'OPP']);
const DEMANDS = ['10', '14'];
const UNKNOWN = '---';

function unplacedGroup(actor: Actor | null): actor is Actor {
  return (
    actor !== null &&
    actor.type === 'group' &&
    actor.country === null &&
    actor.code.startsWith(UNKNOWN) &&
    DOMESTIC_GROUPS.has(actor.sector ?? '')
  );
}

/** The country of a target that is a state's government or one of its office holders. */
function governmentCountry(actor: Actor | null): string | null {
  return actor !== null && actor.sector === 'GOV' ? actor.country : null;
}

export function withOpposedStates(events: readonly Event[]): Event[] {
  return events.map((event) => {
    const source = event.source;
    if (!unplacedGroup(source) || !DEMANDS.some((root) => event.cameo.startsWith(root))) return event;
    const iso = governmentCountry(event.target);
    if (iso === null) return event;
    return {
      ...event,
      source: { ...source, code: `${iso}${source.code.slice(UNKNOWN.length)}`, country: iso },
      rule: `${event.rule} → source: the state whose government it confronts`,
    };
  });
}
