// "This helped Ukrainian citizens fleeing the war", "valuable resources that have helped Russia resist the western
// sanctions", "taxes that help Russian aggression": a thing as the subject of "help" names an effect, not aid. No one
// gives anything, so an analyst codes no event (aid, 07, is coded from a giver). "Our efforts helped the Syrian
// government", "Poland's decision helped …" name a side's own act and stay; so does help whose doer the clause names,
// and "This will help Ukraine", a forecast (forecasts.ts).
import type { SentenceContext } from './context.ts';
import { mentionOf } from './context.ts';
import { FUTURE } from './lexicon.ts';
import { isPossessiveMark } from './match.ts';

/** Verbs of help whose subject may be a thing. */
const HELPING = new Set(['help', 'assist']);

/**
 * Words that may stand between the subject and the verb: "has largely helped", "that have helped", "does not help".
 * Not "to": the subject of "measures to help Buryatia", "it is one thing to help Ukraine" is not the word before it.
 */
const BETWEEN = new Set(['ADV', 'AUX', 'PART']);

/** Pronouns that stand for a thing: "This helped Ukrainian citizens". */
const THING_PRONOUNS = new Set(['this', 'it']);

/** Relative pronouns whose antecedent, the word before them, is the subject: "resources that have helped Russia". */
const RELATIVES = new Set(['that', 'which']);

/**
 * Things that help: revenues, money, goods, weapons, measures and the weather. Not people or bodies ("the world",
 * "partners", "companies that help Russia"), who may give aid, nor "efforts" or "initiatives", which are someone's.
 */
const THINGS = new Set(
  `resources revenues revenue income profits funding funds money loans loan taxes tax prices price oil gas exports
  imports supplies weapons vehicles equipment systems system sanctions measures decision decisions weather winter frost
  economy technology technologies`.split(/\s+/),
);

/** Possessive words that make a noun a side's own act: "our efforts", "their decision". */
const OWNERS = new Set(['our', 'their', 'its', 'his', 'her', 'my', 'your']);

/** The noun phrase ending at `head` belongs to a side: a possessive or an actor before its nouns and adjectives. */
export function ownedPhrase(ctx: SentenceContext, head: number): boolean {
  const tokens = ctx.doc.tokens;
  let k = head;
  while (
    k > ctx.sentence.firstToken &&
    /^(?:NOUN|ADJ)$/.test(tokens[k - 1]!.pos) &&
    mentionOf(ctx, k - 1) === undefined
  )
    k--;
  const before = tokens[k - 1];
  if (before === undefined || k - 1 < ctx.sentence.firstToken) return false;
  return OWNERS.has(before.lower) || isPossessiveMark(before) || mentionOf(ctx, k - 1) !== undefined;
}

/** The verb of help at `i`, not future, has a thing for its subject (THINGS, no side owning it, or this/it). */
export function thingHelped(ctx: SentenceContext, i: number): boolean {
  const tokens = ctx.doc.tokens;
  if (!HELPING.has(tokens[i]!.lemma)) return false;
  const first = ctx.sentence.firstToken;
  let k = i - 1;
  for (let steps = 0; k >= first && steps < 4 && BETWEEN.has(tokens[k]!.pos); k--, steps++)
    if (FUTURE.has(tokens[k]!.lower) || tokens[k]!.lower === 'to') return false;
  if (k < first || mentionOf(ctx, k) !== undefined) return false;
  if (THING_PRONOUNS.has(tokens[k]!.lower)) return true;
  const head = RELATIVES.has(tokens[k]!.lower) ? k - 1 : k;
  if (head < first || mentionOf(ctx, head) !== undefined) return false;
  return THINGS.has(tokens[head]!.lower) && !ownedPhrase(ctx, head);
}
