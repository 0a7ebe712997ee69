// Acts told as what happens each time something else does, no event: "Every time foreign leaders arrive in Kyiv, he
// invites them to the front", "whenever we propose something, you issue instructions and the banks are ready to support
// us", "blaming Putin whenever he speaks of prices". A clause of recurrence ("whenever", "every time", "each time") makes
// both itself and the clause it hangs on a rule of conduct, not an act of a day, however the verbs are tensed; an
// analyst codes the occasions themselves where they are told. As for adverbs of habit (habitual-acts.ts), only words,
// stances, cooperation and shows of force (01–12, 15): "Russian forces shell the city every time the convoys arrive"
// reports attacks a conflict series counts. A charge read from a noun ("the chances fall every time Russian troops
// commit crimes") is the speaker's judgement of the day and stays, as in generic-doers.ts.
import type { SentenceContext } from './context.ts';
import type { Match } from './match.ts';
import type { Token } from '../types.ts';

/** Codes a recurrence makes a rule of conduct: words, stances, cooperation (01–12) and shows of force (15). */
const VERBAL = /^(?:0\d|1[012]|15)/;

/** Charges and rejections (11, 12) read from a noun: the speaker's judgement, kept. */
const JUDGEMENT = /^1[12]/;

/** Words that end the clause a recurrence governs: a new clause after "but", ";" or ":" is told on its own. */
const CLAUSE_BREAKS = new Set([';', ':', 'but', 'yet']);

/** The act at `match` is in a sentence part that a clause of recurrence governs ("every time they come, he invites"). */
export function recurrentAct(ctx: SentenceContext, match: Match): boolean {
  const code = match.pattern.code;
  if (!VERBAL.test(code) || (match.pattern.noun && JUDGEMENT.test(code))) return false;
  const tokens = ctx.doc.tokens;
  const { firstToken, endToken } = ctx.sentence;
  for (let k = firstToken; k < endToken; k++) {
    const width = openerWidth(tokens, k, firstToken);
    if (width === 0) continue;
    if (inSameClause(tokens, k, match.trigger, firstToken, endToken)) return true;
    k += width - 1;
  }
  return false;
}

/** Tokens of a recurrence opener at `k`: "whenever" (1), "every time", "each time" (2), "every single time" (3). */
function openerWidth(tokens: readonly Token[], k: number, first: number): number {
  const word = tokens[k]!.lower;
  if (word === 'whenever') return 1;
  if (word !== 'every' && word !== 'each') return 0;
  // "at each time step", "for each time zone": a preposition before makes "time" a noun of its own phrase.
  if (k > first && tokens[k - 1]!.pos === 'ADP') return 0;
  if (tokens[k + 1]?.lower === 'time') return 2;
  if (tokens[k + 1]?.lower === 'single' && tokens[k + 2]?.lower === 'time') return 3;
  return 0;
}

/** No clause break between the opener and the trigger (a quotation inside stays: 'citing "price hikes" whenever'). */
function inSameClause(tokens: readonly Token[], opener: number, trigger: number, first: number, end: number): boolean {
  if (trigger < first || trigger >= end) return false;
  const [from, to] = opener < trigger ? [opener, trigger] : [trigger, opener];
  for (let k = from + 1; k < to; k++) {
    if (CLAUSE_BREAKS.has(tokens[k]!.lower)) return false;
  }
  return true;
}
