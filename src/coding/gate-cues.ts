// Cue words of tests that `readModality` (modality.ts) and `eventsOf` (index.ts) run at every match: words without
// which a test returns null (or false), so that a sentence holding none of them skips the test without running it, as
// rule-cues.ts does for the sentence rules. Each test costs little, but there are some sixty of the modality's and a
// hundred of the not-codable tests', most scanning the sentence around the trigger (docs/reliability.md, twenty-eighth
// and twenty-ninth passes); one pass over the sentence, made once for all its readings and all its tests, looks each
// token's lower form and lemma up once.
//
// A cue is one bit for a group of words; a test needs one bit or more (all of them must be set for it to run). Only
// tests whose words are read off their code with certainty are gated: a test that returns null unless some token has
// one of the words of each group it needs. The groups are the tests' own sets, exported, so a word added to a set is a
// cue at once; a test given a new way to fire that needs none of its words must have its cues widened here
// (test/coding/gate-cues.test.ts reads example sentences with each gated test and checks its bits).
//
// Some tests read a token just before the sentence or a few after it (`tokens[k - 1]`, `tokens[k + 4]` unbounded by the
// sentence): the pass covers MARGIN_BEFORE tokens before the sentence and MARGIN_AFTER after it, so those reads are
// cued too.
import type { SentenceContext } from './context.ts';
import { LISTING } from './agenda-items.ts';
import { PROPOSING } from './bare-proposals.ts';
import { INVERTING } from './conditions.ts';
import { THANKS } from './courtesy.ts';
import { MEASURES } from './domestic-measures.ts';
import { AHEAD_WORDS } from './expected-acts.ts';
import { SEEING_TO, TIME_OPENERS, UNUSUAL_MODALS } from './future-clauses.ts';
import { AIM_VERBS, HABIT_ADJECTIVES, HABIT_ADVERBS, HABIT_AFTER, REGULAR } from './habitual-acts.ts';
import { ALLY_PHRASES } from './fought-alongside.ts';
import { EVIDENCE, FALSE, FALSELY, HEARSAY, SHAM } from './hearsay.ts';
import { DREAM, HOPE as HOPE_FORMS } from './hoped-for.ts';
import { FUTURE, NEGATORS, OBLIGATION } from './lexicon.ts';
import { ERA_DOERS } from './nazi-era.ts';
import { NON_PARTIES } from './non-party-meetings.ts';
import { POLLS } from './poll-shares.ts';
import { READINESS } from './readiness.ts';
import { TO_LEAVE } from './refused-leave.ts';
import { OUTCOME_NOUNS } from './restated-outcomes.ts';
import { FALSE as TRUTH_DENIED } from './undoubted.ts';
import { DOUBTING, NEARLY } from './unrealized-acts.ts';
import { BELIEF_ADJECTIVES, BELIEF_NOUNS, BELIEF_VERBS, HOPE, IMAGINE } from './wishes.ts';

type Words = Iterable<string>;

// The bits, one per group (the groups' words are in `groups` below, built at the first sentence so that no import
// cycle can find a set not made yet).
/** A negator (`NEGATORS`, which holds "not"): `unsaidContent` (unsaid.ts), `disbelievedBefore` (its negator before the
 * belief verb), `contrastedSubject` (contrast.ts: "not" before the actor). */
export const NEGATION_CUE = 1 << 0;
/** `hopedFor` (hoped-for.ts): "hope(s/d) for", "dream of", "hopeful for/of", "forward to". */
export const HOPED_CUE = 1 << 1;
/** `wishedAct` (wishes.ts): a hope or imagining (lemma), or a belief word (verb lemma, adjective or noun). */
export const WISHED_CUE = 1 << 2;
/** `asked` (context.ts): a question mark after the trigger. */
export const QUESTION_CUE = 1 << 3;
/** `brinkOf` (unrealized-acts.ts): "on the verge/brink of", "came close to". */
export const BRINK_CUE = 1 << 4;
/** `prematureSaying` (unrealized-acts.ts): "premature to", "too early/soon to". */
export const PREMATURE_CUE = 1 << 5;
/** `nearMiss` (unrealized-acts.ts): "nearly", "almost". */
export const NEARLY_CUE = 1 << 6;
/** `doubtedAct` (unrealized-acts.ts): a doubting adverb ("allegedly", "possibly"). */
export const DOUBTING_CUE = 1 << 7;
/** `refusedLeave` (refused-leave.ts): "allow"/"permit" (lemma) or "let". */
export const LEAVE_CUE = 1 << 8;
/** `hearsayContent` (hearsay.ts): a hearsay noun, a false adjective or adverb, a sham adjective, proof (not) given. */
export const HEARSAY_CUE = 1 << 9;
/** `expectedAct` (expected-acts.ts): "next …", "… future", "… days/weeks/months". */
export const AHEAD_CUE = 1 << 10;
/** `futureTimeClause` (future-clauses.ts), with FUTURE_OR_MODAL_CUE: its time opener. */
export const TIME_OPENER_CUE = 1 << 11;
/** `futureTimeClause`: the main clause's future, unusual modal or obligation ("will", "would", "must", "going"). */
export const FUTURE_OR_MODAL_CUE = 1 << 12;
/** `purposeClause` (future-clauses.ts): "so that", "make sure that", "ensure/guarantee that". */
export const PURPOSE_CUE = 1 << 13;
/** `deniedBefore` (modality.ts): a verb of denying (lemma "deny"). */
export const DENIAL_CUE = 1 << 14;
/** `readiedAct` (readiness.ts): "ready", "prepared", "open". */
export const READINESS_CUE = 1 << 15;
/** `naziEraAct` (nazi-era.ts): "Nazis", "Hitler", "Wehrmacht", … */
export const ERA_CUE = 1 << 16;
/** `habitualAct` (habitual-acts.ts): an adverb or adjective of habit, a verb of striving, or "regular". */
export const HABIT_CUE = 1 << 17;
/** `pollFinding` (poll-shares.ts): a poll or survey. */
export const POLL_CUE = 1 << 18;
/** `restatedOutcome` (restated-outcomes.ts): an outcome noun ("issues", "agreement", "everything"). */
export const OUTCOME_CUE = 1 << 19;
/** `nonPartyMeeting` (non-party-meetings.ts): a head naming no side ("media", "employees", "support"). */
export const NON_PARTY_CUE = 1 << 20;
/** `courtesyThanks` (courtesy.ts): a word of thanks. */
export const THANKS_CUE = 1 << 21;
/** `conditionWithoutIf` (conditions.ts): "in case", "in the event". */
export const CONDITION_CUE = 1 << 22;
/** `invertedCondition` and `medialCondition` (conditions.ts): "Should/Were/Had" before the subject, "should". */
export const INVERTING_CUE = 1 << 23;
/** `bareProposal` (bare-proposals.ts): a verb of proposing (lemma). */
export const PROPOSAL_CUE = 1 << 24;
/** `falseClaim` (undoubted.ts): "true", "false", "untrue". */
export const TRUTH_CUE = 1 << 25;
/** `noWayBefore` (modality.ts): "no way". */
export const NO_WAY_CUE = 1 << 26;
/** `withoutAllies` (fought-alongside.ts): the longest word of each ally phrase ("alongside", "together", "side"). */
export const ALLY_CUE = 1 << 27;
/** `agendaItem` (agenda-items.ts): a verb of listing (lemma "include", "cover", "comprise"). */
export const LISTING_CUE = 1 << 28;
/** `domesticMeasure` (domestic-measures.ts): a measure noun. */
export const MEASURE_CUE = 1 << 29;

/** The words of each bit: the gated tests' own sets, and the literals their code tests for. */
function groups(): readonly [number, Words][] {
  return [
    [NEGATION_CUE, NEGATORS],
    [HOPED_CUE, [...HOPE_FORMS, ...DREAM, 'hopeful', 'forward']],
    [WISHED_CUE, [...HOPE, ...IMAGINE, ...BELIEF_VERBS, ...BELIEF_ADJECTIVES, ...BELIEF_NOUNS]],
    [QUESTION_CUE, ['?']],
    [BRINK_CUE, ['verge', 'brink', 'close']],
    [PREMATURE_CUE, ['premature', 'early', 'soon']],
    [NEARLY_CUE, NEARLY],
    [DOUBTING_CUE, DOUBTING],
    [LEAVE_CUE, [...TO_LEAVE, 'let']],
    [HEARSAY_CUE, [...HEARSAY, ...FALSE, ...FALSELY, ...SHAM, ...EVIDENCE]],
    [AHEAD_CUE, AHEAD_WORDS],
    [TIME_OPENER_CUE, TIME_OPENERS],
    [FUTURE_OR_MODAL_CUE, [...FUTURE, ...UNUSUAL_MODALS, ...OBLIGATION, "'ll", 'going']],
    [PURPOSE_CUE, ['so', 'sure', ...SEEING_TO]],
    [DENIAL_CUE, ['deny']],
    [READINESS_CUE, READINESS.keys()],
    [ERA_CUE, ERA_DOERS],
    [HABIT_CUE, [...HABIT_ADVERBS, ...HABIT_AFTER, ...HABIT_ADJECTIVES, ...AIM_VERBS, REGULAR]],
    [POLL_CUE, POLLS],
    [OUTCOME_CUE, OUTCOME_NOUNS],
    [NON_PARTY_CUE, NON_PARTIES],
    [THANKS_CUE, THANKS],
    [CONDITION_CUE, ['case', 'event']],
    [INVERTING_CUE, INVERTING],
    [PROPOSAL_CUE, PROPOSING],
    [TRUTH_CUE, ['true', ...TRUTH_DENIED]],
    [NO_WAY_CUE, ['way']],
    [ALLY_CUE, ALLY_PHRASES.map(longest)],
    [LISTING_CUE, LISTING],
    [MEASURE_CUE, MEASURES],
  ];
}

/** The longest word of a phrase: every phrase has it, and it is the rarest in text (not "with", "of", "the"). */
function longest(words: readonly string[]): string {
  return words.reduce((a, b) => (b.length > a.length ? b : a));
}

/** Tokens before and after the sentence that its tests may read (see above). */
const MARGIN_BEFORE = 1;
const MARGIN_AFTER = 4;

let bitsOf: Map<string, number> | null = null;
function words(): Map<string, number> {
  if (bitsOf !== null) return bitsOf;
  const made = new Map<string, number>();
  for (const [bit, group] of groups()) for (const w of group) made.set(w, (made.get(w) ?? 0) | bit);
  bitsOf = made;
  return made;
}

// The cues of the last sentence read: a sentence's matches, and so its readings and tests, come together.
let lastDoc: SentenceContext['doc'] | null = null;
let lastSentence: SentenceContext['sentence'] | null = null;
let lastCues = 0;

/** The cue bits of the words in the sentence of `ctx` and its margins (lower forms and lemmas), made once per sentence. */
export function sentenceCues(ctx: SentenceContext): number {
  if (ctx.doc === lastDoc && ctx.sentence === lastSentence) return lastCues;
  const bits = words();
  const tokens = ctx.doc.tokens;
  const end = Math.min(tokens.length, ctx.sentence.endToken + MARGIN_AFTER);
  let cues = 0;
  for (let k = Math.max(0, ctx.sentence.firstToken - MARGIN_BEFORE); k < end; k++) {
    const t = tokens[k]!;
    cues |= bits.get(t.lower) ?? 0;
    if (t.lemma !== t.lower) cues |= bits.get(t.lemma) ?? 0;
  }
  lastDoc = ctx.doc;
  lastSentence = ctx.sentence;
  lastCues = cues;
  return cues;
}

/** Whether `cues` hold every bit of `need`: the gated test may fire. */
export function cued(cues: number, need: number): boolean {
  return (cues & need) === need;
}
