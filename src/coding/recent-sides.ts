// "During his visit on Monday, Xi praised Putin and called him a 'dear friend.' They discussed the Ukraine war": in a
// news story with no readout, "they" and "the leaders" are the two sides just named, not the two the whole article
// names most (there, Japan's Kishida, whose own visit to Kyiv is the story). The article's salient sides stand for a
// plural subject unless the sentence or the two before it name a person of a third side and not both of theirs.
import type { Mention } from '../types.ts';
import type { SentenceContext } from './context.ts';

/** How many sentences before the plural subject's own its sides may last have been named. */
const REACH = 2;

/**
 * Whether the two `sides` may be a plural subject at offset `at`: both are named in the sentences just before it, or
 * no person of another side is.
 */
export function sidesNamedRecently(ctx: SentenceContext, sides: readonly Mention[], at: number): boolean {
  const from = ctx.sentence.index - REACH;
  const keys = new Set(sides.map(key));
  const missing = new Set(keys);
  let other = false;
  // Mentions are in text order: walk back from the last one before `at` to the window's first sentence.
  for (let k = lastBefore(ctx.mentions, at); k >= 0; k--) {
    const m = ctx.mentions[k]!;
    if (m.sentence < from) break;
    missing.delete(key(m));
    if (m.actor.type === 'person' && m.kind !== 'pronoun' && !keys.has(key(m))) other = true;
  }
  return missing.size === 0 || !other;
}

function key(m: Mention): string {
  return m.actor.country ?? m.actor.code;
}

/** Index of the last mention starting before offset `at` (binary search), or -1. */
function lastBefore(mentions: readonly Mention[], at: number): number {
  let lo = 0;
  let hi = mentions.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (mentions[mid]!.start < at) lo = mid + 1;
    else hi = mid;
  }
  return lo - 1;
}
