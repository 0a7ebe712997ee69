// Thanks, support or help a speaker's side gives "our defenders", "our army": a leader's words to his own forces.
import type { Mention } from '../types.ts';
import { mentionOf, type SentenceContext } from './context.ts';
import type { Match } from './match.ts';

/** Heads naming one's own forces or fighters ("our defenders", "our army", "our military"). */
const FORCES = new Set(
  'defenders army military troops soldiers warriors servicemen fighters forces heroes guardsmen'.split(' '),
);
/** First-person subjects: the speaker's side is the doer. */
const FIRST_PERSON = new Set(['we', 'i']);
/** Pronouns that stand for no doer of their own before the act ("We are doing everything to help our army"). */
const PLACEHOLDERS = new Set(['everything', 'all', 'what', 'it']);

/**
 * "Eternal gratitude to all our defenders!", "Expressed support to our military and awarded the best.", "We are
 * doing everything to help our army", "we are actively working to raise funds to support our army": thanks, support or
 * help for "our" forces, given with no doer named or by the speaker's "we"/"I", is a leader's manners and policy at
 * home, no dyad (as domestic-thanks.ts for "our doctors"). A doer named before the act ("The world supports our
 * defenders", "Croatia supports our state") keeps it, and so does any other target ("our partners").
 */
export function ownForces(
  ctx: SentenceContext,
  match: Match,
  sources: readonly Mention[],
  targets: readonly Mention[],
): boolean {
  if (!/^0[57]/.test(match.pattern.code) || sources.length > 0 || targets.length === 0) return false;
  if (!targets.every((t) => ownForce(ctx, t))) return false;
  const tokens = ctx.doc.tokens;
  for (let k = match.trigger - 1; k >= ctx.sentence.firstToken; k--) {
    const t = tokens[k]!;
    if (FIRST_PERSON.has(t.lower)) return true;
    if (mentionOf(ctx, k) !== undefined) return false;
    if (t.pos === 'PRON' && !PLACEHOLDERS.has(t.lower)) return false;
    // A noun subject before a verb of its own ("The world supports"); nouns after "to" or in a verbless thanks are objects.
    if (t.pos === 'NOUN' && tokens[k + 1]?.pos === 'VERB' && k + 1 === match.trigger) return false;
  }
  return true;
}

/** The target is "our" + a head of forces: "our defenders", "all our defenders", "each of our defenders". */
function ownForce(ctx: SentenceContext, target: Mention): boolean {
  const tokens = ctx.doc.tokens;
  const last = tokens[target.endToken - 1];
  if (!FORCES.has(last?.lower ?? '')) return false;
  for (let k = Math.max(ctx.sentence.firstToken, target.firstToken - 1); k < target.endToken; k++)
    if (tokens[k]!.lower === 'our') return true;
  return false;
}
