// Threats without a threat verb. Announced responses and announced consequences are warnings
// (CAMEO 13, PLOVER THREATEN): "we will respond", "Belarus will instantly respond to any aggression",
// "any aggression will be met with an instant response", "there would be enormous consequences for
// Russia", "Russia would pay a heavy price", "vowed a united response". A past or negated response
// ("Ukraine responded to the letter", "will not respond") is not one, nor is a welcome one ("will respond
// positively"). An announced end of patience is one:
// "police will no longer tolerate rallies by the Kifaya group", "we will not tolerate any interference by
// Russia": a warning to whoever does it.
import type { Mention } from '../types.ts';
import { isQuoteMark, mentionOf, token, type SentenceContext } from './context.ts';
import { foreseenOutcome } from './foreseen-outcomes.ts';
import { coordinated } from './match.ts';
import { FUTURE, NEGATORS } from './lexicon.ts';
import { subjectOf } from './roles.ts';

export interface Warning {
  /** The token the warning is anchored on ("respond", "consequences", "price"). */
  readonly trigger: number;
  readonly code: string;
  /** Subject of the announcing clause when it is the one who warns ("Belarus will respond"); else empty. */
  readonly subjects: readonly Mention[];
  /** Who is warned, when the sentence names it ("consequences for the Kremlin", "Russia would pay"). */
  readonly targets: readonly Mention[];
}

export const RESPONSE_VERBS = new Set(['respond', 'retaliate', 'react']);
export const RESPONSE_NOUNS = new Set(['response', 'retaliation', 'consequences', 'consequence', 'price', 'costs']);
/** Verbs that announce the response noun as their object: "vowed a united response". */
const VOWING = new Set(['vow', 'promise', 'pledge', 'warn', 'threaten']);
const HYPOTHETICAL_FUTURE = new Set(['would', "'d"]);
const FIRST_PERSON = new Set(['we', 'i', 'us']);
/** Verbs of putting up with something: "will no longer tolerate/accept/allow X" warns X. */
export const TOLERATING = new Set(['tolerate', 'accept', 'allow', 'permit']);

/** Warnings in one sentence, found by the rules above. */
export function findWarnings(ctx: SentenceContext): Warning[] {
  const found: Warning[] = [];
  for (let i = ctx.sentence.firstToken; i < ctx.sentence.endToken; i++) {
    const t = ctx.doc.tokens[i]!;
    if (mentionOf(ctx, i) !== undefined) continue;
    if (t.pos === 'VERB' && RESPONSE_VERBS.has(t.lemma)) {
      if (!announcedFuture(ctx, i) || welcomeManner(ctx, i)) continue;
      found.push({
        trigger: i,
        code: t.lemma === 'retaliate' ? '138' : '130',
        subjects: subjectOf(ctx, i),
        targets: [],
      });
    } else if (TOLERATING.has(t.lemma) && t.pos === 'VERB' && endOfPatience(ctx, i)) {
      found.push({ trigger: i, code: '130', subjects: subjectOf(ctx, i), targets: toleratedActors(ctx, i) });
    } else if (t.pos === 'NOUN' && RESPONSE_NOUNS.has(t.lower) && !namedOutcome(ctx, i) && !foreseenOutcome(ctx, i)) {
      const governor = governingVerb(ctx, i);
      if (governor === null || WEIGHING.has(ctx.doc.tokens[governor]!.lemma)) continue;
      const vowed = VOWING.has(ctx.doc.tokens[governor]!.lemma);
      if (!vowed && !announcedFuture(ctx, governor)) continue;
      // "Russia would pay a heavy price": the payer is the one warned; otherwise "consequences for X".
      const payer = ctx.doc.tokens[governor]!.lemma === 'pay';
      const targets = payer ? subjectOf(ctx, governor) : forActor(ctx, i);
      // "we will pay a much higher price": a cost the speaker's own side foresees for itself warns no one.
      if (payer && payerIsSpeaker(ctx, governor)) continue;
      const subjects = vowed ? subjectOf(ctx, governor) : [];
      found.push({ trigger: i, code: '130', subjects, targets });
    }
  }
  return found;
}

/** "we will pay", "I would pay": the subject before the verb group of "pay" is the speaker's side. */
function payerIsSpeaker(ctx: SentenceContext, verb: number): boolean {
  let k = verb - 1;
  while (k >= ctx.sentence.firstToken && /^(?:AUX|ADV|PART)$/.test(ctx.doc.tokens[k]!.pos)) k--;
  return FIRST_PERSON.has(ctx.doc.tokens[k]?.lower ?? '');
}

/**
 * Verbs that weigh or recall consequences rather than announce them: "we will find out how serious the consequences
 * are", "we will always remember the tragic consequences that nationalism may bring".
 */
const WEIGHING = new Set(
  'remember find assess study analyse analyze estimate calculate overcome mitigate eliminate minimise minimize'.split(
    ' ',
  ),
);
/** Things one answers: "prepare a response to the document that we received" is a reply, no warning. */
const ANSWERED = new Set(
  'document documents letter letters proposal proposals question questions request requests note notes offer draft appeal message invitation initiative'.split(
    ' ',
  ),
);

/** Words that make a response welcome: "a very good response", "the best response", "a positive response". */
const WELCOME = new Set(['good', 'best', 'positive', 'warm', 'favourable', 'favorable', 'constructive']);

/**
 * A response noun that names an outcome or a reply, no warning: the consequences "of" something ("deal with the
 * consequences of climate change", "overcome the consequences of this force of nature"), "in response to" a question
 * or an accusation, a welcome response ("a very good response to it throughout the world"), and a price of goods
 * ("short-term fuel price inflation").
 */
function namedOutcome(ctx: SentenceContext, i: number): boolean {
  const t = ctx.doc.tokens[i]!;
  const next = token(ctx, i + 1)?.lower;
  const before = token(ctx, i - 1);
  if (t.lower.startsWith('consequence') && next === 'of') return true;
  if (t.lower === 'response' && before?.lower === 'in' && next === 'to') return true;
  // "the consequences triggered by the new strain": a participle names what caused them; an outcome.
  if (t.lower.startsWith('consequence') && token(ctx, i + 1)?.pos === 'VERB' && /ed$/.test(next ?? '')) return true;
  // "prepare a response to the document that we received": a reply to a document or a question.
  if (t.lower === 'response' && next === 'to') {
    const after = token(ctx, i + 2)?.pos === 'DET' ? token(ctx, i + 3) : token(ctx, i + 2);
    if (after !== undefined && ANSWERED.has(after.lower)) return true;
  }
  for (let k = i - 1; k >= Math.max(ctx.sentence.firstToken, i - 3); k--) {
    const w = ctx.doc.tokens[k]!;
    if (WELCOME.has(w.lower)) return true;
    if (w.pos !== 'ADJ' && w.pos !== 'ADV') break;
  }
  return t.lower === 'price' && before?.pos === 'NOUN' && mentionOf(ctx, i - 1) === undefined;
}

/** Manner adverbs that make a response a welcome one: "will respond positively to the proposals". */
const WELCOME_MANNER = new Set(['positively', 'favourably', 'favorably', 'constructively', 'warmly', 'kindly']);

/** "respond positively", "react very favourably": the verb's manner adverb (within two words) welcomes. */
function welcomeManner(ctx: SentenceContext, verb: number): boolean {
  for (let k = verb + 1; k <= Math.min(ctx.sentence.endToken - 1, verb + 2); k++) {
    const t = ctx.doc.tokens[k]!;
    if (WELCOME_MANNER.has(t.lower)) return true;
    if (t.pos !== 'ADV') return false;
  }
  return false;
}

/** "will (instantly) respond", "would pay": a future or would in the verb group, not negated. */
function announcedFuture(ctx: SentenceContext, verb: number): boolean {
  for (let k = verb - 1; k >= Math.max(ctx.sentence.firstToken, verb - 5); k--) {
    const t = ctx.doc.tokens[k]!;
    if (NEGATORS.has(t.lower)) return false;
    if (FUTURE.has(t.lower) || HYPOTHETICAL_FUTURE.has(t.lower)) return true;
    if (t.pos !== 'ADV' && t.pos !== 'AUX' && t.pos !== 'PART') return false;
  }
  return false;
}

/**
 * "will no longer tolerate/accept/allow", "will not tolerate": a future verb group that ends one's patience.
 * "Will not accept/allow" is a refusal, not a warning (the patterns code it as a rejection).
 */
function endOfPatience(ctx: SentenceContext, verb: number): boolean {
  let noLonger = false;
  let not = false;
  for (let k = verb - 1; k >= Math.max(ctx.sentence.firstToken, verb - 5); k--) {
    const t = ctx.doc.tokens[k]!;
    if (t.lower === 'longer' && ctx.doc.tokens[k - 1]?.lower === 'no') noLonger = true;
    else if (t.lower === 'not' || t.lower === "n't" || t.lower === 'n’t') not = true;
    else if (FUTURE.has(t.lower) || HYPOTHETICAL_FUTURE.has(t.lower) || t.lower === 'wo')
      return noLonger || (not && ctx.doc.tokens[verb]!.lemma === 'tolerate');
    else if (t.pos !== 'ADV' && t.pos !== 'AUX' && t.pos !== 'PART' && t.lower !== 'no') return false;
  }
  return false;
}

/**
 * Whom an end of patience warns: the object's actor ("will not tolerate Russia's meddling") or the doer of the
 * tolerated act ("rallies by the Kifaya group", "interference of foreign states"); not an actor the act is
 * aimed at ("any attacks against Kazakhstan").
 */
function toleratedActors(ctx: SentenceContext, verb: number): Mention[] {
  for (let k = verb + 1; k < Math.min(ctx.sentence.endToken, verb + 8); k++) {
    const t = ctx.doc.tokens[k]!;
    const m = mentionOf(ctx, k);
    if (m !== undefined) {
      const doer =
        k === verb + 1 || /^(?:by|of|from)$/.test(ctx.doc.tokens[k - 1]!.lower) || objectOpener(ctx, verb, k);
      return doer ? coordinated(ctx, m) : [];
    }
    if (!/^(?:DET|ADJ|NOUN|ADP|NUM)$/.test(t.pos) || (t.pos === 'ADP' && !/^(?:by|of|from)$/.test(t.lower))) return [];
  }
  return [];
}

/** Only determiners and adjectives stand between the verb and the mention: it opens the object. */
function objectOpener(ctx: SentenceContext, verb: number, k: number): boolean {
  for (let j = verb + 1; j < k; j++) if (!/^(?:DET|ADJ)$/.test(ctx.doc.tokens[j]!.pos)) return false;
  return true;
}

/** The verb whose object (or predicate) the noun is: "will have severe consequences", "be met with a response". */
function governingVerb(ctx: SentenceContext, noun: number): number | null {
  for (let k = noun - 1; k >= Math.max(ctx.sentence.firstToken, noun - 6); k--) {
    const t = ctx.doc.tokens[k]!;
    // "vowed a “united” response": a participle after an article (quoted or not) describes the noun.
    if (t.pos === 'VERB' && modifierParticiple(ctx, k)) continue;
    // "will be met with an instant response": the participle's auxiliary group carries the future.
    if (t.pos === 'VERB' || t.pos === 'AUX') return k;
    if (mentionOf(ctx, k) !== undefined || t.text === ',' || t.text === ';') return null;
  }
  return null;
}

/** A participle between an article and its noun, quoted or not: "a “united” response", "a coordinated response". */
function modifierParticiple(ctx: SentenceContext, k: number): boolean {
  let j = k - 1;
  while (token(ctx, j) !== undefined && isQuoteMark(token(ctx, j)!)) j--;
  return token(ctx, j)?.pos === 'DET';
}

/** "consequences for the Kremlin": the actor after "for" right behind the noun. */
function forActor(ctx: SentenceContext, noun: number): Mention[] {
  let k = noun + 1;
  while (token(ctx, k) !== undefined && (isQuoteMark(token(ctx, k)!) || token(ctx, k)!.text === '[')) k++;
  if (!/^(?:for|on|against)$/.test(token(ctx, k)?.lower ?? '')) return [];
  k++;
  while (token(ctx, k)?.pos === 'DET' || token(ctx, k)?.pos === 'ADJ') k++;
  const m = mentionOf(ctx, k);
  return m !== undefined ? coordinated(ctx, m) : [];
}
