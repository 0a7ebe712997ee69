// "UN troops withdrew on Monday, two weeks after rebels kidnapped dozens of peacekeepers", "The meeting comes a week
// after Xi and Putin signed a joint statement": a clause opened by "after" (or "before") with a span of time right
// before it tells an act that span before (or after) the main clause's day, not on it. A span of a year or more is
// history (no day), as "a year ago" is (year-dates.ts).
import type { Token } from '../types.ts';
import type { SentenceContext } from './context.ts';
import { sentenceDated } from './dates.ts';
import { clauseStart } from './roles.ts';

const NUMBERS: Readonly<Record<string, number>> = Object.freeze({
  a: 1,
  an: 1,
  one: 1,
  the: 1, // "the day after"
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
});

/** Units of a span; months are counted on the calendar. */
const UNITS: Readonly<Record<string, 'day' | 'week' | 'month' | 'year'>> = Object.freeze({
  day: 'day',
  days: 'day',
  week: 'week',
  weeks: 'week',
  month: 'month',
  months: 'month',
  year: 'year',
  years: 'year',
});

const DAY = 86_400_000;
/** Words after the subordinator that make the whole a date expression ("the day before yesterday"). */
const DAY_WORDS = new Set(['yesterday', 'today', 'tomorrow', 'tonight']);

/**
 * The date of the act at `trigger` when it stands in a span's "after"/"before" clause: a day (YYYY-MM-DD), null for
 * history, or undefined when the rule does not apply (no such clause, a vague span "days after", no day to count
 * from, the clause's own day named in it, or a day after the article's).
 */
export function spanClauseDate(ctx: SentenceContext, trigger: number): string | null | undefined {
  const tokens = ctx.doc.tokens;
  const start = clauseStart(ctx, trigger);
  const sub = start - 1;
  const direction = tokens[sub]?.lower;
  if (sub <= ctx.sentence.firstToken || (direction !== 'after' && direction !== 'before')) return undefined;
  // "the day before yesterday" is a day of its own.
  if (DAY_WORDS.has(tokens[start]?.lower ?? '')) return undefined;
  const span = spanBefore(tokens, sub, ctx.sentence.firstToken);
  if (span === null || !inSpanClause(tokens, start, trigger)) return undefined;
  const dated = sentenceDated(ctx);
  if (dated.date === null) return undefined;
  // "a day after Xi met Putin in Moscow on Monday": the day named after the subordinator is the clause's own.
  if (dated.at >= 0 && ctx.sentence.start + dated.at >= tokens[sub]!.start) return undefined;
  if (span.unit === 'year' || (span.unit === 'month' && span.n >= 12)) return null;
  const sign = direction === 'after' ? -1 : 1;
  let day = new Date(`${dated.date}T12:00:00Z`);
  if (span.unit === 'month') day.setUTCMonth(day.getUTCMonth() + sign * span.n);
  else day = new Date(day.getTime() + sign * span.n * (span.unit === 'week' ? 7 : 1) * DAY);
  const date = day.toISOString().slice(0, 10);
  const articleDate = ctx.doc.article.date;
  return articleDate !== null && date > articleDate ? undefined : date;
}

/** "two weeks", "a day", "the day", "15 months" right before the subordinator at `sub`. */
function spanBefore(tokens: readonly Token[], sub: number, first: number): { n: number; unit: string } | null {
  const unit = UNITS[tokens[sub - 1]?.lower ?? ''];
  if (unit === undefined || sub - 2 < first) return null;
  const word = tokens[sub - 2]!.lower;
  const n = /^\d{1,3}$/.test(word) ? Number(word) : NUMBERS[word];
  // "the days after the invasion" names a period, not a span.
  if (n === undefined || (word === 'the' && !/^(?:day|week)$/.test(tokens[sub - 1]!.lower))) return null;
  return { n, unit };
}

/**
 * The trigger is in the clause itself: no comma closes it first ("A week after the attack, Poland condemned …"), and
 * the clause has its own verb by the trigger ("after Russia launched its invasion"), not a bare noun phrase.
 */
function inSpanClause(tokens: readonly Token[], start: number, trigger: number): boolean {
  let verb = tokens[trigger]!.pos === 'VERB';
  for (let k = start; k < trigger; k++) {
    if (tokens[k]!.text === ',') return false;
    if (tokens[k]!.pos === 'VERB') verb = true;
  }
  return verb;
}
