// A government's routine with its own state, no event: "Vladimir Putin held a meeting with Central Election
// Commission Chairperson Ella Pamfilova", "I would like to ask the Government to …", "thank you for your support on
// this" said to a minister, "The President visited the Dostoevsky Museum", "we are working closely with the Defence
// Ministry", "the President called on the Ukrainian media to …", "the State Department urges all US citizens to
// leave". Appeals, intents, meetings, cooperation and praise between a government and its own ministries, forces,
// firms, courts or people, and its calls on its own firms, media or people, are how a state runs itself; so
// are the thanks, invitations and meetings its own firms, churches, courts, agencies and forces address to it ("Thank
// you for your kind words, Mr President", said by a state's patriarch or a firm's chief). An analyst of conflict and
// cooperation between political actors codes none of them (the review sets left such articles out and code no such
// event in the articles they kept). Domestic politics stays: a target in dispute with the government (opposition,
// rebels, parties, separatists) is a party; lawmakers, politicians and the people at large backing or pressing the
// government ("144 senators who provided support to President Putin", "the majority of the population supports the
// authorities") are coded, as are the government's demands of parliament, courts or its forces; conflict codes (11 on),
// concessions (08) and aid (07) are coded whoever the target is ("shortened the curfew imposed in Sudan", "the
// government arrested dissidents"). It runs on the sentence's final events, after a readout's thanks of a side's own
// state were given to the other side (self-support.ts), so only what is still domestic then is dropped.
import type { Actor, Event } from '../types.ts';
import { isSpeakersLand } from '../actors/speakers-land.ts';

/**
 * Appeals, consultations and verbal support (not the signing of agreements, 057). Statements (01) stay: sympathy with
 * the victims of a tragedy at home ("expressed sorrow for the shootings in South Carolina", 018) is coded.
 */
const ROUTINE = /^(?:02|04|05[0-6])/;

/**
 * Intents and cooperation. Towards the doer's own bare state they are left to self-targets.ts, which finds the side
 * the act was for ("Sunak has promised the UK's largest ever military support package for Ukraine").
 */
const INTENT_OR_COOPERATION = /^0[36]/;

/** Meetings and intents to meet. */
const MEETING = /^(?:04|036)/;

/** Demands and calls. */
const DEMAND = /^10/;

/**
 * Sectors a government's calls go to when it runs its own state: its firms, media, schools, churches and people
 * ("called on the citizens to keep calm", null: the nation). Parliament, courts and politicians are political actors it
 * bargains with ("urging Congress to pass a new spending package" is coded), and its calls on its own forces ("called
 * on Ukrainian soldiers to hold the line") are the conduct of its war, coded too.
 */
const RUN_BY_CALLS = new Set([null, 'MED', 'BUS', 'EDU', 'CVL', 'REF', 'LAB', 'AGR', 'REL', 'NGO']);

/**
 * Parts of a state that address its government as its own institutions: forces, agencies, courts, firms, media,
 * schools, churches. Not the people at large (null, CVL), lawmakers or politicians, whose backing of or pressure on
 * the government is domestic politics.
 */
const OWN_INSTITUTIONS = new Set(['MIL', 'COP', 'SPY', 'JUD', 'MED', 'BUS', 'EDU', 'LAB', 'AGR', 'REL', 'NGO']);

/** Sectors of a state's own politics in dispute with its government. */
const CONTESTED = new Set(['OPP', 'REB', 'INS', 'PTY', 'SEP', 'RAD']);

/**
 * Words, intents to meet, consultation, cooperation and demands (not agreements, aid or conflict, where a doer read as
 * its own target is more often a misread actor than no event).
 */
const SELF_DIRECTED = /^(?:01|02|036|04|05[0-6]|06|10)/;

/**
 * A government's appeal, intent, meeting, cooperation or praise addressed to a non-contested part of its own state,
 * or its call on its own firms, media or people; an own institution's routine addressed to the government; a
 * meeting between two of a state's institutions ("Judge Jackson meets with Sen. Coons"); or a government's words,
 * intents, cooperation or demands addressed to itself ("the Government must take all the necessary decisions", "We
 * will discuss this with Ms Golikova", the governor "invited the head of state to visit the city"): an act whose
 * source and target are the same government is no dyad. Other actors read as their own target are mostly a misread
 * speaker ("the Forum concluded that the US must allocate …" read US → US) and keep the event.
 */
/** The pattern's words, before the notes the coder adds ("express gratitude|thanks for"). */
const patternOf = (event: Event): string => event.rule.split(/ (?:→|\(|\[)/)[0]!;

/**
 * "expressed gratitude for the support of our state", "invited to join the reconstruction of our country": a speaker's
 * land (src/actors/speakers-land.ts) that a pattern with no target of its own took up after it is what the act is
 * about, not whom it addresses; self-targets.ts finds the side it was for, or leaves it open.
 */
function landAsObject(event: Event): boolean {
  if (!isSpeakersLand(event.target)) return false;
  return event.rule.includes(' (bare)') || !/:.*(?:^|[\s:])T!?(?:\s|$)/.test(patternOf(event));
}

function domesticRoutine(event: Event): boolean {
  const { source, target } = event;
  if (source === null || target === null || landAsObject(event)) return false;
  if (source.sector === 'GOV' && source.code === target.code && SELF_DIRECTED.test(event.cameo)) return true;
  if (source.country === null || target.country !== source.country) return false;
  const targetSector = target.sector ?? null;
  if (source.sector === 'GOV') {
    if (CONTESTED.has(targetSector ?? '')) return false;
    if (ROUTINE.test(event.cameo)) return true;
    // Intents between two readings of one government are more often a misread doer ("Yoruba leaders are willing to
    // forgive President Obasanjo" read as the government's) than no event: only SELF_DIRECTED above drops them.
    if (INTENT_OR_COOPERATION.test(event.cameo)) return targetSector !== 'GOV' && !isBareState(target);
    return DEMAND.test(event.cameo) && RUN_BY_CALLS.has(targetSector);
  }
  if (!ROUTINE.test(event.cameo) && !INTENT_OR_COOPERATION.test(event.cameo)) return false;
  if (targetSector === 'GOV' && OWN_INSTITUTIONS.has(source.sector ?? '')) return true;
  if (MEETING.test(event.cameo) && isInstitution(source.sector) && isInstitution(targetSector)) return true;
  // A meeting is coded both ways: its mirror ("Reshetnikov met Putin") goes with it. Other acts towards the
  // government keep their doer: "the majority of the population supports the actions of the Russian authorities".
  return event.cameo.startsWith('04') && targetSector === 'GOV' && !CONTESTED.has(source.sector ?? '');
}

/** A state named bare: no government, forces or people of it. */
function isBareState(actor: Actor): boolean {
  return actor.type === 'state' && actor.sector === null;
}

/** A sector of a state's own institutions, parliament included (not the people at large, not a contested side). */
function isInstitution(sector: string | null): boolean {
  return sector !== null && (sector === 'LEG' || sector === 'GOV' || OWN_INSTITUTIONS.has(sector));
}

/** The sentence's events without a government's routine with its own state. */
export function withoutDomesticRoutine(events: readonly Event[]): readonly Event[] {
  return events.some(domesticRoutine) ? events.filter((e) => !domesticRoutine(e)) : events;
}
