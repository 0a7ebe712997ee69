// Thanks promised for what the other side has not done yet: "I will be grateful to you for your assistance in
// facilitating this issue", "we would be very grateful if you help us". Gratitude in the future or the conditional
// is the polite form of a request (020, REQUEST) made to the one who is to be thanked, and it is made on the day:
// neither the gratitude (051) nor an intent to cooperate (030) that recode.ts would read off "will". Lasting
// gratitude ("Ukraine will always be grateful to Poland") is thanks said on the day (051).
import type { Match } from './match.ts';
import type { ModalityReading } from './modality.ts';
import type { SentenceContext } from './context.ts';

/** The adjectives of thanks: "grateful", "thankful" (not the verb "thank": "we will thank you" is a promise). */
const GRATEFUL = new Set(['grateful', 'thankful']);
/** Cues of the conditional: "would / should be grateful", "if you can, Ukraine will be grateful to you". */
const CONDITIONAL = new Set(['would', 'should', 'could', 'if']);
/** Lasting thanks: "will always be grateful", "will forever be thankful". */
const LASTING = new Set(['always', 'forever', 'ever', 'eternally']);

/**
 * How gratitude announced for the future or the conditional reads: a request of its target, thanks said today when
 * lasting, or null when the match is no such gratitude.
 */
export function promisedThanks(
  ctx: SentenceContext,
  match: Match,
  reading: ModalityReading,
): 'request' | 'lasting' | null {
  if (!GRATEFUL.has(ctx.doc.tokens[match.trigger]!.lower) || reading.modality === 'negated') return null;
  const future = reading.announced === 'future' || reading.announced === 'reported-future';
  if (!future && !(reading.modality === 'hypothetical' && CONDITIONAL.has(reading.cue ?? ''))) return null;
  const before = ctx.doc.tokens.slice(Math.max(ctx.sentence.firstToken, match.trigger - 4), match.trigger);
  return before.some((t) => LASTING.has(t.lower)) ? 'lasting' : 'request';
}

/** Modals that put "be grateful" in the future or the conditional. */
const MODALS = new Set(['will', 'would', 'shall', 'should', "'ll", '’ll', "'d", '’d']);

/**
 * "I will be grateful to you for your assistance": the help thanked for in advance is not given yet (no AID event
 * from the thanks, sentence-rules.ts), unless the thanks are lasting ("will always be grateful … for the help").
 */
export function helpNotYetGiven(ctx: SentenceContext, trigger: number): boolean {
  if (!GRATEFUL.has(ctx.doc.tokens[trigger]!.lower)) return false;
  const before = ctx.doc.tokens.slice(Math.max(ctx.sentence.firstToken, trigger - 4), trigger);
  return before.some((t) => MODALS.has(t.lower)) && !before.some((t) => LASTING.has(t.lower));
}
