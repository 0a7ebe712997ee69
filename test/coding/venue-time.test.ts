import { test } from 'node:test';
import assert from 'node:assert/strict';
import { sortedReadings } from './fake-actors.ts';

test('a time adverbial may follow the venue between a pattern’s words', () => {
  // "pressed T … to": the venue "in Minsk" and "on Monday" stand between the object's phrase and "to".
  assert.deepEqual(sortedReadings('Russia pressed the US at a summit in Minsk on Monday to end the sanctions.'), [
    '100 RUS->USA asserted',
  ]);
  assert.deepEqual(sortedReadings('Russia pressed the US at a summit in Minsk to end the sanctions.'), [
    '100 RUS->USA asserted',
  ]);
});
