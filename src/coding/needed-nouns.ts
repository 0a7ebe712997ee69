// Acts named by a noun and called needed: "Further sanctions against Russian state-owned enterprises are also
// needed", "his personal meeting with President Putin is needed for that", "the oil embargo against Russia … are
// necessary steps". A present "is/are" + needed, necessary, essential or vital after the noun's phrase asks for the
// act; it has not happened ("the meeting was important" is said of one that has, and is left alone). Acts called
// impossible or pointless, "negotiations with the Kremlin are impossible", "said talks with Moscow were pointless",
// are not done either, in the past tense too (said of what did not happen).
import type { SentenceContext } from './context.ts';

/** Predicates that call an act needed. */
const NEEDED = new Set(['needed', 'necessary', 'essential', 'required', 'indispensable', 'vital', 'imperative']);
/** Predicates that deny an act is possible or worth doing. */
const VAIN = new Set(['impossible', 'pointless', 'futile', 'useless', 'meaningless', 'senseless']);
/** Words that end the noun's phrase before its predicate: a relative clause or another clause. */
const CLOSERS = new Set([',', ';', ':', 'that', 'which', 'who', 'whose', 'where', 'when', 'if']);
/** How far after the noun its predicate may stand. */
const REACH = 14;

/** "is/are … needed" or "is/was … impossible" after the noun phrase the trigger at `trigger` heads, as the cue; or null. */
export function neededNoun(ctx: SentenceContext, trigger: number): string | null {
  const p = nounPredicate(ctx, trigger);
  return p !== null && (VAIN.has(p.word) || (!p.past && NEEDED.has(p.word))) ? `${p.be} ${p.word}` : null;
}

/**
 * "your meeting with the President of Belarus is scheduled for the end of the year", "talks are planned in Geneva":
 * an act named by a noun and put on the calendar by "is/are scheduled, planned, expected, due or slated" is yet to
 * come (a meeting so announced is intent, recode.ts). "was scheduled" is left alone: it may have taken place.
 */
export function scheduledNoun(ctx: SentenceContext, trigger: number): string | null {
  const p = nounPredicate(ctx, trigger);
  if (p !== null && !p.past && SCHEDULED.has(p.word)) return `${p.be} ${p.word}`;
  return scheduledParticiple(ctx, trigger);
}

/** Participles that put a noun's act on a date right after its phrase. */
const DATED = new Set(['scheduled', 'planned', 'slated']);
/** How far after the noun the participle may stand: the phrase may name both parties ("of … with …"). */
const DATED_REACH = 20;

/**
 * "the meeting of the EU leaders with Aliyev scheduled for December 15 would be useful": a reduced relative "scheduled
 * / planned / slated for" after the noun's phrase, before any other verb, puts the act on the calendar too.
 */
function scheduledParticiple(ctx: SentenceContext, trigger: number): string | null {
  const tokens = ctx.doc.tokens;
  const end = Math.min(ctx.sentence.endToken, trigger + DATED_REACH);
  for (let k = trigger + 1; k < end; k++) {
    const t = tokens[k]!;
    if (DATED.has(t.lower)) return tokens[k + 1]?.lower === 'for' ? `${t.lower} for` : null;
    if (CLOSERS.has(t.lower) || t.pos === 'VERB' || t.pos === 'AUX') return null;
  }
  return null;
}

/** Predicates that put an act on the calendar. */
const SCHEDULED = new Set(['scheduled', 'planned', 'expected', 'due', 'slated']);

/** The first "is/are/was/were" after the noun phrase the trigger heads, and the word it predicates; or null. */
function nounPredicate(
  ctx: SentenceContext,
  trigger: number,
): { readonly be: string; readonly past: boolean; readonly word: string } | null {
  const tokens = ctx.doc.tokens;
  const end = Math.min(ctx.sentence.endToken, trigger + REACH);
  for (let k = trigger + 1; k < end; k++) {
    const t = tokens[k]!;
    // "state-owned": a participle in a hyphenated compound is a modifier, not the clause's verb.
    if (CLOSERS.has(t.lower) || (t.pos === 'VERB' && tokens[k - 1]?.text !== '-')) return null;
    const past = t.lower === 'was' || t.lower === 'were';
    if (t.lower !== 'is' && t.lower !== 'are' && !past) continue;
    let j = k + 1;
    while (j < end && tokens[j]!.pos === 'ADV' && tokens[j]!.lower !== 'not') j++;
    // "are necessary steps": the adjective may open a noun phrase of its own.
    return { be: t.lower, past, word: tokens[j]?.lower ?? '' };
  }
  return null;
}
