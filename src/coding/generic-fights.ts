// A "we" that fights with no one fought: "We continue to fight.", "We fight together.", "That is why we fight.", "we
// are fighting," he said. Rhetoric about a side's resolve names no adversary and no engagement, so an analyst codes no
// attack; "we are fighting against a powerful enemy", "we fight the invaders" name the other side and stay.
import type { SentenceContext } from './context.ts';

/** Words that may stand after the verb in place of an object: the fight's time, company, manner or purpose. */
const NO_OBJECT = new Set(['together', 'every', 'each', 'to', 'here', 'there', 'now', 'today', 'on']);

/** Words between "we" and the verb: auxiliaries, adverbs, "continue to". */
const BETWEEN = /^(?:AUX|ADV|PART)$/;

/** The verb "fight" at `i` has "we" as its subject and no object after it. */
export function genericWeFight(ctx: SentenceContext, i: number): boolean {
  const tokens = ctx.doc.tokens;
  if (tokens[i]!.lemma !== 'fight') return false;
  let k = i - 1;
  while (k > ctx.sentence.firstToken && (BETWEEN.test(tokens[k]!.pos) || continued(ctx, k))) k--;
  if (tokens[k]?.lower !== 'we') return false;
  let a = i + 1;
  while (a < ctx.sentence.endToken && (tokens[a]!.pos === 'ADV' || tokens[a]!.pos === 'PART')) a++;
  const after = tokens[a];
  return a >= ctx.sentence.endToken || after!.pos === 'PUNCT' || NO_OBJECT.has(after!.lower);
}

/** "continue to" / "keep" before the verb: "we continue to fight". */
function continued(ctx: SentenceContext, k: number): boolean {
  const lemma = ctx.doc.tokens[k]!.lemma;
  return lemma === 'continue' || lemma === 'keep' || ctx.doc.tokens[k]!.lower === 'to';
}
