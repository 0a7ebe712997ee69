// "The interlocutors commended the cooperation between Ukraine and Estonia", "the leaders reaffirmed their intention to
// strengthen the partnership between Russia and Armenia": the two sides of a cooperative act name themselves again
// after "between", and each side's own country is then found as its target. What they do is done to each other.
import type { Mention } from '../types.ts';

type Pair = [Mention | null, Mention | null];

/**
 * Cooperative pairs of two source countries whose targets are exactly those two countries, one of them a source's own,
 * become the two sides aimed at each other (UKRGOV→UKR, UKRGOV→EST, ESTGOV→UKR, ESTGOV→EST → UKRGOV→ESTGOV,
 * ESTGOV→UKRGOV). Anything else is kept.
 */
export function crossOwnSides(pairs: readonly Pair[]): Pair[] {
  const sides = new Map<string, Mention>();
  for (const [s] of pairs) {
    const country = s?.actor.country ?? null;
    if (s === null || country === null) return [...pairs];
    if (!sides.has(country)) sides.set(country, s);
  }
  if (sides.size !== 2) return [...pairs];
  // Both sides named again ("between Ukraine and India", "Russian-Iranian"), not one ("visited Moscow", "talked to the
  // Ukrainian military", "supported Ukraine": what the sides do to one of them or to a thing of one of them).
  const targets = new Set(pairs.map(([, t]) => t?.actor.country ?? null));
  if (targets.size !== 2 || ![...targets].every((c) => c !== null && sides.has(c))) return [...pairs];
  if (!pairs.some(([s, t]) => s!.actor.country === t!.actor.country)) return [...pairs];
  const [a, b] = [...sides.values()] as [Mention, Mention];
  return [
    [a, b],
    [b, a],
  ];
}
