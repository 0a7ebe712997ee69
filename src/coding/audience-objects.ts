// Acts whose object is an audience, no side: "Olena Zelenska urged the attendees", "invited Stanford students to
// join the project", "REN TV offers its viewers a wide range of programmes", "commemorate and honor the participants
// in the liquidation". Attendees, listeners, viewers or students are no actor the dictionaries place; an appeal, an
// offer or praise addressed to them has no other side and says nothing of a dyad.
import type { Event } from '../types.ts';
import type { SentenceContext } from './context.ts';
import { triggerToken } from './speakerless-appeals.ts';

/** Nouns of an audience. */
const AUDIENCES = new Set(
  'attendees participants audience audiences listeners viewers readers students spectators guests'.split(' '),
);
/** Words a noun phrase may open with before its noun: "the attendees", "its viewers", "Stanford students". */
const OPENING = /^(?:DET|PRON|ADJ|PROPN|NUM)$/;
/** Verbal acts (01–06) and demands (10): what is said or offered to someone. */
const ADDRESSED = /^(?:0[1-6]|10)/;

/** `event`, with no target, is done to an audience named right after its trigger (or a second verb joined to it). */
function toAudience(ctx: SentenceContext, event: Event): boolean {
  if (event.target !== null || !ADDRESSED.test(event.cameo)) return false;
  const i = triggerToken(ctx, event);
  if (i < 0) return false;
  let k = i + 1;
  // "to commemorate and honor the participants": a verb joined by "and" shares the object.
  if (ctx.doc.tokens[k]?.lower === 'and' && ctx.doc.tokens[k + 1]?.pos === 'VERB') k += 2;
  for (let n = 0; n < 3 && OPENING.test(ctx.doc.tokens[k]?.pos ?? ''); n++) k++;
  return AUDIENCES.has(ctx.doc.tokens[k]?.lower ?? '');
}

/** The sentence's events without acts done to an audience. */
export function withoutAudienceObjects(ctx: SentenceContext, events: readonly Event[]): readonly Event[] {
  return events.some((e) => toAudience(ctx, e)) ? events.filter((e) => !toAudience(ctx, e)) : events;
}
