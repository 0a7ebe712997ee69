// Acts said to have been done before, with no day: "Truss has previously accused China of …", "the weapons Germany
// had previously sent to Ukraine", "It was previously occupied by Russian troops". "Previously" (or "formerly") in
// the act's own verb group moves it off the article's day to some earlier time the text does not name: history, no
// day, like an act "in 2015". Only an act that names its doer is moved: an undated act with no doer is dropped
// (doerless-history.ts), and one whose doer the coder missed is still the act the text reports.
import type { SentenceContext } from './context.ts';

/** Adverbs that put an act at an earlier, unnamed time. */
const EARLIER = new Set(['previously', 'formerly']);
/** Words of a verb group between the adverb and the act: "has previously", "had previously been". */
const VERB_GROUP = /^(?:AUX|ADV|PART)$/;
/** How many words back from the act its verb group may reach. */
const REACH = 4;

/** The verb at `trigger` has "previously" in its own verb group ("has previously warned", "previously sent"). */
export function previouslyDone(ctx: SentenceContext, trigger: number): boolean {
  const tokens = ctx.doc.tokens;
  if (tokens[trigger]!.pos !== 'VERB') return false;
  for (let k = trigger - 1; k >= Math.max(ctx.sentence.firstToken, trigger - REACH); k--) {
    const t = tokens[k]!;
    if (EARLIER.has(t.lower)) return true;
    if (!VERB_GROUP.test(t.pos)) return false;
  }
  return false;
}
