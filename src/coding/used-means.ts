// "Belarus allowed Russian troops to use its territory to launch the invasion", "Poland let US forces use its
// airports to resupply Ukraine": the purpose infinitive after "use <something>" is done by whoever uses it, not by
// the owner of what is used ("its territory" is Belarus's). The nearest actor before the infinitive is often that
// owner, so the doer is read from the using verb instead (src/coding/roles.ts subjectOf).
import { token, type SentenceContext } from './context.ts';

/** Verbs of using a means for a purpose. */
const USING = new Set(['use', 'utilize', 'utilise']);
/** Tags of the words of what is used: "its territory", "the Belarusian airfields", "Western-provided systems". */
const OBJECT_POS = /^(?:DET|ADJ|NOUN|PROPN|PRON|NUM|VERB)$/;
/** Words the used thing's phrase may run to. */
const MAX_OBJECT = 6;

/** The using verb whose purpose is the infinitive at `i` ("use its territory to launch"), or null. */
export function meansUser(ctx: SentenceContext, i: number): number | null {
  let to = i - 1;
  while (token(ctx, to)?.pos === 'ADV') to--;
  if (token(ctx, to)?.lower !== 'to' || ctx.doc.tokens[i]!.pos !== 'VERB') return null;
  for (let k = to - 1; k >= Math.max(ctx.sentence.firstToken, to - 1 - MAX_OBJECT); k--) {
    const t = ctx.doc.tokens[k]!;
    if (USING.has(t.lemma) && t.pos === 'VERB') return k < to - 1 ? k : null;
    if (!OBJECT_POS.test(t.pos) && t.text !== '-') return null;
  }
  return null;
}
