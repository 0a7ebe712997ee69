// How far a denial reaches: a negative subject ends with its clause and does not reach a participle describing a
// noun; an act denied of everyone to be compared with one doer is no event; what a fact is denied to mean is not told.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { sortedReadings } from './fake-actors.ts';

test('a negative subject does not reach past "but" or a dash into a clause of its own', () => {
  assert.deepEqual(
    sortedReadings(
      'Neither Poland nor Germany recognises the vote, but Russia sent troops to Moldova – a move Ukraine condemned.',
    ),
    ['054 POL->- negated', '111 UKR->- asserted'],
  );
  assert.deepEqual(sortedReadings('Nobody attacked Ukraine.'), ['190 -->UKR negated']);
});

test('a participle describing a noun is outside the negation of the clause', () => {
  assert.deepEqual(sortedReadings('No one in Moscow cares about the Ukrainian soldiers killed in the war.'), [
    '190 -->- asserted',
  ]);
});

test('an act denied of everyone only to be compared with one doer is no event', () => {
  assert.deepEqual(sortedReadings('Nobody destroyed Ukraine as much as Russia does now.'), []);
  // A side's denial of its own act stays: "Russia did not attack Ukraine as NATO claimed".
  assert.deepEqual(sortedReadings('Russia did not attack Ukraine as NATO claimed.'), ['190 RUS->UKR negated']);
});

test('what a fact is denied to mean is neither told nor denied', () => {
  assert.deepEqual(sortedReadings('This does not mean that Germany will stop aid to Ukraine.'), [
    '162 -->UKR hypothetical',
  ]);
  assert.deepEqual(sortedReadings('This does not mean at all that Poland attacked Belarus.'), [
    '190 POL->BLR hypothetical',
  ]);
});
