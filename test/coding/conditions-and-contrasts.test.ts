import { test } from 'node:test';
import assert from 'node:assert/strict';
import { sortedReadings } from './fake-actors.ts';

test('a condition without "if" holds its act: "in case", "in the event that/of"', () => {
  assert.deepEqual(sortedReadings('Troops will be placed at high readiness in case Russia threatens Poland.'), [
    '130 RUS->POL hypothetical',
  ]);
  assert.deepEqual(sortedReadings('It would matter less in the event that Russia attacked Ukraine.'), [
    '190 RUS->UKR hypothetical',
  ]);
  assert.deepEqual(sortedReadings('NATO met in the event of an attack by Russia.'), ['190 RUS->- hypothetical']);
  // "the event" that is a thing, with no clause or "of" after it, states no condition.
  assert.deepEqual(sortedReadings('Russia, speaking in the event by video, attacked Ukraine.'), [
    '190 RUS->UKR asserted',
  ]);
});

test('an auxiliary before the subject opens a condition up to the comma', () => {
  assert.deepEqual(sortedReadings('Should Russia invade Ukraine, the price will be high.'), [
    '190 RUS->UKR hypothetical',
  ]);
  assert.deepEqual(sortedReadings('Were NATO to attack Russia, the price would be high.'), [
    '190 IGOWSTNAT->RUS hypothetical',
  ]);
});

test('"instead of" and "rather than" name the act not taken', () => {
  assert.deepEqual(sortedReadings('Instead of forcing Ukraine to make peace, they wag their finger.'), [
    '170 -->UKR negated',
  ]);
});

test('a subject opened by "no" denies the act; "no choice but" and an object "no" do not', () => {
  assert.deepEqual(sortedReadings('No nations from Europe are boycotting Russia.'), ['143 -->RUS negated']);
  assert.deepEqual(sortedReadings('The UN had no choice but to condemn Russia.'), ['111 -->RUS asserted']);
});

test('a verb joined to one under a modal or an obligation is read with it', () => {
  // "confiscated" shares the passive of "must be seized or frozen": the funds are its patient, not its doer.
  assert.deepEqual(sortedReadings('Russian funds must be seized or frozen, and then confiscated.'), [
    '171 -->RUS hypothetical',
  ]);
  assert.deepEqual(sortedReadings('Russia can support Ukraine and strengthen ties with Belarus.'), [
    '051 RUS->UKR hypothetical',
    '060 RUS->BLR hypothetical',
  ]);
  // A past form joined to a negated verb has its own tense.
  assert.deepEqual(sortedReadings('Russia did not withdraw and attacked Ukraine.'), ['190 RUS->UKR asserted']);
});

test('the actor set off after "not" is not the subject', () => {
  assert.deepEqual(sortedReadings('Ukraine, not Russia, shelled the city.'), ['194 UKR->- asserted']);
  assert.deepEqual(sortedReadings('It was Russia, not Ukraine, that attacked the city.'), ['190 RUS->- asserted']);
  assert.deepEqual(sortedReadings('Russia – and not NATO – invaded Ukraine.'), ['190 RUS->UKR asserted']);
});

test('a past form with an object is no passive joined to a modal one', () => {
  assert.deepEqual(
    sortedReadings(
      'Russia announced a plan to help cities that need to be restored, and invited Belarus to join the project.',
    ),
    ['020 RUS->BLR asserted'],
  );
});

test('an act avoided, ruled out, not yet done or beyond one is not done', () => {
  assert.deepEqual(sortedReadings('Russia stopped short of attacking Ukraine.'), ['190 RUS->UKR negated']);
  assert.deepEqual(sortedReadings('Some states have avoided censuring Russia.'), ['111 -->RUS negated']);
  assert.deepEqual(sortedReadings('Russia refrained from attacking Ukraine.'), ['190 RUS->UKR negated']);
  assert.deepEqual(sortedReadings('Russia is unable to attack Ukraine.'), ['190 RUS->UKR negated']);
  assert.deepEqual(sortedReadings('Russia has yet to attack Ukraine.'), ['190 RUS->UKR negated']);
  // "yet another attempt to" is an attempt made, not "yet to" (an agreement attempted is not reached: hypothetical,
  // not negated); "did not rule out" leaves the act possible.
  assert.deepEqual(sortedReadings('Russia made yet another attempt to reach an agreement with Ukraine.'), [
    '057 RUS->UKR hypothetical',
  ]);
  assert.deepEqual(
    sortedReadings('Russia did not rule out attacking Ukraine.').filter((r) => r.startsWith('190')),
    ['190 RUS->UKR hypothetical'],
  );
});

test('a plan given up leaves its act undone', () => {
  assert.deepEqual(sortedReadings('Russia scrapped plans to attack Ukraine.'), ['190 RUS->UKR negated']);
  assert.deepEqual(sortedReadings('Russia announced plans to attack Ukraine.'), [
    '1384 RUS->UKR asserted',
    '190 RUS->UKR hypothetical',
  ]);
});
