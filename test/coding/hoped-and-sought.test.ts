// Acts hoped for after "hopeful", acts whose chance is weighed, and acts a subject is "looking to" do are not done
// (hoped-for.ts, topics.ts, lexicon.ts AIM_GOVERNORS).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { sortedReadings } from './fake-actors.ts';

test('what one is hopeful for or of is hoped for, not done', () => {
  assert.deepEqual(sortedReadings('Blinken is hopeful for talks between Russia and Ukraine.'), [
    '040 RUS->UKR hypothetical',
    '040 UKR->RUS hypothetical',
  ]);
  assert.deepEqual(sortedReadings('Blinken was hopeful of talks between Russia and Ukraine.'), [
    '040 RUS->UKR hypothetical',
    '040 UKR->RUS hypothetical',
  ]);
});

test('an act after "chances for" or "likelihood for" is possible, not done', () => {
  assert.deepEqual(sortedReadings("Analysts say Ukraine's chances for retaking Crimea from Russia are slim."), [
    '190 UKR->RUS hypothetical',
  ]);
});

test('an act one is looking to do is an aim, not done', () => {
  assert.deepEqual(sortedReadings('Russian opposition groups are looking to stage protests against Moscow.'), [
    '141 RUSOPP->RUSGOV hypothetical',
  ]);
});

test('a fear denied before an infinitive is readiness, not a denial of the act', () => {
  // Like "Kyiv is ready to negotiate with Russia": an intent to meet.
  assert.deepEqual(sortedReadings('Kyiv is not afraid to negotiate with Russia.'), ['036 UKRGOV->RUS asserted']);
  assert.deepEqual(sortedReadings('Kyiv is ready to negotiate with Russia.'), ['036 UKRGOV->RUS asserted']);
  // A fear held: the act is not done.
  assert.deepEqual(sortedReadings('Kyiv is afraid to negotiate with Russia.'), [
    '040 RUS->UKRGOV hypothetical',
    '040 UKRGOV->RUS hypothetical',
  ]);
});
