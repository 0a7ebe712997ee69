// "Poland condemned the invasion of Ukraine", "Estonia denounced the aggression": a criticism or a rejection whose
// object is the war is aimed at the side that wages it, not at the state it is waged on; a war named with no side
// ("the aggression", "the brutal invasion") is that side's too. The target becomes the aggressor the article binds by
// its own words (aggressor.ts: "Russia invaded", "Russia's aggression", "Russian occupiers"), else no one: the state
// the war is waged on is never the one condemned.
import type { Event } from '../types.ts';
import type { SentenceContext } from './context.ts';
import { articleAggressor, warObject } from './supported-wars.ts';

/** Criticism, accusation and rejection (11x, 12x). */
const CONDEMNING = /^1[12]/;

/** The sentence's criticisms and rejections of a war, aimed at the article's aggressor. */
export function withCondemnedWars(
  ctx: SentenceContext,
  events: readonly Event[],
  reId: (event: Event, code: string) => string,
): Event[] {
  return events.map((event) => {
    if (!CONDEMNING.test(event.cameo)) return event;
    const war = warObject(ctx, event);
    if (war === null) return event;
    const victim = war.victim?.actor.code ?? null;
    // A target other than the war's victim was found in another way ("condemned Russia's invasion": Russia).
    if (event.target !== null && event.target.code !== victim) return event;
    const aggressor = articleAggressor(ctx, war.victim?.actor.country ?? null);
    if (aggressor !== null && aggressor.country === event.source?.country) return event;
    if (aggressor === null && event.target === null) return event;
    const moved = { ...event, target: aggressor };
    return { ...moved, id: reId(moved, event.cameo), rule: `${event.rule} (a war condemned)` };
  });
}
