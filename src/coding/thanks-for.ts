// Thanks for a benefit with no one thanked named: "The President thanked for the military assistance received from
// Spain", "Erdogan expressed gratitude for the assistance provided by the Russian Defence Ministry". The one thanked is
// the giver the "for" phrase names with "by" or "from". In a readout told in the third person, where no giver is
// named ("The President of Ukraine thanked for the support of the sovereignty … of Ukraine"), it is the other of the
// article's two sides, as long as that side is a person the article names (the counterpart of the talks).
import type { Mention } from '../types.ts';
import { mentionOf, token, type SentenceContext } from './context.ts';
import { HARD_BOUNDARIES } from './lexicon.ts';
import { coordinated } from './match.ts';
import { isParticipleForm } from './relatives.ts';
import { salientSides } from './roles.ts';

/** Words of thanks and of stated support: "thanked for", "expressed gratitude for", "expressed support for". */
const THANKS = /^(?:thank|grat|apprecia|support)/;

/** Index of the first word of the "for" phrase right after thanks ending at `end` ("thanked for", "gratitude for"). */
function forPhrase(ctx: SentenceContext, end: number): number | null {
  if (token(ctx, end - 1)?.lower === 'for') return end;
  return token(ctx, end)?.lower === 'for' ? end + 1 : null;
}

/** "for the assistance provided by the Russian Defence Ministry", "received from Spain": the giver in the phrase. */
function giverIn(ctx: SentenceContext, from: number): Mention[] {
  for (let k = from; k < Math.min(ctx.sentence.endToken - 1, from + 15); k++) {
    const t = ctx.doc.tokens[k]!;
    // "from" only after a participle of giving ("received from Spain"): "the evacuation of Turkish citizens from
    // Ukraine" names a place.
    if (t.lower === 'by' || (t.lower === 'from' && isParticipleForm(token(ctx, k - 1)?.lower ?? ''))) {
      const m = mentionOf(ctx, k + 1);
      return m === undefined ? [] : coordinated(ctx, m);
    }
    if (HARD_BOUNDARIES.has(t.text) || t.text === ',' || t.pos === 'AUX' || t.lower === 'that') return [];
    // "thanked for the support and asked about …": another verb starts a clause of its own.
    if (t.pos === 'VERB' && !isParticipleForm(t.lower) && !t.lower.endsWith('ing')) return [];
  }
  return [];
}

/**
 * The one thanked for the act of thanks whose pattern ends at `end` and that names no one thanked: the giver named
 * in its "for" phrase; else, when `narrated` (told in the third person, outside quotes), the article's other side.
 */
export function thankedFor(ctx: SentenceContext, end: number, thanker: Mention, narrated: boolean): Mention[] {
  if (!THANKS.test(ctx.doc.tokens[end - 1]!.lower) && !THANKS.test(ctx.doc.tokens[end - 2]?.lower ?? '')) return [];
  const from = forPhrase(ctx, end);
  if (from === null) return [];
  const givers = giverIn(ctx, from).filter((m) => (m.actor.country ?? m.actor.code) !== thankerSide(thanker));
  if (givers.length > 0 || !narrated) return givers;
  const sides = salientSides(ctx.mentions, ctx.doc.tokens[from]!.start);
  if (!sides.some((s) => (s.actor.country ?? s.actor.code) === thankerSide(thanker))) return [];
  const others = sides.filter((s) => (s.actor.country ?? s.actor.code) !== thankerSide(thanker));
  // A counterpart of no known state ("she", an ambassador of a country the dictionaries lack) is not one to name.
  return others.length === 1 && others[0]!.actor.type === 'person' && !others[0]!.actor.code.startsWith('---')
    ? others
    : [];
}

const thankerSide = (m: Mention): string => m.actor.country ?? m.actor.code;
