// A value worked out once per sentence for all of that sentence's events, remembering the last sentence only.
import type { SentenceContext } from './context.ts';

/**
 * `compute` for the context's sentence, worked out again only when the sentence changes. A sentence's events are
 * made one after another (codeEvents codes a sentence at a time), so one remembered sentence serves them all, and
 * unlike a WeakMap it makes no entry per sentence (the date cache's `WeakMap.set` alone was a quarter of a percent
 * of the pipeline). A sentence asked about again after another is computed again: the same value, by identity of the
 * sentence record, whatever was asked in between.
 */
export function perSentence<T>(compute: (ctx: SentenceContext) => T): (ctx: SentenceContext) => T {
  let sentence: object | null = null;
  let value: T;
  return (ctx) => {
    if (ctx.sentence !== sentence) {
      value = compute(ctx);
      sentence = ctx.sentence;
    }
    return value;
  };
}
