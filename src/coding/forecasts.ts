// "This will help Ukraine", "weapons that will help close the sky", "Such cooperation will strengthen ties": a thing
// as the subject of "will" forecasts an effect. No one commits to anything, so it is no intent (03) or pledge (033):
// the act stays hypothetical under its own code. Only people and bodies announce what they will do ("We will help
// Ukraine", "allies that will stand by Ukraine" where the allies are a named actor, "Canada will continue to support").
import type { SentenceContext } from './context.ts';
import { mentionOf } from './context.ts';
import { FUTURE } from './lexicon.ts';

/**
 * Pronouns that stand for a thing, not a person or a body: "it will help", "this will protect Europe"; "nothing will
 * help the occupiers" forecasts that no effect comes, which is no one's refusal.
 */
const THING_PRONOUNS = new Set(['it', 'this', 'nothing']);

/** Relative pronouns: their antecedent, the word before them, is the subject ("proposals that will expand ties"). */
const RELATIVES = new Set(['that', 'which']);

/** Words that may stand between "will" and the act: "will also help", "will further expand", "will continue to". */
const BETWEEN = new Set(['ADV', 'AUX', 'PART']);

/**
 * The act at `i` is the verb after "will" (a few adverbs, "be", "continue to" between) whose subject is a thing: the
 * pronoun it/this/nothing, or a noun that no actor mention covers, standing right before "will" or before a relative
 * that/which that does.
 */
export function forecastEffect(ctx: SentenceContext, i: number): boolean {
  const tokens = ctx.doc.tokens;
  let k = i - 1;
  for (let steps = 0; k > ctx.sentence.firstToken && steps < 5; k--, steps++) {
    const t = tokens[k]!;
    if (FUTURE.has(t.lower)) break;
    if (!BETWEEN.has(t.pos) && t.lower !== 'continue' && t.lower !== 'to') return false;
  }
  if (!FUTURE.has(tokens[k]?.lower ?? '')) return false;
  return thingSubjectAt(ctx, k - 1);
}

/**
 * The subject ending at `at` is a thing: the pronoun it/this/nothing, or a noun that no actor mention covers, standing
 * right there or before a relative that/which there.
 */
export function thingSubjectAt(ctx: SentenceContext, at: number): boolean {
  const tokens = ctx.doc.tokens;
  let s = at;
  const subject = tokens[s];
  if (subject === undefined || s < ctx.sentence.firstToken) return false;
  if (THING_PRONOUNS.has(subject.lower)) return mentionOf(ctx, s) === undefined;
  if (RELATIVES.has(subject.lower)) s--;
  const head = tokens[s];
  return head !== undefined && s >= ctx.sentence.firstToken && head.pos === 'NOUN' && mentionOf(ctx, s) === undefined;
}
