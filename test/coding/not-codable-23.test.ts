// Real-news events an analyst does not code at all (session 21, noncode23), from a hand-judged reading of the corpus.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readings } from './shipped-readings.ts';

test('an act of "all those who" is no one in particular, whatever side the sentence gives it', () => {
  const team = '"Special thanks go to the coaches and all those who supported the team," Vladimir Putin said.';
  assert.deepEqual(readings(team, 'supported'), []);
  assert.deepEqual(readings('Poland arrested those who attacked the Ukrainian embassy.', 'attacked'), []);
  // The arrest itself, done by a named side, stays.
  assert.deepEqual(readings('Poland arrested those who attacked the Ukrainian embassy.', 'arrested'), [
    '173 POL->- asserted',
  ]);
});
