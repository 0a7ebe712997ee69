// Nouns the tagger reads as verbs, no verb event: "it costs 500,000 rubles per convict", "The supports are as high
// as a building", "despite calls for calm", "decisions on Lend-Lease", "thanked the Poles for their help to
// refugees". A base or -s form right after an article, an unambiguous possessive or a preposition that takes a noun
// phrase heads that noun phrase: no finite verb stands there. Its event noun patterns are tried instead ("calls for",
// "help to"). A word whose act is coded with no object at all names that act as a noun as well ("died as a result of
// torture") and keeps its reading (sentence-matches.ts). Participles (-ed, -ing) are left to their own tests
// (sentence-matches.ts, attributive-ing.ts): "16,000 killed", "by starting a war" are verbs. Not "this", "that",
// "all", "both" or "her", which may be a subject or an object before a verb ("This helps Ukraine", "let her help"),
// and not the particles and "as" of verb groups ("deep down want Russia to …", "as well as help Ukraine"). "to" is
// such a preposition before an -s form only ("with respect to loans"), which no infinitive takes.
import { token, type SentenceContext } from './context.ts';

/** Words after which a base or -s form opens or heads a noun phrase. */
const DETERMINERS = new Set(
  `a an the every each no its their our his my your per of for in on under about with despite from into at after
  before without against among between during through within toward towards`.split(/\s+/),
);

/** The verb-tagged word at `i` heads a noun phrase after a determiner or a preposition (above). */
export function determinedNoun(ctx: SentenceContext, i: number): boolean {
  const t = ctx.doc.tokens[i]!;
  if (t.pos !== 'VERB' || t.lower.endsWith('ed') || t.lower.endsWith('ing')) return false;
  const before = token(ctx, i - 1);
  if (before === undefined) return false;
  // "with respect to loans, borrowings and …", "in addition to attacks": an -s form is never the bare verb of an
  // infinitive, so "to" before it is the preposition (session 33).
  if (before.lower === 'to') return t.lower.endsWith('s') && t.lower !== t.lemma;
  return DETERMINERS.has(before.lower);
}
