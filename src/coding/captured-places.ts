// "Russian troops captured Kherson", "they want to capture Kyiv": to capture a state or one of its places by name is
// to occupy territory (CAMEO 192, 19-fight.txt `capture T!`). What else is captured is no land: soldiers ("we have
// captured Russian soldiers", an armed sector), people ("captured the mayor"), or things named by an adjective of
// origin ("captured Russian equipment", "Russian" is no place taken). Those captures are left uncoded here; the
// places named by a noun with an adjective of origin ("the Ukrainian city of Melitopol") have their own pattern.
import type { Event } from '../types.ts';
import type { SentenceContext } from './context.ts';

/** The rule of the one pattern this reading narrows. */
const CAPTURE = '19-fight.txt:192:capture T!';

/** The event is a capture whose target is not a state or place named by itself, with no noun after it. */
export function capturesNoPlace(ctx: SentenceContext, event: Event): boolean {
  if (!event.rule.startsWith(CAPTURE)) return false;
  const target = event.target;
  if (target === null || target.sector !== null || (target.type !== 'state' && target.type !== 'region')) return true;
  for (const m of ctx.mentions) {
    if (m.sentence !== ctx.sentence.index || m.actor.code !== target.code) continue;
    // ("Russian equipment", "Russian/PROPN": the tagger may call the adjective a name; a noun after it is what it describes.)
    const next = m.endToken < ctx.sentence.endToken ? ctx.doc.tokens[m.endToken]!.pos : 'PUNCT';
    if (next !== 'NOUN' && next !== 'PROPN') return false;
  }
  return true;
}
