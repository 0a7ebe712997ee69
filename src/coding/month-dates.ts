// A month named without its year ("In March, the ICC issued an arrest warrant", "Russia invaded Ukraine in February",
// "Last December, we handed over a draft treaty", "at the end of July"): news names the latest such month, so one
// before the article's month is a past month with no day, and its act is undated like one "in March 2023"
// (year-dates.ts). The article's own month keeps the sentence's date. A bare month may also be to come ("a summit in
// Kyiv in February" proposed in December), so it dates only a verb in the past, or an event noun when the month is
// earlier in the article's own year (year-dates.ts checks both). "In early July" in an article of late July is a time
// before the article's day, like "earlier this month": no day.
import type { Token } from '../types.ts';

/** Full month names, as written: "May" with a capital, after a preposition of time, is no modal. */
const MONTH_NAMES = new Map(
  'January February March April May June July August September October November December'
    .split(' ')
    .map((m, i) => [m, i + 1] as const),
);
/** Words between the preposition and the month that leave the phrase a time: "in early March", "at the end of July". */
const FILLERS = new Set(['the', 'of', 'early', 'late', 'mid', 'end', 'beginning', 'start', 'middle']);
/** Prepositions of a time; "since", "from", "until" name a span, which dates only a "when" clause right after it. */
const AT_TIME = new Set(['in', 'during', 'at']);
const SPAN = new Set(['since', 'from', 'until', 'till']);
/** Words after the month that make it another phrase: a day, a year ("March 2014", "February this year"), "of 2020". */
const NOT_BARE = /^(?:\d.*|this|last|next|of|'\d\d)$/i;

/** A bare month phrase: its tokens, the last day of the month it names, and whether it is in the article's year. */
export interface MonthPhrase {
  readonly first: number;
  readonly last: number;
  readonly periodEnd: string;
  readonly thisYear: boolean;
  /** "since November, when Russian troops started massing": a span's start dates only its "when" clause. */
  readonly whenOnly: boolean;
  /** "in early July" in an article of July 23: the start of the article's own month, before its day. */
  readonly earlier?: boolean;
}

/** Fillers that put a phrase at a month's start: "in early July", "at the beginning of July". */
const MONTH_START = new Set(['early', 'beginning', 'start']);
/** The last day of a month's start: an article dated later than this is past "early July". */
const START_ENDS = 10;

/**
 * The bare month at token `i` ("in February", "last December", "in early March"), taken as the latest such month
 * before the article's month; null when it is none, or the article's own month (the sentence's date stands).
 */
export function bareMonth(tokens: readonly Token[], i: number, first: number, articleDate: string): MonthPhrase | null {
  const month = MONTH_NAMES.get(tokens[i]!.text);
  if (month === undefined || NOT_BARE.test(tokens[i + 1]?.text ?? '')) return null;
  const articleMonth = Number(articleDate.slice(5, 7));
  const articleYear = Number(articleDate.slice(0, 4));
  const ownMonth = month === articleMonth;
  if (ownMonth && Number(articleDate.slice(8, 10)) <= START_ENDS) return null;
  const year = month <= articleMonth ? articleYear : articleYear - 1;
  const phrase = (start: number, whenOnly: boolean): MonthPhrase | null => {
    if (ownMonth && !startOfMonth(tokens, start, i)) return null;
    return {
      first: start,
      last: i,
      periodEnd: new Date(Date.UTC(year, month, 0)).toISOString().slice(0, 10),
      thisYear: year === articleYear,
      whenOnly,
      ...(ownMonth ? { earlier: true } : {}),
    };
  };
  if (i - 1 >= first && tokens[i - 1]!.lower === 'last') return phrase(i - 1, false);
  let k = i - 1;
  while (k >= first && FILLERS.has(tokens[k]!.lower)) k--;
  if (k < first) return null;
  const prep = tokens[k]!.lower;
  // "at" only before a part of the month: "at the end of July" (not "at March's summit").
  if (AT_TIME.has(prep) && (prep !== 'at' || k + 2 < i)) return phrase(k, false);
  if (SPAN.has(prep) && whenNext(tokens, i)) return phrase(k, true);
  return null;
}

/** "in early July", "at the beginning of July": the phrase from `start` to the month names the month's start. */
function startOfMonth(tokens: readonly Token[], start: number, month: number): boolean {
  for (let k = start; k < month; k++) if (MONTH_START.has(tokens[k]!.lower)) return true;
  return false;
}

/** "since November, when …": "when" right after the month, past an optional comma. */
function whenNext(tokens: readonly Token[], last: number): boolean {
  const k = tokens[last + 1]?.text === ',' ? last + 2 : last + 1;
  return tokens[k]?.lower === 'when';
}
