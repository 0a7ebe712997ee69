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
