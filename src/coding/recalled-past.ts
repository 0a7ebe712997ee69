// Acts the speaker reminds the audience of, no news of the article's day: "because, as you recall, we met in Minsk",
// "As you know, Russia provided help to Kazakhstan under the treaty". An aside that appeals to what the listeners
// already know, before an act told in the simple past, retells that act as history: it is undated, like one "in
// 2015". (The present and the present perfect are left alone: "as you know, they are refusing", "as you know, they
// have frozen our assets" still tell of now.)
import type { Token } from '../types.ts';
import type { SentenceContext } from './context.ts';

/** Asides that appeal to what the listeners know, as their words. */
const ASIDES: readonly (readonly string[])[] = [
  ['as', 'you', 'know'],
  ['as', 'we', 'know'],
  ['as', 'everyone', 'knows'],
  ['as', 'is', 'known'],
  ['as', 'you', 'may', 'know'],
  ['as', 'you', 'recall'],
  ['as', 'you', 'may', 'recall'],
  ['as', 'we', 'recall'],
  ['as', 'you', 'remember'],
  ['as', 'you', 'may', 'remember'],
  ['as', 'we', 'remember'],
];

/** Tokens that end the aside's clause before the trigger: past one, the aside is another clause's. */
const CLAUSE_BREAKS = new Set([';', 'which', 'who', 'that', 'when', 'while', 'because', 'since', 'now']);

/**
 * The trigger, a verb in the simple past (`past`), follows an aside of ASIDES in its own clause: "as you recall, we
 * met". `past` says whether the verb at the trigger is in the past (year-dates.ts decides).
 */
export function recalledPast(ctx: SentenceContext, trigger: number, past: boolean): boolean {
  if (!past || !/\bas (?:you|we|everyone|is)\b/i.test(ctx.sentence.text)) return false;
  const tokens = ctx.doc.tokens;
  const first = ctx.sentence.firstToken;
  for (let k = trigger - 1; k >= first; k--) {
    const t = tokens[k]!;
    if (t.lower === 'as' && ASIDES.some((words) => wordsAt(tokens, k, words))) return true;
    // "have made", "has supported": the present perfect tells of now.
    if (t.lower === 'have' || t.lower === 'has') return false;
    if (CLAUSE_BREAKS.has(t.lower)) return false;
  }
  return false;
}

function wordsAt(tokens: readonly Token[], start: number, words: readonly string[]): boolean {
  return words.every((w, j) => tokens[start + j]?.lower === w);
}
