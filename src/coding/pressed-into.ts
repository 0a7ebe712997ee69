// "France wants to pressure Russia into negotiating an end to its war", "tried to coerce Kyiv into investigating his
// rival": the -ing act after "into" is what the pressing is meant to bring about. It happens only if the pressing has
// (a past "pressured Russia into negotiating" reports both done); under a wish, an attempt, a plan or a future the act
// is an aim, not done (modality.ts reads the pressing verb and, when it is not asserted, the act as hypothetical).
import type { SentenceContext } from './context.ts';
import { mentionOf } from './context.ts';

/** Verbs of pushing someone into an act: "pressure / push / force / coerce / bully / goad Russia into negotiating". */
const PRESSING = new Set(
  `pressure pressurize pressurise push force coerce compel bully goad prod cajole urge drive drag lure trick provoke
  blackmail manipulate tempt shame browbeat intimidate corner nudge`.split(/\s+/),
);

/** Words that may stand in the object between the verb and "into": nouns, names, determiners, adjectives, possessives. */
const OBJECT_POS = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'PRON', 'NUM', 'PART']);

/** How many words the object may take ("pressure the Russian leadership into …"). */
const REACH = 8;

/**
 * The trigger at `i` is an -ing verb right after "into" (an adverb may stand between), and "into" closes the object of
 * a verb of pressing: the index of that verb, else null.
 */
export function pressedInto(ctx: SentenceContext, i: number): number | null {
  const tokens = ctx.doc.tokens;
  const first = ctx.sentence.firstToken;
  if (!tokens[i]!.lower.endsWith('ing')) return null;
  let into = i - 1;
  if (tokens[into]?.pos === 'ADV') into--;
  if (into <= first || tokens[into]!.lower !== 'into') return null;
  let objectWords = 0;
  for (let k = into - 1; k >= Math.max(first, into - REACH); k--) {
    const m = mentionOf(ctx, k);
    if (m !== undefined) {
      k = m.firstToken;
      objectWords++;
      continue;
    }
    const t = tokens[k]!;
    if (t.pos === 'VERB') return objectWords > 0 && PRESSING.has(t.lemma) ? k : null;
    if (!OBJECT_POS.has(t.pos) && t.text !== "'s" && t.text !== '’s') return null;
    objectWords++;
  }
  return null;
}
