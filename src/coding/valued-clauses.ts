// "The leaders noted that it was important to step up joint work", "It was noted that it is necessary to establish
// cooperation": an act called important or necessary in an extraposed clause names no doer of its own; it is the aim of
// those who said so, as "The leaders stressed the importance of strengthening cooperation" is (roles.ts reads their
// participants from the saying verb).
import { token, type SentenceContext } from './context.ts';

/** Adjectives that call an act worth doing ("it is important to", "it was necessary to"). */
const VALUED = new Set(['important', 'necessary', 'essential', 'vital', 'crucial', 'imperative']);
const BE = new Set(['is', 'was']);

/**
 * The verb that says the clause starting at `start` whose act at `i` is valued: "noted" in "… noted that it was
 * important to step up …". Only "it is/was [adverb] important to" right before the act, after "that" and a verb; or
 * null.
 */
export function valuingVerb(ctx: SentenceContext, start: number, i: number): number | null {
  if (token(ctx, start - 1)?.lower !== 'that' || token(ctx, start)?.lower !== 'it') return null;
  if (!BE.has(token(ctx, start + 1)?.lower ?? '') || token(ctx, i - 1)?.lower !== 'to') return null;
  const adjective = i - 2;
  if (!VALUED.has(token(ctx, adjective)?.lower ?? '')) return null;
  // "it was extremely important to": adverbs only between the be-form and the adjective.
  for (let k = start + 2; k < adjective; k++) if (token(ctx, k)?.pos !== 'ADV') return null;
  const verb = start - 2;
  return token(ctx, verb)?.pos === 'VERB' ? verb : null;
}
