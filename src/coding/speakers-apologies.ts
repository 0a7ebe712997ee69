// A speaker's apology in passing, no event: "I apologise – the video is brutal", "I apologise, but we will have a
// break", "we apologise to the people of our city who waited in vain", "pardon my language", "as to my term, pardon
// me, …". An "I" or "we" who says sorry to no actor excuses the words, the moment or a hardship at home: manners of a
// speech, not a political apology (CAMEO 055), which is made to another side ("Poland has apologised to Ukraine",
// "we apologise to Japan"); nor is "pardon me" a pardon granted (080). A third person's apology, "the Prime Minister
// apologised to MPs", is reported news and stays.
import type { Mention } from '../types.ts';
import type { SentenceContext } from './context.ts';
import type { Match } from './match.ts';

/** First-person subjects of the apology. */
const SPEAKERS = new Set(['i', 'we']);

/** Verbs that may stand between the subject and the apology: "I would like to apologise", "we must apologise". */
const LEADING_VERBS = new Set(['like', 'want', 'wish', 'have']);

/** Words after "pardon" that make it an interjection: "pardon me", "pardon my language", "pardon the expression". */
const PARDONED = new Set(['me', 'my', 'the']);

/** The apology at `match` is a speaker's "I/we apologise" to no actor: no event. */
export function speakersApology(ctx: SentenceContext, match: Match, targets: readonly Mention[]): boolean {
  if (match.pattern.code !== '055' || targets.length > 0) return false;
  const tokens = ctx.doc.tokens;
  if (!/^apologi[sz]e$/.test(tokens[match.trigger]!.lemma)) return false;
  let k = match.trigger - 1;
  while (
    k > ctx.sentence.firstToken &&
    (/^(?:AUX|ADV|PART)$/.test(tokens[k]!.pos) || LEADING_VERBS.has(tokens[k]!.lemma))
  )
    k--;
  return SPEAKERS.has(tokens[k]?.lower ?? '');
}

/**
 * The pardon at `match` is the interjection "pardon me" / "pardon my language" opening a clause or an aside (after
 * the sentence's start or a punctuation mark): no event. "Biden will pardon my son" has a subject and stays.
 */
export function pardonInterjection(ctx: SentenceContext, match: Match): boolean {
  if (!match.pattern.code.startsWith('08')) return false;
  const tokens = ctx.doc.tokens;
  const i = match.trigger;
  if (tokens[i]!.lower !== 'pardon' || !PARDONED.has(tokens[i + 1]?.lower ?? '')) return false;
  return i === ctx.sentence.firstToken || tokens[i - 1]!.pos === 'PUNCT';
}
