// Leaving a named place: "Russian forces withdrew from Kherson", "the army withdrew from the city of Izium". The place
// is no actor, so "withdraw from T" cannot match; the retreat is kept only when a named place follows "from", for the
// geo stage to make the place's state the target or drop it (src/geo/place-actors.ts). Withdrawing from anything
// else ("withdrew from the talks", "from the race") is no retreat and stays uncoded.
import type { SentenceContext } from './context.ts';
import { mentionOf } from './context.ts';
import type { Pattern } from './patterns.ts';

/** A retreat pattern (087x) with no T slot whose last word is "from": it takes only a named place after it. */
export function leavesPlaceOnly(pattern: Pattern): boolean {
  if (!pattern.code.startsWith('087') || pattern.noTarget) return false;
  const last = pattern.items[pattern.items.length - 1];
  return last?.kind === 'word' && last.words.length === 1 && last.words[0] === 'from';
}

/** Words of a place's kind before its name: "from the city of Izium", "from the town of Lyman". */
const PLACE_KINDS = new Set(['city', 'town', 'village', 'region', 'port', 'settlement', 'of']);

/** The words from token `k` are a proper name that no actor stands for ("Kherson", "the city of Izium"). */
export function namedPlaceAt(ctx: SentenceContext, k: number): boolean {
  const tokens = ctx.doc.tokens;
  let j = k;
  while (j < ctx.sentence.endToken && (tokens[j]!.pos === 'DET' || PLACE_KINDS.has(tokens[j]!.lower))) j++;
  return tokens[j]?.pos === 'PROPN' && mentionOf(ctx, j) === undefined;
}
