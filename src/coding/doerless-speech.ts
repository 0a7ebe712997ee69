// "We strongly condemn Russia's use of warships", "I thank all the states that supported Ukraine today", "It also
// deplored Russia's seizure of the ports", "the establishment policy of supporting Kyiv", "pressure is mounting to
// supply heavy weapons to Ukraine": a statement, appeal, act of cooperation, demand, criticism or threat (CAMEO
// roots 01–13) is made by someone, and when the coder resolved that someone to no actor the record is not the
// event but half of it. In samples of such events in the corpus (session 32) nearly all had a doer the text names
// and the coder missed (an unresolved "we", "I", "it" or relative "who"), or were no act at all but a policy or
// mood told as a noun; an analyst would record none of them as they stand. Protest, force, coercion, sanctions and
// military posture (roots 14–20) are another matter: "protests against France erupted in Niger" (a crowd the
// place names), "a missile strike destroyed the airport", "troops have
// arrived", "sanctions were imposed on Russia" are events whose doer the news itself often leaves unnamed, and
// annotators record them with no source; they are kept.
import type { Event } from '../types.ts';

/** CAMEO roots 01–13: acts that are said, offered or agreed, which have a doer by their nature. */
const SPOKEN_OR_COOPERATIVE = /^(?:0\d|1[0-3])/;

/**
 * Legal acts, investigation (09) and conviction (116): a state's police and courts, whom the place where they
 * happen names (src/geo/place-actors.ts), as it does for arrests.
 */
const LEGAL = /^(?:09|116)/;

/** The events without the speech and cooperation acts that name no doer. */
export function withoutDoerlessSpeech(events: readonly Event[]): readonly Event[] {
  return events.some(doerlessSpeech) ? events.filter((e) => !doerlessSpeech(e)) : events;
}

function doerlessSpeech(event: Event): boolean {
  return event.source === null && SPOKEN_OR_COOPERATIVE.test(event.cameo) && !LEGAL.test(event.cameo);
}
