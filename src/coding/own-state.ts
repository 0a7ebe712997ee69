// Whom a domestic group acts against when the sentence names no one: its own state.
//   - "Seven opposition parties in Nepal organized a general strike", "Kenyan students staged a sit-in": a protest by a
//     state's opposition, civilians, workers, students or other people of its society, with no target and no place
//     of its own (the geo stage aims a protest at the place where it happens first), is aimed at that state, as CAMEO
//     and PLOVER code domestic protest (NPLOPP → NPL).
//   - "Two thousand Angolan rebels have been demobilized": rebels standing down with no one named retreat before their
//     own state (AGOREB → AGO).
//   - "Egyptian police opened fire to disperse Moslem fundamentalist demonstrators": violent repression (175) by a
//     state's government, forces or police of a crowd no one placed (named in the pattern's words: protesters,
//     demonstrators, a rally, a crowd …) is done to that state's own people (EGYCOP → EGY).
// A state's own bodies (GOV, MIL, COP …) are not domestic groups: "Russian troops withdrew" names no dyad. Nor is a
// people named by its state alone ("Palestinians protested"): a diaspora or a people under occupation protests
// against others as often as against its own state.
import type { Event } from '../types.ts';
import { stateActor } from './victims.ts';

/** Sectors of a state's society, as opposed to its institutions. Not refugees: they protest where they fled to. */
const SOCIETY = new Set(['OPP', 'CVL', 'LAB', 'EDU', 'AGR', 'PTY', 'BUS', 'MED', 'ELI']);
const ARMED_OPPOSITION = new Set(['REB', 'INS', 'SEP']);
/** A state's bodies that repress: its government, armed forces, police and security services. */
const STATE_FORCE = new Set(['GOV', 'MIL', 'COP', 'SPY']);
/** A crowd named in the pattern's own words ("disperse protesters|demonstrators"); "suppress T" names none. */
const CROWD_WORDS = /\b(?:protest|demonstrat|rall(?:y|ies)|crowds?\b|marchers|rioters)/i;
/** The pattern an event's rule trail starts with ("17-coerce.txt:175:disperse protesters|…"), without its notes. */
const patternOf = (event: Event): string => event.rule.split(/ (?:→|\(|\[)/)[0]!;

function ownStateTarget(event: Event): boolean {
  const sector = event.source?.sector ?? null;
  if (event.target !== null || sector === null || (event.source?.country ?? null) === null) return false;
  if (event.cameo.startsWith('14')) return SOCIETY.has(sector);
  if (event.cameo === '175') return STATE_FORCE.has(sector) && CROWD_WORDS.test(patternOf(event));
  return event.cameo.startsWith('087') && ARMED_OPPOSITION.has(sector);
}

export function withOwnStateTargets(
  events: readonly Event[],
  states: ReadonlyMap<string, { readonly name: string }>,
): Event[] {
  return events.map((event) => {
    if (!ownStateTarget(event)) return event;
    const source = event.source!;
    const iso = source.country!;
    const target = stateActor(iso, states.get(iso)?.name ?? iso, source.text);
    return { ...event, target, rule: `${event.rule} → target: the source's own state` };
  });
}
