import { test } from 'node:test';
import assert from 'node:assert/strict';
import { codeEvents, loadCodebook } from '../../src/coding/index.ts';
import { DEFAULT_DICTIONARY_DIR } from '../../src/pipeline.ts';
import { docOf, fakeMentions } from './fake-actors.ts';

const codebook = loadCodebook(DEFAULT_DICTIONARY_DIR);

/** "cameo src->tgt modality" per event, with the fake actor table. */
function brief(text: string): string[] {
  const doc = docOf(text, '2022-02-15');
  return codeEvents(doc, fakeMentions(doc), codebook, 'test').events.map(
    (e) => `${e.cameo} ${e.source?.code ?? '-'}->${e.target?.code ?? '-'} ${e.modality}`,
  );
}

test('a claim that a third party did a hostile act accuses it (112); the act claimed or alleged is only charged', () => {
  // "claimed", "alleged": the claimant's charge, not a fact the sentence tells (as "accused Russia of attacking").
  assert.deepEqual(brief('The US claimed that Russia had attacked Ukraine.'), [
    '190 RUS->UKR hypothetical',
    '112 USA->RUS asserted',
  ]);
  assert.deepEqual(brief('Lavrov alleged on Tuesday that Kyiv shelled the city.'), [
    '194 UKRGOV->- hypothetical',
    '112 RUSGOV->UKRGOV asserted',
  ]);
  // A readout: "said that" reports an act of another side as a charge too.
  assert.deepEqual(brief('Lavrov said Kyiv attacked Russian troops.'), [
    '190 UKRGOV->RUSMIL asserted',
    '112 RUSGOV->UKRGOV asserted',
  ]);
  // Stressing or insisting that another side does a hostile act is a charge as well.
  assert.deepEqual(brief('Lavrov stressed that NATO threatens Russia.'), [
    '130 IGOWSTNAT->RUS asserted',
    '112 RUSGOV->IGOWSTNAT asserted',
  ]);
  // So is noting, recalling, emphasising, pointing out or adding it ("recalled that it was Ukraine that launched …").
  assert.deepEqual(brief('Lavrov recalled that Kyiv attacked Russian troops.'), [
    '190 UKRGOV->RUSMIL asserted',
    '112 RUSGOV->UKRGOV asserted',
  ]);
  assert.deepEqual(brief('Lavrov noted that NATO threatens Russia.'), [
    '130 IGOWSTNAT->RUS asserted',
    '112 RUSGOV->IGOWSTNAT asserted',
  ]);
});

test('no accusation for a predicted act, a denied one, or an act outside the claimed clause', () => {
  assert.deepEqual(brief('The US said Russia could attack Ukraine.'), ['190 RUS->UKR hypothetical']);
  assert.deepEqual(brief('The US said Russia did not attack Ukraine.'), ['190 RUS->UKR negated']);
  assert.deepEqual(brief('Ukraine said it was ready, and Russia attacked Poland.'), ['190 RUS->POL asserted']);
});

test('a state and those who oppose it in the same country are two sides: a charge, not a claim of their own act', () => {
  assert.deepEqual(brief('Russian opposition groups said Russian troops attacked the protesters.'), [
    '190 RUSMIL->CVL asserted',
    '112 RUSOPP->RUSMIL asserted',
  ]);
  assert.deepEqual(brief('Moscow claimed that the Russian opposition had attacked Russian troops.'), [
    '190 RUSOPP->RUSMIL hypothetical',
    '112 RUSGOV->RUSOPP asserted',
  ]);
  assert.deepEqual(brief('Russian opposition groups alleged that Moscow was aware of the plans.'), [
    '112 RUSOPP->RUSGOV asserted',
  ]);
});

test("a side's claim of its own act takes responsibility (015) and accuses no one", () => {
  assert.deepEqual(brief('The US claimed that the US had attacked the rebels.'), [
    '190 USA->REB asserted',
    '015 USA->REB asserted',
  ]);
  assert.deepEqual(brief('Lavrov said Moscow attacked Ukraine.'), ['190 RUSGOV->UKR asserted']);
});

test('an act "out of the question" or "not on the table" is rejected by the speaker, by the kind of act', () => {
  assert.deepEqual(brief('Talks with Russia remain out of the question, Kuleba said.'), [
    '040 -->RUS negated',
    '125 UKRGOV->RUS asserted',
  ]);
  assert.deepEqual(brief('Lavrov said that sending weapons to Ukraine is out of the question.'), [
    '072 -->UKR negated',
    '122 RUSGOV->UKR asserted',
  ]);
  // No coded act: the actor the act is about.
  assert.deepEqual(brief('Blinken said that rewarding Russia is currently out of the question.'), [
    '120 USAGOV->RUS asserted',
  ]);
  assert.deepEqual(brief('Talks with Russia were not on the table for Poland.'), [
    '040 -->RUS negated',
    '125 POL->RUS asserted',
  ]);
});

test('"not out of the question" leaves the act possible; plans "on the table" are no act', () => {
  assert.deepEqual(brief('Talks with Russia are not out of the question, Kuleba said.'), ['040 -->RUS hypothetical']);
  assert.deepEqual(brief('Kuleba did not say whether talks with Russia were off the table.'), [
    '040 -->RUS hypothetical',
  ]);
  assert.deepEqual(brief('Kuleba and Lavrov discussed the plans that are on the table.'), [
    '040 UKRGOV->RUSGOV asserted',
    '040 RUSGOV->UKRGOV asserted',
  ]);
});

test('alleging that an actor did anything accuses it (112), even when the alleged act is no pattern', () => {
  assert.deepEqual(brief('Lavrov alleged that Kyiv was aware of the plans.'), ['112 RUSGOV->UKRGOV asserted']);
  // Of one's own side it is no accusation; announced or denied, it is not (yet) made.
  assert.deepEqual(brief('Lavrov alleged that Russia was aware of the plans.'), []);
  assert.deepEqual(brief('Lavrov will allege that Kyiv was aware of the plans.'), ['112 RUSGOV->UKRGOV hypothetical']);
  assert.deepEqual(brief('Lavrov did not allege that Kyiv was aware of the plans.'), ['112 RUSGOV->UKRGOV negated']);
});

test('a document with no author named speaks for the actor before it or the state it was issued in', () => {
  assert.deepEqual(brief('A report released in Moscow alleged that Ukraine was aware of the plans.'), [
    '112 RUSGOV->UKR asserted',
  ]);
  assert.deepEqual(brief('The Russian report alleged that Kyiv was aware of the plans.'), ['112 RUS->UKRGOV asserted']);
  // The issuer also accuses the doer of a hostile act it alleges.
  assert.deepEqual(brief('A report released in Moscow alleged that Ukraine shelled the city.'), [
    '194 UKR->- hypothetical',
    '112 RUSGOV->UKR asserted',
  ]);
  // An author named in a "by" phrase speaks for itself; a place the report is about is not its issuer.
  assert.deepEqual(brief('A report released in Moscow by NATO alleged that Ukraine was aware of the plans.'), [
    '112 IGOWSTNAT->UKR asserted',
  ]);
  assert.deepEqual(brief('A report on the fighting in Kyiv alleged that Russia was aware of the plans.'), []);
});

test('in "accuse X of V-ing … by alleging", X alleges, also past a ``PTB-style quotation\'\'', () => {
  for (const text of [
    'Ukraine accused Russia of making unacceptable accusations by alleging Kyiv played a role in the war.',
    "Ukraine accused Russia of making`` unacceptable accusations'' by alleging Kyiv played a role in the war.",
  ])
    assert.deepEqual(brief(text), ['112 UKR->RUS asserted', '112 RUS->UKRGOV hypothetical'], text);
});

test('saying that a third party ignores or rejects something accuses it (112); not an act in a relative clause', () => {
  assert.deepEqual(brief("Lavrov said the US was ignoring Russia's concerns."), [
    '120 USA->RUS asserted',
    '112 RUSGOV->USA asserted',
  ]);
  assert.deepEqual(brief('Kuleba said Russia rejected a proposal for a truce.'), [
    '125 RUS->- asserted',
    '112 UKRGOV->RUS asserted',
  ]);
  assert.deepEqual(brief('Lavrov said NATO must stop, among other demands, which the US has rejected.'), [
    '120 USA->- asserted',
    '100 RUSGOV->IGOWSTNAT asserted',
  ]);
});

test("a claim noun's that-clause is claimed like a claiming verb's, by whoever the claim belongs to", () => {
  assert.deepEqual(brief("Lavrov's statement that NATO threatens Russia angered Washington."), [
    '130 IGOWSTNAT->RUS asserted',
    '112 RUSGOV->IGOWSTNAT asserted',
  ]);
  // A claim, not a statement: the act is only charged, also when no one is named for the claim.
  assert.deepEqual(brief('Reporters debunked a claim that Russia attacked Poland.'), ['190 RUS->POL hypothetical']);
  // A relative "that" says what was done with the statement; it holds no claim.
  assert.deepEqual(brief('The statement that Lavrov issued on Monday condemned NATO.'), [
    '111 RUSGOV->IGOWSTNAT asserted',
  ]);
});

test('a passive that names its patient first still has its doer in the claimed clause', () => {
  assert.deepEqual(brief('Lavrov said that Russia was attacked by Ukraine.'), [
    '190 UKR->RUS asserted',
    '112 RUSGOV->UKR asserted',
  ]);
});
