// Event dates: a relative or absolute date in the sentence ("on Tuesday", "last week", "on 12 March"),
// resolved against the article date and never into the future; otherwise the article date.
import * as chrono from 'chrono-node';
import type { SentenceContext } from './context.ts';
import { perSentence } from './per-sentence.ts';

/**
 * Cheap pre-check so chrono (the coder's most expensive call) runs only on sentences that can hold a
 * date other than the article's own: weekdays, "yesterday", "N days ago", "last week", "March 3".
 * ("today" and "tonight" are the article date; "may" and "march" alone are usually not dates.)
 */
const MONTH = '(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\.?';
const DATE_CUE = new RegExp(
  [
    '\\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\\b',
    '\\byesterday\\b',
    '\\b(?:\\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve) (?:days?|weeks?) ago\\b',
    '\\blast (?:week|weekend|night)\\b',
    `\\b${MONTH} \\d{1,2}\\b`,
    `\\b\\d{1,2} ${MONTH}`,
  ].join('|'),
  'i',
);

/**
 * A dateline opening the sentence: "MINSK, 26 September (BelTA) –", "KYIV, Feb 3 (Reuters) -". Its day is the
 * report's, not the act's: "MINSK, 26 September (BelTA) - Makei addressed the UN on 24 September" dates the address
 * to the 24th. A place in capitals, a comma, a day, an optional agency, a dash.
 */
const DATELINE = new RegExp(
  `^[A-Z][A-Z.' -]+, (?:\\d{1,2} ${MONTH}|${MONTH} \\d{1,2})(?:,? \\d{4})?\\s*(?:\\([^)]*\\))?\\s*[-–—]`,
  'i',
);

const DAY = 86_400_000;
/**
 * "in the evening of February 19", "on the night of March 4": chrono reads a part of the day before "of" as that part
 * of the article's day and drops the date after it. Blanked (same length, so offsets hold), the date is read alone.
 */
const PART_OF_DAY = /\b(?:early\s+)?(?:morning|afternoon|evening|night)\s+of\b/gi;
const blank = (words: string): string => ' '.repeat(words.length);
/**
 * "since", "until", "till" right before a date: it bounds a span ("since February 24"), and dates no act; nor does a day
 * a period starts on, "calling for a halt in fighting starting Thursday", "beginning on Monday" (attributive-days.ts).
 */
const SPAN_BEFORE = /\b(?:since|until|till|(?:starting|beginning)(?:\s+(?:on|from))?)\s+(?:the\s+)?$/i;
/**
 * "before", "after", "prior to", "ahead of" right before a date: the act was done some time before or after that day
 * ("withdrew its troops before 24 February", "arrived after February 24"), never on it (bounded-dates.ts).
 */
const BOUND_BEFORE = /\b(?:before|after|prior to|ahead of)\s+(?:the\s+)?$/i;
/** "before February 24, when Russia launched …": the "when" clause after the day is that day's. */
const WHEN_AFTER = /^,?\s*(?:\d{4}\s*)?,?\s*when\b/i;
/**
 * Words that put a day ahead of the article: "will travel to Kyiv on Monday", "talks are scheduled for Friday", "next
 * Thursday". Such a day is yet to come, so it dates no act of the article's past: the announcement is the article's.
 */
const FUTURE_BEFORE =
  /\b(?:will|shall|would|next|upcoming|coming|scheduled|due|set to|slated|planned|plans? to|expected to|going to|to be held|(?:is|are) to)\b|'ll\b/i;
/** A weekday named as the coming one. */
const NEXT = /^(?:next|this coming|coming)\b/i;
/** Marks that end the clause before a day: past them, a future word belongs to another clause ("will go, he said on Monday"). */
const CLAUSE_END = /[,;:—–"“”()]|\b(?:said|says|told|announced|added|and|but|after|when|while)\b/gi;

/**
 * A sentence's date, and where in the sentence the words that give it start (-1 when it is the article's); `bound`,
 * where a "before" or "after" stands that bounds a day named after it (-1 when none).
 */
interface SentenceDate {
  readonly date: string | null;
  readonly at: number;
  readonly bound: number;
  /** The sentence names a month's day, without a year, that lies ahead of the article's day (retold-days.ts). */
  readonly ahead: boolean;
}

export function eventDate(sentence: string, articleDate: string | null): string | null {
  return datedAt(sentence, articleDate).date;
}

function datedAt(sentence: string, articleDate: string | null): SentenceDate {
  const own = { date: articleDate, at: -1, bound: -1, ahead: false };
  if (articleDate === null) return own;
  const dateline = DATELINE.exec(sentence);
  if (dateline !== null) {
    // The words after the dateline name the act's day, if any; else the dateline's day stands for it.
    const rest = datedIn(sentence, articleDate, dateline[0].length);
    if (rest.at >= 0) return rest;
  }
  return datedIn(sentence, articleDate, 0);
}

/** The sentence's date read from character `start` on (past a dateline). */
function datedIn(sentence: string, articleDate: string, start: number): SentenceDate {
  let own = { date: articleDate, at: -1, bound: -1, ahead: false };
  const cue = DATE_CUE.exec(start === 0 ? sentence : sentence.slice(start));
  if (cue === null) return own;
  const at = start + cue.index;
  const reference = new Date(`${articleDate}T12:00:00Z`);
  if (Number.isNaN(reference.getTime())) return own;
  // chrono's cost grows with the text: parse only the words around the cue ("on Tuesday, 15 February").
  const from = Math.max(start, at - 24);
  const around = sentence.slice(from, at + cue[0].length + 24).replace(PART_OF_DAY, blank);
  const results = chrono.en.parse(around, { instant: reference, timezone: 0 }, { forwardDate: false });
  for (const r of results) {
    const c = r.start;
    // Times of day alone ("at 10 am") and bare years say nothing about the day.
    if (!c.isCertain('day') && !c.isCertain('weekday') && !/yesterday|today|tonight|ago|last/i.test(r.text)) continue;
    // "last month", "three months ago", "several weeks ago" name no day: year-dates.ts leaves their acts undated.
    if (/\bmonths?\b|\b(?:several|few|couple|many)\b/i.test(r.text)) continue;
    // "Since February 24, 700 children have been killed": a span's start or end is no day of the act.
    if (SPAN_BEFORE.test(around.slice(0, r.index))) continue;
    // "withdrew before 24 February": a bound, no day of the act, unless a "when" clause is that day's.
    const bound = BOUND_BEFORE.exec(around.slice(0, r.index));
    if (
      bound !== null &&
      !WHEN_AFTER.test(around.slice(r.index + r.text.length) + sentence.slice(from + around.length))
    ) {
      if (own.bound < 0) own = { ...own, bound: from + bound.index };
      continue;
    }
    // "next Thursday" is ahead whatever the clause before it says ("talks with Lavrov, next Thursday").
    if (
      c.isCertain('weekday') &&
      !c.isCertain('month') &&
      (NEXT.test(r.text) || futureDay(sentence.slice(0, from + r.index)))
    )
      return own;
    let date = c.date();
    // chrono may resolve "on Tuesday" to the coming Tuesday: news reports the past, so step back a week.
    while (date.getTime() > reference.getTime() + DAY / 2) {
      if (c.isCertain('month') || c.isCertain('year')) return { ...own, ahead: !c.isCertain('year') };
      date = new Date(date.getTime() - 7 * DAY);
    }
    if (reference.getTime() - date.getTime() > 366 * DAY) continue;
    return { date: date.toISOString().slice(0, 10), at: from + r.index, bound: own.bound, ahead: false };
  }
  return own;
}

/** The clause that ends in `before` (the words before a weekday) tells of the future: FUTURE_BEFORE. */
function futureDay(before: string): boolean {
  let start = 0;
  for (const m of before.matchAll(CLAUSE_END)) start = m.index + m[0].length;
  return FUTURE_BEFORE.test(before.slice(start));
}

/** The date of a sentence's events, computed once per sentence (chrono is the coder's most expensive call). */
export const sentenceDated: (ctx: SentenceContext) => SentenceDate = perSentence((ctx) =>
  datedAt(ctx.sentence.text, ctx.doc.article.date),
);
