// An event noun's doer named in a "by" phrase right after the noun's target: "the attack on Ukraine by Russian forces",
// "the visit to Kyiv by the leaders of France and Germany", "support for Ukraine by Poland". The by-phrase of a noun
// is its agent as a passive's is; without this rule the noun had no doer and was dropped. Only a "by" right after the
// target's phrase: one further on belongs to another word ("the attack on Ukraine was condemned by the EU"), and one
// after a pattern's own last word may be that word's ("the threat of an invasion by Russia": the invasion's doer).
import type { Mention } from '../types.ts';
import { mentionOf, type SentenceContext } from './context.ts';
import type { Match } from './match.ts';
import { agentAfterBy } from './roles.ts';

/** How many nouns may finish the target's phrase before "by": "an attack on a Ukrainian convoy by …". */
const PHRASE_REST = 2;
/** "thanked X for": the help thanked for is read with its parties by the thanks rule (sentence-rules.ts). */
const THANKING = /^thank/;

/** The doers named by the "by" phrase right after the event noun's target; empty when there is none. */
export function nounAgents(ctx: SentenceContext, match: Match): readonly Mention[] {
  const items = match.pattern.items;
  if (items[items.length - 1]?.kind !== 'target' || match.targets.length === 0 || thankedFor(ctx, match.trigger))
    return [];
  let by = match.end;
  while (by < match.end + PHRASE_REST && ctx.doc.tokens[by]?.pos === 'NOUN' && mentionOf(ctx, by) === undefined) by++;
  if (ctx.doc.tokens[by]?.lower !== 'by' || by >= ctx.sentence.endToken) return [];
  const agents = agentAfterBy(ctx, by)?.agents ?? [];
  // "the first visit to Ukraine by an Asian member of the G7": an adjective of a noun that names no actor describes
  // the doer, it is not the doer.
  const head = agents[agents.length - 1];
  if (head === undefined || ctx.doc.tokens[head.endToken]?.pos === 'NOUN') return [];
  return agents.filter((m) => m.kind !== 'pronoun');
}

/** "thanked the minister for the effective support for Ukraine by …": the noun follows "for" after thanks. */
function thankedFor(ctx: SentenceContext, noun: number): boolean {
  let k = noun - 1;
  while (k > ctx.sentence.firstToken && /^(?:DET|ADJ|ADV)$/.test(ctx.doc.tokens[k]!.pos)) k--;
  if (ctx.doc.tokens[k]?.lower !== 'for') return false;
  for (let j = k - 1; j >= Math.max(ctx.sentence.firstToken, k - 15); j--)
    if (THANKING.test(ctx.doc.tokens[j]!.lower)) return true;
  return false;
}
