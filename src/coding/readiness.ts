// "Kyiv is open to meeting Putin", "the Kremlin said it was ready for a meeting between Putin and Zelensky", "Poland is
// open to hosting nuclear weapons": an act its subject is ready, prepared or open to is not done. Said of the subject
// itself, it states that side's intent, as "is ready to meet" does (a commitment: recode.ts); a readiness denied ("is
// not open to talks") is no intent, and the act stays not done.
import { mentionOf, token, type SentenceContext } from './context.ts';
import { NEGATORS } from './lexicon.ts';

/** Adjectives of readiness and the preposition that names what one is ready for. */
export const READINESS = new Map([
  ['ready', 'for'],
  ['prepared', 'for'],
  ['open', 'to'],
]);
/** Verbs that state the subject's readiness: "is ready for", "remains open to", "seemed prepared for". */
const LINKING = new Set(['be', 'remain', 'stay', 'seem', 'appear']);
/** How many words may stand between the preposition and an act noun: "a direct meeting", "new talks". */
const MAX_MODIFIERS = 4;

export interface Readiness {
  readonly cue: string;
  /** No negator before the adjective: the subject states its intent. */
  readonly intent: boolean;
}

/**
 * The act at `trigger` (an -ing form right after the preposition, or a noun after its determiner and adjectives) is
 * what a subject is ready, prepared or open to, after a linking verb (adverbs and negators between); or null.
 */
export function readiedAct(ctx: SentenceContext, trigger: number, noun: boolean): Readiness | null {
  const first = ctx.sentence.firstToken;
  let p = trigger - 1;
  if (noun) {
    while (p > first && trigger - p <= MAX_MODIFIERS && /^(?:DET|ADJ|NUM)$/.test(token(ctx, p)!.pos)) p--;
  } else if (!token(ctx, trigger)!.lower.endsWith('ing')) return null;
  const adjective = token(ctx, p - 1);
  if (p - 1 <= first || adjective === undefined || READINESS.get(adjective.lower) !== token(ctx, p)!.lower) return null;
  if (mentionOf(ctx, p - 1) !== undefined) return null;
  let k = p - 2;
  let negated = false;
  while (k > first && (token(ctx, k)!.pos === 'ADV' || token(ctx, k)!.pos === 'PART')) {
    negated ||= NEGATORS.has(token(ctx, k)!.lower);
    k--;
  }
  if (!LINKING.has(token(ctx, k)?.lemma ?? '')) return null;
  // "has not been open to": the negator may come before the linking verb too.
  for (let j = k - 1; j >= first && /^(?:AUX|ADV|PART)$/.test(token(ctx, j)!.pos); j--)
    negated ||= NEGATORS.has(token(ctx, j)!.lower);
  return { cue: `${adjective.lower} ${token(ctx, p)!.lower}`, intent: !negated };
}
