// "Putin seized on existing strands of reactionary thought", "Kremlin mouthpieces are seizing on concerns about an
// offensive", "the opposition seized upon the scandal": to seize on or upon something is to exploit an idea, a fear or
// an occasion, no property or territory taken (CAMEO 171). A day after "on" dates a seizure instead ("Iran seized on
// Friday a British tanker") and stays. So is seizing an occasion: "he is seizing the opportunity to double down",
// "Russia's seizing the initiative", "an opportunity that Putin is seizing" (the occasion before a relative "that").
import { token, type SentenceContext } from './context.ts';

/** Words after "on" that date the act: weekdays, months, "the 5th". */
const DAYS =
  /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december|the)$/;

/** Occasions one seizes, not things taken: "seize the opportunity", "seized the initiative". */
const OCCASIONS = new Set(['opportunity', 'opportunities', 'chance', 'chances', 'initiative', 'moment', 'momentum']);

/** The verb at `i` is "seize on/upon" an idea or an occasion, or seizes an occasion. */
export function seizesOnIdeaAt(ctx: SentenceContext, i: number): boolean {
  // ("Russia's seizing/NOUN the initiative": the tagger may leave a gerund unlemmatised.)
  if (i < 0 || !ctx.doc.tokens[i]!.lower.startsWith('seiz')) return false;
  const next = token(ctx, i + 1)?.lower;
  if (seizedOccasion(ctx, i)) return true;
  if (next !== 'on' && next !== 'upon') return false;
  const after = token(ctx, i + 2);
  return after !== undefined && after.pos !== 'NUM' && !DAYS.test(after.lower);
}

/**
 * The verb at `i` takes an occasion as its object, right after it past an article ("seizing the opportunity"), or
 * the occasion is what a relative "that"/"which" before its subject stands for ("an opportunity that Putin is
 * seizing").
 */
function seizedOccasion(ctx: SentenceContext, i: number): boolean {
  // ("the initiative/ADJ": the tagger may read the noun as an adjective.)
  for (let k = i + 1; k < i + 4; k++) {
    const t = token(ctx, k);
    if (OCCASIONS.has(t?.lower ?? '')) return true;
    if (t?.pos !== 'DET' && t?.pos !== 'ADJ') break;
  }
  for (let j = i - 1; j > Math.max(ctx.sentence.firstToken, i - 6); j--) {
    const t = ctx.doc.tokens[j]!;
    if (t.lower === 'that' || t.lower === 'which') return OCCASIONS.has(token(ctx, j - 1)?.lower ?? '');
    if (t.text === ',' || t.pos === 'VERB') return false;
  }
  return false;
}
