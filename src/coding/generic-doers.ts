// Acts of no one in particular, no event: "Glory to everyone who defends Ukraine!", "I am grateful to everyone who
// supports us", "all those who supported the team", "hundreds of thousands of those who are fighting", "against those
// who are threatening us". A relative clause on "those", "everyone", "anyone" or "all" describes whoever does the
// act, a class of people rather than an actor doing something at a time, so an analyst codes nothing for it (the
// thanks or the glory, if coded, are events of their own). A charge or rejection read from such a clause is the
// speaker's judgement and stays ("targeting those who bear responsibility for the aggression" is an accusation by
// the speaker, as the review set codes it).
import { mentionOf, type SentenceContext } from './context.ts';

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

/**
 * Nouns of a class of states, firms or peoples that a reduced relative describes rather than names: "the countries
 * supporting Ukraine", "a coalition supporting Ukraine", "companies cooperating with Russia". Not nouns of parties
 * ("both sides emphasising …": the readout's two) nor of things ("laws banning imports", "sessions condemning …").
 */
const CLASS_HEADS = new Set([
  'countries',
  'nations',
  'states',
  'governments',
  'companies',
  'firms',
  'businesses',
  'coalition',
]);
/** Words that open the noun phrase before its head: "the countries", "all nations", "an international coalition". */
const PHRASE_OPENERS = new Set(['DET', 'ADJ', 'NUM']);

/**
 * "The countries supporting Ukraine met in Ramstein", "Zelensky thanked the nations helping Ukraine", "the coalition
 * supporting Ukraine": an -ing form right after a noun of a class of states or firms is a reduced relative clause on
 * that noun, whose doer is the class (not the clause's subject), so no one in particular. Not when the class is one a
 * named actor belongs to ("Germany is one of many countries helping Ukraine", "joined a range of countries imposing
 * sanctions"): an "of" before the phrase makes the actor one of the doers.
 */
export function genericParticipleDoer(ctx: SentenceContext, i: number): boolean {
  const tokens = ctx.doc.tokens;
  const verb = tokens[i]!;
  const head = tokens[i - 1];
  if (verb.pos !== 'VERB' || !verb.lower.endsWith('ing') || head === undefined || i - 1 < ctx.sentence.firstToken)
    return false;
  if (!CLASS_HEADS.has(head.lower) || mentionOf(ctx, i - 1) !== undefined) return false;
  let k = i - 2;
  while (k >= ctx.sentence.firstToken && PHRASE_OPENERS.has(tokens[k]!.pos) && mentionOf(ctx, k) === undefined) k--;
  return k < ctx.sentence.firstToken || tokens[k]!.lower !== 'of';
}
