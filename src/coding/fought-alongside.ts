// The side one fights beside is no target: "volunteers are fighting side by side with the Armed Forces of Ukraine",
// "ready to fight together with the Russians", "Georgians who fought alongside the Ukrainian army", "fought in the
// ranks of the Wehrmacht", "fighting on the side of Ukraine". An actor named after such words is an ally of the
// fighters; the one fought, if any, is named elsewhere or not at all.
import type { Mention } from '../types.ts';
import type { SentenceContext } from './context.ts';

/** Words that make the actor after them an ally, read backwards from the actor (last word first). */
export const ALLY_PHRASES: readonly (readonly string[])[] = [
  ['with', 'together'],
  ['with', 'along'],
  ['alongside'],
  ['with', 'side', 'by', 'side'],
  ['with', 'shoulder', 'to', 'shoulder'],
  ['of', 'side', 'the', 'on'],
  ['of', 'ranks', 'the', 'in'],
];

/** Words between the phrase and the actor: "alongside the regular", "with our". */
const BETWEEN_POS = new Set(['DET', 'ADJ', 'PRON', 'NUM']);

/** The mention `m` follows words that make it an ally of the fighters. */
function namedAsAlly(ctx: SentenceContext, m: Mention): boolean {
  const tokens = ctx.doc.tokens;
  const first = ctx.sentence.firstToken;
  let k = m.firstToken - 1;
  while (k >= first && BETWEEN_POS.has(tokens[k]!.pos)) k--;
  const phrase = ALLY_PHRASES.find((words) => words.every((w, n) => k - n >= first && tokens[k - n]!.lower === w));
  // "Russia is fighting not together with Ukraine but against Ukraine": a side denied as an ally is the one fought.
  return phrase !== undefined && tokens[k - phrase.length]?.lower !== 'not';
}

/** The targets of a fight (18–20) that are not allies named after "together with", "alongside" and the like. */
export function withoutAllies(ctx: SentenceContext, code: string, targets: readonly Mention[]): readonly Mention[] {
  if (!/^(?:18|19|20)/.test(code) || targets.length === 0) return targets;
  return targets.some((t) => namedAsAlly(ctx, t)) ? targets.filter((t) => !namedAsAlly(ctx, t)) : targets;
}
