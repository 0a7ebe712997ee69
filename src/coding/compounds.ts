// Two actors joined by a hyphen in front of an event noun: "Russian-Belarusian talks", "the EU-Ukraine summit",
// "the NATO-Russia Council meeting". The compound names both parties of the meeting, not one actor modifying it,
// so a consultation or agreement the noun names is between the two of them (each acting on the other). Only when the
// sentence reports the meeting: as a subject or object ("US-Russia talks are under way", "we held the Ukraine-EU
// summit") or as the time of what it tells ("Speaking after the NATO-Ukraine summit", "during Russian-Belarusian talks");
// a meeting named after another preposition is context ("a settlement in U.S.-Soviet nuclear talks", "in follow-up
// to the Russian-Belarusian talks held on April 12").
import type { Mention } from '../types.ts';
import { mentionOf, token, type SentenceContext } from './context.ts';

const HYPHENS = new Set(['-', '‐', '‑', '–']);
/** Prepositions that date what the sentence tells by the meeting: the meeting is reported too. */
const TIME_OF = new Set(['after', 'following', 'during', 'at']);

/**
 * The two parties of an event noun at token `noun` when a hyphenated pair of actors modifies it ("Russian-Ukrainian
 * talks"); empty otherwise. Only adjectives may stand between the pair and the noun ("US-Russia strategic talks"), and
 * the hyphen must join the two names with no space: "Russia - and Belarus" is no compound.
 */
export function hyphenatedParties(ctx: SentenceContext, noun: number): Mention[] {
  let k = noun - 1;
  while (token(ctx, k)?.pos === 'ADJ' && mentionOf(ctx, k) === undefined) k--;
  const second = mentionOf(ctx, k);
  if (second === undefined) return [];
  const dash = token(ctx, second.firstToken - 1);
  const first = mentionOf(ctx, second.firstToken - 2);
  if (dash === undefined || first === undefined || !HYPHENS.has(dash.text)) return [];
  const before = ctx.doc.tokens[first.endToken - 1]!;
  const after = ctx.doc.tokens[second.firstToken]!;
  if (before.end !== dash.start || dash.end !== after.start) return [];
  // "Russia-Russia" or "US-American" names one side twice: no pair.
  const key = (m: Mention): string => m.actor.country ?? m.actor.code;
  if (key(first) === key(second) || context(ctx, first.firstToken)) return [];
  return [first, second];
}

/** The noun phrase starting before token `k` is the object of a preposition that makes it context. */
function context(ctx: SentenceContext, k: number): boolean {
  let j = k - 1;
  while (/^(?:DET|ADJ|NUM|PROPN)$/.test(token(ctx, j)?.pos ?? '') && mentionOf(ctx, j) === undefined) j--;
  const t = token(ctx, j);
  return t !== undefined && t.pos === 'ADP' && !TIME_OF.has(t.lower);
}
