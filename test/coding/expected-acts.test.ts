// Acts a time phrase puts ahead are expected, not done (expected-acts.ts).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { sortedReadings } from './fake-actors.ts';

test('a gerund act dated to a time to come is hypothetical', () => {
  assert.deepEqual(sortedReadings('Satellite images point to Russia attacking Ukraine in the coming weeks.'), [
    '190 RUS->UKR hypothetical',
  ]);
  assert.deepEqual(sortedReadings('Satellite images point to Russia attacking Ukraine.'), ['190 RUS->UKR asserted']);
});

test('a progressive with a time to come keeps its reading', () => {
  assert.deepEqual(sortedReadings('Poland is meeting Ukraine next week.'), [
    '040 POL->UKR asserted',
    '040 UKR->POL asserted',
  ]);
});
