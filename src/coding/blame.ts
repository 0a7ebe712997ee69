// Blame without an accusing verb: "The Kiev authorities are fully responsible for this", "Kyiv bears
// full responsibility for the shelling". The one held responsible is the target of an accusation
// (CAMEO 112, PLOVER ACCUSE); the accuser is whoever says it (the quote's speaker or the reporter),
// or nobody named in a press release. A bare "is responsible for" describes a duty ("the ministry is
// responsible for the border"), so an intensifier or "bear responsibility" is required.
import type { Mention } from '../types.ts';
import { mentionOf, token, type SentenceContext } from './context.ts';
import { BE_FORMS, NEGATORS } from './lexicon.ts';
import { coordinatedBefore } from './match.ts';

export interface Blame {
  readonly trigger: number;
  /** Who is held responsible. */
  readonly targets: readonly Mention[];
}

const INTENSIFIERS = new Set([
  'fully',
  'solely',
  'entirely',
  'directly',
  'wholly',
  'completely',
  'squarely',
  'personally',
]);
const FULL = new Set(['full', 'sole', 'entire', 'direct', 'complete', 'whole']);

export function findBlame(ctx: SentenceContext): Blame[] {
  const found: Blame[] = [];
  for (let i = ctx.sentence.firstToken + 2; i < ctx.sentence.endToken - 1; i++) {
    const t = ctx.doc.tokens[i]!;
    if (token(ctx, i + 1)?.lower !== 'for') continue;
    let k = i - 1;
    if (t.lower === 'responsible') {
      if (!INTENSIFIERS.has(token(ctx, k)?.lower ?? '')) continue;
      k--;
      if (!BE_FORMS.has(token(ctx, k)?.lower ?? '')) continue;
    } else if (t.lower === 'responsibility') {
      if (FULL.has(token(ctx, k)?.lower ?? '')) k--;
      if (!/^(?:bear|bears|bore)$/.test(token(ctx, k)?.lower ?? '')) continue;
    } else continue;
    k--;
    // "X is not fully responsible": a negator or modal between subject and predicate.
    while (k >= ctx.sentence.firstToken && mentionOf(ctx, k) === undefined && token(ctx, k)?.pos === 'ADV') k--;
    if (NEGATORS.has(token(ctx, k)?.lower ?? '')) continue;
    const subject = mentionOf(ctx, k);
    if (subject === undefined || subject.endToken !== k + 1 || subject.kind === 'pronoun') continue;
    found.push({ trigger: i, targets: coordinatedBefore(ctx, subject) });
  }
  return found;
}
