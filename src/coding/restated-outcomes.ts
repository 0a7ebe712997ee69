// Outcomes of talks referred back to, no new event: "the issues we discussed at today's meeting", "the agreements we
// reached earlier", "the Treaty on Friendly Relations that we signed several years ago", "contacts regarding the issues
// discussed during the conversation". A verb of talking, agreeing or signing inside a relative clause (or a participle)
// that modifies the thing talked about, agreed or signed names that thing by its history; the talks or the signing
// are reported, if at all, where the article tells them. The clause's noun must be such an outcome or topic, so a
// main verb after a plural subject ("the parties discussed a set of steps") is not taken for one.
import type { SentenceContext } from './context.ts';
import { mentionOf } from './context.ts';
import type { Match } from './match.ts';

/** Verbs of talking, agreeing or signing whose object is a topic or an outcome. */
const OUTCOME_VERBS = new Set(['discuss', 'reach', 'sign', 'agree', 'touch', 'raise', 'achieve', 'conclude', 'adopt']);

/** Nouns naming what talks were about or produced. */
export const OUTCOME_NOUNS = new Set(
  `issue issues matter matters topic topics question questions subject subjects agreement agreements accord accords
  arrangement arrangements understanding understandings deal deals document documents treaty treaties declaration
  declarations statement statements memorandum memorandums memoranda decision decisions contract contracts plan plans
  project projects roadmap initiatives initiative everything all`.split(/\s+/),
);

/** Subjects of the relative clause: "we", "they", "I". */
const SUBJECT_PRONOUNS = new Set(['we', 'they', 'i', 'you', 'he', 'she']);

/** Words between the subject and the verb: "we have just signed", "we had already reached". */
const AUXILIARIES = new Set(['have', 'has', 'had', 'just', 'already', 'recently', 'previously', 'earlier', 'jointly']);

/** Words a participle may be followed by in a noun's modifier: "discussed during", "reached today", "signed in May". */
const AFTER_PARTICIPLE = new Set(['ADP', 'ADV', 'PUNCT', 'NUM']);

/**
 * An outcome noun of the sentence at `k` that is no actor. A module function, not a named closure in
 * `restatedOutcome`: under tsx every named closure made costs a `__name` call (Object.defineProperty).
 */
function outcomeNoun(ctx: SentenceContext, k: number): boolean {
  return k >= ctx.sentence.firstToken && OUTCOME_NOUNS.has(ctx.doc.tokens[k]!.lower) && mentionOf(ctx, k) === undefined;
}

/** The verb at `match.trigger` is in a clause modifying an outcome noun before it: no new event. */
export function restatedOutcome(ctx: SentenceContext, match: Match): boolean {
  if (match.pattern.noun || !/^(?:03|04|057)/.test(match.pattern.code)) return false;
  const tokens = ctx.doc.tokens;
  const i = match.trigger;
  if (!OUTCOME_VERBS.has(tokens[i]!.lemma)) return false;
  // "the issues discussed during the conversation": a participle right after the noun, with no object of its own. Not
  // with its parties named ("a deal agreed between Finland, Sweden and Turkey cleared the way"): that reports the deal.
  const next = tokens[i + 1];
  if (
    tokens[i]!.lower.endsWith('ed') &&
    outcomeNoun(ctx, i - 1) &&
    (next === undefined || AFTER_PARTICIPLE.has(next.pos))
  )
    return !/^(?:by|with|between|among)$/.test(next?.lower ?? '');
  // "the agreements (that) we (have) reached": a subject, then the noun, with an optional "that"/"which".
  // "Another issue we agreed on is the supply of electricity": the clause heads a copula that says what was agreed,
  // so the sentence reports the agreement rather than referring back to it.
  const after = tokens[i + 1]?.pos === 'ADP' ? tokens[i + 2] : tokens[i + 1];
  if (after !== undefined && after.lemma === 'be' && i + 1 < ctx.sentence.endToken) return false;
  let k = i - 1;
  while (k > ctx.sentence.firstToken && AUXILIARIES.has(tokens[k]!.lower)) k--;
  if (!SUBJECT_PRONOUNS.has(tokens[k]?.lower ?? '')) return false;
  k--;
  if (tokens[k]?.lower === 'that' || tokens[k]?.lower === 'which') k--;
  return outcomeNoun(ctx, k);
}
