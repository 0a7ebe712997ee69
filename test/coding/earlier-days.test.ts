// A time counted back from the story's own time, "the day before", "days earlier", "the previous day", puts a past act
// on some earlier day the sentence does not name (earlier-days.ts, year-dates.ts): no day, not the article's.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { codeEvents, loadCodebook } from '../../src/coding/index.ts';
import { DEFAULT_DICTIONARY_DIR } from '../../src/pipeline.ts';
import { distinctTriggerDates, docOf, fakeMentions } from './fake-actors.ts';

const codebook = loadCodebook(DEFAULT_DICTIONARY_DIR);

/** "trigger date" per event (one per trigger), the article dated 2022-07-15. */
function dated(text: string): string[] {
  return distinctTriggerDates(text, '2022-07-15');
}

test('a past act counted back from the story has no day', () => {
  assert.deepEqual(dated('The day before, Lavrov had threatened Poland with a response.'), ['threatened null']);
  assert.deepEqual(dated('Days earlier, Russia accused Ukraine of sabotage.'), ['accused null']);
  assert.deepEqual(dated('A week earlier, Russian troops had shelled Ukraine.'), ['shelled null']);
  assert.deepEqual(dated('On the previous day, Russia attacked Ukraine.'), ['attacked null']);
  // In a relative clause the time is that clause's act's only.
  assert.deepEqual(dated('Kuleba, who had met Blinken the day before, criticized Russia.'), [
    'met null',
    'criticized 2022-07-15',
  ]);
});

test('a bound with its own object, a named day, or an act to come keeps its date', () => {
  assert.deepEqual(dated('Lavrov criticized Poland the day before yesterday.'), ['criticized 2022-07-13']);
  assert.deepEqual(dated('Kuleba will meet Blinken a day earlier.'), ['meet 2022-07-15']);
  assert.deepEqual(dated('Lavrov criticized Poland two days before the vote.'), ['criticized 2022-07-15']);
});

/** "trigger date" per event, the article dated `date`. */
function datedOn(text: string, date: string): string[] {
  const doc = docOf(text, date);
  return [
    ...new Set(codeEvents(doc, fakeMentions(doc), codebook, 'test').events.map((e) => `${e.trigger.text} ${e.date}`)),
  ];
}

test('"early this year" told later in the year is a past month, no day', () => {
  assert.deepEqual(datedOn('Lavrov met Blinken in Geneva early this year.', '2022-11-20'), ['met null']);
  // Told in February, it may hold the article's own day.
  assert.deepEqual(datedOn('Lavrov met Blinken in Geneva early this year.', '2022-02-20'), ['met 2022-02-20']);
});
