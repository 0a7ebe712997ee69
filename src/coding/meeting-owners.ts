// A meeting noun's "of" phrase names one of its parties: "the talks of the President of Ukraine with the leaders of
// these states", "the conversation of Putin with …". When the "with" party is named too, a pattern reads both ("n:talks
// of S with T"); when it is not, the one after "of" is the noun's owner, not its counterpart, so it is the source and
// the meeting has no target named (a consultation with none is no event).
import type { Mention } from '../types.ts';
import { mentionOf, token, type SentenceContext } from './context.ts';
import type { Match } from './match.ts';

/**
 * The party named by "of" right after the meeting noun of `match` (a determiner may stand between) when "with" follows
 * it, else null: a meeting of a body with no "with" is the body's own ("a meeting of the Ukrainian – Dutch Working
 * Group"), and an "of" with no "with" after it may belong to a target ("meetings with representatives of the Czech
 * business circles").
 */
export function meetingOwner(ctx: SentenceContext, match: Match): Mention | null {
  if (!match.pattern.code.startsWith('04') || token(ctx, match.end)?.lower !== 'of') return null;
  let k = match.end + 1;
  while (token(ctx, k)?.pos === 'DET' && mentionOf(ctx, k) === undefined) k++;
  const owner = mentionOf(ctx, k);
  if (owner === undefined || owner.firstToken !== k || owner.kind === 'pronoun') return null;
  return token(ctx, owner.endToken)?.lower === 'with' ? owner : null;
}
