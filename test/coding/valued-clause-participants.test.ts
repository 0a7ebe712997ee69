// An act called important in an extraposed clause ("it was noted that it was important to strengthen cooperation") is
// the aim of those who said so: the readout's parties, each towards the other (src/coding/valued-clauses.ts).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { allReadings } from './shipped-readings.ts';

const CALL = 'Emmanuel Macron had a telephone conversation with Chancellor of Germany Olaf Scholz. ';

test("an act the readout's parties call important is their intent towards each other", () => {
  assert.deepEqual(
    allReadings(CALL + 'It was noted that it was important to strengthen cooperation on energy security.', '06-'),
    ['030 FRAGOV->DEUGOV asserted', '030 DEUGOV->FRAGOV asserted'],
  );
  assert.deepEqual(
    allReadings(CALL + 'The leaders stressed that it is extremely important to strengthen cooperation.', '06-'),
    ['030 FRAGOV->DEUGOV asserted', '030 DEUGOV->FRAGOV asserted'],
  );
});

test('no parties for an important act whose clause names its own doer', () => {
  assert.deepEqual(
    allReadings(CALL + 'It was noted that it was important for Italy to strengthen cooperation.', '06-'),
    ['060 ITA->- hypothetical'],
  );
});
