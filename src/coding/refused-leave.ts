// Leave refused: "we cannot allow Russia to win", "we will not let the occupiers destroy our cities", "Kyiv refused to
// allow the soldiers to surrender". The refusal is the speaker's stance; what the one refused would do is only
// possible, not an act that was denied: hypothetical, as an act prevented ("prevented them from seizing") is.
// "Moscow allowed the convoy to enter" (leave given) and "will let Ukraine decide" are left to the other rules.
import { mentionOf, token, type SentenceContext } from './context.ts';
import { NEGATORS } from './lexicon.ts';
import { infinitiveGovernor } from './roles.ts';

/** Verbs of giving leave with a to-infinitive ("allow X to V") or a bare one ("let X V"). */
export const TO_LEAVE = new Set(['allow', 'permit']);
/** Verbs that refuse what their infinitive would do: "refused to allow". */
const REFUSING = new Set(['refuse', 'decline']);
/** Words of the object between "let" and its bare verb: "let the Russian occupiers", "let anyone". */
const LET_OBJECT = /^(?:DET|ADJ|NOUN|PROPN|PRON|NUM)$/;
/** How many words (a name counts as one) the object of "let" may take. */
const MAX_LET_OBJECT = 5;

/** A negator in the verb group before `g` ("cannot allow", "will never let", "do not let"). */
function negatedAt(ctx: SentenceContext, g: number): boolean {
  for (let k = g - 1; k >= Math.max(ctx.sentence.firstToken, g - 4); k--) {
    const t = ctx.doc.tokens[k]!;
    if (NEGATORS.has(t.lower) || t.lower === 'cannot') return true;
    if (t.pos !== 'AUX' && t.pos !== 'ADV' && t.pos !== 'PART') return false;
  }
  return false;
}

/** The leave verb at `g` is refused: negated, or the infinitive of a refusing verb ("refused to allow"). */
function refused(ctx: SentenceContext, g: number): boolean {
  if (negatedAt(ctx, g)) return true;
  if (token(ctx, g - 1)?.lower !== 'to') return false;
  const governor = token(ctx, g - 2);
  return governor !== undefined && governor.pos === 'VERB' && REFUSING.has(governor.lemma);
}

/** An object stands between the leave verb and "to": "allow Russia to", not "allow to". */
function objectBetween(ctx: SentenceContext, from: number, to: number): boolean {
  return to - from > 1 && (mentionOf(ctx, from + 1) !== undefined || LET_OBJECT.test(token(ctx, from + 1)?.pos ?? ''));
}

/** The cue ("not allow", "not let") when the verb at `trigger` is what a refused leave would let someone do, or null. */
export function refusedLeave(ctx: SentenceContext, trigger: number): string | null {
  let to = trigger - 1;
  while (to > ctx.sentence.firstToken && token(ctx, to)?.pos === 'ADV') to--;
  if (token(ctx, to)?.lower === 'to') {
    const g = infinitiveGovernor(ctx, to);
    if (g === null) return null;
    const verb = ctx.doc.tokens[g]!;
    return verb.pos === 'VERB' && TO_LEAVE.has(verb.lemma) && objectBetween(ctx, g, to) && refused(ctx, g)
      ? `not ${verb.lemma}`
      : null;
  }
  const leave = letBefore(ctx, trigger);
  return leave !== null && refused(ctx, leave) ? 'not let' : null;
}

/**
 * The "let" whose object the bare verb at `trigger` follows ("let the Russian occupiers destroy", "let anyone shoot"),
 * or null. The object is a name, a pronoun or a short noun phrase.
 */
export function letBefore(ctx: SentenceContext, trigger: number): number | null {
  const t = ctx.doc.tokens[trigger]!;
  if (t.pos !== 'VERB' || t.lower !== t.lemma) return null;
  let k = trigger - 1;
  for (let words = 0; k > ctx.sentence.firstToken && words < MAX_LET_OBJECT; words++) {
    const m = mentionOf(ctx, k);
    if (m !== undefined) k = m.firstToken - 1;
    else if (LET_OBJECT.test(ctx.doc.tokens[k]!.pos) && ctx.doc.tokens[k]!.lower !== 'let') k--;
    else break;
  }
  return k < trigger - 1 && ctx.doc.tokens[k]?.lower === 'let' ? k : null;
}
