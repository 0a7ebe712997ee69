// Content no one vouches for: "Lavrov did not say that Russia attacked Ukraine", "We have never said that we wanted
// to fight", "Kyiv has not confirmed it struck the depot". The act in the complement of a negated saying is neither
// reported nor denied by the sentence: hypothetical. (A negation inside the content, "said that Russia did not
// attack", is the content's own; "not only said that …" negates nothing; "does not believe that …" denies.)
import type { SentenceContext } from './context.ts';
import { NEGATORS, SPEECH_VERBS } from './lexicon.ts';
import { clauseStart } from './roles.ts';

/** Words after a negator that leave the saying done: "not only said", "cannot but note", "did not just say". */
const NOT_NEGATING = new Set(['only', 'but', 'just', 'merely', 'simply']);
/** Verbs of belief: "does not believe Beijing has provided weapons" denies the act, read as the negation reads it. */
const BELIEVING = new Set(['believe', 'think']);
/** Words that close the content before the act: a comma, a relative pronoun. */
const CLOSING = new Set([',', ';', 'who', 'which', 'whose']);
/** How far before the saying its negator may stand: "has never", "did not even". */
const REACH = 3;

/** The cue when the act at `trigger` is the content of a negated saying; else null. */
export function unsaidContent(ctx: SentenceContext, trigger: number): string | null {
  const tokens = ctx.doc.tokens;
  const start = clauseStart(ctx, trigger);
  let verb = -1;
  if (tokens[start - 1]?.lower === 'that') verb = start - 2;
  else {
    // "did not say Russia attacked": the saying heads the act's own clause.
    for (let k = trigger - 1; k >= start; k--) {
      if (tokens[k]!.pos === 'VERB') {
        verb = k;
        break;
      }
    }
  }
  const saying = tokens[verb];
  if (verb < ctx.sentence.firstToken || saying === undefined) return null;
  if (saying.pos !== 'VERB' || !SPEECH_VERBS.has(saying.lemma) || BELIEVING.has(saying.lemma)) return null;
  // "do not state that …, we never agreed to this": a later clause, or a relative one inside the content, is not it.
  for (let k = verb + 1; k < trigger; k++) if (CLOSING.has(tokens[k]!.lower)) return null;
  for (let k = verb - 1; k >= Math.max(ctx.sentence.firstToken, verb - REACH); k--) {
    const t = tokens[k]!;
    if (NEGATORS.has(t.lower)) {
      const next = tokens[k + 1]!.lower;
      return NOT_NEGATING.has(next) ? null : `${t.lower} ${saying.lower}`;
    }
    if (t.pos !== 'AUX' && t.pos !== 'ADV' && t.pos !== 'PART') return null;
  }
  return null;
}
