// A verb's word as the first part of a hyphenated compound is no verb: "the Lend-Lease Act", "Lend-lease will help
// Ukraine survive", "to update the 1941 lend-lease legislation", "torture-based interrogations". The compound names a
// law, a programme or a kind of thing, and its first word acts on no one (session 33: 6 corpus events, all wrong).
// Only when the hyphen touches both words: "supply - and demand" or a dash between words ("attacked – and lost")
// leaves the verb.
import type { SentenceContext } from './context.ts';

/** The word at `i` is joined by a hyphen, with no space, to the word after it: "Lend-Lease", "torture-based". */
export function compoundHead(ctx: SentenceContext, i: number): boolean {
  const tokens = ctx.doc.tokens;
  const t = tokens[i]!;
  const hyphen = tokens[i + 1];
  const next = tokens[i + 2];
  if (hyphen === undefined || next === undefined || i + 2 >= ctx.sentence.endToken) return false;
  return hyphen.text === '-' && hyphen.start === t.end && next.start === hyphen.end && /^[A-Za-z]/.test(next.text);
}
