// "Deny" in the sense of withholding or refusing to acknowledge, no denial (CAMEO 016 denies a charge, a report or a
// responsibility): "determined to deny Putin victory", "is denying Kyiv the strike capability it needs", "denied
// Russian President Vladimir Putin one of his key war aims", "deny Russian ships access to the ports" (something kept
// from a side: a second object after the side, or a thing one wins or is let in to), and "denied Ukraine's right to
// exist", "denies the existence of the Ukrainian state", "denied their very being" (a side's right or existence
// disputed, a judgement of it, no charge answered). "Russia denied allegations of war crimes", "the Kremlin denies any
// connection to it", "Zelensky denied any knowledge of the correspondence" stay denials (session 33).
import { mentionOf, type SentenceContext } from './context.ts';
import { isPossessiveMark, type Match } from './match.ts';

/** What is kept from a side or disputed of it, rather than a charge denied. */
const WITHHELD = new Set(
  `right rights existence being access victory win chance chances opportunity opportunities entry capability
  capabilities aim aims goal goals success statehood identity`.split(/\s+/),
);

/** Words of the object's phrase before its head: "the", "one of his key early", "Ukraine's". */
const PHRASE_POS = new Set(['DET', 'ADJ', 'NUM', 'PRON', 'ADV', 'NOUN', 'PROPN']);

/** Object pronouns, which as the first object leave room for a second: "deny them access". */
const OBJECT_PRONOUNS = new Set(['him', 'her', 'them', 'us', 'me']);

/** How far the object's words may run after the verb. */
const REACH = 10;

/** The denial at `match` withholds something from a side or disputes a side's right or existence: no event. */
export function withheldNotDenied(ctx: SentenceContext, match: Match): boolean {
  if (match.pattern.code !== '016') return false;
  const tokens = ctx.doc.tokens;
  const verb = match.trigger;
  if (tokens[verb]!.lemma !== 'deny') return false;
  const end = Math.min(ctx.sentence.endToken, verb + 1 + REACH);
  for (let k = verb + 1; k < end; k++) {
    const t = tokens[k]!;
    const mention = mentionOf(ctx, k);
    // "the existence of the Ukrainian state": the head before "of" decides.
    if (mention === undefined && WITHHELD.has(t.lower)) return true;
    // A side, then a second object right after it: "denying Kyiv the capability", "deny Putin victory".
    // A side named by a noun or a name, not an adjective of origin ("denied Russian involvement" is one object).
    const last = mention !== undefined ? lastTokenOf(ctx, k) : k;
    const side = (mention !== undefined && tokens[last]!.pos !== 'ADJ') || OBJECT_PRONOUNS.has(t.lower);
    if (side && k === verb + 1 + leadingDeterminers(ctx, verb + 1)) {
      if (secondObjectStart(ctx, last + 1)) return true;
      k = last;
      continue;
    }
    if (mention !== undefined || isPossessiveMark(t) || t.text === '-' || PHRASE_POS.has(t.pos)) continue;
    return false;
  }
  return false;
}

/** How many determiners open the object at `from` ("the Kremlin"). */
function leadingDeterminers(ctx: SentenceContext, from: number): number {
  let n = 0;
  while (ctx.doc.tokens[from + n]?.pos === 'DET' && mentionOf(ctx, from + n) === undefined) n++;
  return n;
}

/** The last token of the mention at `k`. */
function lastTokenOf(ctx: SentenceContext, k: number): number {
  const mention = mentionOf(ctx, k);
  let last = k;
  while (last + 1 < ctx.sentence.endToken && mentionOf(ctx, last + 1) === mention) last++;
  return last;
}

/**
 * A second object opens at `k`: a determiner or a number ("the capability", "one of his aims"); not a possessive
 * (the side's own thing is the one object), a preposition, a clause or a bare noun, which the side's name may
 * modify ("denied Russian involvement"; a bare thing withheld, "deny Putin victory", is one of WITHHELD).
 */
function secondObjectStart(ctx: SentenceContext, k: number): boolean {
  const t = ctx.doc.tokens[k];
  if (t === undefined || k >= ctx.sentence.endToken || mentionOf(ctx, k) !== undefined) return false;
  if (isPossessiveMark(t)) return false;
  // "deny Russia any", "deny them a": but not "deny Russia that …" (a clause) nor "deny Russia's …".
  if (t.pos === 'DET') return t.lower !== 'that' && t.lower !== 'this';
  return t.pos === 'NUM';
}
