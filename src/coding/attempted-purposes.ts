// "Russia attempted to use mercenaries recruited from Iran's proxies in Iraq and Syria to fight in Ukraine", "is
// trying to gather forces to attack Kharkiv": the to-infinitive after an attempted act's object states what the act is
// for. It is aimed at, not itself attempted: an attempted hostile act counts as the act (index.ts), its purpose does
// not (modality.ts reads it hypothetical). This file finds the attempted act's verb across an object that a participle
// phrase describes ("mercenaries recruited in Syria"), which the plain purpose search (modality.ts `purposeGovernor`)
// stops at.
import type { SentenceContext } from './context.ts';
import { mentionOf } from './context.ts';
import { isPossessiveMark } from './match.ts';
import { isParticipleForm } from './relatives.ts';

/** Words of a participle's phrase: names, nouns and their determiners, prepositions, "and"/"or" between them. */
const PHRASE_POS = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM', 'ADP', 'CCONJ']);
/** Words of the object's noun phrase. */
const OBJECT_POS = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM']);
/** How many words the participle's phrase and the object may take. */
const MAX_PHRASE = 12;
const MAX_OBJECT = 5;

/** The token at `k` is a participle describing the noun before it: "recruited", "trained", "based", "living". */
function describingParticiple(ctx: SentenceContext, k: number): boolean {
  const t = ctx.doc.tokens[k]!;
  if (t.pos !== 'VERB' || mentionOf(ctx, k) !== undefined) return false;
  if (!t.lower.endsWith('ing') && !isParticipleForm(t.lower)) return false;
  const before = ctx.doc.tokens[k - 1];
  return mentionOf(ctx, k - 1) !== undefined || before?.pos === 'NOUN' || before?.pos === 'PROPN';
}

/**
 * For the to-infinitive at `to`: the bare verb after "to" ("to use") whose object, described by a participle phrase,
 * stands before it, with the participle; or null.
 */
export function verbAcrossParticiple(ctx: SentenceContext, to: number): { verb: number; participle: number } | null {
  const tokens = ctx.doc.tokens;
  const first = ctx.sentence.firstToken;
  let k = to - 1;
  for (let words = 0; k > first && words <= MAX_PHRASE && !describingParticiple(ctx, k); words++) {
    const m = mentionOf(ctx, k);
    if (m !== undefined) k = m.firstToken - 1;
    else if (PHRASE_POS.has(tokens[k]!.pos) || isPossessiveMark(tokens[k])) k--;
    else return null;
  }
  if (k <= first || !describingParticiple(ctx, k)) return null;
  const participle = k;
  k--;
  for (let words = 0; k > first && words <= MAX_OBJECT; words++) {
    const m = mentionOf(ctx, k);
    if (m !== undefined) k = m.firstToken - 1;
    else if (OBJECT_POS.has(tokens[k]!.pos)) k--;
    else break;
  }
  const verb = tokens[k];
  if (k === participle - 1 || verb?.pos !== 'VERB' || verb.lower !== verb.lemma || tokens[k - 1]?.lower !== 'to')
    return null;
  return { verb: k, participle };
}

/** Nouns of trying whose to-infinitive, in an "in a … to" adjunct, is the aim of the clause's act. */
const TRYING_NOUNS = new Set(['attempt', 'attempts', 'effort', 'efforts', 'bid', 'bids']);
/** Words between "in" and the noun: "in a desperate", "in its latest", "in a last-ditch", "in an apparent". */
const ADJUNCT_POS = new Set(['DET', 'ADJ', 'ADV', 'NOUN', 'PRON', 'NUM', 'PUNCT']);

/**
 * The "to" at `to` follows "in a(n) … attempt / effort / bid" ("ordered a mobilisation in a desperate attempt to turn
 * the tide", "pressing their offensive in an attempt to seize the Donbas", "in an effort to consolidate"): the clause's
 * act is the attempt, and the infinitive only what it aims at. The noun, else null.
 */
export function attemptAdjunct(ctx: SentenceContext, to: number): string | null {
  const tokens = ctx.doc.tokens;
  const noun = tokens[to - 1];
  if (noun === undefined || !TRYING_NOUNS.has(noun.lower)) return null;
  for (let k = to - 2, words = 0; k >= ctx.sentence.firstToken && words < 5; k--, words++) {
    const t = tokens[k]!;
    if (t.lower === 'in') return noun.lower;
    if (mentionOf(ctx, k) !== undefined || !ADJUNCT_POS.has(t.pos) || (t.pos === 'PUNCT' && t.text !== '-'))
      return null;
  }
  return null;
}
