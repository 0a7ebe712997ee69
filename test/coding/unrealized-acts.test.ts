import { test } from 'node:test';
import assert from 'node:assert/strict';
import { sortedReadings } from './fake-actors.ts';

test('an act that nearly happened did not: "nearly unleashed", "almost attacked"', () => {
  assert.deepEqual(sortedReadings('Russia almost attacked Ukraine.'), ['190 RUS->UKR negated']);
  assert.deepEqual(sortedReadings('Russia nearly invaded Ukraine in 2021.'), ['190 RUS->UKR negated']);
  // A result reached by degree, or a state after an auxiliary, is done in part.
  assert.deepEqual(sortedReadings('Russia almost destroyed Ukraine.'), ['1712 RUS->UKR asserted']);
  // "nearly" before a number qualifies the amount, not the act.
  assert.deepEqual(sortedReadings('Russia attacked nearly 20 towns in Ukraine.'), ['190 RUS->UKR asserted']);
});

test('an act one came close to, or is on the brink of, has not happened', () => {
  assert.deepEqual(sortedReadings('Russia came close to attacking Ukraine.'), ['190 RUS->UKR hypothetical']);
  assert.deepEqual(sortedReadings('Russia was on the verge of launching an invasion of Ukraine.'), [
    '190 RUS->UKR hypothetical',
  ]);
  // "came close to the border" names a place, and the act after "and" is done.
  assert.deepEqual(sortedReadings('Russian troops came close to the border and attacked Ukraine.'), [
    '190 RUSMIL->UKR asserted',
  ]);
});

test('what it is too early to say is not asserted', () => {
  assert.deepEqual(sortedReadings('It is too early to say that Russia has attacked Ukraine.'), [
    '190 RUS->UKR hypothetical',
  ]);
  assert.deepEqual(sortedReadings('It is too early to talk about a withdrawal of Russia from Ukraine.'), [
    '087 RUS->UKR hypothetical',
  ]);
  // The judgement ends with its clause.
  assert.deepEqual(sortedReadings('It is too early to say, but Russia attacked Ukraine.'), ['190 RUS->UKR asserted']);
});

test('an act the writer only allows for or doubts is not reported done', () => {
  assert.deepEqual(sortedReadings('Belarus possibly provided weapons to Russia.'), ['072 BLR->RUS hypothetical']);
  assert.deepEqual(sortedReadings('Russia allegedly attacked Ukraine.'), ['190 RUS->UKR hypothetical']);
  assert.deepEqual(sortedReadings('Perhaps Russia attacked Ukraine.'), ['190 RUS->UKR hypothetical']);
  // News reports what it takes as done with "reportedly"; a comma closes a doubting adverb's reach.
  assert.deepEqual(sortedReadings('Russia reportedly attacked Ukraine.'), ['190 RUS->UKR asserted']);
  assert.deepEqual(sortedReadings('Supposedly, Russia attacked Ukraine.'), ['190 RUS->UKR asserted']);
});
