// Content no one vouches for: "Lavrov did not say that Russia attacked Ukraine", "We have never said that we wanted
// to fight", "Kyiv has not confirmed it struck the depot", "confirmed the ship was damaged but not that it was hit". The act in the complement of a negated saying is neither
// reported nor denied by the sentence: hypothetical. So is what a fact is denied to mean: "this does not mean that
// Europe will refuse to support Ukraine". (A negation inside the content, "said that Russia did not
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
/** Verbs by which a fact implies another: "this does not mean that Europe will stop supporting Ukraine". */
const MEANING = new Set(['mean', 'imply']);
/** How far before the saying its negator may stand: "has never", "did not even". */
const REACH = 3;

/** The cue when the act at `trigger` is the content of a negated saying; else null. */
export function unsaidContent(ctx: SentenceContext, trigger: number): string | null {
  const tokens = ctx.doc.tokens;
  const start = clauseStart(ctx, trigger);
  let verb = -1;
  const but = butNotThat(ctx, trigger);
  if (but >= 0) return elidedSaying(ctx, but);
  if (tokens[start - 1]?.lower === 'that') verb = pastDegree(ctx, start - 2);
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
  const says = SPEECH_VERBS.has(saying.lemma) || MEANING.has(saying.lemma);
  if (saying.pos !== 'VERB' || !says || BELIEVING.has(saying.lemma)) return null;
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

/** Words that may stand between "that" and the act: its subject and auxiliaries ("that it was hit"). */
const CONTENT_WORDS = /^(?:PRON|PROPN|NOUN|DET|ADJ|AUX|ADV|PART|NUM)$/;

/**
 * "confirmed the ship was damaged but not that it was hit": the saying left out after "but not" is the one before.
 * The index of "but" when the act's clause opens with "but not that", else -1.
 */
function butNotThat(ctx: SentenceContext, trigger: number): number {
  const tokens = ctx.doc.tokens;
  for (let k = trigger - 1; k >= Math.max(ctx.sentence.firstToken + 2, trigger - 8); k--) {
    const t = tokens[k]!;
    if (t.lower === 'that') return tokens[k - 1]!.lower === 'not' && tokens[k - 2]!.lower === 'but' ? k - 2 : -1;
    if (!CONTENT_WORDS.test(t.pos)) return -1;
  }
  return -1;
}

/** "confirmed X but not that …": the saying of the clause before "but" (at `but`), denied of the content after it. */
function elidedSaying(ctx: SentenceContext, but: number): string | null {
  const tokens = ctx.doc.tokens;
  for (let k = but - 1; k >= ctx.sentence.firstToken; k--) {
    const t = tokens[k]!;
    if (t.text === ';' || t.text === ':') return null;
    if (t.pos === 'VERB' && SPEECH_VERBS.has(t.lemma) && !BELIEVING.has(t.lemma)) return `but not ${t.lower}`;
  }
  return null;
}

/** "does not mean at all that": the verb before "at all" (at `k` its "all"), else `k`. */
function pastDegree(ctx: SentenceContext, k: number): number {
  const tokens = ctx.doc.tokens;
  return tokens[k]?.lower === 'all' && tokens[k - 1]?.lower === 'at' ? k - 2 : k;
}
