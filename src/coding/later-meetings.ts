// A readout that goes on to another meeting: "Zelenskyy met with Morawiecki … They discussed … The President also met
// with Sánchez. They discussed the energy situation." The readout's parties (readout-parties.ts) are those of its
// opening; once the narrative reports a new meeting or call of the side that held it with a state not yet a party,
// "they", "the parties" and "the leaders" that follow stand for that meeting's two sides, not for the opening's; after
// a meeting with a body of no state (the World Bank), for no sides the readout records.
import type { Event, Mention, Quote } from '../types.ts';
import type { SentenceContext } from './context.ts';
import type { ReadoutParties } from './readout-parties.ts';
import { quoted } from './reported.ts';

/**
 * Triggers that report a meeting held or a call made ("met with", "held talks with", "had a telephone conversation
 * with", "spoke with", "During the talks with", "During the conversation with"); not talks named as a topic ("the talks between Russia and Ukraine",
 * "Ukrainian-Russian negotiations"), nor acts of telling ("informed").
 */
const MEETING_TRIGGER =
  /^(?:met|meets|meeting with|talks with|held|holds|had|has|spoke|speaks|talked|(?:telephone |phone |video )?(?:conversation|call) with|(?:telephone|phone) conversation)\b(?!.*\bbetween\b)/i;

/**
 * Replaces the readout's parties with those of a later meeting the narrative reports: an asserted consultation (04x)
 * coded both ways, with a meeting's trigger, between the side that holds the readout's meetings (a party of its
 * opening) and a state that is no party. Not in quoted words: a speaker's "I met with X" is an address's
 * (src/quotes/address.ts).
 */
/**
 * The opening's meeting is held by `country`: its holder, or one of its parties when it names no holder. A module
 * function, not a named closure in `noteLaterMeeting`: under tsx every named closure made costs a `__name` call.
 */
function holdsMeeting(readout: ReadoutParties, country: string): boolean {
  return readout.holder === undefined
    ? readout.parties.some((p) => p.actor.country === country)
    : readout.holder === country;
}

export function noteLaterMeeting(
  ctx: SentenceContext,
  events: readonly Event[],
  memory: ReadoutParties[],
  quotes: readonly Quote[],
): void {
  const readout = memory[0];
  // The first sentence's meeting is the opening's own; a second one may open the readout or report another meeting.
  if (ctx.sentence.index === 0 || readout === undefined) return;
  if (readout.holder === undefined && readout.parties.length === 0) return;
  for (const e of events) {
    const from = e.source?.country ?? null;
    if (!meetingHeld(e) || from === null || e.target === null || !holdsMeeting(readout, from)) continue;
    if (quoted(ctx, tokenAt(ctx, e.trigger.start), quotes)) continue;
    const to = e.target.country;
    // "During the meeting with President of the World Bank Group David Malpass": the parties that follow are no
    // longer the opening's, nor any the coder records.
    if (to === null && /^(?:IGO|NGO)/.test(e.target.code)) {
      memory.splice(0, memory.length, { hub: null, parties: [], holder: from });
      return;
    }
    if (to === null || to === from || readout.parties.some((p) => p.actor.country === to)) continue;
    const back = events.some((r) => r.cameo === e.cameo && r.source?.country === to && r.target?.country === from);
    const holder = mentionFor(ctx, e.source!);
    const guest = mentionFor(ctx, e.target);
    if (!back || holder === undefined || guest === undefined) continue;
    memory.splice(0, memory.length, { hub: null, parties: [holder, guest], holder: from });
    return;
  }
}

function meetingHeld(e: Event): boolean {
  return e.cameo.startsWith('04') && e.modality === 'asserted' && MEETING_TRIGGER.test(e.trigger.text);
}

/** The mention of the sentence an event's actor was read from. */
function mentionFor(ctx: SentenceContext, actor: NonNullable<Event['source']>): Mention | undefined {
  return ctx.mentions.find(
    (m) => m.sentence === ctx.sentence.index && m.actor.code === actor.code && m.actor.text === actor.text,
  );
}

/** The token of the sentence that starts at offset `start`. */
function tokenAt(ctx: SentenceContext, start: number): number {
  for (let k = ctx.sentence.firstToken; k < ctx.sentence.endToken; k++) if (ctx.doc.tokens[k]!.start >= start) return k;
  return ctx.sentence.firstToken;
}
