// "If we talk about the conflict in Ukraine, we need to look back to 2021, when Russia sent proposals …", "if we look
// at the national legislation, they are not violating anything": an if-clause whose verb is the speaker's own talking
// or looking frames the topic of what follows; it sets no condition on the main clause's acts.
import type { SentenceContext } from './context.ts';

/** Speakers of a discourse frame: "if we talk about", "if you look at". */
const FRAMERS = new Set(['we', 'you', 'i', 'one']);
/** Verbs of talking or looking that frame a topic. */
const FRAMING = new Set(['talk', 'speak', 'look', 'recall', 'remember', 'compare']);
/** Of those, the ones that frame only with their topic word: "talk about", "speak of", "look at". */
const TOPIC_VERBS = new Set(['talk', 'speak', 'look']);
const TOPIC_WORDS = new Set(['about', 'of', 'at']);

/**
 * The "if" at `k` opens a discourse frame ("if we talk about", "if we are talking about", "if you look at") that closes
 * at a comma before the act at `trigger`.
 */
export function discourseFrame(ctx: SentenceContext, k: number, trigger: number): boolean {
  const tokens = ctx.doc.tokens;
  if (tokens[k]!.lower !== 'if' || !FRAMERS.has(tokens[k + 1]?.lower ?? '')) return false;
  let v = k + 2;
  if (/^(?:are|am|'re|’re)$/.test(tokens[v]?.lower ?? '')) v++;
  if (!FRAMING.has(tokens[v]?.lemma ?? '')) return false;
  // "if we talk to Russia" is a condition; "if we talk about", "if you look at" frame a topic.
  if (TOPIC_VERBS.has(tokens[v]!.lemma) && !TOPIC_WORDS.has(tokens[v + 1]?.lower ?? '')) return false;
  for (let c = v + 1; c < trigger; c++) if (tokens[c]!.text === ',') return true;
  return false;
}
