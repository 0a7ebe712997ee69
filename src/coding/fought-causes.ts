// Fighting for a cause names no attack: "ready to fight for peace", "as they fight for their freedom", "we are
// fighting not for power, but for Ukraine", "Ukraine is fighting not only for itself, but also for the free world",
// "we are fighting together for the people", "we are fighting not just for ourselves", "we fight every day for". What is fought for is a cause, not an adversary; the war itself is
// reported where a side attacks, shells or fights another.
import type { SentenceContext } from './context.ts';

/** Words that may stand between the verb and "for": negation, focus, time, company and manner. */
const BEFORE_FOR = new Set(
  'not only just merely simply also solely primarily precisely today now together every each day'.split(' '),
);

/** The force verb at `i` is followed by "for" (with at most two such words between): a cause fought for. */
export function foughtForCause(ctx: SentenceContext, i: number): boolean {
  const tokens = ctx.doc.tokens;
  for (let k = i + 1; k <= i + 3 && k < ctx.sentence.endToken; k++) {
    const t = tokens[k]!.lower;
    if (t === 'for') return true;
    if (!BEFORE_FOR.has(t)) return false;
  }
  return false;
}
