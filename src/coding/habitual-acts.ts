// General positions and habits, no event: "Russia has always supported this universal organisation", "We regularly
// meet with the management of major German companies", "Ukraine constantly offers the Russian side options", "our
// European colleagues have always expressed their commitment to these principles". An adverb of habit on the verb
// says what a side does as a rule or has done throughout, not an act of a day; an analyst codes the acts themselves
// where they are told. Only words, stances and cooperation (01–12): "Russia constantly shells Kharkiv" reports attacks
// that a conflict series counts. "As always, I signed a decree", "I traditionally signed decrees before this evening's
// address" compare today's act with earlier ones and keep it.
import type { SentenceContext } from './context.ts';
import type { Match } from './match.ts';

/** Adverbs that make a verb habitual or a standing position. */
const HABIT_ADVERBS = new Set([
  'always',
  'constantly',
  'regularly',
  'systematically',
  'routinely',
  'invariably',
  'usually',
  'habitually',
  'consistently',
]);

/** Auxiliaries between the adverb and the verb: "has always supported", "are constantly in contact". */
const AUXILIARY_POS = new Set(['AUX', 'PART']);

/** Codes of words, stances and cooperation that a habit or a standing position may be stated in. */
const VERBAL = /^(?:0\d|1[012])/;

/** Adjectives that make a noun of contact or cooperation a standing state: "in constant contact with". */
const HABIT_ADJECTIVES = new Set(['constant', 'permanent', 'continuous', 'continual']);

/** The act at `match` is said to be done as a rule or throughout ("has always supported"): no event. */
export function habitualAct(ctx: SentenceContext, match: Match): boolean {
  if (!VERBAL.test(match.pattern.code)) return false;
  const tokens = ctx.doc.tokens;
  // "has been in constant contact with his Polish counterpart": a standing state of contact.
  if (match.pattern.noun) return HABIT_ADJECTIVES.has(tokens[match.trigger - 1]?.lower ?? '');
  const first = ctx.sentence.firstToken;
  let k = match.trigger - 1;
  // "has always been supporting": auxiliaries after the adverb.
  while (k >= first && AUXILIARY_POS.has(tokens[k]!.pos) && k > match.trigger - 3) k--;
  const adverb = tokens[k];
  if (k < first || adverb === undefined || !HABIT_ADVERBS.has(adverb.lower)) return false;
  // "As always, I signed": a comparison with earlier acts, not a habit.
  return tokens[k - 1]?.lower !== 'as';
}
