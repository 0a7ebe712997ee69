// "Nevertheless, the US did what it did – withdrew from the treaty": a verb right after a dash, with no subject of
// its own, restates or completes the predicate before the dash, so its doer is the subject of a verb there. Without
// this the subject search, which does not stop at a dash, took the nearest pronoun ("it", of the relative "what it
// did") and, left unresolved, gave the act to the quote's speaker. A second dash before it ("Bartholomew – the
// spiritual head of Orthodoxy – criticized Kirill") opens an aside whose subject stands before it, which the
// ordinary search already finds; a participle with "by" ("– destroyed by Russian missiles") is a passive of its own.
import type { Mention } from '../types.ts';
import { mentionOf, token, type SentenceContext } from './context.ts';

const DASHES = new Set(['-', '–', '—', '--']);

/**
 * The subject of the clause before the dash right before the finite verb at `i` (the nearest verb there with a
 * named subject), or null when no dash stands right before it or no verb before the dash has one.
 */
export function subjectBeforeDash(
  ctx: SentenceContext,
  i: number,
  subjectOf: (ctx: SentenceContext, i: number) => Mention[],
): Mention[] | null {
  const t = ctx.doc.tokens[i]!;
  if (t.pos !== 'VERB' || t.lower === t.lemma || t.lower.endsWith('ing') || token(ctx, i + 1)?.lower === 'by')
    return null;
  let dash = i - 1;
  while (dash > ctx.sentence.firstToken && token(ctx, dash)!.pos === 'ADV') dash--;
  if (!dashAt(ctx, dash)) return null;
  const start = ctx.sentence.firstToken;
  for (let k = start; k < dash; k++) if (dashAt(ctx, k)) return null;
  for (let v = dash - 1; v >= start; v--) {
    const pos = ctx.doc.tokens[v]!.pos;
    if (pos !== 'VERB' && pos !== 'AUX') continue;
    const subject = subjectOf(ctx, v);
    if (subject.length > 0) return subject;
  }
  return null;
}

/** A dash set off by a space on either side ("did– withdrew", "leaders – the presidents"); not the hyphen of
 * "so-called", glued to the words on both sides. */
export function dashAt(ctx: SentenceContext, k: number): boolean {
  const t = token(ctx, k);
  if (t === undefined || !DASHES.has(t.text) || mentionOf(ctx, k) !== undefined) return false;
  const before = token(ctx, k - 1);
  const after = token(ctx, k + 1);
  return before === undefined || after === undefined || before.end < t.start || after.start > t.end;
}

/**
 * "Nationalists, neo-Nazis – it is hard to call them anything else – shoot …": when the token at `k` closes an aside
 * between two dashes, the index of the last token before the aside's opening dash; else `k` itself. A search for the
 * subject of the verb after the aside looks there.
 */
export function beforeDashAside(ctx: SentenceContext, k: number): number {
  if (!dashAt(ctx, k)) return k;
  for (let j = k - 1; j > ctx.sentence.firstToken; j--) if (dashAt(ctx, j)) return j - 1;
  return k;
}
