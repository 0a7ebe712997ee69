// The act that starts a span, told in a "since" clause: "her first public appearance since Russia invaded Ukraine",
// "It has been a long time since I visited St Petersburg", "Eight years since Russia annexed Crimea". The span runs
// from that act to now, so the act lies in the past, before the article's day; with no day named it is history, no
// day, like one "some time ago" (year-dates.ts). A causal "since" ("especially since it was the ship that …") has no
// subject and simple past verb right after it.
import type { Token } from '../types.ts';
import type { SentenceContext } from './context.ts';
import { tokenAtOffset } from './context.ts';

/** Words of the "since" clause's subject: "Russia", "Russian forces", "the UN chief", "I", "Putin's army". */
const SUBJECT_POS = /^(?:DET|PROPN|NOUN|PRON|ADJ|PART|NUM)$/;
/** How many words the subject may have. */
const SUBJECT_REACH = 5;
/** Words before "since" that make it causal: "especially since", "only since". */
const CAUSAL_BEFORE = new Set(['especially', 'only', 'particularly', 'more', 'not']);

/**
 * The trigger, a verb in the simple past (`past`, year-dates.ts decides), is the verb of a "since" clause right after
 * its subject: "since Russia invaded Ukraine".
 */
export function sinceClauseAct(ctx: SentenceContext, trigger: number, past: boolean): boolean {
  if (!past || !/\bsince\b/i.test(ctx.sentence.text)) return false;
  const tokens = ctx.doc.tokens;
  if (tokens[trigger]!.pos !== 'VERB') return false;
  const first = ctx.sentence.firstToken;
  for (let k = trigger - 1; k >= Math.max(first, trigger - SUBJECT_REACH - 1); k--) {
    const t = tokens[k]!;
    if (t.lower === 'since') return k < trigger - 1 && !causal(tokens, k, first) && !todayAfter(ctx, trigger);
    if (!SUBJECT_POS.test(t.pos) && t.text !== '-') return false;
  }
  return false;
}

/** Words that put the clause on the article's day: "since I spoke with President Erdogan today". */
const TODAY = new Set(['today', 'tonight', 'earlier']);

/** The clause of the trigger names the article's day after it, before its comma. */
function todayAfter(ctx: SentenceContext, trigger: number): boolean {
  const tokens = ctx.doc.tokens;
  for (let j = trigger + 1; j < ctx.sentence.endToken && tokens[j]!.text !== ','; j++)
    if (TODAY.has(tokens[j]!.lower)) return true;
  return false;
}

/** "especially since", "all the more since": the "since" at `k` gives a reason. */
function causal(tokens: readonly Token[], k: number, first: number): boolean {
  return k > first && CAUSAL_BEFORE.has(tokens[k - 1]!.lower);
}

/** How far before the day a "since" may open the clause that holds it, in tokens. */
const CLAUSE_REACH = 12;

/**
 * The day at `day` stands in a "since" phrase set off by a comma before the act at `trigger`: "Since starting what it
 * calls a special operation on Feb 24, Russia has bombed cities", "…, since the start of the conflict on Feb. 24, but
 * he has criticized …". The act, counted over the span, is not of its start.
 */
function spanBeforeAct(tokens: readonly Token[], day: number, trigger: number, first: number): boolean {
  let closed = false;
  for (let j = day + 1; j < trigger && !closed; j++) closed = tokens[j]!.text === ',';
  if (!closed) return false;
  for (let k = day - 1; k >= first && k >= day - CLAUSE_REACH; k--) {
    const t = tokens[k]!;
    if (t.lower === 'since') return !causal(tokens, k, first);
    if (t.text === ',' || t.text === ';' || t.lower === 'when') return false;
  }
  return false;
}

/**
 * The sentence's day, whose words start at character `at`, stands in a "since" clause after the trigger: "thousands
 * have been killed since Russia invaded on February 24". The day is the start's, and the act before "since", counted
 * over the whole span, keeps the article's.
 */
export function dayOfSpanStart(ctx: SentenceContext, at: number, trigger: number): boolean {
  if (!/\bsince\b/i.test(ctx.sentence.text)) return false;
  const tokens = ctx.doc.tokens;
  const { firstToken } = ctx.sentence;
  const day = tokenAtOffset(ctx, at);
  if (trigger > day) return spanBeforeAct(tokens, day, trigger, firstToken);
  for (let k = day - 1; k > trigger && k >= day - CLAUSE_REACH; k--) {
    const t = tokens[k]!;
    if (t.lower === 'since') return !causal(tokens, k, firstToken);
    // "since World War II when he ordered the invasion on February 24, 2022": the day is the "when" clause's.
    if (t.text === ',' || t.text === ';' || t.lower === 'when') return false;
  }
  return false;
}
