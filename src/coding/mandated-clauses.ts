/**
 * Mandated clauses: "it is important that the Polish authorities support our neighbour", "it is essential that we
 * continue expanding trade". A that-clause after "it is important/essential/necessary …" whose verb is in the present
 * (or bare: the mandative subjunctive) states what ought to happen, not what did; in the past or perfect it states a
 * fact the speaker values ("It is important that the presidents visited Borodyanka"), which stays asserted.
 */
import type { Token } from '../types.ts';
import { isQuoteMark, type SentenceContext } from './context.ts';

/** Adjectives that, after "it is", call the content of a that-clause needed. */
const MANDATING = new Set(['important', 'necessary', 'essential', 'vital', 'crucial', 'imperative']);

/** Forms of "be" (and "remain") that link "it" to the adjective. */
const LINKS = new Set(['is', "'s", '’s', 'was', 'remains', 'be']);

/** Words that open a relative clause inside the that-clause. */
const RELATIVES = new Set(['which', 'who', 'whom', 'whose', 'where']);

/** Auxiliaries of a past or perfect verb group: the clause reports a fact. */
const PAST_AUXILIARIES = new Set(['was', 'were', 'had', 'has', 'have', 'did']);

/** How many words "for us" and adverbs may add between the adjective and "that" ("important for all of us that"). */
const REACH = 5;

/**
 * The cue ("important that") when the trigger's clause opens with a "that" (at `opener`) after "it is <adjective>" and
 * its first verb is present or bare, with no comma, quote mark or relative word up to the trigger; else null.
 */
export function mandatedClause(ctx: SentenceContext, opener: number, trigger: number): string | null {
  const tokens = ctx.doc.tokens;
  if (tokens[opener]?.lower !== 'that') return null;
  const adjective = mandatingAdjective(ctx, opener);
  if (adjective === null) return null;
  let first: Token | null = null;
  for (let k = opener + 1; k <= trigger; k++) {
    const t = tokens[k]!;
    // "that European companies do not help this machine, which has already killed …": a relative clause, a comma or
    // a closing quote ends the mandated clause before the trigger.
    if (RELATIVES.has(t.lower) || t.text === ',' || isQuoteMark(t)) return null;
    if (first === null && (t.pos === 'VERB' || t.pos === 'AUX')) first = t;
  }
  return first !== null && present(first) ? `${adjective} that` : null;
}

/** The adjective of "it is (very) important (for us) that" ending at the "that" at `opener`, or null. */
function mandatingAdjective(ctx: SentenceContext, opener: number): string | null {
  const tokens = ctx.doc.tokens;
  const first = ctx.sentence.firstToken;
  for (let k = opener - 1; k >= Math.max(first + 1, opener - 1 - REACH); k--) {
    const t = tokens[k]!;
    if (MANDATING.has(t.lower)) {
      let b = k - 1;
      while (b > first && tokens[b]!.pos === 'ADV') b--;
      return LINKS.has(tokens[b]!.lower) && /^(?:it|this)$/.test(tokens[b - 1]?.lower ?? '') ? t.lower : null;
    }
    // Only "for" and its short noun phrase, or adverbs, stand between the adjective and "that".
    if (!/^(?:ADP|PRON|DET|NOUN|PROPN|ADJ|ADV|NUM)$/.test(t.pos)) return null;
  }
  return null;
}

/** The verb is present or bare ("support", "supports", "is", "continue"), not past ("visited", "came", "has"). */
function present(t: Token): boolean {
  if (t.pos === 'AUX') return !PAST_AUXILIARIES.has(t.lower);
  const { lower, lemma } = t;
  return (
    lower === lemma ||
    lower === `${lemma}s` ||
    lower === `${lemma}es` ||
    (lemma.endsWith('y') && lower === `${lemma.slice(0, -1)}ies`)
  );
}
