// Blame deflected, avoided or taken, no accusation: "embassies use social media to deflect blame for the atrocities",
// "trying to escape the blame", "the government accepted the blame". Here "blame" is the object of a verb of
// turning it away or taking it on: no one is charged (CAMEO 112 codes blaming another side). Blame shifted or laid
// on someone ("shifted the blame onto Kyiv") charges that side and is left to the patterns.
import { token, type SentenceContext } from './context.ts';
import type { Match } from './match.ts';

/** Verbs whose object "blame" charges no one. */
const DEFLECTING = new Set(['deflect', 'avoid', 'escape', 'evade', 'dodge', 'accept', 'take', 'bear', 'share']);

/** The blame at `match` is the object of a verb of deflecting or taking it (above). */
export function deflectedBlame(ctx: SentenceContext, match: Match): boolean {
  const t = ctx.doc.tokens[match.trigger]!;
  if (t.lower !== 'blame' || !match.pattern.code.startsWith('11')) return false;
  let k = match.trigger - 1;
  if (/^(?:the|any|all|some)$/.test(token(ctx, k)?.lower ?? '')) k--;
  const verb = token(ctx, k);
  return verb !== undefined && verb.pos === 'VERB' && DEFLECTING.has(verb.lemma);
}
