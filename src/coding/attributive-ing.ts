// "head of our negotiating team", "repressive measures by Russian occupying authorities", "a volunteer Belarusian
// fighting force": an -ing form between a possessive or a nationality adjective and a noun of a body of people
// describes that body (what it is for, what it does as a rule); it reports no act of the day. (After an article or
// "'s" the tagger's -ing form is already read so: sentence-matches.ts.)
import { mentionOf, token, type SentenceContext } from './context.ts';
import { POSSESSIVE_PRONOUNS } from './lexicon.ts';

/** Heads of a body of people an -ing form may describe ("negotiating team", "occupying authorities"). */
const BODIES = new Set(
  'team teams force forces troops army armies authorities authority side sides party parties delegation delegations group groups unit units personnel regime administration countries states nations powers partners'.split(
    ' ',
  ),
);
/** Endings of nationality adjectives ("Russian", "Belarusian", "Chinese", "British", "French", "Israeli"); not of
 * country names in -stan or "Iran", which may be the subject of the -ing verb ("Iran supporting militias"). */
const NATIONALITY = /^[A-Z].*(?:ian|ean|can|man|ese|ish|ch|i)$/;

/** The -ing verb at `i` is a modifier of the body of people after it. */
export function attributiveIng(ctx: SentenceContext, i: number): boolean {
  const t = ctx.doc.tokens[i]!;
  if (t.pos !== 'VERB' || !t.lower.endsWith('ing')) return false;
  const next = token(ctx, i + 1);
  if (next?.pos !== 'NOUN' || !BODIES.has(next.lower)) return false;
  const before = token(ctx, i - 1);
  if (before === undefined) return false;
  // "her" may be an object ("saw her attacking troops"): only unambiguous possessives.
  if (POSSESSIVE_PRONOUNS.has(before.lower)) return before.lower !== 'her';
  const m = mentionOf(ctx, i - 1);
  return m !== undefined && m.endToken === i && NATIONALITY.test(before.text);
}
