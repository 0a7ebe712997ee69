// CAMEO codes force by who uses it on whom (codebook: 145 "protest violently, riot"; 175 "use tactics of violent
// repression"):
//   - protesters who wreck property or use force riot: "the building was demolished by protesters" → 145, not 1712;
//   - soldiers or police who use force on protesters repress them: "troops clashed with rioters" → 175, not 190.
// The pattern's code stays for every other pair ("protesters were killed by gunmen" is still 190).
import type { Actor, Event } from '../types.ts';
import type { Codebook } from './codebook.ts';

/** A crowd: the protesters, rioters or demonstrators of the actor dictionaries (sector OPP). */
const CROWD = /\b(?:protesters?|rioters?|demonstrators?)$/i;
const isCrowd = (a: Actor | null): boolean => a !== null && a.sector === 'OPP' && CROWD.test(a.name);
const FORCE_OF_ORDER = new Set(['MIL', 'COP']);
/**
 * What a crowd does when it riots: seize or damage property (171), assault (180–182: "beat", "attacked police") and
 * clash (190). Bombs, missiles and guns (183–, 191–) are a fight whoever uses them ("demonstrators launched
 * missiles").
 */
const RIOT_ACTS = /^(?:171|18[0-2]|190$)/;
const REPRESSION_ACTS = /^(?:18|19)/;

function crowdCode(event: Event): string | null {
  if (isCrowd(event.source) && RIOT_ACTS.test(event.cameo)) return '145';
  if (FORCE_OF_ORDER.has(event.source?.sector ?? '') && isCrowd(event.target) && REPRESSION_ACTS.test(event.cameo))
    return '175';
  return null;
}

/** The events with riots and repression recoded; `reId` gives a recoded event its id. */
export function withCrowdCodes(
  events: readonly Event[],
  codebook: Codebook,
  reId: (event: Event, code: string) => string,
): Event[] {
  return events.map((event) => {
    const code = crowdCode(event);
    const info = code === null ? undefined : codebook.codes.get(code);
    if (code === null || info === undefined) return event;
    return {
      ...event,
      id: reId(event, code),
      cameo: code,
      plover: info.plover,
      mode: info.mode,
      goldstein: info.goldstein,
      quadClass: info.quadClass,
      rule: `${event.rule} → ${code === '145' ? 'riot (force by protesters)' : 'repression (force on protesters)'}`,
    };
  });
}
