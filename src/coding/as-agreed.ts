// An earlier arrangement named to say how something else is done, no event: "we will play today as we have agreed",
// "as agreed during President Lukashenko's telephone conversations with Merkel", "I am flying to Kazakhstan tomorrow,
// as agreed with the President of Kazakhstan", "Tomorrow, as we agreed, we will take part in …", "everything had been
// destroyed as agreed". A clause of manner ("as" + subject + verb of arranging) refers back to an arrangement that
// was news on its own day; the sentence reports what is done by it, coded by its own verb.
import type { SentenceContext } from './context.ts';
import type { Match } from './match.ts';

/** Verbs (lemmas) of arranging whose "as …" clause refers back to the arrangement. */
const ARRANGING = new Set(['agree', 'arrange', 'discuss', 'request', 'promise', 'plan']);

/**
 * Words between "as" and the verb: a pronoun subject and auxiliaries ("as we have agreed", "as it was agreed earlier").
 * Not a named subject: "as Russia agreed to withdraw, …" is mostly a time or a cause.
 */
const BETWEEN = new Set([
  'we',
  'i',
  'you',
  'he',
  'she',
  'they',
  'it',
  'have',
  'has',
  'had',
  'was',
  'were',
  'been',
  'is',
  'previously',
  'earlier',
  'already',
  'just',
  'jointly',
]);

/** How many words may stand between "as" and the verb. */
const REACH = 4;

/** The verb at `match` opens a clause of manner "as (we have) agreed": no event. */
export function asAgreed(ctx: SentenceContext, match: Match): boolean {
  if (match.pattern.noun) return false;
  const tokens = ctx.doc.tokens;
  const i = match.trigger;
  if (!ARRANGING.has(tokens[i]!.lemma) || tokens[i]!.pos !== 'VERB') return false;
  const first = ctx.sentence.firstToken;
  for (let k = i - 1, n = 0; k >= first && n <= REACH; k--, n++) {
    const t = tokens[k]!;
    // "just as", "exactly as" open it too; "as well as agreed", "such as" are no such clause.
    if (t.lower === 'as') return tokens[k - 1]?.lower !== 'such' && tokens[k - 1]?.lower !== 'well';
    if (!BETWEEN.has(t.lower)) return false;
  }
  return false;
}
