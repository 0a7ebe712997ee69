// A share of those polled as the doer: an opinion found by a survey, no act of anyone.
import type { SentenceContext } from './context.ts';
import type { Match } from './match.ts';
import { beforeBeForm } from './roles.ts';

/** Words naming a share of a polled public ("72 percent", "58%") or the polled themselves ("respondents"). */
const SHARES = new Set(['percent', '%', 'respondents', 'surveyed', 'polled']);
/** Verbs that report what the share said ("68% of Finns said they support …"): the act after them is still theirs. */
const SAYING = new Set(['say', 'said', 'says', 'saying']);
/** Words that close the doer's clause: a verb of another clause is reached before any share. */
const CLAUSE_BREAKS = new Set([';', ':', 'that', 'which', 'who', 'if', 'when', 'because', 'while']);
/** Conjunctions that, after a comma, join a clause or verb with a doer of its own. */
const COORDINATORS = new Set(['and', 'but', 'or']);
/** Words that may open a share's number ("more than half", "just 15", "about 70", "nearly four out of five"). */
const QUANTIFIERS = new Set(
  'more than less fewer about around over nearly almost just only some fully as many up to half a quarter third majority of out'.split(
    ' ',
  ),
);
/** How far back from the act a share may stand ("with 73% of respondents across the 10 countries blaming"). */
const WINDOW = 12;

/**
 * "Just 15 percent agreed with Trump's estimation", "72 percent oppose the United States taking direct military
 * action", "with 73% of respondents across the 10 countries blaming Russia", "more than half of respondents want Biden
 * to be tougher", "More than 80% in Poland … said they held Russia responsible": a share of a polled public doing the
 * act is an opinion a survey found, not an event an analyst codes. Only when the share is the doer: not in the passive
 * ("More than 90 percent of all buildings in Mariupol were completely destroyed" is the damage done), not as an
 * object ("BRICS brings over 40 percent of the world's population together"), and not past another clause's verb
 * ("83 percent of Americans who voted for Biden support …" keeps its reach to the nearest verb only).
 */
export function pollShare(ctx: SentenceContext, match: Match): boolean {
  const tokens = ctx.doc.tokens;
  const i = match.trigger;
  if (match.pattern.noun || beforeBeForm(ctx, i)) return false;
  const first = Math.max(ctx.sentence.firstToken, i - WINDOW);
  for (let k = i - 1; k >= first; k--) {
    const t = tokens[k]!;
    if (SHARES.has(t.lower) || t.lower.endsWith('%')) return shareIsDoer(ctx, k);
    if (CLAUSE_BREAKS.has(t.lower)) return false;
    // "…, 40 percent were Soviet citizens, and asked Naftali Bennett …": a verb joined after a comma has a doer of its own.
    if (COORDINATORS.has(t.lower) && tokens[k - 1]?.text === ',') return false;
    // "if we are at least one percent right, I ask you …": a pronoun is the doer, unless the share says it ("68% … said they").
    if (t.pos === 'PRON' && !SAYING.has(tokens[k - 1]?.lower ?? '')) return false;
    if ((t.pos === 'VERB' || t.pos === 'AUX') && !SAYING.has(t.lower) && t.lemma !== 'be') return false;
  }
  return false;
}

/** The share at `k` opens its clause or follows "with" ("…, with 73% of respondents blaming"), not a verb or preposition. */
function shareIsDoer(ctx: SentenceContext, k: number): boolean {
  const tokens = ctx.doc.tokens;
  let j = k - 1;
  while (
    j >= ctx.sentence.firstToken &&
    (tokens[j]!.pos === 'NUM' || QUANTIFIERS.has(tokens[j]!.lower) || SHARES.has(tokens[j]!.lower))
  )
    j--;
  if (j < ctx.sentence.firstToken) return true;
  const before = tokens[j]!;
  if (before.lower === 'with') return true;
  return before.pos !== 'VERB' && before.pos !== 'AUX' && before.pos !== 'ADP' && before.pos !== 'NOUN';
}
