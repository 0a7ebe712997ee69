// Getting ready to use force is a military posture: "the army prepared to resume shelling the villages", "troops are
// preparing to attack the capital". CAMEO codes preparations for an attack as an exhibition of force (15) and PLOVER
// as MOBILIZE ("military moves short of using force"); the attack itself has not happened. Being *prepared to*
// attack ("Russia is prepared to respond") states readiness, a commitment, and stays a threat (recode.ts).
import { BE_FORMS, MODALS, NEGATORS, OBLIGATION } from './lexicon.ts';
import type { SentenceContext } from './context.ts';
import { clauseStart, infinitiveGovernor } from './roles.ts';

/** Codes of force: assault, fight, mass violence. */
const FORCE = /^(?:18|19|20)/;
/** Words of the infinitive's verb group between "to" and the trigger: "to resume shelling", "to launch an attack". */
const INFINITIVE_GROUP = new Set(['VERB', 'ADV', 'DET', 'ADJ', 'PART']);

/**
 * The act of force at `trigger` is what its subject is preparing: the infinitive of the verb *prepare*
 * ("prepared to", "are preparing to", "prepares to"), not of the adjective ("is prepared to").
 */
export function preparedForce(ctx: SentenceContext, trigger: number, code: string): boolean {
  if (!FORCE.test(code)) return false;
  const tokens = ctx.doc.tokens;
  let to = trigger - 1;
  while (to > ctx.sentence.firstToken && to > trigger - 5 && tokens[to]!.lower !== 'to') {
    if (!INFINITIVE_GROUP.has(tokens[to]!.pos)) return false;
    to--;
  }
  if (tokens[to]?.lower !== 'to') return false;
  const g = infinitiveGovernor(ctx, to);
  if (g === null || !/^prepar(?:e|es|ed|ing)$/.test(tokens[g]!.lower)) return false;
  // "must prepare the army to fight": preparing someone else, and under a modal, is no posture of the subject's.
  for (let k = g + 1; k < to; k++) if (tokens[k]!.pos !== 'ADV') return false;
  let k = g - 1;
  while (k > ctx.sentence.firstToken && /^(?:ADV|AUX|PART)$/.test(tokens[k]!.pos) && !BE_FORMS.has(tokens[k]!.lower)) {
    if (MODALS.has(tokens[k]!.lower) || OBLIGATION.has(tokens[k]!.lower) || NEGATORS.has(tokens[k]!.lower))
      return false;
    k--;
  }
  // "no indication Russia is preparing to use …": a negation earlier in the clause leaves the preparation in doubt.
  for (let j = clauseStart(ctx, g); j < g; j++) if (NEGATORS.has(tokens[j]!.lower)) return false;
  // "is (fully) prepared to": the adjective after a be-form.
  return tokens[g]!.lower !== 'prepared' || !BE_FORMS.has(tokens[k]!.lower);
}
