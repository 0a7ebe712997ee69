// Acts named by a noun and called needed: "Further sanctions against Russian state-owned enterprises are also
// needed", "his personal meeting with President Putin is needed for that", "the oil embargo against Russia … are
// necessary steps". A present "is/are" + needed, necessary or essential after the noun's phrase asks for the act; it
// has not happened ("the meeting was important" is said of one that has, and is left alone).
import type { SentenceContext } from './context.ts';

/** Predicates that call an act needed. */
const NEEDED = new Set(['needed', 'necessary', 'essential', 'required', 'indispensable']);
/** Words that end the noun's phrase before its predicate: a relative clause or another clause. */
const CLOSERS = new Set([',', ';', ':', 'that', 'which', 'who', 'whose', 'where', 'when', 'if']);
/** How far after the noun its predicate may stand. */
const REACH = 14;

/** "is/are … needed" after the noun phrase the trigger at `trigger` heads, as the cue; or null. */
export function neededNoun(ctx: SentenceContext, trigger: number): string | null {
  return nounPredicate(ctx, trigger, NEEDED);
}

/**
 * "your meeting with the President of Belarus is scheduled for the end of the year", "talks are planned in Geneva":
 * an act named by a noun and put on the calendar by "is/are scheduled, planned, expected, due or slated" is yet to
 * come (a meeting so announced is intent, recode.ts). "was scheduled" is left alone: it may have taken place.
 */
export function scheduledNoun(ctx: SentenceContext, trigger: number): string | null {
  return nounPredicate(ctx, trigger, SCHEDULED);
}

/** Predicates that put an act on the calendar. */
const SCHEDULED = new Set(['scheduled', 'planned', 'expected', 'due', 'slated']);

/** "is/are" + one of `predicates` after the noun phrase the trigger heads, as the cue ("is needed"); or null. */
function nounPredicate(ctx: SentenceContext, trigger: number, predicates: ReadonlySet<string>): string | null {
  const tokens = ctx.doc.tokens;
  const end = Math.min(ctx.sentence.endToken, trigger + REACH);
  for (let k = trigger + 1; k < end; k++) {
    const t = tokens[k]!;
    if (CLOSERS.has(t.lower) || t.pos === 'VERB') return null;
    if (t.lower !== 'is' && t.lower !== 'are') continue;
    let j = k + 1;
    while (j < end && tokens[j]!.pos === 'ADV' && tokens[j]!.lower !== 'not') j++;
    // "are necessary steps": the adjective may open a noun phrase of its own.
    return predicates.has(tokens[j]?.lower ?? '') ? `${t.lower} ${tokens[j]!.lower}` : null;
  }
  return null;
}
