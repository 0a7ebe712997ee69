// A day retold from an earlier year: "On the night of February 27, the buildings of the Parliament were seized by
// Russian special forces", in an article of February 21 about 2014. A month's day without a year that lies ahead of
// the article's day, opening a sentence told in the past, cannot be of the article's year: it is of an earlier one
// the sentence does not name, so the act is history, no day. Days to come keep the article's day, the announcement's
// ("On February 16, Putin will hold talks").
import type { SentenceContext } from './context.ts';

/** A sentence opened by a month's day: "On February 27,", "On the night of 27 February,", "February 27:". */
const OPENING_DAY =
  /^(?:on\s+)?(?:the\s+(?:early\s+)?(?:night|morning|afternoon|evening)\s+of\s+)?(?:[a-z]+\s+\d{1,2}|\d{1,2}\s+[a-z]+)\s*[,:]/i;
/** Words that put the sentence's act ahead. */
const AHEAD = /\b(?:will|shall|would|next|upcoming|scheduled|planned|due|expected|going to)\b|['’]ll\b/i;

/**
 * The act at the trigger, in the past (`past`), is told in a sentence opened by a day that lies ahead of the article's
 * (`ahead`, dates.ts): a day of an earlier year.
 */
export function retoldDay(ctx: SentenceContext, ahead: boolean, past: boolean): boolean {
  if (!ahead || !past) return false;
  const text = ctx.sentence.text;
  return OPENING_DAY.test(text) && !AHEAD.test(text);
}
