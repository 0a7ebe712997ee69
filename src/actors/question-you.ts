// "Question: Yesterday you spoke with the German Chancellor. What did you agree on? Vladimir Putin: …": in a
// transcript's question that one speaker answers, "you" and "your" are that speaker, as an address's "you" is its
// audience (audience-you.ts, with its exceptions: "you know", a "you" of anyone, a vocative's person). Before, the
// question's acts had no doer.
import type { Doc, Mention, Quote } from '../types.ts';
import type { AnsweredQuestion } from '../quotes/turns.ts';
import { withAudience } from './audience-you.ts';

/** The mentions with each answered question's "you" and "your" added as its answerer. */
export function withQuestionAddressees(
  doc: Doc,
  mentions: readonly Mention[],
  quotes: readonly Quote[],
  questions: readonly AnsweredQuestion[],
): Mention[] {
  let result = [...mentions];
  for (const q of questions) {
    const span: Quote = { text: doc.article.text.slice(q.start, q.end), start: q.start, end: q.end, speaker: null };
    result = withAudience(doc, result, quotes, span, q.answerer, new Set(q.named));
  }
  return result;
}
