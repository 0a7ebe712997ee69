// "WATCH: FBI TALKS CHINA'S THREAT TO U.S.", "Biden talks the economy": "talks" with a name for its subject and a
// direct object after it is the verb "to talk (about) something", a headline's "discusses", not the noun "talks"
// held between the two names. No consultation between the subject and the object's owner is coded. The noun after a
// name ("the Russia talks with Iran", "Ukraine talks in Geneva") has a determiner before the name or a preposition,
// a verb or the end of the sentence after it, and stays.
import type { SentenceContext } from './context.ts';
import { mentionOf } from './context.ts';
import type { Match } from './match.ts';
import { isPossessiveMark } from './match.ts';

/** Words before a name that make "NAME talks" a noun phrase: "the Ukraine talks", "at Russia talks", "our Iran talks". */
const NOMINAL_BEFORE = new Set(['DET', 'ADJ', 'ADP', 'NUM', 'PRON']);

/** The noun "talks" at the match's trigger is a verb: a bare name before it and a direct object after it. */
export function verbalTalks(ctx: SentenceContext, match: Match): boolean {
  const tokens = ctx.doc.tokens;
  const i = match.trigger;
  if (tokens[i]!.lower !== 'talks') return false;
  const subject = mentionOf(ctx, i - 1);
  if (subject === undefined) return false;
  const before = tokens[subject.firstToken - 1];
  if (before !== undefined && subject.firstToken > ctx.sentence.firstToken) {
    if (NOMINAL_BEFORE.has(before.pos) || isPossessiveMark(before)) return false;
  }
  // The object: a possessive name ("CHINA'S THREAT") or a determiner's noun phrase ("the economy").
  const object = mentionOf(ctx, i + 1);
  if (object !== undefined) {
    const mark = tokens[object.endToken];
    return mark !== undefined && isPossessiveMark(mark);
  }
  return tokens[i + 1]?.pos === 'DET' && /^(?:the|a|an)$/.test(tokens[i + 1]!.lower);
}
