// "would attend the conference and meet Harris", "must be seized or frozen, and then confiscated": a second verb
// joined by "and"/"or" to one under a modal, a future or an obligation is read with the first (modality.ts). Only a
// verb of the same form is joined: a bare verb to a bare verb, a participle to a participle after a be-form; "did not
// cease the shelling and detained the column" joins a past form, which has its own tense.
import { isQuoteMark, mentionOf, token, type SentenceContext } from './context.ts';
import { HARD_BOUNDARIES } from './lexicon.ts';

const BE = new Set(['be', 'been']);
const JOINING_ADVERBS = new Set(['then', 'also', 'subsequently', 'later']);

type Form = 'bare' | 'passive' | null;

function formOf(ctx: SentenceContext, i: number): Form {
  const t = token(ctx, i);
  if (t?.pos !== 'VERB') return null;
  if (t.lower === t.lemma) return 'bare';
  return /(?:ed|en|wn|t)$/.test(t.lower) ? 'passive' : null;
}

/** The first verb that `trigger` is coordinated with, of its own form, or null. `joiner` is the "and"/"or". */
export function coordinatedHead(ctx: SentenceContext, trigger: number): { head: number; joiner: string } | null {
  const form = formOf(ctx, trigger);
  if (form === null) return null;
  // "… needs to be restored, and invited the Korean side": a past form with an object is finite, not passive.
  const next = token(ctx, trigger + 1);
  if (
    form === 'passive' &&
    (mentionOf(ctx, trigger + 1) !== undefined || /^(?:DET|PRON|PROPN|NUM)$/.test(next?.pos ?? ''))
  )
    return null;
  let k = trigger - 1;
  while (token(ctx, k)?.pos === 'ADV' || JOINING_ADVERBS.has(token(ctx, k)?.lower ?? '')) k--;
  const joiner = token(ctx, k)?.lower;
  if (joiner !== 'and' && joiner !== 'or') return null;
  for (let j = k - 1; j >= Math.max(ctx.sentence.firstToken, k - 15); j--) {
    const t = ctx.doc.tokens[j]!;
    if (HARD_BOUNDARIES.has(t.text) || isQuoteMark(t) || t.text === '.') return null;
    if (t.pos !== 'VERB' || mentionOf(ctx, j) !== undefined) continue;
    if (formOf(ctx, j) !== form) return null;
    // "would like to wish you a Happy New Year and thank you": an infinitive series is read in modality.ts.
    let before = j - 1;
    while (token(ctx, before)?.pos === 'ADV') before--;
    if (token(ctx, before)?.lower === 'to') return null;
    // A participle is passive only after a be-form ("be seized or frozen"), adverbs aside.
    if (form === 'passive') {
      let b = j - 1;
      while (token(ctx, b)?.pos === 'ADV') b--;
      // "be seized or frozen, and then confiscated": back over a participle itself joined to the passive one.
      if (!BE.has(token(ctx, b)?.lower ?? '')) {
        const earlier = coordinatedHead(ctx, j);
        return earlier === null ? null : { head: earlier.head, joiner };
      }
    }
    return { head: j, joiner };
  }
  return null;
}
