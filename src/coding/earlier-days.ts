// "The day before, the minister had warned …", "Nehammer, who had met Putin the day before", "days earlier, Russia had
// shelled the port": a time counted back from the story's own time, which news sets on a day named elsewhere (the
// article's, or one a sentence before it names). The act is not of the article's day, and the sentence names no day
// of its own: it is the past, with no day, like one told "several days ago" (year-dates.ts dates it null, in its own
// clause, for a verb in the past). Not "the day before yesterday" (dates.ts), nor a bound with its own object, "days
// before the invasion", "weeks before Russia invaded" (span-dates.ts, bounded-dates.ts).
import type { Token } from '../types.ts';

/** Words after "before" or "earlier" that still end the time phrase: a mark or a conjunction. */
const PHRASE_ENDS = new Set(['and', 'but', 'or']);
/** Units a count of which is taken back: "the day before", "two weeks earlier", "months before". */
const UNITS = new Set(['day', 'days', 'week', 'weeks', 'month', 'months']);
/** Words that count a unit: "the", "a", "one", "two", "a few", "several", "just". */
const COUNTS = new Set(
  'the a an one two three four five six seven eight nine ten few several some many couple'.split(' '),
);

/** The phrase ends at `i`: the sentence ends there or a mark or a conjunction follows it. */
function endsPhrase(tokens: readonly Token[], i: number, end: number): boolean {
  if (i + 1 >= end) return true;
  const next = tokens[i + 1]!;
  return (next.pos === 'PUNCT' && next.text !== '(') || PHRASE_ENDS.has(next.lower);
}

/**
 * The span [first, last] of a time counted back from the story's time ending at `i` ("the day before", "a week
 * earlier", "days earlier", "the previous day"), else null.
 */
export function earlierDay(
  tokens: readonly Token[],
  i: number,
  first: number,
  end: number,
): { first: number; last: number } | null {
  const w = tokens[i]!.lower;
  if (!endsPhrase(tokens, i, end)) return null;
  // "the previous day", "on the previous day", "the previous week".
  if (w === 'day' || w === 'week') {
    if (i - 2 < first || tokens[i - 1]!.lower !== 'previous' || tokens[i - 2]!.lower !== 'the') return null;
    return { first: i - 3 >= first && tokens[i - 3]!.lower === 'on' ? i - 3 : i - 2, last: i };
  }
  if (w !== 'before' && w !== 'earlier') return null;
  const unit = tokens[i - 1]?.lower ?? '';
  if (i - 1 < first || !UNITS.has(unit)) return null;
  let start = i - 1;
  // "a few days earlier", "a couple of weeks before": the count's words before the unit.
  if (tokens[start - 1]?.lower === 'of') start--;
  while (start - 1 >= first && (COUNTS.has(tokens[start - 1]!.lower) || tokens[start - 1]!.pos === 'NUM')) start--;
  // "the day before" with no count is a day only when singular: "day before" alone is no phrase of ours.
  if (start === i - 1 && !unit.endsWith('s')) return null;
  return { first: start, last: i };
}
