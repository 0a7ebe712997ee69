// A "we" or an "I" that fights with no one fought: "We continue to fight.", "We fight together.", "That is why we
// fight.", "we are fighting," he said, "I will fight to the last", "we will fight as long as it takes", "we will fight
// until victory", "we will fight in any way we can", "we will fight and we will not retreat". Rhetoric about a side's
// resolve names no adversary and no engagement, so an analyst codes no attack and no threat; "we are fighting against
// a powerful enemy", "we fight the invaders" name the other side and stay, and so does a fight until an aim that
// implies one, "we will fight until we regain our land".
import type { SentenceContext } from './context.ts';

/** Words that may stand after the verb in place of an object: the fight's time, company, manner or purpose. */
const NO_OBJECT = new Set([
  'together',
  'every',
  'each',
  'to',
  'here',
  'there',
  'now',
  'today',
  'on',
  'as',
  'and',
  'at',
]);

/** Subjects of a side's resolve. */
const SUBJECTS = new Set(['we', 'i']);

/** Words that, after "in", make a manner: "in any way we can", "in every way". */
const MANNERS = new Set(['any', 'every', 'all']);

/** Words that, after "until" or "till", make an end with no adversary: "until victory", "until the very end". */
const ENDS = new Set(['victory', 'end', 'last', 'win']);

/** How far an end may stand after "until": "until we achieve victory". */
const END_REACH = 5;

/**
 * Aims that imply the adversary: "as long as it takes to liberate the country", "until we regain our land", "to drive
 * out the occupiers", "take revenge".
 */
const ADVERSARY_AIMS = new Set([
  'liberate',
  'regain',
  'retake',
  'recapture',
  'reclaim',
  'expel',
  'drive',
  'revenge',
  'defeat',
]);

/** Words between "we" and the verb: auxiliaries, adverbs, "continue to". */
const BETWEEN = /^(?:AUX|ADV|PART)$/;

/** The verb "fight" at `i` has "we" or "I" as its subject and no object after it. */
export function genericWeFight(ctx: SentenceContext, i: number): boolean {
  const tokens = ctx.doc.tokens;
  if (tokens[i]!.lemma !== 'fight') return false;
  let k = i - 1;
  while (k > ctx.sentence.firstToken && (BETWEEN.test(tokens[k]!.pos) || continued(ctx, k))) k--;
  if (!SUBJECTS.has(tokens[k]?.lower ?? '')) return false;
  if (aimsAtAdversary(ctx, i)) return false;
  // "as long as it takes": the word right after the verb, before adverbs are skipped.
  if (tokens[i + 1]?.lower === 'as') return true;
  let a = i + 1;
  while (a < ctx.sentence.endToken && (tokens[a]!.pos === 'ADV' || tokens[a]!.pos === 'PART')) a++;
  const after = tokens[a];
  if (a >= ctx.sentence.endToken || after!.pos === 'PUNCT' || NO_OBJECT.has(after!.lower)) return true;
  if (after!.lower === 'in') return MANNERS.has(tokens[a + 1]?.lower ?? '');
  return (after!.lower === 'until' || after!.lower === 'till') && endWithoutAdversary(ctx, a + 1);
}

/** An aim that implies the adversary stands after the verb at `i`. */
function aimsAtAdversary(ctx: SentenceContext, i: number): boolean {
  for (let k = i + 1; k < ctx.sentence.endToken; k++) if (ADVERSARY_AIMS.has(ctx.doc.tokens[k]!.lemma)) return true;
  return false;
}

/** An end ("victory", "the end", "we win") stands within reach after `from`, before any punctuation. */
function endWithoutAdversary(ctx: SentenceContext, from: number): boolean {
  const tokens = ctx.doc.tokens;
  for (let k = from; k < Math.min(ctx.sentence.endToken, from + END_REACH); k++) {
    if (tokens[k]!.pos === 'PUNCT') return false;
    if (ENDS.has(tokens[k]!.lemma) || ENDS.has(tokens[k]!.lower)) return true;
  }
  return false;
}

/** "continue to" / "keep" before the verb: "we continue to fight". */
function continued(ctx: SentenceContext, k: number): boolean {
  const lemma = ctx.doc.tokens[k]!.lemma;
  return lemma === 'continue' || lemma === 'keep' || ctx.doc.tokens[k]!.lower === 'to';
}
