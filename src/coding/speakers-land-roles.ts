// A speaker's "our country" or "our cities" (src/actors/speakers-land.ts) names what an act is done to, never who does
// it, and never the speaker's own side acting on itself:
//   - "Russia is bombing our cities, destroying everything": cities do nothing, so an event they would be the doer of
//     is none ("our country" may act: "our state expands its ties").
//   - "The already provided support to our state in the amount of …": a pattern that needs a target ("support to T")
//     matched only because of the land, and with no doer named it says nothing of who did what to whom; it is no
//     event. Harm is ("The shelling of our cities continues": the victim is known, as the coder tells agentless force
//     elsewhere, its doer the state the speaker's fights), and so is a pattern with no target of its own ("destroy T (bare)"), which had matched without the
//     land (src/coding/persons.ts, ourCountry, gives its target the same way).
//   - "We call it Zhayyq on our territory": the speaker's side does not act on its own state. An act that needed the
//     land is none; one that had matched without it keeps no target.
import type { Event } from '../types.ts';
import { isSpeakersLand } from '../actors/speakers-land.ts';
import { opponents, stateActor } from './victims.ts';

/** Coercion and force (17-20): the land harmed is worth telling with no doer named, as the coder does elsewhere. */
const HARM = /^(?:17|18|19|20)/;
/** The note of a pattern matched with its target left out (src/coding/codebook.ts). */
const BARE = ' (bare)';

/** The events without those the speaker's land alone made, and with no target where a side acts on its own land. */
export function withSpeakersLandRoles(
  events: readonly Event[],
  states: ReadonlyMap<string, { readonly name: string }>,
): Event[] {
  const opponent = opponents(events);
  const out: Event[] = [];
  for (const event of events) {
    const { source, target } = event;
    if (isSpeakersLand(source) && source!.type === 'region') continue;
    if (!isSpeakersLand(target)) {
      out.push(event);
      continue;
    }
    const own = source !== null && source.country === target!.country;
    if (source !== null && !own) out.push(event);
    else if (source === null && HARM.test(event.cameo))
      out.push(foughtBy(event, opponent.get(target!.country!), states));
    else if (event.rule.includes(BARE))
      out.push(own ? { ...event, target: null, rule: `${event.rule} → no target: the doer's own land` } : event);
  }
  return out;
}

/**
 * "The shelling of our cities continues", "They struck at our fuel infrastructure again": harm to the speaker's land
 * with no doer named is done by the state the speaker's state fights in the article (src/coding/victims.ts), as a
 * careful reader takes it; with no such state the doer stays unknown.
 */
function foughtBy(
  event: Event,
  iso: string | undefined,
  states: ReadonlyMap<string, { readonly name: string }>,
): Event {
  if (iso === undefined) return event;
  const source = stateActor(iso, states.get(iso)?.name ?? iso, event.trigger.text);
  return { ...event, source, rule: `${event.rule} → source: the state the speaker's state fights` };
}
