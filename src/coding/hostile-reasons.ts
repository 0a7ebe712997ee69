// Hostile acts given as the reason for one's own act: "requested the recognition of their sovereignty in connection
// with the military aggression of the Ukrainian authorities", "The Executive Order was signed in connection with the
// hostile actions undertaken by the United States", "all our actions are taken solely in response to unfriendly
// actions of …". To act *because of* another's aggression or hostile actions is to blame it for them (CAMEO 112,
// PLOVER ACCUSE), whoever gives that reason. Only nouns that are themselves a charge ("aggression", "provocations",
// actions called hostile or unfriendly): "in response to the attack" or "due to the war" only say what happened, and
// the owner must be named ("of X", "by X", "undertaken by X", "X's"), or nobody is blamed. A cause ("due to",
// "because of Russia's aggression") is not a reason given for an act: it mostly names the war that displaced people.
import type { Mention } from '../types.ts';
import { mentionOf, token, type SentenceContext } from './context.ts';
import { coordinated } from './match.ts';

export interface HostileReason {
  /** The hostile noun ("aggression", "actions"). */
  readonly trigger: number;
  /** Its owner: who is blamed. */
  readonly doers: readonly Mention[];
}

/** Reason prepositions, by their last word, with the words that must precede it. */
export const REASONS: ReadonlyMap<string, readonly (readonly string[])[]> = new Map([
  ['with', [['in', 'connection']]],
  ['to', [['in', 'response']]],
  ['for', [['in', 'retaliation']]],
]);
/** Nouns that charge their owner by themselves. */
export const CHARGES = new Set(['aggression', 'provocation', 'provocations']);
/** Nouns that charge their owner only with one of these adjectives before them: "hostile actions". */
export const ACTS = new Set(['actions', 'acts', 'steps', 'policy', 'policies', 'activities']);
const HOSTILE = new Set(['hostile', 'unfriendly', 'aggressive']);
/** Participles between a noun and its doer: "the hostile actions undertaken by the United States". */
const DONE = new Set(['undertaken', 'committed', 'taken', 'carried', 'perpetrated', 'pursued']);
/** How many words (determiners, adjectives, "act of") may stand between the reason preposition and the noun. */
const REACH = 6;
const POSSESSIVE = /^(?:'s|’s|'|’)$/;

export function findHostileReasons(ctx: SentenceContext): HostileReason[] {
  const found: HostileReason[] = [];
  const end = ctx.sentence.endToken;
  for (let i = ctx.sentence.firstToken + 1; i < end - 1; i++) {
    const before = REASONS.get(ctx.doc.tokens[i]!.lower);
    if (before === undefined || !before.some((words) => precededBy(ctx, i, words))) continue;
    for (let k = i + 1; k < Math.min(end, i + 1 + REACH); k++) {
      const t = ctx.doc.tokens[k]!;
      const charge = CHARGES.has(t.lower) || (ACTS.has(t.lower) && HOSTILE.has(token(ctx, k - 1)?.lower ?? ''));
      if (charge) {
        const doers = ownerAfter(ctx, k) ?? ownerBefore(ctx, i, k);
        if (doers !== null) found.push({ trigger: k, doers });
        break;
      }
      // "in response to this yet another act of aggression committed by Russia"
      const actOf = t.lower === 'of' && /^acts?$/.test(token(ctx, k - 1)?.lower ?? '');
      if ((!/^(?:DET|ADJ|ADV|NOUN|PROPN|PART|PUNCT)$/.test(t.pos) && !actOf) || t.text === ',') break;
    }
  }
  return found;
}

function precededBy(ctx: SentenceContext, i: number, words: readonly string[]): boolean {
  return words.every((w, j) => token(ctx, i - words.length + j)?.lower === w);
}

/** "the aggression of the Ukrainian authorities", "actions by Poland", "actions undertaken by the United States". */
function ownerAfter(ctx: SentenceContext, k: number): readonly Mention[] | null {
  let j = k + 1;
  if (DONE.has(token(ctx, j)?.lower ?? '')) j += token(ctx, j + 1)?.lower === 'out' ? 2 : 1;
  const prep = token(ctx, j)?.lower;
  if (prep !== 'by' && (prep !== 'of' || j !== k + 1)) return null;
  const owner = mentionOf(ctx, j + 1) ?? (token(ctx, j + 1)?.pos === 'DET' ? mentionOf(ctx, j + 2) : undefined);
  return owner === undefined || owner.kind === 'pronoun' ? null : coordinated(ctx, owner);
}

/** "Moscow's aggression", "Kiev's provocations", "the Russian aggression": an actor between the preposition and noun. */
function ownerBefore(ctx: SentenceContext, i: number, k: number): readonly Mention[] | null {
  for (let j = k - 1; j > i; j--) {
    const owner = mentionOf(ctx, POSSESSIVE.test(ctx.doc.tokens[j]!.text) ? j - 1 : j);
    if (owner !== undefined && owner.kind !== 'pronoun' && owner.firstToken > i) return [owner];
  }
  return null;
}
