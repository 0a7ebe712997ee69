// "Talks between Russia, Ukraine and the OSCE", "clashes between the army, the police and the rebels": a "between"
// phrase that lists three or more parties. The pattern's S slot takes all but the last and its T slot the last
// (match.ts), but the parties are all sides of one meeting or fight: each acts on each of the others.
import type { Mention } from '../types.ts';
import type { Match } from './match.ts';

/** The parties of a "between S and T" match whose S holds two or more, in order; else null. */
export function partiesBetween(match: Match): readonly Mention[] | null {
  if (match.sources.length < 2 || match.targets.length === 0) return null;
  const items = match.pattern.items;
  const between = items.some(
    (item, n) => item.kind === 'word' && item.words.includes('between') && items[n + 1]?.kind === 'source',
  );
  return between ? [...match.sources, ...match.targets] : null;
}
