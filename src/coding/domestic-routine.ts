// A government's routine with its own state, no event: "Vladimir Putin held a meeting with Central Election
// Commission Chairperson Ella Pamfilova", "I would like to ask the Government to …", "thank you for your support on
// this" said to a minister, "The President visited the Dostoevsky Museum". Appeals, meetings and praise
// between a government and its own ministries, forces, firms, courts or people are how a state runs itself; an
// analyst of conflict and cooperation between political actors codes none of them (the review sets left such
// articles out and code no such event in the articles they kept). Domestic politics stays: a target in dispute with
// the government (opposition, rebels, parties, separatists) is a party, and conflict codes (10 on), concessions (08)
// and aid (07) are coded whoever the target is ("shortened the curfew imposed in Sudan", "the government arrested
// dissidents"). It runs on the sentence's final events, after a readout's thanks of a side's own state were given
// to the other side (self-support.ts), so only what is still domestic then is dropped.
import type { Event } from '../types.ts';

/**
 * Appeals, consultations and verbal support (not the signing of agreements, 057). Statements (01) stay: sympathy with
 * the victims of a tragedy at home ("expressed sorrow for the shootings in South Carolina", 018) is coded.
 */
const ROUTINE = /^(?:02|04|05[0-6])/;

/** Sectors of a state's own politics in dispute with its government. */
const CONTESTED = new Set(['OPP', 'REB', 'INS', 'PTY', 'SEP', 'RAD']);

/**
 * Words, intents to meet, consultation, cooperation and demands (not agreements, aid or conflict, where a doer read as
 * its own target is more often a misread actor than no event).
 */
const SELF_DIRECTED = /^(?:01|02|036|04|05[0-6]|06|10)/;

/**
 * A government's appeal, meeting or praise addressed to a non-contested part of its own state; or a government's
 * words, intents, cooperation or demands addressed to itself ("the Government must take all the necessary
 * decisions", "We will discuss this with Ms Golikova", the governor "invited the head of state to visit the city"):
 * an act whose source and target are the same government is no dyad. Other actors read as their own target are
 * mostly a misread speaker ("the Forum concluded that the US must allocate …" read US → US) and keep the event.
 */
function domesticRoutine(event: Event): boolean {
  const { source, target } = event;
  if (source === null || target === null) return false;
  if (source.sector === 'GOV' && source.code === target.code && SELF_DIRECTED.test(event.cameo)) return true;
  if (!ROUTINE.test(event.cameo)) return false;
  if (source.country === null || target.country !== source.country) return false;
  if (source.sector === 'GOV') return !CONTESTED.has(target.sector ?? '');
  // A meeting is coded both ways: its mirror ("Reshetnikov met Putin") goes with it. Other acts towards the
  // government keep their doer: "the majority of the population supports the actions of the Russian authorities".
  return event.cameo.startsWith('04') && target.sector === 'GOV' && !CONTESTED.has(source.sector ?? '');
}

/** The sentence's events without a government's routine with its own state. */
export function withoutDomesticRoutine(events: readonly Event[]): readonly Event[] {
  return events.some(domesticRoutine) ? events.filter((e) => !domesticRoutine(e)) : events;
}
