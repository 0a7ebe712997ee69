// Compulsion with no one compelling, no event: "50,000 Ukrainians who were forced to flee their homes", "Russia was
// forced to go ahead with the operation", "Putin is forced to take unpopular decisions". A passive "be forced to"
// that names no doer tells a circumstance (war, need, pressure in general), not an act of coercion by an actor; what
// the compelled side then does is coded by its own verb. A named doer keeps the event ("forced by the occupiers to
// leave"), and so does the active verb ("they forced 12 million Ukrainians to leave").
import type { SentenceContext } from './context.ts';
import type { Match } from './match.ts';

/** Verbs of compulsion whose passive names a circumstance when no doer is named. */
const COMPULSION = new Set(['force', 'coerce']);

/** The passive verb at `match`, with no doer named (`sourceCount` 0), is compulsion by circumstance: no event. */
export function unnamedCompulsion(ctx: SentenceContext, match: Match, sourceCount: number): boolean {
  return sourceCount === 0 && match.pattern.code === '170' && COMPULSION.has(ctx.doc.tokens[match.trigger]!.lemma);
}
