// The last occasion of an act, named to date something else, no event: "Last time we met was two years ago", "the
// last time he visited Ukraine was the day before the Russian invasion". "(The) last time" before a clause's subject
// and verb makes the clause a time in the past (the subject of "was …"), not an act the sentence reports.
import { mentionOf, type SentenceContext } from './context.ts';
import type { Match } from './match.ts';

/** Words of the clause's subject between "last time" and the verb: "we", "he", "that we", a named actor. */
const SUBJECT_POS = new Set(['PRON', 'SCONJ', 'DET']);

/** The verb at `match` is in a clause opened by "(the) last time": no event. */
export function lastOccasion(ctx: SentenceContext, match: Match): boolean {
  if (match.pattern.noun) return false;
  const tokens = ctx.doc.tokens;
  const first = ctx.sentence.firstToken;
  let k = match.trigger - 1;
  // At most three words of subject: "we", "he", "the two leaders".
  for (let n = 0; n < 3 && k >= first; n++, k--) {
    if (tokens[k]!.lower === 'time') break;
    if (mentionOf(ctx, k) === undefined && !SUBJECT_POS.has(tokens[k]!.pos)) return false;
  }
  return k > first && tokens[k]!.lower === 'time' && tokens[k - 1]!.lower === 'last';
}
