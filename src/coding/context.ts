// A read-only view of one sentence for the coding rules: tokens, and which mention covers each token.
import type { Doc, Mention, Sentence, Token } from '../types.ts';
import type { Addressees } from './imperatives.ts';
import type { ReadoutParties } from './readout-parties.ts';

export interface SentenceContext {
  readonly doc: Doc;
  readonly sentence: Sentence;
  readonly mentions: readonly Mention[];
  /** For each doc token, the index of the mention covering it, or -1. */
  readonly mentionAt: Int32Array;
  /** Who called whom (by country), as established by earlier sentences of the article; appended to. */
  readonly initiatives?: { from: string; to: string }[];
  /** Whom each side last demanded something of, as established by earlier sentences (imperatives.ts); appended to. */
  readonly addressees?: Addressees;
  /** The parties of the call or meeting the article's opening reports (readout-parties.ts); appended to once. */
  readonly readout?: ReadoutParties[];
}

export function mentionIndex(doc: Doc, mentions: readonly Mention[]): Int32Array {
  const at = new Int32Array(doc.tokens.length).fill(-1);
  mentions.forEach((m, index) => {
    for (let t = m.firstToken; t < m.endToken; t++) at[t] = index;
  });
  return at;
}

/**
 * The first token of the sentence that starts at or after character `at` of the sentence (a date's offset, dates.ts);
 * the sentence's end token when none does.
 */
export function tokenAtOffset(ctx: SentenceContext, at: number): number {
  const tokens = ctx.doc.tokens;
  const offset = ctx.sentence.start + at;
  let k = ctx.sentence.firstToken;
  while (k < ctx.sentence.endToken && tokens[k]!.start < offset) k++;
  return k;
}

export function token(ctx: SentenceContext, i: number): Token | undefined {
  return i >= ctx.sentence.firstToken && i < ctx.sentence.endToken ? ctx.doc.tokens[i] : undefined;
}

export function mentionOf(ctx: SentenceContext, i: number): Mention | undefined {
  if (i < ctx.sentence.firstToken || i >= ctx.sentence.endToken) return undefined;
  const m = ctx.mentionAt[i] ?? -1;
  return m >= 0 ? ctx.mentions[m] : undefined;
}

export const isVerb = (t: Token): boolean => t.pos === 'VERB';
export const isPunct = (t: Token): boolean => t.pos === 'PUNCT';
const QUOTE_MARKS = new Set(['"', '“', '”', "'", '‘', '’', '«', '»']);
export const isQuoteMark = (t: Token): boolean => QUOTE_MARKS.has(t.text);
/** A quote mark, including the backticks of ``PTB-style'' quotes: no word of the sentence. */
export const quoteLike = (t: Token): boolean => isQuoteMark(t) || t.text === '`';

/**
 * The token `n` words before `i` in its sentence, not counting quote marks: quoting a phrase ("accused Rwanda of
 * making`` unacceptable accusations'' by alleging") does not move what governs a verb further away.
 */
export function wordsBefore(ctx: SentenceContext, i: number, n: number): number {
  let k = i;
  for (let words = 0; words < n && k > ctx.sentence.firstToken;) if (!quoteLike(ctx.doc.tokens[--k]!)) words++;
  return k;
}

/**
 * The words at `i` are asked: the first end mark after them is a question mark, at the sentence's end or before the
 * quoted question's attribution ('"Why should Ukraine withdraw its troops?" Putin said.'). A question that opens after
 * them, after a colon or a quotation mark, asks something else ("come to the squares to express support and ask: how
 * else can we help?", 'after a strike hit near the memorial, "what is the point …?"').
 */
export function asked(ctx: SentenceContext, i: number): boolean {
  for (let k = i + 1; k < ctx.sentence.endToken; k++) {
    const t = ctx.doc.tokens[k]!;
    if (t.text === '?') return true;
    if (t.text === '.' || t.text === '!' || t.text === ':' || quoteLike(t)) return false;
  }
  return false;
}
