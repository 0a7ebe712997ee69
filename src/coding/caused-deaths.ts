// Deaths told as caused by an attack whose doer is named: "In Kharkiv, 9 people died as a result of Russian artillery
// strikes", "287 children have died in Ukraine as a result of Russian strikes", "The boy's mother died during the
// bombing of Mariupol by the Russian army". "die" is no act of anyone's, but the attack that caused the deaths is the
// doer's act of force (CAMEO 190, PLOVER ASSAULT), as "were killed in Russian strikes" is (roles.ts, attackDoer). An
// attack with no doer named ("died in the shelling") is left alone.
import type { Mention } from '../types.ts';
import { mentionOf, token, type SentenceContext } from './context.ts';
import { attackDoerFrom } from './roles.ts';

export interface CausedDeath {
  /** The verb of dying. */
  readonly trigger: number;
  /** Who carried out the attack. */
  readonly doers: readonly Mention[];
}

export const DYING = new Set(['die', 'perish']);
/** Prepositions of cause, by their words. */
const CAUSES: readonly (readonly string[])[] = [
  ['as', 'a', 'result', 'of'],
  ['because', 'of'],
  ['due', 'to'],
  ['during'],
  ['from'],
  ['in'],
];
/** How far after the verb the cause may stand: "died today in Ukraine as a result of …". */
const REACH = 6;

export function findCausedDeaths(ctx: SentenceContext): CausedDeath[] {
  const found: CausedDeath[] = [];
  const end = ctx.sentence.endToken;
  for (let i = ctx.sentence.firstToken; i < end - 2; i++) {
    const t = ctx.doc.tokens[i]!;
    if (t.pos !== 'VERB' || !DYING.has(t.lemma)) continue;
    for (let k = i + 1; k < Math.min(end, i + 1 + REACH); k++) {
      const cause = CAUSES.find((words) => words.every((w, j) => token(ctx, k + j)?.lower === w));
      const doers = cause === undefined ? [] : attackDoerFrom(ctx, k + cause.length);
      if (doers.length > 0) {
        found.push({ trigger: i, doers });
        break;
      }
      // Only adverbials stand between: "today", "in Ukraine", "on Monday".
      const tk = ctx.doc.tokens[k]!;
      if (tk.text === ',' || (!/^(?:ADV|ADP|DET|NUM|NOUN|PROPN)$/.test(tk.pos) && mentionOf(ctx, k) === undefined))
        break;
    }
  }
  return found;
}
