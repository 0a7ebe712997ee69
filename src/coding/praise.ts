// Praise without a praising verb: "Japan is a reliable partner of our country", "Great Britain is a true friend of
// Ukraine", "Finland is our reliable partner". Whoever says so (the quote's speaker or the reporter) praises the
// actor so called (CAMEO 051, PLOVER SUPPORT). Only words that judge the relation count: "a strategic partner" or
// "a key trading partner" classify it, and a journalist's "Lukashenko is a close ally of Putin" (no speaker) or a
// speaker's "Tajikistan is an ally of Belarus" (someone else's friend) states a fact, not the speaker's praise.
import type { Mention } from '../types.ts';
import { mentionOf, token, type SentenceContext } from './context.ts';
import { NEGATORS } from './lexicon.ts';
import { coordinatedBefore } from './match.ts';

export interface Praise {
  /** The friend/partner/ally noun. */
  readonly trigger: number;
  /** Who is praised. */
  readonly targets: readonly Mention[];
  /** The actor named after "of"/"for" whose friend it is ("of Ukraine"), or null for "our"/"of ours"/none. */
  readonly owner: Mention | null;
}

export const PRAISING = new Set(
  'true real reliable good great close loyal trusted faithful staunch steadfast dependable genuine'.split(' '),
);
export const RELATION_NOUNS = new Set('friend friends partner partners ally allies'.split(' '));
const LINKS = new Set(['is', 'are', 'remains', 'remain']);

export function findPraise(ctx: SentenceContext): Praise[] {
  const found: Praise[] = [];
  for (let i = ctx.sentence.firstToken + 2; i < ctx.sentence.endToken; i++) {
    if (!RELATION_NOUNS.has(ctx.doc.tokens[i]!.lower) || mentionOf(ctx, i) !== undefined) continue;
    // Back over the adjectives ("a reliable and close partner"), one of which must judge.
    let k = i - 1;
    let judged = false;
    while (/^(?:ADJ|CCONJ|PUNCT)$/.test(token(ctx, k)?.pos ?? '') && token(ctx, k)?.text !== '.') {
      if (PRAISING.has(token(ctx, k)!.lower)) judged = true;
      k--;
    }
    if (!judged) continue;
    const our = token(ctx, k)?.lower === 'our';
    if (/^(?:a|an|our|the)$/.test(token(ctx, k)?.lower ?? '')) k--;
    while (token(ctx, k)?.pos === 'ADV' && !NEGATORS.has(token(ctx, k)!.lower)) k--; // "is still a good friend"
    if (!LINKS.has(token(ctx, k)?.lower ?? '')) continue;
    const subject = mentionOf(ctx, k - 1);
    if (subject === undefined || subject.endToken !== k || subject.kind === 'pronoun') continue;
    const owner = our ? null : ownerAfter(ctx, i + 1);
    if (owner === undefined) continue;
    found.push({ trigger: i, targets: coordinatedBefore(ctx, subject), owner });
  }
  return found;
}

/**
 * After the noun: "of Ukraine", "for Russia" (an actor: the owner), "of ours", "for us", "of our country" or nothing
 * (null: the speaker's), or another phrase ("of the Alliance" unnamed, "in the region"): undefined, not judged.
 */
function ownerAfter(ctx: SentenceContext, k: number): Mention | null | undefined {
  const preposition = token(ctx, k)?.lower;
  if (preposition !== 'of' && preposition !== 'for') return null;
  const next = token(ctx, k + 1)?.lower ?? '';
  if (next === 'ours' || next === 'us' || next === 'our') return null;
  const m = mentionOf(ctx, k + 1) ?? (token(ctx, k + 1)?.pos === 'DET' ? mentionOf(ctx, k + 2) : undefined);
  return m ?? undefined;
}
