// "Zelenskyy thanked Trudeau for supporting Ukraine's aspirations", "Thank you for inviting me", "I am grateful to
// Italy for supporting Ukraine's membership": the act thanked for, an -ing form after "for", is done by the one
// thanked, not by the thanker, who is the subject of the clause; and an act with no target of its own ("for
// inviting me", "for accepting our invitation") is done to the thanker.
import type { Event } from '../types.ts';
import type { SentenceContext } from './context.ts';
import { isSpeakersLand } from '../actors/speakers-land.ts';

/** Words that open thanks, praise or congratulations for an act. */
const THANKING = /^(?:thank|grat|appreciat|prais|commend|congratulat)/i;
/** Patterns that express thanks through a light verb: "expressed gratitude / appreciation / thanks to". */
const GRATITUDE = /:(?:express|voice)[^ ]* gratitude\|/;

function tokenAt(ctx: SentenceContext, start: number): number {
  for (let k = ctx.sentence.firstToken; k < ctx.sentence.endToken; k++)
    if (ctx.doc.tokens[k]!.start === start) return k;
  return -1;
}

/** The -ing trigger at `i` follows "for" (past adverbs): "for supporting", "for so quickly agreeing". */
function thankedAct(ctx: SentenceContext, i: number): boolean {
  const t = ctx.doc.tokens[i];
  if (t === undefined || !t.lower.endsWith('ing')) return false;
  let k = i - 1;
  while (k > ctx.sentence.firstToken && ctx.doc.tokens[k]!.pos === 'ADV') k--;
  return ctx.doc.tokens[k]?.lower === 'for';
}

/** The sentence's events with the doer of an act thanked for set to the one thanked. */
export function withThankedDoers(
  ctx: SentenceContext,
  events: readonly Event[],
  reId: (event: Event, code: string) => string,
): Event[] {
  // "expressed my appreciation to the President of Russia for agreeing to …": the pattern names the thanks.
  const thanks = events.filter(
    (e) =>
      e.cameo === '051' &&
      e.target !== null &&
      !isSpeakersLand(e.target) &&
      (THANKING.test(e.trigger.text) || GRATITUDE.test(e.rule)),
  );
  if (thanks.length === 0) return [...events];
  return events.map((event) => {
    if (thanks.includes(event) || !thankedAct(ctx, tokenAt(ctx, event.trigger.start))) return event;
    const before = thanks.filter((t) => t.trigger.start < event.trigger.start);
    const thanked = before[before.length - 1];
    if (thanked === undefined || thanked.target === null) return event;
    // Role assignment already gives the act to a named one thanked ("thanked Denmark and Norway for sending aid",
    // object-control.ts); this fills in the one it cannot name ("thank you for inviting me") or the thanker it took.
    const thanker = (e: Event): boolean => thanks.some((t) => t.source?.code === e.source?.code);
    const source = event.source !== null && !thanker(event) ? event.source : thanked.target;
    const target = event.target === null || event.target.code === source.code ? thanked.source : event.target;
    if (event.source?.code === source.code && event.target?.code === target?.code) return event;
    const moved = { ...event, source, target };
    return { ...moved, id: reId(moved, event.cameo), rule: `${event.rule} (doer: the one thanked)` };
  });
}
