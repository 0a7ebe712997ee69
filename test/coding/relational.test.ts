import { test } from 'node:test';
import assert from 'node:assert/strict';
import { sortedReadings } from './fake-actors.ts';

test("a possessor of allies or partners is no side of the act ('thanked Ukraine's partners')", () => {
  assert.deepEqual(sortedReadings("Kuleba thanked Ukraine's partners."), ['051 UKRGOV->- asserted']);
  assert.deepEqual(sortedReadings("Kuleba thanked Ukraine's international partners."), ['051 UKRGOV->- asserted']);
  // A name in apposition is the actor: "Russia's ally Belarus".
  assert.deepEqual(sortedReadings("Russia's ally Belarus attacked Ukraine."), ['190 BLR->UKR asserted']);
  // Not a possessive: "Russian troops" stay the actor.
  assert.deepEqual(sortedReadings('Russian troops attacked Ukraine.'), ['190 RUSMIL->UKR asserted']);
});

test('one accused who is no actor does the alleged act, not the accuser', () => {
  assert.deepEqual(sortedReadings("Russia accused Poland's allies of attacking Belarus."), [
    '112 RUS->- asserted',
    '190 -->BLR hypothetical',
  ]);
  // No one accused between the verb and the act: the subject stays its doer.
  assert.deepEqual(sortedReadings('Lavrov was accused of attacking Ukraine.'), ['1123 -->RUSGOV asserted']);
  // A noun after a preposition is the charge, not one accused: Kuleba denounced.
  assert.deepEqual(sortedReadings('Kuleba was convicted of treason for denouncing Russia.'), [
    '111 UKRGOV->RUS hypothetical',
    '116 -->UKRGOV asserted',
  ]);
});
