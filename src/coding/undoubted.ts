// Claims a sentence vouches for or calls false through a negation that is not the act's own. "Nobody doubts that
// Russia attacked Ukraine", "no one can deny that …", "none of us disputes that …": the negative subject belongs to
// the doubting, and the doubt denied leaves the claim told as fact (its own reading stands: "no one doubts that Russia
// will attack" is still to come). "It is not true that Russia attacked Ukraine", "it is false that …": the claim is
// denied outright, negated.
import type { SentenceContext } from './context.ts';
import { NEGATORS } from './lexicon.ts';
import { clauseStart } from './roles.ts';

/** Verbs that question a claim: under a negative subject they vouch for it. */
const DOUBTING = new Set(['doubt', 'deny', 'dispute', 'question', 'contest']);
/** Negative subjects that may deny a doubt: "nobody", "no one", "none (of us)". */
const NO_ONE = new Set(['nobody', 'none', 'noone']);
/** Words between the negative subject and the doubting verb: "none of us can seriously doubt". */
const BETWEEN = /^(?:AUX|ADV|PART)$/;

/**
 * The index of the doubting verb (DOUBTING) whose subject is the negative one starting at `subject` ("Nobody doubts",
 * "No one can deny", "None of us disputes"), else -1.
 */
export function doubtDeniedBy(ctx: SentenceContext, subject: number): number {
  const tokens = ctx.doc.tokens;
  const word = tokens[subject]?.lower ?? '';
  let k = subject + 1;
  if (word === 'no' && tokens[k]?.lower === 'one') k++;
  else if (!NO_ONE.has(word)) return -1;
  // "none of us", "none of them": the partitive belongs to the subject.
  if (tokens[k]?.lower === 'of' && tokens[k + 1]?.pos === 'PRON') k += 2;
  while (k < ctx.sentence.endToken && k <= subject + 6 && BETWEEN.test(tokens[k]!.pos)) k++;
  // The tagger reads "Nobody doubts that" as a noun "doubts": right after the subject it is the verb all the same.
  const verb = tokens[k];
  return verb !== undefined && (verb.pos === 'VERB' || verb.pos === 'NOUN') && DOUBTING.has(verb.lemma) ? k : -1;
}

/** The doubting verb at `verb` has a negative subject right before it ("no one can deny"): the doubt is denied. */
export function doubtDenied(ctx: SentenceContext, verb: number): boolean {
  for (let k = verb - 1; k >= Math.max(ctx.sentence.firstToken, verb - 6); k--) {
    if (doubtDeniedBy(ctx, k) === verb) return true;
  }
  return false;
}

/** Adjectives that call a claim false, and "true", which does so when negated. */
export const FALSE = new Set(['untrue', 'false']);
const BE = new Set(['is', 'was', "'s", '’s', 'be', 'been']);
/** Subjects of a judgement on a claim: "it is not true that …", "this is false that …" is not English, but "it". */
const CLAIM_SUBJECTS = new Set(['it', 'this']);

/**
 * "It is not true that Russia attacked Ukraine", "it is simply false that …", "it was never true that …": the claim of
 * the that-clause the trigger stands in is denied. Returns the cue, or null.
 */
export function falseClaim(ctx: SentenceContext, trigger: number): string | null {
  const tokens = ctx.doc.tokens;
  const start = clauseStart(ctx, trigger);
  if (tokens[start - 1]?.lower !== 'that') return null;
  const judged = tokens[start - 2];
  if (judged === undefined || start - 2 < ctx.sentence.firstToken) return null;
  const adjective = judged.lower;
  if (adjective !== 'true' && !FALSE.has(adjective)) return null;
  let negator: string | null = null;
  let k = start - 3;
  for (; k >= ctx.sentence.firstToken && k >= start - 7; k--) {
    const t = tokens[k]!;
    if (NEGATORS.has(t.lower)) negator ??= t.lower;
    else if (BE.has(t.lower)) break;
    else if (t.pos !== 'ADV' && t.pos !== 'AUX' && t.pos !== 'PART') return null;
  }
  if (!BE.has(tokens[k]?.lower ?? '')) return null;
  // "it is", "it has never been": past the auxiliaries to the subject.
  let s = k - 1;
  while (s >= ctx.sentence.firstToken && (tokens[s]!.pos === 'AUX' || NEGATORS.has(tokens[s]!.lower))) {
    if (NEGATORS.has(tokens[s]!.lower)) negator ??= tokens[s]!.lower;
    s--;
  }
  if (!CLAIM_SUBJECTS.has(tokens[s]?.lower ?? '')) return null;
  if (adjective === 'true') return negator === null ? null : `${negator} true`;
  return negator === null ? adjective : null;
}
