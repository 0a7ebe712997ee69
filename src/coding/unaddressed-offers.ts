// Offers and invitations to "you" whom no one knows: "I offer you to consider two horizons of cooperation", "We offer
// you just such a success", "I invite you to cooperate!", in an address to an audience that is no actor (a conference's
// participants, investors, students). Addressed to a known audience, "you" is that actor (actors/audience-you.ts) and
// the offer is an event; addressed to no one the dictionaries know, it has no other side and says nothing of a dyad.
import type { Event } from '../types.ts';
import type { SentenceContext } from './context.ts';
import { triggerToken } from './speakerless-appeals.ts';

/** Appeals (02) and intents (03). */
const OFFERS = /^0[23]/;
/** Verbs of offering and inviting. */
const OFFERING = new Set(['offer', 'invite']);

/** `event` offers or invites an unresolved "you". */
function unaddressed(ctx: SentenceContext, event: Event): boolean {
  if (event.target !== null || !OFFERS.test(event.cameo)) return false;
  const i = triggerToken(ctx, event);
  const verb = ctx.doc.tokens[i];
  return verb !== undefined && OFFERING.has(verb.lemma) && ctx.doc.tokens[i + 1]?.lower === 'you';
}

/** The sentence's events without offers and invitations to a "you" no one is known to be. */
export function withoutUnaddressedOffers(ctx: SentenceContext, events: readonly Event[]): readonly Event[] {
  return events.some((e) => unaddressed(ctx, e)) ? events.filter((e) => !unaddressed(ctx, e)) : events;
}
