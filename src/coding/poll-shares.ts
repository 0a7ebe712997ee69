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

/** Words naming a poll or a survey of opinion. */
export const POLLS = new Set(['poll', 'polls', 'polling', 'pollster', 'pollsters', 'survey', 'surveys']);
/** Verbs by which a poll reports what it found: "polls show", "the survey found", "polling has indicated". */
const FINDINGS = new Set(['show', 'find', 'suggest', 'indicate', 'confirm', 'reveal']);
/** Prepositions that make a poll the ground of a claim: "Judging by all opinion polls, …", "according to a poll, …". */
const GROUNDS = new Set(['by', 'to']);
/** Words that end the finding's clause before the act: a clause of the sentence's own or one about something else. */
const FINDING_ENDS = new Set([';', ':', '–', '—', 'but', 'while', 'whereas', 'although', 'which', 'who']);
/**
 * Codes of words and opinions (statements, appeals, agreeing, support, demands, disapproval, rejection): what a poll
 * found a public to hold. A deed inside the finding ("agreed with Russia launching missiles into Ukraine") is still
 * reported as done.
 */
const OPINION_ROOTS = /^(?:01|02|03|05|10|11|12)/;
/** How far from the act a poll's finding may stand. */
const FINDING_REACH = 20;

/**
 * "Polls show people want the U.S. to do more", "polls that confirm that the majority in all European countries
 * supports Ukraine's integration", "Judging by all opinion surveys, people supported this arrangement", "… was most
 * strongly supported in Italy, the polling found": an opinion a poll found among a public is no act of anyone's, as a
 * share of those polled is not (above). Only a poll's finding frames the act, not a poll named as a topic ("the poll
 * did not measure Americans' reasons for supporting Ukraine"), and only opinions, not deeds.
 */
export function pollFinding(ctx: SentenceContext, match: Match): boolean {
  if (!OPINION_ROOTS.test(match.pattern.code)) return false;
  return findingBefore(ctx, match.trigger) || findingAfter(ctx, match.trigger);
}

/** A poll's finding ("polls show", "judging by the surveys") opens the act's clause. */
function findingBefore(ctx: SentenceContext, i: number): boolean {
  const tokens = ctx.doc.tokens;
  const first = Math.max(ctx.sentence.firstToken, i - FINDING_REACH);
  for (let k = i - 1; k >= first; k--) {
    const t = tokens[k]!;
    if (FINDING_ENDS.has(t.lower)) return false;
    if (FINDINGS.has(t.lemma) && pollBefore(ctx, k)) return true;
    if (POLLS.has(t.lower) && groundedPoll(ctx, k)) return true;
  }
  return false;
}

/** A poll word stands just before the finding verb at `k`: "Polls in the U.S. find", "polls that confirm". */
function pollBefore(ctx: SentenceContext, k: number): boolean {
  const tokens = ctx.doc.tokens;
  for (let j = k - 1; j >= Math.max(ctx.sentence.firstToken, k - 5); j--) {
    if (POLLS.has(tokens[j]!.lower)) return true;
    if (FINDING_ENDS.has(tokens[j]!.lower) || tokens[j]!.text === ',') return false;
  }
  return false;
}

/** The poll at `k` is the ground of what follows: "Judging by all opinion polls,", "According to a recent survey,". */
function groundedPoll(ctx: SentenceContext, k: number): boolean {
  const tokens = ctx.doc.tokens;
  if (tokens[k + 1]?.text !== ',') return false;
  for (let j = k - 1; j >= Math.max(ctx.sentence.firstToken, k - 5); j--) {
    if (GROUNDS.has(tokens[j]!.lower)) return true;
    if (tokens[j]!.pos === 'VERB' || tokens[j]!.text === ',') return false;
  }
  return false;
}

/** A poll's finding closes the act's clause: "…, the polling found.", "… against Moscow, poll suggests.". */
function findingAfter(ctx: SentenceContext, i: number): boolean {
  const tokens = ctx.doc.tokens;
  const end = ctx.sentence.endToken;
  let k = i + 1;
  while (k < end && tokens[k]!.text !== ',' && !FINDING_ENDS.has(tokens[k]!.lower)) k++;
  if (tokens[k]?.text !== ',') return false;
  k++;
  if (tokens[k]?.pos === 'DET') k++;
  if (!POLLS.has(tokens[k]?.lower ?? '') || !FINDINGS.has(tokens[k + 1]?.lemma ?? '')) return false;
  return tokens[k + 2] === undefined || k + 2 >= end || tokens[k + 2]!.pos === 'PUNCT';
}
