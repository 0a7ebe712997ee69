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
/** Words of the object phrase between "of" and "by": "the shelling of the nuclear power plants by …". */
const OBJECT_POS = /^(?:DET|ADJ|NOUN|PROPN|NUM)$/;
/** How many words the object phrase may hold: a longer one may have a "by" of its own. */
const OBJECT_REACH = 6;

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

/**
 * "the shelling of nuclear power plants by Russian troops", "the destruction of Ukrainian cities by Russian missiles":
 * an event noun (or a gerund read as one) matched alone, its object after "of" and its doer after a "by" right after
 * that object. The doers, and the actors the object names (its targets); null when there is no such phrase. Only a
 * noun phrase may stand between: "the investigation of crimes committed by Russia" has a verb whose "by" it is, and
 * "the threat of an invasion by Russia" is read by a pattern that takes "of invasion" (its end is past the noun).
 */
export function ofObjectAgents(
  ctx: SentenceContext,
  match: Match,
): { agents: readonly Mention[]; objects: readonly Mention[] } | null {
  const { tokens } = ctx.doc;
  const i = match.trigger;
  if (match.end !== i + 1 || tokens[i + 1]?.lower !== 'of') return null;
  let by = i + 2;
  const objects: Mention[] = [];
  while (by < Math.min(ctx.sentence.endToken, i + 2 + OBJECT_REACH)) {
    const m = mentionOf(ctx, by);
    if (m !== undefined) {
      if (m.kind !== 'pronoun') objects.push(m);
      by = m.endToken;
    } else if (OBJECT_POS.test(tokens[by]!.pos) || tokens[by]!.lower === "'s") by++;
    else break;
  }
  if (by === i + 2 || tokens[by]?.lower !== 'by' || by >= ctx.sentence.endToken - 1) return null;
  const agents = agentAfterBy(ctx, by)?.agents ?? [];
  const head = agents[agents.length - 1];
  if (head === undefined || tokens[head.endToken]?.pos === 'NOUN') return null;
  const doers = agents.filter((m) => m.kind !== 'pronoun');
  return doers.length === 0 ? null : { agents: doers, objects };
}
