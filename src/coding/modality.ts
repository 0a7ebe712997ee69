// Asserted, negated or hypothetical: decided from the words around the trigger, without a parse.
import type { Modality, Token } from '../types.ts';
import { asked, isQuoteMark, mentionOf, quoteLike, wordsBefore, type SentenceContext } from './context.ts';
import {
  AIM_GOVERNORS,
  alleges,
  ATTEMPT_GOVERNORS,
  CLAIM_NOUNS,
  CONDITIONAL,
  FALSE_WORDS,
  FUTURE,
  COMMITMENT_GOVERNORS,
  DEMAND_VERBS,
  IRREALIS_GOVERNORS,
  IRREALIS_NOUN_CUES,
  IRREALIS_NOUN_GOVERNORS,
  MODALS,
  OBLIGATION,
  PERFORMATIVE_VERBS,
  PERFORMATIVE_WISHES,
  POSSESSIVE_PRONOUNS,
  QUESTION_VERBS,
  SPEAKER_PRONOUNS,
  SPEECH_VERBS,
  SUBJECT_PRONOUNS,
  SUBORDINATORS,
  WH_WORDS,
  NEGATING_GOVERNORS,
  NEGATING_NOUNS,
  NEGATIVE_SUBJECTS,
  NEGATORS,
} from './lexicon.ts';
import { wishedAct } from './wishes.ts';
import { mandatedClause } from './mandated-clauses.ts';
import { imperativeAt } from './imperatives.ts';
import { isPossessiveMark } from './match.ts';
import { frameOf, prospectFor } from './topics.ts';
import { headlineInfinitive } from './scheduled-infinitives.ts';
import { adjunctHead, coordinatedHead, followedHead, meansHead, purposeNounHead } from './coordinated-verbs.ts';
import { futureTimeClause, purposeClause } from './future-clauses.ts';
import { conquestForcesAreSentFor } from './sent-forces.ts';
import {
  abandonedPlan,
  avoidedAct,
  conditionWithoutIf,
  counterfactualPerfect,
  forgoneAct,
  invertedCondition,
  medialCondition,
  noSubject,
} from './conditions.ts';
import { expectedAct } from './expected-acts.ts';
import { negativeSubjectOutOfScope, negatorOutOfScope, unevidencedClause } from './negation-scope.ts';
import { contrastedSubject } from './contrast.ts';
import { brinkOf, doubtedAct, nearMiss, prematureSaying } from './unrealized-acts.ts';
import { discourseFrame } from './discourse-frames.ts';
import { clauseStart, forInfinitiveSubject, infinitiveGovernor, permittedActor, preventedAct } from './roles.ts';
import { isBareForm, spelledLemma } from './spelled-lemmas.ts';
import { seriesHead } from './infinitive-series.ts';
import { refusedLeave } from './refused-leave.ts';
import { bareProposal } from './bare-proposals.ts';
import { hopedFor } from './hoped-for.ts';
import {
  AHEAD_CUE,
  BRINK_CUE,
  CONDITION_CUE,
  cued,
  DENIAL_CUE,
  DOUBTING_CUE,
  FUTURE_OR_MODAL_CUE,
  HEARSAY_CUE,
  HOPED_CUE,
  INVERTING_CUE,
  LEAVE_CUE,
  NEARLY_CUE,
  NEGATION_CUE,
  NO_WAY_CUE,
  PREMATURE_CUE,
  PROPOSAL_CUE,
  PURPOSE_CUE,
  QUESTION_CUE,
  READINESS_CUE,
  sentenceCues,
  TIME_OPENER_CUE,
  TRUTH_CUE,
  WISHED_CUE,
} from './gate-cues.ts';
import { neededNoun, scheduledNoun } from './needed-nouns.ts';
import { decisionMaker } from './light-verbs.ts';
import { rightNounTo } from './rights.ts';
import { readiedAct } from './readiness.ts';
import { hearsayContent } from './hearsay.ts';
import { unsaidContent } from './unsaid.ts';
import { doubtDenied, doubtDeniedBy, falseClaim } from './undoubted.ts';
import { participleObject } from './participle-objects.ts';
import { pressedInto } from './pressed-into.ts';
import { attemptAdjunct, verbAcrossParticiple } from './attempted-purposes.ts';

/**
 * An announced action: "will"/"shall" (future), "would" after a speech verb (reported future),
 * "plans/offered/agreed to" (commitment), "must/should/has to" (obligation), "is seeking to" (aim: intent only
 * when the act is cooperation). See recode.ts.
 */
export type Announcement = 'future' | 'reported-future' | 'commitment' | 'aim' | 'obligation' | null;

export interface ModalityReading {
  readonly modality: Modality;
  readonly announced: Announcement;
  /** Which cue decided it, for the rule trail. */
  readonly cue: string | null;
}

export const ASSERTED: ModalityReading = { modality: 'asserted', announced: null, cue: null };
const reading = (modality: Modality, announced: Announcement, cue: string | null): ModalityReading => ({
  modality,
  announced,
  cue,
});

/** Words of an event noun's phrase between its possessor and the noun: "its military cooperation". */
const NOUN_PHRASE_POS = /^(?:ADJ|NOUN|PROPN)$/;

/**
 * The mention at `k` is the possessor of the event noun at `trigger` ("Ukraine's trade", "its cooperation", past
 * adjectives and nouns), and "of", "on" or "to" after a noun that ends or suspends an act stands right before it:
 * "the cessation of Ukraine's trade with Russia".
 */
function endedPossessor(ctx: SentenceContext, k: number, trigger: number): boolean {
  const tokens = ctx.doc.tokens;
  const at = ctx.mentionAt[k]!;
  if (at < 0) return false;
  const mention = ctx.mentions[at]!;
  let j = mention.endToken;
  const pronoun =
    mention.endToken - mention.firstToken === 1 && POSSESSIVE_PRONOUNS.has(tokens[mention.firstToken]!.lower);
  if (!pronoun) {
    if (!/^['’]s$/.test(tokens[j]?.lower ?? '')) return false;
    j++;
  }
  for (; j < trigger; j++) if (!NOUN_PHRASE_POS.test(tokens[j]!.pos)) return false;
  if (j !== trigger) return false;
  const before = tokens[mention.firstToken - 1]?.lower ?? '';
  return /^(?:of|on|to)$/.test(before) && NEGATING_NOUNS.has(tokens[mention.firstToken - 2]?.lemma ?? '');
}

/** Wishes and plans whose means ("by cutting gas supplies") is not taken with them: "wants to weaken … by …". */
const WISHED = new Set(['want', 'wish', 'hope', 'intend', 'plan', 'aim', 'propose', 'threaten']);

/** Participles that put an act on the calendar after "is/are": "is expected / scheduled / slated to visit". */
const SCHEDULING = new Set(['expected', 'scheduled', 'slated']);
const BE_SCHEDULE = new Set(['is', 'are', 'was', 'were', 'be', 'been', "'s", "'re", '’s', '’re']);

/** "are (also) expected to", "is scheduled to": a scheduling participle after a form of "be". */
function scheduledBy(ctx: SentenceContext, at: number): boolean {
  if (!SCHEDULING.has(ctx.doc.tokens[at]!.lower)) return false;
  let k = at - 1;
  while (ctx.doc.tokens[k]?.pos === 'ADV' && k > ctx.sentence.firstToken) k--;
  return BE_SCHEDULE.has(ctx.doc.tokens[k]?.lower ?? '');
}

/** The sentence opens with a fact-check's "Claim:" or "The claim:" label. */
function claimLabel(ctx: SentenceContext): boolean {
  const tokens = ctx.doc.tokens;
  let k = ctx.sentence.firstToken;
  if (tokens[k]?.lower === 'the') k++;
  return tokens[k]?.lower === 'claim' && tokens[k + 1]?.text === ':';
}

/** Words before an event noun that put it on the calendar: "the planned talks", "the upcoming visit". */
const SCHEDULED = new Set(['planned', 'scheduled', 'upcoming', 'forthcoming']);

export function readModality(ctx: SentenceContext, trigger: number, noun: boolean): ModalityReading {
  const tokens = ctx.doc.tokens;
  const first = ctx.sentence.firstToken;
  const start = clauseStart(ctx, trigger);
  // The tests gated by the sentence's cue words run only when their words are in it (gate-cues.ts).
  const cues = sentenceCues(ctx);

  // Questions and conditionals: "whether Russia would attack", "if talks fail".
  if ((cues & QUESTION_CUE) !== 0 && asked(ctx, trigger)) return reading('hypothetical', null, '?');
  // A fact-check's label: "The claim: Putin nationalized the central bank" states what is checked, not a fact.
  if (claimLabel(ctx)) return reading('hypothetical', null, 'claim:');
  for (let k = first; k < trigger; k++) {
    const t = tokens[k]!;
    // Not "If we talk about the war, we need to look back to 2021, when Russia sent proposals" (discourse-frames.ts).
    if (CONDITIONAL.has(t.lower) && !answeredQuestion(ctx, k, trigger) && !discourseFrame(ctx, k, trigger))
      return reading('hypothetical', null, t.lower);
    // Proposals: "Let's have a dialogue with Russia."
    if (t.lower === 'let' && /^(?:'s|’s|us)$/.test(tokens[k + 1]?.lower ?? ''))
      return reading('hypothetical', 'commitment', 'let us');
    // Embedded questions: "to find out how determined they are to reach agreements".
    if (WH_WORDS.has(t.lower) && k > first && QUESTION_VERBS.has(tokens[k - 1]!.lemma))
      return reading('hypothetical', null, `${tokens[k - 1]!.lower} ${t.lower}`);
  }

  // "Lavrov did not say that Russia attacked Ukraine", "never said that we wanted to fight": the content of a negated
  // saying is not told, whatever its own reading (unsaid.ts).
  const untold = (cues & NEGATION_CUE) !== 0 ? unsaidContent(ctx, trigger) : null;
  if (untold !== null) return reading('hypothetical', null, untold);

  // "expressed hope for strengthening cooperation", "look forward to meeting you": hoped for, not done (hoped-for.ts).
  const hoped = (cues & HOPED_CUE) !== 0 ? hopedFor(ctx, trigger) : null;
  if (hoped !== null) return reading('hypothetical', null, hoped);
  // "I suggest we discuss all this", "proposed Moscow and Kyiv meet in Geneva": proposed, not done (bare-proposals.ts).
  const proposal = noun || (cues & PROPOSAL_CUE) === 0 ? null : bareProposal(ctx, trigger);
  if (proposal !== null) return reading('hypothetical', proposal.ours ? 'commitment' : null, proposal.cue);

  // "in case Russia attacks", "in the event of an invasion", "Should Russia invade, …" (conditions.ts).
  const condition =
    ((cues & CONDITION_CUE) !== 0 ? conditionWithoutIf(ctx, trigger, noun) : null) ??
    ((cues & INVERTING_CUE) !== 0 ? (invertedCondition(ctx, trigger) ?? medialCondition(ctx, trigger)) : null);
  if (condition !== null) return reading('hypothetical', null, condition);
  // "instead of forcing Ukraine to make peace": the act not taken.
  const forgone = forgoneAct(ctx, trigger);
  if (forgone !== null) return reading('negated', null, forgone);
  // "stopped short of attacking", "ruled out sending troops" (not done); "did not rule out sending troops" (possible).
  const avoided = noun ? null : avoidedAct(ctx, trigger);
  if (avoided !== null && !avoided.negated) return reading('negated', null, avoided.cue);
  // "does not exclude sending troops": as possible as one not ruled out.
  if (avoided !== null && (avoided.cue === 'rule out' || avoided.cue === 'exclude'))
    return reading('hypothetical', null, `not ${avoided.cue}`);
  // "nearly unleashed a war": an act that nearly happened did not; "too early to say that Russia has withdrawn
  // troops", "came close to attacking", "on the brink of war", "possibly provided": not asserted (unrealized-acts.ts).
  const missed = noun || (cues & NEARLY_CUE) === 0 ? null : nearMiss(ctx, trigger);
  if (missed !== null) return reading('negated', null, missed);
  const unsaid =
    ((cues & PREMATURE_CUE) !== 0 ? prematureSaying(ctx, trigger) : null) ??
    ((cues & BRINK_CUE) !== 0 ? brinkOf(ctx, trigger) : null) ??
    (noun || (cues & DOUBTING_CUE) === 0 ? null : doubtedAct(ctx, trigger));
  if (unsaid !== null) return reading('hypothetical', null, unsaid);

  const undecided = !noun
    ? (possibleAct(ctx, trigger) ?? questionedInfinitive(ctx, trigger) ?? weighedAct(ctx, trigger))
    : (pressedNoun(ctx, trigger) ?? neededNoun(ctx, trigger));
  if (undecided !== null) return reading('hypothetical', null, undecided);
  const scheduled = noun ? scheduledNoun(ctx, trigger) : null;
  // An act others expect is not announced by its doers ("the withdrawal of Russian troops is expected").
  if (scheduled !== null) return reading('hypothetical', scheduled.endsWith('expected') ? null : 'future', scheduled);
  // "prevented extremists from seizing power" kept it from happening; "did not prevent us from discussing" let it.
  // "warned Russia against using nuclear weapons": a warned-against act is not done, warning or no warning.
  const prevented = !noun ? preventedAct(ctx, trigger) : null;
  if (prevented !== null) {
    const allowed = prevented.warned ? null : negatorBefore(ctx, prevented.verb);
    return allowed !== null ? ASSERTED : reading('hypothetical', null, ctx.doc.tokens[prevented.verb]!.lemma);
  }

  // "wants to pressure Russia into negotiating", "tried to coerce Kyiv into investigating": the act the pressing is
  // for happens only if the pressing has (pressed-into.ts).
  const presser = noun ? null : pressedInto(ctx, trigger);
  if (presser !== null) {
    const pressing = readModality(ctx, presser, false);
    if (pressing.modality !== 'asserted' || pressing.announced !== null)
      return reading('hypothetical', null, `${pressing.cue ?? pressing.announced ?? ''} into`.trim());
  }

  // "Please support this proposal": what is asked of the addressee is not done.
  if (tokens[trigger - 1]?.lower === 'please') return reading('hypothetical', null, 'please');
  // "Help Ukrainians who are forced to flee their homes.", in an address printed without quote marks: an imperative
  // asks for the act (imperatives.ts; a quoted one is also its addressee's, index.ts).
  if (!noun && imperativeAt(ctx, trigger)) return reading('hypothetical', null, 'imperative');

  // "the documents are ready for signing", "submitted for signing": what a text is ready for is still to come.
  if (!noun && tokens[trigger - 1]?.lower === 'for' && READY.has(tokens[trigger - 2]?.lower ?? ''))
    return reading('hypothetical', null, `${tokens[trigger - 2]!.lower} for`);
  // "is open to meeting Putin", "was ready for a meeting between Putin and Zelensky": the subject's readiness, an
  // intent (readiness.ts).
  const readied = (cues & READINESS_CUE) !== 0 ? readiedAct(ctx, trigger, noun) : null;
  if (readied !== null) return reading('hypothetical', readied.intent ? 'commitment' : null, readied.cue);

  // "must agree to changes before they demobilize", "until their demands are met": a present-tense act in a
  // before/until clause has not happened yet.
  const opener = tokens[start - 1];
  if (
    opener !== undefined &&
    (opener.lower === 'before' || opener.lower === 'until') &&
    !noun &&
    !frontedClauseClosed(ctx, start - 1, trigger)
  ) {
    const t = tokens[trigger]!;
    const auxiliary = tokens[trigger - 1]?.lower;
    const lemma = spelledLemma(t);
    const present = t.lower === lemma || t.lower === `${lemma}s` || t.lower === `${lemma}es`;
    if (present || auxiliary === 'is' || auxiliary === 'are') return reading('hypothetical', null, opener.lower);
  }

  // "will ask Xi to commit when he visits Paris", "Once the sanctions are lifted, Russia will …": a present-tense act
  // in a time clause under a future or modal main clause is yet to come; so is one in a purpose clause, "so that all
  // European leaders agree", "to ensure that the EU agrees on a sixth package" (future-clauses.ts).
  const upcoming = noun
    ? null
    : ((cued(cues, TIME_OPENER_CUE | FUTURE_OR_MODAL_CUE) ? futureTimeClause(ctx, trigger) : null) ??
      ((cues & PURPOSE_CUE) !== 0 ? purposeClause(ctx, trigger) : null));
  if (upcoming !== null) return reading('hypothetical', null, upcoming);

  // "demanded that the US cancel its plans": what is demanded has not happened.
  if (opener?.lower === 'that') {
    for (let k = start - 2; k >= Math.max(first, start - 4); k--) {
      if (DEMAND_VERBS.has(tokens[k]!.lemma)) return reading('hypothetical', null, tokens[k]!.lemma);
    }
  }

  // "it is important that the Polish authorities support our neighbour": what ought to happen (mandated-clauses.ts).
  const mandated = opener === undefined ? null : mandatedClause(ctx, start - 1, trigger);
  if (mandated !== null) return reading('hypothetical', null, mandated);

  // "I hope that Germany will support this decision", "Imagine Russian missiles hitting its heart": wished or
  // pictured, not done (wishes.ts).
  const wished = (cues & WISHED_CUE) !== 0 ? wishedAct(ctx, trigger) : null;
  if (wished !== null) return reading('hypothetical', null, wished);

  // "stressed the importance of strengthening cooperation", "it is important to step up joint work": an act called
  // important or necessary is not done; called so by its doers, cooperation is their intent (read as an aim).
  const valued = !noun ? valuedAct(ctx, trigger) : null;
  if (valued !== null) return reading('hypothetical', valued.aim ? 'aim' : null, valued.cue);

  const content = documentContent(ctx, trigger);
  if (content !== null) return content;
  const disputed = disputedClaim(ctx, trigger) ?? demandedAdmission(ctx, trigger);
  if (disputed !== null) return disputed;
  // "It is not true that Russia attacked Ukraine": the claim is denied (undoubted.ts).
  const denied =
    ((cues & DENIAL_CUE) !== 0 ? deniedBefore(ctx, trigger) : null) ??
    (noun || (cues & NEGATION_CUE) === 0 ? null : disbelievedBefore(ctx, trigger)) ??
    unevidencedClause(ctx, trigger) ??
    ((cues & TRUTH_CUE) !== 0 ? falseClaim(ctx, trigger) : null);
  if (denied !== null) return reading('negated', null, denied);

  if (noun) {
    // "A Russian invasion of Ukraine would trigger sanctions": the noun's own verb is modal or future. A future is
    // announced ("Talks between Putin and Mirziyoyev will take place in Moscow": intent to meet, recode.ts). The
    // noun's own phrase may name its parties first: each mention counts as one word.
    for (let k = trigger + 1, words = 0; k < ctx.sentence.endToken && words < 8; k++, words++) {
      const m = mentionOf(ctx, k);
      if (m !== undefined) {
        k = m.endToken - 1;
        continue;
      }
      const t = tokens[k]!;
      if (FUTURE.has(t.lower)) return reading('hypothetical', 'future', t.lower);
      if (MODALS.has(t.lower)) return reading('hypothetical', null, t.lower);
      // "sanctions against Russia must be strengthened", "the embargo on Russian oil should take effect", "sanctions
      // against Kremlin propagandists need to be stepped up": a noun the clause says must or should come about is
      // called for (the speaker's demand), not reported done.
      // Not "informed about the need to": a noun "need" after its determiner.
      const needs =
        NEED_TO.has(t.lower) && tokens[k + 1]?.lower === 'to' && t.pos !== 'NOUN' && tokens[k - 1]?.pos !== 'DET';
      if (OBLIGATION.has(t.lower) || needs) return reading('hypothetical', null, t.lower);
      // "said after talks with Scholz that Germany would send …": a that-clause is the saying's, not the noun's.
      if (t.pos === 'VERB' || t.pos === 'AUX' || t.text === ',' || t.text === ';' || t.lower === 'that') break;
    }
    for (let k = trigger - 1; k >= Math.max(first, trigger - 6); k--) {
      const t = tokens[k]!;
      // "have not seen any withdrawal", "has not taken calls or had any contact": after a negator "any" negates.
      const negator = t.lower === 'any' ? negatorBetween(ctx, start, k) : null;
      if (negator !== null) return reading('negated', null, `${negator} any`);
      // "the planned talks", "the upcoming visit": a scheduled act is announced (recode.ts: a meeting is intent).
      if (SCHEDULED.has(t.lower)) return reading('hypothetical', 'future', t.lower);
      if (IRREALIS_NOUN_CUES.has(t.lower)) return reading('hypothetical', null, t.lower);
      if (t.pos === 'VERB') {
        // "is planning a visit to Kyiv" commits its subject as "plans to visit" does (recode.ts: intent to meet).
        if (IRREALIS_NOUN_GOVERNORS.has(t.lemma))
          return reading('hypothetical', t.lemma === 'plan' ? 'commitment' : null, t.lemma);
        // "the possibility of holding the next meeting", "the importance of holding a regular meeting": the light
        // verb's own -ing is possible or called important (a meeting so called is its doers' intent, as in valuedAct).
        const possible = possibleAct(ctx, k);
        if (possible !== null) return reading('hypothetical', null, possible);
        const valued = valuedAct(ctx, k);
        if (valued !== null) return reading('hypothetical', valued.aim ? 'aim' : null, valued.cue);
        break;
      }
    }
  }

  if (!noun && (cues & NO_WAY_CUE) !== 0 && noWayBefore(ctx, start, trigger)) return reading('negated', null, 'no way');
  // "…, not Ukraine is refusing to join", "It is not Ukraine that is refusing": denied of the contrasted actor.
  const contrasted = noun || (cues & NEGATION_CUE) === 0 ? null : contrastedSubject(ctx, trigger);
  if (contrasted !== null) return reading('negated', null, contrasted);

  // "would attend the conference and meet Harris", "will not attack or invade": the first verb's modal, future or
  // obligation holds for the verb joined to it (coordinated-verbs.ts); a negation only over "or".
  const joined = noun ? null : coordinatedHead(ctx, trigger);
  if (joined !== null) {
    const first = readModality(ctx, joined.head, false);
    const modal =
      first.announced !== null ||
      (first.cue !== null && (MODALS.has(first.cue) || OBLIGATION.has(first.cue) || first.cue === 'would'));
    if (!joined.gerund && modal && (first.modality !== 'negated' || joined.joiner === 'or')) return first;
    // "aimed at infiltrating the team and taking him hostage", "instead of negotiating and seeking peace": what
    // governs the first -ing form (a purpose, an alternative, an allegation) governs the second; not an announcement
    // read off a verb further back ("I want to highlight the role you played in stopping the war and deploying …").
    // A negation spans the -ing forms joined under it, future or not ("will never succeed in dominating and occupying").
    if (joined.gerund && first.modality !== 'asserted' && (first.announced === null || first.modality === 'negated'))
      return first;
  }
  // "will launch a counteroffensive in May, attacking Russian forces": a participle adjunct of an act still to come
  // is read with it (coordinated-verbs.ts), however far back its future stands.
  const hung = noun ? null : adjunctHead(ctx, trigger);
  if (hung !== null) {
    const act = readModality(ctx, hung, false);
    if (act.announced === 'future' || (act.modality === 'hypothetical' && MODALS.has(act.cue ?? ''))) return act;
  }
  // "could tighten the screws on Russia by imposing secondary sanctions", "must expedite … by supplying the Navy": the
  // means of an act only possible or called for is not taken (coordinated-verbs.ts); "I would like to begin by
  // thanking" thanks all the same.
  const means = noun || PERFORMATIVE_VERBS.has(tokens[trigger]!.lemma) ? null : meansHead(ctx, trigger);
  if (means !== null) {
    const act = readModality(ctx, means, false);
    const cue = act.cue ?? '';
    if (act.announced === 'future') return act;
    if (act.modality === 'hypothetical' && (MODALS.has(cue) || OBLIGATION.has(cue) || cue === 'would'))
      return reading('hypothetical', null, `${cue} … by`);
    // "wants to weaken Europe by cutting gas supplies": the means of an act only wished or planned is not taken
    // either (not one of an attempt, "is trying to thwart our efforts by destroying bridges", which is under way).
    if (act.modality === 'hypothetical' && WISHED.has(cue)) return reading('hypothetical', null, `${cue} … by`);
  }

  // "may follow Germany's lead in sending tanks", "could join the US in imposing sanctions": the act done as another
  // does is read with the verb of following; "Scholz may soon meet Putin for talks": so are the talks a verb of going
  // is for (coordinated-verbs.ts).
  // (Not a speech act: "I would like to join the previous speakers in thanking X" thanks X.)
  const companion = noun
    ? purposeNounHead(ctx, trigger)
    : PERFORMATIVE_VERBS.has(tokens[trigger]!.lemma)
      ? null
      : followedHead(ctx, trigger);
  if (companion !== null) {
    const act = readModality(ctx, companion, false);
    const cue = act.cue ?? '';
    if (act.announced === 'future') return act;
    if (act.modality === 'hypothetical' && (MODALS.has(cue) || cue === 'would')) return act;
  }

  // "we cannot allow Russia to win", "will not let the occupiers destroy our cities": leave refused, not an act denied.
  const unpermitted = noun || (cues & LEAVE_CUE) === 0 ? null : refusedLeave(ctx, trigger);
  if (unpermitted !== null) return reading('hypothetical', null, unpermitted);

  // The verb group: auxiliaries, negators and adverbs just before the trigger.
  let negated: string | null = null;
  let future: Announcement = null;
  for (let k = trigger - 1; k >= Math.max(start, wordsBefore(ctx, trigger, 8)); k--) {
    const t = tokens[k]!;
    // "called on Arabs to unite and mobilize": the second verb of a coordinated infinitive is read with the first;
    // "to immediately and unconditionally release": coordinated adverbs stay in the verb group.
    if ((t.lower === 'and' || t.lower === 'or') && coordinatedInfinitive(ctx, k)) continue;
    if ((t.lower === 'and' || t.lower === 'or') && tokens[k - 1]?.pos === 'ADV' && tokens[k + 1]?.pos === 'ADV')
      continue;
    // "urged Serbia to join the rest of Europe and impose sanctions": a bare verb after "and" continues the infinitive,
    // also past an adverb ("hoped to encircle Kyiv and then attack Kharkiv") or after a comma of the series ("planned
    // to seize the capital, occupy the east and install a puppet government"), when the verb after the comma is the
    // trigger itself ("To begin with, let me express" is no series).
    const after = pastAdverbs(ctx, k + 1);
    const joined =
      (t.lower === 'and' || t.lower === 'or' || (t.lower === ',' && after === trigger)) && isBareVerb(tokens[after])
        ? seriesHead(ctx, k + 1, true)
        : null;
    if (joined !== null && !performedInSeries(ctx, joined, trigger)) {
      const first = readModality(ctx, joined, false);
      if (first.modality !== 'asserted') return first;
    }
    // "the cessation of Ukraine's trade with Russia", "the end of its military cooperation": the possessor of an event
    // noun ended or suspended stands inside the noun's own phrase, and the scan goes on to the ending noun.
    if (mentionOf(ctx, k) !== undefined && noun && endedPossessor(ctx, k, trigger)) {
      k = ctx.mentions[ctx.mentionAt[k]!]!.firstToken;
      continue;
    }
    if (mentionOf(ctx, k) !== undefined || t.lower === 'and' || t.lower === 'but') break;
    // "No one doubts it attacked": the negation is the doubt's, which vouches for the act (undoubted.ts).
    if (doubtDenied(ctx, k)) break;
    // "there is no gray zone, there is only support": a comma before a clause of its own bounds the negation.
    if (commaOpensClause(ctx, k)) break;
    if (t.lower === 'would' || t.lower === "'d") {
      // "would not have attacked", "would have sent": a counterfactual (conditions.ts).
      if (counterfactualPerfect(ctx, k, trigger)) return reading('hypothetical', null, 'would have');
      return negated !== null
        ? reading('negated', 'reported-future', negated)
        : reading('hypothetical', 'reported-future', 'would');
    }
    // "these days in May we celebrate": a capital "May" inside the sentence is the month.
    if (MODALS.has(t.lower) && !(t.text === 'May' && k > first)) return reading('hypothetical', null, t.lower);
    if (OBLIGATION.has(t.lower)) return reading('hypothetical', 'obligation', t.lower);
    // "the Ukrainian will to fight": "will" before "to" is a noun, no future.
    if (
      (FUTURE.has(t.lower) && tokens[k + 1]?.lower !== 'to') ||
      (t.lower === 'going' && tokens[k + 1]?.lower === 'to')
    )
      future = 'future';
    // "has not only threatened Ukraine but also …" asserts what it says, and more.
    // "we do not merely support the criteria but …", "is not just destroying civilian objects, but …" likewise.
    const notOnly = t.lower === 'not' && /^(?:only|just|merely)$/.test(tokens[k + 1]?.lower ?? '');
    // "Ukraine need not negotiate", "we needn't fear": no obligation, the act is neither done nor denied.
    if ((t.lower === 'not' || t.lower === "n't" || t.lower === 'n’t') && tokens[k - 1]?.lower === 'need' && !notOnly)
      return reading('hypothetical', null, 'need not');
    // "Russian forces, who had not eaten for days, shelled Kharkiv": a negator in another clause (negation-scope.ts).
    if (
      ((NEGATORS.has(t.lower) && !notOnly) || (t.lower === 'no' && tokens[k + 1]?.lower === 'longer')) &&
      !negatorOutOfScope(ctx, k, trigger)
    )
      negated ??= t.lower;
    // "without launching an attack", "without the withdrawal of": the act is the object of "without"; not "without
    // delay condemned the Kremlin", where "without" qualifies a finite verb done all the same.
    if (t.lower === 'without' && (noun || tokens[trigger]!.lower.endsWith('ing'))) negated ??= 'without';
    // "told this to the media following the negotiations with X": a preposition whose object ends before the trigger
    // introduces no infinitive.
    // "UN chief to visit Ukraine": a headline's "is to" with its "is" left out (scheduled-infinitives.ts).
    if (t.lower === 'to' && negated === null && headlineInfinitive(ctx, k) && ownInfinitive(ctx, k, trigger))
      return reading('hypothetical', 'future', 'to (headline)');
    if (t.lower === 'to' && prepositionalTo(ctx, k, trigger)) continue;
    // "Germany's decision to ban RT was criticised by Moscow": a finite "be" between the infinitive and the trigger
    // makes the trigger the main verb, and the infinitive part of its subject.
    if (t.lower === 'to' && finiteBeBetween(ctx, k, trigger)) break;
    // "called on Russia to comply with its obligations, to release the prisoners and to provide access": a later
    // infinitive of a series is called for, wished or planned with the first.
    const head = t.lower === 'to' ? seriesHead(ctx, k) : null;
    if (head !== null && !performedInSeries(ctx, head, trigger)) {
      const first = readModality(ctx, head, false);
      if (first.modality !== 'asserted') return first;
    }
    if (t.lower === 'to') {
      const before = tokens[k - 1]?.lower;
      // "some of whom are yet to condemn the invasion", "cities we have yet to liberate": not done so far (not "yet
      // another attempt to").
      if (before === 'yet' && /^(?:have|has|had|is|are|was|were)$/.test(tokens[k - 2]?.lower ?? ''))
        return reading('negated', null, 'yet to');
      // "Russia's goal is to destroy Ukraine", "the best way is to provide Ukraine with weapons", "the declaration is
      // to be signed": an infinitive after a be-form states an aim, a task or a plan, not a deed. An actor or a
      // pronoun as the subject ("Putin is to host African leaders") schedules its act, announced like "will host" and
      // "is scheduled to attend a summit" (recode.ts: a meeting is an intent, 036).
      // "The goal is not just to seize the territory, but …" states the aim and more.
      const be = /^(?:only|just|merely)$/.test(before ?? '') && tokens[k - 2]?.lower === 'not' ? k - 3 : k - 1;
      const beWord = tokens[be]?.lower;
      if (
        beWord !== undefined &&
        BE_FORMS_PRESENT_PAST.has(beWord) &&
        negated === null &&
        ownInfinitive(ctx, k, trigger)
      ) {
        if (!actorSubject(ctx, be - 1)) return reading('hypothetical', null, `${beWord} to`);
        // "Putin is to host African leaders": scheduled, like "will host" (scheduled-infinitives.ts).
        if (beWord === 'is' || beWord === 'are') return reading('hypothetical', 'future', `${beWord} to`);
      }

      // "it is necessary to support Ukraine", "it is time to recognize Russia as a terrorist state", "it is impossible
      // to occupy the mind of our people": what is needed, timely or (im)possible is not done.
      const judged = judgedInfinitive(ctx, k);
      if (judged !== null && negated === null && ownInfinitive(ctx, k, trigger))
        return reading('hypothetical', null, `${judged} to`);
      // "it is our duty to help Ukraine", "it is the basic interest of the world now to help protect Ukraine", "it was
      // a mistake to invade": an infinitive put after "it is …" is what the clause judges, not a deed; a speech act or a
      // meeting it delights in is done ("it is an honour to welcome you", "it is a pleasure to meet you").
      // "To really help Ukraine, it is not necessary to …", "First, to support Ukraine even more actively.": an
      // infinitive that opens the sentence states a purpose or a programme, not a deed.
      if (sentenceInitial(ctx, k) && verbChain(ctx, k, trigger)) return reading('hypothetical', null, 'to … (purpose)');
      if (extraposedInfinitive(ctx, k) && verbChain(ctx, k, trigger) && !PERFORMATIVE_VERBS.has(tokens[trigger]!.lemma))
        return reading('hypothetical', null, 'it is … to');
      if (
        (before === 'have' || before === 'has' || before === 'had' || before === 'need' || before === 'needs') &&
        negated === null
      )
        return reading('hypothetical', 'obligation', `${before} to`);
      // "Blinken is due to hold talks": on the calendar, like "is scheduled to" (not "due to attacks": because of).
      if (before === 'due' && !noun && BE_SCHEDULE.has(tokens[k - 2]?.lower ?? '') && ownInfinitive(ctx, k, trigger))
        return reading('hypothetical', 'future', 'due');
      const governor = governingVerb(ctx, k);
      // "made yet another attempt to reach agreement", "involved in the attempts to agree": an attempt named right
      // before the infinitive is read as "tried to", whatever verb the noun is the object of (index.ts: a hostile act
      // attempted is the act; an attempt to agree or help has not agreed or helped). "made no attempt to" denies it;
      // "will make an attempt to" is still to come.
      // "in a desperate attempt to turn the tide", "in an effort to seize": the clause's act is the attempt, the
      // infinitive its aim (attempted-purposes.ts).
      const adjunct = negated === null ? attemptAdjunct(ctx, k) : null;
      if (adjunct !== null && ownInfinitive(ctx, k, trigger))
        return reading('hypothetical', null, `in … ${adjunct} to`);
      // "has every right to strike", "Ukraine's right to defend itself": a right held is no act done (rights.ts).
      if (rightNounTo(ctx, k) && ownInfinitive(ctx, k, trigger)) return reading('hypothetical', null, 'right to');
      if (ATTEMPT_NOUNS.has(before ?? '') && negated === null && ownInfinitive(ctx, k, trigger)) {
        const denied = negatedNounPhrase(ctx, k - 1);
        if (denied !== null) return reading('negated', null, `${denied} attempt`);
        const made = governor === null || governor.noun ? ASSERTED : readModality(ctx, governor.at, false);
        if (made.modality === 'asserted' && made.announced === null) return reading('hypothetical', null, 'attempt');
        return reading('hypothetical', null, `${made.cue ?? made.announced ?? ''} attempt`.trim());
      }
      // "so as to strengthen the partnership": a purpose clause, read as "in order to" (whose noun governs).
      if (governor === null && soAsTo(ctx, k))
        return tokens[k - 1]!.lower === 'not'
          ? reading('negated', null, 'so as not to')
          : reading('hypothetical', null, 'so as to');
      // "I would like to thank you", "we want to stress": saying so is the thanks and the stress, done now.
      if (governor !== null && negated === null && performedWish(ctx, governor.at, trigger)) return ASSERTED;
      if (governor !== null && NEGATING_GOVERNORS.has(governor.word)) return reading('negated', null, governor.word);
      // "scrapped plans to storm the plant": a plan given up (conditions.ts).
      const abandoned = governor === null ? null : abandonedPlan(ctx, governor.at);
      if (abandoned !== null) return reading('negated', null, abandoned);
      // "he is not afraid to negotiate with Russia", "we will not hesitate to respond": a fear or a hesitation denied
      // is readiness, a commitment like "ready to" (not a denial of the act).
      if (governor !== null && FEARS.has(governor.word) && negatorBefore(ctx, governor.at) !== null && negated === null)
        return reading(
          'hypothetical',
          governor.noun || objectBetween(ctx, governor.at, k) ? null : 'commitment',
          `not ${governor.word}`,
        );
      // "Russia does not plan to invade", "says it doesn't want to attack": the governor itself is negated.
      const notGoverned =
        governor === null
          ? null
          : (negatorBefore(ctx, governor.at) ?? (governor.noun ? negatedNounPhrase(ctx, governor.at) : null));
      if (notGoverned !== null) return reading('negated', null, `${notGoverned} ${governor!.word}`);
      // "resolve to not threaten": the negation inside the infinitive decides.
      if (negated !== null) return reading('negated', null, negated);
      // "promised not to invade the island", "decided not to block the resolution": so it does before the "to" of a
      // commitment.
      const inner = tokens[k - 1]?.lower ?? '';
      if (governor !== null && COMMITMENT_GOVERNORS.has(governor.word) && (inner === 'not' || inner === 'never'))
        return reading('negated', null, `${governor.word} ${inner} to`);
      // Only a verb or adjective commits its subject: "offered to host" is an offer, "an offer to host" is not.
      // "the US must be ready to mediate": readiness that is demanded of the subject commits it to nothing.
      // "Obama wants Putin to attack": a wish for someone else's act commits neither of them.
      if (governor !== null && COMMITMENT_GOVERNORS.has(governor.word))
        return reading(
          'hypothetical',
          governor.noun || obligedGovernor(ctx, k) || objectBetween(ctx, governor.at, k) ? null : 'commitment',
          governor.word,
        );
      // "are seeking to deepen a partnership": the subject's own aim (not "seeks Russia to", nor "an effort sought").
      if (governor !== null && AIM_GOVERNORS.has(governor.word))
        return reading(
          'hypothetical',
          governor.noun || objectBetween(ctx, governor.at, k) || !infinitiveVerb(ctx, k, trigger) ? null : 'aim',
          governor.word,
        );
      // "the shortest way to end the war", "options to attack": a way or an option is an act not yet taken; an
      // offensive "under way to seize the town" is going on, and its purpose is read as after any act.
      // "The presidents are expected to discuss …", "Putin is scheduled to visit China": a schedule the text
      // announces, so a future act (recode.ts: a meeting so announced is intent to meet, an attack others expect stays
      // hypothetical).
      if (governor !== null && scheduledBy(ctx, governor.at))
        return reading('hypothetical', 'future', tokens[governor.at]!.lower);
      if (governor !== null && IRREALIS_GOVERNORS.has(governor.word) && !underWay(ctx, governor.at))
        return reading('hypothetical', null, governor.word);
      // "an attempt to persuade allies to send more weapons", "went to Moscow to persuade Putin to end the war": what
      // one sets out to talk someone into is not done; "persuaded Belarus to join" (past) reports it done.
      if (governor !== null && PERSUADING.has(governor.word) && !tokens[governor.at]!.lower.endsWith('ed'))
        return reading('hypothetical', null, governor.word);
      // "Russia will try to attack Kyiv", "may attempt to destroy the city": an attempt still to come, or only possible,
      // has not been made; its reading is the act's ("tried to attack" is an attack, index.ts).
      if (governor !== null && ATTEMPT_GOVERNORS.has(governor.word)) {
        const attempt = governor.noun ? ASSERTED : readModality(ctx, governor.at, false);
        // A negated attempt is left to the negation scope as before ("do not stop trying to destroy" is trying).
        if (attempt.modality === 'negated' || (attempt.modality === 'asserted' && attempt.announced === null))
          return reading('hypothetical', null, 'attempt');
        return reading('hypothetical', null, `${attempt.cue ?? attempt.announced ?? ''} ${governor.word}`.trim());
      }
      // "aimed at forcing Russia to end the war", "we must force Russia to end the war": what one is forced to do
      // happens only if the forcing does ("forced Russia to withdraw" reports both done).
      if (governor !== null && !governor.noun && FORCING.has(governor.word)) {
        const forcing = readModality(ctx, governor.at, false);
        if (forcing.modality !== 'asserted')
          return reading('hypothetical', null, `${forcing.cue ?? ''} ${governor.word}`);
      }
      // "will visit Mauritania and Senegal to mediate": the purpose of an announced act is announced with it.
      // "called for an end to the war and for Russia to facilitate access": the demand is further back; and
      // "it is time for Russia to withdraw": an act introduced by "for X to" is needed or wanted, not done.
      if (governor === null && demandedInfinitive(ctx, k)) return reading('hypothetical', null, 'demanded');
      if (forInfinitiveSubject(ctx, k) !== null || forDoersTo(ctx, k)) return reading('hypothetical', null, 'for … to');
      // "gave the green light to Israel to strike": leave to act is not the act.
      if (permittedActor(ctx, k) !== null) return reading('hypothetical', null, 'permission');
      // "for Ukrainian forces to use Western weapons to attack": the purpose of an infinitive that is only possible,
      // asked for or conditional shares its reading (an announced one is left to the verb group: recode.ts); "I would
      // like to use this occasion to invite you" performs the speech act all the same.
      const infinitive = PERFORMATIVE_VERBS.has(tokens[trigger]!.lemma) ? null : purposeGovernor(ctx, k);
      if (infinitive !== null && nonFinite(ctx, infinitive) && ownObject(ctx, infinitive, k)) {
        const act = readModality(ctx, infinitive, false);
        // "attempted to use mercenaries to fight in Ukraine": the purpose of an attempted act is only aimed at, not
        // itself the attempt that a hostile act attempted is (index.ts).
        if (act.modality === 'hypothetical' && act.announced === null && act.cue === 'attempt')
          return reading('hypothetical', null, 'attempt … to');
        if (act.modality === 'hypothetical' && act.announced === null) return act;
        // "is ready to negotiate with Russia to end the war": the purpose of a committed act is committed with it (an
        // intent, recode.ts); "does not call on Europe to send soldiers to fight": that of an act not done is not done.
        if (act.modality === 'hypothetical' && (act.announced === 'commitment' || act.announced === 'aim')) return act;
        if (act.modality === 'negated') return reading('hypothetical', null, `${act.cue ?? 'not'} … to`);
      }
      // "attempted to use mercenaries recruited in Syria to fight in Ukraine": the same across an object's participle
      // phrase, for the purpose of an attempted act.
      const used = attemptedUse(ctx, k, infinitive);
      if (used !== null) return reading('hypothetical', null, 'attempt … to');
      // "sent troops to seize the airport": moving forces does not take ground, only aims to (sent-forces.ts).
      const mover = purposeGovernor(ctx, k);
      if (mover !== null && conquestForcesAreSentFor(ctx, mover, k, trigger))
        return reading('hypothetical', null, `${tokens[mover]!.lower} … to`);
      // Another purpose after a past act stays asserted, as both gold sets code it ("sent personnel to investigate").
      const verbGroup = governorTense(ctx, k);
      if (verbGroup === 'future') future = 'future';
      // "said the administration would continue to provide more ammunition": a reported future, read as "would
      // provide" is (an announced act, recode.ts), not a mere possibility.
      else if (verbGroup === 'would' && continuedAct(ctx, k, trigger))
        return reading('hypothetical', 'reported-future', 'would');
      else if (verbGroup !== null) return reading('hypothetical', null, verbGroup);
    }
    // "a trip aimed at pushing for a ceasefire": a purpose, not yet done.
    if (t.lower === 'at' && /^aim(?:ed|s|ing)?$/.test(tokens[k - 1]?.lower ?? ''))
      return reading('hypothetical', null, 'aimed at');
    // "is interested in expanding relations with Ukraine": a stated wish to do it, like "wants to".
    if (t.lower === 'in' && tokens[k - 1]?.lower === 'interested' && negated === null)
      return reading('hypothetical', 'commitment', 'interested in');
    // "thanked you for your interest in working with Russia", "an appetite for visiting Ukraine": a wish named by a
    // noun is not the act; one expressed or shown by its holder states an intent ("expressed interest in deepening").
    const wish = wishNoun(ctx, k);
    if (wish !== null && negated === null)
      return reading('hypothetical', wish.expressed ? 'commitment' : null, wish.word);
    // "an end to the fighting" ends it; "maneuver to the southern end of the peninsula to defeat" is a purpose: the
    // noun governs only what follows it closely, and "end" no infinitive.
    const purpose = tokens[k - 1]?.lemma === 'end' && t.lower === 'to' && tokens[k + 1]?.pos === 'VERB';
    if (
      (t.lower === 'on' || t.lower === 'of' || t.lower === 'to') &&
      (k >= trigger - 3 || (noun && endedPossessor(ctx, k + 1, trigger))) &&
      !purpose &&
      NEGATING_NOUNS.has(tokens[k - 1]?.lemma ?? '')
    )
      return reading('negated', null, tokens[k - 1]!.lemma);
    if ((t.lower === 'of' || t.lower === 'for' || t.lower === 'with') && alleged(ctx, k))
      return reading('hypothetical', null, 'alleged');
  }
  if (negated === null) {
    for (let k = start; k < trigger; k++) {
      const t = tokens[k]!;
      // "Nobody doubts that Russia attacked": the negative subject denies the doubt, not the act (undoubted.ts).
      const doubt = doubtDeniedBy(ctx, k);
      if (doubt >= 0 && doubt < trigger) {
        k = doubt;
        continue;
      }
      // "Neither X nor Y recognise it, but Russia has placed troops": the denial ends with its clause.
      const denying =
        (NEGATIVE_SUBJECTS.has(t.lower) || (t.lower === 'no' && tokens[k + 1]?.lower === 'one')) &&
        !negativeSubjectOutOfScope(ctx, k, trigger);
      if (denying) {
        negated = t.lower;
        break;
      }
      if (!noun && noSubject(ctx, k, trigger) && !negativeSubjectOutOfScope(ctx, k, trigger)) {
        negated = 'no';
        break;
      }
    }
  }
  if (negated !== null) return reading('negated', future, negated);
  // "rumours that Poland had sent troops", "Kremlin propaganda says that NATO attacked": hearsay (hearsay.ts); of an
  // act to come, a prediction (claims.ts reads no charge off it).
  const hearsay = (cues & HEARSAY_CUE) !== 0 ? hearsayContent(ctx, trigger, noun) : null;
  if (hearsay !== null) return reading('hypothetical', null, future === null ? hearsay : `${hearsay}, will`);
  // "point to Russia escalating its invasion in the near future": an act a time phrase puts ahead (expected-acts.ts).
  if (future === null && (cues & AHEAD_CUE) !== 0 && expectedAct(ctx, trigger, noun))
    return reading('hypothetical', null, 'ahead');
  if (future !== null) return reading('asserted', future, 'will');
  return ASSERTED;
}
function governingVerb(ctx: SentenceContext, to: number): { word: string; noun: boolean; at: number } | null {
  const k = infinitiveGovernor(ctx, to);
  if (k === null) return null;
  const t = ctx.doc.tokens[k]!;
  // "has made a historic decision to provide", "had to take a decision to put": the decision made is "decided to".
  const made = t.lower === 'decision' ? decisionMaker(ctx, k) : null;
  if (made !== null) return { word: 'decide', noun: false, at: made };
  // The tagger leaves some gerunds unlemmatised ("denied planning/NOUN to invade"): undo the -ing.
  const stem = t.lower.endsWith('ing') ? t.lower.replace(/(?:(.)\1)?ing$/, '$1') : null;
  const candidates = [t.lower, t.lemma, ...(stem !== null ? [stem, `${stem}e`] : [])];
  const word = candidates.find((w) => GOVERNORS.some((set) => set.has(w))) ?? t.lemma;
  // "Greece, like other members, plans to impose …": an -s form with no determiner before it is the verb.
  const before = ctx.doc.tokens[k - 1];
  const verbLike = /s$/.test(t.lower) && !/^(?:DET|ADJ|PART|PRON|NUM)$/.test(before?.pos ?? '');
  return { word, noun: t.pos === 'NOUN' && stem === null && !verbLike, at: k };
}

/** Subjects that open a clause of their own after a comma: ", there is only support", ", we will respond". */
const CLAUSE_SUBJECTS = new Set(['there', 'it', 'this', 'that', 'i', 'we', 'you', 'he', 'she', 'they']);

/** The comma at `k` is followed by a subject and its verb: a new clause, which an earlier negator does not reach. */
function commaOpensClause(ctx: SentenceContext, k: number): boolean {
  const tokens = ctx.doc.tokens;
  if (tokens[k]!.text !== ',') return false;
  const subject = tokens[k + 1];
  const verb = tokens[k + 2];
  return subject !== undefined && CLAUSE_SUBJECTS.has(subject.lower) && (verb?.pos === 'AUX' || verb?.pos === 'VERB');
}

/**
 * The trigger is the verb of the infinitive opened at `to`, or one coordinated with it ("seeks to develop and deepen
 * cooperation"), not a word further on ("seeking to undermine the coalition supporting Ukraine").
 */
function infinitiveVerb(ctx: SentenceContext, to: number, trigger: number): boolean {
  for (let j = to + 1; j < trigger; j++) {
    const t = ctx.doc.tokens[j]!;
    const next = ctx.doc.tokens[j + 1]?.lower ?? '';
    const coordinated = t.pos === 'VERB' && (next === 'and' || next === 'or' || next === ',');
    if (!coordinated && t.pos !== 'ADV' && !/^(?:and|or|,)$/.test(t.lower)) return false;
  }
  return true;
}

/** The trigger's own verb group, after the "to" at `to`, opens with a finite "is/are/was/were" (not "to be"). */
function finiteBeBetween(ctx: SentenceContext, to: number, trigger: number): boolean {
  let j = trigger - 1;
  while (j > to + 1 && (ctx.doc.tokens[j]!.pos === 'ADV' || ctx.doc.tokens[j]!.lower === 'not')) j--;
  return j > to + 1 && BE_FORMS_PRESENT_PAST.has(ctx.doc.tokens[j]!.lower);
}

/** Only bare verbs, adverbs and conjunctions stand between "to" and the trigger: "to help protect", "to defeat and destroy". */
function verbChain(ctx: SentenceContext, to: number, trigger: number): boolean {
  for (let j = to + 1; j < trigger; j++) {
    const t = ctx.doc.tokens[j]!;
    if (!isBareVerb(t) && t.pos !== 'ADV' && !/^(?:and|or|,)$/.test(t.lower)) return false;
  }
  return true;
}

/** Prepositions of time that open a phrase of their own: "… following the negotiations with X". */
const TIME_PREPOSITIONS = new Set(['after', 'following', 'during', 'before', 'since']);

/**
 * "to" at `to` is a preposition whose object closes before the trigger: a noun phrase follows it and a phrase of
 * time holds the trigger ("told this to the media following the negotiations with X"); not "called on Ukraine to the
 * negotiating table to end the war", where the call still governs the infinitive.
 */
function prepositionalTo(ctx: SentenceContext, to: number, trigger: number): boolean {
  if (!/^(?:DET|NOUN|PROPN|PRON|NUM)$/.test(ctx.doc.tokens[to + 1]?.pos ?? '')) return false;
  for (let j = to + 2; j < trigger; j++) if (TIME_PREPOSITIONS.has(ctx.doc.tokens[j]!.lower)) return true;
  return false;
}

/**
 * Predicates that judge an infinitive urgent, timely or (im)possible rather than report it done (important, necessary
 * and the like: `valuedAct`).
 */
const JUDGED = new Set('urgent critical impossible possible difficult hard easy time'.split(' '));

/** The word judging the infinitive at `to` after a be-form ("is necessary to", "was also important to"), or null. */
function judgedInfinitive(ctx: SentenceContext, to: number): string | null {
  let k = to - 1;
  while (k > ctx.sentence.firstToken && ctx.doc.tokens[k]!.pos === 'ADV') k--;
  const word = ctx.doc.tokens[k]?.lower ?? '';
  if (!JUDGED.has(word)) return null;
  let b = k - 1;
  while (b > ctx.sentence.firstToken && ctx.doc.tokens[b]!.pos === 'ADV') b--;
  const be = ctx.doc.tokens[b]?.lemma;
  return be === 'be' || be === 'remain' || be === 'seem' ? word : null;
}

/** Words that may come before a sentence's opening infinitive: "First, to …", "And finally, to …". */
const OPENING_WORDS = new Set(['first', 'second', 'third', 'finally', 'and', 'also', 'secondly', 'thirdly', 'lastly']);

/** Only quote marks, commas, adverbs and ordinal openers stand before the "to" at `to` in its sentence. */
function sentenceInitial(ctx: SentenceContext, to: number): boolean {
  for (let k = ctx.sentence.firstToken; k < to; k++) {
    const t = ctx.doc.tokens[k]!;
    if (!isQuoteMark(t) && t.text !== ',' && t.pos !== 'ADV' && !OPENING_WORDS.has(t.lower)) return false;
  }
  return true;
}

/** Words that open the clause of an expletive "it": the sentence's start, a conjunction, a comma, "that", "why". */
const IT_OPENERS = new Set([',', 'and', 'but', 'so', 'that', 'because', 'as', 'since', 'while', 'now', 'why']);

/** What may stand between "it is" and the infinitive: a noun phrase or an adjective, with its "of" phrase. */
const JUDGEMENT_PHRASE = /^(?:DET|ADJ|NOUN|PROPN|NUM|ADV|PRON|PART)$/;

/** Words of delight in the act being done as it is said: "it is a pleasure to meet you", "it is good to see you". */
const DELIGHTS = new Set('pleasure honour honor joy privilege good nice glad happy wonderful'.split(' '));

/**
 * The infinitive at `to` is extraposed after an expletive "it" and a be-form that open its clause, with only a noun
 * phrase or an adjective between ("it is our duty to", "it was a mistake to", "it is the interest of the world now
 * to"); not "it is Russia that decided to", where a verb stands between, nor "it is a pleasure to meet you".
 */
function extraposedInfinitive(ctx: SentenceContext, to: number): boolean {
  const tokens = ctx.doc.tokens;
  for (let k = to - 1; k > ctx.sentence.firstToken && k >= to - 12; k--) {
    const t = tokens[k]!;
    if (t.lemma === 'be' && tokens[k - 1]?.lower === 'it') {
      const opener = tokens[k - 2];
      return (
        k - 1 === ctx.sentence.firstToken || opener === undefined || IT_OPENERS.has(opener.lower) || isQuoteMark(opener)
      );
    }
    if (DELIGHTS.has(t.lower)) return false;
    if (t.lower === 'for' || (!JUDGEMENT_PHRASE.test(t.pos) && t.lower !== 'of' && mentionOf(ctx, k) === undefined))
      return false;
  }
  return false;
}

/**
 * An actor or a personal pronoun ends at `k` as a subject, not as the object of a preposition: "Putin is to host",
 * "he is to visit"; not "the goal of the Russian Federation is to", "the goal set to them was to", "which is to".
 */
function actorSubject(ctx: SentenceContext, k: number): boolean {
  const m = mentionOf(ctx, k);
  const t = ctx.doc.tokens[k];
  if (m === undefined && !SUBJECT_PRONOUNS.has(t?.lower ?? '') && !OBJECT_PRONOUNS.has(t?.lower ?? '')) return false;
  const before = ctx.doc.tokens[(m?.firstToken ?? k) - 1];
  // "as Rishi Sunak is to urge": a subordinator opens the subject's clause.
  return (before?.pos !== 'ADP' || SUBORDINATORS.has(before.lower)) && before?.lower !== 'to';
}

/** The trigger is the verb of the infinitive at `to`, a passive one included ("is to be signed"). */
function ownInfinitive(ctx: SentenceContext, to: number, trigger: number): boolean {
  const passive = ctx.doc.tokens[to + 1]?.lower === 'be';
  return infinitiveVerb(ctx, passive ? to + 1 : to, trigger) && ctx.doc.tokens[trigger]!.lemma !== 'blame';
}

/** An actor or pronoun object stands between the governor and "to" ("wants Putin to"), not one after a preposition. */
function objectBetween(ctx: SentenceContext, governor: number, to: number): boolean {
  for (let k = governor + 1; k < to; k++) {
    const t = ctx.doc.tokens[k]!;
    const before = ctx.doc.tokens[k - 1]!;
    if (before.pos === 'ADP') continue;
    if (mentionOf(ctx, k) !== undefined || (t.pos === 'PRON' && OBJECT_PRONOUNS.has(t.lower))) return true;
  }
  return false;
}

const OBJECT_PRONOUNS = new Set(['him', 'her', 'them', 'us', 'me', 'it', 'you']);

const GOVERNORS = [IRREALIS_GOVERNORS, AIM_GOVERNORS, COMMITMENT_GOVERNORS, NEGATING_GOVERNORS, ATTEMPT_GOVERNORS];

/** The future, modal or obligation auxiliary of the verb or adjective at `g` ("will visit", "must be ready"). */
function auxiliaryOf(ctx: SentenceContext, g: number): string | null {
  for (let k = g - 1; k >= Math.max(ctx.sentence.firstToken, g - 4); k--) {
    const t = ctx.doc.tokens[k]!;
    if (FUTURE.has(t.lower) || MODALS.has(t.lower) || OBLIGATION.has(t.lower)) return t.lower;
    if (t.pos !== 'AUX' && t.pos !== 'ADV' && t.pos !== 'PART' && t.lower !== 'be') return null;
  }
  return null;
}

/**
 * "I would like to thank", "he wanted to congratulate": a speaker's wish, at `wish`, to perform the speech act at
 * `act`. The subject must be a personal pronoun or a named person right before the verb group, and nothing may
 * negate the wish.
 */
function performedWish(ctx: SentenceContext, wish: number, act: number): boolean {
  const tokens = ctx.doc.tokens;
  if (!PERFORMATIVE_WISHES.has(tokens[wish]!.lemma) || !PERFORMATIVE_VERBS.has(tokens[act]!.lemma)) return false;
  if (negatorBefore(ctx, wish) !== null) return false;
  for (let k = wish - 1; k >= Math.max(ctx.sentence.firstToken, wish - 4); k--) {
    const t = tokens[k]!;
    if (SPEAKER_PRONOUNS.has(t.lower)) return true;
    // "Biden wants to thank Poland": a named person's wish reports the speech act as the pronoun's does.
    if (mentionOf(ctx, k)?.actor.type === 'person') return true;
    if (t.pos !== 'AUX' && t.pos !== 'ADV' && t.lower !== "'d" && t.lower !== 'would') return false;
  }
  return false;
}

/**
 * "there is “no way” his country would send troops", "in no way supports": "no way" with no other verb or comma
 * between it and the trigger denies the act (quote marks around it count for nothing).
 */
export function noWayBefore(ctx: SentenceContext, start: number, trigger: number): boolean {
  const tokens = ctx.doc.tokens;
  for (let k = trigger - 1; k > start; k--) {
    const t = tokens[k]!;
    if (t.lower === 'way') {
      if (tokens[k + 1]?.text === ',') return false;
      let n = k - 1;
      while (n >= start && isQuoteMark(tokens[n]!)) n--;
      return n >= start && tokens[n]!.lower === 'no';
    }
    if (t.pos === 'VERB' || t.text === ',') return false;
  }
  return false;
}

/**
 * "Before leaving for Beijing on Thursday, President Bush met dissidents": a before/until clause that opens the
 * sentence ends at its first comma, and an act after that comma is the main clause's, not in the clause.
 */
function frontedClauseClosed(ctx: SentenceContext, opener: number, trigger: number): boolean {
  const tokens = ctx.doc.tokens;
  for (let k = ctx.sentence.firstToken; k < opener; k++) {
    if (tokens[k]!.pos !== 'PUNCT') return false;
  }
  for (let k = opener + 1; k < trigger; k++) {
    if (tokens[k]!.text === ',' && ctx.mentionAt[k]! < 0) return true;
  }
  return false;
}

/** Marks that may close an embedded question before "and he replied": a comma or a dash. */
const QUESTION_CLOSERS = new Set([',', '-', '–', '—']);

/**
 * "was asked if he was happy for British weapons to be used … - and he replied that Ukraine had a right to defend
 * itself": an if/whether clause under a verb of asking ends where, after a comma or a dash, "and"/"but" opens a new
 * clause whose subject says something; the answer is no longer in question. `k` is the if/whether.
 */
function answeredQuestion(ctx: SentenceContext, k: number, trigger: number): boolean {
  const tokens = ctx.doc.tokens;
  if (tokens[k]!.lower !== 'if' && tokens[k]!.lower !== 'whether') return false;
  // The verb of asking may stand a few words back: "was asked in a Talk TV interview if".
  let v = k - 1;
  while (v > Math.max(ctx.sentence.firstToken, k - 8) && tokens[v]!.pos !== 'VERB' && tokens[v]!.text !== ',') v--;
  if (tokens[v]?.lemma !== 'ask' && tokens[v]?.lemma !== 'wonder') return false;
  for (let c = k + 1; c < trigger - 3; c++) {
    if (!QUESTION_CLOSERS.has(tokens[c]!.text)) continue;
    const conjunction = tokens[c + 1]!.lower;
    if (conjunction !== 'and' && conjunction !== 'but') continue;
    const subject = ctx.mentionAt[c + 2]! >= 0 || SUBJECT_PRONOUNS.has(tokens[c + 2]!.lower);
    const end = subject && ctx.mentionAt[c + 2]! >= 0 ? mentionOf(ctx, c + 2)!.endToken : c + 3;
    if (subject && end < trigger && SPEECH_VERBS.has(tokens[end]!.lemma)) return true;
  }
  return false;
}

/** A negator in the verb group before the word at `g` ("does not plan", "has no intention"), or null. */
function negatorBefore(ctx: SentenceContext, g: number): string | null {
  for (let k = g - 1; k >= Math.max(ctx.sentence.firstToken, g - 4); k--) {
    const t = ctx.doc.tokens[k]!;
    if (NEGATORS.has(t.lower)) return t.lower;
    if (t.pos !== 'AUX' && t.pos !== 'ADV' && t.pos !== 'PART' && t.lower !== 'be') return null;
  }
  return null;
}

/** Words that open a clause the denial does not reach: "denied planning to invade despite having amassed troops". */
const CONCESSIVE = new Set(['despite', 'although', 'though', 'whereas', 'while']);

/**
 * "Russia denied (that) it plans to invade": a clause under a verb of denying, up to and/but, a semicolon or a
 * concession (CONCESSIVE).
 */
export function deniedBefore(ctx: SentenceContext, trigger: number): string | null {
  for (let k = trigger - 1; k >= Math.max(ctx.sentence.firstToken, trigger - 12); k--) {
    const t = ctx.doc.tokens[k]!;
    if (t.lower === 'and' || t.lower === 'but' || t.text === ';' || t.text === ':' || CONCESSIVE.has(t.lower))
      return null;
    // "No one can deny that Russia attacked": a denial denied vouches for the act (undoubted.ts).
    if (t.pos === 'VERB' && t.lemma === 'deny' && doubtDenied(ctx, k)) return null;
    if (t.pos === 'VERB' && t.lemma === 'deny' && negatorBefore(ctx, k) === null) return 'denied';
  }
  return null;
}

/** Words of a noun phrase before its head: "a desire", "no intention or interest or desire", "any real readiness". */
const NOUN_PHRASE_WORDS = /^(?:DET|ADJ|NOUN|CCONJ|PRON)$/;

/**
 * The noun at `noun` heads a phrase opened by a negator ("no intention or interest or desire to send troops") or is
 * the object of a negated verb ("does not show a desire to end the war"). Returns the negator, or null.
 */
function negatedNounPhrase(ctx: SentenceContext, noun: number): string | null {
  const tokens = ctx.doc.tokens;
  let k = noun - 1;
  while (k > ctx.sentence.firstToken && k >= noun - 6 && NOUN_PHRASE_WORDS.test(tokens[k]!.pos)) {
    if (NEGATORS.has(tokens[k]!.lower)) return tokens[k]!.lower;
    k--;
  }
  if (NEGATORS.has(tokens[k]?.lower ?? '')) return tokens[k]!.lower;
  // Only a verb of having or showing passes its negation on: "does not show a desire"; "not to miss this opportunity
  // to help" takes the chance.
  return tokens[k]?.pos === 'VERB' && SHOWING.has(tokens[k]!.lemma) ? negatorBefore(ctx, k) : null;
}

const SHOWING = new Set(['have', 'show', 'express', 'see', 'display', 'demonstrate', 'feel', 'signal', 'indicate']);

/** Verbs of believing and seeing: negated, they deny the clause or the scene after them. */
const BELIEVING = new Set(['believe', 'think', 'see', 'notice', 'observe', 'witness']);

/** Words that open a clause of its own, which a negated belief before it does not reach. */
const OWN_CLAUSE = new Set(['who', 'which', 'why', 'how', 'where', 'when', 'if', 'whether', ...SUBORDINATORS]);

/**
 * "Washington does not believe Beijing has provided any weapons", "has not yet seen the Russians withdraw": the act of
 * the clause or scene under a negated verb of believing or seeing, with no other verb between, is denied. Returns the
 * cue, or null.
 */
export function disbelievedBefore(ctx: SentenceContext, trigger: number): string | null {
  const tokens = ctx.doc.tokens;
  for (let k = trigger - 1; k >= Math.max(ctx.sentence.firstToken, trigger - 12); k--) {
    const t = tokens[k]!;
    if (t.lower === 'and' || t.lower === 'but' || OWN_CLAUSE.has(t.lower) || (t.pos === 'PUNCT' && !isQuoteMark(t)))
      return null;
    // "I don't think we can meet": the modal decides.
    if (MODALS.has(t.lower) || FUTURE.has(t.lower) || OBLIGATION.has(t.lower)) return null;
    if (t.pos !== 'VERB' || mentionOf(ctx, k) !== undefined) continue;
    if (!BELIEVING.has(t.lemma)) return null;
    // A scene seen is told by a bare or -ing verb ("seen the Russians withdraw"), not a past one ("have not seen each
    // other for a long time– we met").
    const act = tokens[trigger]!;
    if (!BELIEVED.has(t.lemma) && act.lower !== act.lemma && !act.lower.endsWith('ing')) return null;
    const negator = negatorBefore(ctx, k);
    return negator === null ? null : `${negator} ${t.lemma}`;
  }
  return null;
}

const BELIEVED = new Set(['believe', 'think']);

/** What a text may be "ready for": "ready for signing", "submitted for signing", "open for signature". */
const READY = new Set(['ready', 'prepared', 'submitted', 'open', 'available']);

/** Verbs of talking someone into an act: "persuade", "convince". */
const PERSUADING = new Set(['persuade', 'convince']);

/** Verbs whose object does the infinitive whenever the forcing happens: the act shares the forcing's modality. */
const FORCING = new Set(['force', 'compel', 'oblige']);

const BE_FORMS_PRESENT_PAST = new Set(['is', 'are', 'was', 'were']);
/** Nouns of attempting whose to-infinitive is attempted: "an attempt to seize", "the attempts to reach agreement". */
const ATTEMPT_NOUNS = new Set(['attempt', 'attempts']);

/**
 * The infinitive at `to` states the purpose of an attempted act across its object's participle phrase ("attempted to
 * use mercenaries recruited in Syria to fight"): the attempted verb, else null.
 */
function attemptedUse(ctx: SentenceContext, to: number, purpose: number | null): number | null {
  const across = verbAcrossParticiple(ctx, to);
  if (across === null || (purpose !== null && purpose !== across.participle)) return null;
  return readModality(ctx, across.verb, false).cue === 'attempt' ? across.verb : null;
}

/** The word governing the infinitive at `to` stands under "must"/"should" ("must be ready to"). */
function obligedGovernor(ctx: SentenceContext, to: number): boolean {
  const g = infinitiveGovernor(ctx, to);
  return g !== null && OBLIGATION.has(auxiliaryOf(ctx, g) ?? '');
}

/** Nouns of demanding whose to-infinitive is what is demanded: "faces pressure from Congress to help Iran". */
const DEMAND_NOUNS = new Set(['pressure', 'call', 'calls', 'demand', 'demands', 'request', 'requests', 'ultimatum']);

/**
 * The first verb before the infinitive at `to`, over noun phrases and "for X", is a verb of demanding; or a noun of
 * demanding comes first ("under pressure from Congress to help").
 */
function demandedInfinitive(ctx: SentenceContext, to: number): boolean {
  // "to overcome the sanctions pressure, to support the economies": after a comma the noun is in another purpose.
  let comma = false;
  for (let k = to - 1; k >= Math.max(ctx.sentence.firstToken, to - 16); k--) {
    const t = ctx.doc.tokens[k]!;
    comma ||= t.text === ',';
    if (!comma && t.pos === 'NOUN' && DEMAND_NOUNS.has(t.lower)) return true;
    if (t.pos === 'VERB') return DEMAND_VERBS.has(t.lemma);
    if (t.pos === 'AUX' || t.text === ';' || t.text === ':') return false;
  }
  return false;
}

/** Words an infinitive of purpose may follow its verb over: "send troops to Belarus to", "visit A and B to". */
const PURPOSE_GAP = new Set(['NOUN', 'PROPN', 'DET', 'ADJ', 'NUM', 'ADP', 'CCONJ', 'PRON', 'ADV']);

/** Doers named by a noun rather than an actor: "for allies to impose sanctions", "for the world to act". */
const FOR_DOERS = new Set(
  'ally partner country state nation government leader member democracy world community west'.split(' '),
);

const OTHERS_PRONOUNS = new Set(['you', 'him', 'her', 'them']);

/** "for allies to impose even tougher sanctions": "for", a noun of doers (FOR_DOERS) and its modifiers, then `to`. */
function forDoersTo(ctx: SentenceContext, to: number): boolean {
  const noun = ctx.doc.tokens[to - 1];
  // "a tool for you to support us": another's pronoun after "for" does the infinitive ("an honour for me to meet you"
  // is the speaker's own act, done in saying so).
  if (noun !== undefined && OTHERS_PRONOUNS.has(noun.lower) && ctx.doc.tokens[to - 2]?.lower === 'for') return true;
  if (noun === undefined || noun.pos !== 'NOUN' || !FOR_DOERS.has(noun.lemma)) return false;
  for (let k = to - 2; k >= Math.max(ctx.sentence.firstToken, to - 5); k--) {
    const t = ctx.doc.tokens[k]!;
    if (t.lower === 'for') return true;
    // "for the Gulf countries to": a name may qualify the noun.
    if (!/^(?:DET|ADJ|PRON|PROPN)$/.test(t.pos)) return false;
  }
  return false;
}

/** "so as to", "so as not to" end at `to`. */
function soAsTo(ctx: SentenceContext, to: number): boolean {
  let k = to - 1;
  if (ctx.doc.tokens[k]?.lower === 'not') k--;
  return ctx.doc.tokens[k]?.lower === 'as' && ctx.doc.tokens[k - 1]?.lower === 'so';
}

/**
 * "British-supplied", "US-made": a participle joined by a hyphen to the word before it and followed by a noun is an
 * adjective of the object ("could use British-supplied weapons to strike"), though tagged a verb; the purpose's
 * governor is further back. Returns the index of the hyphen, or null.
 */
function hyphenatedModifier(ctx: SentenceContext, k: number): number | null {
  const tokens = ctx.doc.tokens;
  const t = tokens[k]!;
  const hyphen = tokens[k - 1];
  if (t.pos !== 'VERB' || hyphen?.text !== '-' || hyphen.end !== t.start) return null;
  if (tokens[k - 2]?.end !== hyphen.start) return null;
  return /^(?:NOUN|PROPN|ADJ)$/.test(tokens[k + 1]?.pos ?? '') ? k - 1 : null;
}

/** The verb whose purpose the infinitive at `to` states, back over its object ("use British-supplied weapons to"), or null. */
function purposeGovernor(ctx: SentenceContext, to: number): number | null {
  // "to allow the soldiers trapped in the plant to surrender": the verb before the object and its participle phrase.
  const reduced = participleObject(ctx, to);
  if (reduced !== null) return reduced.governor;
  let g = to - 1;
  while (g > ctx.sentence.firstToken && g > to - 10) {
    const hyphen = hyphenatedModifier(ctx, g);
    if (hyphen !== null) g = hyphen - 1;
    else if (PURPOSE_GAP.has(ctx.doc.tokens[g]!.pos) || listedAdjectives(ctx, g)) g--;
    else break;
  }
  return ctx.doc.tokens[g]?.pos === 'VERB' ? g : null;
}

/** The comma at `k` lists adjectives before a noun: "take quick, concrete steps". */
function listedAdjectives(ctx: SentenceContext, k: number): boolean {
  const tokens = ctx.doc.tokens;
  return tokens[k]!.text === ',' && tokens[k - 1]?.pos === 'ADJ' && tokens[k + 1]?.pos === 'ADJ';
}

/**
 * The verb at `g` is an infinitive, a bare form or an -ing form ("to use weapons to", "travel and hold talks to",
 * "looking at sending tanks to"), whose reading its purpose may share; a past form reports its purpose done.
 */
function nonFinite(ctx: SentenceContext, g: number): boolean {
  const t = ctx.doc.tokens[g]!;
  return ctx.doc.tokens[g - 1]?.lower === 'to' || t.lower === t.lemma || t.lower.endsWith('ing');
}

/**
 * Only the object of the verb at `g` stands before the infinitive at `to`: not a coordinated verb phrase ("to attend a
 * summit and offering to mediate") nor a wh-clause ("do not choose who to kill and which buildings to blow up").
 */
function ownObject(ctx: SentenceContext, g: number, to: number): boolean {
  for (let k = g + 1; k < to; k++) {
    const t = ctx.doc.tokens[k]!;
    // "the necessary financial and technical assistance to document": adjectives joined inside the object are fine.
    if ((t.pos === 'CCONJ' && ctx.doc.tokens[k + 1]?.pos !== 'ADJ') || WH_WORDS.has(t.lower)) return false;
  }
  return true;
}

/** The future or modal auxiliary of the verb whose purpose the infinitive at `to` states: 'future', the modal, or null. */
function governorTense(ctx: SentenceContext, to: number): string | null {
  const g = purposeGovernor(ctx, to);
  if (g === null) return null;
  const auxiliary = auxiliaryOf(ctx, g);
  if (auxiliary === null || OBLIGATION.has(auxiliary)) return null;
  return FUTURE.has(auxiliary) ? 'future' : auxiliary;
}

/** Verbs of going on with or taking up an act: "would continue to provide", "would start to deliver". */
const ASPECTUAL = new Set(['continue', 'keep', 'begin', 'start', 'resume']);

/**
 * The infinitive "to" at `to` opens the trigger's own verb (adverbs between) and hangs on a verb of going on with the
 * act: "continue to provide" is the act itself, as "would provide" is; "would like to thank", "would work together to
 * discuss" are not.
 */
function continuedAct(ctx: SentenceContext, to: number, trigger: number): boolean {
  const g = purposeGovernor(ctx, to);
  if (g === null || !ASPECTUAL.has(ctx.doc.tokens[g]!.lemma)) return false;
  for (let k = to + 1; k < trigger; k++) if (ctx.doc.tokens[k]!.pos !== 'ADV') return false;
  return true;
}

/** "accused the West of bringing troops": the gerund is what is alleged. */
function alleged(ctx: SentenceContext, preposition: number): boolean {
  for (let k = preposition - 1; k >= wordsBefore(ctx, preposition, 8); k--) {
    if (alleges(ctx.doc.tokens[k]!)) return true;
  }
  return false;
}

/** The and/or at `k` joins two bare verbs after "to": "to unite and mobilize", "to stop and withdraw". */
/** The first token at or after `k` that is no adverb. */
function pastAdverbs(ctx: SentenceContext, k: number): number {
  while (ctx.doc.tokens[k]?.pos === 'ADV') k++;
  return k;
}

function coordinatedInfinitive(ctx: SentenceContext, k: number): boolean {
  let next = k + 1;
  // Quoted ("and “mobilize”", "and ``mobilize''"): the quote marks are no words.
  while (ctx.doc.tokens[next] !== undefined && quoteLike(ctx.doc.tokens[next]!)) next++;
  return isBareVerb(ctx.doc.tokens[k - 1]) && isBareVerb(ctx.doc.tokens[next]) && ctx.doc.tokens[k - 2]?.lower === 'to';
}

/** "I would like to address our citizens and to thank them": the wish performs a speech act later in its series. */
function performedInSeries(ctx: SentenceContext, head: number, trigger: number): boolean {
  const governor = governingVerb(ctx, head - 1);
  return governor !== null && performedWish(ctx, governor.at, trigger);
}

const isBareVerb = (t: Token | undefined): boolean => t?.pos === 'VERB' && isBareForm(t);

/** Texts whose content is an act only once adopted: "a resolution condemning …". */
const DOCUMENTS = new Set(['resolution', 'draft', 'motion', 'bill', 'text', 'declaration', 'proposal', 'amendment']);
/** Verbs that stop a text from being adopted. */
const BLOCKING = new Set(['veto', 'block', 'reject', 'oppose', 'defeat', 'kill', 'scuttle', 'torpedo']);
/** Verbs that put a text forward without adopting it. */
const PROPOSING = new Set([
  'draft',
  'propose',
  'submit',
  'table',
  'introduce',
  'circulate',
  'prepare',
  'consider',
  'debate',
]);

/**
 * "vetoed a Security Council resolution censuring …" (negated), "circulated a draft condemning …" (hypothetical): the
 * act a text states after its noun, when the clause's verb blocks or only proposes the text.
 */
function documentContent(ctx: SentenceContext, trigger: number): ModalityReading | null {
  const tokens = ctx.doc.tokens;
  if (tokens[trigger]!.pos !== 'VERB' || !tokens[trigger]!.lower.endsWith('ing')) return null;
  if (!DOCUMENTS.has(tokens[trigger - 1]?.lemma ?? '')) return null;
  for (let k = trigger - 2; k >= Math.max(ctx.sentence.firstToken, trigger - 8); k--) {
    const t = tokens[k]!;
    if (t.pos === 'VERB') {
      if (BLOCKING.has(t.lemma)) return reading('negated', null, t.lemma);
      return PROPOSING.has(t.lemma) ? reading('hypothetical', null, t.lemma) : null;
    }
    if (!/^(?:DET|ADJ|NOUN|PROPN|NUM|PART)$/.test(t.pos) && mentionOf(ctx, k) === undefined) return null;
  }
  return null;
}

/** Nouns for what one is asked to own up to or vouch for. */
const ADMISSIONS = new Set([
  'admission',
  'acknowledgement',
  'acknowledgment',
  'confirmation',
  'assurance',
  'assurances',
]);

/**
 * "Parliament demanded an admission by Moscow that its forces had shot the prisoners": what someone is asked to admit
 * is the demander's claim, not a fact the sentence asserts.
 */
function demandedAdmission(ctx: SentenceContext, trigger: number): ModalityReading | null {
  const tokens = ctx.doc.tokens;
  for (let k = trigger - 1; k > ctx.sentence.firstToken; k--) {
    if (tokens[k]!.lower !== 'that') continue;
    for (let n = k - 1; n >= Math.max(ctx.sentence.firstToken, k - 4); n--) {
      if (!ADMISSIONS.has(tokens[n]!.lower)) continue;
      for (let v = n - 1; v >= Math.max(ctx.sentence.firstToken, n - 4); v--) {
        if (DEMAND_VERBS.has(tokens[v]!.lemma)) return reading('hypothetical', null, `${tokens[v]!.lemma} admission`);
      }
    }
    return null;
  }
  return null;
}

const DOUBTING = new Set(['doubt', 'reject', 'deny', 'dismiss', 'dispute', 'refute', 'question']);

/**
 * A claim the sentence calls false or casts doubt on: "Russia's claim that it is moving troops away
 * is false" (negated), "cast doubt on Russia's assertions that it was withdrawing troops" (hypothetical).
 */
function disputedClaim(ctx: SentenceContext, trigger: number): ModalityReading | null {
  const tokens = ctx.doc.tokens;
  for (let k = trigger - 1; k > ctx.sentence.firstToken; k--) {
    if (tokens[k]!.lower !== 'that' || !CLAIM_NOUNS.has(tokens[k - 1]!.lower)) continue;
    for (let j = k - 2; j >= Math.max(ctx.sentence.firstToken, k - 6); j--) {
      if (DOUBTING.has(tokens[j]!.lemma))
        return reading('hypothetical', null, `${tokens[j]!.lemma} ${tokens[k - 1]!.lower}`);
    }
    for (let j = trigger + 1; j < ctx.sentence.endToken - 1; j++) {
      if (!BE.has(tokens[j]!.lower)) continue;
      let v = j + 1;
      while (
        v < ctx.sentence.endToken &&
        (isQuoteMark(tokens[v]!) || tokens[v]!.pos === 'ADV' || tokens[v]!.pos === 'DET')
      )
        v++;
      if (FALSE_WORDS.has(tokens[v]?.lower ?? ''))
        return reading('negated', null, `${tokens[k - 1]!.lower} ${tokens[v]!.lower}`);
    }
    return null;
  }
  return null;
}

const BE = new Set(['is', 'was', 'are', 'were']);

/** The negator ("not", "never", "no" …) between tokens `from` and `to` (exclusive), if any. */
function negatorBetween(ctx: SentenceContext, from: number, to: number): string | null {
  for (let k = from; k < to; k++) if (NEGATORS.has(ctx.doc.tokens[k]!.lower)) return ctx.doc.tokens[k]!.lower;
  return null;
}

/** Nouns and adjectives whose "of" + -ing names an act that may come, not one that came: "the risk of Russia attacking". */
const POSSIBILITY_OF = new Set(
  (
    'threat threats risk risks fear fears prospect prospects possibility possibilities likelihood chance chances ' +
    'danger dangers capable capability capabilities'
  ).split(' '),
);

/**
 * Nouns whose "of" + -ing names an act judged worth doing or a way to it, not one done: "noted the expediency of
 * developing practical cooperation", "the ways of expanding cooperation … were discussed" (importance, necessity and
 * need: `valuedAct`).
 */
const WORTH_OF = new Set(
  'significance expediency advisability desirability urgency relevance value way ways means'.split(' '),
);

/**
 * Nouns whose "of" + -ing names an act aimed at or hoped for, not one done: "Russia's professed war aim of liberating
 * the Donbas", "the aim of pushing Russian forces back", "in the hope of accusing Russia".
 */
const AIM_OF = new Set(
  'aim aims goal goals objective objectives purpose hope hopes plan plans ambition ambitions'.split(' '),
);

/**
 * "the likelihood of Russia using nuclear weapons", "missiles capable of hitting the United States", "the expediency of
 * developing cooperation": an -ing form after "of" (and its own subject) that a possibility or a value governs
 * (not "a role in supporting Ukraine": a role played is played). Returns the cue, or null.
 */
function possibleAct(ctx: SentenceContext, trigger: number): string | null {
  const tokens = ctx.doc.tokens;
  if (!tokens[trigger]!.lower.endsWith('ing')) return null;
  let k = trigger - 1;
  // "the war aim of 'liberating' the Donbas": a scare quote around the act.
  if (k > ctx.sentence.firstToken && isQuoteMark(tokens[k]!)) k--;
  const subject = mentionOf(ctx, k);
  if (subject !== undefined) k = subject.firstToken - 1;
  if (/^(?:'s|’s)$/.test(tokens[k]?.lower ?? '')) k--;
  if (k - 1 < ctx.sentence.firstToken) return null;
  const cue = tokens[k - 1]!.lower;
  if (tokens[k]!.lower !== 'of') return null;
  return POSSIBILITY_OF.has(cue) || WORTH_OF.has(cue) || AIM_OF.has(cue) ? `${cue} of` : null;
}

/** Nouns whose "of" + -ing names an act called needed: "the importance of strengthening cooperation". */
const VALUE_OF = new Set(['importance', 'necessity', 'need']);
/** Adjectives whose "to" + verb names an act called needed: "it is important to support Ukraine". */
const VALUE_TO = new Set(['important', 'necessary', 'essential', 'vital', 'crucial', 'imperative']);
/** Verb forms of needing that, before "to", make what a noun subject names called for ("sanctions need to be …"). */
const NEED_TO = new Set(['need', 'needs', 'has', 'have']);

/** The cue is an act called important or necessary (see `valuedAct`). */
export function valuedCue(cue: string | null): boolean {
  return (
    cue !== null && / (?:of|to)$/.test(cue) && (VALUE_OF.has(cue.split(' ')[0]!) || VALUE_TO.has(cue.split(' ')[0]!))
  );
}

/**
 * "stressed the importance of supporting Ukraine", "it is extremely important to support", "are necessary to
 * support": the act at `trigger` is called important or necessary (adverbs aside). Returns the cue and whether it
 * reads as its doers' aim: not when a negator comes right before the adjective ("it is not necessary to") nor when
 * "for X" names other doers ("necessary for all Europeans to"); or null.
 */
function valuedAct(ctx: SentenceContext, trigger: number): { cue: string; aim: boolean } | null {
  const tokens = ctx.doc.tokens;
  const before = tokens[trigger - 1]?.lower;
  // "the need for resuming constructive talks", "the necessity for strengthening cooperation": called for as after
  // "of", but no aim of the speakers', whose need may be others' act (talks between two other sides).
  if (tokens[trigger]!.lower.endsWith('ing') && (before === 'of' || before === 'for')) {
    const noun = tokens[trigger - 2]?.lower ?? '';
    const valued = before === 'of' ? VALUE_OF.has(noun) : noun === 'need' || noun === 'necessity';
    return trigger - 2 >= ctx.sentence.firstToken && valued ? { cue: `${noun} ${before}`, aim: before === 'of' } : null;
  }
  if (before !== 'to') return null;
  let k = trigger - 2;
  // "it is necessary to continue to support Ukraine": going on with an act called needed is not done either.
  if (tokens[k]?.lemma === 'continue' && tokens[k - 1]?.lower === 'to') k -= 2;
  // "it is necessary for all Europeans to block ports": doers named between "for" and "to" other than "us" make the
  // act called needed no intent of the speaker's.
  const doers = doersBefore(ctx, k);
  if (doers !== null) k = doers - 1;
  const adjective = tokens[k]?.lower ?? '';
  if (k < ctx.sentence.firstToken || !VALUE_TO.has(adjective)) return null;
  k--;
  while (k >= ctx.sentence.firstToken && tokens[k]!.pos === 'ADV' && !NEGATORS.has(tokens[k]!.lower)) k--;
  const others = doers !== null && tokens[doers + 1]?.lower !== 'us';
  return { cue: `${adjective} to`, aim: !NEGATORS.has(tokens[k]?.lower ?? '') && !others };
}

/** How many words a "for" phrase naming an infinitive's doers may hold ("for all European countries"). */
const DOERS_REACH = 5;

/** The "for" opening a short noun phrase that ends at `last` ("for all Europeans"), or null. */
function doersBefore(ctx: SentenceContext, last: number): number | null {
  const tokens = ctx.doc.tokens;
  for (let k = last; k >= Math.max(ctx.sentence.firstToken, last - DOERS_REACH); k--) {
    const t = tokens[k]!;
    if (t.lower === 'for') return k < last ? k : null;
    if (!/^(?:DET|ADJ|NOUN|PROPN|PRON|NUM)$/.test(t.pos)) return null;
  }
  return null;
}

/** Fears and hesitations whose denial before a to-infinitive declares readiness: "not afraid to talk to Russia". */
const FEARS = new Set(['afraid', 'hesitate', 'scared']);

/** Verbs of weighing an act named by the -ing form after them: it is an option, not yet taken. */
const WEIGHING = new Set(
  'consider contemplate mull weigh explore study propose suggest recommend debate discuss'.split(' '),
);

/**
 * "the UK was considering sending tanks to Poland", "China is contemplating providing Russia with lethal aid", "the EU
 * discussed banning Russian oil": an -ing form right after a verb of weighing (adverbs aside). Returns the cue, or null.
 */
function weighedAct(ctx: SentenceContext, trigger: number): string | null {
  const tokens = ctx.doc.tokens;
  if (!tokens[trigger]!.lower.endsWith('ing')) return null;
  let k = trigger - 1;
  while (k > ctx.sentence.firstToken && tokens[k]!.pos === 'ADV') k--;
  // "insisted on holding direct talks with Russia", "called for imposing sanctions": what is pressed for is not done.
  const pressed = (tokens[k]?.lower === 'on' || tokens[k]?.lower === 'for') && PRESSING.has(tokens[k - 1]?.lemma ?? '');
  if (pressed) return `${tokens[k - 1]!.lemma} ${tokens[k]!.lower}`;
  // "the prospects for expanding trade", "a significant potential for deepening cooperation": possible, not done.
  if (prospectFor(ctx, k)) return `${tokens[k - 1]!.lower} for`;
  // "spoke in favour of providing aid", "the talks focused on expanding cooperation", "spoke about supporting
  // developers": argued for, focused on or talked about, not done.
  if (frameOf(ctx, k)) return `${tokens[k - 1]!.lower} ${tokens[k]!.lower}`;
  // "Washington is looking at sending more troops", "thinking about imposing sanctions": weighed, not done.
  const phrase = `${tokens[k - 1]?.lemma ?? ''} ${tokens[k]?.lower ?? ''}`;
  if (WEIGHING_PHRASES.has(phrase)) return phrase;
  const verb = tokens[k];
  return k >= ctx.sentence.firstToken && verb!.pos === 'VERB' && WEIGHING.has(verb!.lemma) ? verb!.lemma : null;
}

/** Verbs with a preposition that weigh the act named by the -ing form after them (lemma + preposition). */
const WEIGHING_PHRASES = new Set(['look at', 'look into', 'think about', 'think of']);

/** "under way": going on, not a way to do something. */
function underWay(ctx: SentenceContext, at: number): boolean {
  return ctx.doc.tokens[at]!.lower === 'way' && ctx.doc.tokens[at - 1]?.lower === 'under';
}

/**
 * "did not push for a Russian withdrawal from Ukraine", "insisted on a withdrawal of NATO forces": an act noun after a
 * verb that presses for it (with its determiner, adjectives and actor words between) is demanded, not done; the
 * demand is its own event (REQUEST). Returns the cue, or null.
 */
function pressedNoun(ctx: SentenceContext, trigger: number): string | null {
  const tokens = ctx.doc.tokens;
  let k = trigger - 1;
  while (
    k > ctx.sentence.firstToken + 1 &&
    trigger - k < 6 &&
    (mentionOf(ctx, k) !== undefined || /^(?:DET|ADJ|ADV|NUM)$/.test(tokens[k]!.pos) || isPossessiveMark(tokens[k]!))
  )
    k--;
  const prep = tokens[k]?.lower;
  return (prep === 'on' || prep === 'for') && PRESSING.has(tokens[k - 1]?.lemma ?? '')
    ? `${tokens[k - 1]!.lemma} ${prep}`
    : null;
}

/** Verbs that press for the act an -ing form after "on"/"for" names: "insist on", "call for", "push for". */
const PRESSING = new Set('insist call push press argue lobby campaign plead appeal'.split(' '));

/**
 * "discussed how to help Ukraine", "weighed where to send troops to aid Ukraine": an infinitive under a question word
 * is what is being decided, not what was done. Returns the cue, or null.
 */
function questionedInfinitive(ctx: SentenceContext, trigger: number): string | null {
  const tokens = ctx.doc.tokens;
  for (let k = trigger - 1; k > ctx.sentence.firstToken; k--) {
    const t = tokens[k]!;
    if (t.text === ',' || t.text === ';' || t.pos === 'CCONJ') return null;
    if (t.lower === 'to' && WH_WORDS.has(tokens[k - 1]!.lower)) return `${tokens[k - 1]!.lower} to`;
  }
  return null;
}

/** Verbs by which a side states its own interest: "expressed their interest in", "showed great interest in". */
const STATING_INTEREST = new Set(['express', 'show', 'confirm', 'reaffirm', 'voice', 'demonstrate', 'declare']);

/** "interest in" / "appetite for" right before the gerund at `k + 1`, and whether a verb of stating governs it. */
function wishNoun(ctx: SentenceContext, k: number): { word: string; expressed: boolean } | null {
  const tokens = ctx.doc.tokens;
  const noun = tokens[k - 1]?.lower;
  const preposition = tokens[k]!.lower;
  if (!((noun === 'interest' && preposition === 'in') || (noun === 'appetite' && preposition === 'for'))) return null;
  if (!(tokens[k + 1]?.lower.endsWith('ing') ?? false)) return null;
  let expressed = false;
  for (let j = k - 2; j >= Math.max(ctx.sentence.firstToken, k - 5); j--) {
    if (STATING_INTEREST.has(tokens[j]!.lemma)) expressed = true;
  }
  return { word: `${noun} ${preposition}`, expressed };
}
