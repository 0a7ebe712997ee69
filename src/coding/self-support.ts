// "The President thanked Slovakia for its continued solidarity", "He also commended Slovenia's prompt appointment",
// "he supports Ukraine and condemns Russia's aggression" (of the Pope, in a readout of Zelenskyy's talk with him):
// in a readout of two sides' talk, the one who thanks, praises or supports a side's state is the other side, never a
// person of that state. When the doer taken for such an act is a person of the state it is done to, the doer was
// resolved to the wrong side ("The President" or "he" to the counterpart last named), and the act is the other
// side's. A person named as the subject of the act's verb ("Zelenskyy also praised the signing of the … Agreement")
// is its doer whatever it praises. A domestic act ("Zelenskyy praised Ukraine's energy workers") names no second side and is kept.
import type { Event } from '../types.ts';
import type { SentenceContext } from './context.ts';
import { salientSides } from './roles.ts';

/** The sentence's cooperative acts (05x) of a person towards his own state, given to the readout's other side. */
export function withOtherSideSupport(
  ctx: SentenceContext,
  events: readonly Event[],
  reId: (event: Event, code: string) => string,
): Event[] {
  if (!events.some(selfSupport)) return [...events];
  return events.map((event) => {
    if (!selfSupport(event) || namedDoer(ctx, event) || thanksForAnother(ctx, event)) return event;
    const sides = salientSides(ctx.mentions, event.trigger.start);
    const others = sides.filter((side) => (side.actor.country ?? side.actor.code) !== event.target!.country);
    if (sides.length !== 2 || others.length !== 1) return event;
    const other = others[0]!;
    // A readout names who talked in its opening sentences; a state only talked about is no side.
    const named = ctx.mentions.some(
      (m) => m.sentence <= 1 && m.actor.type === 'person' && m.actor.country === other.actor.country,
    );
    if (!named || other.actor.type !== 'person' || other.actor.country === null) return event;
    const moved = { ...event, source: other.actor };
    return { ...moved, id: reId(moved, event.cameo), rule: `${event.rule} (doer: the other side)` };
  });
}

/** A cooperative act by a person of a state towards that state itself. */
function selfSupport(event: Event): boolean {
  const { source, target } = event;
  return (
    event.cameo.startsWith('05') &&
    source !== null &&
    target !== null &&
    source.type === 'person' &&
    target.type === 'state' &&
    source.country !== null &&
    source.country === target.country
  );
}

/**
 * The event's doer is named by name in the sentence and the trigger is a finite verb: "Volodymyr Zelenskyy also
 * praised …" is his own act. An act named by a noun or an -ing form ("thanked the Prime Minister of Slovenia for his
 * strong support for Ukraine's …") may be another's.
 */
function namedDoer(ctx: SentenceContext, event: Event): boolean {
  const { tokens } = ctx.doc;
  let i = ctx.sentence.firstToken;
  while (i < ctx.sentence.endToken && tokens[i]!.start < event.trigger.start) i++;
  const t = tokens[i];
  if (t === undefined || t.pos !== 'VERB' || t.lower.endsWith('ing') || tokens[i - 1]?.lower === 'to') return false;
  return ctx.mentions.some(
    (m) =>
      m.sentence === ctx.sentence.index &&
      m.kind === 'name' &&
      m.start < event.trigger.start &&
      m.actor.code === event.source!.code &&
      m.actor.name === event.source!.name,
  );
}

/** Words of thanks and praise, whose object is the one thanked. */
const THANKING = /^(?:thank|grat|appreciat|prais|commend|congratulat|applaud|hail)/i;

/**
 * Thanks whose target is not their object: "The President thanked for the financial support to Ukraine from the
 * European Union" thanks the Union, and the thanker's own state was only named in the act thanked for. Only thanks
 * with the state as their object ("thanked Slovakia", "expressed gratitude to the United States") tell that the
 * thanker is of the other side.
 */
function thanksForAnother(ctx: SentenceContext, event: Event): boolean {
  if (!THANKING.test(event.trigger.text) && !/gratitude|thanks|appreciation/i.test(event.trigger.text)) return false;
  const { tokens } = ctx.doc;
  let i = ctx.sentence.firstToken;
  while (i < ctx.sentence.endToken && tokens[i]!.start < event.trigger.end) i++;
  while (i < ctx.sentence.endToken && (tokens[i]!.lower === 'to' || tokens[i]!.lower === 'the')) i++;
  const at = ctx.mentionAt[i];
  const object = at === undefined || at < 0 ? undefined : ctx.mentions[at];
  return object === undefined || object.actor.code !== event.target!.code;
}
