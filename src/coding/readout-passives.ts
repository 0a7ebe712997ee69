// "The President of France was again asked to be more active …", "the Prime Minister of the Czech Republic was invited
// to consider patronage over …": in a readout of two sides' talks, an appeal, an offer or a demand made to one side in
// the passive with no agent is the other side's. The readout tells what passed between its two parties, so one who
// asks, invites or urges the one side without being named is the other one. Not with several counterparts (a hub's
// calls), with a "by" anywhere after the verb (the agent may follow an infinitive: "invited to attend by Michel"), in
// a quote (a speaker's passive may be anyone's), or when the one acted on is no party.
import type { Mention } from '../types.ts';
import type { SentenceContext } from './context.ts';
import { readoutParties } from './readout-parties.ts';

/** Appeals (02), offers and intents (03) and demands (10): acts a readout's side addresses to the other. */
const ADDRESSED = /^(?:02|03|10)/;

/** The readout's other party as the doer of the passive act at `i` on `targets`, or none. */
export function readoutPassiveDoer(
  ctx: SentenceContext,
  code: string,
  i: number,
  targets: readonly Mention[],
  narrated: boolean,
): Mention[] {
  if (!narrated || !ADDRESSED.test(code) || targets.length !== 1) return [];
  const { tokens } = ctx.doc;
  for (let k = i + 1; k < ctx.sentence.endToken; k++) if (tokens[k]!.lower === 'by') return [];
  const readout = readoutParties(ctx, tokens[i]!.start);
  if (readout === null || readout.hub !== null || readout.parties.length !== 2) return [];
  const country = targets[0]!.actor.country;
  if (country === null) return [];
  const others = readout.parties.filter((p) => p.actor.country !== country);
  return others.length === 1 && others.length < readout.parties.length ? others : [];
}
