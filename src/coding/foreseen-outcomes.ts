// "grave consequences that will affect the neighbouring states", "severe consequences not just for the people … but
// for the broader security in Europe", "serious consequences for this segment of the global market", "severe costs in
// terms of a long-running conflict", "a response from the European Council", "the basis for our economic response":
// consequences, costs or a response foretold as the effects of a famine or a war on a market, a region or the world, or
// as a reply or a policy, are a forecast; no one warns anyone of what they will do (warnings.ts). A threat names whom
// the consequences are for ("severe consequences for the Kremlin", "for those who attack us") or no one.
import { mentionOf, token, type SentenceContext } from './context.ts';

/** Nouns of the outcome a forecast speaks of. */
const OUTCOMES = new Set(['consequences', 'consequence', 'costs']);
/** Verbs by which consequences described in a relative clause reach what they touch. */
const AFFECTING = new Set(['affect', 'hit', 'impact', 'harm', 'hurt', 'touch', 'damage']);
/** Words of an object after "for" that may still be the ones threatened: "for those who", "for anyone", "for the
 * aggressor", "for this country". */
const THREATENED = new Set(
  'those anyone anybody whoever everyone everybody aggressor aggressors country countries state states regime government leadership them him her you'.split(
    ' ',
  ),
);
/** Kinds of a response that is a policy, not a blow: "our economic response", "the humanitarian response". */
const POLICY = new Set(['economic', 'humanitarian', 'medical', 'social', 'fiscal', 'financial', 'sanitary']);

/** The warning noun at `i` names a forecast effect, a reply or a policy, no threat. */
export function foreseenOutcome(ctx: SentenceContext, i: number): boolean {
  const t = ctx.doc.tokens[i]!;
  if (t.lower === 'response') {
    const before = token(ctx, i - 1);
    return token(ctx, i + 1)?.lower === 'from' || (before !== undefined && POLICY.has(before.lower));
  }
  if (!OUTCOMES.has(t.lower)) return false;
  const a = token(ctx, i + 1)?.lower;
  const b = token(ctx, i + 2)?.lower;
  // "not only for Europe but also globally", "not just for the people": effects reaching far and wide.
  if (a === 'not' && (b === 'only' || b === 'just')) return true;
  if (a === 'in' && b === 'terms' && token(ctx, i + 3)?.lower === 'of') return true;
  if ((a === 'that' || a === 'which') && affectingVerbAfter(ctx, i + 2)) return true;
  return a === 'for' && domainAfter(ctx, i + 2);
}

/** "that will (inevitably) affect": a verb of affecting after the relative's auxiliaries and adverbs. */
function affectingVerbAfter(ctx: SentenceContext, k: number): boolean {
  for (let j = k; j < Math.min(ctx.sentence.endToken, k + 4); j++) {
    const t = ctx.doc.tokens[j]!;
    if (t.pos === 'VERB') return AFFECTING.has(t.lemma);
    if (t.pos !== 'AUX' && t.pos !== 'ADV' && t.pos !== 'PART') return false;
  }
  return false;
}

/** The noun phrase from `k` names no actor, person or pronoun: a domain ("this segment of the global market"). */
function domainAfter(ctx: SentenceContext, k: number): boolean {
  let words = 0;
  for (let j = k; j < ctx.sentence.endToken; j++) {
    const t = ctx.doc.tokens[j]!;
    if (mentionOf(ctx, j) !== undefined || THREATENED.has(t.lower) || t.pos === 'PRON' || t.pos === 'PROPN')
      return false;
    if (!/^(?:DET|ADJ|NOUN|ADP|NUM)$/.test(t.pos)) return words > 0;
    words++;
  }
  return words > 0;
}
