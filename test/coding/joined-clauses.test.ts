// With no comma, "and" between a verb's object and a name with a finite verb of its own joins two clauses
// (src/coding/joined-clauses.ts): the second name is neither a second object of the first verb nor does the first
// subject do the second act.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { allReadings } from './shipped-readings.ts';

test('a name after "and" with a verb of its own begins a new clause', () => {
  assert.deepEqual(allReadings('Russia attacked Ukraine and Poland condemned Russia.'), [
    '190 RUS->UKR asserted',
    '111 POL->RUS asserted',
  ]);
  assert.deepEqual(allReadings('France talked to Germany and Poland has warned Russia.'), [
    '040 FRA->DEU asserted',
    '040 DEU->FRA asserted',
    '130 POL->RUS asserted',
  ]);
});

test('"and" still joins two objects when no verb follows, or after a verb that takes a clause', () => {
  assert.deepEqual(allReadings('Russia attacked Ukraine and Poland on Monday.'), [
    '190 RUS->UKR asserted',
    '190 RUS->POL asserted',
  ]);
  assert.deepEqual(allReadings('Truss accused China and Russia being aggressors.'), [
    '112 GBRGOV->CHN asserted',
    '112 GBRGOV->RUS asserted',
  ]);
});
