// "Putin seized on existing strands of reactionary thought", "Kremlin mouthpieces are seizing on concerns about an
// offensive", "the opposition seized upon the scandal": to seize on or upon something is to exploit an idea, a fear or
// an occasion, no property or territory taken (CAMEO 171). A day after "on" dates a seizure instead ("Iran seized on
// Friday a British tanker") and stays.
import { token, type SentenceContext } from './context.ts';

/** Words after "on" that date the act: weekdays, months, "the 5th". */
const DAYS =
  /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december|the)$/;

/** The verb at `i` is "seize on/upon" an idea or an occasion. */
export function seizesOnIdeaAt(ctx: SentenceContext, i: number): boolean {
  if (i < 0 || ctx.doc.tokens[i]!.lemma !== 'seize') return false;
  const next = token(ctx, i + 1)?.lower;
  if (next !== 'on' && next !== 'upon') return false;
  const after = token(ctx, i + 2);
  return after !== undefined && after.pos !== 'NUM' && !DAYS.test(after.lower);
}
