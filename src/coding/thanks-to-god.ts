// Thanks to God, no event: "Thank God, the harvest is good", "we are compelled, thank God, to build our own",
// "Thank goodness, wages have started to grow", "I thank the Lord for what the Church is doing". The phrase is an
// interjection of relief or piety that says how the speaker feels about a state of affairs; it thanks no political
// actor for an act, which is what CAMEO 051 codes.
import type { SentenceContext } from './context.ts';
import type { Match } from './match.ts';

/** Words of thanking. */
const THANKING = new Set(['thank', 'thanks']);

/** Names of God or of fortune thanked in the interjection. */
const DIVINE = new Set(['god', 'goodness', 'heaven', 'heavens', 'lord', 'almighty', 'fate']);

/** The thanks at `match` go to God ("thank God", "thank the Lord"): no event. */
export function thanksToGod(ctx: SentenceContext, match: Match): boolean {
  if (!match.pattern.code.startsWith('05')) return false;
  const tokens = ctx.doc.tokens;
  const trigger = tokens[match.trigger]!;
  if (!THANKING.has(trigger.lemma) && !THANKING.has(trigger.lower)) return false;
  let k = match.trigger + 1;
  if (tokens[k]?.lower === 'the' || tokens[k]?.lower === 'to') k++;
  if (tokens[k]?.lower === 'the') k++;
  return k < ctx.sentence.endToken && DIVINE.has(tokens[k]!.lower);
}
