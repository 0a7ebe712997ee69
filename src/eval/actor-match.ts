// How a gold actor code is compared with one of our actors. Gold sets and Détente code actors at
// different depths ("USA" vs "USAGOV", "IGO" vs "IGOWSTNAT"), so scoring compares the part both agree
// on: the country for states, the organisation prefix for international and non-state actors.
import type { Actor } from '../types.ts';

/** Old CAMEO country codes found in the gold sets, mapped to ISO 3166-1 alpha-3. */
export const OLD_COUNTRY_CODES: Readonly<Record<string, string>> = Object.freeze({
  JAP: 'JPN',
  ITL: 'ITA',
  VTN: 'VNM',
});

/**
 * First blocks of CAMEO codes that are not countries: international organisations, NGOs,
 * international militarised groups, multinational companies. For these the block that follows
 * (the organisation) matters, so they are compared by prefix instead of by the first 3 letters.
 */
export const NON_STATE_PREFIXES: ReadonlySet<string> = new Set(['IGO', 'NGO', 'IMG', 'MNC', 'NGM']);

/** Upper-cases the code and rewrites an old country block to its ISO form. */
export function normalizeCode(code: string): string {
  const upper = code.trim().toUpperCase();
  const head = upper.slice(0, 3);
  const iso = OLD_COUNTRY_CODES[head];
  return iso === undefined ? upper : iso + upper.slice(3);
}

/** Our actor's comparable code: its CAMEO code, or its country when the code is empty. */
function ourCode(actor: Actor): string {
  return normalizeCode(actor.code !== '' ? actor.code : (actor.country ?? ''));
}

/**
 * True when our actor is the gold actor at the depth the gold states:
 * - gold `---…` (country unknown to the gold coder) matches any actor we found;
 * - gold non-state codes (IGO, NGO, IMG, MNC) match when one code extends the other: gold `IGO` matches
 *   every `IGO…`, gold `IGOUNOMIL` matches our `IGOUNO`; our bare `IGO` does not match a named organisation;
 * - otherwise the country blocks (first 3 letters) must be equal; sectors are ignored.
 */
export function actorMatches(goldCode: string, actor: Actor | null): boolean {
  if (actor === null) return false;
  const gold = normalizeCode(goldCode);
  if (gold === '' || gold.startsWith('---')) return true;
  const ours = ourCode(actor);
  if (ours === '') return false;
  if (NON_STATE_PREFIXES.has(gold.slice(0, 3))) {
    return ours.startsWith(gold) || (gold.startsWith(ours) && ours.length >= 6);
  }
  return gold.slice(0, 3) === ours.slice(0, 3);
}

/** Index of the first gold code our actor matches, or -1. */
export function matchIndex(goldCodes: readonly string[], actor: Actor | null): number {
  for (let i = 0; i < goldCodes.length; i++) if (actorMatches(goldCodes[i]!, actor)) return i;
  return -1;
}
