// Acts of no one in particular, no event: "Glory to everyone who defends Ukraine!", "I am grateful to everyone who
// supports us", "all those who supported the team", "hundreds of thousands of those who are fighting", "against those
// who are threatening us". A relative clause on "those", "everyone", "anyone" or "all" describes whoever does the
// act, a class of people rather than an actor doing something at a time, so an analyst codes nothing for it (the
// thanks or the glory, if coded, are events of their own). A charge or rejection read from such a clause is the
// speaker's judgement and stays ("targeting those who bear responsibility for the aggression" is an accusation by
// the speaker, as the review set codes it).
import type { SentenceContext } from './context.ts';

/** Heads of a relative clause that name no one in particular. */
const GENERIC_HEADS = new Set(['those', 'everyone', 'everybody', 'anyone', 'anybody', 'all', 'whoever']);

/** Words between "who" and the verb: auxiliaries, adverbs, "continue to". */
const BETWEEN_POS = new Set(['AUX', 'ADV', 'PART']);
const BETWEEN_LEMMAS = new Set(['continue', 'keep']);

/** The verb at `i` is the predicate of a relative clause on a generic head ("everyone who defends Ukraine"). */
export function genericRelativeDoer(ctx: SentenceContext, i: number, code: string): boolean {
  if (/^1[12]/.test(code)) return false;
  const tokens = ctx.doc.tokens;
  let k = i - 1;
  while (k > ctx.sentence.firstToken && (BETWEEN_POS.has(tokens[k]!.pos) || BETWEEN_LEMMAS.has(tokens[k]!.lemma))) k--;
  if (tokens[k]?.lower !== 'who' || k - 1 < ctx.sentence.firstToken) return false;
  return GENERIC_HEADS.has(tokens[k - 1]!.lower);
}
