// Contrastive negation: "Russia, not Ukraine, shelled the city", "It was Russia – and not NATO – that attacked": the
// actor set off after "not" is the one that did not act, so it is never the subject found for the verb (roles.ts,
// relatives.ts); and an actor that "not" sets before its own verb is denied the act ("…, not Ukraine is refusing to
// join", "It is not Ukraine that is refusing": modality.ts).
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

/** Words that open the clause of a contrasted subject: "…, not Ukraine is refusing", "but not Kyiv attacked". */
const CONTRAST_OPENERS = new Set([',', '–', '—', '-', 'and', 'but']);
/** What joins the subject of a cleft to its verb: "It is not Ukraine that is refusing". */
const CLEFT_RELATIVES = new Set(['that', 'who', 'which']);

/**
 * The verb at `trigger` has for subject an actor that "not" sets against another: "That NATO is refusing to allow
 * Ukraine to join, not Ukraine is refusing to join", "It is not Ukraine that is refusing to negotiate". The act is
 * denied of that actor. Only auxiliaries and adverbs (and the cleft's "that") stand between the actor and the verb;
 * "not only/just Ukraine is suffering" adds an actor instead. Returns the cue, or null.
 */
export function contrastedSubject(ctx: SentenceContext, trigger: number): string | null {
  let k = trigger - 1;
  while (
    k > ctx.sentence.firstToken &&
    /^(?:AUX|ADV|PART)$/.test(token(ctx, k)?.pos ?? '') &&
    mentionOf(ctx, k) === undefined
  )
    k--;
  const cleft = CLEFT_RELATIVES.has(token(ctx, k)?.lower ?? '');
  if (cleft) k--;
  const m = mentionOf(ctx, k);
  if (m === undefined || m.endToken !== k + 1) return null;
  let not = m.firstToken - 1;
  if (token(ctx, not)?.pos === 'DET') not--;
  if (token(ctx, not)?.lower !== 'not') return null;
  const before = token(ctx, not - 1);
  if (cleft) {
    // "It is/was not Ukraine that …".
    const it = token(ctx, not - 2);
    return before?.lemma === 'be' && it?.lower === 'it' ? 'it is not … that' : null;
  }
  return not === ctx.sentence.firstToken || (before !== undefined && CONTRAST_OPENERS.has(before.lower))
    ? 'not (contrast)'
    : null;
}
