// An act named by a gerund after a noun phrase of "role in" or "contribution to" is the field of a part praised, no
// act of its own: "noted the important role of the Congress in supporting Ukraine's aspirations and deepening
// cooperation between the two countries", "for her significant personal contribution to strengthening cooperation",
// "hope for Canada's leadership role in backing Ukraine's NATO membership". The praise of the part is read by praise.ts
// and contributions.ts; the gerund, in cooperation's codes (03–08), would add a second act with the wrong doer (the
// speaker, or the sentence's subject) and an asserted reading no one reported. A part a verb does is done: "the
// United States plays an important role in supporting Ukraine". Hostile acts after "role in" stay for
// the rules that read them ("his role in the invasion"), as does any tensed verb (session 33).
import type { SentenceContext } from './context.ts';
import { isPossessiveMark, type Match } from './match.ts';

/** Nouns of a part played, with the preposition that leads to the field. */
const PARTS: ReadonlyMap<string, string> = new Map([
  ['role', 'in'],
  ['roles', 'in'],
  ['part', 'in'],
  ['contribution', 'to'],
  ['contributions', 'to'],
]);

/** Words between the part's noun and its preposition: "the role of the Congress in", "Russia's role in". */
const BETWEEN_POS = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'PRON', 'ADP', 'NUM']);

/** How far back the preposition may stand from a later gerund of a list ("in supporting X and deepening Y"). */
const LIST_REACH = 14;

/** How far the part's noun may stand before its preposition. */
const PART_REACH = 6;

const isGerund = (ctx: SentenceContext, k: number): boolean => {
  const t = ctx.doc.tokens[k];
  return t !== undefined && t.lower.endsWith('ing') && (t.pos === 'VERB' || t.pos === 'NOUN');
};

/**
 * Verbs that do the part their object names: "plays a role in", "took part in". Not "make a contribution to", which
 * praises as the noun does ("You are making a major personal contribution to strengthening relations": the review
 * set codes the praise only).
 */
const DOING = new Set(['play', 'take']);

/** Words between a verb of doing and the part's noun: "an extremely important", "its". */
const BEFORE_PART = new Set(['DET', 'ADJ', 'ADV', 'NUM', 'PRON']);

/**
 * The part's noun at `k` is the object of a verb of doing: "the United States plays an important role in supporting
 * Ukraine" tells that the United States supports it, as the sentence asserts (event-frames.test.ts).
 */
function playedPart(ctx: SentenceContext, k: number): boolean {
  for (let j = k - 1; j >= Math.max(ctx.sentence.firstToken, k - 5); j--) {
    const t = ctx.doc.tokens[j]!;
    if (DOING.has(t.lemma) && (t.pos === 'VERB' || t.pos === 'AUX')) return true;
    if (!BEFORE_PART.has(t.pos) && t.text !== '-') return false;
  }
  return false;
}

/** The preposition at `at` follows a noun of a part played: "role … in", "contribution to". */
function afterPart(ctx: SentenceContext, at: number): boolean {
  const tokens = ctx.doc.tokens;
  const prep = tokens[at]!.lower;
  for (let k = at - 1; k >= Math.max(ctx.sentence.firstToken, at - PART_REACH); k--) {
    const t = tokens[k]!;
    if (PARTS.get(t.lower) === prep) return !playedPart(ctx, k);
    if (!BETWEEN_POS.has(t.pos) && !isPossessiveMark(t)) return false;
  }
  return false;
}

/** The cooperative act at `match`, a gerund, names the field of a role or a contribution: no event. */
export function roleField(ctx: SentenceContext, match: Match): boolean {
  if (!/^0[3-8]/.test(match.pattern.code) || match.pattern.noun) return false;
  const i = match.trigger;
  if (!isGerund(ctx, i)) return false;
  const tokens = ctx.doc.tokens;
  // The gerund itself, or a later one of a list joined by "and" or commas: the first one's preposition decides.
  for (let k = i - 1; k >= Math.max(ctx.sentence.firstToken, i - LIST_REACH); k--) {
    const t = tokens[k]!;
    if ((t.lower === 'in' || t.lower === 'to') && (k === i - 1 || isGerund(ctx, k + 1))) return afterPart(ctx, k);
    // A clause boundary or a tensed verb ends the list.
    if (t.pos === 'AUX' || (t.pos === 'VERB' && !isGerund(ctx, k)) || t.pos === 'SCONJ') return false;
    if (t.pos === 'PUNCT' && t.text !== ',' && t.text !== '-') return false;
  }
  return false;
}
