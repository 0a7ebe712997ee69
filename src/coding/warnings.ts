// Threats without a threat verb. Announced responses and announced consequences are warnings
// (CAMEO 13, PLOVER THREATEN): "we will respond", "Belarus will instantly respond to any aggression",
// "any aggression will be met with an instant response", "there would be enormous consequences for
// Russia", "Russia would pay a heavy price", "vowed a united response". A past or negated response
// ("Ukraine responded to the letter", "will not respond") is not one.
import type { Mention } from '../types.ts';
import { isQuoteMark, mentionOf, token, type SentenceContext } from './context.ts';
import { coordinated } from './match.ts';
import { FUTURE, NEGATORS } from './lexicon.ts';
import { subjectOf } from './roles.ts';

export interface Warning {
  /** The token the warning is anchored on ("respond", "consequences", "price"). */
  readonly trigger: number;
  readonly code: string;
  /** Subject of the announcing clause when it is the one who warns ("Belarus will respond"); else empty. */
  readonly subjects: readonly Mention[];
  /** Who is warned, when the sentence names it ("consequences for the Kremlin", "Russia would pay"). */
  readonly targets: readonly Mention[];
}

const RESPONSE_VERBS = new Set(['respond', 'retaliate', 'react']);
const RESPONSE_NOUNS = new Set(['response', 'retaliation', 'consequences', 'consequence', 'price', 'costs']);
/** Verbs that announce the response noun as their object: "vowed a united response". */
const VOWING = new Set(['vow', 'promise', 'pledge', 'warn', 'threaten']);
const HYPOTHETICAL_FUTURE = new Set(['would', "'d"]);

/** Warnings in one sentence, found by the rules above. */
export function findWarnings(ctx: SentenceContext): Warning[] {
  const found: Warning[] = [];
  for (let i = ctx.sentence.firstToken; i < ctx.sentence.endToken; i++) {
    const t = ctx.doc.tokens[i]!;
    if (mentionOf(ctx, i) !== undefined) continue;
    if (t.pos === 'VERB' && RESPONSE_VERBS.has(t.lemma)) {
      if (!announcedFuture(ctx, i)) continue;
      found.push({
        trigger: i,
        code: t.lemma === 'retaliate' ? '138' : '130',
        subjects: subjectOf(ctx, i),
        targets: [],
      });
    } else if (t.pos === 'NOUN' && RESPONSE_NOUNS.has(t.lower)) {
      const governor = governingVerb(ctx, i);
      if (governor === null) continue;
      const vowed = VOWING.has(ctx.doc.tokens[governor]!.lemma);
      if (!vowed && !announcedFuture(ctx, governor)) continue;
      // "Russia would pay a heavy price": the payer is the one warned; otherwise "consequences for X".
      const payer = ctx.doc.tokens[governor]!.lemma === 'pay';
      const targets = payer ? subjectOf(ctx, governor) : forActor(ctx, i);
      const subjects = vowed ? subjectOf(ctx, governor) : [];
      found.push({ trigger: i, code: '130', subjects, targets });
    }
  }
  return found;
}

/** "will (instantly) respond", "would pay": a future or would in the verb group, not negated. */
function announcedFuture(ctx: SentenceContext, verb: number): boolean {
  for (let k = verb - 1; k >= Math.max(ctx.sentence.firstToken, verb - 5); k--) {
    const t = ctx.doc.tokens[k]!;
    if (NEGATORS.has(t.lower)) return false;
    if (FUTURE.has(t.lower) || HYPOTHETICAL_FUTURE.has(t.lower)) return true;
    if (t.pos !== 'ADV' && t.pos !== 'AUX' && t.pos !== 'PART') return false;
  }
  return false;
}

/** The verb whose object (or predicate) the noun is: "will have severe consequences", "be met with a response". */
function governingVerb(ctx: SentenceContext, noun: number): number | null {
  for (let k = noun - 1; k >= Math.max(ctx.sentence.firstToken, noun - 6); k--) {
    const t = ctx.doc.tokens[k]!;
    // "will be met with an instant response": the participle's auxiliary group carries the future.
    if (t.pos === 'VERB' || t.pos === 'AUX') return k;
    if (mentionOf(ctx, k) !== undefined || t.text === ',' || t.text === ';') return null;
  }
  return null;
}

/** "consequences for the Kremlin": the actor after "for" right behind the noun. */
function forActor(ctx: SentenceContext, noun: number): Mention[] {
  let k = noun + 1;
  while (token(ctx, k) !== undefined && (isQuoteMark(token(ctx, k)!) || token(ctx, k)!.text === '[')) k++;
  if (!/^(?:for|on|against)$/.test(token(ctx, k)?.lower ?? '')) return [];
  k++;
  while (token(ctx, k)?.pos === 'DET' || token(ctx, k)?.pos === 'ADJ') k++;
  const m = mentionOf(ctx, k);
  return m !== undefined ? coordinated(ctx, m) : [];
}
