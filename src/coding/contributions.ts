// Praise of a contribution: "You are making a major personal contribution to strengthening relations", "Poland and
// Lithuania make an important contribution to increasing the defense capabilities of our country", "noted Turkey's
// significant contribution to the talks". Whoever says so (the quote's speaker or the reporter) praises the one who
// contributes (CAMEO 051, as praise.ts). Only a contribution the words judge counts ("a significant contribution"):
// a bare "contribution to the fund" states a fact.
import type { Mention } from '../types.ts';
import { mentionOf, token, type SentenceContext } from './context.ts';
import { coordinatedBefore, coordinated } from './match.ts';
import { subjectOf } from './roles.ts';

export interface Contribution {
  /** The "contribution" noun. */
  readonly trigger: number;
  /** Who contributes: actors, or "you" (the speaker's counterpart, for the caller to resolve). */
  readonly holders: readonly Mention[] | 'you';
}

/** Adjectives that judge a contribution's worth ("a personal contribution" alone does not). */
export const JUDGING = new Set(
  (
    'major great significant important invaluable huge enormous substantial tangible decisive weighty considerable ' +
    'worthy outstanding notable special unique valuable big immense crucial vital remarkable tremendous key ' +
    'serious real practical constructive meaningful historic historical'
  ).split(' '),
);

const CONTRIBUTED_TO = new Set(['to', 'towards', 'toward']);

export function findContributions(ctx: SentenceContext): Contribution[] {
  const found: Contribution[] = [];
  for (let i = ctx.sentence.firstToken + 1; i < ctx.sentence.endToken - 1; i++) {
    const noun = ctx.doc.tokens[i]!;
    if (noun.lemma !== 'contribution' || noun.pos !== 'NOUN') continue;
    let k = i - 1;
    let judged = false;
    while (/^(?:ADJ|ADV|CCONJ)$/.test(token(ctx, k)?.pos ?? '') || token(ctx, k)?.text === ',') {
      if (JUDGING.has(token(ctx, k)!.lower)) judged = true;
      k--;
    }
    if (!judged) continue;
    const holders = holderBefore(ctx, k) ?? holderAfter(ctx, i + 1);
    if (holders !== null) found.push({ trigger: i, holders });
  }
  return found;
}

/**
 * Before the adjectives at `k`: "X makes a …", "you are making a …" (the subject of "make"), "X's …", "your …".
 * Null when none of these.
 */
function holderBefore(ctx: SentenceContext, k: number): readonly Mention[] | 'you' | null {
  const word = token(ctx, k)?.lower ?? '';
  if (word === 'your') return 'you';
  if (word === "'s" || word === '’s') {
    const owner = mentionOf(ctx, k - 1);
    return owner === undefined || owner.kind === 'pronoun' ? null : coordinatedBefore(ctx, owner);
  }
  const possessor = mentionOf(ctx, k);
  if (possessor !== undefined && possessor.endToken === k + 1 && possessor.kind !== 'pronoun') return null;
  if (/^(?:a|an|its|their|his|her)$/.test(word)) k--;
  const make = token(ctx, k);
  if (make?.lemma !== 'make' || make.pos !== 'VERB') return null;
  let s = k - 1;
  while (/^(?:AUX|ADV|PART)$/.test(token(ctx, s)?.pos ?? '')) s--;
  if (token(ctx, s)?.lower === 'you' && ctx.mentionAt[s]! < 0) return 'you';
  // "he or she has made a great contribution": a pronoun the actor stage resolved is too loose a holder to praise.
  const subject = subjectOf(ctx, k).filter((m) => m.kind !== 'pronoun');
  return subject.length > 0 ? subject : null;
}

/** After the noun: "the contribution of Turkey to …" names the holder before what it contributes to. */
function holderAfter(ctx: SentenceContext, k: number): readonly Mention[] | null {
  if (token(ctx, k)?.lower !== 'of') return null;
  const first = mentionOf(ctx, k + 1) ?? (token(ctx, k + 1)?.pos === 'DET' ? mentionOf(ctx, k + 2) : undefined);
  if (first === undefined || first.kind === 'pronoun') return null;
  const holders = coordinated(ctx, first);
  const after = holders[holders.length - 1]!.endToken;
  return CONTRIBUTED_TO.has(token(ctx, after)?.lower ?? '') ? holders : null;
}

/** Verbs whose object a speaker judges: "noted/appreciated the significant contribution of Turkey". */
const APPRAISING = new Set(
  'note stress emphasize emphasise underline underscore highlight appreciate value acknowledge recognize recognise welcome commend praise'.split(
    ' ',
  ),
);

/**
 * "Putin noted the significant contribution of Turkey to the talks": the subject of the appraising verb whose
 * object the contribution is (within eight words, over its noun phrase), or null.
 */
export function appraiser(ctx: SentenceContext, trigger: number): Mention | null {
  for (let k = trigger - 1; k >= Math.max(ctx.sentence.firstToken, trigger - 8); k--) {
    const t = ctx.doc.tokens[k]!;
    if (t.pos === 'VERB') return APPRAISING.has(t.lemma) ? (subjectOf(ctx, k)[0] ?? null) : null;
    if (!/^(?:DET|ADJ|ADV|CCONJ|NOUN|PROPN|PART)$/.test(t.pos) && t.text !== ',') return null;
  }
  return null;
}
