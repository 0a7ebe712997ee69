// Which place a name means: the most populous candidate, nudged towards national capitals and towards countries
// the article names (Paris is in France unless the text says Texas). A named country is worth a threefold population:
// enough to choose between namesakes of similar size, not to move Geneva to Geneva, Illinois (21,000 people) because
// the United States is named, as it is in most articles.
// Small places need a reason to be believed.
import type { Place } from './gazetteer.ts';

export interface Context {
  /** ISO alpha-3 codes of the countries the article's actors belong to, and the dateline's country. */
  readonly countries: ReadonlySet<string>;
}

/** Above this population a city is accepted on its name alone; below it its country must be in the article. */
export const TRUSTED_POPULATION = 100_000;

function score(place: Place, context: Context): number {
  return (
    Math.log10(place.population + 10) +
    (place.capital ? 1 : 0) +
    (place.country !== null && context.countries.has(place.country) ? 0.5 : 0)
  );
}

export function choosePlace(candidates: readonly Place[], context: Context, qualified: boolean): Place | null {
  let best: Place | null = null;
  let bestScore = -Infinity;
  for (const c of candidates) {
    const s = score(c, context);
    if (s > bestScore) {
      best = c;
      bestScore = s;
    }
  }
  if (best === null) return null;
  const trusted =
    qualified ||
    best.type !== 'city' ||
    best.capital ||
    best.population >= TRUSTED_POPULATION ||
    (best.country !== null && context.countries.has(best.country));
  return trusted ? best : null;
}
