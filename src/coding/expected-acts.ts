// Acts a time phrase puts ahead: "point to Russia escalating its invasion in the near future", "began preparations for
// conducting exercises in the coming days". An act named by a gerund (or an event noun it governs) whose phrase is
// dated to a time to come is expected, planned or foreseen, not done: hypothetical. A finite verb keeps its own
// reading ("Putin will visit China next week" is announced by its "will"), and so does a progressive ("we are meeting
// next week"), an announced arrangement that recode.ts reads as an intent.
import type { SentenceContext } from './context.ts';

/** Words that may stand between a gerund and the event noun it governs: "escalating its invasion", "holding a new round". */
const GOVERNED = /^(?:DET|PRON|ADJ|NUM)$/;
/** Words before a gerund that make it the verb of a progressive or a participle adjunct, not a noun-like gerund. */
const NOT_GERUND = /^(?:AUX|PUNCT)$/;
/** Words that end the act's phrase before a time phrase could belong to it. */
const PHRASE_ENDS = new Set([',', ';', ':', '–', '—', 'and', 'but', 'while', 'after', 'before', 'when', 'since']);
/** How many words after the act its time phrase may start. */
const REACH = 10;

/**
 * Words without which no time phrase ahead is found (`timeAhead`: "next" opens one, "future" or "days/weeks/months"
 * ends the others): the cue of `expectedAct` (gate-cues.ts), to be kept with the patterns below.
 */
export const AHEAD_WORDS: readonly string[] = ['next', 'future', 'days', 'weeks', 'months'];

/** A time phrase ahead starts at `k`: "in the near future", "in the coming weeks", "next month". */
function timeAhead(ctx: SentenceContext, k: number): boolean {
  const w = (j: number): string => ctx.doc.tokens[k + j]?.lower ?? '';
  if (w(0) === 'next' && /^(?:week|month|year|spring|summer|autumn|fall|winter)$/.test(w(1))) return true;
  if (w(0) !== 'in' || w(1) !== 'the') return false;
  if (/^(?:near|foreseeable)$/.test(w(2)) && w(3) === 'future') return true;
  const span = w(3) === 'few' ? w(4) : w(3);
  return /^(?:coming|next)$/.test(w(2)) && /^(?:days|weeks|months)$/.test(span);
}

/** The gerund that names the act at `trigger`, or governs its event noun; -1 when none. */
function gerundOf(ctx: SentenceContext, trigger: number, noun: boolean): number {
  const tokens = ctx.doc.tokens;
  let g = trigger;
  if (noun) {
    g = trigger - 1;
    while (g > trigger - 4 && GOVERNED.test(tokens[g]?.pos ?? '')) g--;
  }
  const t = tokens[g];
  if (t === undefined || t.pos !== 'VERB' || !t.lower.endsWith('ing') || g <= ctx.sentence.firstToken) return -1;
  return NOT_GERUND.test(tokens[g - 1]!.pos) ? -1 : g;
}

/** The act at `trigger` is a gerund's, or its noun's, that a time phrase after it puts ahead. */
export function expectedAct(ctx: SentenceContext, trigger: number, noun: boolean): boolean {
  if (gerundOf(ctx, trigger, noun) < 0) return false;
  const tokens = ctx.doc.tokens;
  const end = Math.min(ctx.sentence.endToken, trigger + REACH);
  for (let k = trigger + 1; k < end; k++) {
    if (PHRASE_ENDS.has(tokens[k]!.lower)) return false;
    if (timeAhead(ctx, k)) return true;
  }
  return false;
}
