// Signing a decree or a law is no agreement: "Today I signed decrees on awarding our heroes", "Putin signed it into
// law", "the decree signed by Putin in December", "signed into law a $95 billion war aid measure". CAMEO 057 codes a
// formal agreement signed with another side; a decree, a law or a bill is one side's own act, coded (if at all) by
// what it does ("imposing sanctions on Russia", "recognising the republics"), which its own words trigger. An
// announced signing ("intends to sign an executive order") stays an intent.
import type { SentenceContext } from './context.ts';
import type { Match } from './match.ts';

/** Instruments of one side's own authority. */
const DECREES = new Set([
  'decree',
  'decrees',
  'law',
  'laws',
  'bill',
  'bills',
  'order',
  'orders',
  'ordinance',
  'ordinances',
  'edict',
  'executive',
]);

/** Words before the signed thing's head: "two new", "a", "several important". */
const MODIFIER_POS = new Set(['DET', 'ADJ', 'NUM', 'ADV']);

/** The signing at `match` is of a decree, a law or a bill: no event. */
export function signedDecree(ctx: SentenceContext, match: Match): boolean {
  if (!match.pattern.code.startsWith('057')) return false;
  const tokens = ctx.doc.tokens;
  const i = match.trigger;
  // "said he intended to sign a corresponding executive order": an announced signing is coded as an intent to
  // cooperate with those the order is for (the dev sets code it so); only signing done is the signer's own act.
  if (tokens[i]!.lemma !== 'sign' || tokens[i - 1]?.lower === 'to') return false;
  // "the decree signed by Putin": the noun the participle describes.
  if (DECREES.has(tokens[i - 1]?.lower ?? '')) return true;
  // "signed it into law", "signed into law a measure".
  for (let k = i + 1; k < Math.min(ctx.sentence.endToken, i + 4); k++) {
    if (tokens[k]!.lower === 'into' && tokens[k + 1]?.lower === 'law') return true;
  }
  // "signed (two new) decrees on …".
  let k = i + 1;
  while (k < ctx.sentence.endToken && MODIFIER_POS.has(tokens[k]!.pos)) k++;
  return DECREES.has(tokens[k]?.lower ?? '');
}
