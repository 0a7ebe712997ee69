// In a whole text of one person's words (an address or a speech), an act is the speaker's only when "we" or "I" is its
// subject (src/coding/reported.ts quoteSpeaker). That subject may stand before coordinated verbs and before words that
// carry it on to the act: "need to", "going to", "prepared to", "interested in" (src/coding/persons.ts
// firstPersonSubject).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createPipeline } from '../../src/pipeline.ts';

const pipeline = createPipeline();

/** "cameo src->tgt" of the events triggered by `word` in an address by Zelenskyy. */
function addressed(text: string, word: string): string[] {
  return pipeline
    .code({
      id: 't',
      date: '2022-03-01',
      title: 'Address by President of Ukraine Volodymyr Zelenskyy',
      url: null,
      source: null,
      text: `Dear Ukrainians! ${text}`,
    })
    .events.filter((e) => e.trigger.text.startsWith(word))
    .map((e) => `${e.cameo} ${e.source?.code ?? '-'}->${e.target?.code ?? '-'}`);
}

test('an address’s "we" is the doer through a verb coordinated before the act', () => {
  assert.deepEqual(addressed('We have always welcomed and continue to welcome the efforts of Canada.', 'welcome the'), [
    '051 UKRGOV->CAN',
  ]);
});

test('an address’s "we" is the doer through "need to", "going to", "prepared to" and "interested in"', () => {
  assert.deepEqual(addressed('We need to expand our cooperation with Poland.', 'expand'), ['060 UKRGOV->POL']);
  assert.deepEqual(addressed('We are going to continue to strengthen ties with Romania.', 'strengthen'), [
    '060 UKRGOV->ROU',
  ]);
  assert.deepEqual(addressed('We are prepared to continue to support Moldova.', 'support'), ['030 UKRGOV->MDA']);
  assert.deepEqual(addressed('We are interested in developing relations with Japan.', 'developing'), [
    '030 UKRGOV->JPN',
  ]);
});

test('others’ acts in an address stay no act of the speaker’s', () => {
  assert.deepEqual(addressed('Hungary is going to expand its cooperation with Poland.', 'expand'), ['060 HUN->POL']);
  // "They" resolved to no one leaves a doerless statement, which is dropped (src/coding/doerless-speech.ts).
  assert.deepEqual(addressed('They need to expand their cooperation with Poland.', 'expand'), []);
  assert.deepEqual(addressed('Russia is going to continue to attack Kharkiv.', 'attack'), ['190 RUS->UKR']);
});

test('what a speaker’s "we" or "I" receives from another side is done to the speaker', () => {
  assert.deepEqual(addressed('We have received assurances from Germany.', 'received'), ['030 DEU->UKRGOV']);
  assert.deepEqual(addressed('Yesterday I received new weapons from Norway.', 'received'), ['072 NOR->UKRGOV']);
  // Others' receipts stay others': no receiver is guessed.
  assert.deepEqual(addressed('They received weapons from Norway.', 'received'), ['072 NOR->-']);
});

/** "cameo src->tgt" of the events triggered by `word` in a news report on Ukraine quoting Zelenskyy. */
function quoted(words: string, word: string): string[] {
  return pipeline
    .code({
      id: 't',
      date: '2022-03-01',
      title: null,
      url: null,
      source: null,
      text: `Ukraine is at war. "${words}," President Volodymyr Zelenskyy said.`,
    })
    .events.filter((e) => e.trigger.text.startsWith(word))
    .map((e) => `${e.cameo} ${e.source?.code ?? '-'}->${e.target?.code ?? '-'}`);
}

test('what is done to a speaker’s "us" is no act of the speaker’s: "us" is the target', () => {
  assert.deepEqual(quoted('It is important for Germany to support us today', 'support'), ['051 DEU->UKR']);
  // With no doer named ("our neighbours", "you" unresolved) the support is doerless and dropped, never the speaker's.
  assert.deepEqual(quoted('It is important for our neighbours to support us today', 'support'), []);
  assert.deepEqual(quoted('I urge you to continue to support us', 'support'), []);
  // The speaker's own act on others stays the speaker's.
  assert.deepEqual(quoted('We will continue to support Moldova', 'support'), ['030 UKRGOV->MDA']);
});
