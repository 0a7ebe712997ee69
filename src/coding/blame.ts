// Blame without an accusing verb: "The Kiev authorities are fully responsible for this", "Kyiv bears
// full responsibility for the shelling", and a claim called false: "Russia's claim that it is moving
// troops away is false" (the claimant is accused of lying). The one held responsible is the target of an accusation
// (CAMEO 112, PLOVER ACCUSE); the accuser is whoever says it (the quote's speaker or the reporter),
// or nobody named in a press release. A bare "is responsible for" describes a duty ("the ministry is
// responsible for the border"), so an intensifier or "bear responsibility" is required. "X is to blame for"
// blames X the same way: X is the one accused, not the accuser the verb pattern "blame T" would make it.
import type { Mention } from '../types.ts';
import { mentionOf, token, type SentenceContext } from './context.ts';
import { BE_FORMS, CLAIM_NOUNS, FALSE_WORDS, NEGATORS } from './lexicon.ts';
import { coordinated, coordinatedBefore } from './match.ts';

export interface Blame {
  readonly trigger: number;
  /** Who is held responsible. */
  readonly targets: readonly Mention[];
}

const INTENSIFIERS = new Set([
  'fully',
  'solely',
  'entirely',
  'directly',
  'wholly',
  'completely',
  'squarely',
  'personally',
]);
const FULL = new Set(['full', 'sole', 'entire', 'direct', 'complete', 'whole']);

/**
 * Hostile acts whose doer "is behind" them or "is responsible for" them: with one of these after it the phrase blames
 * its subject ("Russia was behind the cyber attacks", "Kiev was responsible for derailing the Minsk agreements"), as a
 * bare "responsible for" a duty does not ("the ministry is responsible for the border"; session 32).
 */
const HOSTILE_ACTS =
  /^(?:attacks?|cyber-?attacks?|hacks?|hacking|strikes?|shelling|bombings?|explosions?|blasts?|killings?|murders?|assassinations?|poisonings?|provocations?|sabotage|coups?|plots?|massacres?|atrocities|crimes|war|invasion|aggression|bloodshed|destruction|deaths|escalation|derailing|downing|disruption|deportations?)$/;
/** Words a hostile act's noun phrase may open with: "the recent cyber attacks", "all war crimes", "a coup". */
const ACT_MODIFIERS = new Set(['DET', 'ADJ', 'NUM', 'NOUN', 'PROPN', 'ADV']);
/** Words before the subject that make the clause a question or a condition: "whether Russia is behind the attacks". */
const OPEN_QUESTION = new Set(['whether', 'if', 'who', 'what']);

/** A hostile act's noun (or gerund) within four words of `from`: "the recent cyber attacks", "derailing the …". */
function hostileActAt(ctx: SentenceContext, from: number): boolean {
  for (let k = from; k < Math.min(ctx.sentence.endToken, from + 5); k++) {
    const t = ctx.doc.tokens[k]!;
    if (HOSTILE_ACTS.test(t.lower)) return true;
    if (!ACT_MODIFIERS.has(t.pos) || mentionOf(ctx, k) !== undefined) return false;
  }
  return false;
}

export function findBlame(ctx: SentenceContext): Blame[] {
  const found: Blame[] = [];
  for (let i = ctx.sentence.firstToken + 2; i < ctx.sentence.endToken - 1; i++) {
    const t = ctx.doc.tokens[i]!;
    // "Russia is to blame, and no one else" needs no "for"; "responsible" and "responsibility" do.
    const predicate = isPredicateBlame(ctx, i);
    const behind = t.lower === 'behind' && hostileActAt(ctx, i + 1);
    if (!predicate && !behind && token(ctx, i + 1)?.lower !== 'for') continue;
    let k = i - 1;
    if (behind) {
      // "Russia was behind the attacks", "Moscow is clearly behind the plot".
      while (k > ctx.sentence.firstToken && token(ctx, k)?.pos === 'ADV' && !NEGATORS.has(token(ctx, k)!.lower)) k--;
      if (!BE_FORMS.has(token(ctx, k)?.lower ?? '')) continue;
    } else if (t.lower === 'responsible') {
      const intensified = INTENSIFIERS.has(token(ctx, k)?.lower ?? '');
      if (intensified) k--;
      // A bare "is responsible for" blames only for a hostile act: "was responsible for the attack".
      if (!BE_FORMS.has(token(ctx, k)?.lower ?? '') || (!intensified && !hostileActAt(ctx, i + 2))) continue;
    } else if (t.lower === 'responsibility') {
      if (FULL.has(token(ctx, k)?.lower ?? '')) k--;
      if (!/^(?:bear|bears|bore)$/.test(token(ctx, k)?.lower ?? '')) continue;
    } else if (predicate) {
      k = i - 2;
    } else continue;
    k--;
    // "X is not fully responsible": a negator or modal between subject and predicate.
    while (k >= ctx.sentence.firstToken && mentionOf(ctx, k) === undefined && token(ctx, k)?.pos === 'ADV') k--;
    if (NEGATORS.has(token(ctx, k)?.lower ?? '')) continue;
    const subject = mentionOf(ctx, k);
    if (subject === undefined || subject.endToken !== k + 1 || subject.kind === 'pronoun') continue;
    // "Russia's war in Ukraine is to blame": the actor ends a phrase after a preposition, not the subject.
    if (token(ctx, subject.firstToken - 1)?.pos === 'ADP') continue;
    // "whether Russia is behind the attacks", "who is responsible for the war": asked, not charged.
    if (OPEN_QUESTION.has(token(ctx, subject.firstToken - 1)?.lower ?? '')) continue;
    found.push({ trigger: i, targets: coordinatedBefore(ctx, subject) });
  }
  return [...found, ...falseClaims(ctx), ...responsibilityWith(ctx)];
}

/** "X is to blame", "were not to blame": "blame" at `i` is a predicate about the subject, not a verb it does. */
export function isPredicateBlame(ctx: SentenceContext, i: number): boolean {
  if (ctx.doc.tokens[i]?.lower !== 'blame' || token(ctx, i - 1)?.lower !== 'to') return false;
  const before = token(ctx, i - 2)?.lower ?? '';
  return BE_FORMS.has(before) || (NEGATORS.has(before) && BE_FORMS.has(token(ctx, i - 3)?.lower ?? ''));
}

/** "Russia's claim that … is "false"": the false-word is the trigger, the claim's owner the target. */
function falseClaims(ctx: SentenceContext): Blame[] {
  const found: Blame[] = [];
  const tokens = ctx.doc.tokens;
  for (let k = ctx.sentence.firstToken + 2; k < ctx.sentence.endToken; k++) {
    if (tokens[k]!.lower !== 'that' || !CLAIM_NOUNS.has(tokens[k - 1]!.lower)) continue;
    // The owner: "Russia's claim", "Moscow's assertions".
    const owner = /^(?:'s|’s)$/.test(tokens[k - 2]!.lower) ? mentionOf(ctx, k - 3) : mentionOf(ctx, k - 2);
    if (owner === undefined || owner.kind === 'pronoun') continue;
    for (let j = k + 1; j < ctx.sentence.endToken - 1; j++) {
      if (!/^(?:is|was|are|were)$/.test(tokens[j]!.lower)) continue;
      let v = j + 1;
      while (
        v < ctx.sentence.endToken &&
        /^(?:ADV|DET|PUNCT)$/.test(tokens[v]!.pos) &&
        !/^[,;.]$/.test(tokens[v]!.text)
      )
        v++;
      if (!FALSE_WORDS.has(tokens[v]?.lower ?? '')) continue;
      if (!NEGATORS.has(tokens[j + 1]?.lower ?? '')) found.push({ trigger: v, targets: [owner] });
      break;
    }
  }
  return found;
}

/** Nouns of blame that "lie" or "rest" with someone. */
export const BLAME_NOUNS = new Set(['responsibility', 'blame', 'fault', 'guilt']);
const LIE = new Set(['lie', 'lies', 'lay', 'lying', 'rest', 'rests', 'rested', 'resting']);

/**
 * "The responsibility for the bloodshed lies (solely / squarely) with Russia", "all responsibility … rests with
 * Russia's political leadership", "will lie entirely on the conscience of Ukraine's ruling regime": the actor blame
 * lies with is held responsible. The blame noun must come before the verb in its sentence; "does not lie with" blames
 * no one.
 */
function responsibilityWith(ctx: SentenceContext): Blame[] {
  const found: Blame[] = [];
  const tokens = ctx.doc.tokens;
  for (let v = ctx.sentence.firstToken + 1; v < ctx.sentence.endToken - 1; v++) {
    if (!LIE.has(tokens[v]!.lower)) continue;
    let k = v + 1;
    while (k < ctx.sentence.endToken && tokens[k]!.pos === 'ADV') k++;
    if (tokens[k]?.lower !== 'with' && tokens[k]?.lower !== 'on') continue;
    k++;
    // "lie on the conscience of X"
    if (tokens[k + 1]?.lower === 'conscience' && tokens[k + 2]?.lower === 'of') k += 3;
    while (k < ctx.sentence.endToken && tokens[k]!.pos === 'DET' && mentionOf(ctx, k) === undefined) k++;
    const target = mentionOf(ctx, k);
    if (target === undefined || target.kind === 'pronoun') continue;
    let noun = -1;
    for (let j = v - 1; j >= Math.max(ctx.sentence.firstToken, v - 20) && noun < 0; j--)
      if (BLAME_NOUNS.has(tokens[j]!.lower)) noun = j;
    if (noun < 0 || negatorBetween(ctx, noun, k)) continue;
    found.push({ trigger: v, targets: coordinated(ctx, target) });
  }
  return found;
}

function negatorBetween(ctx: SentenceContext, from: number, to: number): boolean {
  for (let j = from; j < to; j++) if (NEGATORS.has(ctx.doc.tokens[j]!.lower)) return true;
  return false;
}
