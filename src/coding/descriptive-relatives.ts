// An act told in the present perfect inside a relative clause on a noun describes that noun, no event: "the militant
// group that has seized parts of Iraq and Syria", "Hamas, which has ruled Gaza since 2007, …", "Ukraine's territory,
// which has been attacked by Russia". Wire stories repeat such clauses as boilerplate to say who an actor is; the act
// has no time of its own and is reported, if at all, where the article tells it. An analyst codes the main clause,
// not the description. Not "which has just launched an offensive" (an adverb of the news moment) nor "which has
// already killed thousands" (a toll so far, news of the day), and not a past tense ("Russia, which annexed Crimea in
// 2014"): a dated past act is an event of its own day.
import type { SentenceContext } from './context.ts';

/** The relative pronouns that can be the subject of the clause. */
const RELATIVE_PRONOUNS = new Set(['which', 'that', 'who']);

/** Adverbs that place the act at the news moment or count it up to now: the clause then reports it. */
const NEWS_ADVERBS = new Set(['just', 'already', 'now', 'today', 'recently', 'newly', 'again', 'also']);

/** Word classes a relative pronoun's antecedent ends with ("the militant group that", "Hamas, which"). */
const ANTECEDENT_POS = new Set(['NOUN', 'PROPN']);

/** The verb at `i` is the present perfect predicate of a relative clause whose subject is the relative pronoun. */
export function describingRelative(ctx: SentenceContext, i: number): boolean {
  const tokens = ctx.doc.tokens;
  const first = ctx.sentence.firstToken;
  let k = i - 1;
  // "which has been attacked", "that has long backed": the passive auxiliary and adverbs of duration or manner.
  while (k > first && (tokens[k]!.lower === 'been' || tokens[k]!.pos === 'ADV')) {
    if (NEWS_ADVERBS.has(tokens[k]!.lower)) return false;
    k--;
  }
  const aux = tokens[k]?.lower;
  if (aux !== 'has' && aux !== 'have') return false;
  const pronoun = tokens[k - 1];
  if (k - 1 <= first || pronoun === undefined || !RELATIVE_PRONOUNS.has(pronoun.lower)) return false;
  // "the group that has …" or "Hamas, which has …": a noun right before the pronoun, or before a comma ("that" opens
  // no clause after a comma: "said, that has …" is no relative).
  const before = tokens[k - 2]!;
  if (ANTECEDENT_POS.has(before.pos)) return true;
  return before.text === ',' && pronoun.lower !== 'that' && k - 3 >= first && ANTECEDENT_POS.has(tokens[k - 3]!.pos);
}
