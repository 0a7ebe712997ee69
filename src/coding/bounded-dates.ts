// An act bounded by a named day: "Russia withdrew its troops before 24 February", "Ukrainians who arrived in Portugal
// after February 24", "After November 9, peacekeepers were deployed along the corridor". The act was done some time
// before or after that day, never on it, and the sentence names no day of its own: it is history, no day, like one
// "some time ago" (year-dates.ts). dates.ts finds the bound; this file decides whether it bounds the trigger's act.
import type { SentenceContext } from './context.ts';

/** Words that open another clause between an act and a bound after it: "thanked … for aid to those who arrived after". */
const CLAUSE_BREAKS = new Set([
  ',',
  ';',
  ':',
  '—',
  '–',
  '(',
  'who',
  'which',
  'that',
  'when',
  'where',
  'while',
  'and',
  'but',
]);
/** Words that put the act ahead or make it only possible: "will withdraw before March 1", "plans to leave after May 9". */
const NOT_DONE = new Set(['will', 'would', 'shall', "'ll", 'can', 'could', 'may', 'might', 'must', 'should', 'to']);
/** How far after its act a bound may stand, in tokens: "began sending large amounts of troops to Belarus before". */
const REACH = 12;

/**
 * The bound whose word starts at character `bound` of the sentence (dates.ts) bounds the trigger's act: it opens the
 * sentence and the act follows it in the main clause, or it follows the act in the act's own clause.
 */
export function boundedAct(ctx: SentenceContext, bound: number, trigger: number): boolean {
  const tokens = ctx.doc.tokens;
  const { firstToken, endToken } = ctx.sentence;
  const offset = ctx.sentence.start + bound;
  let word = firstToken;
  while (word < endToken && tokens[word]!.start < offset) word++;
  if (word >= endToken || notDone(ctx, trigger)) return false;
  // "After November 9, Russian peacekeepers were deployed": an opening bound reaches the main clause after its comma.
  if (word === firstToken) return trigger > word && !subordinate(ctx, word, trigger);
  if (trigger >= word || word - trigger > REACH) return false;
  for (let k = trigger + 1; k < word; k++) if (CLAUSE_BREAKS.has(tokens[k]!.lower)) return false;
  return true;
}

/** A clause word between the opening bound's comma and the trigger: "After May 9, Kyiv said that Russia …". */
function subordinate(ctx: SentenceContext, word: number, trigger: number): boolean {
  const tokens = ctx.doc.tokens;
  let comma = word;
  while (comma < trigger && tokens[comma]!.text !== ',') comma++;
  for (let k = comma + 1; k < trigger; k++) if (CLAUSE_BREAKS.has(tokens[k]!.lower)) return true;
  return false;
}

/** The trigger's own words put its act ahead or only possible: a modal or "to" right before it, past adverbs. */
function notDone(ctx: SentenceContext, trigger: number): boolean {
  const tokens = ctx.doc.tokens;
  let k = trigger - 1;
  while (k >= ctx.sentence.firstToken && /^(?:ADV|AUX|PART)$/.test(tokens[k]!.pos) && !NOT_DONE.has(tokens[k]!.lower))
    k--;
  return k >= ctx.sentence.firstToken && NOT_DONE.has(tokens[k]!.lower);
}
