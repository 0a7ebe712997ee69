// A weekday after an act still to come: "Blinken will travel to Kyiv on Sunday", "the leaders are to meet on Friday".
// News reports the past, so a bare weekday is read as the last one (dates.ts); but the act the text announces falls
// on the coming one, which no event date may be (dates are never in the future). Such an act keeps the article's
// date, the day it was announced, rather than a past week's day on which nothing happened.
import { FUTURE } from './lexicon.ts';
import type { SentenceContext } from './context.ts';
import type { SentenceDate } from './dates.ts';

/** Words before "to" that put the infinitive ahead: "is to meet", "are expected to sign", "is due to arrive". */
const AHEAD_TO = new Set(['is', 'are', 'scheduled', 'expected', 'due', 'going', 'slated']);
/** How far back the verb group of the act may reach: "will also personally travel". */
const VERB_GROUP = 4;

/** The verb at `trigger` is in the future: "will travel", "'ll meet", "is to visit", "is scheduled to hold". */
function futureVerb(ctx: SentenceContext, trigger: number): boolean {
  for (let k = trigger - 1; k >= Math.max(ctx.sentence.firstToken, trigger - VERB_GROUP); k--) {
    const t = ctx.doc.tokens[k]!;
    if (FUTURE.has(t.lower)) return true;
    if (t.lower === 'to') return AHEAD_TO.has(ctx.doc.tokens[k - 1]?.lower ?? '');
    if (t.pos !== 'AUX' && t.pos !== 'ADV' && t.pos !== 'PART') return false;
  }
  return false;
}

/** The sentence's date is a past weekday named after the act at `trigger`, an act the text puts in the future. */
export function upcomingWeekday(ctx: SentenceContext, dated: SentenceDate, trigger: number): boolean {
  if (dated.pastWeekday !== true || dated.at < 0) return false;
  const offset = ctx.sentence.start + dated.at;
  return ctx.doc.tokens[trigger]!.start < offset && futureVerb(ctx, trigger);
}
