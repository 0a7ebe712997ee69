// A permission refused: "Obama said he would not give permission to Russia to help Israel", "Egypt denied permission to
// the convoy", "refused the green light to Israel". Whoever withholds leave to act declines to yield to the one who
// wanted it: CAMEO 124 (REJECT), from the subject of the giving verb to the actor the permission was for. What that
// actor would have done stays unasserted (the infinitive's own reading, see roles.ts on who its subject is).
import type { Mention } from '../types.ts';
import { mentionOf, token, type SentenceContext } from './context.ts';
import { NEGATORS } from './lexicon.ts';
import { coordinated } from './match.ts';
import { permissionNoun, subjectOf } from './roles.ts';

/** Verbs that give leave: negated, they withhold it. */
export const GIVING = new Set(['give', 'grant', 'issue']);
/** Verbs that withhold leave by themselves. */
export const WITHHOLDING = new Set(['refuse', 'deny', 'withhold', 'decline', 'reject']);
/** Words between a verb and its permission noun: "give his permission", "grant any such approval". */
const NOUN_GAP = /^(?:DET|ADJ|PRON)$/;

export interface RefusedPermission {
  /** The token of the verb (or noun) the refusal is anchored on, its subject and the actors refused. */
  readonly trigger: number;
  readonly refusers: readonly Mention[];
  readonly refused: readonly Mention[];
}

/** The permissions refused in a sentence, each with who refused it and to whom. */
export function refusedPermissions(ctx: SentenceContext): RefusedPermission[] {
  const found: RefusedPermission[] = [];
  for (let k = ctx.sentence.firstToken + 1; k < ctx.sentence.endToken - 2; k++) {
    if (!permissionNoun(ctx, k) || token(ctx, k + 1)?.lower !== 'to') continue;
    const to = mentionOf(ctx, k + 2) ?? mentionOf(ctx, k + 3);
    if (to === undefined || (to.firstToken === k + 3 && token(ctx, k + 2)?.pos !== 'DET')) continue;
    let v = k - 1;
    while (v > ctx.sentence.firstToken && (NOUN_GAP.test(token(ctx, v)!.pos) || token(ctx, v)!.lower === 'green')) v--;
    const verb = token(ctx, v);
    if (verb === undefined || verb.pos !== 'VERB') continue;
    const refused =
      WITHHOLDING.has(verb.lemma) ||
      (GIVING.has(verb.lemma) && (negatedVerb(ctx, v) || token(ctx, k - 1)?.lower === 'no'));
    if (!refused) continue;
    const refusers = subjectOf(ctx, v);
    if (refusers.length > 0) found.push({ trigger: v, refusers, refused: coordinated(ctx, to) });
  }
  return found;
}

/** "would not give", "has never granted", "didn't give": a negator in the verb group before `v`. */
function negatedVerb(ctx: SentenceContext, v: number): boolean {
  for (let k = v - 1; k >= Math.max(ctx.sentence.firstToken, v - 4); k--) {
    const t = ctx.doc.tokens[k]!;
    if (NEGATORS.has(t.lower)) return true;
    if (t.pos !== 'AUX' && t.pos !== 'ADV' && t.pos !== 'PART') return false;
  }
  return false;
}
