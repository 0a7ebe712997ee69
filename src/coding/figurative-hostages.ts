// Hostage-taking as a figure, no event: "the neo-Nazis in Kiev have taken the Ukrainian people hostage", "Africa is in
// effect taken hostage", "those who have taken Ukraine hostage". A whole people, a state or a continent held hostage is
// a charge of holding a country to ransom politically; CAMEO 181 codes the seizure of persons ("took hostage 400
// people", "foreign citizens have been taken hostage in Sumy", where Sumy is the place, not the held).
import type { Mention } from '../types.ts';
import type { SentenceContext } from './context.ts';
import type { Match } from './match.ts';

/** Prepositions that make a place of the mention after them: "taken hostage in Sumy". */
const PLACE_PREPOSITIONS = new Set(['in', 'at', 'near', 'from', 'inside', 'around']);

/**
 * The mention names a whole people: "the Ukrainian people", "our nation". A nation's name for its people is not
 * enough: "Hamas took Israelis hostage" tells of persons seized.
 */
function wholePeople(ctx: SentenceContext, m: Mention): boolean {
  if (m.actor.sector !== 'CVL' && !(m.actor.sector === null && m.actor.type === 'group')) return false;
  const last = ctx.doc.tokens[m.endToken - 1]!.lower;
  return last === 'people' || last === 'nation';
}

/** The mention names a state or a continent held as a whole, not the place of a hostage-taking. */
function wholeLand(ctx: SentenceContext, m: Mention): boolean {
  if (m.actor.sector !== null || (m.actor.type !== 'state' && m.actor.type !== 'region')) return false;
  return !PLACE_PREPOSITIONS.has(ctx.doc.tokens[m.firstToken - 1]?.lower ?? '');
}

/** A hostage-taking (181) whose every target is a whole people, a state or a continent. */
export function figurativeHostage(ctx: SentenceContext, match: Match, targets: readonly Mention[]): boolean {
  if (match.pattern.code !== '181' || targets.length === 0) return false;
  if (!ctx.doc.tokens.slice(match.trigger, match.end).some((t) => t.lower === 'hostage')) return false;
  return targets.every((m) => wholePeople(ctx, m) || wholeLand(ctx, m));
}
