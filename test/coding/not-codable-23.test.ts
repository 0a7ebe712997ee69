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

test('thanks to God are an interjection, no event', () => {
  assert.deepEqual(readings('"Thank God, the harvest is good this year," Vladimir Putin said.', 'Thank'), []);
  assert.deepEqual(readings('"I thank the Lord for the peace in our villages," Vladimir Putin said.', 'thank'), []);
  const heavens = '"We are compelled, thank heavens, to build our own engines," Vladimir Putin said.';
  assert.deepEqual(readings(heavens, 'thank'), []);
  // Thanks to a political actor stay.
  assert.deepEqual(readings('I thank France for its support for Ukraine.', 'thank'), ['051 -->FRA asserted']);
});
