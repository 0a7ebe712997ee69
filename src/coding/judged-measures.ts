// "New sanctions against Russia are needed", "An oil embargo against Russia is mandatory", "Further sanctions against
// the Russian Federation were discussed": a measure of reduced relations (CAMEO 16: sanctions, an embargo) named by
// a noun with no one imposing it, whose clause goes on with "be", is what the sentence judges, demands or discusses,
// not a measure taken. A lexical verb reports one in force ("The fresh round of sanctions also targets 144 Russian
// senators"), and so does a passive of taking or ending it ("were imposed in March", "were lifted"). (After a modal, "sanctions against Russia must be strengthened", it is a measure called for: the
// modality rules keep it, hypothetical.)
import { clauseSubject } from './clause-tests.ts';
import type { SentenceContext } from './context.ts';

/** Words of a noun phrase's tail: "against the Russian Federation", "on Russian oil supplies to Europe". */
const PHRASE_TAGS = new Set(['NOUN', 'PROPN', 'ADJ', 'DET', 'ADP', 'NUM', 'CCONJ', 'PART']);
/** Forms of "be": the measure is judged ("are needed", "is mandatory") or discussed ("were discussed"). */
const JUDGING = new Set(['is', 'are', 'was', 'were']);

/** Passives that report a measure taken or ended: "The sanctions against Russia were imposed in March". */
const TAKEN = new Set(
  'impose introduce adopt approve apply enact extend expand tighten renew prolong lift ease levy'.split(' '),
);

/** After the be-form at `k - 1`, past adverbs, a participle of TAKEN: the passive reports the measure. */
function imposedAfter(ctx: SentenceContext, k: number): boolean {
  const tokens = ctx.doc.tokens;
  while (k < ctx.sentence.endToken && tokens[k]!.pos === 'ADV') k++;
  return k < ctx.sentence.endToken && TAKEN.has(tokens[k]!.lemma);
}

/** The 16 noun at [.., `end`) with no doer heads a subject whose verb is a form of "be". */
export function judgedMeasure(ctx: SentenceContext, code: string, end: number): boolean {
  if (!code.startsWith('16')) return false;
  const tokens = ctx.doc.tokens;
  for (let k = end; k < ctx.sentence.endToken; k++) {
    const t = tokens[k]!;
    // "against Russian state-owned enterprises": a hyphenated compound stays in the phrase.
    if (t.text === '-' || (t.pos === 'VERB' && tokens[k - 1]?.text === '-')) continue;
    if (t.pos === 'VERB' || t.pos === 'AUX') return JUDGING.has(t.lower) && !imposedAfter(ctx, k + 1);
    if (!PHRASE_TAGS.has(t.pos) && t.pos !== 'ADV') return false;
  }
  return false;
}

/** Nouns naming a measure in force or asked for: the heads of "sanctions against T", "an embargo on T". */
const MEASURES = new Set(['sanction', 'sanctions', 'embargo', 'embargoes']);

/**
 * "Switzerland has backed European Union sanctions against Russia", "thanked Portugal for its compliance with the EU
 * sanctions imposed on Russia", "ahead of a partial European embargo on Russian oil", "Weapons, financial support,
 * sanctions on Russia.": a sanctions or embargo noun, even with its imposer named ("EU", "Western"), that is the
 * object of a verb or a preposition, or an item of a list with no verb, names a measure as the background or the topic
 * of something else; an analyst codes the act the clause reports (the backing, the thanks), not the measure. Only as the
 * subject of its clause does the noun report the measure ("EU sanctions against Russia came into force"); verbs of
 * taking it ("imposed", "adopted", "introduced sanctions against") are patterns of their own and are not touched.
 */
export function backgroundMeasure(ctx: SentenceContext, code: string, i: number): boolean {
  if (!code.startsWith('16') || !MEASURES.has(ctx.doc.tokens[i]!.lower)) return false;
  if (imposedObject(ctx, i)) return false;
  return !clauseSubject(ctx, i) || verblessItem(ctx, i + 1);
}

/** Verbs whose object is a measure being taken: "the importance of adopting the sixth package of EU sanctions". */
const IMPOSING = new Set('impose introduce adopt approve'.split(' '));
/**
 * Verbs whose object is a measure their subject has in hand but not yet taken: "the EU is preparing new sanctions
 * against Russia", "planned sanctions on …" (hypothetical: modality.ts reads them as IRREALIS_NOUN_GOVERNORS).
 */
const PLANNING = new Set('prepare plan'.split(' '));
/** Verbs that raise a measure in force, when tensed: "Washington tightened its embargo against Cuba". */
const RAISING = new Set('tighten extend expand strengthen renew prolong'.split(' '));
/** Possessive determiners of the imposer: "its embargo", "their sanctions". */
const POSSESSIVES = new Set(["'s", 'its', 'their', 'our', 'his', 'her']);

/**
 * The noun at `i`, with its modifiers and a head it is partitive to ("package of"), is the object of an IMPOSING verb,
 * or of a tensed RAISING one (not "reason to tighten Western sanctions", a plan).
 */
function imposedObject(ctx: SentenceContext, i: number): boolean {
  const tokens = ctx.doc.tokens;
  let k = i - 1;
  while (k >= ctx.sentence.firstToken && (PHRASE_TAGS.has(tokens[k]!.pos) || POSSESSIVES.has(tokens[k]!.lower))) {
    if (tokens[k]!.pos === 'ADP' && tokens[k]!.lower !== 'of') return false;
    k--;
  }
  const verb = tokens[k];
  if (k < ctx.sentence.firstToken || verb?.pos !== 'VERB') return false;
  if (IMPOSING.has(verb.lemma) || PLANNING.has(verb.lemma)) return true;
  return RAISING.has(verb.lemma) && !verb.lower.endsWith('ing') && tokens[k - 1]?.lower !== 'to';
}

/**
 * After the noun at `start - 1` and its prepositional phrase ("against Russia"), a comma, a stop or the sentence's end
 * comes before any verb. (A pattern going on with a verb, "sanctions target T", is no item: the tagger may call that
 * verb a noun.)
 */
function verblessItem(ctx: SentenceContext, start: number): boolean {
  const tokens = ctx.doc.tokens;
  if (tokens[start]?.pos !== 'ADP') return false;
  for (let k = start; k < ctx.sentence.endToken; k++) {
    const t = tokens[k]!;
    if (t.pos === 'VERB' || t.pos === 'AUX') return false;
    if (t.pos === 'PUNCT') return t.text !== '(' && t.text !== '-';
    if (!PHRASE_TAGS.has(t.pos) && t.pos !== 'ADV') return false;
  }
  return true;
}
