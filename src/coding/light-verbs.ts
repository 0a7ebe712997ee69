// Event nouns and the verbs that carry them: "held talks", "announced a package", "gathered for
// talks"; who the noun's doer is, and whether the noun was only decided on or set a condition.
import type { Mention, Token } from '../types.ts';
import { isQuoteMark, type SentenceContext } from './context.ts';
import {
  ANNOUNCING_VERBS,
  BE_FORMS,
  CONDITIONAL,
  HARD_BOUNDARIES,
  LIGHT_VERBS,
  POSSESSIVE_PRONOUNS,
  SPEECH_VERBS,
} from './lexicon.ts';
import { subjectOf } from './roles.ts';

/** The noun at `i` stands in "in/during/at (a/the) … NOUN" after its clause's verb: "agreed in a phone call". */
export function heldIn(ctx: SentenceContext, i: number): boolean {
  for (let k = i - 1; k >= Math.max(ctx.sentence.firstToken + 1, i - 4); k--) {
    const t = ctx.doc.tokens[k]!;
    if (/^(?:in|during|at)$/.test(t.lower)) {
      // "said this at a joint briefing with …": the verb's object pronoun may stand before the preposition.
      const before = /^(?:this|that|so|it)$/.test(ctx.doc.tokens[k - 1]!.lower) ? k - 2 : k - 1;
      return ctx.doc.tokens[before]?.pos === 'VERB' || ctx.doc.tokens[before]?.pos === 'ADV';
    }
    if (!/^(?:DET|ADJ|NOUN|PROPN)$/.test(t.pos)) return false;
  }
  return false;
}

/** "Russia launched an invasion of Ukraine": the subject of a light verb owns its event noun. */
export function lightVerbSubject(ctx: SentenceContext, i: number): Mention[] {
  const k = lightVerbBefore(ctx, i);
  return k === null ? [] : subjectOf(ctx, k);
}

/** "announced (that) it would …", "decided to …": a verb of deciding or announcing governs the trigger's clause. */
export function decisionBefore(ctx: SentenceContext, i: number): boolean {
  for (let k = i - 1; k >= Math.max(ctx.sentence.firstToken, i - 12); k--) {
    const t = ctx.doc.tokens[k]!;
    if (t.pos === 'VERB' && (t.lemma === 'announce' || t.lemma === 'decide')) return true;
    // "made the decision to withdraw from the deal" decides as "decided to" does.
    if (t.lower === 'decision' && decisionMaker(ctx, k) !== null) return true;
    if (HARD_BOUNDARIES.has(t.text) || (t.pos === 'VERB' && SPEECH_VERBS.has(t.lemma))) return false;
  }
  return false;
}

/** Verbs that make a decision noun their act: "made/took/adopted a decision". */
const DECISION_MAKING = new Set(['make', 'take', 'adopt']);

/** Words before a verb that leave it unmade: "will make", "had to take", "could adopt". */
const NOT_MADE = new Set(['will', 'would', 'shall', "'ll", 'to', 'must', 'should', 'can', 'could', 'may', 'might']);

/**
 * The verb of which the "decision" at `k` is the object, when the decision was made ("made a difficult decision",
 * "has taken the decision"), or null; not one still to make ("will make a decision", "had to take a decision").
 */
export function decisionMaker(ctx: SentenceContext, k: number): number | null {
  for (let j = k - 1; j >= Math.max(ctx.sentence.firstToken, k - 4); j--) {
    const t = ctx.doc.tokens[j]!;
    if (t.pos === 'VERB') return DECISION_MAKING.has(t.lemma) && made(ctx, j) ? j : null;
    if (!/^(?:DET|ADJ|ADV)$/.test(t.pos)) return null;
  }
  return null;
}

/** Nothing in the verb group before `verb` leaves it unmade. */
function made(ctx: SentenceContext, verb: number): boolean {
  for (let j = verb - 1; j >= Math.max(ctx.sentence.firstToken, verb - 3); j--) {
    const t = ctx.doc.tokens[j]!;
    if (NOT_MADE.has(t.lower)) return false;
    if (!/^(?:AUX|ADV|PART)$/.test(t.pos)) return true;
  }
  return true;
}

/** "will impose further sanctions if Russia invades": a condition after the trigger makes it a threat, not a decision. */
export function conditionAfter(ctx: SentenceContext, i: number): boolean {
  for (let k = i + 1; k < ctx.sentence.endToken; k++) if (CONDITIONAL.has(ctx.doc.tokens[k]!.lower)) return true;
  return false;
}

/** The event noun at `i` is the object of an announcing verb ("announced a new aid package"). */
export function announcedBy(ctx: SentenceContext, i: number): boolean {
  const k = lightVerbBefore(ctx, i);
  return k !== null && ANNOUNCING_VERBS.has(ctx.doc.tokens[k]!.lemma);
}

/**
 * The light verb whose object the event noun at `i` is ("held a brief meeting"), or null. An amount
 * may stand between them: "provided more than $2 billion in humanitarian aid".
 */
export function lightVerbBefore(ctx: SentenceContext, i: number): number | null {
  const gathering = gatheringFor(ctx, i);
  if (gathering !== null) return gathering;
  let reach = 4;
  // A predicate adjective takes the copula's subject: "he was still open to peace talks".
  const predicate = ctx.doc.tokens[i]!.pos === 'ADJ';
  for (let k = i - 1; k >= Math.max(ctx.sentence.firstToken, i - reach); k--) {
    const t = ctx.doc.tokens[k]!;
    if (predicate && BE_FORMS.has(t.lower)) return k;
    // "from the very beginning of the invasion": a verb form followed by "of" is a noun, no light verb.
    if (t.pos === 'VERB' || (t.pos === 'AUX' && t.lemma === 'have'))
      return isLightVerb(t) && ctx.doc.tokens[k + 1]?.lower !== 'of' && !participleAdjective(ctx, k, i) ? k : null;
    if (AMOUNT_WORDS.has(t.lower)) reach = 9;
    // "launched a full-scale invasion": a hyphenated compound is one modifier, as in the patterns.
    if (t.text === '-' && ctx.doc.tokens[k - 1]?.end === t.start && ctx.doc.tokens[k + 1]?.start === t.end) reach += 2;
    // 'carried out an "unprecedented" cyberattack': scare quotes are no words of the phrase.
    if (isQuoteMark(t)) reach++;
  }
  return null;
}

/**
 * The verb of planning at `k` describes the noun at `i` instead of taking it as object: "the allegedly planned
 * Russian invasion", "in the light of planned negotiation formats", "our so-called planned invasion". It takes its
 * noun directly, never through a preposition: "Ukraine was well prepared for the invasion".
 */
function participleAdjective(ctx: SentenceContext, k: number, i: number): boolean {
  const tokens = ctx.doc.tokens;
  // Other light verbs keep their reading: "the importance of holding a meeting", "its continued support for".
  if (!PLANNING_VERBS.has(tokens[k]!.lemma)) return false;
  let j = k - 1;
  while (
    j > ctx.sentence.firstToken &&
    // "our so-called planned invasion": a hyphenated compound is one modifier, whatever its tags.
    (/^(?:ADV|ADJ)$/.test(tokens[j]!.pos) || tokens[j]!.text === '-' || tokens[j - 1]!.text === '-')
  )
    j--;
  const before = tokens[j];
  if (before !== undefined && (before.pos === 'DET' || before.pos === 'ADP' || POSSESSIVE_PRONOUNS.has(before.lower)))
    return true;
  for (let m = k + 1; m < i; m++) if (tokens[m]!.pos === 'ADP') return true;
  return false;
}

const PLANNING_VERBS = new Set(['plan', 'prepare', 'plot']);

/**
 * A light verb by its lemma, or by its past form less its "d" when the lemmatiser stripped too much: "staged" is
 * lemmatised "stag" and "waged" "wag", so "Russia staged a missile attack on Ukraine" had no doer.
 */
function isLightVerb(t: Token): boolean {
  return LIGHT_VERBS.has(t.lemma) || (t.lower.endsWith('ed') && LIGHT_VERBS.has(t.lower.slice(0, -1)));
}

const AMOUNT_WORDS = new Set(['million', 'billion', 'trillion', 'bn', 'm', '$', '€', '£']);

/** Verbs of coming together: "for talks" after them makes their subject the talks' participants. */
const GATHERING_VERBS = new Set(['gather', 'meet', 'convene', 'assemble', 'arrive', 'come', 'travel', 'fly', 'sit']);

/** "Officials from Russia and Ukraine gathered in Istanbul on Tuesday for talks": the gathering verb before "for". */
function gatheringFor(ctx: SentenceContext, i: number): number | null {
  let k = i - 1;
  while (k > ctx.sentence.firstToken && (ctx.doc.tokens[k]!.pos === 'ADJ' || ctx.doc.tokens[k]!.pos === 'DET')) k--;
  if (ctx.doc.tokens[k]?.lower !== 'for') return null;
  for (let j = k - 1; j >= Math.max(ctx.sentence.firstToken, k - 10); j--) {
    const t = ctx.doc.tokens[j]!;
    // Two parties at most: a multilateral gathering ("diplomats from Russia, Ukraine, Germany and France") is no
    // set of pairwise talks, and coding every pair would count one meeting many times.
    if (t.pos === 'VERB') return GATHERING_VERBS.has(t.lemma) && subjectOf(ctx, j).length <= 2 ? j : null;
    if (t.text === ',' || t.pos === 'AUX' || t.pos === 'SCONJ') return null;
  }
  return null;
}
