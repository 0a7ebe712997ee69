// Contrastive negation: "Russia, not Ukraine, shelled the city", "It was Russia – and not NATO – that attacked": the
// actor set off after "not" is the one that did not act, so it is never the subject found for the verb (roles.ts,
// relatives.ts).
import type { Mention } from '../types.ts';
import { mentionOf, token, type SentenceContext } from './context.ts';

const SET_OFF = new Set([',', '–', '—', '-']);

/**
 * The mention is set off by commas or dashes after "not" ("and not", "but not"; a determiner may follow "not"):
 * ", not Ukraine,". Returns the index of the opening comma or dash, or null.
 */
export function contrastOpening(ctx: SentenceContext, m: Mention): number | null {
  let k = m.firstToken - 1;
  if (token(ctx, k)?.pos === 'DET') k--;
  if (token(ctx, k)?.lower !== 'not') return null;
  k--;
  if (/^(?:and|but)$/.test(token(ctx, k)?.lower ?? '')) k--;
  if (k <= ctx.sentence.firstToken || !SET_OFF.has(token(ctx, k)?.text ?? '')) return null;
  // The aside must close before the verb: ", not Ukraine," or "– not Ukraine –".
  let after = m.endToken;
  while (token(ctx, after)?.pos === 'NOUN' && mentionOf(ctx, after) === undefined) after++;
  return SET_OFF.has(token(ctx, after)?.text ?? '') ? k : null;
}
