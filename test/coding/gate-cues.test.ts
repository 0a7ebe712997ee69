// `readModality` and `eventsOf` run some of their tests only when the sentence holds their cue words (gate-cues.ts;
// docs/reliability.md, twenty-eighth and twenty-ninth passes). A gated test must never fire in a sentence without its
// cues: each sentence below is read at every token by each gated test itself (the match-reading ones with matches of
// several lengths, codes and parts of speech), and wherever a test fires, every cue bit it needs must be set. Each
// test fires in some sentence, so a word taken out of a test's cue group (or a gate whose group misses a way the test
// fires) fails the second test below.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { asked, mentionIndex, type SentenceContext } from '../../src/coding/context.ts';
import { agendaItem } from '../../src/coding/agenda-items.ts';
import { bareProposal } from '../../src/coding/bare-proposals.ts';
import { conditionWithoutIf, invertedCondition, medialCondition } from '../../src/coding/conditions.ts';
import { courtesyThanks } from '../../src/coding/courtesy.ts';
import { domesticMeasure } from '../../src/coding/domestic-measures.ts';
import { withoutAllies } from '../../src/coding/fought-alongside.ts';
import { clauseStart } from '../../src/coding/roles.ts';
import { falseClaim } from '../../src/coding/undoubted.ts';
import { expectedAct } from '../../src/coding/expected-acts.ts';
import { futureTimeClause, purposeClause } from '../../src/coding/future-clauses.ts';
import * as gate from '../../src/coding/gate-cues.ts';
import { habitualAct } from '../../src/coding/habitual-acts.ts';
import { hearsayContent } from '../../src/coding/hearsay.ts';
import { hopedFor } from '../../src/coding/hoped-for.ts';
import type { Match } from '../../src/coding/match.ts';
import { deniedBefore, disbelievedBefore, noWayBefore } from '../../src/coding/modality.ts';
import { naziEraAct } from '../../src/coding/nazi-era.ts';
import { nonPartyMeeting } from '../../src/coding/non-party-meetings.ts';
import { pollFinding } from '../../src/coding/poll-shares.ts';
import { readiedAct } from '../../src/coding/readiness.ts';
import { refusedLeave } from '../../src/coding/refused-leave.ts';
import { restatedOutcome } from '../../src/coding/restated-outcomes.ts';
import { contrastedSubject } from '../../src/coding/contrast.ts';
import { brinkOf, doubtedAct, nearMiss, prematureSaying } from '../../src/coding/unrealized-acts.ts';
import { unsaidContent } from '../../src/coding/unsaid.ts';
import { wishedAct } from '../../src/coding/wishes.ts';
import { docOf, fakeMentions } from './fake-actors.ts';

function contexts(text: string): SentenceContext[] {
  const doc = docOf(text);
  const mentions = fakeMentions(doc);
  const mentionAt = mentionIndex(doc, mentions);
  return doc.sentences.map((sentence) => ({ doc, sentence, mentions, mentionAt }));
}

/** Codes a match-reading test is tried with: each root the tests look at. */
const CODES = ['010', '036', '040', '042', '051', '057', '100', '120', '150', '190'];

/** Matches at `i` of one to four tokens, of each code, as a verb, a noun and a bare pattern. */
function matchesAt(ctx: SentenceContext, i: number): Match[] {
  const matches: Match[] = [];
  for (let end = i + 1; end <= Math.min(ctx.sentence.endToken, i + 4); end++)
    for (const code of CODES)
      for (const noun of [false, true])
        for (const id of ['p', 'p (bare)'])
          matches.push({
            pattern: { id, code, noun } as unknown as Match['pattern'],
            trigger: i,
            end,
            literals: [],
            targets: [],
            sources: [],
            gaps: 0,
          });
  return matches;
}

type Fires = (ctx: SentenceContext, i: number) => boolean;
const at =
  (test: (ctx: SentenceContext, i: number) => unknown): Fires =>
  (ctx, i) => {
    const r = test(ctx, i);
    return r !== null && r !== false;
  };
const either =
  (test: (ctx: SentenceContext, i: number, noun: boolean) => unknown): Fires =>
  (ctx, i) =>
    [false, true].some((noun) => {
      const r = test(ctx, i, noun);
      return r !== null && r !== false;
    });
const matched =
  (test: (ctx: SentenceContext, match: Match) => boolean): Fires =>
  (ctx, i) =>
    matchesAt(ctx, i).some((m) => test(ctx, m));

/** Each gated test, the bits it needs (as its caller gates it), and how to ask it at a token. */
const GATED: [string, number, Fires][] = [
  ['unsaidContent', gate.NEGATION_CUE, at(unsaidContent)],
  ['hopedFor', gate.HOPED_CUE, at(hopedFor)],
  ['wishedAct', gate.WISHED_CUE, at(wishedAct)],
  ['asked', gate.QUESTION_CUE, at(asked)],
  ['brinkOf', gate.BRINK_CUE, at(brinkOf)],
  ['prematureSaying', gate.PREMATURE_CUE, at(prematureSaying)],
  ['nearMiss', gate.NEARLY_CUE, at(nearMiss)],
  ['doubtedAct', gate.DOUBTING_CUE, at(doubtedAct)],
  ['refusedLeave', gate.LEAVE_CUE, at(refusedLeave)],
  ['hearsayContent', gate.HEARSAY_CUE, either(hearsayContent)],
  ['expectedAct', gate.AHEAD_CUE, either(expectedAct)],
  ['futureTimeClause', gate.TIME_OPENER_CUE | gate.FUTURE_OR_MODAL_CUE, at(futureTimeClause)],
  ['purposeClause', gate.PURPOSE_CUE, at(purposeClause)],
  ['deniedBefore', gate.DENIAL_CUE, at(deniedBefore)],
  ['disbelievedBefore', gate.NEGATION_CUE, at(disbelievedBefore)],
  ['readiedAct', gate.READINESS_CUE, either(readiedAct)],
  ['contrastedSubject', gate.NEGATION_CUE, at(contrastedSubject)],
  ['naziEraAct', gate.ERA_CUE, matched(naziEraAct)],
  ['habitualAct', gate.HABIT_CUE, matched(habitualAct)],
  ['pollFinding', gate.POLL_CUE, matched(pollFinding)],
  ['restatedOutcome', gate.OUTCOME_CUE, matched(restatedOutcome)],
  ['nonPartyMeeting', gate.NON_PARTY_CUE, matched(nonPartyMeeting)],
  ['courtesyThanks', gate.THANKS_CUE, matched(courtesyThanks)],
  ['conditionWithoutIf', gate.CONDITION_CUE, either(conditionWithoutIf)],
  ['invertedCondition', gate.INVERTING_CUE, at(invertedCondition)],
  ['medialCondition', gate.INVERTING_CUE, at(medialCondition)],
  ['bareProposal', gate.PROPOSAL_CUE, at(bareProposal)],
  ['falseClaim', gate.TRUTH_CUE, at(falseClaim)],
  ['noWayBefore', gate.NO_WAY_CUE, (ctx, i) => noWayBefore(ctx, clauseStart(ctx, i), i)],
  ['withoutAllies', gate.ALLY_CUE, (ctx) => allyDropped(ctx)],
  ['agendaItem', gate.LISTING_CUE, at(agendaItem)],
  ['domesticMeasure', gate.MEASURE_CUE, matched((ctx, m) => domesticMeasure(ctx, m, [], []))],
];

/** `withoutAllies` drops one of the sentence's actors from the targets of a fight. */
function allyDropped(ctx: SentenceContext): boolean {
  const { firstToken, endToken } = ctx.sentence;
  const targets = ctx.mentions.filter((m) => m.firstToken >= firstToken && m.endToken <= endToken);
  return withoutAllies(ctx, '190', targets) !== targets;
}

/** The names of the gated tests that fire somewhere in the sentence, with the bits each needs. */
function firing(ctx: SentenceContext): [string, number][] {
  const fired: [string, number][] = [];
  for (const [name, need, fires] of GATED) {
    for (let i = ctx.sentence.firstToken; i < ctx.sentence.endToken; i++) {
      if (fires(ctx, i)) {
        fired.push([name, need]);
        break;
      }
    }
  }
  return fired;
}

const SENTENCES = [
  'Lavrov did not say that Russia attacked Ukraine.',
  'We have never said that we wanted to fight.',
  'Kyiv confirmed the ship was damaged but not that it was hit.',
  'This does not mean that Europe will stop supporting Ukraine.',
  'Zelensky expressed hope for strengthening economic cooperation.',
  'We look forward to meeting the Estonian delegation.',
  'They still dream of capturing Ukraine.',
  'Erdogan was hopeful for a phone call between Russia and Ukraine.',
  'I hope that Germany will support this decision.',
  'Imagine Russian missiles hitting its heart.',
  'I am convinced that Russia will hinder the return of citizens.',
  'Scholz expressed confidence that Canada will continue to provide support.',
  'We expect that the Russian side will support these efforts.',
  'Will Russia attack the capital?',
  'The two sides came close to signing a deal.',
  'Europe stands on the brink of war.',
  'It is too early to say that the troops have left.',
  'It is premature to speak of a withdrawal.',
  'The army nearly unleashed a war.',
  'Beijing possibly provided equipment to the army.',
  'We cannot allow Russia to win this war.',
  'We will not let the occupiers destroy our cities.',
  'There were rumours that Poland had sent troops to Ukraine.',
  'State television falsely claimed that NATO attacked Russia.',
  'Officials released fake reports that Kyiv attacked a village.',
  'The footage showed a staged attack on the convoy.',
  'Analysts point to Russia escalating its invasion in the near future.',
  'They began preparations for conducting exercises in the coming days.',
  'Macron will ask Beijing to commit when he visits Paris.',
  'Once the sanctions are lifted, Russia will resume exports.',
  'Germany is working to ensure that the EU agrees on a new package.',
  'We acted so that all European leaders agree.',
  'Moscow denied that it plans to invade Ukraine.',
  'Washington does not believe Beijing has provided any weapons.',
  'Kyiv is open to meeting the Russian leader.',
  'The Kremlin said it was ready for a meeting between the two leaders.',
  'It is not Ukraine that is refusing to negotiate.',
  'The Nazis tried to bomb and destroy European cities.',
  'Russia has always supported the United Nations.',
  'We meet regularly with the management of large companies.',
  'The government has long sought to strengthen ties with its neighbours.',
  'Our colleagues have always expressed their commitment to these principles.',
  'Polls show people want the government to do more.',
  'These are the issues we discussed at the meeting.',
  'The leaders will meet with media representatives.',
  'Thank you very much for the invitation.',
  'In case Russia attacks, NATO will respond.',
  'NATO will act in the event of an invasion.',
  'Should Russia invade Ukraine, the West will respond.',
  'The West will arm Ukraine should Russia choose to invade.',
  'I suggest we discuss all these things.',
  'It is not true that Russia attacked Ukraine.',
  'There is no way Poland would send troops.',
  'Volunteers fought alongside Ukraine against Russia.',
  'The agenda includes expanding cooperation with Kyiv.',
  'The government promised to cut taxes for families.',
];

test('each gated test fires in some example sentence', () => {
  const fired = new Set(SENTENCES.flatMap(contexts).flatMap((ctx) => firing(ctx).map(([name]) => name)));
  assert.deepEqual(
    GATED.map(([name]) => name).filter((name) => !fired.has(name)),
    [],
  );
});

test('wherever a gated test fires, the sentence holds every cue it needs', () => {
  for (const ctx of SENTENCES.flatMap(contexts)) {
    const cues = gate.sentenceCues(ctx);
    for (const [name, need] of firing(ctx)) assert.ok(gate.cued(cues, need), `${name} at ${ctx.sentence.firstToken}`);
  }
});

test('the gated tests have bits of their own, and each bit has words', () => {
  const bits = GATED.map(([, need]) => need);
  for (const need of bits) assert.ok(need > 0 && need < 2 ** 31);
  // Every exported bit is one power of two below 2^31, and no two exported bits are the same.
  const exported = Object.entries(gate)
    .filter(([name]) => name.endsWith('_CUE'))
    .map(([, bit]) => bit as number);
  assert.equal(new Set(exported).size, exported.length);
  for (const bit of exported) assert.equal(bit & (bit - 1), 0);
});

test('a sentence with none of the words has no cues', () => {
  const [ctx] = contexts('Russia attacked Ukraine on Thursday.');
  assert.equal(gate.sentenceCues(ctx!), 0);
});

test('each sentence of a document has its own cues (the last sentence read is kept, not mixed up)', () => {
  const [a, b, c] = contexts('Moscow denied the attack. We hope for talks. Russia attacked Ukraine on Thursday.');
  // The pass covers a token before the sentence and four after it: "We hope" follows the first sentence's end.
  const first = gate.sentenceCues(a!);
  assert.equal(first & gate.DENIAL_CUE, gate.DENIAL_CUE);
  assert.equal(gate.sentenceCues(b!) & (gate.HOPED_CUE | gate.DENIAL_CUE), gate.HOPED_CUE);
  assert.equal(gate.sentenceCues(c!), 0);
  assert.equal(gate.sentenceCues(a!), first);
});
