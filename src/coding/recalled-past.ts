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

/** Verbs whose "that" clause retells what the listeners should keep in mind: "reminded that", "recalled how". */
const RECALLING = new Set(['recall', 'remind']);
/** How many words may stand between such a verb and its "that": "reminded everyone that", "remind the world that". */
const RECALL_REACH = 3;

/**
 * The trigger is in the "that" (or "how") clause of "recall" or "remind": "He recalled that Belarus hosted several
 * rounds of talks", "reminded that Ukraine had asked NATO to close the skies", "reminded that he had a meeting with
 * Frederiksen". A reminder retells what happened before, so an act there in the simple past or the pluperfect is
 * history, no day, like one "as you recall". The present perfect ("reminded that Spain has provided aid") and what
 * must or will be ("reminded that Russia must be recognised") still tell of now. `pastAt(k)` says whether the verb at
 * `k` is in the past; a noun trigger takes the tense of the verb before it. The clause ends at a semicolon, and at
 * "and" before a verb, which may be the reminder's own doer's next act ("recalled that …, and asked Bennett to").
 */
export function remindedPast(ctx: SentenceContext, trigger: number, pastAt: (k: number) => boolean): boolean {
  if (!/\b(?:recall|remind)/i.test(ctx.sentence.text)) return false;
  const tokens = ctx.doc.tokens;
  const first = ctx.sentence.firstToken;
  let verb = -1;
  for (let k = trigger; k >= first; k--) {
    const t = tokens[k]!;
    if (t.text === ';' || (t.pos === 'CCONJ' && tokens[k + 1]?.pos === 'VERB')) return false;
    if (verb < 0 && t.pos === 'VERB') verb = k;
    if ((t.lower === 'that' || t.lower === 'how') && recallingBefore(tokens, k, first))
      return verb >= 0 && pastAt(verb);
  }
  return false;
}

/** A verb of RECALLING stands up to RECALL_REACH words before the "that" at `that`. */
function recallingBefore(tokens: readonly Token[], that: number, first: number): boolean {
  for (let j = that - 1; j >= Math.max(first, that - 1 - RECALL_REACH); j--)
    if (tokens[j]!.pos === 'VERB') return RECALLING.has(tokens[j]!.lemma);
  return false;
}
