// "Rishi Sunak has promised the UK's largest ever military support package for Ukraine", "deepening the fraternal ties
// between Argentina and Russia", "he warned of Russian nuclear expansion": an act whose target is the doer's own
// country, named bare (no government, forces or people of it), is almost always a misread target: the country's
// possessive or adjective in the object's noun phrase stood in for the side acted on. Read on the corpus, about one in
// six such cooperative acts was right. When the sentence names after the act one other side, the act is towards it
// ("ties between Argentina and Russia", "the package for Ukraine"); otherwise the target is left open rather than
// coded as the doer's own state, which would put a self-dyad into the series. Demands, threats, force and protest
// (CAMEO 10 on) between a state and its own people are domestic politics and keep their target, as does an act whose
// target is a place of the country ("expressed sorrow for the shootings in South Carolina").
import type { Actor, Event } from '../types.ts';
import type { SentenceContext } from './context.ts';
import { isSpeakersLand } from '../actors/speakers-land.ts';

export function withoutSelfTargets(
  ctx: SentenceContext,
  events: readonly Event[],
  reId: (event: Event, code: string) => string,
): readonly Event[] {
  if (!events.some(selfTargeted)) return events;
  return events.map((event) => {
    if (!selfTargeted(event) || placedTarget(ctx, event)) return event;
    const other = onlyOtherSideAfter(ctx, event);
    // A speaker's "our country" or "us" that filled a pattern's target slot, with no other side named, is left to
    // src/coding/speakers-land-roles.ts: an act that needed it to match ("the partners who provide us with support",
    // their doer missed) is none there. Thanks "for the support of our country" need no target and stay, left open.
    if (other === null && isSpeakersLand(event.target) && targetSlot(event.rule)) return event;
    const moved = { ...event, target: other };
    const note = other === null ? '(own state as target: left open)' : '(own state as target: the other side named)';
    return { ...moved, id: reId(moved, event.cameo), rule: `${event.rule} ${note}` };
  });
}

/**
 * Doers who act for their state: its government, forces, parliament, officials, or the state itself. A people, a
 * party, rebels or a church may act on their own state ("Russian separatists ask Moscow", "Ukrainians rallied in Kyiv").
 */
const STATE_SECTORS = new Set(['GOV', 'MIL', 'LEG', 'JUD', 'ELI', 'SPY', 'COP']);

/** The target is the bare state of the doer's own country, and the doer acts for that state (not a protest). */
function selfTargeted(event: Event): boolean {
  const { source, target } = event;
  return (
    source !== null &&
    (source.sector === null || STATE_SECTORS.has(source.sector)) &&
    // Demands, threats, force and protest at home are domestic politics, coded with the state as their target
    // ("threatened to ban Ugandan opposition candidates", "ordered a curfew in Algiers").
    event.cameo < '10' &&
    target !== null &&
    target.type === 'state' &&
    target.sector === null &&
    target.country !== null &&
    source.country === target.country
  );
}

/** The one actor of another side named after the trigger in the sentence, if there is exactly one. */
function onlyOtherSideAfter(ctx: SentenceContext, event: Event): Actor | null {
  const own = event.source!.country;
  let found: Actor | null = null;
  for (const m of ctx.mentions) {
    if (m.sentence !== ctx.sentence.index || m.start < event.trigger.end) continue;
    const side = m.actor.country ?? m.actor.code;
    if (side === own) continue;
    if (found !== null && (found.country ?? found.code) !== side) return null;
    found ??= m.actor;
  }
  return found;
}

/** Prepositions that put a target on the map: "sorrow for the shootings in South Carolina". */
const LOCATIVES = new Set(['in', 'at', 'across', 'throughout']);

/** The target is a place of the doer's country named after a locative: a domestic act's scene, kept. */
function placedTarget(ctx: SentenceContext, event: Event): boolean {
  const target = event.target!;
  for (const m of ctx.mentions) {
    if (m.sentence !== ctx.sentence.index || m.actor.code !== target.code || m.actor.text !== target.text) continue;
    if (LOCATIVES.has(ctx.doc.tokens[m.firstToken - 1]?.lower ?? '')) return true;
  }
  return false;
}

/** The pattern of a rule ("07-aid.txt:070:help T! [desire] …") names a target slot T. */
function targetSlot(rule: string): boolean {
  const pattern = /^[^:]*:[^:]*:(.*?)(?: [([→]|$)/.exec(rule)?.[1] ?? '';
  return /(?:^|\s)T(?:!|\s|$)/.test(pattern);
}
