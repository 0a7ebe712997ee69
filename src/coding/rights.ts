// A right granted in words: "Mohamed bin Zayed Al Nahyan stated that Russia has the right to ensure its national
// security", "Stoltenberg noted that Ukraine, like all sovereign states, has the right to defend itself". Whoever says
// that another side has a right to act defends that side's position (CAMEO 052, PLOVER SUPPORT). "No one has the
// right", a right denied ("does not have the right") or one's own side's right claims nothing for another.
import type { Mention } from '../types.ts';
import { mentionOf, token, type SentenceContext } from './context.ts';
import { isPossessiveMark } from './match.ts';
import { NEGATORS, POSSESSIVE_PRONOUNS } from './lexicon.ts';
import { coordinatedBefore } from './match.ts';

export interface Right {
  /** The "right" noun. */
  readonly trigger: number;
  /** Whose right it is: the subject of "has/have". */
  readonly holders: readonly Mention[];
}

/** Words that may stand between "has" and "right": "the", "every", "a full", "the sovereign", "the legitimate". */
const RIGHT_MODIFIERS = new Set(
  'the every a full legitimate sovereign absolute inalienable undeniable natural legal moral'.split(' '),
);

const THIRD_PERSONS = new Set(['he', 'she', 'they']);

export function findRights(ctx: SentenceContext): Right[] {
  const found: Right[] = [];
  for (let i = ctx.sentence.firstToken + 2; i < ctx.sentence.endToken - 2; i++) {
    if (ctx.doc.tokens[i]!.lower !== 'right' || token(ctx, i + 1)?.lower !== 'to') continue;
    let k = i - 1;
    while (RIGHT_MODIFIERS.has(token(ctx, k)?.lower ?? '')) k--;
    if (token(ctx, k)?.lemma !== 'have' || k === i - 1) continue;
    // The verb group: "has", "will have", "certainly has"; a negator in it denies the right.
    let s = k - 1;
    let negated = false;
    while (/^(?:AUX|ADV|PART)$/.test(token(ctx, s)?.pos ?? '')) {
      if (NEGATORS.has(token(ctx, s)!.lower)) negated = true;
      s--;
    }
    // "Ukraine, like all sovereign states, has the right": over an aside set off by commas.
    if (token(ctx, s)?.text === ',') {
      let c = s - 1;
      while (c > ctx.sentence.firstToken && token(ctx, c)?.text !== ',' && s - c < 8) c--;
      if (token(ctx, c)?.text === ',') s = c - 1;
    }
    const subject = mentionOf(ctx, s);
    if (negated || subject === undefined || subject.endToken !== s + 1) continue;
    // "the Ukrainians, plainly, …, they have a right to defend themselves": a third person resolved to an actor holds
    // it (an unresolved one is no mention); I, we and you speak of the speaker's own side or the one addressed.
    if (subject.kind === 'pronoun' && !THIRD_PERSONS.has(token(ctx, s)!.lower)) continue;
    // "no Russian bank has the right": a negative determiner denies it.
    if (NEGATORS.has(token(ctx, subject.firstToken - 1)?.lower ?? '')) continue;
    found.push({ trigger: i, holders: coordinatedBefore(ctx, subject) });
  }
  return found;
}

/**
 * "Ukraine has every right to strike Russian territory", "Russia's right to ensure its security": the noun "right"
 * (after a determiner, an adjective or a possessive) governs the to-infinitive at `to`, whose act is a right held,
 * not an act done. Not the adjective: "Western leaders were right to condemn Russia", "absolutely right to".
 */
export function rightNounTo(ctx: SentenceContext, to: number): boolean {
  if (token(ctx, to - 1)?.lower !== 'right') return false;
  const before = token(ctx, to - 2);
  if (before === undefined || to - 2 < ctx.sentence.firstToken) return false;
  return (
    before.pos === 'DET' ||
    before.pos === 'ADJ' ||
    isPossessiveMark(before) ||
    POSSESSIVE_PRONOUNS.has(before.lower) ||
    RIGHT_MODIFIERS.has(before.lower)
  );
}
