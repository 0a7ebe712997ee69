// Who visits whom, from where a meeting takes place: "said this at a joint briefing with his Ukrainian counterpart in
// Kyiv" — the meeting is in Ukraine, so the Estonian side is the visitor and the event runs from it to its host (the
// review-set convention, as for "X, who is in Kyiv on a visit"). Only a place named right after the meeting's words
// counts, and only when it is the country of exactly one of the two sides.
import type { Mention } from '../types.ts';
import { mentionOf, token, type SentenceContext } from './context.ts';

/** How far after the matched words "in <place>" may stand ("with X in Kyiv", "with X on Tuesday in Kyiv"). */
const REACH = 4;

/** The visiting side of a meeting between `sides` held in a place named after token `end`; null when unknown. */
export function visitorByPlace(ctx: SentenceContext, end: number, sides: readonly Mention[]): Mention | null {
  for (let k = end; k < end + REACH; k++) {
    const t = token(ctx, k);
    if (t === undefined || t.text === ',' || t.text === ';') return null;
    if (t.lower !== 'in') continue;
    const place = mentionOf(ctx, k + 1);
    if (place === undefined || place.actor.type !== 'state' || place.actor.country === null) return null;
    const hosts = sides.filter((s) => s.actor.country === place.actor.country);
    const visitors = sides.filter((s) => s.actor.country !== place.actor.country);
    return hosts.length === 1 && visitors.length === 1 ? visitors[0]! : null;
  }
  return null;
}

/**
 * "Scholz and Zelensky met in Kyiv", "the two leaders met in Geneva": where two or more named sides meet ("meet in
 * T") is the venue, not a party. The sides meet each other; in the country of exactly one of two sides, the other is
 * its visitor and the meeting runs from visitor to host, as above. Null when the target is no such venue.
 */
export function venueMeeting(
  ctx: SentenceContext,
  sources: readonly Mention[],
  targets: readonly Mention[],
): { readonly venue: Mention; readonly visitor: Mention | null; readonly host: Mention | null } | null {
  const venue = targets.length === 1 ? targets[0]! : null;
  if (venue === null || sources.length < 2 || token(ctx, venue.firstToken - 1)?.lower !== 'in') return null;
  if (venue.actor.type !== 'state' || venue.actor.sector !== null) return null;
  const hosts = sources.filter((s) => s.actor.country === venue.actor.country);
  const visitors = sources.filter((s) => s.actor.country !== venue.actor.country);
  const oneWay = sources.length === 2 && hosts.length === 1;
  return { venue, visitor: oneWay ? visitors[0]! : null, host: oneWay ? hosts[0]! : null };
}
