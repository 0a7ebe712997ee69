// A month named without its year is the latest such month: one before the article's month is history, no day.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { codeEvents, loadCodebook } from '../../src/coding/index.ts';
import { DEFAULT_DICTIONARY_DIR } from '../../src/pipeline.ts';
import { docOf, fakeMentions } from './fake-actors.ts';

const codebook = loadCodebook(DEFAULT_DICTIONARY_DIR);

/** "trigger date" per event, the article dated 2022-04-20 unless another is given. */
function dated(text: string, date = '2022-04-20'): string[] {
  const doc = docOf(text, date);
  return codeEvents(doc, fakeMentions(doc), codebook, 'test').events.map((e) => `${e.trigger.text} ${e.date}`);
}

test('a past bare month undates a verb in the past, before or after it', () => {
  assert.deepEqual(dated('In March, Poland condemned Russia.'), ['condemned null']);
  assert.deepEqual(dated('Russia attacked Ukraine in February.'), ['attacked null']);
  assert.deepEqual(dated('Last December, Russia threatened Ukraine.'), ['threatened null']);
  assert.deepEqual(dated('Poland expelled Russian diplomats at the end of January.'), ['expelled null']);
});

test('a bare month later in the year than the article is last year, for a verb in the past', () => {
  assert.deepEqual(dated('In November, Russia threatened Ukraine.', '2022-02-10'), ['threatened null']);
});

test("a month after an intended act, or after its reason, is not the act's time", () => {
  // A proposal's month is still to come, later this year or the next.
  assert.deepEqual(dated('Kuleba proposed a meeting with Blinken in December.'), ['proposed a meeting 2022-04-20']);
  assert.deepEqual(dated('Kuleba proposed a meeting with Blinken in February.'), ['proposed a meeting 2022-04-20']);
  // The thanks are today's; the payment they are for was made in March.
  // Another clause's intention leaves the month to the act: "were supposed to meet …, but X called it off in March".
  assert.deepEqual(dated('Lavrov was supposed to meet Blinken, but Russia attacked Ukraine in March.'), [
    'meet 2022-04-20',
    'meet 2022-04-20',
    'attacked null',
  ]);
  assert.deepEqual(dated('Kuleba called on Blinken at the summit in March to punish Russia.'), [
    'called on 2022-04-20',
  ]);
  assert.deepEqual(dated('Kuleba thanked Poland for the payment of aid in March.'), ['thanked 2022-04-20', 'aid null']);
});

test("the article's own month, a future act and a month after a day keep the sentence's date", () => {
  assert.deepEqual(dated('In April, Poland condemned Russia.'), ['condemned 2022-04-20']);
  assert.deepEqual(dated('Lavrov will meet Blinken in June.'), ['meet 2022-04-20']);
  assert.deepEqual(dated('Russia attacked Ukraine on 24 February.'), ['attacked 2022-02-24']);
  assert.deepEqual(dated('Russia has attacked Ukraine since February.'), ['attacked 2022-04-20']);
});

test('a span\'s start dates only its "when" clause', () => {
  assert.deepEqual(dated('Tensions have risen since January, when Russian troops attacked Ukraine.'), [
    'attacked null',
  ]);
});
