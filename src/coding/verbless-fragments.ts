// "Boycott of Russian exports.", "Negotiations for the sake of Ukraine.", "Support for Ukraine.", "Remark: Withdrawal
// of troops and weapons from the Ukrainian border": a sentence with no verb in its main clause is a heading, a slogan
// or an item of a list of demands or topics. A noun event in it that names no doer reports nothing done; an analyst
// codes none. Thanks stay: "Eternal gratitude to our defenders!", "Grateful to Ireland!" are the speaker's own words
// of thanks, a speech act whatever their grammar; so are consultations with a counterpart named ("Wednesday - a
// conversation with British Prime Minister Rishi Sunak.": a diary of the speaker's own calls).
import { mentionOf, token, type SentenceContext } from './context.ts';
import type { Match } from './match.ts';
import { SAME_PARTICIPLE } from './roles.ts';

/** Nouns and adjectives of thanks, said as exclamations with no verb. */
const THANKS = new Set(['gratitude', 'grateful', 'thanks', 'thank', 'appreciation']);
/** Words opening a relative clause, whose own verb ("Sanctions pressure on Russia, which is necessary …") leaves the
 * main clause verbless. */
const RELATIVES = new Set(['which', 'who', 'whom', 'whose', 'that']);

/** Longer sentences with no verb tagged are more likely mistagged than verbless. */
const MAX_TOKENS = 20;

/**
 * The noun event `match`, whose doer is not named, stands in a short sentence whose main clause has no verb. The
 * tagger may call a verb a noun or an adjective ("A boycott of Israeli goods spread/NOUN across Malaysia", "The
 * arrest … strained/ADJ ties", "The fresh round of sanctions targets/NOUN 144 Russian senators"): an -ed word, a verb
 * whose past is its base form ("spread", "cut", "hit") and a noun followed by an object (a determiner, a number, a
 * pronoun or a name) are taken for verbs.
 */
export function verblessFragment(ctx: SentenceContext, match: Match): boolean {
  const tokens = ctx.doc.tokens;
  if (THANKS.has(tokens[match.trigger]!.lower)) return false;
  if (match.pattern.code.startsWith('04') && match.targets.length > 0) return false;
  if (ctx.sentence.endToken - ctx.sentence.firstToken > MAX_TOKENS) return false;
  for (let k = ctx.sentence.firstToken; k < ctx.sentence.endToken; k++) {
    const t = tokens[k]!;
    // The trigger may be tagged as a verb or a name ("Withdrawal", "Protest"); it is the noun itself.
    if (k === match.trigger) continue;
    if (RELATIVES.has(t.lower) && tokens[k - 1]?.text === ',') return true;
    if (t.pos === 'VERB' || t.pos === 'AUX' || SAME_PARTICIPLE.has(t.lower)) return false;
    if (t.lower.length > 3 && t.lower.endsWith('ed')) return false;
    if (t.pos === 'NOUN' && objectAfter(ctx, k + 1)) return false;
  }
  return true;
}

/** Token `k` opens an object: a determiner, a number, a pronoun or an actor's name. */
function objectAfter(ctx: SentenceContext, k: number): boolean {
  const t = token(ctx, k);
  if (t === undefined) return false;
  if (t.pos === 'DET' || t.pos === 'NUM' || t.pos === 'PRON') return true;
  const m = mentionOf(ctx, k);
  return m !== undefined && m.firstToken === k;
}
