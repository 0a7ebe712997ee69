// "The intergovernmental commission plays an important role in strengthening bilateral trade", "The Forum provided a
// platform for strengthening cooperation", "The Summit held in Sochi in 2019 paved the way for expanding cooperation":
// the act a body, a meeting or a thing has a role, a platform or a way in names what it serves, and no side does it
// then. An analyst codes no event (the review sets code none in such sentences). A side as the subject keeps it, its
// own standing act: "the United States plays an extremely important role in supporting Ukraine", "we laid the
// foundation for developing ties".
import { mentionOf, type SentenceContext } from './context.ts';

/** Nouns of a role, a platform or a way that an act is the purpose of. */
const ROLES = new Set(
  `role roles platform venue way basis framework foundation foundations groundwork instrument tool mechanism
  vehicle`.split(/\s+/),
);

/** Words between the role and its act: "a role in strengthening", "a platform for strengthening". */
const LINKS = new Set(['in', 'for']);

/** Words before the role: "an extremely important", "a good", "the". */
const ROLE_MODIFIERS = new Set(['DET', 'ADJ', 'ADV', 'NUM']);

/** Words between the subject and the verb of the role: "has played", "has always played", "also provided". */
const BETWEEN = new Set(['AUX', 'ADV', 'PART']);

/** Pronouns that stand for a side: "we played a key role in". */
const SIDE_PRONOUNS = new Set(['i', 'we', 'you', 'they', 'he', 'she']);

/** Relative pronouns whose antecedent, the word before them, is the subject: "the forum, which provided a platform". */
const RELATIVES = new Set(['which', 'that']);

/** The -ing act at `i` is what a role, a platform or a way of a thing or a body serves: no event. */
export function thingRole(ctx: SentenceContext, i: number): boolean {
  const tokens = ctx.doc.tokens;
  const first = ctx.sentence.firstToken;
  if (!tokens[i]!.lower.endsWith('ing') || !LINKS.has(tokens[i - 1]?.lower ?? '')) return false;
  let k = i - 2;
  if (k < first || !ROLES.has(tokens[k]!.lower)) return false;
  for (k--; k >= first && ROLE_MODIFIERS.has(tokens[k]!.pos) && mentionOf(ctx, k) === undefined; k--);
  // "serves as a platform for": the verb before "as".
  if (tokens[k]?.lower === 'as') k--;
  if (k < first || tokens[k]!.pos !== 'VERB') return false;
  for (k--; k >= first && BETWEEN.has(tokens[k]!.pos); k--);
  if (k < first || mentionOf(ctx, k) !== undefined) return false;
  let subject = tokens[k]!;
  if (RELATIVES.has(subject.lower)) {
    k -= tokens[k - 1]?.text === ',' ? 2 : 1;
    if (k < first || mentionOf(ctx, k) !== undefined) return false;
    subject = tokens[k]!;
  }
  if (SIDE_PRONOUNS.has(subject.lower)) return false;
  return (
    subject.pos === 'NOUN' ||
    subject.pos === 'NUM' ||
    subject.pos === 'PROPN' ||
    subject.lower === 'it' ||
    subject.lower === 'this'
  );
}
