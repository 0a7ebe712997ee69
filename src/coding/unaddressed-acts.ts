// Acts addressed to no side. Offers and invitations to a "you" whom no one knows: "I offer you to consider two
// horizons of cooperation", "I invite you to cooperate!", in an address to an audience that is no actor (a
// conference's participants, investors, students); addressed to a known audience, "you" is that actor
// (actors/audience-you.ts) and the offer is an event. And acts whose object is an audience: "Olena Zelenska urged the
// attendees", "invited Stanford students to join the project", "REN TV offers its viewers a wide range of programmes",
// "commemorate and honor the participants in the liquidation". Either way the act has no other side and says nothing
// of a dyad.
import type { Event } from '../types.ts';
import type { SentenceContext } from './context.ts';
import { triggerToken } from './derived.ts';

/** Appeals (02) and intents (03). */
const OFFERS = /^0[23]/;
/** Verbs of offering and inviting. */
const OFFERING = new Set(['offer', 'invite']);
/** Nouns of an audience. */
const AUDIENCES = new Set(
  'attendees participants audience audiences listeners viewers readers students spectators guests'.split(' '),
);
/** Words a noun phrase may open with before its noun: "the attendees", "its viewers", "Stanford students". */
const OPENING = /^(?:DET|PRON|ADJ|PROPN|NUM)$/;
/** Verbal acts (01–06) and demands (10): what is said or offered to someone. */
const ADDRESSED = /^(?:0[1-6]|10)/;

/** The trigger at `i` offers or invites an unresolved "you". */
function offeredToYou(ctx: SentenceContext, event: Event, i: number): boolean {
  return OFFERS.test(event.cameo) && OFFERING.has(ctx.doc.tokens[i]!.lemma) && ctx.doc.tokens[i + 1]?.lower === 'you';
}

/** The trigger at `i` is done to an audience named right after it (or after a second verb joined to it). */
function doneToAudience(ctx: SentenceContext, event: Event, i: number): boolean {
  if (!ADDRESSED.test(event.cameo)) return false;
  let k = i + 1;
  // "to commemorate and honor the participants": a verb joined by "and" shares the object.
  if (ctx.doc.tokens[k]?.lower === 'and' && ctx.doc.tokens[k + 1]?.pos === 'VERB') k += 2;
  for (let n = 0; n < 3 && OPENING.test(ctx.doc.tokens[k]?.pos ?? ''); n++) k++;
  return AUDIENCES.has(ctx.doc.tokens[k]?.lower ?? '');
}

/** `event`, with no target, is addressed to no side. */
function unaddressed(ctx: SentenceContext, event: Event): boolean {
  if (event.target !== null) return false;
  const i = triggerToken(ctx, event);
  return i >= 0 && (offeredToYou(ctx, event, i) || doneToAudience(ctx, event, i));
}

/** The sentence's events without acts addressed to no side. */
export function withoutUnaddressedActs(ctx: SentenceContext, events: readonly Event[]): readonly Event[] {
  return events.some((e) => unaddressed(ctx, e)) ? events.filter((e) => !unaddressed(ctx, e)) : events;
}
