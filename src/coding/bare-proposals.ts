// Proposals in a bare clause: "I suggest we discuss all these things", "Paris proposes Moscow and Kyiv meet in
// Geneva". The verb of the clause is in its base form because it is proposed, not done ("suggested that Russia
// withdraw" is read by modality.ts from its "that"). A proposal to "we" commits the speaker's side, as "let us" does:
// announced cooperation is intent (recode.ts); one to others is only asked for.
import { mentionOf, token, type SentenceContext } from './context.ts';
import { isBareForm } from './spelled-lemmas.ts';

/** Verbs that take a bare clause of what they propose. */
export const PROPOSING = new Set(['suggest', 'propose', 'recommend']);
/** Words of the proposed clause's subject: "we", "the two sides", "Moscow and Kyiv". */
const SUBJECT_WORD = /^(?:DET|ADJ|NOUN|PROPN|PRON|NUM|CCONJ)$/;
/** How many words (a name counts as one) the subject may take. */
const MAX_SUBJECT = 4;

export interface BareProposal {
  readonly cue: string;
  /** The speaker's own side is to do it ("we"). */
  readonly ours: boolean;
}

/** The trigger at `trigger`, a verb in its base form, heads a bare clause proposed by the verb before its subject. */
export function bareProposal(ctx: SentenceContext, trigger: number): BareProposal | null {
  const verb = token(ctx, trigger);
  if (verb === undefined || verb.pos !== 'VERB' || !isBareForm(verb)) return null;
  let words = 0;
  for (let k = trigger - 1; k >= ctx.sentence.firstToken && words <= MAX_SUBJECT; k--) {
    const t = token(ctx, k)!;
    const mention = mentionOf(ctx, k);
    if (mention !== undefined) {
      k = mention.firstToken;
      words++;
      continue;
    }
    if (t.pos === 'VERB' && PROPOSING.has(t.lemma)) {
      // A subject must stand between: not "to propose meet".
      if (words === 0) return null;
      return { cue: `${t.lemma} ${token(ctx, k + 1)!.lower}`, ours: token(ctx, k + 1)!.lower === 'we' };
    }
    if (!SUBJECT_WORD.test(t.pos)) return null;
    words++;
  }
  return null;
}
