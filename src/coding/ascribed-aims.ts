// A hostile aim ascribed to another side: "Russia's aim was to block Moldova from joining the EU", "The Kremlin's
// attempts to bring violence to our country will fail", "He said America's goal was to impose more sanctions on
// Russia". To say that a side means to do harm is to accuse it (CAMEO 112, PLOVER ACCUSE), whoever says so. The aim
// noun must have a named owner ("Russia's", not "its"), and the act after "to" must be one a pattern reads as hostile
// (threats, sanctions and cuts, coercion, force): "Russia's plans to achieve carbon neutrality" and "Finland's plans to
// join NATO" charge no one, nor do "NATO's plans to deploy troops" (a posture reported, not a charge).
import type { Mention } from '../types.ts';
import { mentionOf, token, type SentenceContext } from './context.ts';
import { coordinatedBefore, type Match } from './match.ts';
import { naziEraAct } from './nazi-era.ts';

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
    if (token(ctx, to)?.lower !== 'to' || token(ctx, to + 1)?.pos !== 'VERB') continue;
    // "Nazi Germany's plans to seize Moscow": the Second World War recalled charges no one today (nazi-era.ts).
    const act = hostileMatchAt(matches, to + 1);
    if (act === null || naziEraAct(ctx, act)) continue;
    found.push({ trigger: k, doers: coordinatedBefore(ctx, owner) });
  }
  return found;
}

/** The match of a hostile root whose trigger is the token, if any. */
function hostileMatchAt(matches: readonly Match[], k: number): Match | null {
  for (let n = 0; n < matches.length; n++)
    if (matches[n]!.trigger === k && HOSTILE_ROOTS.test(matches[n]!.pattern.code)) return matches[n]!;
  return null;
}
