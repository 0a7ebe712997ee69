// A speaker's acts aimed at no other side, in a release's transcript: no event. A head of state's speech after a
// release's section break (opening remarks, an address to a meeting, src/quotes/turns.ts), and the turns of others
// that follow it, are mostly about their states' own affairs: "we must support the recovery of our economies", "we
// immediately start investigating what caused them", "I would like to thank you for your selfless efforts" (said to
// officials), "we have agreed with the Minister's proposal", "our troops must be supplied with new aircraft". A turn's
// "I" and "we" are its speaker's, so each such act had the speaker as its doer and either no other side or one of
// the speaker's own state: an analyst of conflict and cooperation between political actors codes none of them. Acts
// towards a foreign side ("we support the proposal of New Zealand's chairmanship", "I will visit India next week")
// stay, as do acts towards a side of the speaker's own politics in dispute with its government (opposition, rebels,
// separatists). Addresses (src/quotes/address.ts) are left alone: a wartime address's "we beat them near the city"
// lacks only its target, which another rule may find.
import type { Actor, Event, Quote } from '../types.ts';
import type { SentenceContext } from './context.ts';
import { triggerToken } from './derived.ts';
import { speechSpeaker } from './reported.ts';

/** Sectors of a state's own politics in dispute with its government: acts towards them are domestic politics. */
const CONTESTED = new Set(['OPP', 'REB', 'INS', 'PTY', 'SEP', 'RAD']);

/** No side other than the speaker's own state: none, or a non-contested part of the speaker's country. */
function noOtherSide(source: Actor, target: Actor | null): boolean {
  if (target === null) return true;
  return source.country !== null && target.country === source.country && !CONTESTED.has(target.sector ?? '');
}

/** `event`, done by the speaker of the speech it stands in, is aimed at no other side. */
function untargetedSpeechAct(ctx: SentenceContext, event: Event, quotes: readonly Quote[]): boolean {
  const { source, target } = event;
  if (source === null || !noOtherSide(source, target)) return false;
  const i = triggerToken(ctx, event);
  if (i < 0) return false;
  const speaker = speechSpeaker(ctx, i, quotes);
  return speaker !== null && speaker.code === source.code;
}

/** The sentence's events without a speech's acts of its speaker that are aimed at no other side. */
export function withoutUntargetedSpeechActs(
  ctx: SentenceContext,
  events: readonly Event[],
  quotes: readonly Quote[],
): readonly Event[] {
  return events.some((e) => untargetedSpeechAct(ctx, e, quotes))
    ? events.filter((e) => !untargetedSpeechAct(ctx, e, quotes))
    : events;
}
