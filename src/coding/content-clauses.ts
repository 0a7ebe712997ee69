// "that" opening a content clause: the clause a verb of saying or demanding takes ("demands that Russia withdraw").
import { DEMAND_VERBS } from './lexicon.ts';
import { mentionOf, token, type SentenceContext } from './context.ts';
import { isPossessiveMark } from './match.ts';

/**
 * The token at `that` is "that" and the next one opens a clause with a subject of its own: an actor, a determiner,
 * a proper noun or a pronoun ("that Russia withdraw", "that the troops leave", "that we talk"). Not a relative whose
 * verb follows at once ("the demands that were rejected"). The tagger reads "that" after a verb it took for a plural
 * noun ("Ukraine demands/NOUN that/PRON Russia …") as a pronoun, so the clause is told by what follows.
 */
export function clauseAfterThat(ctx: SentenceContext, that: number): boolean {
  if (ctx.doc.tokens[that]?.lower !== 'that' || that + 1 >= ctx.sentence.endToken) return false;
  const opener = ctx.doc.tokens[that + 1]!;
  return ctx.mentionAt[that + 1]! >= 0 || opener.pos === 'DET' || opener.pos === 'PROPN' || opener.pos === 'PRON';
}

/**
 * An actor mention ends at token `k` in a noun: "Russia", "the official" (which the tagger may call an adjective);
 * not a capitalised adjective of origin ("Israeli") nor a possessive ("Russia's").
 */
export function nounSubjectEndsAt(ctx: SentenceContext, k: number): boolean {
  const m = mentionOf(ctx, k);
  const t = ctx.doc.tokens[k]!;
  const noun = t.pos === 'NOUN' || t.pos === 'PROPN' || (t.pos === 'ADJ' && t.text === t.lower);
  return m !== undefined && m.endToken === k + 1 && noun && !isPossessiveMark(t);
}

/**
 * "that" at `that` opens the clause a verb of demanding asks for: "demanded that the US cancel", "Ukraine demands/NOUN
 * that Russia withdraw" (an -s form the tagger calls a noun, right after its subject). Not a noun's relative clause:
 * "Ukraine's demands that …", "the requests that Kyiv sent".
 */
export function demandedClause(ctx: SentenceContext, that: number): boolean {
  const verb = token(ctx, that - 1);
  if (verb === undefined || !DEMAND_VERBS.has(verb.lemma) || !clauseAfterThat(ctx, that)) return false;
  return verb.pos === 'VERB' || (verb.lower.endsWith('s') && nounSubjectEndsAt(ctx, that - 2));
}
