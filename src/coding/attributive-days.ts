// A weekday (or "yesterday") used before a noun, "Thursday's talks", "yesterday's conversation", "the Monday meeting",
// "Sunday's strike", names the day of that noun's event, not of every act the sentence tells: "Blinken said that
// Monday's meeting of the Security Council is a critical step" dates the meeting, and the saying is the article's. Only
// the noun it describes, or an act done at that occasion ("Speaking during Friday's news conference, Assoumani floated
// …", "In Monday's announcement, the ministry said …"), keeps the day. (A day that starts a period, "starting
// Thursday", dates no act: dates.ts.)
import type { Token } from '../types.ts';
import type { SentenceContext } from './context.ts';
import { tokenAtOffset } from './context.ts';
import { isPossessiveMark } from './match.ts';

/** A weekday, or "yesterday" ("yesterday's conversation with the President of Guatemala"). */
const WEEKDAY = /^(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|yesterday)$/;
/** Words of a noun phrase between the day and its head: "Wednesday's news briefing", "the Monday UN vote". */
const MODIFIERS = /^(?:NOUN|PROPN|ADJ)$/;
/** How many words may stand between the day and the head noun. */
const REACH = 3;
/** Prepositions that make the occasion the time of the act before or after it: "during Friday's news conference". */
const OCCASION = new Set(['during', 'at', 'in', 'on']);

/**
 * The head noun a weekday at `day` describes, "Thursday's talks" (a possessive) or "the Monday meeting" (after a
 * determiner), else -1. The head is the last noun of the words after the day: "Wednesday's news briefing".
 */
function describedHead(tokens: readonly Token[], day: number, end: number): number {
  let k: number;
  if (isPossessiveMark(tokens[day + 1])) k = day + 2;
  else if (tokens[day - 1]?.pos === 'DET') k = day + 1;
  else return -1;
  let head = -1;
  for (let n = 0; k < end && n <= REACH && MODIFIERS.test(tokens[k]!.pos); k++, n++)
    if (tokens[k]!.pos === 'NOUN') head = k;
  // "the Monday meeting" needs its noun; "Thursday's" alone ("Thursday's was the third") names no event.
  return head >= 0 && !WEEKDAY.test(tokens[head]!.lower) ? head : -1;
}

/**
 * The sentence's day, whose words start at character `at` of the sentence (dates.ts), is a weekday describing a noun
 * (describedHead) that is not the act at `trigger` to `triggerEnd`, nor the occasion of the sentence's acts (after
 * "during", "at", "in", "on"): the act keeps the article's day.
 */
export function dayOfDescribedNoun(ctx: SentenceContext, at: number, trigger: number, triggerEnd: number): boolean {
  const tokens = ctx.doc.tokens;
  const { firstToken, endToken } = ctx.sentence;
  let day = tokenAtOffset(ctx, at);
  // chrono's words may start before the weekday: "on Monday", "last Thursday's".
  const last = Math.min(endToken, day + 3);
  while (day < last && !WEEKDAY.test(tokens[day]!.lower)) day++;
  if (day >= last) return false;
  const head = describedHead(tokens, day, endToken);
  if (head < 0 || (trigger <= head && head <= triggerEnd)) return false;
  // "during Friday's news conference", "in a Monday announcement": past its article, the phrase's preposition.
  let k = day - 1;
  if (k >= firstToken && /^(?:DET|ADJ)$/.test(tokens[k]!.pos)) k--;
  return !(k >= firstToken && OCCASION.has(tokens[k]!.lower));
}
