// A threat perceived, no threat made: "Moscow sees any expansion of the alliance as a threat to Russia", "Finland
// feels threatened by its neighbour", "we see a threat in these deployments", "regards the drills as a direct threat".
// CAMEO 13 codes a threat one side makes to another; a side's view that something threatens it is its opinion (when
// it blames a named side, the "see … as a threat" pattern codes that as an accusation, 112), not a threat by the
// thing or the side it is about.
import type { SentenceContext } from './context.ts';
import type { Match } from './match.ts';

/** Verbs of seeing something as something: "sees X as a threat". */
const PERCEIVING = new Set(['see', 'view', 'regard', 'consider', 'perceive', 'treat', 'deem']);

/** Verbs of sensing a threat directly: "see a threat in", "feel threatened", "sense a danger". */
const SENSING = new Set(['see', 'feel', 'sense', 'perceive']);

/** Words between "as" and "threat": "as a direct", "as an existential", "as the main". */
const BETWEEN_POS = new Set(['DET', 'ADJ', 'ADV', 'NUM']);

/** How many words the seen thing may take between the verb and "as" ("sees any expansion of it as …"). */
const REACH = 10;

/** The noun "threat" at `i` is the complement of a verb of perceiving ("sees X as a threat", "see a threat in"). */
function perceivedNoun(ctx: SentenceContext, i: number): boolean {
  const tokens = ctx.doc.tokens;
  const first = ctx.sentence.firstToken;
  let k = i - 1;
  while (k >= first && BETWEEN_POS.has(tokens[k]!.pos)) k--;
  // "we see a threat in": the verb right before the noun phrase.
  if (k >= first && tokens[k]!.pos === 'VERB' && SENSING.has(tokens[k]!.lemma)) return true;
  if (tokens[k]?.lower !== 'as') return false;
  for (let j = k - 1; j >= Math.max(first, k - REACH); j--) {
    const t = tokens[j]!;
    if (t.pos === 'VERB' || t.pos === 'AUX') return PERCEIVING.has(t.lemma);
    if (t.pos === 'PUNCT' && t.text !== "'" && t.text !== '’') return false;
  }
  return false;
}

/** The participle "threatened" at `i` is what a side feels: "feels threatened", "felt deeply threatened". */
function feltThreatened(ctx: SentenceContext, i: number): boolean {
  const tokens = ctx.doc.tokens;
  let k = i - 1;
  while (k >= ctx.sentence.firstToken && tokens[k]!.pos === 'ADV') k--;
  return k >= ctx.sentence.firstToken && SENSING.has(tokens[k]!.lemma) && tokens[k]!.lemma !== 'see';
}

/** The threat at `match` is one perceived, not made: no event. */
export function perceivedThreat(ctx: SentenceContext, match: Match): boolean {
  if (!match.pattern.code.startsWith('13')) return false;
  const trigger = ctx.doc.tokens[match.trigger]!;
  if (trigger.lower === 'threat' || trigger.lower === 'threats') return perceivedNoun(ctx, match.trigger);
  return trigger.lower === 'threatened' && feltThreatened(ctx, match.trigger);
}
