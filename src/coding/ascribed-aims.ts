// A hostile aim ascribed to another side: "Russia's aim was to block Moldova from joining the EU", "The Kremlin's
// attempts to bring violence to our country will fail", "He said America's goal was to impose more sanctions on
// Russia". To say that a side means to do harm is to accuse it (CAMEO 112, PLOVER ACCUSE), whoever says so. The aim
// noun must have a named owner ("Russia's", not "its"), and the act after "to" must be one a pattern reads as hostile
// (threats, sanctions and cuts, coercion, force): "Russia's plans to achieve carbon neutrality" and "Finland's plans to
// join NATO" charge no one, nor do "NATO's plans to deploy troops" (a posture reported, not a charge). Harm done
// without force is an aim as hostile: to undermine or destabilise ("Russia's goal is to weaken Europe"), or to cause a
// harm ("the Kremlin's attempts to bring violence to our country", "their plan to sow chaos"); and the act may stand
// after a second "to" ("Russia's aim is to try to seize Kyiv", "their plans to be able to attack Odesa").
import type { Mention } from '../types.ts';
import { mentionOf, token, type SentenceContext } from './context.ts';
import { coordinatedBefore, type Match } from './match.ts';
import { naziEraAt } from './nazi-era.ts';

export interface AscribedAim {
  /** The aim noun ("aim", "attempts"). */
  readonly trigger: number;
  /** Its owner: who is accused. */
  readonly doers: readonly Mention[];
}

/** Nouns that name what a side means to do. */
export const AIMS = new Set(
  'aim aims goal goals plan plans intention intentions objective objectives attempt attempts ambition ambitions'.split(
    ' ',
  ),
);
/** CAMEO roots of hostile acts an aim may charge: threats, reduced relations and sanctions, coercion, force. */
const HOSTILE_ROOTS = /^(?:13|16|17|18|19|20)/;
const POSSESSIVE = /^(?:'s|’s|'|’)$/;
const BE = new Set(['is', 'was', 'are', 'were']);
/**
 * Verbs of harm done to another side without force, which no pattern codes as hostile; "to block Moldova from moving
 * towards the EU" obstructs its course.
 */
const UNDERMINING = new Set(
  'undermine destabilize destabilise weaken sabotage subvert derail disrupt discredit divide block obstruct'.split(' '),
);
/** Verbs that bring a harm about ("cause chaos", "sow discord", "bring violence to our country"). */
const CAUSING = new Set('cause sow bring create provoke stir spread incite foment'.split(' '));
/** The harms they bring about; "bring peace" or "create jobs" charge no one. */
const HARMS = new Set([
  ...['chaos', 'harm', 'damage', 'destruction', 'instability', 'unrest', 'panic', 'violence', 'havoc', 'discord'],
  ...['division', 'divisions', 'tension', 'tensions', 'suffering', 'terror', 'fear', 'hatred', 'bloodshed'],
]);
/** Verbs of striving whose own "to" carries the act: "to try to seize", "to seek to destroy". */
const STRIVING = new Set(['try', 'seek', 'attempt', 'continue']);

export function findAscribedAims(ctx: SentenceContext, matches: readonly Match[]): AscribedAim[] {
  const found: AscribedAim[] = [];
  for (let k = ctx.sentence.firstToken + 2; k < ctx.sentence.endToken - 2; k++) {
    if (!AIMS.has(ctx.doc.tokens[k]!.lower)) continue;
    // "Russia's aim", "Russia's real aim": the owner before a possessive, one adjective at most between.
    const mark = POSSESSIVE.test(token(ctx, k - 1)?.text ?? '') ? k - 1 : k - 2;
    if (!POSSESSIVE.test(token(ctx, mark)?.text ?? '') || (mark === k - 2 && token(ctx, k - 1)?.pos !== 'ADJ'))
      continue;
    const owner = mentionOf(ctx, mark - 1);
    if (owner === undefined || owner.kind === 'pronoun' || owner.endToken !== mark) continue;
    // "… aim was to block", "… attempts to bring": the act is the verb right after "to".
    let to = k + 1;
    if (BE.has(token(ctx, to)?.lower ?? '')) to++;
    if (token(ctx, to)?.lower !== 'to') continue;
    const verb = actAfter(ctx, to);
    if (token(ctx, verb)?.pos !== 'VERB' || !hostileAct(ctx, matches, verb)) continue;
    // "Nazi Germany's plans to seize Moscow": the Second World War recalled charges no one today (nazi-era.ts).
    if (naziEraAt(ctx, verb)) continue;
    found.push({ trigger: k, doers: coordinatedBefore(ctx, owner) });
  }
  return found;
}

/** The act's verb after the aim's "to": past "try to" or "be able to", which only strive for it. */
function actAfter(ctx: SentenceContext, to: number): number {
  const next = token(ctx, to + 1);
  if (STRIVING.has(next?.lemma ?? '') && token(ctx, to + 2)?.lower === 'to') return to + 3;
  if (next?.lower === 'be' && token(ctx, to + 2)?.lower === 'able' && token(ctx, to + 3)?.lower === 'to') return to + 4;
  return to + 1;
}

/** The verb at `k` is a hostile act: a pattern's of a hostile root, undermining, or causing a harm named next. */
function hostileAct(ctx: SentenceContext, matches: readonly Match[], k: number): boolean {
  for (let n = 0; n < matches.length; n++)
    if (matches[n]!.trigger === k && HOSTILE_ROOTS.test(matches[n]!.pattern.code)) return true;
  const lemma = ctx.doc.tokens[k]!.lemma;
  if (UNDERMINING.has(lemma)) return true;
  if (!CAUSING.has(lemma)) return false;
  // "to cause chaos", "to sow more discord", "to bring violence": the harm right after, one word between at most.
  const harm = HARMS.has(token(ctx, k + 1)?.lower ?? '') ? k + 1 : k + 2;
  return HARMS.has(token(ctx, harm)?.lower ?? '') && (harm === k + 1 || token(ctx, k + 1)?.pos !== 'VERB');
}
