// A day named after "before", "after", "prior to" or "ahead of" bounds the act (bounded-dates.ts, dates.ts): the act
// was done some time before or after it, never on it, so with no other day named it is history, no day.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { distinctTriggerDates } from './fake-actors.ts';

/** "trigger date" per event (one per trigger), the article dated 2022-07-15. */
function dated(text: string): string[] {
  return distinctTriggerDates(text, '2022-07-15');
}

test('an act before or after a named day in its own clause is done on no day the sentence names', () => {
  assert.deepEqual(dated('Russia withdrew its troops from the border before 24 February.'), ['withdrew null']);
  assert.deepEqual(dated('Russia began sending troops to Belarus ahead of the February 24 invasion.'), [
    'sending troops to null',
  ]);
  // An opening bound reaches the main clause.
  assert.deepEqual(dated('After February 24, Russia attacked Ukraine.'), ['attacked null']);
});

test('a bound in another clause leaves the act its day', () => {
  // The thanks are the article's; the arrival, in the relative clause, is bounded.
  assert.deepEqual(
    dated('Kuleba thanked Poland for the shelter it gave to Ukrainians who arrived in Poland after June 2.'),
    ['thanked 2022-07-15'],
  );
  // A "when" clause after the day is that day's.
  assert.deepEqual(
    dated('Lavrov said that Russia attacked Ukraine before February 24, when Russia launched the invasion.'),
    ['attacked 2022-02-24', 'invasion 2022-02-24'],
  );
  // An act yet to come is announced on the article's day.
  assert.deepEqual(dated('Russia will withdraw its troops before March 1.'), ['withdraw 2022-07-15']);
  // A day of its own is the act's.
  assert.deepEqual(dated('Russia attacked Ukraine on February 24.'), ['attacked 2022-02-24']);
});

test('a day in the main clause bounds the act of a "before" or "after" clause joined after it', () => {
  assert.deepEqual(dated('The talks took place in Istanbul on March 29, before Russia attacked Kharkiv.'), [
    'attacked null',
  ]);
  assert.deepEqual(dated('Poland thanked Ukraine on July 2, after Russia shelled Odesa.'), [
    'thanked 2022-07-02',
    'shelled null',
  ]);
  // The clause opening the sentence is bounded the same way; the main clause keeps the day.
  assert.deepEqual(dated('On July 2, after Russia shelled Odesa, Poland thanked Ukraine.'), [
    'shelled null',
    'thanked 2022-07-02',
  ]);
  // An act before the day, with the "after" clause behind it, keeps the day.
  assert.deepEqual(dated('Russia attacked Kharkiv on July 2, after the talks failed.'), ['attacked 2022-07-02']);
});
