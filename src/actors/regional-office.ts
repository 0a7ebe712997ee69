// "Governor of the Astrakhan Region Igor Babushkin", "Head of the Zaporizhzhia Regional Military Administration
// Oleksandr Starukh", "the head of the Kyiv regional military administration": the head of a region, named by the
// region's own name, which no dictionary places in a state (oblasts and Russian regions are places of the geo
// stage, not actors). The recogniser gives the office the state the passage is about (context-state.ts).
import type { Token } from '../types.ts';

// Unicode-property regexes live at module level: tsx (esbuild) compiles a `\p{…}` literal to `new RegExp(…)`, which
// inside a function would build the regex at every call.
const UPPER_START = /^\p{Lu}/u;

/** Heads of a region's executive: "Governor of …", "Head of …" (with "acting" or "deputy" before them). */
const HEADS: ReadonlySet<string> = new Set(['governor', 'head']);

/** Nouns that end a region's name: "the Rostov Region", "Kharkiv Oblast", "Perm Territory". */
const REGION_NOUNS: ReadonlySet<string> = new Set(['region', 'oblast', 'territory', 'krai', 'province']);

/** "Regional State Administration", "Oblast Military Administration": the executive of a Ukrainian region. */
const ADMINISTRATION_KINDS: ReadonlySet<string> = new Set(['military', 'state', 'civil-military']);

export interface RegionalOffice {
  /** Token after the office ("Governor of the Rostov Region" and an administration's name included). */
  readonly end: number;
  /** "governor" or "deputy governor". */
  readonly title: string;
}

/**
 * The head of a region at `i`: "Governor"/"Head" (after "acting" or "deputy"), "of", an optional "the", one to three
 * capitalised words of the region's name, then a region noun ("Region", "Oblast", "Territory", "Krai", "Province";
 * an administration's name may follow it) or "Regional"/"Oblast" + "Military"/"State" + "Administration". The case
 * of the nouns may differ from the name's ("the Odesa regional military administration").
 */
export function parseRegionalOffice(tokens: readonly Token[], i: number, limit: number): RegionalOffice | null {
  let k = i;
  let deputy = false;
  while (k < limit && (tokens[k]!.lower === 'acting' || tokens[k]!.lower === 'deputy')) {
    if (tokens[k]!.lower === 'deputy') deputy = true;
    k++;
  }
  if (k >= limit || !HEADS.has(tokens[k]!.lower) || tokens[k + 1]?.lower !== 'of') return null;
  k += 2;
  if (tokens[k]?.lower === 'the') k++;
  const nameStart = k;
  while (k < limit && k - nameStart < 4 && UPPER_START.test(tokens[k]!.text) && !isRegionWord(tokens, k)) k++;
  if (k === nameStart || k - nameStart > 3) return null;
  const end = regionEnd(tokens, k, limit);
  if (end === null) return null;
  return { end, title: deputy ? 'deputy governor' : 'governor' };
}

function isRegionWord(tokens: readonly Token[], k: number): boolean {
  const w = tokens[k]!.lower;
  return REGION_NOUNS.has(w) || w === 'regional';
}

/** Where the region's noun (and an administration after it) ends, or null when none follows the name. */
function regionEnd(tokens: readonly Token[], k: number, limit: number): number | null {
  const w = tokens[k]?.lower;
  if (k >= limit || w === undefined) return null;
  if (w === 'regional') return administrationEnd(tokens, k + 1, limit);
  if (!REGION_NOUNS.has(w)) return null;
  return administrationEnd(tokens, k + 1, limit) ?? k + 1;
}

/**
 * The end of "(military/civil…) administration" at `j`, or null. A module function, not a named closure in
 * `regionEnd`: under tsx every named closure made costs a `__name` call (Object.defineProperty).
 */
function administrationEnd(tokens: readonly Token[], j: number, limit: number): number | null {
  return j + 1 < limit && ADMINISTRATION_KINDS.has(tokens[j]!.lower) && tokens[j + 1]!.lower === 'administration'
    ? j + 2
    : null;
}
