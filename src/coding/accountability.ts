// Calling for someone to answer for their acts accuses them: "Russia must be held accountable for the war crimes it
// has committed", "All perpetrators of war crimes should be brought to justice", "Russia must be thoroughly punished for
// these crimes". The obligation states the speaker's judgement of past acts now (CAMEO 112, PLOVER ACCUSE, asserted),
// not a demand that someone act (10), as the review sets code it. "will be held accountable" announces the
// consequence (a warning) and is left to the other rules.
import { mentionOf, token, type SentenceContext } from './context.ts';

/** Participles of answering for one's acts, with the words that must follow them (their keys are cues, rule-cues.ts). */
export const ANSWERING: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  ['held', new Set(['accountable', 'responsible', 'liable'])],
  ['brought', new Set(['justice', 'account'])],
  ['punished', new Set<string>()],
]);
/** Words between the modal, "be", the participle and its complement: "must also be", "held fully accountable". */
const BETWEEN = /^(?:ADV|PART|DET)$/;
/** Words of a charge that make an accountability with no actor named a matter of war, not of home law. */
const CHARGES = new Set(
  'crimes crime criminals criminal perpetrators atrocities genocide aggression aggressor war deportation deportations torture murder murders violations abuses'.split(
    ' ',
  ),
);

/**
 * The participle of an accountability after the obligation modal at `modal` ("must be held accountable", "should
 * be brought to justice", "must all be punished"), else null.
 */
export function accountabilityAt(ctx: SentenceContext, modal: number): number | null {
  let k = modal + 1;
  // "ought to be", "must also be", "must all be".
  while (k < modal + 3 && token(ctx, k)?.lower !== 'be' && BETWEEN.test(token(ctx, k)?.pos ?? '')) k++;
  if (token(ctx, k)?.lower !== 'be' || token(ctx, k - 1)?.lower === 'not') return null;
  let participle = k + 1;
  while (participle < k + 3 && token(ctx, participle)?.pos === 'ADV') participle++;
  const complements = ANSWERING.get(token(ctx, participle)?.lower ?? '');
  if (complements === undefined) return null;
  if (complements.size === 0) return participle;
  // "held criminally liable", "held fully accountable", "brought to justice".
  for (let j = participle + 1; j < participle + 4; j++) {
    const word = token(ctx, j)?.lower ?? '';
    if (complements.has(word)) return participle;
    if (word !== 'to' && token(ctx, j)?.pos !== 'ADV') return null;
  }
  return null;
}

/**
 * Whether an accountability that names no actor is about war: a charge word in the sentence ("all perpetrators of
 * war crimes", "crimes for which everyone must be held accountable") or an actor of another country than the
 * speaker's. "A person should be held criminally liable for concealing dual citizenship" is home law.
 */
export function chargeAbroad(ctx: SentenceContext, speakerCountry: string | null): boolean {
  for (let k = ctx.sentence.firstToken; k < ctx.sentence.endToken; k++) {
    if (CHARGES.has(ctx.doc.tokens[k]!.lower)) return true;
    const m = mentionOf(ctx, k);
    if (m !== undefined && m.kind !== 'pronoun' && m.actor.country !== null && m.actor.country !== speakerCountry)
      return true;
  }
  return false;
}
