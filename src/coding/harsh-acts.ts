// An actor's act named with a word that condemns it: "Russia's outrageous bid to occupy Ukraine", "brutal and cynical
// Russian artillery shelling", "the provocative policy pursued by US authorities", "yesterday's criminal and inhumane
// act by the Ukrainian military". To qualify another's act so is to criticise its doer (CAMEO 111, PLOVER ACCUSE),
// whoever says it; the words are attributive adjectives of conduct, and the doer must be named as the act's owner
// ("Russia's", "Russian", "by X", "of X" for a few nouns of conduct), so "barbaric shelling" alone blames no one. The
// war itself named again ("Russia's brutal war", "unprovoked Russian aggression") is left alone, as the annotation
// leaves it.
import type { Mention } from '../types.ts';
import { mentionOf, token, type SentenceContext } from './context.ts';
import { coordinated } from './match.ts';
import { namesWar } from './war-names.ts';

export interface HarshAct {
  /** The condemning adjective. */
  readonly trigger: number;
  /** Who did the act. */
  readonly doers: readonly Mention[];
}

/** Adjectives that condemn the conduct they qualify. */
export const CONDEMNING = new Set([
  ...['barbaric', 'barbarous', 'brutal', 'cynical', 'criminal', 'inhumane', 'inhuman', 'atrocious', 'outrageous'],
  ...['heinous', 'vile', 'monstrous', 'despicable', 'treacherous', 'insidious', 'provocative', 'irresponsible'],
  ...['reckless', 'unacceptable', 'illegal', 'illegitimate', 'unlawful', 'unprovoked', 'unjustified', 'aggressive'],
  ...['hostile', 'unfriendly', 'destructive'],
]);
/** Nouns of conduct whose "of" names the doer ("the aggressive actions of NATO"), not a victim ("killing of civilians"). */
const CONDUCT = new Set([
  ...['actions', 'action', 'acts', 'act', 'policy', 'policies', 'behaviour', 'behavior', 'conduct', 'aggression'],
  ...['provocations', 'provocation', 'rhetoric', 'statements', 'attempts', 'steps', 'course', 'domination'],
]);
/** Participles between an act and its doer: "the provocative policy pursued by US authorities". */
const DONE_BY = new Set([
  'pursued',
  'committed',
  'carried',
  'launched',
  'unleashed',
  'waged',
  'made',
  'taken',
  'undertaken',
]);
const POSSESSIVE = /^(?:'s|’s|'|’)$/;
const FORESEEN = new Set(['possible', 'potential', 'likely', 'probable', 'future']);
/** How many words the noun phrase may run after the adjective: "brutal and cynical Russian artillery shelling". */
const REACH = 6;

export function findHarshActs(ctx: SentenceContext): HarshAct[] {
  const found: HarshAct[] = [];
  const tokens = ctx.doc.tokens;
  for (let i = ctx.sentence.firstToken; i < ctx.sentence.endToken - 1; i++) {
    if (tokens[i]!.pos !== 'ADJ' || !CONDEMNING.has(tokens[i]!.lower)) continue;
    // "creating conditions for possible aggressive actions by the Ukrainian military": an act foreseen, not done.
    if (FORESEEN.has(token(ctx, i - 1)?.lower ?? '')) continue;
    const head = headNoun(ctx, i);
    // "in the face of unprovoked Russian aggression", "Russia's brutal war": the war named again, however it is
    // qualified, is no new act to criticise (eval/README.md: bare noun phrases that name the ongoing war).
    if (head === null || namesWar(ctx, head)) continue;
    const doers = ownerBefore(ctx, i) ?? ownerInside(ctx, i, head) ?? ownerAfter(ctx, head);
    if (doers !== null) found.push({ trigger: i, doers });
  }
  return found;
}

/** The noun the adjective at `i` qualifies: the last noun of the run of adjectives, nouns and "and" after it. */
function headNoun(ctx: SentenceContext, i: number): number | null {
  let head: number | null = null;
  for (let k = i + 1; k < Math.min(ctx.sentence.endToken, i + 1 + REACH); k++) {
    const t = ctx.doc.tokens[k]!;
    if (t.pos === 'NOUN') head = k;
    // Adjectives of origin and names modify: "cynical Russian artillery shelling", "the criminal Putin regime".
    else if (!/^(?:ADJ|PROPN|CCONJ)$/.test(t.pos) && t.text !== ',') break;
  }
  return head;
}

/** "Russia's outrageous bid", "the Kremlin's cynical and brutal war": a possessor right before the adjectives. */
function ownerBefore(ctx: SentenceContext, i: number): readonly Mention[] | null {
  let k = i - 1;
  while (k > ctx.sentence.firstToken && /^(?:ADJ|ADV|CCONJ)$/.test(ctx.doc.tokens[k]!.pos)) k--;
  if (!POSSESSIVE.test(token(ctx, k)?.text ?? '')) return null;
  const owner = mentionOf(ctx, k - 1);
  return owner === undefined || owner.kind === 'pronoun' ? null : [owner];
}

/** "cynical Russian artillery shelling", "the barbaric Russian strikes": an actor between the adjective and its noun. */
function ownerInside(ctx: SentenceContext, i: number, head: number): readonly Mention[] | null {
  for (let k = i + 1; k < head; k++) {
    const owner = mentionOf(ctx, k);
    if (owner !== undefined && owner.kind !== 'pronoun' && owner.endToken <= head) return [owner];
  }
  return null;
}

/** "… act by the Ukrainian military", "policy pursued by US authorities", "the aggressive actions of NATO". */
function ownerAfter(ctx: SentenceContext, head: number): readonly Mention[] | null {
  let j = head + 1;
  if (DONE_BY.has(token(ctx, j)?.lower ?? '')) j += token(ctx, j + 1)?.lower === 'out' ? 2 : 1;
  const prep = token(ctx, j)?.lower;
  const of = prep === 'of' && j === head + 1 && CONDUCT.has(ctx.doc.tokens[head]!.lower);
  if (prep !== 'by' && !of) return null;
  const owner = mentionOf(ctx, j + 1) ?? (token(ctx, j + 1)?.pos === 'DET' ? mentionOf(ctx, j + 2) : undefined);
  return owner === undefined || owner.kind === 'pronoun' ? null : coordinated(ctx, owner);
}
