// The doer of a passive named through its means: "cities were destroyed by shelling by Russian aircraft", "the
// building was destroyed as a result of a missile strike by the Russian troops", "Ukraine was supplied with weapons by
// its partners". The passive's own "by" names no actor, or there is none; the "by" after the noun of the strike, the
// fire or the weapons that did it names who used them, and so who did the passive's act.
import { mentionOf, token, type SentenceContext } from './context.ts';

/** Nouns of a means of force or of supply, whose user is named after "by". */
const MEANS_NOUNS = new Set(
  (
    'strike strikes airstrike airstrikes attack attacks shelling shellings fire bombing bombings bombardment ' +
    'bombardments raid raids assault missile missiles rocket rockets drone drones shell shells artillery weapon ' +
    'weapons arms munitions ammunition'
  ).split(' '),
);

/** Words that open the phrase of the means right after a passive participle. */
const OPENERS = new Set(['by', 'with', 'in', 'through', 'during']);

/** How many words the means' noun phrase may have before its "by". */
const PHRASE_REACH = 5;

/**
 * The "by" that names the user of the means right after the passive participle at `i` ("destroyed by shelling by
 * …", "killed as a result of a missile strike by …"), past adverbs; null when no means phrase follows the
 * participle or no "by" closes it. The means' phrase holds determiners, adjectives, numbers and nouns only, no actor
 * (an actor there is the agent of the passive's own "by": "by Russian shelling" is Russia's), and its last word is a
 * noun of force or supply.
 */
export function meansAgentBy(ctx: SentenceContext, i: number): number | null {
  let k = i + 1;
  while (token(ctx, k)?.pos === 'ADV') k++;
  const open = token(ctx, k)?.lower ?? '';
  if (open === 'as' && token(ctx, k + 1)?.lower === 'a' && token(ctx, k + 2)?.lower === 'result')
    k = token(ctx, k + 3)?.lower === 'of' ? k + 4 : -1;
  else if (OPENERS.has(open)) k++;
  else return null;
  if (k < 0) return null;
  let means = false;
  for (const end = Math.min(ctx.sentence.endToken - 1, k + PHRASE_REACH); k < end; k++) {
    const t = ctx.doc.tokens[k]!;
    if (t.lower === 'by') return means ? k : null;
    if (mentionOf(ctx, k) !== undefined) return null;
    // "by shelling": the tagger may read the gerund of a means as a verb.
    const word = /^(?:DET|ADJ|NUM|NOUN)$/.test(t.pos) || (t.pos === 'VERB' && MEANS_NOUNS.has(t.lower));
    if (!word) return null;
    means = MEANS_NOUNS.has(t.lower);
  }
  return null;
}
