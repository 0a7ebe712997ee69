// Past events named as background, no new event: "taking into account the previous telephone conversation between
// Lukashenko and Merkel", "during his recent visit to Kiev", "Russia's earlier demands", "in accordance with his
// earlier promise", "lifted its earlier veto". An adjective that places the noun's event before the time of the
// sentence says the article refers back to it: the visit, talks or demand were news on their own day, and the
// sentence reports something else (what was said during the visit, what the talks led to). A verb keeps its event:
// "recently visited Kyiv" tells the visit. Not "former": it is mostly a title ("former Vice President Pence met").
import { mentionOf, type SentenceContext } from './context.ts';
import type { Match } from './match.ts';

/** Adjectives that put a noun's event before the sentence's time. */
const PAST_ADJECTIVES = new Set(['previous', 'recent', 'prior']);

/**
 * Words that are such adjectives only inside a noun phrase, after a determiner or a possessor ("its earlier veto",
 * "Russia's earlier demands", "the last meeting"); elsewhere they are adverbs ("agreed earlier", "last met").
 */
const PHRASE_PAST_ADJECTIVES = new Set(['earlier', 'past', 'last']);

/** Determiners and possessors that open a noun phrase. */
const PHRASE_OPENERS = new Set(['the', 'his', 'her', 'its', 'their', 'our', 'my', 'your', "'s", '’s']);

/** Words of the noun's own phrase between such an adjective and the trigger ("previous telephone conversation"). */
const COMPOUND_POS = new Set(['NOUN', 'PROPN', 'ADJ']);

/** How many words of the noun's phrase may stand between the adjective and the trigger. */
const REACH = 3;

/** The mention at `k` is joined to another by a hyphen: "Russia-US", "China-EU". */
function hyphenated(ctx: SentenceContext, k: number): boolean {
  const mention = mentionOf(ctx, k)!;
  const tokens = ctx.doc.tokens;
  return tokens[mention.firstToken - 1]?.text === '-' || tokens[mention.endToken]?.text === '-';
}

/** The noun event at `match` is qualified as past ("the recent visit", "its earlier veto"): no event. */
export function pastNoun(ctx: SentenceContext, match: Match): boolean {
  const tokens = ctx.doc.tokens;
  const start = Math.min(match.trigger, ...match.literals);
  const first = ctx.sentence.firstToken;
  for (let k = start - 1, words = 0; k >= first && words <= REACH; k--) {
    const t = tokens[k]!;
    // The tagger reads these words as adverbs before a noun it takes for a verb ("earlier/ADV demands/VERB").
    if (PAST_ADJECTIVES.has(t.lower)) return true;
    if (PHRASE_PAST_ADJECTIVES.has(t.lower)) return PHRASE_OPENERS.has(tokens[k - 1]?.lower ?? '');
    // "the recent Russia-Vietnam talks": sides joined by a hyphen are words of the phrase. Other actors are not
    // ("over the past day Russian forces fired", "the last time he visited"): the adjective is in another phrase.
    if (t.text === '-') continue;
    if (mentionOf(ctx, k) !== undefined) {
      if (hyphenated(ctx, k)) continue;
      return false;
    }
    if (!COMPOUND_POS.has(t.pos)) return false;
    words++;
  }
  return false;
}
