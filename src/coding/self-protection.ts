// A state protecting or defending itself, no event: "the measures taken by Ukraine to protect the Ukrainian-Belarusian
// border", "These measures made it possible to protect Russia's Arctic borders", "We protect Ukraine ourselves",
// "the unit was awarded for protecting Russia's sovereignty". CAMEO 074 codes military protection given to another
// side and 052 a defence of another side; a state's government, forces or people guarding their own country, borders
// or citizens act towards no other party (the attack they meet, if told, is an event of its own).
import type { Mention } from '../types.ts';
import type { Match } from './match.ts';

/** Protection and defence of another side. */
const PROTECTING = /^(?:052|074)/;

/** The protection at `match` is by a state's own side of that same state: no event. */
export function selfProtection(match: Match, sources: readonly Mention[], targets: readonly Mention[]): boolean {
  if (!PROTECTING.test(match.pattern.code) || sources.length === 0 || targets.length === 0) return false;
  const country = sources[0]!.actor.country;
  return (
    country !== null &&
    sources.every((s) => s.actor.country === country) &&
    targets.every((t) => t.actor.country === country)
  );
}
