// Aid or support as the purpose of a thing, no event: "many more programmes to support our people", "a platform that
// allows raising funds to support Ukraine", "increasing donations to help Ukraine", "the agreement contains provisions
// to support Ukraine's integration". The infinitive says what the programme, the money or the clause is for; its giver
// is whoever runs or pays it, which the verb's clause does not name, and the public that donates is no political
// actor. An analyst codes aid (07) and support (050–052) from a giver to a recipient: with either side missing there
// is nothing to code. Named sides keep the event ("the UK announced £88 million of new funding to support Ukraine").
import type { Mention } from '../types.ts';
import { token, type SentenceContext } from './context.ts';
import type { Match } from './match.ts';

/** Support and aid. */
const GIVING = /^(?:05[0-2]|07)/;

/** Things that are for aid or support: programmes, platforms, money, clauses, measures. */
const THINGS = new Set(
  `programme programmes program programs platform platforms provision provisions donation donations fund funds money
  fundraising proceeds resources measures products mechanism mechanisms tool tools instrument instruments initiative
  initiatives project projects`.split(/\s+/),
);

/** The giving act at `match` is the purpose of a thing ("programmes to support our people") and lacks a side. */
export function purposedThing(
  ctx: SentenceContext,
  match: Match,
  sources: readonly Mention[],
  targets: readonly Mention[],
): boolean {
  if (!GIVING.test(match.pattern.code) || (sources.length > 0 && targets.length > 0)) return false;
  const i = match.trigger;
  if (ctx.doc.tokens[i]!.pos !== 'VERB' || token(ctx, i - 1)?.lower !== 'to') return false;
  return THINGS.has(token(ctx, i - 2)?.lower ?? '');
}
