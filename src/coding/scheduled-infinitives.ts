// Acts put on the calendar by an infinitive: "Putin is to host African leaders" and the headline's "UN chief to visit
// Ukraine" (the same clause with its "is" left out) announce what their subject will do, as "will visit" and "is set to
// visit" do. CAMEO codes the announcement on its day, an intent (036 for a visit or a meeting, recode.ts); the visit
// itself is not yet done.
import { mentionOf, type SentenceContext } from './context.ts';

/** Title words a headline writes after an actor's name: "UN chief to visit Ukraine". */
const TITLES = new Set(
  'chief head boss leader leaders envoy spokesman spokeswoman minister ministers president premier chancellor'.split(
    ' ',
  ),
);

/** Words that may stand before a headline's subject: punctuation, and the "and" or comma of several subjects. */
const BEFORE_SUBJECT = new Set(['and', '&']);

/**
 * The "to" at `to` follows a subject actor that opens a clause with no verb of its own before it: a headline, "UN chief
 * to visit Ukraine", "– Germany and France to hold talks with Russia –". Not "Russia's war to destroy Ukraine" (no
 * actor right before "to"), nor "aid from Germany to help Ukraine" (a preposition before the actor), nor a
 * sentence with a verb before "to".
 */
export function headlineInfinitive(ctx: SentenceContext, to: number): boolean {
  const tokens = ctx.doc.tokens;
  // "UN chief", "Kremlin spokesman": a title word may follow the actor's name (not "Russia plans to", "Biden stops to").
  const titled = mentionOf(ctx, to - 1) === undefined && TITLES.has(tokens[to - 1]?.lower ?? '');
  const end = titled ? to - 1 : to;
  const subject = mentionOf(ctx, end - 1);
  if (subject === undefined || subject.endToken !== end) return false;
  for (let k = ctx.sentence.firstToken; k < subject.firstToken; k++) {
    const t = tokens[k]!;
    if (t.pos === 'PUNCT' || BEFORE_SUBJECT.has(t.lower)) continue;
    if (mentionOf(ctx, k) === undefined) return false;
  }
  return true;
}
