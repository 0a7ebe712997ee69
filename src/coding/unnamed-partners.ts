// "We are negotiating with the world's leading nations", "we have agreed with our partners": the verb names its other
// side after "with", but no actor stands for it. The article's other main side is then no counterpart of "we" (nor
// the last one the speaker spoke with): the act stays the speaker's, with no target, rather than given to a side the
// sentence does not name. One the sentence goes on to name is kept: "discussed with many of our partners, including
// with President Macron".
import type { Actor } from '../types.ts';
import type { SentenceContext } from './context.ts';

/** Words that end the noun phrase after "with". */
const ENDS = new Set(['PUNCT', 'VERB', 'AUX', 'CCONJ', 'SCONJ']);
/** How far the phrase after "with" is read. */
const REACH = 7;

// A module-level constant: tsx compiles a `\p{…}` literal inside a function to `new RegExp(…)`, built at each call.
const UPPER_START = /^\p{Lu}/u;

/** A "with" at token `end` opens a noun phrase of common nouns that holds no actor mention. */
export function unnamedPartnerAfter(ctx: SentenceContext, end: number): boolean {
  const { tokens } = ctx.doc;
  if (end >= ctx.sentence.endToken || tokens[end]?.lower !== 'with') return false;
  let noun = false;
  for (let k = end + 1; k < Math.min(ctx.sentence.endToken, end + REACH); k++) {
    const t = tokens[k]!;
    if (ENDS.has(t.pos) || (t.pos === 'ADP' && t.lower !== 'of')) break;
    // A capitalised word names someone the dictionaries may not know: "we agree with Mr President".
    if (ctx.mentionAt[k]! >= 0 || UPPER_START.test(t.text)) return false;
    noun ||= t.pos === 'NOUN';
  }
  return noun;
}

/** An actor of `side`'s country (or `side` itself) is mentioned in the sentence after token `end`. */
export function namedAfter(ctx: SentenceContext, side: Actor, end: number): boolean {
  for (let k = end; k < ctx.sentence.endToken; k++) {
    const m = ctx.mentionAt[k]!;
    if (m < 0) continue;
    const actor = ctx.mentions[m]!.actor;
    if (actor.code === side.code || (side.country !== null && actor.country === side.country)) return true;
  }
  return false;
}
