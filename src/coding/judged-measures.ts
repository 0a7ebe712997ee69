// "New sanctions against Russia are needed", "An oil embargo against Russia is mandatory", "Further sanctions against
// the Russian Federation were discussed": a measure of reduced relations (CAMEO 16: sanctions, an embargo) named by
// a noun with no one imposing it, whose clause goes on with "be", is what the sentence judges, demands or discusses,
// not a measure taken. A lexical verb reports one in force ("The fresh round of sanctions also targets 144 Russian
// senators"), and so does a passive of taking or ending it ("were imposed in March", "were lifted"). (After a modal, "sanctions against Russia must be strengthened", it is a measure called for: the
// modality rules keep it, hypothetical.)
import type { SentenceContext } from './context.ts';

/** Words of a noun phrase's tail: "against the Russian Federation", "on Russian oil supplies to Europe". */
const PHRASE_TAGS = new Set(['NOUN', 'PROPN', 'ADJ', 'DET', 'ADP', 'NUM', 'CCONJ', 'PART']);
/** Forms of "be": the measure is judged ("are needed", "is mandatory") or discussed ("were discussed"). */
const JUDGING = new Set(['is', 'are', 'was', 'were']);

/** Passives that report a measure taken or ended: "The sanctions against Russia were imposed in March". */
const TAKEN = new Set(
  'impose introduce adopt approve apply enact extend expand tighten renew prolong lift ease levy'.split(' '),
);

/** After the be-form at `k - 1`, past adverbs, a participle of TAKEN: the passive reports the measure. */
function imposedAfter(ctx: SentenceContext, k: number): boolean {
  const tokens = ctx.doc.tokens;
  while (k < ctx.sentence.endToken && tokens[k]!.pos === 'ADV') k++;
  return k < ctx.sentence.endToken && TAKEN.has(tokens[k]!.lemma);
}

/** The 16 noun at [.., `end`) with no doer heads a subject whose verb is a form of "be". */
export function judgedMeasure(ctx: SentenceContext, code: string, end: number): boolean {
  if (!code.startsWith('16')) return false;
  const tokens = ctx.doc.tokens;
  for (let k = end; k < ctx.sentence.endToken; k++) {
    const t = tokens[k]!;
    if (t.pos === 'VERB' || t.pos === 'AUX') return JUDGING.has(t.lower) && !imposedAfter(ctx, k + 1);
    if (!PHRASE_TAGS.has(t.pos) && t.pos !== 'ADV') return false;
  }
  return false;
}
