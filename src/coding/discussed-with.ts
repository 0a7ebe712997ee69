// The partner of a discussion named after its topic: "I also discussed the investigation into the war crimes of
// Russian troops with Polish President Duda", "discussed a possibility of our country's participation in the summit
// with Secretary General Jens Stoltenberg". The topic is a noun phrase of any length, longer than the few modifiers a
// pattern's literals may skip, so "discuss with T" does not reach the partner.
import type { Mention } from '../types.ts';
import { sameCountry } from './actor-keys.ts';
import { mentionOf, type SentenceContext } from './context.ts';
import { HARD_BOUNDARIES } from './lexicon.ts';
import { coordinated } from './match.ts';

/** How far after the verb's match the partner's "with" may stand. */
const REACH = 20;

/**
 * Nouns whose own "with" phrase names the topic's other party, not the partner of the talks: "discussed cooperation
 * with NATO", "discussed relations with Russia", "the situation on the border with Belarus".
 */
const RELATIONAL_HEADS = new Set(
  (
    'cooperation relations relationship ties partnership trade interaction integration dialogue contacts talks ' +
    'negotiations meeting meetings agreement agreements conflict war border borders frontier solidarity unity ' +
    'consultations coordination connection connections communication work exchange exchanges dealings'
  ).split(' '),
);

/** Words that open another clause: its "with" belongs to that clause's verb. */
const CLAUSE_OPENERS = new Set(['that', 'which', 'who', 'whom', 'whose', 'when', 'where', 'while', 'because', 'if']);

/**
 * The actor of a "with" phrase that ends a discussion's topic, in the verb's clause: no verb, clause opener or
 * clause punctuation between, the noun before "with" no relational one, and not the source's own country.
 */
export function partnerAfterTopic(ctx: SentenceContext, from: number, sources: readonly Mention[]): Mention[] {
  const tokens = ctx.doc.tokens;
  const end = Math.min(ctx.sentence.endToken - 1, from + REACH);
  for (let k = from; k < end; k++) {
    const t = tokens[k]!;
    if (HARD_BOUNDARIES.has(t.text) || t.text === ',' || t.text === '"' || t.pos === 'AUX') return [];
    if (t.pos === 'VERB' || CLAUSE_OPENERS.has(t.lower)) return [];
    if (t.lower !== 'with') continue;
    // "the work of the UN together with the government": a co-actor, not the partner.
    const before = tokens[k - 1]?.lower ?? '';
    if (RELATIONAL_HEADS.has(before) || before === 'together') return [];
    const m = mentionOf(ctx, k + 1) ?? (tokens[k + 1]?.pos === 'DET' ? mentionOf(ctx, k + 2) : undefined);
    if (m === undefined || m.kind === 'pronoun' || sources.some((s) => sameCountry(s, m))) return [];
    return coordinated(ctx, m);
  }
  return [];
}
