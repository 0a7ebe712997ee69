// Praise, support, criticism or rejection of a thing someone made or did, named by a participle and its "by" agent:
// "praised the comprehensive support provided by the Netherlands and Germany", "supports the sanctions imposed by the
// European Union on Russia", "dismissed comments made by Scholz", "hailed the independent path taken by African
// countries". The one who made it is the target; one the thing is aimed at ("on Russia") is not.
import type { Mention } from '../types.ts';
import { mentionOf, token, type SentenceContext } from './context.ts';
import { coordinated } from './match.ts';
import { isParticipleForm } from './relatives.ts';

const TIME_WORDS =
  /^(?:yesterday|today|tonight|last|this|week|month|year|monday|tuesday|wednesday|thursday|friday|saturday|sunday)$/;

/** How many words the object's noun phrase may have before its participle. */
const PHRASE_REACH = 8;

/**
 * The agent of the participle that closes the object noun phrase starting at `from`: determiners, adjectives,
 * numbers and nouns (joined by "and" or a comma: "political support and practical assistance"), then a past
 * participle, perhaps an adverb or a time, and "by" with an actor right after it (determiners and adjectives aside). [] when
 * the phrase holds a preposition, a verb or an actor before its participle ("the investigation of crimes committed by
 * Russia" is about Russia's crimes, not a thing Russia made), or no such agent follows.
 */
export function objectMaker(ctx: SentenceContext, from: number): Mention[] {
  let noun = false;
  for (let k = from; k < Math.min(ctx.sentence.endToken - 2, from + PHRASE_REACH); k++) {
    const t = ctx.doc.tokens[k]!;
    if (mentionOf(ctx, k) !== undefined) return [];
    if (t.pos === 'NOUN') {
      noun = true;
      continue;
    }
    if (/^(?:DET|ADJ|NUM|CCONJ)$/.test(t.pos) || t.text === ',') continue;
    // "made", "taken": an inflected form before "by" is the participle, whatever its spelling.
    const participle = isParticipleForm(t.lower) || (t.lower !== t.lemma && !t.lower.endsWith('ing'));
    if (!noun || t.pos !== 'VERB' || !participle) return [];
    // "made yesterday by", "imposed last week by": an adverb or a short phrase of time may come first.
    let by = k + 1;
    while (by < k + 3 && (token(ctx, by)?.pos === 'ADV' || TIME_WORDS.test(token(ctx, by)?.lower ?? ''))) by++;
    if (token(ctx, by)?.lower !== 'by') return [];
    let j = by + 1;
    while (/^(?:DET|ADJ)$/.test(token(ctx, j)?.pos ?? '') && mentionOf(ctx, j) === undefined) j++;
    const m = mentionOf(ctx, j);
    return m === undefined || m.kind === 'pronoun' ? [] : coordinated(ctx, m);
  }
  return [];
}
