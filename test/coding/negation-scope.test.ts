import { test } from 'node:test';
import assert from 'node:assert/strict';
import { sortedReadings } from './fake-actors.ts';

test('a negation does not reach past a comma that opens a clause of its own', () => {
  assert.deepEqual(sortedReadings('Kuleba said there is no gray zone, there is only support for Poland.'), [
    '051 UKRGOV->POL asserted',
  ]);
  // Without a clause of its own after the comma the negation still holds.
  assert.deepEqual(sortedReadings('Russia has not, so far, attacked Ukraine.'), ['190 RUS->UKR negated']);
});

test('"not only" asserts the act', () => {
  assert.deepEqual(sortedReadings('Russia has not only threatened Ukraine.'), ['130 RUS->UKR asserted']);
});

test('"no way" with no other verb before the act denies it', () => {
  assert.deepEqual(sortedReadings('Lukashenko said there is “no way” Belarus would send troops into Ukraine.'), [
    '150 BLR->UKR negated',
  ]);
  assert.deepEqual(sortedReadings('Russia in no way threatens Ukraine.'), ['130 RUS->UKR negated']);
  // Another verb between "no way" and the act bounds it.
  assert.deepEqual(sortedReadings('There was no way out, so Russia attacked Ukraine.'), ['190 RUS->UKR asserted']);
});

test('a before/until clause opening the sentence ends at its comma', () => {
  assert.deepEqual(sortedReadings('Before leaving Moscow on Thursday, Poland meets Belarus.'), [
    '040 BLR->POL asserted',
    '040 POL->BLR asserted',
  ]);
  // The act inside the clause is still to come.
  assert.deepEqual(sortedReadings('Before Russia attacks Ukraine, NATO must act.'), ['190 RUS->UKR hypothetical']);
});
