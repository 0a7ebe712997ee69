// "urged the countries bordering Russia to close their airspace", "allow the soldiers trapped in the plant to
// surrender": an object with a participle phrase after it (a reduced relative) stands between a verb of asking or
// leave and its to-infinitive. The participle is no governor: the verb before the object governs the infinitive (so
// the act is asked for, not done), and the object's own noun, not the participle's object, does it.
import { mentionOf, token, type SentenceContext } from './context.ts';
import { OBJECT_CONTROL } from './lexicon.ts';
import { isParticipleForm } from './relatives.ts';

/** How many words the participle's own phrase may take before the "to" ("trapped in the Azovstal plant"). */
const MAX_PHRASE = 8;
/** How many words the object's noun phrase may take ("the last Ukrainian soldiers"). */
const MAX_OBJECT = 5;
/** Words of the participle's phrase and of the object: nouns, names and their determiners, numbers, prepositions. */
const PHRASE_POS = /^(?:DET|ADJ|NOUN|PROPN|NUM|ADP)$/;
const OBJECT_POS = /^(?:DET|ADJ|NOUN|PROPN|NUM)$/;
/** A possessive's "'s", inside the phrase: "in Mariupol's steel plant". */
const POSSESSIVE = /^['’]s$/;
/** Prepositions that name whom a verb of asking addresses: "called on", "appealed to". */
const ADDRESSEE = new Set(['on', 'upon', 'to']);

/** The token at `k` is a participle: "bordering", "trapped", "taken". */
function participle(ctx: SentenceContext, k: number): boolean {
  const t = ctx.doc.tokens[k]!;
  if (mentionOf(ctx, k) !== undefined) return false;
  if (t.pos === 'VERB') return t.lower.endsWith('ing') || isParticipleForm(t.lower);
  return t.pos === 'ADJ' && t.lower.endsWith('ed');
}

/**
 * The participle at `k` modifies the noun after it, inside the phrase: "in the besieged plant", "in Mariupol's
 * sprawling steel plant".
 */
function attributive(ctx: SentenceContext, k: number): boolean {
  const before = token(ctx, k - 1);
  return before !== undefined && (before.pos === 'DET' || POSSESSIVE.test(before.lower));
}

/**
 * For the to-infinitive at `to`: the object-control verb that governs it across an object and its participle phrase,
 * and where the participle stands (the object ends before it); or null.
 */
export function participleObject(ctx: SentenceContext, to: number): { governor: number; participle: number } | null {
  const first = ctx.sentence.firstToken;
  let k = to - 1;
  for (let words = 0; k > first && words <= MAX_PHRASE; words++) {
    const m = mentionOf(ctx, k);
    if (m !== undefined) k = m.firstToken - 1;
    else if ((PHRASE_POS.test(token(ctx, k)!.pos) && !participle(ctx, k)) || POSSESSIVE.test(token(ctx, k)!.lower)) k--;
    else if (participle(ctx, k) && attributive(ctx, k)) k--;
    else break;
  }
  if (k <= first || !participle(ctx, k)) return null;
  const at = k;
  // The object's noun right before the participle: "the countries bordering", "Ukrainians living".
  const head = mentionOf(ctx, at - 1);
  if (head === undefined && !/^(?:NOUN|PROPN)$/.test(token(ctx, at - 1)?.pos ?? '')) return null;
  k = at - 1;
  for (let words = 0; k >= first && words <= MAX_OBJECT; words++) {
    const m = mentionOf(ctx, k);
    if (m !== undefined) k = m.firstToken - 1;
    else if (OBJECT_POS.test(token(ctx, k)!.pos)) k--;
    else break;
  }
  if (k < first || k === at - 1) return null;
  if (ADDRESSEE.has(token(ctx, k)!.lower)) k--;
  const verb = token(ctx, k);
  return verb?.pos === 'VERB' && OBJECT_CONTROL.has(verb.lemma) ? { governor: k, participle: at } : null;
}
