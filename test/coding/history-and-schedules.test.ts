// Dates of acts of a past regime's forces and after the Soviet Union's end; the reading of acts done as another does,
// of talks a journey is for, and of acts put on the calendar by "is to" or a headline's "X to visit Y".
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createPipeline } from '../../src/pipeline.ts';

const pipeline = createPipeline();

/** "code source->target modality date" per event of the trigger `word`, the article dated 2023-06-14. */
function coded(text: string, word: string): string[] {
  return pipeline
    .code({ id: 't', date: '2023-06-14', title: null, url: null, source: null, text })
    .events.filter((e) => e.trigger.text === word)
    .map((e) => `${e.cameo} ${e.source?.code ?? '-'}->${e.target?.code ?? '-'} ${e.modality} ${e.date}`);
}

test("a past regime's forces acting in the past are history, a past tagged as an adjective included", () => {
  assert.deepEqual(coded('Soviet soldiers liberated Kyiv from the invaders.', 'liberated'), [
    '190 RUSMIL->UKR asserted null',
  ]);
  // Named in the subject's words though no actor stands for them: history, and with no doer, dropped.
  assert.deepEqual(coded('The heroes of the Red Army fought the enemy near Moscow.', 'fought'), []);
  // Today's forces keep the article's day.
  assert.deepEqual(coded('Russian soldiers shelled Kyiv.', 'shelled'), ['194 RUSMIL->UKR asserted 2023-06-14']);
});

test("an act in the simple past after the Soviet Union's end, or during the Cold War, is history", () => {
  assert.deepEqual(coded('After the breakup of the Soviet Union, Russia recognised Ukraine.', 'recognised'), [
    '054 RUS->UKR asserted null',
  ]);
  assert.deepEqual(coded('Russia supported Cuba during the Cuban Missile Crisis.', 'supported'), [
    '051 RUS->CUB asserted null',
  ]);
  assert.deepEqual(coded('The United States threatened Moscow during the Cold War.', 'threatened'), [
    '130 USA->RUS asserted null',
  ]);
  // A span from that end, and "a new Cold War" of today, name no past time.
  assert.deepEqual(coded('Since the collapse of the Soviet Union, Russia has supported Serbia.', 'supported'), [
    '051 RUS->SRB asserted 2023-06-14',
  ]);
  assert.deepEqual(coded('Russia threatened Poland in a new Cold War.', 'threatened'), [
    '130 RUS->POL asserted 2023-06-14',
  ]);
});

test('what may be done as another does, and the talks a journey to come is for, are not done yet', () => {
  assert.deepEqual(coded("Poland could follow Germany's lead in sending tanks to Ukraine.", 'sending tanks to'), [
    '072 POL->UKR hypothetical 2023-06-14',
  ]);
  assert.deepEqual(coded("Poland followed Germany's lead in sending tanks to Ukraine.", 'sending tanks to'), [
    '072 POL->UKR asserted 2023-06-14',
  ]);
  assert.deepEqual(coded('Scholz could meet Putin for talks in Moscow.', 'talks'), [
    '040 DEUGOV->RUS hypothetical 2023-06-14',
  ]);
  assert.deepEqual(coded('Guterres will arrive in Moscow on Tuesday for talks with Lavrov.', 'talks with'), [
    '036 IGOUNO->RUSGOV asserted 2023-06-14',
    '036 RUSGOV->IGOUNO asserted 2023-06-14',
  ]);
  // A speech act done as others do is done: "would like to join … in thanking" thanks.
  assert.deepEqual(
    coded('"I would like to join the previous speakers in thanking President Xi Jinping," Modi said.', 'thanking'),
    ['051 INDGOV->CHNGOV asserted 2023-06-14'],
  );
  assert.deepEqual(
    coded('Modi said he would like to join the previous speakers in thanking President Xi Jinping.', 'thanking'),
    ['051 INDGOV->CHNGOV asserted 2023-06-14'],
  );
  assert.deepEqual(coded('Guterres arrived in Moscow for talks with Lavrov.', 'talks with'), [
    '040 IGOUNO->RUSGOV asserted 2023-06-14',
    '040 RUSGOV->IGOUNO asserted 2023-06-14',
  ]);
});

test('"X is to visit Y" and the headline "X to visit Y" announce the visit: an intent to meet (036)', () => {
  assert.deepEqual(coded('UN chief to visit Ukraine', 'visit'), ['036 IGOUNO->UKR asserted 2023-06-14']);
  assert.deepEqual(coded('– Macron to visit Kyiv –', 'visit'), ['036 FRAGOV->UKR asserted 2023-06-14']);
  assert.deepEqual(coded('Macron is to visit Kyiv.', 'visit'), ['036 FRAGOV->UKR asserted 2023-06-14']);
  // No actor right before "to": an aim, no schedule.
  assert.deepEqual(coded("Russia's war to destroy Ukraine is failing.", 'destroy'), [
    '1712 RUS->UKR asserted 2023-06-14',
  ]);
  // A plan or a stop is no title: "Russia plans to test" is a plan declared, "Biden stops to speak" done.
  assert.deepEqual(
    coded('Russia plans to test nuclear missiles capable of hitting the United States.', 'test nuclear missiles'),
    ['138 RUS->USA asserted 2023-06-14'],
  );
  assert.deepEqual(
    coded(
      'US President Joe Biden stops to speak to reporters, charging that Putin is a war criminal.',
      'charging that',
    ),
    ['112 USAGOV->RUSGOV asserted 2023-06-14'],
  );
  assert.deepEqual(coded('Macron visited Kyiv.', 'visited'), ['042 FRAGOV->UKR asserted 2023-06-14']);
});
