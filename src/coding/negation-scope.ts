// How far a negator reaches: a "not" in a relative clause negates that clause's verb, not the main verb after it
// ("Russian forces, who had not eaten for days, shelled Kharkiv"), and a "not" before a relative clause does not reach
// into it ("those who do not recognise treaties, which they sign"). Without a parse, the verb group's scan back from
// the act (modality.ts) would otherwise take any negator within its eight words.
import { mentionOf, type SentenceContext } from './context.ts';
import { SPEECH_VERBS } from './lexicon.ts';

/** Relative pronouns; "that" counts only after a noun ("the countries that offered"). */
const RELATIVES = new Set(['who', 'which', 'whom', 'whose']);

/** Words that may stand between a relative pronoun and its clause's negator: "who had not", "which has never". */
const VERB_GROUP = /^(?:AUX|ADV|PART)$/;

function relativeAt(ctx: SentenceContext, k: number): boolean {
  const t = ctx.doc.tokens[k]!;
  if (t.pos !== 'PRON' || mentionOf(ctx, k) !== undefined) return false;
  if (RELATIVES.has(t.lower)) return true;
  const before = ctx.doc.tokens[k - 1];
  return t.lower === 'that' && (before?.pos === 'NOUN' || before?.pos === 'PROPN');
}

/** "It was not us who attacked them": a cleft negates the relative clause's act for the one it names. */
function cleft(ctx: SentenceContext, negator: number): boolean {
  const be = ctx.doc.tokens[negator - 1]?.lower ?? '';
  return /^(?:is|was|'s|’s)$/.test(be) && /^(?:it|this)$/.test(ctx.doc.tokens[negator - 2]?.lower ?? '');
}

/** The negator at `negator` opens the verb group of a relative clause: "who had not", "that did not". */
function inRelativeClause(ctx: SentenceContext, negator: number): boolean {
  for (let k = negator - 1; k >= Math.max(ctx.sentence.firstToken, negator - 4); k--) {
    if (relativeAt(ctx, k)) return true;
    if (!VERB_GROUP.test(ctx.doc.tokens[k]!.pos)) return false;
  }
  return false;
}

/**
 * The negator at `negator` belongs to another clause than the act at `trigger`: a relative pronoun stands between
 * them ("not fully prepared cadets, students who nevertheless defended Ukraine"; not in a cleft, "It was not us who
 * attacked"); or the negator is in a relative
 * clause whose own verb comes before the act ("forces that had not eaten for days, shelled Kharkiv"), unless the act
 * is joined to that verb by "or"/"nor", which the negation spans ("who did not attack or invade"); or it is the
 * answer "No," ("No, that group of people who actually seized power …").
 */
export function negatorOutOfScope(ctx: SentenceContext, negator: number, trigger: number): boolean {
  const tokens = ctx.doc.tokens;
  if (tokens[negator]!.lower === 'no' && tokens[negator + 1]?.text === ',') return true;
  if (unsparedPurpose(ctx, negator, trigger) || negatedBeforeOccasion(ctx, negator, trigger)) return true;
  if (reducedParticiple(ctx, negator, trigger)) return true;
  for (let k = negator + 1; k < trigger; k++) if (relativeAt(ctx, k)) return !cleft(ctx, negator);
  if (!inRelativeClause(ctx, negator)) return false;
  let verb = false;
  for (let k = negator + 1; k < trigger; k++) {
    verb ||= tokens[k]!.pos === 'VERB' && mentionOf(ctx, k) === undefined;
  }
  let before = trigger - 1;
  while (before > negator && tokens[before]!.pos === 'ADV') before--;
  return verb && tokens[before]!.lower !== 'or' && tokens[before]!.lower !== 'nor';
}

/** Words between "spare" and the "to" of its purpose: "spared no effort to", "did not spare anything, any means to". */
const SPARE_REACH = 6;
/** The forms of "spare", by form: the tagger lemmatises "spared" as "spar". */
const SPARE = /^spar(?:e|es|ed|ing)$/;

/**
 * "Russia spared no effort to destroy Ukraine", "Russian troops did not spare any means to kill us": to spare nothing
 * for an act is to do it all the more, so the negation of "spare" does not reach the purpose infinitive after it.
 */
function unsparedPurpose(ctx: SentenceContext, negator: number, trigger: number): boolean {
  const tokens = ctx.doc.tokens;
  let spare = -1;
  if (tokens[negator]!.lower === 'no' && SPARE.test(tokens[negator - 1]?.lower ?? '')) spare = negator - 1;
  else if (SPARE.test(tokens[negator + 1]?.lower ?? '')) spare = negator + 1;
  if (spare < 0) return false;
  for (let k = spare + 1; k < trigger && k <= spare + SPARE_REACH + 1; k++) {
    if (tokens[k]!.lower === 'to' && tokens[k + 1]?.pos === 'VERB') return true;
  }
  return false;
}

/** Prepositions that name the occasion of a thing denied: "no breakthrough during the call", "no casualties in". */
const OCCASIONS = new Set(['during', 'at', 'after', 'following', 'amid', 'throughout']);
/** Words of a noun phrase between "no" and its occasion, or between the occasion and the act. */
const NOUN_PHRASE = /^(?:DET|ADJ|NOUN|PROPN|NUM|ADV|PUNCT)$/;

/**
 * "There had been no breakthrough during a one-hour phone conversation between Biden and Putin", "no progress at the
 * talks": "no" denies the noun it opens; the act named after a preposition of occasion took place all the same. Only
 * a noun phrase may stand between "no" and the preposition, and between the preposition and the act.
 */
function negatedBeforeOccasion(ctx: SentenceContext, negator: number, trigger: number): boolean {
  const tokens = ctx.doc.tokens;
  if (tokens[negator]!.lower !== 'no' || tokens[negator + 1]?.pos !== 'NOUN') return false;
  let k = negator + 2;
  while (k < trigger && NOUN_PHRASE.test(tokens[k]!.pos) && tokens[k]!.text !== ',') k++;
  if (k >= trigger || !OCCASIONS.has(tokens[k]!.lower)) return false;
  for (let j = k + 1; j < trigger; j++) {
    if (!NOUN_PHRASE.test(tokens[j]!.pos) || tokens[j]!.text === ',') return false;
  }
  return true;
}

/** Nouns of evidence whose that-clause the text says there is none for: "no evidence that …", "not any sign that". */
const EVIDENCE = new Set(['evidence', 'sign', 'signs', 'indication', 'indications', 'proof', 'confirmation']);
const NEGATING = new Set(['no', 'not', "n't", 'n’t', 'never', 'without']);

/**
 * "There is no evidence that Russia plans to invade", "we do not see any indication that Russia intends to use nuclear
 * weapons": the act of a clause that no evidence, sign or indication is said to support is denied, up to "and"/"but" or
 * a semicolon. Returns the cue, or null.
 */
export function unevidencedClause(ctx: SentenceContext, trigger: number): string | null {
  const tokens = ctx.doc.tokens;
  for (let k = trigger - 1; k >= Math.max(ctx.sentence.firstToken + 1, trigger - 14); k--) {
    const t = tokens[k]!;
    if (t.lower === 'and' || t.lower === 'but' || t.text === ';' || t.text === ':') return null;
    if (!EVIDENCE.has(t.lower) || t.pos !== 'NOUN' || tokens[k + 1]?.lower !== 'that') continue;
    // "no evidence", "no clear sign", "not see any indication": a negator opens the noun's phrase or its verb group.
    for (let j = k - 1; j >= Math.max(ctx.sentence.firstToken, k - 5); j--) {
      // "claimed without providing evidence that Ukraine attacked": proof missing from a claim leaves its content
      // claimed, not denied (hearsay.ts reads it).
      if (tokens[j]!.lower === 'without' && sayingBefore(ctx, j)) return null;
      if (NEGATING.has(tokens[j]!.lower)) return `${tokens[j]!.lower} ${t.lower}`;
    }
    return null;
  }
  return null;
}

/** A verb of saying right before the word at `k`, past a comma: "claimed without", "asserted, without". */
function sayingBefore(ctx: SentenceContext, k: number): boolean {
  let j = k - 1;
  if (ctx.doc.tokens[j]?.text === ',') j--;
  const t = ctx.doc.tokens[j];
  return j >= ctx.sentence.firstToken && t !== undefined && t.pos === 'VERB' && SPEECH_VERBS.has(t.lemma);
}

/**
 * "No one in Moscow cares about the civilians killed", "Kyiv has not counted the soldiers captured": a participle
 * right after a noun, with no object of its own, describes that noun (a reduced relative clause); the negator of the
 * clause's own verb, between them, does not reach it.
 */
function reducedParticiple(ctx: SentenceContext, negator: number, trigger: number): boolean {
  const tokens = ctx.doc.tokens;
  const t = tokens[trigger]!;
  if (t.pos !== 'VERB' || !/(?:ed|en)$/.test(t.lower) || tokens[trigger - 1]?.pos !== 'NOUN') return false;
  if (/^(?:DET|NOUN|PROPN|PRON|NUM|ADJ)$/.test(tokens[trigger + 1]?.pos ?? '')) return false;
  for (let k = negator + 1; k < trigger - 1; k++) if (tokens[k]!.pos === 'VERB') return true;
  return false;
}

/** Words that end the clause of a negative subject: "Neither X nor Y recognise it, but Russia has placed troops". */
const CLAUSE_ENDS = new Set(['but', ';', '–', '—']);

/**
 * The negative subject at `negator` ("nobody", "neither", "no one", "no country") does not deny the act at
 * `trigger`: a new clause opens between them ("Neither the UN nor Moscow recognises the region, but Russia has
 * placed troops there – a move Moldova has condemned"); "nothing but" affirms ("is nothing but torture"); or the act
 * is a participle describing a noun of the clause ("no one cares about the civilians killed").
 */
export function negativeSubjectOutOfScope(ctx: SentenceContext, negator: number, trigger: number): boolean {
  const tokens = ctx.doc.tokens;
  if (tokens[negator + 1]?.lower === 'but') return true;
  for (let k = negator + 1; k < trigger; k++) if (CLAUSE_ENDS.has(tokens[k]!.lower)) return true;
  return reducedParticiple(ctx, negator, trigger);
}
