// Appeals of a speaker no one is known to be, no event: "I ask the Government to analyse the situation based on the
// April results", "I would like to ask Ms Golikova to report", "I want the Government to submit proposals", "I urge
// the Government and the heads of the Arctic regions to …". An appeal or demand (02, 10) to a government whose
// subject is "I" or "we" and whose doer was resolved to no actor is, in the texts that carry it, a head of state
// instructing his own government in a meeting transcript whose speaker label was not read as a turn (reading such
// lone labels turned hundreds of domestic speech acts into events and was dropped, session 17). With a known speaker
// these are a government's words to itself (domestic-routine.ts); with none, the appeal has no doer to code.
import type { Event } from '../types.ts';
import type { SentenceContext } from './context.ts';
import { triggerToken } from './derived.ts';
import { firstPersonSubject } from './persons.ts';

/** Appeals and demands. */
const APPEALS = /^(?:02|10)/;

/** `event` is an appeal to a government by a first-person subject resolved to no one. */
function speakerless(ctx: SentenceContext, event: Event): boolean {
  if (event.source !== null || event.target?.sector !== 'GOV' || !APPEALS.test(event.cameo)) return false;
  const i = triggerToken(ctx, event);
  return i >= 0 && firstPersonSubject(ctx, i);
}

/** The sentence's events without appeals by a speaker no one is known to be. */
export function withoutSpeakerlessAppeals(ctx: SentenceContext, events: readonly Event[]): readonly Event[] {
  return events.some((e) => speakerless(ctx, e)) ? events.filter((e) => !speakerless(ctx, e)) : events;
}
