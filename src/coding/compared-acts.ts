// "No one destroys cities as Russia does", "Nobody destroyed Donbas as much as the Russian army does now": an act
// denied of everyone only to be set against the one who does it. The negated act is a figure of comparison, no
// event of its own. A side's denial of its own conduct stays one: "We do not kill civilians as Russia does".
import type { SentenceContext } from './context.ts';
import { NEGATIVE_SUBJECTS } from './lexicon.ts';

/** Words of the act's object and of the compared doer: "peaceful cities", "the Russian army". */
const PHRASE = /^(?:DET|ADJ|NOUN|PROPN|NUM|PRON|ADV)$/;
/** Words that would make "do" a verb of its own with an object: "as Russia does damage". */
const OBJECT = /^(?:DET|ADJ|NOUN|PROPN|NUM|PRON)$/;
/** How many words the act's object and the compared doer may each take. */
const REACH = 6;

/** The word at `k` is a form of "do" standing for the verb compared: "does", "did", "do", "has done". */
function proVerb(ctx: SentenceContext, k: number): boolean {
  const t = ctx.doc.tokens[k];
  return t !== undefined && t.lemma === 'do' && !OBJECT.test(ctx.doc.tokens[k + 1]?.pos ?? '');
}

/**
 * The act at `trigger`, negated by `cue`, is denied of everyone ("nobody", "no one": cue "no") and compared with
 * another's doing of it: "… as Russia does", "… as much as X did".
 */
export function comparedDenial(ctx: SentenceContext, trigger: number, cue: string | null): boolean {
  if (cue !== 'no' && !NEGATIVE_SUBJECTS.has(cue ?? '')) return false;
  const tokens = ctx.doc.tokens;
  const end = ctx.sentence.endToken;
  let k = trigger + 1;
  while (k < end && k <= trigger + REACH && PHRASE.test(tokens[k]!.pos) && tokens[k]!.lower !== 'as') k++;
  if (tokens[k]?.lower !== 'as') return false;
  k++;
  if (tokens[k]?.lower === 'much' && tokens[k + 1]?.lower === 'as') k += 2;
  const doer = k;
  while (k < end && k < doer + REACH && PHRASE.test(tokens[k]!.pos) && tokens[k]!.lemma !== 'do') k++;
  if (k === doer) return false;
  if (tokens[k]?.lemma === 'have') k++;
  return proVerb(ctx, k);
}
